//! The validated matrix at the type level: `products/<id>.types.rs` (a zero-sized type per
//! activity and distinct cell, and the `CellOf` / `CellHas` impls from which `Holds`
//! follows) and, for the catalogue, `types.rs` (one per party and role).

use proc_macro2::{Ident, TokenStream};
use quote::quote;

use super::{ident, lit, marker_derives, source_file};
use crate::escape;
use crate::model::{Activity, Matrix};

/// The name of the type-level cell holding `letters`: the letters, or `Empty`, as the page shows no letter.
fn cell_type(letters: &str) -> Ident {
    ident(if letters.is_empty() { "Empty" } else { letters })
}

/// A product's `types` module: modules `activity` and `cell`. The party and role types
/// are the catalogue's ([`shared`]).
pub(crate) fn types(m: &Matrix) -> String {
    let activities = m.activities.iter().map(|a| activity(m, a));
    let cells = m.distinct_cells.iter().map(|c| cell(m, &c.letters, c.mask));
    source_file(quote! {
        #[doc = "One zero-sized type per activity: `ActivityType::ACTIVITY` is its value, and `CellOf` gives its cell for each party."]
        pub mod activity { #(#activities)* }
        #[doc = "One zero-sized type per distinct cell of the matrix, named by its letters (`Empty` where the page shows none)."]
        // Every type of `cell` is named by capital letters only, so the names it imports,
        // and the parameters of its impls, which have lowercase letters, are never shadowed.
        pub mod cell {
            use crate::types::{CellHas, role};
            #(#cells)*
        }
    })
}

/// The catalogue's `types` items: modules `party` and `role`, shared by every product.
pub(crate) fn shared(m: &Matrix) -> String {
    let parties = m.parties.iter().map(|p| {
        let doc = format!(
            "Type-level [`Party::{0}`](crate::Party::{0}): {1}.",
            p.ident,
            escape::markdown(&p.name)
        );
        marker(
            &p.ident,
            &doc,
            &quote! { PartyType },
            &quote! { const PARTY: crate::Party = crate::Party },
        )
    });
    let roles = m.roles.iter().map(|r| {
        let doc = format!(
            "Type-level [`Role::{0}`](crate::Role::{0}): `{1}`.",
            r.ident, r.letter
        );
        marker(
            &r.ident,
            &doc,
            &quote! { RoleType },
            &quote! { const ROLE: crate::Role = crate::Role },
        )
    });
    source_file(quote! {
        #[doc = "One zero-sized type per party: `PartyType::PARTY` is its value."]
        pub mod party { #(#parties)* }
        #[doc = "One zero-sized type per role: `RoleType::ROLE` is its value."]
        pub mod role { #(#roles)* }
    })
}

/// A unit struct named `name`, sealed, implementing `trait_` with `value_path::name`.
fn marker(name: &str, doc: &str, trait_: &TokenStream, value_path: &TokenStream) -> TokenStream {
    let v = ident(name);
    let zst = marker_derives();
    quote! {
        #[doc = #doc]
        #zst
        pub struct #v;
        impl crate::types::sealed::Sealed for #v {}
        impl crate::types::#trait_ for #v {
            #value_path::#v;
        }
    }
}

fn activity(m: &Matrix, a: &Activity) -> TokenStream {
    let cells: Vec<String> = m
        .parties
        .iter()
        .zip(&a.written)
        .map(|(p, cell)| match cell.as_deref() {
            None => format!(
                "{} no cell (the row stops before it)",
                escape::markdown(&p.name)
            ),
            Some("") => format!("{} no role", escape::markdown(&p.name)),
            Some(letters) => format!("{} `{letters}`", escape::markdown(&p.name)),
        })
        .collect();
    let doc = format!(
        "Type-level [`Activity::{0}`](super::super::Activity::{0}): {1}. Cells: {2}.",
        a.ident,
        escape::markdown(&a.text),
        cells.join(", ")
    );
    let marker = marker(
        &a.ident,
        &doc,
        &quote! { ActivityType },
        &quote! { type Activity = super::super::Activity; const ACTIVITY: super::super::Activity = super::super::Activity },
    );
    let v = ident(&a.ident);
    let cell_of = m.parties.iter().zip(&a.cells).map(|(p, &mask)| {
        let party = ident(&p.ident);
        let cell = cell_type(&m.letters(mask));
        quote! {
            impl crate::types::CellOf<crate::types::party::#party> for #v {
                type Cell = super::cell::#cell;
            }
        }
    });
    quote! { #marker #(#cell_of)* }
}

fn cell(m: &Matrix, letters: &str, mask: u16) -> TokenStream {
    let v = cell_type(letters);
    let doc = if letters.is_empty() {
        "The empty cell: the party holds no role.".to_owned()
    } else {
        format!("The cell `{letters}`.")
    };
    let has = m
        .roles
        .iter()
        .enumerate()
        .filter(|&(i, _)| mask & (1 << i) != 0)
        .map(|(_, r)| {
            let role = ident(&r.ident);
            // Not listed when a bound fails: the error's first line already says what the
            // cell is; rustc would add every other role the cell has.
            quote! {
                #[diagnostic::do_not_recommend]
                impl<AnyActivity, AnyParty> CellHas<role::#role, AnyActivity, AnyParty> for #v {}
            }
        });
    let zst = marker_derives();
    let letters = lit(letters);
    quote! {
        #[doc = #doc]
        #zst
        pub struct #v;
        impl crate::types::sealed::Sealed for #v {}
        impl crate::types::CellType for #v {
            const ROLES: crate::RoleSet = crate::RoleSet::from_letters(#letters);
        }
        #(#has)*
    }
}
