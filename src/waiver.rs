//! Waivers: where the source page breaks a RACI rule, the data keeps the page and says why.

use core::fmt;

/// A rule every row of a RACI matrix is checked against when the crate is generated.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Rule {
    /// Exactly one party is Accountable (holds `A`).
    ExactlyOneAccountable,
    /// At least one party is Responsible (holds `R`).
    AtLeastOneResponsible,
}

impl Rule {
    /// The rule's name in `raci.toml`: `exactly-one-accountable`, `at-least-one-responsible`.
    pub const fn name(self) -> &'static str {
        match self {
            Rule::ExactlyOneAccountable => "exactly-one-accountable",
            Rule::AtLeastOneResponsible => "at-least-one-responsible",
        }
    }
}

/// Writes the rule's name.
impl fmt::Display for Rule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// A rule a row breaks because the source page does, and why the data keeps it so.
///
/// ```
/// use ovhcloud_raci::Rule;
/// use ovhcloud_raci::dedicated_servers::Activity;
///
/// let waivers = Activity::ReplaceDefectiveHardware.waivers();
/// assert!(waivers.is_empty());
/// let waived = Activity::ALL.iter().find(|a| !a.waivers().is_empty()).unwrap();
/// assert_eq!(waived.waivers()[0].rule(), Rule::ExactlyOneAccountable);
/// assert!(waived.waivers()[0].reason().contains("Kept as published"));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Waiver {
    rule: Rule,
    reason: &'static str,
}

impl Waiver {
    /// The generator writes these from `raci.toml`.
    #[allow(dead_code)] // unused in a build without products
    pub(crate) const fn new(rule: Rule, reason: &'static str) -> Waiver {
        Waiver { rule, reason }
    }

    /// The rule the row breaks.
    #[inline]
    pub const fn rule(self) -> Rule {
        self.rule
    }

    /// Why the data keeps the row as the page publishes it.
    #[inline]
    pub const fn reason(self) -> &'static str {
        self.reason
    }
}
