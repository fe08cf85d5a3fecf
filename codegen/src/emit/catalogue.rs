//! `catalogue.rs`, the file the library includes at its root: `Party` and `Role` (from
//! `shared`), `Product`, `Locale`, a module for each enabled product, and the id hash.

use std::fmt::Write as _;

use proc_macro2::{Literal, TokenStream};
use quote::{ToTokens as _, quote};

use super::docs::fenced_safe;
use super::layout::ProductFiles;
use super::{count, derives, ident, lit, option, source_file};
use crate::escape;
use crate::model::{Locale, Matrix, Product, Sides};

/// A product that is built: its entry in the index, its matrix, and its page's earlier
/// versions, oldest first.
pub(crate) struct Enabled<'a> {
    pub product: &'a Product,
    pub matrix: &'a Matrix,
    pub earlier: &'a [Matrix],
    /// Its texts in other languages.
    pub locales: &'a [Locale],
    /// What changed from each version to the next (the earlier ones, then the current), as
    /// a Markdown list, empty where nothing did; `None` where the diff is not compiled in.
    pub history: Option<Vec<String>>,
    /// How many earlier versions the index names that this build leaves out.
    pub earlier_left_out: usize,
}

/// `catalogue.rs`: the guard of the `features` it is made for, what every product shares,
/// from `first`'s legend, and the modules of the `enabled` products with their matrices.
pub(crate) fn code(
    first: &Matrix,
    sides: Option<&Sides>,
    enabled: &[Enabled<'_>],
    features: &super::features::Features<'_>,
) -> String {
    let mut tokens = super::features::guard(features);
    tokens.extend(super::shared::parties(first, sides));
    tokens.extend(super::shared::roles(first));
    let pairs: Vec<(&Product, &Matrix)> = enabled.iter().map(|e| (e.product, e.matrix)).collect();
    tokens.extend(products(&pairs));
    tokens.extend(locales(enabled));
    for e in enabled {
        tokens.extend(module(e));
    }
    let mut code = source_file(tokens);
    // The id hash, once for the products' ids and every product's activity ids.
    code.push('\n');
    code.push_str(super::id_hash::hash_functions());
    code
}

fn products(enabled: &[(&Product, &Matrix)]) -> TokenStream {
    let derives = derives(true);
    let n = count(enabled.len());
    // An enum without variants takes no `repr`.
    let repr = (!enabled.is_empty()).then(|| quote! { #[repr(u8)] });
    let variants = enabled.iter().map(|(p, m)| {
        let doc = format!(
            "{}: id `{}`, module [`{}`].",
            escape::markdown(&m.title),
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
    let id_hashes = enabled.iter().map(|(p, _)| {
        let module = ident(&p.module);
        quote! { #module::ID_HASH }
    });
    // `Product::from_id`: a perfect hash of the ids, as for each product's activities.
    let id_list: Vec<&str> = enabled.iter().map(|(p, _)| p.id.as_str()).collect();
    let mut id_hash = super::id_hash::id_table_named(
        &crate::phf::build_or_empty(&id_list),
        "PRODUCT_ID",
        "`Product::from_id`",
        "product",
    );
    id_hash.extend(super::id_hash::id_words(
        &id_list,
        "PRODUCT_ID",
        "`Product::from_id`",
    ));
    id_hash.extend(super::id_hash::id_hash(
        "PRODUCT_ID",
        "PRODUCT_IDS",
        "`Product::from_id`",
    ));
    let paths = paths(enabled);
    let enum_doc = product_doc(enabled.first().copied());
    quote! {
        #[doc = #enum_doc]
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
        #[doc = "Each product's id hash, by discriminant, in place: `AnyActivity::find` reads its parameters with one load, not through the product's tables."]
        pub(crate) const PRODUCT_ID_HASHES: &[crate::tables::IdHash; Product::COUNT] = &[#(#id_hashes),*];
        #id_hash
        #paths
    }
}

/// `AnyActivity::from_path`'s tables: every activity's path (`product/id`) beside its
/// product and row, in catalogue order, and one perfect hash of the paths, so a path is
/// looked up with one hash, not one for its product and one for its id.
fn paths(enabled: &[(&Product, &Matrix)]) -> TokenStream {
    let mut paths = Vec::new();
    let mut rows = Vec::new();
    for (p, m) in enabled {
        let variant = ident(&p.variant);
        for (i, a) in m.activities.iter().enumerate() {
            paths.push(format!("{}/{}", p.id, a.id));
            // Rows are below `limits::MAX_ACTIVITIES`, so a `u16`.
            let row = Literal::usize_unsuffixed(i);
            rows.push(quote! { Product::#variant, #row });
        }
    }
    let n = count(paths.len());
    let keys: Vec<&str> = paths.iter().map(String::as_str).collect();
    let hash = super::id_hash::id_table_named(
        &crate::phf::build_or_empty(&keys),
        "PATH_ID",
        "`AnyActivity::from_path`",
        "path",
    );
    let paths = paths.iter().map(|p| lit(p));
    quote! {
        #[doc = "Every activity's path, `product/id`, with its product and row, in the catalogue's order."]
        pub(crate) const PATHS: &[(&str, Product, u16); #n] = &[#((#paths, #rows)),*];
        #hash
    }
}

/// `Product`'s doc: what it is, and an example with `first`, the build's first product.
fn product_doc(first: Option<(&Product, &Matrix)>) -> String {
    let mut out = "A product of the catalogue: one published matrix, compiled in when the \
                   cargo feature of its id is on (so the variants of a build are those of its \
                   features, and matches need a `_` arm)."
        .to_owned();
    let Some((p, m)) = first else {
        return out;
    };
    let date = m.last_updated.as_deref().map_or_else(
        || "assert_eq!(product.last_updated(), None);\n".to_owned(),
        |d| {
            format!(
                "assert_eq!(product.last_updated().map(|d| d.to_string()).as_deref(), Some({d:?}));\n"
            )
        },
    );
    let _ = write!(
        out,
        "\n\n```\nuse ovhcloud_raci::Product;\n\n\
         let product: Product = {id:?}.parse()?;\n\
         assert_eq!(product, Product::{variant});\n\
         {title}\
         assert_eq!(product.row_count(), {rows});\n\
         {date}\
         # Ok::<(), ovhcloud_raci::ParseError>(())\n```",
        id = p.id,
        variant = p.variant,
        title = fenced_safe(&format!("assert_eq!(product.title(), {:?});\n", m.title)),
        rows = m.activities.len(),
    );
    out
}

/// `pub mod <product> { … }`: its page, its generated items, the library's API for them
/// (`crate::per_product::product_api!`), its earlier versions, and its `types`.
fn module(e: &Enabled<'_>) -> TokenStream {
    let (p, m) = (e.product, e.matrix);
    let files = ProductFiles::of(&p.id);
    // Paths relative to this file: the same text works from `OUT_DIR` and from the
    // generated files the package carries.
    let [code, types, page, changes, versions] = [
        files.code,
        files.types,
        files.page,
        files.changes,
        files.versions,
    ]
    .map(|f| lit(&f));
    // Earlier versions are type-erased tables in a file of their own, read only when some
    // are built in.
    let earlier = if e.earlier.is_empty() {
        quote! {
            #[doc = "The page's earlier versions that the build holds, oldest first: none."]
            pub(crate) const EARLIER: &[&crate::tables::Tables] = &[];
        }
    } else {
        quote! {
            #[doc = "The page's earlier versions that the build holds, oldest first."]
            mod versions {
                include!(#versions);
            }
            pub(crate) use versions::EARLIER;
        }
    };
    let translations = e.locales.iter().map(translation);
    let module = ident(&p.module);
    let variant = ident(&p.variant);
    let feature = lit(&p.id);
    let summary = format!(
        "{}: {} rows{}.",
        escape::markdown(&m.title),
        m.activities.len(),
        m.date_as_written()
            .map_or_else(|| ", undated".to_owned(), |d| format!(", last updated {d}"))
    );
    quote! {
        #[cfg(feature = #feature)]
        #[cfg_attr(docsrs, doc(cfg(feature = #feature)))]
        pub mod #module {
            #![doc = #summary]
            #![doc = ""]
            #![doc = include_str!(#page)]
            #![doc = ""]
            #![doc = include_str!(#changes)]
            // The generated docs quote the source page verbatim: its words are not code, and
            // its quotes inside a row's link text are its own.
            #![allow(clippy::doc_markdown, clippy::doc_link_with_quotes)]

            include!(#code);

            #earlier

            #[doc = "The product's texts in other languages."]
            pub(crate) const TRANSLATIONS: &[crate::tables::Translation] = &[#(#translations),*];

            crate::per_product::product_api!(#variant, #module);

            #[doc = "This product's matrix at the type level: a zero-sized type per activity and per distinct cell (see [`crate::types`])."]
            pub mod types {
                include!(#types);
            }
        }
    }
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
fn translation(l: &Locale) -> TokenStream {
    let v = ident(&crate::ident::camel_case(&l.id));
    let texts = |list: &[Option<String>]| {
        let items = list
            .iter()
            .map(|t| option(t.as_deref().map(|t| lit(t).into_token_stream())));
        quote! { &[#(#items),*] }
    };
    let (title, separator) = (lit(&l.title), lit(&l.legend_separator));
    let (parties, legend, sections, activities) = (
        texts(&l.parties),
        texts(&l.legend),
        texts(&l.headings),
        texts(&l.activities),
    );
    let unpaired = l.unpaired.iter().map(|u| {
        let (heading, text) = (lit(&u.heading), lit(&u.text));
        let cells = u.cells.iter().map(|c| lit(c));
        quote! { crate::UnpairedRow::new(#heading, #text, &[#(#cells),*]) }
    });
    quote! {
        crate::tables::Translation {
            locale: crate::Locale::#v,
            title: #title,
            legend_separator: #separator,
            parties: #parties,
            legend: #legend,
            sections: #sections,
            activities: #activities,
            unpaired: &[#(#unpaired),*],
        }
    }
}
