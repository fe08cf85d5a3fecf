//! The catalogue's shared files: `catalogue.rs` (the `Party`, `Role` and `Product` enums,
//! a module for each enabled product, the id hash), `types.rs` (party and role markers)
//! and `catalogue.md` (the crate page's list of products).

use std::fmt::Write as _;

use proc_macro2::{Literal, TokenStream};
use quote::quote;

use super::{count, derives, docs, ident, lit, source_file};
use crate::catalogue::{Product, product_files};
use crate::model::Matrix;

/// `catalogue.rs`: what every product shares, from `first`'s legend, and the modules of
/// the `enabled` products with their matrices.
pub(crate) fn code(first: &Matrix, enabled: &[(&Product, &Matrix)]) -> String {
    let mut tokens = parties(first);
    tokens.extend(roles(first));
    tokens.extend(products(enabled));
    for (product, matrix) in enabled {
        tokens.extend(module(product, matrix));
    }
    let mut code = source_file(tokens);
    // The id hash reads nothing but its arguments; without a product nothing calls it.
    if !enabled.is_empty() {
        code.push('\n');
        code.push_str(super::code::hash_functions());
    }
    code
}

/// `types.rs`: the party and role markers.
pub(crate) fn types(first: &Matrix) -> String {
    super::types::shared(first)
}

/// `catalogue.md`: the products of this build, with titles, dates and row counts.
pub(crate) fn docs(enabled: &[(&Product, &Matrix)], total: usize) -> String {
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
    for (product, matrix) in enabled {
        let _ = writeln!(
            out,
            "| [`{0}`]({0}) | {1} | {2} | {3} |",
            product.module,
            docs::escape(&matrix.title),
            date_as_written(matrix).unwrap_or("*undated*"),
            matrix.activities.len()
        );
    }
    out
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
    }
}

/// `pub mod <product> { … }`: its page, its generated items, the library's API for them
/// (`crate::per_product::product_api!`), and its `types`.
fn module(p: &Product, m: &Matrix) -> TokenStream {
    let [code, types, page] = product_files(&p.id).map(|f| lit(&format!("/{f}")));
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
            // The generated docs quote the source page verbatim: its words are not code, and
            // its quotes inside a row's link text are its own.
            #![allow(clippy::doc_markdown, clippy::doc_link_with_quotes)]

            include!(concat!(env!("OUT_DIR"), #code));

            crate::per_product::product_api!(#variant, #module);

            #[doc = "This product's matrix at the type level: a zero-sized type per activity and per distinct cell (see [`crate::types`])."]
            pub mod types {
                include!(concat!(env!("OUT_DIR"), #types));
            }
        }
    }
}
