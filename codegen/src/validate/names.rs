//! Ids and the Rust names made from them: kebab-case, unique, not a keyword, not a name
//! the generated code already uses; and the spellings `FromStr` accepts, unique too.

use core::ops::Range;
use std::collections::BTreeMap;

use crate::diagnostic::{Diagnostic, DiagnosticKind, Diagnostics, quoted};
use crate::ident::{camel_case, is_kebab_id, is_keyword};
use crate::limits::MAX_ID_LEN;
use crate::parse::Text;

/// The one map type of the crate, keyed by text: one copy of the B-tree code to compile,
/// as every user of the crate compiles it in their build.
pub(super) type Map = BTreeMap<String, usize>;

/// Names the generated code gives to associated items of the enums, `Activity::ALL` and
/// `Activity::COUNT`: a variant of the same name would clash with them. Methods are
/// lowercase and variants are `UpperCamelCase`, so only these can meet.
const RESERVED: &[&str] = &["ALL", "COUNT"];

/// The ids and Rust names of one kind of item, to catch duplicates and collisions.
pub(super) struct Names {
    kind: &'static str,
    /// Every id seen, to its index in `seen`.
    ids: Map,
    /// Every Rust name taken, to the index in `seen` of what it was made from.
    idents: Map,
    /// Each id or name as written, with its span.
    seen: Vec<(String, Range<usize>)>,
}

impl Names {
    pub(super) fn new(kind: &'static str) -> Self {
        Names {
            kind,
            ids: Map::new(),
            idents: Map::new(),
            seen: Vec::new(),
        }
    }

    /// A kebab-case id, unique, whose Rust name is free: `(id, ident)`.
    pub(super) fn check_id(
        &mut self,
        id: &Text,
        diags: &mut Diagnostics,
    ) -> Option<(String, String)> {
        if !self.check_length(id, "id", diags) {
            return None;
        }
        if !is_kebab_id(&id.value) {
            diags.push(
                Diagnostic::error(
                    DiagnosticKind::InvalidId,
                    id.span.clone(),
                    format!("invalid {} id \"{}\"", self.kind, quoted(&id.value)),
                )
                .with_help(
                    "ids are lowercase ASCII kebab-case starting with a letter, such as \"install-os\"",
                ),
            );
            return None;
        }
        if let Some(&first) = self.ids.get(&id.value) {
            diags.push(
                Diagnostic::error(
                    DiagnosticKind::Duplicate,
                    id.span.clone(),
                    format!("duplicate {} id `{}`", self.kind, id.value),
                )
                .with_related(self.seen[first].1.clone(), "first defined"),
            );
            return None;
        }
        self.ids.insert(id.value.clone(), self.seen.len());
        self.check_ident(id, camel_case(&id.value), diags)
            .map(|ident| (id.value.clone(), ident))
    }

    /// Whether `text`, an id or a name, is short enough to name a type and a doc file.
    pub(super) fn check_length(&self, text: &Text, what: &str, diags: &mut Diagnostics) -> bool {
        let length = text.value.chars().count();
        if length <= MAX_ID_LEN {
            return true;
        }
        diags.push(
            Diagnostic::error(
                DiagnosticKind::LimitExceeded,
                text.span.clone(),
                format!(
                    "{} {what} \"{}\" has {length} characters; at most {MAX_ID_LEN} are allowed",
                    self.kind,
                    quoted(&text.value)
                ),
            )
            .with_help("each id becomes the name of a type and of its documentation file"),
        );
        false
    }

    /// Takes the Rust name `ident` for `from`, unless it is reserved or already taken.
    pub(super) fn check_ident(
        &mut self,
        from: &Text,
        ident: String,
        diags: &mut Diagnostics,
    ) -> Option<String> {
        let reserved = if is_keyword(&ident) {
            Some("a reserved word of Rust")
        } else if RESERVED.contains(&ident.as_str()) {
            Some("a name the generated code uses (`ALL` and `COUNT` are associated constants)")
        } else {
            None
        };
        if let Some(why) = reserved {
            diags.push(
                Diagnostic::error(
                    DiagnosticKind::ReservedName,
                    from.span.clone(),
                    format!(
                        "{} \"{}\" becomes the Rust name `{ident}`, {why}",
                        self.kind, from.value
                    ),
                )
                .with_help("choose another id"),
            );
            return None;
        }
        if let Some(&first) = self.idents.get(&ident) {
            let (first_text, first_span) = &self.seen[first];
            diags.push(
                Diagnostic::error(
                    DiagnosticKind::NameCollision,
                    from.span.clone(),
                    format!(
                        "{} \"{}\" becomes the Rust name `{ident}`, already taken by \"{first_text}\"",
                        self.kind, from.value
                    ),
                )
                .with_related(first_span.clone(), "first defined"),
            );
            return None;
        }
        self.idents.insert(ident.clone(), self.seen.len());
        self.seen.push((from.value.clone(), from.span.clone()));
        Some(ident)
    }
}

/// Every spelling `FromStr` accepts for a kind, ASCII case-insensitive, must name one item.
#[derive(Default)]
pub(super) struct Spellings {
    /// Lowercased spelling → its index in `written`.
    seen: Map,
    /// Each spelling as written, what it is, and where.
    written: Vec<(String, &'static str, Range<usize>)>,
}

impl Spellings {
    /// Records `text`, a `noun` such as "party id"; reports it if already taken.
    pub(super) fn check(
        &mut self,
        text: &Text,
        noun: &'static str,
        diags: &mut Diagnostics,
    ) -> bool {
        let key = text.value.to_ascii_lowercase();
        if let Some(&i) = self.seen.get(&key) {
            let (first, first_noun, first_span) = &self.written[i];
            let d = if *first == text.value && *first_noun == noun {
                Diagnostic::error(
                    DiagnosticKind::Duplicate,
                    text.span.clone(),
                    format!("duplicate {noun} \"{}\"", quoted(first)),
                )
            } else {
                Diagnostic::error(
                    DiagnosticKind::NameCollision,
                    text.span.clone(),
                    format!(
                        "{noun} \"{}\" reads the same as the {first_noun} \"{}\" (parsing ignores ASCII case)",
                        quoted(&text.value),
                        quoted(first)
                    ),
                )
            };
            diags.push(d.with_related(first_span.clone(), "first defined"));
            return false;
        }
        self.seen.insert(key, self.written.len());
        self.written
            .push((text.value.clone(), noun, text.span.clone()));
        true
    }

    /// Records an item's two spellings (an id and a name, a letter and a name); the second
    /// only when it differs from the first other than in ASCII case.
    pub(super) fn check_pair(
        &mut self,
        first: (&Text, &'static str),
        second: (&Text, &'static str),
        diags: &mut Diagnostics,
    ) -> bool {
        let mut unique = self.check(first.0, first.1, diags);
        if !second.0.value.eq_ignore_ascii_case(&first.0.value) {
            unique &= self.check(second.0, second.1, diags);
        }
        unique
    }
}
