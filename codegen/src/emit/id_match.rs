//! `Activity::from_id` as a plain `match`: the baseline the benchmarks compare the perfect
//! hash with. Not part of the library: the benchmarks keep it in `benches/generated/`.

use quote::quote;

use super::{ident, lit, source_file};
use crate::model::Matrix;

/// `Activity::from_id` as a plain `match` on the id, for client code such as the benchmarks
/// that compare it with the perfect hash; it names the product's `Activity` as the including
/// scope does (`use ovhcloud_raci::dedicated_servers::Activity;`).
pub(crate) fn id_match(m: &Matrix) -> String {
    let arms = m.activities.iter().map(|a| {
        let (id, v) = (lit(&a.id), ident(&a.ident));
        quote! { #id => ::core::option::Option::Some(Activity::#v), }
    });
    source_file(quote! {
        #[doc = "The activity with this exact id, found by a `match` on the id."]
        pub fn activity_from_id_match(id: &str) -> ::core::option::Option<Activity> {
            match id {
                #(#arms)*
                _ => ::core::option::Option::None,
            }
        }
    })
}
