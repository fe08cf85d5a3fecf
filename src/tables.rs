//! [`Tables`]: one product's matrix, type-erased, so code over any product (`Product`,
//! `AnyActivity`, the Markdown export, the serde views) is written once.

use crate::{Date, Locale, Party, Provenance, Role, RoleSet, Waiver};

/// Every table of one product's matrix, by index rather than by enum: what each product's
/// module holds in typed form, seen from code that serves every product.
#[derive(Debug)]
pub(crate) struct Tables {
    pub title: &'static str,
    pub source_url: &'static str,
    pub provenance: Option<Provenance>,
    /// The page's earlier versions the build holds, oldest first (feature `history`).
    pub earlier: &'static [&'static Tables],
    pub translations: &'static [Translation],
    pub last_updated: Option<Date>,
    pub last_updated_as_written: Option<&'static str>,
    /// The text before the legend: headings (their number of `#`) and paragraphs (0).
    pub preamble: &'static [(u8, &'static str)],
    pub legend_header: &'static str,
    pub legend_separator: &'static str,
    pub role_descriptions: &'static [&'static str; Role::COUNT],
    pub legend_notes: &'static [&'static str],
    pub activity_header: &'static str,
    /// The language of the page's texts (`en`, `fr`).
    pub language: &'static str,
    /// The page's name for each party: its columns' headers.
    pub party_names: &'static [&'static str; Party::COUNT],
    pub offer_ids: &'static [&'static str],
    pub offer_names: &'static [&'static str],
    pub section_numbers: &'static [&'static str],
    pub section_ids: &'static [&'static str],
    pub section_titles: &'static [&'static str],
    pub section_parents: &'static [Option<usize>],
    pub section_markup: &'static [(u8, bool, bool)],
    pub section_notes: &'static [&'static [&'static str]],
    pub section_notes_before_rows: &'static [usize],
    /// The rows under each heading: a range of activity indices (they are contiguous).
    pub section_rows: &'static [(usize, usize)],
    pub activity_ids: &'static [&'static str],
    pub activity_texts: &'static [&'static str],
    pub activity_sections: &'static [usize],
    pub activity_cells: &'static [[RoleSet; Party::COUNT]],
    pub activity_written: &'static [[Option<&'static str>; Party::COUNT]],
    pub activity_waivers: &'static [&'static [Waiver]],
    pub activity_offers: &'static [u64],
    /// The product's perfect hash of its activity ids.
    pub id_hash: IdHash,
}

/// A perfect hash of ids, found by the generator: the tables `Activity::from_id` reads,
/// here for code that serves any product (and for `Product::from_id`).
#[derive(Debug)]
pub(crate) struct IdHash {
    pub seed: u64,
    pub hash_mode: u8,
    pub slot_bits: u32,
    pub pilots: &'static [u16],
    pub slots: &'static [u16],
    /// Each id's length and four words (see `crate::id_words`).
    pub words: &'static [(usize, [u64; 4])],
    /// Each id's two middle words (see `crate::id_middle_words`).
    pub middle: &'static [[u64; 2]],
    pub ids: &'static [&'static str],
}

impl IdHash {
    /// The index of `id`, or `None`: one hash, two table reads and one comparison, as in
    /// each product's `Activity::from_id`.
    ///
    /// Always inlined: a product's `Activity::from_id` calls it on that product's constant
    /// tables, and only inlined do their seed, mode and sizes fold into the code. With a
    /// plain `#[inline]`, a build that also calls it from `AnyActivity::find` could keep one
    /// shared copy that reads them, and `from_id` took 6.4 ns instead of 3.7 ns.
    #[allow(clippy::inline_always)] // measured: BENCHMARKS.md, "Fourth pass"
    #[inline(always)]
    pub(crate) const fn find(&self, id: &str) -> Option<usize> {
        let key = id.as_bytes();
        let words = crate::id_words(key);
        let hash = crate::id_hash(key, &words, self.seed, self.hash_mode);
        let pilot = self.pilots[crate::id_bucket(hash, self.pilots.len())];
        let index = self.slots[crate::id_slot(hash, pilot, self.slot_bits)] as usize;
        // Only in a table of no ids (a build without products): elsewhere a slot no id
        // lands in names the first id, which the comparison below rejects.
        if index >= self.words.len() {
            return None;
        }
        let (length, candidate) = self.words[index];
        let differ = (length ^ key.len()) as u64
            | (candidate[0] ^ words[0])
            | (candidate[1] ^ words[1])
            | (candidate[2] ^ words[2])
            | (candidate[3] ^ words[3]);
        // Past 32 bytes, the middle too: in two more words up to 48 bytes (ids are rarely
        // longer), without reading the candidate's bytes; byte by byte beyond.
        let same = differ == 0
            && (length <= 32
                || if length <= 48 {
                    let middle = crate::id_middle_words(key);
                    self.middle[index][0] == middle[0] && self.middle[index][1] == middle[1]
                } else {
                    same_middle(self.ids[index].as_bytes(), key)
                });
        if same { Some(index) } else { None }
    }
}

