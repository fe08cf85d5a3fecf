//! What a command prints, as one model that every printer renders: the commands compute a
//! [`Report`], and `printers/` writes it in the format asked for.

use ovhcloud_raci::{AnyActivity, PageVersion, Party, Role};
use raci_codegen::diff::Change;

/// The result of a command, before it is printed.
pub enum Report {
    /// Pages, one row each: the catalogue's current pages (`products`), or the versions of
    /// one product's page (`versions`, which also prints each one's commit).
    Pages {
        /// The pages, in order.
        pages: Vec<PageVersion>,
        /// Whether they are the versions of one page.
        versions: bool,
    },
    /// A product's whole matrix, with the level of its title in Markdown.
    Matrix {
        /// The version of its page.
        version: PageVersion,
        /// The Markdown heading level of its title (1 to 6).
        heading_level: u8,
    },
    /// One activity, with its heading and every party's cell.
    Activity(AnyActivity),
    /// The parties that hold `role` for `activity`.
    Parties {
        /// The role asked for.
        role: Role,
        /// The activity asked about.
        activity: AnyActivity,
        /// The parties that hold it, in column order.
        parties: Vec<Party>,
    },
    /// Activities, of one product or several.
    Rows {
        /// What they are, said before them in a table (`OVHcloud is Responsible for …`).
        title: Option<String>,
        /// What a table says when there are none.
        when_empty: Option<String>,
        /// The activities, in catalogue order.
        rows: Vec<AnyActivity>,
    },
    /// What changed between two versions of a matrix.
    Changes(Vec<Change>),
    /// Each activity's ownership (`Ownership`), in catalogue order.
    Ownership(Vec<AnyActivity>),
}
