//! Token stream → readable Rust source: one item per line, indented blocks, `///` docs.
//!
//! `quote!` prints everything on one line. This lays the subset of Rust that the emitter
//! writes out the way a person would, without pulling a full formatter (and `syn`) into
//! every user's build. The layout follows rustfmt's habits: four-space indents, one
//! statement, variant, arm or field per line, lists broken one element per line when long.

use std::fmt::Write as _;

mod atoms;
mod rules;

use proc_macro2::{Delimiter, TokenStream};

use atoms::{Atom, atoms};
use rules::{
    MAX_WIDTH, end_line, is_use_tree, long_impl_header, needs_space, short_elements,
    starts_item_block,
};

/// An array literal whose elements take more than this on one line is laid out one
/// element per line (rustfmt's `array_width`).
const ARRAY_WIDTH: usize = 60;
const INDENT: &str = "    ";

/// Formats a stream of items as a source file.
pub(crate) fn format_items(tokens: TokenStream) -> String {
    let atoms = atoms(tokens);
    let mut out = String::new();
    block(&atoms, 0, true, &mut out);
    out
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
        if let Some(used) = own_line(atom, next, depth, &indent, out) {
            prev = None;
            i += used;
            continue;
        }
        if prev.is_some_and(|p| needs_space(p, atom)) {
            line.push(' ');
        }
        let use_tree = matches!(prev, Some(Atom::Op(op)) if op == "::");
        if let (Atom::Group(Delimiter::Brace, inner), false) = (atom, use_tree) {
            let nested_items = starts_item_block(atoms, i);
            braces(inner, nested_items, depth, &indent, &mut line, out);
            let continues = matches!(next, Some(Atom::Op(op)) if op == "," || op == ";" || op == ".")
                || matches!(next, Some(Atom::Word(w)) if w == "else");
            if !continues {
                end_line(out, &indent, &mut line, items && next.is_some());
                prev = None;
                i += 1;
                continue;
            }
        } else {
            inline(atom, depth, indent.len() + line.len(), &mut line);
        }
        if matches!(atom, Atom::Op(op) if op == "=") && angle_depth == 0 {
            if let Some(used) = value_on_next_line(&atoms[i + 1..], depth, &indent, &mut line, out)
            {
                i += used + 1;
                if items && i < atoms.len() {
                    out.push('\n');
                }
                prev = None;
                continue;
            }
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

/// Writes what stands on lines of its own, a doc comment or an attribute, and returns how
/// many atoms it took; `None` for anything else.
fn own_line(
    atom: &Atom,
    next: Option<&Atom>,
    depth: usize,
    indent: &str,
    out: &mut String,
) -> Option<usize> {
    match (atom, next) {
        (Atom::Doc(text), _) => {
            for doc_line in text.split('\n') {
                let space = if doc_line.is_empty() { "" } else { " " };
                let _ = writeln!(out, "{indent}///{space}{doc_line}");
            }
            Some(1)
        }
        (Atom::Op(op), Some(group @ Atom::Group(Delimiter::Bracket, _))) if op == "#" => {
            let mut attr = String::from("#");
            inline(group, depth, indent.len() + 1, &mut attr);
            let _ = writeln!(out, "{indent}{attr}");
            Some(2)
        }
        _ => None,
    }
}

/// A block in braces after what `line` holds: the opening line is written, the body laid
/// out below it, and `line` is left holding the closing brace.
fn braces(
    inner: &[Atom],
    items: bool,
    depth: usize,
    indent: &str,
    line: &mut String,
    out: &mut String,
) {
    let opens = if inner.is_empty() { "{}" } else { "{" };
    if let Some((head, target)) = long_impl_header(line, opens) {
        // rustfmt's layout of an `impl` header too long for one line.
        let _ = write!(
            out,
            "{indent}{head}\n{indent}{INDENT}{target}\n{indent}{{\n"
        );
        if !inner.is_empty() {
            block(inner, depth + 1, true, out);
        }
        line.clear();
        line.push('}');
    } else if inner.is_empty() {
        line.push_str("{}");
    } else {
        let _ = writeln!(out, "{indent}{line}{{");
        block(inner, depth + 1, items, out);
        line.clear();
        line.push('}');
    }
}

/// Writes the statement's value and `;` on the line after `line` (which ends with `=`)
/// when rustfmt would; returns how many atoms of `rest` that took.
fn value_on_next_line(
    rest: &[Atom],
    depth: usize,
    indent: &str,
    line: &mut String,
    out: &mut String,
) -> Option<usize> {
    let end = next_line_assignment(rest, depth, indent, line)?;
    end_line(out, indent, line, false);
    let value = layout(&rest[..end], depth + 1, indent.len() + 4);
    let _ = writeln!(out, "{indent}{INDENT}{value};");
    Some(end + 1)
}

/// Where a statement's value ends (the index of its `;` in `rest`) when rustfmt would
/// put it on the line after the `=`: it does not fit after the `=` on one line, but it
/// does fit whole on the next one.
fn next_line_assignment(rest: &[Atom], depth: usize, indent: &str, line: &str) -> Option<usize> {
    let end = rest
        .iter()
        .position(|a| matches!(a, Atom::Op(op) if op == ";"))?;
    let value = &rest[..end];
    let column = indent.len() + line.len() + 1;
    let same_line = layout(value, depth, column);
    if !same_line.contains('\n') && column + same_line.len() < MAX_WIDTH {
        return None;
    }
    let next_line = layout(value, depth + 1, indent.len() + 4);
    (!next_line.contains('\n') && indent.len() + 4 + next_line.len() < MAX_WIDTH).then_some(end)
}

/// Atoms laid out from `column`, nested groups breaking as they must.
fn layout(atoms: &[Atom], depth: usize, column: usize) -> String {
    let mut out = String::new();
    sequence(atoms, depth, column, &mut out);
    out
}

/// Writes one atom on the current line; a long bracket or parenthesis list breaks one
/// element per line.
fn inline(atom: &Atom, depth: usize, column: usize, out: &mut String) {
    match atom {
        Atom::Word(w) | Atom::Op(w) => out.push_str(w),
        Atom::Doc(text) => {
            let _ = write!(out, "#[doc = {text:?}]");
        }
        Atom::Group(Delimiter::Brace, inner) if is_use_tree(inner) => {
            // `use a::{b, c}`: no spaces inside the braces.
            let _ = write!(out, "{{{}}}", flat(inner));
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
            } else if column + flat.len() + 2 <= MAX_WIDTH
                && !flat.contains('\n')
                && (*delimiter != Delimiter::Bracket || flat.len() <= ARRAY_WIDTH)
            {
                out.push_str(open);
                out.push_str(&flat);
                out.push_str(close);
            } else if let Some(short) = short_elements(*delimiter, inner) {
                packed(&short, depth, out);
            } else if inner.iter().any(|a| matches!(a, Atom::Op(op) if op == ",")) {
                one_per_line(inner, (open, close), depth, out);
            } else {
                // Not a list: keep it on the line and let its own groups break.
                out.push_str(open.trim());
                sequence(inner, depth, column + 1, out);
                out.push_str(close.trim());
            }
        }
    }
}

/// rustfmt's layout for a list of short literals: as many to a line as fit.
fn packed(short: &[&str], depth: usize, out: &mut String) {
    let inner_indent = INDENT.repeat(depth + 1);
    out.push_str("[\n");
    let mut line = String::new();
    for element in short {
        // rustfmt leaves a column free at the end of these lines.
        if !line.is_empty() && inner_indent.len() + line.len() + 1 + element.len() + 1 >= MAX_WIDTH
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
}

/// The paths of `#[derive(…)]` as rustfmt lays them out: on the attribute's line if they
/// fit; else all on one line of their own if they fit there; else one per line.
fn derive_list(inner: &[Atom], depth: usize, column: usize, out: &mut String) {
    let trailing = matches!(inner.last(), Some(Atom::Op(op)) if op == ",");
    let flat = flat(&inner[..inner.len() - usize::from(trailing)]);
    let inner_indent = INDENT.repeat(depth + 1);
    if column + flat.len() + 2 <= MAX_WIDTH {
        let _ = write!(out, "({flat})");
    } else if inner_indent.len() + flat.len() < MAX_WIDTH {
        let _ = write!(out, "(\n{inner_indent}{flat},\n{})", INDENT.repeat(depth));
    } else {
        one_per_line(inner, ("(", ")"), depth, out);
    }
}

/// A list broken one element per line, each followed by a comma.
fn one_per_line(inner: &[Atom], (open, close): (&str, &str), depth: usize, out: &mut String) {
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
        match (prev, atom) {
            (Some(Atom::Word(w)), Atom::Group(Delimiter::Parenthesis, inner)) if w == "derive" => {
                derive_list(inner, depth, column, out);
            }
            _ => inline(atom, depth, column, out),
        }
        let added = &out[before..];
        column = match added.rfind('\n') {
            Some(newline) => added.len() - newline - 1,
            None => column + added.len(),
        };
        prev = Some(atom);
    }
}

fn flat(atoms: &[Atom]) -> String {
    layout(atoms, 0, 0)
}

#[cfg(test)]
mod tests;
