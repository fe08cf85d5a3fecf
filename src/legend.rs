//! [`Legend`]: a page's own words for the shared roles.

use core::fmt;

use crate::tables::Tables;
use crate::{PageVersion, Product, Role};

/// The legend of one product's page: the header of its legend table and its words for each
/// role (the pages word them several ways: "Guarantees…", "Accountable for…", in French on a
/// French page), with the notes it writes right after.
///
/// ```
/// use ovhcloud_raci::{Product, Role};
///
/// let legend = Product::DedicatedServers.legend();
/// assert_eq!(legend.description(Role::Accountable), "Guarantees the successful completion of the process");
/// assert_eq!(legend.to_string().lines().next(), Some("R: Is in charge of carrying out the process"));
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Legend {
    version: PageVersion,
}

impl Legend {
    pub(crate) const fn new(version: PageVersion) -> Legend {
        Legend { version }
    }

    /// The product whose page this is.
    #[inline]
    pub const fn product(self) -> Product {
        self.version.product()
    }

    /// The version of the page this legend is of.
    #[inline]
    pub const fn version(self) -> PageVersion {
        self.version
    }

    /// The tables of the legend's page.
    #[inline]
    pub(crate) const fn tables(self) -> &'static Tables {
        self.version.tables()
    }

    /// The header cell of the legend table, verbatim (`Roles`).
    #[inline]
    pub const fn header(self) -> &'static str {
        self.tables().legend_header
    }

    /// The page's text for `role`, verbatim.
    #[inline]
    pub const fn description(self, role: Role) -> &'static str {
        self.tables().role_descriptions[role as usize]
    }

    /// The notes the page writes right after its legend, verbatim: what its terms mean
    /// ("For your information, a Service is…"); most pages have none.
    #[inline]
    pub const fn notes(self) -> &'static [&'static str] {
        self.tables().legend_notes
    }

    /// What the page writes between a letter and its text: `": "` or `" : "`.
    #[inline]
    pub const fn separator(self) -> &'static str {
        self.tables().legend_separator
    }
}

impl fmt::Debug for Legend {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Legend")
            .field("product", &self.product())
            .field("current", &self.version.is_current())
            .finish_non_exhaustive()
    }
}

/// One line a role, as the page writes it: `R: Is in charge of carrying out the process`.
impl fmt::Display for Legend {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for role in Role::ALL {
            writeln!(
                f,
                "{}{}{}",
                role.letter(),
                self.separator(),
                self.description(role)
            )?;
        }
        Ok(())
    }
}
