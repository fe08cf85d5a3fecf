//! The catalogue's shared files: `catalogue.rs` (the `Party`, `Role` and `Product` enums,
//! a module for each enabled product, the id hash), `types.rs` (party and role markers)
//! and `catalogue.md` (the crate page's list of products).

use std::fmt::Write as _;

use proc_macro2::{Literal, TokenStream};
use quote::quote;

use super::{count, derives, docs, ident, lit, source_file};
use crate::catalogue::{Product, product_files};
use crate::model::Matrix;

/// A product that is built: its entry in the index, its matrix, and its page's earlier
/// versions, oldest first.
pub(crate) struct Enabled<'a> {
    pub product: &'a Product,
    pub matrix: &'a Matrix,
    pub earlier: &'a [Matrix],
    /// Its texts in other languages.
    pub locales: &'a [crate::model::Locale],
}

/// `catalogue.rs`: what every product shares, from `first`'s legend, and the modules of
/// the `enabled` products with their matrices.
pub(crate) fn code(first: &Matrix, enabled: &[Enabled<'_>]) -> String {
    let mut tokens = parties(first);
    tokens.extend(roles(first));
    let pairs: Vec<(&Product, &Matrix)> = enabled.iter().map(|e| (e.product, e.matrix)).collect();
    tokens.extend(products(&pairs));
    tokens.extend(locales(enabled));
    for e in enabled {
        tokens.extend(module(e));
    }
    let mut code = source_file(tokens);
    // The id hash, once for the products' ids and every product's activity ids.
    code.push('\n');
    code.push_str(super::code::hash_functions());
    code
}

/// `types.rs`: the party and role markers.
pub(crate) fn types(first: &Matrix) -> String {
    super::types::shared(first)
}

/// `catalogue.md`: the products of this build, with titles, dates and row counts.
pub(crate) fn docs(enabled: &[Enabled<'_>], total: usize) -> String {
    let mut out = String::from("# The products\n\n");
    let _ = writeln!(
        out,
        "This build has {} of the catalogue's {total} products; each is behind the cargo \
         feature of its id (`full` turns on all of them).\n",
        enabled.len()
    );
    if enabled.is_empty() {
        return out;
    }
    out.push_str("| Module | Product | Last updated | Rows |\n|---|---|---|---:|\n");
    for e in enabled {
        let _ = writeln!(
            out,
            "| [`{0}`]({0}) | {1} | {2} | {3} |",
            e.product.module,
            docs::escape(&e.matrix.title),
            date_as_written(e.matrix).unwrap_or("*undated*"),
            e.matrix.activities.len()
        );
    }
    out
}

/// `products/<id>.changes.md`: what changed from each earlier version of the page to the
/// next, as `raci_codegen::diff` tells it, then the product's texts in other languages.
pub(crate) fn changes(e: &Enabled<'_>) -> String {
    let mut out = String::from("# Changes in the source\n\n");
    if e.earlier.is_empty() {
        out.push_str("The crate holds no earlier version of this page.\n");
    } else {
        history(e, &mut out);
    }
    for l in e.locales {
        translated(e.matrix, l, &mut out);
    }
    out
}

/// Each row's text in locale `l` beside its English, `—` where the translated page has none.
fn translated(m: &Matrix, l: &crate::model::Locale, out: &mut String) {
    let _ = writeln!(
        out,
        "\n# In `{}`\n\n*{}*{}. Rows without a text here are not on that page (`text_in` \
         returns `None` for them).\n\n| Activity | `{}` |\n|---|---|",
        l.id,
        docs::escape(&l.title),
        l.last_updated_as_written
            .as_deref()
            .map_or_else(String::new, |d| format!(", last updated {d}")),
        l.id
    );
    for (a, text) in m.activities.iter().zip(&l.activities) {
        let _ = writeln!(
            out,
            "| [{}](Activity::{}) | {} |",
            docs::escape(&a.text),
            a.ident,
            text.as_deref().map_or_else(|| "—".to_owned(), docs::escape)
        );
    }
}

/// What changed from each earlier version of the page to the next.
fn history(e: &Enabled<'_>, out: &mut String) {
    let date = |m: &Matrix| {
        date_as_written(m)
            .unwrap_or("an undated version")
            .to_owned()
    };
    let versions: Vec<&Matrix> = e.earlier.iter().chain([e.matrix]).collect();
    for pair in versions.windows(2) {
        let (old, new) = (pair[0], pair[1]);
        let _ = writeln!(out, "## From {} to {}\n", date(old), date(new));
        let found = crate::diff::diff(&old.into(), &new.into());
        if found.is_empty() {
            out.push_str("No change of words or cells.\n\n");
        } else {
            out.push_str(&crate::diff::to_markdown(&found));
            out.push('\n');
        }
    }
}

/// The page's date as it writes it, if it gives one.
fn date_as_written(m: &Matrix) -> Option<&str> {
    m.last_updated_as_written
        .as_deref()
        .or(m.last_updated.as_deref())
}

fn parties(m: &Matrix) -> TokenStream {
    let derives = derives(true);
    let n = count(m.parties.len());
    let variants = m.parties.iter().map(|p| {
        let doc = format!("{}: id `{}`.", docs::escape(&p.name), p.id);
        let v = ident(&p.ident);
        quote! { #[doc = #doc] #v, }
    });
    let all = m.parties.iter().map(|p| ident(&p.ident));
    let ids = m.parties.iter().map(|p| lit(&p.id));
    let names = m.parties.iter().map(|p| lit(&p.name));
    let variants_names = m.parties.iter().map(|p| lit(&p.ident));
    quote! {
        #[doc = "A party: one column of every matrix of the catalogue.\n\n```\nuse ovhcloud_raci::Party;\n\nassert_eq!(Party::ALL.map(Party::id), [\"customer\", \"ovhcloud\"]);\nassert_eq!(\"OVHcloud\".parse(), Ok(Party::Ovhcloud));\nassert_eq!(Party::Ovhcloud.to_string(), \"OVHcloud\");\n```"]
        #derives
        #[repr(u8)]
        pub enum Party { #(#variants)* }

        impl Party {
            #[doc = "Every party, in column order."]
            pub const ALL: [Party; #n] = [#(Party::#all),*];
            #[doc = "How many parties the catalogue has."]
            pub const COUNT: usize = #n;
        }

        #[doc = "`Party::id`, by discriminant."]
        pub(crate) const PARTY_IDS: &[&str; Party::COUNT] = &[#(#ids),*];
        #[doc = "`Party::name`, by discriminant."]
        pub(crate) const PARTY_NAMES: &[&str; Party::COUNT] = &[#(#names),*];
        #[doc = "The variant names of `Party`, by discriminant, for `assert_raci!`'s messages."]
        pub(crate) const PARTY_VARIANTS: &[&str; Party::COUNT] = &[#(#variants_names),*];
    }
}

fn roles(m: &Matrix) -> TokenStream {
    let derives = derives(true);
    let n = count(m.roles.len());
    let variants = m.roles.iter().map(|r| {
        let doc = format!("`{}`: {}.", r.letter, docs::escape(&r.name));
        let v = ident(&r.ident);
        quote! { #[doc = #doc] #v, }
    });
    let all = m.roles.iter().map(|r| ident(&r.ident));
    let letters = m.roles.iter().map(|r| Literal::character(r.letter));
    let names = m.roles.iter().map(|r| lit(&r.name));
    quote! {
        #[doc = "A role of the legend, shared by every matrix of the catalogue (each page words its legend its own way: see `Product::legend`).\n\n```\nuse ovhcloud_raci::Role;\n\nassert_eq!(Role::Accountable.letter(), 'A');\nassert_eq!(\"responsible\".parse(), Ok(Role::Responsible));\nassert_eq!(\"I\".parse::<Role>().map(Role::name), Ok(\"Informed\"));\n```"]
        #derives
        #[repr(u8)]
        pub enum Role { #(#variants)* }

        impl Role {
            #[doc = "Every role, in legend order."]
            pub const ALL: [Role; #n] = [#(Role::#all),*];
            #[doc = "How many roles the legend has."]
            pub const COUNT: usize = #n;
        }

        #[doc = "`Role::letter`, by discriminant."]
        pub(crate) const ROLE_LETTERS: &[char; Role::COUNT] = &[#(#letters),*];
        #[doc = "`Role::name`, by discriminant."]
        pub(crate) const ROLE_NAMES: &[&str; Role::COUNT] = &[#(#names),*];
    }
}

fn products(enabled: &[(&Product, &Matrix)]) -> TokenStream {
    let derives = derives(true);
    let n = count(enabled.len());
    // An enum without variants takes no `repr`.
    let repr = (!enabled.is_empty()).then(|| quote! { #[repr(u8)] });
    let variants = enabled.iter().map(|(p, m)| {
        let doc = format!(
            "{}: id `{}`, module [`{}`].",
            docs::escape(&m.title),
            p.id,
            p.module
        );
        let v = ident(&p.variant);
        let feature = lit(&p.id);
        quote! { #[doc = #doc] #[cfg_attr(docsrs, doc(cfg(feature = #feature)))] #v, }
    });
    let all = enabled.iter().map(|(p, _)| ident(&p.variant));
    let ids = enabled.iter().map(|(p, _)| lit(&p.id));
    let tables = enabled.iter().map(|(p, _)| {
        let module = ident(&p.module);
        quote! { &#module::TABLES }
    });
    // `Product::from_id`: a perfect hash of the ids, as for each product's activities.
    let id_list: Vec<&str> = enabled.iter().map(|(p, _)| p.id.as_str()).collect();
    let table = crate::phf::build(&id_list).unwrap_or(crate::phf::IdTable {
        seed: 0,
        full: false,
        bits: 0,
        pilots: vec![0],
        slots: vec![crate::phf::EMPTY],
    });
    let id_hash =
        super::code::id_table_named(&table, "PRODUCT_ID", "`Product::from_id`", "product");
    quote! {
        #[doc = "A product of the catalogue: one published matrix, compiled in when the cargo feature of its id is on (so the variants of a build are those of its features, and matches need a `_` arm).\n\n```\nuse ovhcloud_raci::Product;\n\nlet product: Product = \"dedicated-servers\".parse()?;\nassert_eq!(product, Product::DedicatedServers);\nassert_eq!(product.title(), \"Shared responsibility for Dedicated Servers\");\nassert_eq!(product.row_count(), 52);\nassert_eq!(product.last_updated().map(|d| d.to_string()).as_deref(), Some(\"2024-02-29\"));\n# Ok::<(), ovhcloud_raci::ParseError>(())\n```"]
        #derives
        #[non_exhaustive]
        #repr
        // Each variant's doc quotes its page's title: words, not code.
        #[allow(clippy::doc_markdown)]
        pub enum Product { #(#variants)* }

        impl Product {
            #[doc = "Every product of this build, in the catalogue's order."]
            pub const ALL: [Product; #n] = [#(Product::#all),*];
            #[doc = "How many products this build has."]
            pub const COUNT: usize = #n;
        }

        #[doc = "`Product::id`, by discriminant."]
        pub(crate) const PRODUCT_IDS: &[&str; Product::COUNT] = &[#(#ids),*];
        #[doc = "Each product's matrix, type-erased, by discriminant."]
        pub(crate) const PRODUCT_TABLES: &[&crate::tables::Tables; Product::COUNT] = &[#(#tables),*];
        #id_hash
    }
}

/// `pub mod <product> { … }`: its page, its generated items, the library's API for them
/// (`crate::per_product::product_api!`), its earlier versions, and its `types`.
fn module(e: &Enabled<'_>) -> TokenStream {
    let (p, m) = (e.product, e.matrix);
    let [code, types, page, changes] = product_files(&p.id).map(|f| lit(&format!("/{f}")));
    let earlier = e.earlier.iter().map(page_version);
    let translations = e.locales.iter().map(translation);
    let module = ident(&p.module);
    let variant = ident(&p.variant);
    let feature = lit(&p.id);
    let summary = format!(
        "{}: {} rows{}.",
        docs::escape(&m.title),
        m.activities.len(),
        date_as_written(m)
            .map_or_else(|| ", undated".to_owned(), |d| format!(", last updated {d}"))
    );
    quote! {
        #[cfg(feature = #feature)]
        #[cfg_attr(docsrs, doc(cfg(feature = #feature)))]
        pub mod #module {
            #![doc = #summary]
            #![doc = ""]
            #![doc = include_str!(concat!(env!("OUT_DIR"), #page))]
            #![doc = ""]
            #![doc = include_str!(concat!(env!("OUT_DIR"), #changes))]
            // The generated docs quote the source page verbatim: its words are not code, and
            // its quotes inside a row's link text are its own.
            #![allow(clippy::doc_markdown, clippy::doc_link_with_quotes)]

            include!(concat!(env!("OUT_DIR"), #code));

            #[doc = "The page's earlier versions that the crate holds, oldest first."]
            pub(crate) const EARLIER: &[crate::PageVersion] = &[#(#earlier),*];

            #[doc = "The product's texts in other languages."]
            pub(crate) const TRANSLATIONS: &[crate::tables::Translation] = &[#(#translations),*];

            crate::per_product::product_api!(#variant, #module);

            #[doc = "This product's matrix at the type level: a zero-sized type per activity and per distinct cell (see [`crate::types`])."]
            pub mod types {
                include!(concat!(env!("OUT_DIR"), #types));
            }
        }
    }
}

/// `crate::PageVersion::new(…)` for an earlier version of a page.
fn page_version(m: &Matrix) -> TokenStream {
    let title = lit(&m.title);
    let written = date_as_written(m).map_or_else(
        || quote! { ::core::option::Option::None },
        |d| {
            let d = lit(d);
            quote! { ::core::option::Option::Some(#d) }
        },
    );
    let date = m.last_updated.as_deref().map_or_else(
        || quote! { ::core::option::Option::None },
        |date| {
            let parts: Vec<u16> = date.split('-').map(|p| p.parse().unwrap_or(0)).collect();
            let [y, mo, d] =
                [0, 1, 2].map(|i| Literal::u16_unsuffixed(parts.get(i).copied().unwrap_or(0)));
            quote! { ::core::option::Option::Some(crate::Date::new(#y, #mo, #d)) }
        },
    );
    let commit = m.provenance.as_ref().map_or_else(
        || quote! { ::core::option::Option::None },
        |p| {
            let c = lit(&p.commit);
            quote! { ::core::option::Option::Some(#c) }
        },
    );
    let rows = Literal::usize_unsuffixed(m.activities.len());
    quote! { crate::PageVersion::new(#title, #date, #written, #commit, #rows) }
}

/// The `Locale` enum: every language a product of this build has texts in.
fn locales(enabled: &[Enabled<'_>]) -> TokenStream {
    let mut ids: Vec<&str> = Vec::new();
    for e in enabled {
        for l in e.locales {
            if !ids.contains(&l.id.as_str()) {
                ids.push(&l.id);
            }
        }
    }
    let derives = derives(true);
    let n = count(ids.len());
    let repr = (!ids.is_empty()).then(|| quote! { #[repr(u8)] });
    let variants = ids.iter().map(|id| {
        let v = ident(&crate::ident::camel_case(id));
        let doc = format!("`{id}`.");
        quote! { #[doc = #doc] #v, }
    });
    let all = ids.iter().map(|id| ident(&crate::ident::camel_case(id)));
    let lits = ids.iter().map(|id| lit(id));
    quote! {
        #[doc = "A language some products of this build have their texts in, beside the English of their pages (each product's `Activity::text_in` and the like; `None` where that language's page has no such text). Its variants are the languages of the crate's data, so matches need a `_` arm."]
        #derives
        #[non_exhaustive]
        #repr
        pub enum Locale { #(#variants)* }

        impl Locale {
            #[doc = "Every language, in the order the data first names them."]
            pub const ALL: [Locale; #n] = [#(Locale::#all),*];
            #[doc = "How many languages."]
            pub const COUNT: usize = #n;
        }

        #[doc = "`Locale::id`, by discriminant."]
        pub(crate) const LOCALE_IDS: &[&str; Locale::COUNT] = &[#(#lits),*];
    }
}

/// `crate::tables::Translation { … }` for a product's texts in one language.
fn translation(l: &crate::model::Locale) -> TokenStream {
    let v = ident(&crate::ident::camel_case(&l.id));
    let texts = |list: &[Option<String>]| {
        let items = list.iter().map(|t| {
            if let Some(t) = t {
                let t = lit(t);
                quote! { ::core::option::Option::Some(#t) }
            } else {
                quote! { ::core::option::Option::None }
            }
        });
        quote! { &[#(#items),*] }
    };
    let (title, separator) = (lit(&l.title), lit(&l.legend_separator));
    let (parties, legend, sections, activities) = (
        texts(&l.parties),
        texts(&l.legend),
        texts(&l.headings),
        texts(&l.activities),
    );
    quote! {
        crate::tables::Translation {
            locale: crate::Locale::#v,
            title: #title,
            legend_separator: #separator,
            parties: #parties,
            legend: #legend,
            sections: #sections,
            activities: #activities,
        }
    }
}
