//! The layout rules, one by one, on small token streams.

use super::*;
use crate::emit::format::atoms::unescape;
use quote::quote;

#[test]
fn items_get_lines_blank_lines_and_doc_comments() {
    let tokens = quote! {
        #[doc = "A party.\n\nSecond \"paragraph\"."]
        #[derive(Debug, Clone)]
        pub enum Party { A, B }
        impl Party {
            pub const ALL: [Party; 2] = [Party::A, Party::B];
            pub const fn id(self) -> &'static str { match self { Party::A => "a", Party::B => "b" } }
        }
    };
    let expected = "\
/// A party.
///
/// Second \"paragraph\".
#[derive(Debug, Clone)]
pub enum Party {
    A,
    B
}

impl Party {
    pub const ALL: [Party; 2] = [Party::A, Party::B];

    pub const fn id(self) -> &'static str {
        match self {
            Party::A => \"a\",
            Party::B => \"b\"
        }
    }
}
";
    assert_eq!(format_items(tokens), expected);
}

#[test]
fn long_lists_break_one_element_per_line() {
    let names: Vec<String> = (0..12).map(|i| format!("element-number-{i}")).collect();
    let tokens = quote! { const X: [&str; 12] = [#(#names),*]; };
    let text = format_items(tokens);
    assert!(
        text.starts_with("const X: [&str; 12] = [\n    \"element-number-0\",\n"),
        "{text}"
    );
    assert!(text.ends_with("    \"element-number-11\",\n];\n"), "{text}");
}

#[test]
fn lists_of_short_literals_fill_their_lines() {
    let numbers = (0..40u16).map(|i| proc_macro2::Literal::u16_unsuffixed(i * 1000));
    let tokens = quote! { const X: [u16; 40] = [#(#numbers),*]; };
    let text = format_items(tokens);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines[0], "const X: [u16; 40] = [");
    assert!(lines[1].starts_with("    0, 1000, 2000, "), "{text}");
    let body = &lines[1..lines.len() - 1];
    assert!(
        body.iter().all(|l| l.len() <= 100 && l.ends_with(',')),
        "{text}"
    );
    // 40 elements of at most 6 characters: three lines of up to 96 columns.
    assert_eq!(body.len(), 3, "{text}");
    assert_eq!(body.join(" ").split(", ").count(), 40, "{text}");
    assert_eq!(*lines.last().unwrap(), "];");
}

#[test]
fn arrays_wider_than_sixty_columns_go_one_element_per_line() {
    let short = ["Alpha", "Beta"].map(|w| quote::format_ident!("{w}"));
    let long = [
        "Aaaaaaaaaaaaaaaa",
        "Bbbbbbbbbbbbbbbbb",
        "Cccccccccccccccccc",
        "Dddd",
    ]
    .map(|w| quote::format_ident!("{w}"));
    let text = format_items(quote! {
        const S: &[A] = &[#(A::#short),*];
        const L: &[A] = &[#(A::#long),*];
    });
    assert!(
        text.contains("const S: &[A] = &[A::Alpha, A::Beta];\n"),
        "{text}"
    );
    assert!(
        text.contains("const L: &[A] = &[\n    A::Aaaaaaaaaaaaaaaa,\n    A::Bbbbbbbbbbbbbbbbb,\n"),
        "{text}"
    );
}

#[test]
fn a_value_that_fits_whole_on_the_next_line_goes_there() {
    let names = ["Responsible", "Accountable", "Consulted", "Informed"];
    let text = format_items(quote! {
        pub(crate) const ROLE_NAMES: &[&str; Role::COUNT] = &[#(#names),*];
    });
    assert_eq!(
        text,
        "pub(crate) const ROLE_NAMES: &[&str; Role::COUNT] =\n    \
         &[\"Responsible\", \"Accountable\", \"Consulted\", \"Informed\"];\n"
    );
}

#[test]
fn a_long_impl_header_breaks_before_for() {
    let text = format_items(quote! {
        impl super::CellOf<super::party::CloudProviderWithAVeryLongName> for DoSomethingRatherLongAgainAndAgain {}
        impl super::CellOf<super::party::Customer> for Short { type Cell = X; }
    });
    assert_eq!(
        text,
        "impl super::CellOf<super::party::CloudProviderWithAVeryLongName>\n    \
         for DoSomethingRatherLongAgainAndAgain\n{\n}\n\n\
         impl super::CellOf<super::party::Customer> for Short {\n    type Cell = X;\n}\n"
    );
}

#[test]
fn use_trees_stay_on_their_line() {
    let text = format_items(quote! { mod m { use super::{CellHas, role}; } });
    assert_eq!(text, "mod m {\n    use super::{CellHas, role};\n}\n");
}

#[test]
fn generics_lifetimes_and_paths_get_rust_spacing() {
    let text = format_items(quote! {
        impl<A, B> T<A, B> for X {}
        pub const N: &'static str = <X as T>::NAME;
        pub(crate) fn f(x: &[u8]) -> Option<&u8> { x.first() }
    });
    assert!(text.contains("impl<A, B> T<A, B> for X {}\n"), "{text}");
    assert!(
        text.contains("pub const N: &'static str = <X as T>::NAME;\n"),
        "{text}"
    );
    assert!(
        text.contains("pub(crate) fn f(x: &[u8]) -> Option<&u8> {\n    x.first()\n}\n"),
        "{text}"
    );
}

#[test]
fn string_escapes_in_docs_are_read_back() {
    assert_eq!(
        unescape(r#""a\"b\\c\n\t\u{e9}\x41""#).as_deref(),
        Some("a\"b\\c\n\t\u{e9}A")
    );
    assert_eq!(unescape("not a literal"), None);
}

#[test]
fn doc_text_survives_escaping() {
    let text = "quote \" backslash \\ tab\t é ✓ */ |<>|";
    let tokens = quote! { #[doc = #text] const X: u8 = 0; };
    assert!(format_items(tokens).starts_with(&format!("/// {text}\n")));
}

#[test]
fn derive_lists_fit_their_line_or_one_line_of_their_own_or_one_path_a_line() {
    let tokens = quote! {
        #[derive(::core::fmt::Debug, ::core::clone::Clone)]
        pub struct A;
        pub mod m {
            #[derive(::core::fmt::Debug, ::core::clone::Clone, ::core::marker::Copy, ::core::default::Default,)]
            pub struct B;
        }
        #[derive(::core::fmt::Debug, ::core::clone::Clone, ::core::marker::Copy, ::core::default::Default, ::core::cmp::PartialEq)]
        pub struct C;
    };
    let expected = "\
#[derive(::core::fmt::Debug, ::core::clone::Clone)]
pub struct A;

pub mod m {
    #[derive(
        ::core::fmt::Debug, ::core::clone::Clone, ::core::marker::Copy, ::core::default::Default,
    )]
    pub struct B;
}

#[derive(
    ::core::fmt::Debug,
    ::core::clone::Clone,
    ::core::marker::Copy,
    ::core::default::Default,
    ::core::cmp::PartialEq,
)]
pub struct C;
";
    assert_eq!(format_items(tokens), expected);
}
