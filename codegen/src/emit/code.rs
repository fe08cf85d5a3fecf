//! The validated matrix → `products/<id>.rs`: enums, their const tables and their docs.
//!
//! The generated code is data only: every method that reads these tables is hand-written
//! in the library, so it is reviewed, tested and documented once.

use proc_macro2::{Ident, Literal, TokenStream};
use quote::quote;

use super::id_hash::id_table;
use super::metadata::{legend, metadata, offers};
use super::{count, derives, docs, hex, ident, lit, option, source_file};
use crate::model::{Matrix, Rule};
use crate::phf::IdTable;

/// A product's module: every table of its matrix, with the tables of the id hash. The
/// parties and roles are the catalogue's (`crate::Party`, `crate::Role`), and so is the
/// id hash's code (`id_hash::hash_functions`).
///
/// With `module`, the path of the product's module in the library, `Activity` and `Section`
/// get an example of their own, with this matrix's first row and heading.
pub(crate) fn code(matrix: &Matrix, ids: &IdTable, module: Option<&str>) -> String {
    let mut tokens = metadata(matrix);
    tokens.extend(legend(matrix));
    tokens.extend(offers(matrix));
    tokens.extend(sections(matrix, module));
    tokens.extend(activities(matrix, module));
    let id_list: Vec<&str> = matrix.activities.iter().map(|a| a.id.as_str()).collect();
    tokens.extend(id_table(ids, &id_list));
    source_file(tokens)
}

/// The name of the constant of a cell in the generated `cells` module: its letters, or
/// `NO_ROLE` (which no run of single letters can spell).
fn cell_const(letters: &str) -> Ident {
    ident(if letters.is_empty() {
        "NO_ROLE"
    } else {
        letters
    })
}

/// What rustdoc's search finds an activity by, besides its variant name: its id, and each
/// word of its text of four or more ASCII letters and digits, lowercased, once. (Aliases
/// cannot hold spaces, so a phrase is found word by word.)
fn search_aliases(a: &crate::model::Activity) -> Vec<String> {
    let mut aliases = vec![a.id.clone()];
    for word in a.text.split(|c: char| !c.is_ascii_alphanumeric()) {
        let word = word.to_ascii_lowercase();
        if word.len() >= 4 && !aliases.contains(&word) {
            aliases.push(word);
        }
    }
    aliases
}

/// The smallest unsigned type that holds every discriminant of an enum of `n` variants.
fn repr(n: usize) -> Ident {
    ident(if n <= 1 << 8 { "u8" } else { "u16" })
}

