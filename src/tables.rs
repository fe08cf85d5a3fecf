//! [`Tables`]: one product's matrix, type-erased, so code over any product (`Product`,
//! `AnyActivity`, the Markdown export, the serde views) is written once.

use crate::{Date, PageVersion, Party, Provenance, Role, RoleSet, Waiver};

/// Every table of one product's matrix, by index rather than by enum: what each product's
/// module holds in typed form, seen from code that serves every product.
#[derive(Debug)]
pub(crate) struct Tables {
    pub title: &'static str,
    pub source_url: &'static str,
    pub provenance: Option<Provenance>,
    pub earlier: &'static [PageVersion],
    pub last_updated: Option<Date>,
    pub last_updated_as_written: Option<&'static str>,
    /// The text before the legend: headings (their number of `#`) and paragraphs (0).
    pub preamble: &'static [(u8, &'static str)],
    pub legend_header: &'static str,
    pub legend_separator: &'static str,
    pub role_descriptions: &'static [&'static str; Role::COUNT],
    pub legend_notes: &'static [&'static str],
    pub activity_header: &'static str,
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
    /// The activity index of an id, or `None`: the product's perfect hash.
    pub find: fn(&str) -> Option<usize>,
}
