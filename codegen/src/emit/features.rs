//! The guard at the top of `catalogue.rs`: the cargo features its files were generated for.

use proc_macro2::TokenStream;
use quote::quote;

use super::lit;

/// The cargo features a set of generated files was made for.
pub(crate) struct Features<'a> {
    /// Every product of the index, in its order, and whether its feature was on.
    pub products: Vec<(&'a str, bool)>,
    /// Whether the earlier versions were read (feature `history`).
    pub history: bool,
    /// Whether the translations were read (feature `locales`).
    pub locales: bool,
}

/// A `compile_error!` unless the build's features are those the files were made for.
///
/// The package carries the files generated for its default features, which a build without
/// the generator includes as they are; a build with other features reads them only by
/// mistake (a product's feature that does not turn on the generator), and must not compile
/// silently without its products. In a build that generated them, the features agree.
pub(crate) fn guard(features: &Features<'_>) -> TokenStream {
    let predicate = |name: &str, on: bool| {
        let name = lit(name);
        if on {
            quote! { feature = #name }
        } else {
            quote! { not(feature = #name) }
        }
    };
    let mut all: Vec<TokenStream> = features
        .products
        .iter()
        .map(|&(id, on)| predicate(id, on))
        .collect();
    // Off, these two are not named: a crate may not have them (each product has a feature,
    // which the index's check of the manifest makes sure of).
    all.extend(features.history.then(|| predicate("history", true)));
    all.extend(features.locales.then(|| predicate("locales", true)));
    let on: Vec<&str> = features
        .products
        .iter()
        .filter(|(_, on)| *on)
        .map(|&(id, _)| id)
        .chain(features.history.then_some("history"))
        .chain(features.locales.then_some("locales"))
        .collect();
    let made_for = if on.is_empty() {
        "no feature".to_owned()
    } else {
        format!("the features {}", on.join(", "))
    };
    let message = format!(
        "these generated files were made for {made_for} and no other; this build has other \
         features: build with the feature `generate`, which generates them for the build"
    );
    quote! {
        #[cfg(not(all(#(#all),*)))]
        compile_error!(#message);
    }
}
