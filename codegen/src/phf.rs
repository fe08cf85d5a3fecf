//! The perfect hash behind `Activity::from_id`: a seed, one pilot per bucket, and a slot table,
//! found by a deterministic search so that every id lands in a slot of its own.
//!
//! The scheme is "hash and displace" with pilots (as in PtrHash): an id's hash picks a bucket,
//! the bucket's pilot displaces the hash to a slot, and the slot names the activity, whose id
//! is then compared once. A lookup is one hash, two table reads and one comparison, whatever
//! the order of the queries and whether the id exists.

use crate::hash::{centre_word, id_bucket, id_hash, id_slot, id_words};

/// An empty slot of [`IdTable::slots`].
pub(crate) const EMPTY: u16 = u16::MAX;

/// The parameters of a perfect hash of a list of ids.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct IdTable {
    /// The hash seed.
    pub seed: u64,
    /// Whether the hash reads whole ids, or only their length, first and last eight bytes.
    /// How much of an id the hash reads (`hash.rs`): 0 its ends, 1 its four words, 2 those
    /// and its centre, 3 all.
    pub mode: u8,
    /// `log2` of the number of slots.
    pub bits: u32,
    /// One pilot per bucket.
    pub pilots: Vec<u16>,
    /// For each slot, the index of the id that lands there, or [`EMPTY`].
    pub slots: Vec<u16>,
}

/// Seeds tried before giving up; with distinct ids one in ten or so succeeds.
const MAX_SEEDS: u64 = 1_000;

/// [`build`], or for no ids (a build without products) a table that finds nothing.
pub(crate) fn build_or_empty(ids: &[&str]) -> IdTable {
    build(ids).unwrap_or(IdTable {
        seed: 0,
        mode: 0,
        bits: 0,
        pilots: vec![0],
        slots: vec![EMPTY],
    })
}

/// The `i`-th seed of the search: spread-out odd 64-bit values (splitmix64), as the hash
/// multiplies by the seed and an even multiplier would lose the top bit of a word.
fn seed(i: u64) -> u64 {
    let mut z = i.wrapping_add(1).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    (z ^ (z >> 31)) | 1
}

/// Finds a perfect hash of `ids` (distinct, at most 65,535 of them), or `None`.
///
/// Small lists get one bucket and a roomy table (at most 4,096 slots): the lookup then
/// needs no pilot read, as the only pilot is a constant. Larger lists get about four ids a
/// bucket and a table of the next power of two.
pub(crate) fn build(ids: &[&str]) -> Option<IdTable> {
    let n = ids.len();
    let words: Vec<[u64; 4]> = ids.iter().map(|id| id_words(id.as_bytes())).collect();
    // What `id_hash` reads of an id without `full`: ids alike in these hash alike under
    // every seed, so the hash reads only the ends of ids when they tell every id apart.
    let mut ends: Vec<(u64, u64)> = ids
        .iter()
        .zip(&words)
        .map(|(id, w)| (w[0], w[3] ^ id.len() as u64))
        .collect();
    ends.sort_unstable();
    ends.dedup();
    // Then the four words and the length: every byte of ids of up to 32 bytes.
    let mut four: Vec<([u64; 4], usize)> = ids
        .iter()
        .zip(&words)
        .map(|(id, w)| (*w, id.len()))
        .collect();
    four.sort_unstable();
    four.dedup();
    // Then those and the centre's eight bytes, which tell apart most long keys alike at
    // both ends (paths of one product).
    let mut centred: Vec<([u64; 4], usize, u64)> = ids
        .iter()
        .zip(&words)
        .map(|(id, w)| {
            (
                *w,
                id.len(),
                if id.len() > 32 {
                    centre_word(id.as_bytes())
                } else {
                    0
                },
            )
        })
        .collect();
    centred.sort_unstable();
    centred.dedup();
    let mode = if ends.len() == n {
        0
    } else if four.len() == n {
        1
    } else if centred.len() == n {
        2
    } else {
        3
    };
    let roomy = (16 * n).next_power_of_two().trailing_zeros().clamp(1, 12);
    // One bucket works when a random map of the ids into the table is often one-to-one:
    // with `n * n <= 4 * slots`, at least one seed in eight or so is.
    if n * n <= 4 << roomy {
        if let Some(table) = search(ids, &words, mode, roomy, 1, MAX_SEEDS) {
            return Some(table);
        }
    }
    let bits = n.next_power_of_two().trailing_zeros().max(1);
    search(ids, &words, mode, bits, n.div_ceil(4).max(1), MAX_SEEDS)
}

