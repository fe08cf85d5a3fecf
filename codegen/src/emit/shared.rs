//! `Party` and `Role`, the enums every product of the catalogue shares, from the first
//! product's legend; their doc examples are made from that legend too.

use std::fmt::Write as _;

use proc_macro2::{Literal, TokenStream};
use quote::quote;

use super::docs::fenced_safe;
use super::{count, derives, ident, lit};
use crate::escape;
use crate::model::{Matrix, Sides};

pub(crate) fn parties(m: &Matrix, sides: Option<&Sides>) -> TokenStream {
    let enum_doc = party_doc(m);
    let sides = sides.map(|s| side_consts(m, s));
    let derives = derives(true);
    let n = count(m.parties.len());
    let variants = m.parties.iter().map(|p| {
        let doc = format!("{}: id `{}`.", escape::markdown(&p.name), p.id);
        let v = ident(&p.ident);
        quote! { #[doc = #doc] #v, }
    });
    let all = m.parties.iter().map(|p| ident(&p.ident));
    let ids = m.parties.iter().map(|p| lit(&p.id));
    let names = m.parties.iter().map(|p| lit(&p.name));
    let variants_names = m.parties.iter().map(|p| lit(&p.ident));
    quote! {
        #[doc = #enum_doc]
        #derives
        #[repr(u8)]
        pub enum Party { #(#variants)* }

        impl Party {
            #[doc = "Every party, in column order."]
            pub const ALL: [Party; #n] = [#(Party::#all),*];
            #[doc = "How many parties the catalogue has."]
            pub const COUNT: usize = #n;
            #sides
        }

        #[doc = "`Party::id`, by discriminant."]
        pub(crate) const PARTY_IDS: &[&str; Party::COUNT] = &[#(#ids),*];
        #[doc = "`Party::name`, by discriminant."]
        pub(crate) const PARTY_NAMES: &[&str; Party::COUNT] = &[#(#names),*];
        #[doc = "The variant names of `Party`, by discriminant, for `assert_raci!`'s messages."]
        pub(crate) const PARTY_VARIANTS: &[&str; Party::COUNT] = &[#(#variants_names),*];
    }
}

pub(crate) fn roles(m: &Matrix) -> TokenStream {
    let enum_doc = role_doc(m);
    let derives = derives(true);
    let n = count(m.roles.len());
    let variants = m.roles.iter().map(|r| {
        let doc = format!("`{}`: {}.", r.letter, escape::markdown(&r.name));
        let v = ident(&r.ident);
        quote! { #[doc = #doc] #v, }
    });
    let all = m.roles.iter().map(|r| ident(&r.ident));
    let letters = m.roles.iter().map(|r| Literal::character(r.letter));
    let names = m.roles.iter().map(|r| lit(&r.name));
    quote! {
        #[doc = #enum_doc]
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

/// `Party`'s doc: what it is, and an example with the legend's parties (their ids; the last
/// one parsed from its name and printed).
fn party_doc(m: &Matrix) -> String {
    let mut out = "A party: one column of every matrix of the catalogue.".to_owned();
    let Some(last) = m.parties.last() else {
        return out;
    };
    let ids: Vec<String> = m.parties.iter().map(|p| format!("{:?}", p.id)).collect();
    let name = format!("{:?}", last.name);
    let _ = write!(
        out,
        "\n\n```\nuse ovhcloud_raci::Party;\n\n\
         assert_eq!(Party::ALL.map(Party::id), [{ids}]);\n\
         {parse}\
         {print}```",
        ids = ids.join(", "),
        parse = fenced_safe(&format!(
            "assert_eq!({name}.parse(), Ok(Party::{}));\n",
            last.ident
        )),
        print = fenced_safe(&format!(
            "assert_eq!(Party::{}.to_string(), {name});\n",
            last.ident
        )),
    );
    out
}

/// `Role`'s doc: what it is, and an example with the legend's roles (the second's letter,
/// the first parsed from its name in lowercase, the last's name from its letter).
fn role_doc(m: &Matrix) -> String {
    let mut out = "A role of the legend, shared by every matrix of the catalogue (each page \
                   words its legend its own way: see `Product::legend`)."
        .to_owned();
    let (Some(first), Some(last)) = (m.roles.first(), m.roles.last()) else {
        return out;
    };
    let second = m.roles.get(1).unwrap_or(first);
    let _ = write!(
        out,
        "\n\n```\nuse ovhcloud_raci::Role;\n\n\
         assert_eq!(Role::{}.letter(), {:?});\n\
         assert_eq!({:?}.parse(), Ok(Role::{}));\n\
         assert_eq!(\"{}\".parse::<Role>().map(Role::name), Ok({:?}));\n```",
        second.ident,
        second.letter,
        first.name.to_lowercase(),
        first.ident,
        last.letter,
        last.name,
    );
    out
}

/// `Party::PROVIDER` and `Party::CUSTOMER`, from the index's `provider` and `customer`.
fn side_consts(m: &Matrix, sides: &Sides) -> TokenStream {
    let variant = |id: &str| {
        let party = m.parties.iter().find(|p| p.id == id);
        ident(party.map_or("Customer", |p| p.ident.as_str()))
    };
    let (provider, customer) = (variant(&sides.provider.0), variant(&sides.customer.0));
    quote! {
        #[doc = "The party that provides the services (the index's `provider`)."]
        pub const PROVIDER: Party = Party::#provider;
        #[doc = "The party that uses them (the index's `customer`)."]
        pub const CUSTOMER: Party = Party::#customer;
    }
}
