//! A product's page in its module: title, address, provenance, dates, intro, legend and
//! the applicability columns (`Offer`), as constants and enums.

use proc_macro2::{Literal, TokenStream};
use quote::quote;

use super::{count, derives, ident, last_updated, lit, option};
use crate::escape;
use crate::model::{Matrix, Preamble};

pub(super) fn metadata(m: &Matrix) -> TokenStream {
    let title = lit(&m.title);
    let source = lit(&m.source);
    let date = last_updated(m);
    let date_as_written = option(
        m.last_updated_as_written
            .as_ref()
            .or(m.last_updated.as_ref())
            .map(|written| {
                let written = lit(written);
                quote! { #written }
            }),
    );
    let provenance = provenance(m);
    let legend_header = lit(&m.legend_header);
    let legend_separator = lit(&m.legend_separator);
    let legend_notes = m
        .notes
        .iter()
        .filter(|n| n.heading.is_none())
        .map(|n| lit(&n.text));
    let activity_header = lit(&m.activity_header);
    let language = language(m);
    let party_names = m.parties.iter().map(|p| lit(&p.name));
    let preamble = preamble(m);
    let title_doc = format!(
        "The matrix's title, as the source page gives it: \"{}\".",
        escape::markdown(&m.title)
    );
    quote! {
        #[doc = #title_doc]
        pub const TITLE: &str = #title;
        #[doc = "The notes the page writes right after its legend, as written: what its terms mean (\"For your information, a Service is…\"). [`Section::notes`] gives those under a heading."]
        pub const LEGEND_NOTES: &[&str] = &[#(#legend_notes),*];
        #[doc = "The address of the source page."]
        pub const SOURCE_URL: &str = #source;
        #[doc = "Where the source page is kept: its repository, path and commit, where the data says."]
        pub const PROVENANCE: ::core::option::Option<crate::Provenance> = #provenance;
        #[doc = "The date the source page was last updated, if it gives one."]
        pub const LAST_UPDATED: ::core::option::Option<crate::Date> = #date;
        #[doc = "The date the source page was last updated, as the page writes it (`2024-6-25`); `None` where the page gives no date."]
        pub const LAST_UPDATED_AS_WRITTEN: ::core::option::Option<&str> = #date_as_written;
        #[doc = "What the page says between its title and its legend, in order: each a heading (its number of `#`) or a paragraph (0)."]
        pub(crate) const PREAMBLE: &[(u8, &str)] = &[#(#preamble),*];
        #[doc = "The header cell of the legend table."]
        pub(crate) const LEGEND_HEADER: &str = #legend_header;
        #[doc = "What stands between a letter and its text in the legend."]
        pub(crate) const LEGEND_SEPARATOR: &str = #legend_separator;
        #[doc = "The header cell of the activity column."]
        pub(crate) const ACTIVITY_HEADER: &str = #activity_header;
        #[doc = "The language of the page's texts: `en`, or the code of the one language OVHcloud publishes the page in (`fr`)."]
        pub const LANGUAGE: &str = #language;
        #[doc = "The page's name for each party (its columns' headers), by discriminant of `crate::Party`."]
        pub(crate) const PARTY_NAMES: &[&str; crate::Party::COUNT] = &[#(#party_names),*];
    }
}

/// The language of `m`'s texts: `en` unless the data says otherwise.
pub(super) fn language(m: &Matrix) -> Literal {
    lit(m.language.as_deref().unwrap_or("en"))
}

/// `Option<crate::Provenance>` tokens: where the page is kept, if the data says.
pub(super) fn provenance(m: &Matrix) -> TokenStream {
    option(m.provenance.as_ref().map(|p| {
        let (repository, path, commit) = (lit(&p.repository), lit(&p.path), lit(&p.commit));
        quote! { crate::Provenance::new(#repository, #path, #commit) }
    }))
}

/// The preamble's items: `(level, text)`, 0 for a paragraph.
pub(super) fn preamble(m: &Matrix) -> impl Iterator<Item = TokenStream> + '_ {
    m.preamble.iter().map(|p| {
        let (level, text) = match p {
            Preamble::Heading(level, text) => (*level, text),
            Preamble::Paragraph(text) => (0, text),
        };
        let (level, text) = (Literal::u8_unsuffixed(level), lit(text));
        quote! { (#level, #text) }
    })
}

/// The legend's descriptions: the words of each page's own legend, by role.
pub(super) fn legend(m: &Matrix) -> TokenStream {
    let descriptions = m.roles.iter().map(|r| lit(&r.description));
    quote! {
        #[doc = "The legend's text for each role, as this page writes it, by discriminant of `crate::Role`."]
        pub(crate) const ROLE_DESCRIPTIONS: &[&str; crate::Role::COUNT] = &[#(#descriptions),*];
    }
}

pub(super) fn offers(m: &Matrix) -> TokenStream {
    let derives = derives(true);
    let n = count(m.offers.len());
    // An enum without variants takes no `repr`.
    let repr = (!m.offers.is_empty()).then(|| quote! { #[repr(u8)] });
    let variants = m.offers.iter().map(|o| {
        let doc = format!("{}: id `{}`.", escape::markdown(&o.name), o.id);
        let v = ident(&o.ident);
        quote! { #[doc = #doc] #v, }
    });
    let all = m.offers.iter().map(|o| ident(&o.ident));
    let ids = m.offers.iter().map(|o| lit(&o.id));
    let names = m.offers.iter().map(|o| lit(&o.name));
    quote! {
        #[doc = "An offer a row may apply to: an applicability column of the page, before its activity column (most pages have none, and this enum no variant)."]
        #derives
        #repr
        pub enum Offer { #(#variants)* }

        impl Offer {
            #[doc = "Every offer, in column order."]
            pub const ALL: [Offer; #n] = [#(Offer::#all),*];
            #[doc = "How many offers the matrix has."]
            pub const COUNT: usize = #n;
        }

        #[doc = "`Offer::id`, by discriminant."]
        pub(crate) const OFFER_IDS: &[&str; Offer::COUNT] = &[#(#ids),*];
        #[doc = "`Offer::name`, by discriminant."]
        pub(crate) const OFFER_NAMES: &[&str; Offer::COUNT] = &[#(#names),*];
    }
}