/// A product's texts in one other language, by index; `None` where that language's page has
/// no such text.
#[derive(Debug)]
pub(crate) struct Translation {
    pub locale: Locale,
    pub title: &'static str,
    pub legend_separator: &'static str,
    pub parties: &'static [Option<&'static str>],
    pub legend: &'static [Option<&'static str>],
    pub sections: &'static [Option<&'static str>],
    pub activities: &'static [Option<&'static str>],
    /// The translated page's rows that no English row pairs with, as written.
    pub unpaired: &'static [crate::UnpairedRow],
}

impl Tables {
    /// The product's texts in `locale`, if it has them.
    #[inline]
    pub(crate) const fn translation(&self, locale: Locale) -> Option<&'static Translation> {
        let mut i = 0;
        while i < self.translations.len() {
            if self.translations[i].locale as usize == locale as usize {
                return Some(&self.translations[i]);
            }
            i += 1;
        }
        None
    }
}

/// Whether `a` and `b`, of the same length over 32 bytes, agree between their first and last
/// sixteen bytes (which the callers compared already), eight bytes at a time, in `const`.
#[inline]
const fn same_middle(a: &[u8], b: &[u8]) -> bool {
    let mut at = 16;
    while at + 16 < a.len() {
        let (Some(x), Some(y)) = (
            a.split_at(at).1.first_chunk::<8>(),
            b.split_at(at).1.first_chunk::<8>(),
        ) else {
            return false;
        };
        if u64::from_ne_bytes(*x) != u64::from_ne_bytes(*y) {
            return false;
        }
        at += 8;
    }
    true
}

#[cfg(test)]
mod tests {
    extern crate std;

    use std::boxed::Box;
    use std::vec::Vec;

    use super::IdHash;

    /// A table of one id whose every slot names it: whatever the hash, a key reaches that id,
    /// so `find` says yes only where the comparison does.
    fn only(
        id: &'static str,
        words: &'static [(usize, [u64; 4])],
        middle: &'static [[u64; 2]],
    ) -> IdHash {
        IdHash {
            seed: 1,
            hash_mode: 1,
            slot_bits: 2,
            pilots: &[0],
            slots: &[0; 4],
            words,
            middle,
            ids: core::slice::from_ref(Box::leak(Box::new(id))),
        }
    }

    /// Every byte of an id counts, however long it is: up to 32 bytes in the first four
    /// words, up to 48 in the two middle ones, beyond that byte by byte.
    #[test]
    fn a_key_is_found_only_where_it_is_the_id_byte_for_byte() {
        let ids = [
            "abc",
            "an-id-of-twenty-bytes",
            "an-id-of-forty-bytes-which-is-past-32-b",
            "an-id-of-sixty-bytes-which-is-past-the-forty-eight-of-six-w",
        ];
        for id in ids {
            let key = id.as_bytes();
            let words: &'static [(usize, [u64; 4])] =
                Box::leak(Box::new([(key.len(), crate::id_words(key))]));
            let middle: &'static [[u64; 2]] = Box::leak(Box::new([crate::id_middle_words(key)]));
            let table = only(id, words, middle);
            assert_eq!(table.find(id), Some(0), "{id}");
            for at in 0..key.len() {
                let mut near: Vec<u8> = key.to_vec();
                near[at] ^= 1;
                let near = core::str::from_utf8(&near).unwrap();
                assert_eq!(table.find(near), None, "{id}: byte {at}");
            }
            assert_eq!(table.find(&id[1..]), None, "{id}");
        }
    }
}