fn search(
    ids: &[&str],
    words: &[[u64; 4]],
    mode: u8,
    bits: u32,
    bucket_count: usize,
    seeds: u64,
) -> Option<IdTable> {
    let slot_count = 1usize << bits;
    'seeds: for i in 0..seeds {
        let seed = seed(i);
        let hashes: Vec<u64> = ids
            .iter()
            .zip(words)
            .map(|(id, w)| id_hash(id.as_bytes(), w, seed, mode))
            .collect();
        let mut buckets: Vec<Vec<usize>> = vec![Vec::new(); bucket_count];
        for (index, &hash) in hashes.iter().enumerate() {
            buckets[id_bucket(hash, bucket_count)].push(index);
        }
        // Largest buckets first, while the table is emptiest; ties in bucket order. (A
        // counting sort: sizes are small, and this crate compiles a single sort.)
        let largest = buckets.iter().map(Vec::len).max().unwrap_or(0);
        let buckets = &buckets;
        let order = (1..=largest)
            .rev()
            .flat_map(|size| (0..bucket_count).filter(move |&b| buckets[b].len() == size));
        let mut slots = vec![EMPTY; slot_count];
        let mut pilots = vec![0u16; bucket_count];
        let mut wanted = Vec::new();
        // A single bucket keeps the pilot 0 and tries seeds instead: the compiler then
        // folds the hash's last multiplication and the slot's into one.
        let last_pilot = if bucket_count == 1 { 0 } else { u16::MAX };
        for b in order {
            let members = &buckets[b];
            let placed = (0..=last_pilot).find(|&pilot| {
                wanted.clear();
                wanted.extend(members.iter().map(|&m| id_slot(hashes[m], pilot, bits)));
                // Free slots, and distinct: buckets hold a handful of ids.
                wanted
                    .iter()
                    .enumerate()
                    .all(|(i, &s)| slots[s] == EMPTY && !wanted[..i].contains(&s))
            });
            let Some(pilot) = placed else { continue 'seeds };
            pilots[b] = pilot;
            for &m in members {
                slots[id_slot(hashes[m], pilot, bits)] = u16::try_from(m).ok()?;
            }
        }
        return Some(IdTable {
            seed,
            mode,
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
        let words = id_words(key.as_bytes());
        let hash = id_hash(key.as_bytes(), &words, table.seed, table.mode);
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
    fn ids_alike_at_both_ends_are_hashed_whole() {
        let ids = ["manage-xx-alpha-yy-plan", "manage-xx-bravo-yy-plan", "x"];
        let table = build(&ids).unwrap();
        assert_eq!(table.mode, 1);
        for (i, id) in ids.iter().enumerate() {
            assert_eq!(lookup(&table, &ids, id), Some(i));
        }
        assert_eq!(build(&["install-os", "restore-backups"]).unwrap().mode, 0);
    }

    #[test]
    fn long_ids_alike_at_both_ends_are_hashed_through_the_middle() {
        // Over 32 bytes, alike in their first and last 16: only their middles differ.
        let ids = [
            "dedicated-servers/ab/the-same-ending-here",
            "dedicated-servers/ba/the-same-ending-here",
        ];
        let table = build(&ids).unwrap();
        assert_eq!(table.mode, 2);
        for (i, id) in ids.iter().enumerate() {
            assert_eq!(lookup(&table, &ids, id), Some(i));
        }
        // Alike at the centre too: every byte.
        let ids = [
            "dedicated-servers/abcdefghijklmnop/the-same-ending-here",
            "dedicated-servers/bacdefghijklmnop/the-same-ending-here",
        ];
        let table = build(&ids).unwrap();
        assert_eq!(table.mode, 3);
        for (i, id) in ids.iter().enumerate() {
            assert_eq!(lookup(&table, &ids, id), Some(i));
        }
    }

    #[test]
    fn ids_whose_ends_cancel_their_lengths_are_hashed_whole() {
        // The last words differ in one bit, and so do the lengths (16 and 17): the hash of
        // the ends alone would be the same under every seed.
        let ids = ["abcdefghijklmnop", "abcdefgh?hjklmnop"];
        let table = build(&ids).unwrap();
        assert_eq!(table.mode, 1);
        for (i, id) in ids.iter().enumerate() {
            assert_eq!(lookup(&table, &ids, id), Some(i));
        }
    }

    #[test]
    fn ids_that_differ_only_at_the_end_hash_apart() {
        for n in [100, 2100, 10_000] {
            let owned: Vec<String> = (0..n).map(|i| format!("row-{i}")).collect();
            let ids: Vec<&str> = owned.iter().map(String::as_str).collect();
            let table = build(&ids).unwrap_or_else(|| panic!("no table for {n} ids"));
            for (i, id) in ids.iter().enumerate() {
                assert_eq!(lookup(&table, &ids, id), Some(i));
            }
        }
    }

    #[test]
    fn the_search_is_deterministic() {
        let ids = ["install-os", "restore-backups", "destroy-data"];
        assert_eq!(build(&ids), build(&ids));
    }
}
