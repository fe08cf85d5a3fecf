//! The columns and the legend: parties and roles, read through one list checker.

use core::ops::Range;

use super::names::{Names, Spellings};
use super::text::{Lines, checked_text};
use crate::diagnostic::{Diagnostic, DiagnosticKind, Diagnostics, quoted};
use crate::ident::{camel_case, is_word_name};
use crate::limits::{MAX_PARTIES, MAX_ROLES};
use crate::model::{Party, Role};
use crate::parse::{RawMatrix, RawParty, RawRole, Text};

/// The parties and roles that passed, and whether every one did: rows are only checked
/// against complete lists, so a rejected party or role causes no errors in the rows.
pub(super) struct Legend {
    pub parties: Vec<Party>,
    pub parties_ok: bool,
    pub roles: Vec<Role>,
    pub roles_ok: bool,
}

impl Legend {
    /// Whether cells and rules can be checked: both lists were read without error.
    pub(super) fn complete(&self) -> bool {
        self.parties_ok && self.roles_ok
    }
}

pub(super) fn check_legend(raw: &RawMatrix, diags: &mut Diagnostics) -> Legend {
    let parties = List {
        whole: "the matrix",
        plural: "parties",
        max: MAX_PARTIES,
        container: "a party set",
        empty_help: "add a `[[parties]]` table with an `id` and a `name` for each column",
    };
    let roles = List {
        whole: "the legend",
        plural: "roles",
        max: MAX_ROLES,
        container: "a role set",
        empty_help: "add a `[[roles]]` table with a `letter`, `name` and `description` for \
                     each role of the legend",
    };
    let mut ids = Names::new("party");
    let mut spellings = Spellings::default();
    let (parties, parties_ok) = parties.check(&raw.parties, &raw.end, diags, |p, diags| {
        check_party(p, &mut ids, &mut spellings, diags)
    });
    let mut idents = Names::new("role");
    let mut spellings = Spellings::default();
    let (roles, roles_ok) = roles.check(&raw.roles, &raw.end, diags, |r, diags| {
        check_role(r, &mut idents, &mut spellings, diags)
    });
    Legend {
        parties,
        parties_ok,
        roles,
        roles_ok,
    }
}

/// What parties and roles share: a list that is not empty, and not longer than the set
/// type that holds it.
struct List {
    /// What holds the list: "the matrix", "the legend".
    whole: &'static str,
    plural: &'static str,
    max: usize,
    container: &'static str,
    empty_help: &'static str,
}

/// A raw item with the span of its table.
trait Spanned {
    fn span(&self) -> Range<usize>;
}

impl Spanned for RawParty {
    fn span(&self) -> Range<usize> {
        self.span.clone()
    }
}

impl Spanned for RawRole {
    fn span(&self) -> Range<usize> {
        self.span.clone()
    }
}

impl List {
    /// The items that passed `check`, and whether all of them did.
    fn check<R: Spanned, T>(
        &self,
        raw: &[R],
        end: &Range<usize>,
        diags: &mut Diagnostics,
        mut check: impl FnMut(&R, &mut Diagnostics) -> Option<T>,
    ) -> (Vec<T>, bool) {
        if raw.is_empty() {
            diags.push(
                Diagnostic::error(
                    DiagnosticKind::Empty,
                    end.clone(),
                    format!("{} has no {}", self.whole, self.plural),
                )
                .with_help(self.empty_help),
            );
        }
        if let Some(first_over) = raw.get(self.max) {
            diags.error(
                DiagnosticKind::LimitExceeded,
                first_over.span(),
                format!(
                    "{} has {} {}; {} holds at most {}",
                    self.whole,
                    raw.len(),
                    self.plural,
                    self.container,
                    self.max
                ),
            );
        }
        let items: Vec<T> = raw.iter().filter_map(|r| check(r, diags)).collect();
        let ok = !items.is_empty() && items.len() == raw.len() && items.len() <= self.max;
        (items, ok)
    }
}

fn check_party(
    party: &RawParty,
    ids: &mut Names,
    spellings: &mut Spellings,
    diags: &mut Diagnostics,
) -> Option<Party> {
    let id = party.id.as_ref().and_then(|id| ids.check_id(id, diags));
    let name = party
        .name
        .as_ref()
        .and_then(|n| checked_text(n, "a party name", Lines::One, diags));
    let unique = match (&party.id, &party.name, &id) {
        (Some(id_text), Some(name_text), Some(_)) => {
            spellings.check_pair((id_text, "party id"), (name_text, "party name"), diags)
        }
        _ => true,
    };
    let ((id, ident), name) = id.zip(name).filter(|_| unique)?;
    Some(Party {
        id,
        name,
        ident,
        span: party.span.clone(),
    })
}

fn check_role(
    role: &RawRole,
    idents: &mut Names,
    spellings: &mut Spellings,
    diags: &mut Diagnostics,
) -> Option<Role> {
    let letter = role.letter.as_ref().and_then(|l| check_letter(l, diags));
    let name = role.name.as_ref().and_then(|n| {
        if !idents.check_length(n, "name", diags) {
            return None;
        }
        if is_word_name(&n.value) {
            return idents
                .check_ident(n, camel_case(&n.value), diags)
                .map(|ident| (n.value.clone(), ident));
        }
        diags.push(
            Diagnostic::error(
                DiagnosticKind::InvalidName,
                n.span.clone(),
                format!("role name \"{}\" is not a plain name", quoted(&n.value)),
            )
            .with_help(
                "use ASCII words of letters and digits, starting with a letter, such as \
                 \"Responsible\"",
            ),
        );
        None
    });
    let description = role
        .description
        .as_ref()
        .and_then(|d| checked_text(d, "a role description", Lines::One, diags));
    let unique = match (&role.letter, &role.name, &letter, &name) {
        (Some(l), Some(n), Some(_), Some(_)) => {
            spellings.check_pair((l, "role letter"), (n, "role name"), diags)
        }
        _ => true,
    };
    let ((letter, (name, ident)), description) =
        letter.zip(name).zip(description).filter(|_| unique)?;
    Some(Role {
        letter,
        name,
        description,
        ident,
        span: role.span.clone(),
    })
}

/// One uppercase ASCII letter.
fn check_letter(letter: &Text, diags: &mut Diagnostics) -> Option<char> {
    let mut chars = letter.value.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) if c.is_ascii_uppercase() => Some(c),
        (Some(c), None) if c.is_ascii_lowercase() => {
            diags.push(
                Diagnostic::error(
                    DiagnosticKind::InvalidLetter,
                    letter.span.clone(),
                    format!("role letter \"{c}\" is lowercase"),
                )
                .with_help(format!(
                    "role letters are uppercase ASCII: write \"{}\"",
                    c.to_ascii_uppercase()
                )),
            );
            None
        }
        _ => {
            diags.error(
                DiagnosticKind::InvalidLetter,
                letter.span.clone(),
                format!(
                    "a role letter is one uppercase ASCII letter, found \"{}\"",
                    quoted(&letter.value)
                ),
            );
            None
        }
    }
}
