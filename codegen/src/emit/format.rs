//! Token stream → readable Rust source: one item per line, indented blocks, `///` docs.
//!
//! `quote!` prints everything on one line. This lays the subset of Rust that the emitter
//! writes out the way a person would, without pulling a full formatter (and `syn`) into
//! every user's build. The layout follows rustfmt's habits: four-space indents, one
//! statement, variant, arm or field per line, lists broken one element per line when long.

use std::fmt::Write as _;

use proc_macro2::{Delimiter, Spacing, TokenStream, TokenTree};

/// Lines longer than this break their lists one element per line.
const MAX_WIDTH: usize = 100;
const INDENT: &str = "    ";

/// Formats a stream of items as a source file.
pub(crate) fn format_items(tokens: TokenStream) -> String {
    let atoms = atoms(tokens);
    let mut out = String::new();
    block(&atoms, 0, true, &mut out);
    out
}

/// A token as the layout sees it: operators made of several characters are one atom.
#[derive(Debug, Clone)]
enum Atom {
    Word(String),
    Op(String),
    Group(Delimiter, Vec<Atom>),
    Doc(String),
}

fn atoms(tokens: TokenStream) -> Vec<Atom> {
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
fn unescape(literal: &str) -> Option<String> {
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

/// Lays out statements or items, one per line, at `depth`; `items` adds blank lines between.
fn block(atoms: &[Atom], depth: usize, items: bool, out: &mut String) {
    let indent = INDENT.repeat(depth);
    let mut line = String::new();
    let mut prev: Option<&Atom> = None;
    // Commas inside generics (`impl<A, B>`) do not end a line.
    let mut angle_depth = 0usize;
    let mut i = 0;
    while i < atoms.len() {
        let atom = &atoms[i];
        let next = atoms.get(i + 1);
        match atom {
            Atom::Doc(text) => {
                for doc_line in text.split('\n') {
                    out.push_str(&indent);
                    out.push_str("///");
                    if !doc_line.is_empty() {
                        out.push(' ');
                        out.push_str(doc_line);
                    }
                    out.push('\n');
                }
                prev = None;
                i += 1;
                continue;
            }
            Atom::Op(op) if op == "#" => {
                // An attribute stands on its own line.
                if let Some(group @ Atom::Group(Delimiter::Bracket, _)) = next {
                    let mut attr = String::from("#");
                    inline(group, depth, indent.len() + 1, &mut attr);
                    out.push_str(&indent);
                    out.push_str(&attr);
                    out.push('\n');
                    prev = None;
                    i += 2;
                    continue;
                }
            }
            _ => {}
        }
        if let Some(p) = prev {
            if needs_space(p, atom) {
                line.push(' ');
            }
        }
        if let Atom::Group(Delimiter::Brace, inner) = atom {
            {
                if inner.is_empty() {
                    line.push_str("{}");
                } else {
                    out.push_str(&indent);
                    out.push_str(&line);
                    out.push_str("{\n");
                    line.clear();
                    let nested_items = starts_item_block(atoms, i);
                    block(inner, depth + 1, nested_items, out);
                    line.push('}');
                }
                let continues = matches!(next, Some(Atom::Op(op)) if op == "," || op == ";" || op == ".")
                    || matches!(next, Some(Atom::Word(w)) if w == "else");
                if !continues {
                    end_line(out, &indent, &mut line, items && next.is_some());
                    prev = None;
                    i += 1;
                    continue;
                }
            }
        } else {
            let column = indent.len() + line.len();
            inline(atom, depth, column, &mut line);
        }
        match atom {
            Atom::Op(op) if op == "<" => angle_depth += 1,
            Atom::Op(op) if op == ">" => angle_depth = angle_depth.saturating_sub(1),
            _ => {}
        }
        let ends = matches!(atom, Atom::Op(op) if op == ";" || (op == "," && angle_depth == 0));
        if ends {
            let blank = items && next.is_some() && matches!(atom, Atom::Op(op) if op == ";");
            end_line(out, &indent, &mut line, blank);
            prev = None;
        } else {
            prev = Some(atom);
        }
        i += 1;
    }
    if !line.is_empty() {
        end_line(out, &indent, &mut line, false);
    }
}

fn end_line(out: &mut String, indent: &str, line: &mut String, blank: bool) {
    if !line.is_empty() {
        out.push_str(indent);
        out.push_str(line);
        out.push('\n');
        line.clear();
    }
    if blank {
        out.push('\n');
    }
}

/// Whether the brace group at `index` holds items (an `impl`, `mod` or `trait` body).
fn starts_item_block(atoms: &[Atom], index: usize) -> bool {
    atoms[..index]
        .iter()
        .rev()
        .take_while(|a| {
            !matches!(a, Atom::Op(op) if op == ";")
                && !matches!(a, Atom::Group(Delimiter::Brace, _))
        })
        .any(|a| matches!(a, Atom::Word(w) if w == "impl" || w == "mod" || w == "trait"))
}

/// Writes one atom on the current line; a long bracket or parenthesis list breaks one
/// element per line.
fn inline(atom: &Atom, depth: usize, column: usize, out: &mut String) {
    match atom {
        Atom::Word(w) | Atom::Op(w) => out.push_str(w),
        Atom::Doc(text) => {
            let _ = write!(out, "#[doc = {text:?}]");
        }
        Atom::Group(delimiter, inner) => {
            let (open, close) = match delimiter {
                Delimiter::Parenthesis => ("(", ")"),
                Delimiter::Bracket => ("[", "]"),
                Delimiter::Brace => ("{ ", " }"),
                Delimiter::None => ("", ""),
            };
            let flat = flat(inner);
            if inner.is_empty() {
                out.push_str(open.trim());
                out.push_str(close.trim());
            } else if column + flat.len() + 2 <= MAX_WIDTH && !flat.contains('\n') {
                out.push_str(open);
                out.push_str(&flat);
                out.push_str(close);
            } else if let Some(short) = short_elements(*delimiter, inner) {
                // rustfmt's layout for a list of short literals: as many to a line as fit.
                let inner_indent = INDENT.repeat(depth + 1);
                out.push_str("[\n");
                let mut line = String::new();
                for element in short {
                    if !line.is_empty()
                        && inner_indent.len() + line.len() + 1 + element.len() + 1 > MAX_WIDTH
                    {
                        let _ = writeln!(out, "{inner_indent}{line}");
                        line.clear();
                    }
                    if !line.is_empty() {
                        line.push(' ');
                    }
                    line.push_str(element);
                    line.push(',');
                }
                let _ = writeln!(out, "{inner_indent}{line}");
                out.push_str(&INDENT.repeat(depth));
                out.push(']');
            } else if inner.iter().any(|a| matches!(a, Atom::Op(op) if op == ",")) {
                let inner_indent = INDENT.repeat(depth + 1);
                out.push_str(open.trim());
                out.push('\n');
                for element in inner.split(|a| matches!(a, Atom::Op(op) if op == ",")) {
                    if element.is_empty() {
                        continue;
                    }
                    out.push_str(&inner_indent);
                    let mut line = String::new();
                    sequence(element, depth + 1, inner_indent.len(), &mut line);
                    out.push_str(&line);
                    out.push_str(",\n");
                }
                out.push_str(&INDENT.repeat(depth));
                out.push_str(close.trim());
            } else {
                // Not a list: keep it on the line and let its own groups break.
                out.push_str(open.trim());
                sequence(inner, depth, column + 1, out);
                out.push_str(close.trim());
            }
        }
    }
}

/// The elements of a bracket list if each is one literal of at most ten characters (what
/// rustfmt calls short, and packs several to a line), else `None`.
fn short_elements(delimiter: Delimiter, inner: &[Atom]) -> Option<Vec<&str>> {
    if delimiter != Delimiter::Bracket {
        return None;
    }
    inner
        .split(|a| matches!(a, Atom::Op(op) if op == ","))
        .filter(|element| !element.is_empty())
        .map(|element| match element {
            [Atom::Word(w)] if w.len() <= 10 && !w.starts_with(char::is_alphabetic) => {
                Some(w.as_str())
            }
            _ => None,
        })
        .collect()
}

/// Atoms on one line with Rust's spacing; nested groups may still break.
/// `column` is the column at the end of `out`, kept up to date as atoms are added.
fn sequence(atoms: &[Atom], depth: usize, mut column: usize, out: &mut String) {
    let mut prev: Option<&Atom> = None;
    for atom in atoms {
        if prev.is_some_and(|p| needs_space(p, atom)) {
            out.push(' ');
            column += 1;
        }
        let before = out.len();
        inline(atom, depth, column, out);
        let added = &out[before..];
        column = match added.rfind('\n') {
            Some(newline) => added.len() - newline - 1,
            None => column + added.len(),
        };
        prev = Some(atom);
    }
}

fn flat(atoms: &[Atom]) -> String {
    let mut out = String::new();
    sequence(atoms, 0, 0, &mut out);
    out
}

const SPACED_KEYWORDS: &[&str] = &[
    "match", "if", "in", "return", "as", "mut", "else", "for", "while",
];

/// Whether Rust style puts a space between `prev` and `next` on one line.
fn needs_space(prev: &Atom, next: &Atom) -> bool {
    use Atom::{Group, Op, Word};
    match (prev, next) {
        (Op(op), _) if matches!(op.as_str(), ":" | "," | ";" | "=" | "=>" | "->" | "|" | "+") => {
            true
        }
        (_, Op(op)) if matches!(op.as_str(), "," | ";" | "." | "::" | ":" | "?") => false,
        (Op(op), _) if matches!(op.as_str(), "::" | "." | "&" | "#" | "!" | "<") => false,
        (Word(_), Op(op)) if op == "!" || op == "<" => false,
        (_, Op(op)) if op == ">" => false,
        (Op(op), Word(_) | Group(Delimiter::Brace, _)) if op == ">" => true,
        (Op(op), _) if op == ">" => matches!(next, Op(o) if o == "=" || o == "=>" || o == "->"),
        (Word(w), Group(Delimiter::Parenthesis | Delimiter::Bracket, _)) => {
            SPACED_KEYWORDS.contains(&w.as_str())
        }
        (Group(..), Group(Delimiter::Parenthesis | Delimiter::Bracket, _)) => false,
        _ => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
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
    fn doc_text_survives_escaping() {
        let text = "quote \" backslash \\ tab\t é ✓ */ |<>|";
        let tokens = quote! { #[doc = #text] const X: u8 = 0; };
        assert!(format_items(tokens).starts_with(&format!("/// {text}\n")));
    }
}
