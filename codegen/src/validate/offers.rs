//! The applicability columns before the activity column (SAP's offers), and which offers
//! each row applies to.

use super::names::{Names, Spellings};
use super::text::{Lines, checked_text};
use crate::diagnostic::{Diagnostic, DiagnosticKind, Diagnostics, Lookup, quoted};
use crate::model::Offer;
use crate::parse::{RawMatrix, Text};

/// How many offers a row's mask holds: it is a `u64`.
const MAX_OFFERS: usize = 64;

/// The offers that passed, and whether every one did.
pub(super) fn check_offers(raw: &RawMatrix, diags: &mut Diagnostics) -> (Vec<Offer>, bool) {
    if let Some(first_over) = raw.offers.get(MAX_OFFERS) {
        diags.error(
            DiagnosticKind::LimitExceeded,
            first_over.span.clone(),
            format!(
                "the matrix has {} offers; at most {MAX_OFFERS} are allowed",
                raw.offers.len()
            ),
        );
    }
    let mut ids = Names::new("offer");
    let mut spellings = Spellings::default();
    let mut offers = Vec::new();
    for offer in &raw.offers {
        let id = offer.id.as_ref().and_then(|id| ids.check_id(id, diags));
        let name = offer
            .name
            .as_ref()
            .and_then(|n| checked_text(n, "an offer name", Lines::One, diags));
        let unique = match (&offer.id, &offer.name, &id) {
            (Some(i), Some(n), Some(_)) => {
                spellings.check_pair((i, "offer id"), (n, "offer name"), diags)
            }
            _ => true,
        };
        if let (Some((id, ident)), Some(name), true) = (id, name, unique) {
            offers.push(Offer { id, name, ident });
        }
    }
    let ok = offers.len() == raw.offers.len() && offers.len() <= MAX_OFFERS;
    (offers, ok)
}

const OFFER: Lookup<'static> = Lookup {
    what: "offer",
    place: "",
};

/// A row's `offers`: known, each once, in column order; their mask, or `None` after
/// reporting what is wrong.
pub(super) fn check_row_offers(
    written: &[Text],
    offers: &[Offer],
    diags: &mut Diagnostics,
) -> Option<u64> {
    let ids: Vec<&str> = offers.iter().map(|o| o.id.as_str()).collect();
    let mut mask = 0u64;
    let mut last = None;
    for entry in written {
        let Some(index) = ids.iter().position(|id| *id == entry.value) else {
            diags.unknown(
                DiagnosticKind::UnknownReference,
                entry.span.clone(),
                &OFFER,
                &entry.value,
                &ids,
            );
            return None;
        };
        if last.is_some_and(|l| l >= index) {
            diags.push(
                Diagnostic::error(
                    DiagnosticKind::InvalidCell,
                    entry.span.clone(),
                    format!(
                        "offer `{}` is repeated or out of column order in `offers`",
                        quoted(&entry.value)
                    ),
                )
                .with_help("list each offer once, in the order of the columns"),
            );
            return None;
        }
        last = Some(index);
        mask |= 1 << index;
    }
    Some(mask)
}
