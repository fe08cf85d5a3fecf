//! Texts that Markdown, HTML or rustdoc would read as more than text (`fixtures/hostile.toml`)
//! reach the generated crate's docs exactly as written: `cargo doc` with warnings denied
//! passes, and the HTML shows each text as typed, with no tag, link, list or code block
//! made from it.

use crate::common;
use crate::oracle;

use std::fmt::Write as _;

const HOSTILE: &str = include_str!("../fixtures/hostile.toml");

/// `count` texts of printable scalar values from every plane, the same on every run.
fn unicode_texts(count: usize) -> Vec<String> {
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = move || {
        state = state
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        u32::try_from(state >> 43).unwrap()
    };
    (0..count)
        .map(|_| {
            let len = 1 + next() % 40;
            let mut text = String::new();
            while text.chars().count() < len as usize {
                let c = char::from_u32(next() % 0x11_0000).unwrap_or('x');
                let bidi = matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}');
                if !c.is_control() && !c.is_whitespace() && !bidi {
                    text.push(c);
                }
            }
            text
        })
        .collect()
}

/// The fixture, and a row for each of [`unicode_texts`].
fn matrix(texts: &[String]) -> String {
    let mut out = HOSTILE.to_owned();
    for (i, text) in texts.iter().enumerate() {
        let _ = write!(
            out,
            "\n[[activities]]\nid = \"unicode-{i}\"\nheading = \"1.1\"\ntext = {}\n\
             cells = {{ customer = \"RA\", provider = \"\" }}\n",
            toml_string(text)
        );
    }
    out
}

/// A TOML basic string holding `text` exactly.
fn toml_string(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[test]
fn hostile_texts_are_accepted_and_keep_the_property() {
    let matrix = matrix(&unicode_texts(40));
    assert!(raci_codegen::generate(&matrix).is_ok());
    oracle::check(&matrix);
}

#[test]
fn hostile_texts_render_as_written() {
    let texts = unicode_texts(40);
    let raw = common::documented("hostile-docs", &matrix(&texts));
    let pages = [
        "probe/index.html",
        "probe/enum.Activity.html",
        "probe/enum.Section.html",
        "enum.Party.html",
    ];
    for name in pages {
        let html = raw(name);
        for injected in [
            "<script>alert",
            "<img src=x",
            "href=\"javascript:",
            "<h1>Big",
            "<b>bold",
        ] {
            assert!(!html.contains(injected), "{name} holds {injected:?}");
        }
        for list in [
            "start=\"1986\"",
            "<li>item that is not a list",
            "<li>not a list",
        ] {
            assert!(!html.contains(list), "{name} made a list: {list:?}");
        }
        // An indented line, or a fence, would have become a code block.
        for code in ["<code>an indented line", "<code>fn main() { panic"] {
            assert!(!html.contains(code), "{name} made a code block: {code:?}");
        }
    }
    let crate_page = common::unescape_html(&raw("probe/index.html"));
    let activities = common::unescape_html(&raw("probe/enum.Activity.html"));
    for text in &texts {
        assert!(
            activities.contains(text.as_str()),
            "enum.Activity.html lacks {text:?}"
        );
    }
    for text in [
        "- item that is not a list",
        "1986. A year, not a list",
        "Call http://127.0.0.1:8080/path?x=1 or mailto:a@b.example",
        "</td></tr></table><script>alert(1)</script><img src=x onerror=alert(2)>",
        "*/ /* \"# r#\"raw\"# \\ backslash `code` {} {{}} <T> &'a",
        "<b>bold</b> https://x.example/w - because the page says so",
    ] {
        assert!(
            activities.contains(text),
            "enum.Activity.html lacks {text:?}"
        );
    }
    for text in [
        "<script>alert(1)</script> & \"quotes\" -- 'single' ... https://evil.example/x",
        "an indented line that must not become code",
        "[link](javascript:alert(1)) and <javascript:alert(1)>",
        "<h1>Big</h1> ## hash",
        "- Customer",
        "1. Provider <i>cloud</i>",
    ] {
        assert!(crate_page.contains(text), "index.html lacks {text:?}");
    }
}
