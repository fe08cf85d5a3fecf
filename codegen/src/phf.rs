//! The perfect hash behind `Activity::from_id`: a seed, one pilot per bucket, and a slot table,
//! found by a deterministic search so that every id lands in a slot of its own.
//!
//! The scheme is "hash and displace" with pilots (as in PtrHash): an id's hash picks a bucket,
//! the bucket's pilot displaces the hash to a slot, and the slot names the activity, whose id
//! is then compared once. A lookup is one hash, two table reads and one comparison, whatever
//! the order of the queries and whether the id exists.

use crate::hash::{id_bucket, id_hash, id_slot};

/// An empty slot of [`IdTable::slots`].
pub(crate) const EMPTY: u16 = u16::MAX;

/// The parameters of a perfect hash of a list of ids.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct IdTable {
    /// The hash seed.
    pub seed: u64,
    /// `log2` of the number of slots.
    pub bits: u32,
    /// One pilot per bucket.
    pub pilots: Vec<u16>,
    /// For each slot, the index of the id that lands there, or [`EMPTY`].
    pub slots: Vec<u16>,
}

/// Seeds tried before giving up; with distinct ids the first few succeed.
const MAX_SEEDS: u64 = 10_000;

/// The `i`-th seed of the search: spread-out 64-bit values (splitmix64).
fn seed(i: u64) -> u64 {
    let mut z = i.wrapping_add(1).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// Finds a perfect hash of `ids` (distinct, fewer than 65,535), or `None` if none was found.
pub(crate) fn build(ids: &[&str]) -> Option<IdTable> {
    let bits = ids.len().next_power_of_two().trailing_zeros().max(1);
    let slot_count = 1usize << bits;
    // About four ids a bucket keeps the pilots table small and the search quick.
    let bucket_count = ids.len().div_ceil(4).max(1);
    'seeds: for i in 0..MAX_SEEDS {
        let seed = seed(i);
        let hashes: Vec<u64> = ids.iter().map(|id| id_hash(id.as_bytes(), seed)).collect();
        let mut buckets: Vec<Vec<usize>> = vec![Vec::new(); bucket_count];
        for (index, &hash) in hashes.iter().enumerate() {
            buckets[id_bucket(hash, bucket_count)].push(index);
        }
        // Largest buckets first, while the table is emptiest; ties in bucket order.
        let mut order: Vec<usize> = (0..bucket_count).collect();
        order.sort_by_key(|&b| std::cmp::Reverse(buckets[b].len()));
        let mut slots = vec![EMPTY; slot_count];
        let mut pilots = vec![0u16; bucket_count];
        for b in order {
            let members = &buckets[b];
            if members.is_empty() {
                continue;
            }
            let placed = (0..=u16::MAX).find(|&pilot| {
                let mut wanted: Vec<usize> = members
                    .iter()
                    .map(|&m| id_slot(hashes[m], pilot, bits))
                    .collect();
                let free = wanted.iter().all(|&s| slots[s] == EMPTY);
                wanted.sort_unstable();
                wanted.dedup();
                free && wanted.len() == members.len()
            });
            let Some(pilot) = placed else { continue 'seeds };
            pilots[b] = pilot;
            for &m in members {
                slots[id_slot(hashes[m], pilot, bits)] = u16::try_from(m).ok()?;
            }
        }
        return Some(IdTable {
            seed,
            bits,
            pilots,
            slots,
        });
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lookup(table: &IdTable, ids: &[&str], key: &str) -> Option<usize> {
        let hash = id_hash(key.as_bytes(), table.seed);
        let pilot = table.pilots[id_bucket(hash, table.pilots.len())];
        let index = table.slots[id_slot(hash, pilot, table.bits)];
        (index != EMPTY && ids[usize::from(index)] == key).then_some(usize::from(index))
    }

    #[test]
    fn every_id_finds_itself_and_misses_find_nothing() {
        for n in [1, 2, 3, 52, 64, 65, 1000] {
            let owned: Vec<String> = (0..n).map(|i| format!("activity-{i}")).collect();
            let ids: Vec<&str> = owned.iter().map(String::as_str).collect();
            let table = build(&ids).unwrap();
            for (i, id) in ids.iter().enumerate() {
                assert_eq!(lookup(&table, &ids, id), Some(i));
            }
            for miss in [
                "",
                "activity-",
                "activity-x",
                "ACTIVITY-1",
                "activity-1000000",
            ] {
                assert_eq!(lookup(&table, &ids, miss), None, "{miss}");
            }
            assert_eq!(table.slots.iter().filter(|&&s| s != EMPTY).count(), n);
        }
    }

    #[test]
    fn the_search_is_deterministic() {
        let ids = ["install-os", "restore-backups", "destroy-data"];
        assert_eq!(build(&ids), build(&ids));
    }
}