fn sections(m: &Matrix, module: Option<&str>) -> TokenStream {
    let section_doc = docs::section_enum_doc(m, module);
    let derives = derives(false);
    let n = count(m.headings.len());
    let repr = repr(m.headings.len());
    let variants = m.headings.iter().enumerate().map(|(i, h)| {
        let doc = docs::section_doc(m, i);
        let v = ident(&h.ident);
        quote! { #[doc = #doc] #v, }
    });
    let all = (0..m.headings.len()).map(|i| section_path(m, i));
    let tables = section_tables(m);
    quote! {
        #[doc = #section_doc]
        #derives
        #[repr(#repr)]
        pub enum Section { #(#variants)* }

        impl Section {
            #[doc = "Every heading, in document order."]
            pub const ALL: [Section; #n] = [#(#all),*];
            #[doc = "How many headings the page has."]
            pub const COUNT: usize = #n;
        }

        #tables
    }
}

/// `Section::Variant` for heading `i`.
fn section_path(m: &Matrix, i: usize) -> TokenStream {
    let v = ident(&m.headings[i].ident);
    quote! { Section::#v }
}

/// The tables `Section`'s methods read, by discriminant.
fn section_tables(m: &Matrix) -> TokenStream {
    let variant_names = m.headings.iter().map(|h| lit(&h.ident));
    let numbers = m.headings.iter().map(|h| lit(&h.number));
    let ids = m.headings.iter().map(|h| lit(&h.id));
    let titles = m.headings.iter().map(|h| lit(&h.title));
    let parents = m.headings.iter().map(|h| {
        if let Some(p) = h.parent {
            let p = section_path(m, p);
            quote! { ::core::option::Option::Some(#p) }
        } else {
            quote! { ::core::option::Option::None }
        }
    });
    let children = m.headings.iter().map(|h| {
        let c = h.children.iter().map(|&c| section_path(m, c));
        quote! { &[#(#c),*] }
    });
    let (notes, notes_before_rows) = section_notes(m);
    let markup = section_markup(m);
    let parent_indices = section_parent_indices(m);
    let row_ranges = section_row_ranges(m);
    let rows = m.headings.iter().map(|h| {
        let a = h.activities.iter().map(|&a| {
            let v = ident(&m.activities[a].ident);
            quote! { Activity::#v }
        });
        quote! { &[#(#a),*] }
    });
    quote! {
        #[doc = "`Section`'s `Debug`: the variant names, by discriminant."]
        pub(crate) const SECTION_VARIANTS: &[&str; Section::COUNT] = &[#(#variant_names),*];
        #[doc = "`Section::number`, by discriminant."]
        pub(crate) const SECTION_NUMBERS: &[&str; Section::COUNT] = &[#(#numbers),*];
        #[doc = "`Section::id`, by discriminant."]
        pub(crate) const SECTION_IDS: &[&str; Section::COUNT] = &[#(#ids),*];
        #[doc = "`Section::title`, by discriminant."]
        pub(crate) const SECTION_TITLES: &[&str; Section::COUNT] = &[#(#titles),*];
        #[doc = "`Section::parent`, by discriminant."]
        pub(crate) const SECTION_PARENTS: &[::core::option::Option<Section>; Section::COUNT] = &[#(#parents),*];
        #[doc = "`Section::children`, by discriminant."]
        pub(crate) const SECTION_CHILDREN: &[&[Section]; Section::COUNT] = &[#(#children),*];
        #[doc = "`Section::activities`, by discriminant."]
        pub(crate) const SECTION_ACTIVITIES: &[&[Activity]; Section::COUNT] = &[#(#rows),*];
        #[doc = "`Section::notes`, by discriminant."]
        pub(crate) const SECTION_NOTES: &[&[&str]; Section::COUNT] = &[#(#notes),*];
        #[doc = "How many of each section's notes stand before its rows."]
        pub(crate) const SECTION_NOTES_BEFORE_ROWS: &[usize; Section::COUNT] = &[#(#notes_before_rows),*];
        #[doc = "How the page writes each heading: its number of `#`, in bold, with a dot after its number."]
        pub(crate) const SECTION_MARKUP: &[(u8, bool, bool); Section::COUNT] = &[#(#markup),*];
        #[doc = "`Section::parent`, as an index, by discriminant."]
        pub(crate) const SECTION_PARENT_INDICES: &[::core::option::Option<usize>; Section::COUNT] = &[#(#parent_indices),*];
        #[doc = "The rows under each heading, as a range of activity indices, by discriminant."]
        pub(crate) const SECTION_ROWS: &[(usize, usize); Section::COUNT] = &[#(#row_ranges),*];
    }
}

/// How the page writes each heading: `(number of #, bold, dot after the number)`.
pub(super) fn section_markup(m: &Matrix) -> impl Iterator<Item = TokenStream> + '_ {
    m.headings.iter().map(|h| {
        let (level, bold, dot) = (
            Literal::u8_unsuffixed(h.markup.level),
            h.markup.bold,
            h.markup.dot,
        );
        quote! { (#level, #bold, #dot) }
    })
}

/// Each heading's parent, as an index.
pub(super) fn section_parent_indices(m: &Matrix) -> impl Iterator<Item = TokenStream> + '_ {
    m.headings.iter().map(|h| {
        option(h.parent.map(|p| {
            let p = count(p);
            quote! { #p }
        }))
    })
}

/// The rows under each heading, as a range of activity indices: a heading's rows are
/// contiguous in document order.
pub(super) fn section_row_ranges(m: &Matrix) -> impl Iterator<Item = TokenStream> + '_ {
    m.headings.iter().map(|h| {
        let (first, end) = h
            .activities
            .first()
            .map_or((0, 0), |&first| (first, first + h.activities.len()));
        let (first, end) = (count(first), count(end));
        quote! { (#first, #end) }
    })
}

/// For each party and role (in the legend's order, which is `Party`'s and `Role`'s), the
/// `ActivitySet` words of the activities whose cell holds the role: computed here, as a
/// `const` loop over every cell is slow for `rustc` to evaluate.
fn activities_with_role(m: &Matrix) -> TokenStream {
    let words = m.activities.len().div_ceil(64);
    let parties = (0..m.parties.len()).map(|p| {
        let roles = (0..m.roles.len()).map(|r| {
            let mut set = vec![0u64; words];
            for (a, activity) in m.activities.iter().enumerate() {
                if activity
                    .cells
                    .get(p)
                    .is_some_and(|&mask| mask >> r & 1 == 1)
                {
                    set[a / 64] |= 1 << (a % 64);
                }
            }
            let set = set.into_iter().map(hex);
            quote! { [#(#set),*] }
        });
        quote! { [#(#roles),*] }
    });
    quote! {
        #[doc = "`ActivitySet::with_role`'s sets, as words: by party, then by role."]
        pub(crate) const WITH_ROLE: &[[[u64; ACTIVITY_WORDS]; crate::Role::COUNT]; crate::Party::COUNT] = &[#(#parties),*];
    }
}

/// Each heading's notes (a slice of texts) and how many of them stand before its rows.
pub(super) fn section_notes(m: &Matrix) -> (Vec<TokenStream>, Vec<Literal>) {
    (0..m.headings.len())
        .map(|i| {
            let under = m.notes.iter().filter(|n| n.heading == Some(i));
            let before = under.clone().filter(|n| n.before_rows).count();
            let texts = under.map(|n| lit(&n.text));
            (quote! { &[#(#texts),*] }, count(before))
        })
        .unzip()
}

fn activities(m: &Matrix, module: Option<&str>) -> TokenStream {
    let activity_doc = docs::activity_enum_doc(m, module);
    let derives = derives(false);
    let n = count(m.activities.len());
    let repr = repr(m.activities.len());
    let words = count(m.activities.len().div_ceil(64));
    let variants = m.activities.iter().map(|a| {
        let doc = docs::activity_doc(m, a);
        let v = ident(&a.ident);
        let aliases = search_aliases(a).into_iter().map(|alias| lit(&alias));
        quote! { #[doc = #doc] #(#[doc(alias = #aliases)])* #v, }
    });
    let all = m.activities.iter().map(|a| ident(&a.ident));
    let variant_names = m.activities.iter().map(|a| lit(&a.ident));
    let ids = m.activities.iter().map(|a| lit(&a.id));
    let texts = m.activities.iter().map(|a| lit(&a.text));
    let offers = m
        .activities
        .iter()
        .map(|a| Literal::u64_unsuffixed(a.offers));
    let waivers = m.activities.iter().map(waivers);
    let sections = m
        .activities
        .iter()
        .map(|a| ident(&m.headings[a.heading].ident));
    let section_indices = m.activities.iter().map(|a| count(a.heading));
    let cells = activity_cells(m);
    let with_role = activities_with_role(m);
    quote! {
        #[doc = #activity_doc]
        #derives
        #[repr(#repr)]
        pub enum Activity { #(#variants)* }

        impl Activity {
            #[doc = "Every activity, in document order."]
            pub const ALL: [Activity; #n] = [#(Activity::#all),*];
            #[doc = "How many activities the matrix has."]
            pub const COUNT: usize = #n;
        }

        #[doc = "How many 64-bit words an `ActivitySet` needs."]
        pub(crate) const ACTIVITY_WORDS: usize = #words;
        #[doc = "`Activity`'s `Debug`: the variant names, by discriminant."]
        pub(crate) const ACTIVITY_VARIANTS: &[&str; Activity::COUNT] = &[#(#variant_names),*];
        #[doc = "`Activity::id`, by discriminant."]
        pub(crate) const ACTIVITY_IDS: &[&str; Activity::COUNT] = &[#(#ids),*];
        #[doc = "`Activity::text`, by discriminant."]
        pub(crate) const ACTIVITY_TEXTS: &[&str; Activity::COUNT] = &[#(#texts),*];
        #[doc = "`Activity::waivers`, by discriminant."]
        pub(crate) const ACTIVITY_WAIVERS: &[&[crate::Waiver]; Activity::COUNT] = &[#(#waivers),*];
        #[doc = "`Activity::applies_to`: bit `i` is `Offer` `i`, by discriminant."]
        pub(crate) const ACTIVITY_OFFERS: &[u64; Activity::COUNT] = &[#(#offers),*];
        #[doc = "`Activity::section`, by discriminant."]
        pub(crate) const ACTIVITY_SECTIONS: &[Section; Activity::COUNT] = &[#(Section::#sections),*];
        #[doc = "`Activity::section`, as an index, by discriminant."]
        pub(crate) const ACTIVITY_SECTION_INDICES: &[usize; Activity::COUNT] = &[#(#section_indices),*];
        #cells
        #with_role
    }
}

/// A row's waivers, as a slice of `crate::Waiver`s.
pub(super) fn waivers(a: &crate::model::Activity) -> TokenStream {
    let entries = a.waivers.iter().map(|w| {
        let rule = ident(match w.rule {
            Rule::ExactlyOneAccountable => "ExactlyOneAccountable",
            Rule::AtLeastOneResponsible => "AtLeastOneResponsible",
        });
        let reason = lit(&w.reason);
        quote! { crate::Waiver::new(crate::Rule::#rule, #reason) }
    });
    quote! { &[#(#entries),*] }
}

/// The cells of every row, each naming a constant of a `cells` module.
///
/// Rows name one constant per distinct cell rather than each parse its letters: a table of
/// ten thousand rows then costs the compiler paths, not calls to evaluate.
fn activity_cells(m: &Matrix) -> TokenStream {
    let cell_consts = m.distinct_cells.iter().map(|cell| {
        let letters = &cell.letters;
        let name = cell_const(letters);
        let doc = if letters.is_empty() {
            "A cell with no role.".to_owned()
        } else {
            format!("The cell `{letters}`.")
        };
        let letters = lit(letters);
        quote! {
            #[doc = #doc]
            pub(crate) const #name: crate::RoleSet = crate::RoleSet::from_letters(#letters);
        }
    });
    let cells = m.activities.iter().map(|a| {
        let names = a.cells.iter().map(|&mask| cell_const(&m.letters(mask)));
        quote! { [#(cells::#names),*] }
    });
    // Import what the table uses, no more: generated code must not warn in users' builds.
    let any = |missing: bool| {
        m.activities
            .iter()
            .flat_map(|a| &a.written)
            .any(|w| w.is_none() == missing)
    };
    let used = ["self", "None", "Some"]
        .into_iter()
        .zip([true, any(true), any(false)])
        .filter(|&(_, used)| used)
        .map(|(name, _)| ident(name));
    let written = m.activities.iter().map(|a| {
        let cells = a.written.iter().map(|w| {
            if let Some(letters) = w {
                let letters = lit(letters);
                quote! { Some(#letters) }
            } else {
                quote! { None }
            }
        });
        quote! { [#(#cells),*] }
    });
    quote! {
        #[doc = "Each distinct cell of the matrix, named by its letters."]
        pub(crate) mod cells {
            #(#cell_consts)*
        }
        #[doc = "`Activity::roles`: each row's cells, in party order."]
        pub(crate) const ACTIVITY_CELLS: &[[crate::RoleSet; crate::Party::COUNT]; Activity::COUNT] = &[#(#cells),*];
        #[doc = "`Activity::cell_as_written`: each row's cells as the page writes them."]
        pub(crate) mod written {
            use ::core::option::Option::{#(#used),*};

            #[doc = "By activity, then party; `None` where the row stops before the party's column."]
            pub(crate) const CELLS: &[[Option<&str>; crate::Party::COUNT]; super::Activity::COUNT] = &[#(#written),*];
        }
    }
}
