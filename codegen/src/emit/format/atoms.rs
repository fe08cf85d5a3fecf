//! Tokens → atoms: multi-character operators joined, `#[doc = "…"]` read back as text.

use proc_macro2::{Delimiter, Spacing, TokenStream, TokenTree};

/// A token as the layout sees it: operators made of several characters are one atom.
#[derive(Debug, Clone)]
pub(super) enum Atom {
    Word(String),
    Op(String),
    Group(Delimiter, Vec<Atom>),
    Doc(String),
}

pub(super) fn atoms(tokens: TokenStream) -> Vec<Atom> {
    let mut out: Vec<Atom> = Vec::new();
    let mut pending_op = String::new();
    let mut iter = tokens.into_iter().peekable();
    while let Some(tree) = iter.next() {
        match tree {
            TokenTree::Punct(p) => {
                pending_op.push(p.as_char());
                let lifetime = p.as_char() == '\'';
                if p.spacing() == Spacing::Alone || lifetime {
                    if lifetime {
                        if let Some(TokenTree::Ident(ident)) = iter.next() {
                            out.push(Atom::Word(format!("'{ident}")));
                        }
                        pending_op.clear();
                        continue;
                    }
                    // `#[doc = "…"]` becomes a doc comment.
                    if pending_op == "#" {
                        if let Some(TokenTree::Group(g)) = iter.peek() {
                            if let Some(text) = doc_text(&g.stream()) {
                                out.push(Atom::Doc(text));
                                iter.next();
                                pending_op.clear();
                                continue;
                            }
                        }
                    }
                    out.push(Atom::Op(std::mem::take(&mut pending_op)));
                }
            }
            TokenTree::Ident(i) => out.push(Atom::Word(i.to_string())),
            TokenTree::Literal(l) => out.push(Atom::Word(l.to_string())),
            TokenTree::Group(g) => out.push(Atom::Group(g.delimiter(), atoms(g.stream()))),
        }
    }
    out
}

/// The text of `doc = "…"`, the inside of a doc attribute.
fn doc_text(stream: &TokenStream) -> Option<String> {
    let trees: Vec<TokenTree> = stream.clone().into_iter().collect();
    match trees.as_slice() {
        [
            TokenTree::Ident(name),
            TokenTree::Punct(eq),
            TokenTree::Literal(lit),
        ] if name == "doc" && eq.as_char() == '=' => unescape(&lit.to_string()),
        _ => None,
    }
}

/// The value of a plain `"…"` string literal, as `proc_macro2` escapes it.
pub(super) fn unescape(literal: &str) -> Option<String> {
    let inner = literal.strip_prefix('"')?.strip_suffix('"')?;
    let mut out = String::with_capacity(inner.len());
    let mut chars = inner.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next()? {
            'n' => out.push('\n'),
            'r' => out.push('\r'),
            't' => out.push('\t'),
            '0' => out.push('\0'),
            'x' => {
                let hex: String = chars.by_ref().take(2).collect();
                out.push(char::from(u8::from_str_radix(&hex, 16).ok()?));
            }
            'u' => {
                let hex: String = chars.by_ref().skip(1).take_while(|&c| c != '}').collect();
                out.push(char::from_u32(u32::from_str_radix(&hex, 16).ok()?)?);
            }
            other => out.push(other),
        }
    }
    Some(out)
}
