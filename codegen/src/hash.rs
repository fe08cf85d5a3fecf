// The id hash of the perfect-hash lookup. This file is compiled into `raci-codegen`, which
// searches the table parameters with it, and copied verbatim into the generated code, which
// looks ids up with it: one text, so the two can never disagree. It is `no_std`, `const`
// and free of `unsafe`.

/// Odd multipliers with well-spread bits (the 64-bit golden ratio and a splitmix constant).
const K1: u64 = 0x9E37_79B9_7F4A_7C15;
const K2: u64 = 0xBF58_476D_1CE4_E5B9;

/// Four little-endian words that cover the first and last sixteen bytes of `key`: at
/// offsets 0, 8 and from the end, overlapping when the key is shorter (zero-padded below
/// eight bytes). For keys of up to 32 bytes they are the whole key, read with four loads,
/// no bounds check and no branch on the length but the one below eight bytes.
#[inline]
pub(crate) const fn id_words(key: &[u8]) -> [u64; 4] {
    let len = key.len();
    if len < 8 {
        let mut word = 0;
        let mut i = 0;
        while i < len {
            word |= (key[i] as u64) << (8 * i);
            i += 1;
        }
        return [word; 4];
    }
    // The first and the last sixteen bytes, or the whole key when it is shorter: written
    // as splits so that the compiler sees every read in bounds.
    let (head, _) = key.split_at(if len >= 16 { 16 } else { len });
    let (_, tail) = key.split_at(len.saturating_sub(16));
    [
        first_word(key),
        last_word(head),
        first_word(tail),
        last_word(key),
    ]
}

/// The eight bytes from offset 16 and the eight bytes that end sixteen before the end of
/// `key` (zero where it is too short to have them): with [`id_words`], every byte of a key of
/// up to 48 bytes, so a lookup compares such a key in words, without reading the candidate's
/// bytes.
#[inline]
pub(crate) const fn id_middle_words(key: &[u8]) -> [u64; 2] {
    let len = key.len();
    let (_, from_16) = key.split_at(if len >= 16 { 16 } else { len });
    let (up_to_end_16, _) = key.split_at(len.saturating_sub(16));
    [first_word(from_16), last_word(up_to_end_16)]
}

/// The first eight bytes of `bytes` (which has at least eight), little-endian.
#[inline]
const fn first_word(bytes: &[u8]) -> u64 {
    match bytes.first_chunk::<8>() {
        Some(word) => u64::from_le_bytes(*word),
        None => 0,
    }
}

/// The last eight bytes of `bytes` (which has at least eight), little-endian.
#[inline]
const fn last_word(bytes: &[u8]) -> u64 {
    match bytes.last_chunk::<8>() {
        Some(word) => u64::from_le_bytes(*word),
        None => 0,
    }
}

/// Hashes `key`, whose [`id_words`] are `words`, under `seed` (odd), reading as much of it as
/// `mode` says: 0, the first and last words and the length; 1, the four words and the
/// length (every byte of a key of up to 32 bytes); 2, those and the eight bytes at the
/// key's centre; 3, every byte. The generator picks the least that tells every id apart.
///
/// Multiply-xor steps: each step is one-to-one in the word it takes in, and the final
/// multiplication carries every input bit into the high bits, which are the ones used. The
/// seed is the first multiplier, so that it costs no instruction of its own.
#[inline]
pub(crate) const fn id_hash(key: &[u8], words: &[u64; 4], seed: u64, mode: u8) -> u64 {
    let mut hash = words[0].wrapping_mul(seed) ^ words[3] ^ key.len() as u64;
    if mode >= 1 {
        hash = (hash.wrapping_mul(K2) ^ words[1]).wrapping_mul(K1) ^ words[2];
    }
    if mode == 2 && key.len() > 32 {
        hash = hash.wrapping_mul(K2) ^ centre_word(key);
    }
    if mode >= 3 {
        // Past 32 bytes, the middle, eight bytes at a time.
        let mut at = 16;
        while at + 16 < key.len() {
            hash = hash.wrapping_mul(K2) ^ first_word(key.split_at(at).1);
            at += 8;
        }
    }
    hash.wrapping_mul(K2)
}

/// The eight bytes at the centre of `key` (which has more than 32), little-endian.
#[inline]
pub(crate) const fn centre_word(key: &[u8]) -> u64 {
    first_word(key.split_at(key.len() / 2 - 4).1)
}

/// The bucket of a hash among `buckets`, from its high half (a multiply, not a division).
#[inline]
#[allow(clippy::cast_possible_truncation)] // the result is below `buckets`, a `usize`
pub(crate) const fn id_bucket(hash: u64, buckets: usize) -> usize {
    (((hash >> 32) * buckets as u64) >> 32) as usize
}

/// The slot of a hash, displaced by its bucket's pilot, in a table of `1 << bits` slots
/// (`1 <= bits <= 16`).
#[inline]
#[allow(clippy::cast_possible_truncation)] // the result is below `1 << bits`
pub(crate) const fn id_slot(hash: u64, pilot: u16, bits: u32) -> usize {
    ((hash ^ (pilot as u64).wrapping_mul(K2)).wrapping_mul(K1) >> (64 - bits)) as usize
}
