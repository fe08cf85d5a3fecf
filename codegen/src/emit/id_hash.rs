//! The perfect hash of the ids in the generated code: its tables as constants, and its
//! functions (`hash.rs`, copied in once for the whole crate).

use proc_macro2::{Literal, TokenStream};
use quote::quote;

use super::{count, hex, ident};
use crate::phf::{EMPTY, IdTable};

/// The id hash, compiled into the generator for the search and copied into the generated
/// code for lookups: one function, two users.
const ID_HASH: &str = include_str!("../hash.rs");

/// The id hash's functions, once for the whole crate.
pub(crate) fn hash_functions() -> &'static str {
    ID_HASH
}

pub(super) fn id_table(table: &IdTable, ids: &[&str]) -> TokenStream {
    let mut tokens = id_table_named(table, "ID", "`Activity::from_id`", "activity");
    tokens.extend(id_words(ids, "ID", "`Activity::from_id`"));
    tokens.extend(id_hash("ID", "ACTIVITY_IDS", "`Activity::from_id`"));
    tokens
}

/// `<PREFIX>_HASH`: the `IdHash` the library looks ids up in, gathered from the constants
/// `id_table_named` and [`id_words`] write and from `ids`, the name of the ids' constant.
pub(crate) fn id_hash(prefix: &str, ids: &str, user: &str) -> TokenStream {
    let name = |suffix: &str| ident(&format!("{prefix}_{suffix}"));
    let (hash, seed, mode, bits, pilots, slots, words, middle) = (
        name("HASH"),
        name("SEED"),
        name("HASH_MODE"),
        name("SLOT_BITS"),
        name("PILOTS"),
        name("SLOTS"),
        name("WORDS"),
        name("MIDDLE"),
    );
    let ids = ident(ids);
    let doc = format!("{user}: the perfect hash of the ids, from the tables above.");
    quote! {
        #[doc = #doc]
        pub(crate) const #hash: crate::tables::IdHash = crate::tables::IdHash {
            seed: #seed,
            hash_mode: #mode,
            slot_bits: #bits,
            pilots: #pilots,
            slots: #slots,
            words: #words,
            middle: #middle,
            ids: #ids,
        };
    }
}

/// `<PREFIX>_WORDS` and `<PREFIX>_MIDDLE`: the length and four words (`hash.rs`'s
/// `id_words`) and the two middle words (`id_middle_words`) of each of `ids`, in order, which
/// a lookup compares with the key's. Computed here rather than by a `const` in the library:
/// `rustc` evaluates a `const fn` over every id far more slowly than it reads these literals
/// (tenths of a second for a catalogue of many products).
pub(crate) fn id_words(ids: &[&str], prefix: &str, user: &str) -> TokenStream {
    let words_name = ident(&format!("{prefix}_WORDS"));
    let middle_name = ident(&format!("{prefix}_MIDDLE"));
    let words_doc = format!(
        "{user}: the length and four words of each id (the first and last 16 bytes, as `id_words` reads them), in order."
    );
    let middle_doc = format!(
        "{user}: the two middle words of each id (as `id_middle_words` reads them; with the four, every byte of an id of up to 48 bytes), in order."
    );
    let n = count(ids.len());
    let words = ids.iter().map(|id| {
        let length = Literal::usize_unsuffixed(id.len());
        let words = crate::hash::id_words(id.as_bytes()).map(hex);
        quote! { (#length, [#(#words),*]) }
    });
    let middle = ids.iter().map(|id| {
        let words = crate::hash::id_middle_words(id.as_bytes()).map(hex);
        quote! { [#(#words),*] }
    });
    quote! {
        #[doc = #words_doc]
        pub(crate) const #words_name: &[(usize, [u64; 4]); #n] = &[#(#words),*];
        #[doc = #middle_doc]
        pub(crate) const #middle_name: &[[u64; 2]; #n] = &[#(#middle),*];
    }
}

/// The slot table as generated: an empty slot names the first id where there is one (see
/// the slots' doc), and stays `u16::MAX`, past every table, in a table of no ids.
fn generated_slots(table: &IdTable) -> Vec<u16> {
    let has_ids = table.slots.iter().any(|&s| s != EMPTY);
    let fill = if has_ids { 0 } else { EMPTY };
    table
        .slots
        .iter()
        .map(|&s| if s == EMPTY { fill } else { s })
        .collect()
}

/// The perfect hash's tables as constants `<PREFIX>_SEED`, `_HASH_MODE`, `_SLOT_BITS`,
/// `_PILOTS` and `_SLOTS`, documented as serving `user`, whose slots hold `what`s.
pub(crate) fn id_table_named(table: &IdTable, prefix: &str, user: &str, what: &str) -> TokenStream {
    let name = |suffix: &str| ident(&format!("{prefix}_{suffix}"));
    let (seed_name, full_name, bits_name, pilots_name, slots_name) = (
        name("SEED"),
        name("HASH_MODE"),
        name("SLOT_BITS"),
        name("PILOTS"),
        name("SLOTS"),
    );
    let docs = [
        format!("{user}: the seed of the perfect hash of the ids, found by the generator."),
        format!(
            "{user}: how much of an id the hash reads: 0, its length and ends; 1, its first and last 16 bytes; 2, those and its centre; 3, all (the least that tells the ids apart)."
        ),
        format!("{user}: the slot table has `1 << {prefix}_SLOT_BITS` slots."),
        format!("{user}: the pilot of each bucket of hashes."),
        format!(
            "{user}: the {what} in each slot. A slot no id lands in names the first {what}: a key that lands there is not that id (whose hash leads to its own slot), so the comparison rejects it, and a miss takes the same path as a hit, without a branch the processor could mispredict."
        ),
    ];
    let seed = hex(table.seed);
    let bits = Literal::u32_unsuffixed(table.bits);
    let mode = Literal::u8_unsuffixed(table.mode);
    let pilots = table.pilots.iter().map(|&p| Literal::u16_unsuffixed(p));
    let slots = generated_slots(table);
    let slot_count = count(slots.len());
    let slots = slots.into_iter().map(Literal::u16_unsuffixed);
    let pilot_count = count(table.pilots.len());
    let [d0, d1, d2, d3, d4] = docs;
    quote! {
        #[doc = #d0]
        pub(crate) const #seed_name: u64 = #seed;
        #[doc = #d1]
        pub(crate) const #full_name: u8 = #mode;
        #[doc = #d2]
        pub(crate) const #bits_name: u32 = #bits;
        #[doc = #d3]
        pub(crate) const #pilots_name: &[u16; #pilot_count] = &[#(#pilots),*];
        #[doc = #d4]
        pub(crate) const #slots_name: &[u16; #slot_count] = &[#(#slots),*];
    }
}
