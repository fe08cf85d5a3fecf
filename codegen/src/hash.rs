// The id hash of the perfect-hash lookup. This file is compiled into `raci-codegen`, which
// searches the table parameters with it, and copied verbatim into the generated code, which
// looks ids up with it: one text, so the two can never disagree. It is `no_std`, `const`
// and free of `unsafe`.

/// The multiplier of the hash: the 64-bit golden ratio, odd, with well-spread bits.
const MULTIPLIER: u64 = 0x9E37_79B9_7F4A_7C15;

/// Mixes one 64-bit word into the state.
const fn mix(state: u64, word: u64) -> u64 {
    (state ^ word).wrapping_mul(MULTIPLIER).rotate_left(26)
}

/// Hashes `key` under `seed`, eight bytes at a time.
pub(crate) const fn id_hash(key: &[u8], seed: u64) -> u64 {
    let mut state = seed ^ (key.len() as u64).wrapping_mul(MULTIPLIER);
    let mut rest = key;
    while let Some((word, tail)) = rest.split_first_chunk::<8>() {
        state = mix(state, u64::from_le_bytes(*word));
        rest = tail;
    }
    if !rest.is_empty() {
        // The last, partial word: the key's final eight bytes when it has that many (they
        // overlap bytes already mixed, which costs nothing), else its bytes one by one.
        let word = if let Some((_, last)) = key.split_last_chunk::<8>() {
            u64::from_le_bytes(*last)
        } else {
            let mut word = 0;
            let mut i = 0;
            while i < rest.len() {
                word |= (rest[i] as u64) << (8 * i);
                i += 1;
            }
            word
        };
        state = mix(state, word);
    }
    let state = state.wrapping_mul(MULTIPLIER);
    state ^ (state >> 29)
}

/// The bucket of a hash among `buckets`, from its high half (a multiply, not a division).
#[allow(clippy::cast_possible_truncation)] // the result is below `buckets`, a `usize`
pub(crate) const fn id_bucket(hash: u64, buckets: usize) -> usize {
    (((hash >> 32) * buckets as u64) >> 32) as usize
}

/// The slot of a hash, displaced by its bucket's pilot, in a table of `1 << bits` slots
/// (`1 <= bits <= 16`).
#[allow(clippy::cast_possible_truncation)] // the result is below `1 << bits`
pub(crate) const fn id_slot(hash: u64, pilot: u16, bits: u32) -> usize {
    let displaced = hash ^ (pilot as u64).wrapping_mul(MULTIPLIER);
    (displaced.wrapping_mul(MULTIPLIER) >> (64 - bits)) as usize
}
