//! A product's earlier versions → `products/<id>.versions.rs`: each one's matrix as the
//! library's type-erased tables (`crate::tables::Tables`), with no typed API of its own.
//!
//! Only the current page gets enums and type-level markers; an earlier version is data
//! behind the same row views (`AnyActivity`, `AnySection`), so holding one costs a build
//! its strings and arrays, not types.

use proc_macro2::{Literal, TokenStream};
use quote::quote;

use super::code::{
    section_markup, section_notes, section_parent_indices, section_row_ranges, waivers,
};
use super::id_hash::id_table;
use super::metadata::{language, preamble, provenance};
use super::{count, ident, last_updated, lit, option, source_file};
use crate::model::Matrix;
use crate::phf::IdTable;

/// `products/<id>.versions.rs`: a module `v1`, `v2`, … per earlier version (oldest first),
/// each with its `TABLES`, and `EARLIER`, the list the product's tables name. Each version
/// comes with the perfect hash of its ids.
pub(crate) fn versions(earlier: &[(&Matrix, IdTable)]) -> String {
    let modules = earlier.iter().enumerate().map(|(i, (m, ids))| {
        let name = ident(&format!("v{}", i + 1));
        let doc = format!(
            "The page as it stood {}{}: {} rows.",
            m.date_as_written()
                .map_or_else(|| "undated".to_owned(), |d| format!("on {d}")),
            m.provenance
                .as_ref()
                .map_or_else(String::new, |p| format!(", commit {}", p.commit)),
            m.activities.len()
        );
        let tables = tables(m, ids);
        quote! {
            #[doc = #doc]
            pub(crate) mod #name { #tables }
        }
    });
    let list = (1..=earlier.len()).map(|i| {
        let name = ident(&format!("v{i}"));
        quote! { &#name::TABLES }
    });
    source_file(quote! {
        #(#modules)*

        #[doc = "The page's earlier versions, oldest first."]
        pub(crate) const EARLIER: &[&crate::tables::Tables] = &[#(#list),*];
    })
}

/// One version's `ACTIVITY_IDS`, id hash and `TABLES`.
fn tables(m: &Matrix, ids: &IdTable) -> TokenStream {
    let strings = |items: &mut dyn Iterator<Item = &str>| {
        let items: Vec<Literal> = items.map(lit).collect();
        quote! { &[#(#items),*] }
    };
    let (title, source) = (lit(&m.title), lit(&m.source));
    let provenance = provenance(m);
    let date = last_updated(m);
    let written_date = option(m.date_as_written().map(|d| {
        let d = lit(d);
        quote! { #d }
    }));
    let preamble = preamble(m);
    let (legend_header, legend_separator, activity_header) = (
        lit(&m.legend_header),
        lit(&m.legend_separator),
        lit(&m.activity_header),
    );
    let language = language(m);
    let party_names = m.parties.iter().map(|p| lit(&p.name));
    let roles = strings(&mut m.roles.iter().map(|r| r.description.as_str()));
    let legend_notes = strings(
        &mut m
            .notes
            .iter()
            .filter(|n| n.heading.is_none())
            .map(|n| n.text.as_str()),
    );
    let offer_ids = strings(&mut m.offers.iter().map(|o| o.id.as_str()));
    let offer_names = strings(&mut m.offers.iter().map(|o| o.name.as_str()));
    let sections = sections(m);
    let activities = activities(m);
    let n = count(m.activities.len());
    let id_strs: Vec<&str> = m.activities.iter().map(|a| a.id.as_str()).collect();
    let hash = id_table(ids, &id_strs);
    let ids_list = id_strs.iter().map(|id| lit(id));
    quote! {
        #[doc = "The version's activity ids, in document order."]
        const ACTIVITY_IDS: &[&str; #n] = &[#(#ids_list),*];
        #hash
        #[doc = "The version's matrix, type-erased."]
        pub(crate) const TABLES: crate::tables::Tables = crate::tables::Tables {
            title: #title,
            source_url: #source,
            provenance: #provenance,
            earlier: &[],
            translations: &[],
            last_updated: #date,
            last_updated_as_written: #written_date,
            preamble: &[#(#preamble),*],
            legend_header: #legend_header,
            legend_separator: #legend_separator,
            role_descriptions: #roles,
            legend_notes: #legend_notes,
            activity_header: #activity_header,
            language: #language,
            party_names: &[#(#party_names),*],
            offer_ids: #offer_ids,
            offer_names: #offer_names,
            #sections
            #activities
            id_hash: ID_HASH,
        };
    }
}

/// The `section_*` fields of `Tables`.
fn sections(m: &Matrix) -> TokenStream {
    let numbers = m.headings.iter().map(|h| lit(&h.number));
    let ids = m.headings.iter().map(|h| lit(&h.id));
    let titles = m.headings.iter().map(|h| lit(&h.title));
    let parents = section_parent_indices(m);
    let markup = section_markup(m);
    let (notes, before) = section_notes(m);
    let rows = section_row_ranges(m);
    quote! {
        section_numbers: &[#(#numbers),*],
        section_ids: &[#(#ids),*],
        section_titles: &[#(#titles),*],
        section_parents: &[#(#parents),*],
        section_markup: &[#(#markup),*],
        section_notes: &[#(#notes),*],
        section_notes_before_rows: &[#(#before),*],
        section_rows: &[#(#rows),*],
    }
}

/// The `activity_*` fields of `Tables` but the ids.
fn activities(m: &Matrix) -> TokenStream {
    let texts = m.activities.iter().map(|a| lit(&a.text));
    let sections = m.activities.iter().map(|a| count(a.heading));
    let cells = m.activities.iter().map(|a| {
        let cells = a.cells.iter().map(|&mask| {
            let letters = lit(&m.letters(mask));
            quote! { crate::RoleSet::from_letters(#letters) }
        });
        quote! { [#(#cells),*] }
    });
    let written = m.activities.iter().map(|a| {
        let cells = a.written.iter().map(|w| {
            option(w.as_deref().map(|letters| {
                let letters = lit(letters);
                quote! { #letters }
            }))
        });
        quote! { [#(#cells),*] }
    });
    let waivers = m.activities.iter().map(waivers);
    let offers = m
        .activities
        .iter()
        .map(|a| Literal::u64_unsuffixed(a.offers));
    quote! {
        activity_ids: ACTIVITY_IDS,
        activity_texts: &[#(#texts),*],
        activity_sections: &[#(#sections),*],
        activity_cells: &[#(#cells),*],
        activity_written: &[#(#written),*],
        activity_waivers: &[#(#waivers),*],
        activity_offers: &[#(#offers),*],
    }
}
