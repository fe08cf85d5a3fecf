//! The small decisions of the layout, each on atoms or a line alone (no recursion into the
//! layout itself): where a space goes, which groups are use trees or short lists, where an
//! item block starts, how a long `impl` header breaks, how a line ends.

use proc_macro2::Delimiter;

use super::atoms::Atom;

/// Lines longer than this break their lists one element per line.
pub(super) const MAX_WIDTH: usize = 100;

/// Keywords followed by a space.
const SPACED_KEYWORDS: &[&str] = &[
    "match", "if", "in", "return", "as", "mut", "else", "for", "while",
];

/// Whether Rust style puts a space between `prev` and `next` on one line.
pub(super) fn needs_space(prev: &Atom, next: &Atom) -> bool {
    use Atom::{Group, Op, Word};
    match (prev, next) {
        // `use ::core::…`: a path from the root after the keyword.
        (Word(w), Op(op)) if op == "::" && w == "use" => true,
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

/// Whether a brace group is a list of imported names, `{CellHas, role}`: words and commas.
pub(super) fn is_use_tree(inner: &[Atom]) -> bool {
    !inner.is_empty()
        && inner
            .iter()
            .all(|a| matches!(a, Atom::Word(_)) || matches!(a, Atom::Op(op) if op == ","))
}

/// The elements of a bracket list if each is one literal of at most ten characters (what
/// rustfmt calls short, and packs several to a line), else `None`.
pub(super) fn short_elements(delimiter: Delimiter, inner: &[Atom]) -> Option<Vec<&str>> {
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

/// `impl … for Type ` split before `for` when the line with its opening brace would be too
/// long: `(impl …, for Type)`. rustfmt measures this line without its indentation (checked
/// at depths 0 and 1: a header of 104 characters indented by 4 stays whole, 105 splits).
pub(super) fn long_impl_header<'l>(line: &'l str, opens: &str) -> Option<(&'l str, &'l str)> {
    if !line.starts_with("impl") || line.len() + opens.len() <= MAX_WIDTH {
        return None;
    }
    let at = line.rfind(" for ")?;
    Some((&line[..at], line[at + 1..].trim_end()))
}

/// Whether the brace group at `index` holds items (an `impl`, `mod` or `trait` body).
pub(super) fn starts_item_block(atoms: &[Atom], index: usize) -> bool {
    atoms[..index]
        .iter()
        .rev()
        .take_while(|a| {
            !matches!(a, Atom::Op(op) if op == ";")
                && !matches!(a, Atom::Group(Delimiter::Brace, _))
        })
        .any(|a| matches!(a, Atom::Word(w) if w == "impl" || w == "mod" || w == "trait"))
}

pub(super) fn end_line(out: &mut String, indent: &str, line: &mut String, blank: bool) {
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
