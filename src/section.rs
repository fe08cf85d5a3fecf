//! [`Section`]: the page's numbered headings, their tree and the rows under them.

use core::fmt;
use core::str::FromStr;

use crate::error::{ParseError, ParseErrorKind};
pub use crate::matrix::Section;
use crate::matrix::{
    Activity, SECTION_ACTIVITIES, SECTION_CHILDREN, SECTION_IDS, SECTION_MARKUP, SECTION_NOTES,
    SECTION_NOTES_BEFORE_ROWS, SECTION_NUMBERS, SECTION_PARENTS, SECTION_TITLES, SECTION_VARIANTS,
};

impl Section {
    /// The heading's number, without the page's trailing dot: `"3.1.2"`.
    ///
    /// ```
    /// assert_eq!(ovhcloud_raci::Section::AccessManagement.number(), "3.1.2");
    /// ```
    #[inline]
    pub const fn number(self) -> &'static str {
        SECTION_NUMBERS[self as usize]
    }

    /// The heading's id: lowercase kebab-case, stable.
    #[inline]
    pub const fn id(self) -> &'static str {
        SECTION_IDS[self as usize]
    }

    /// The heading's title, verbatim.
    ///
    /// ```
    /// assert_eq!(ovhcloud_raci::Section::AccessManagement.title(), "Access management");
    /// ```
    #[inline]
    pub const fn title(self) -> &'static str {
        SECTION_TITLES[self as usize]
    }

    /// The enclosing heading; `None` at the top level.
    ///
    /// ```
    /// use ovhcloud_raci::Section;
    /// assert_eq!(Section::AccessManagement.parent(), Some(Section::Operations));
    /// assert_eq!(Section::ServiceUsage.parent(), None);
    /// ```
    #[inline]
    pub const fn parent(self) -> Option<Section> {
        SECTION_PARENTS[self as usize]
    }

    /// The headings directly below this one, in document order.
    #[inline]
    pub const fn children(self) -> &'static [Section] {
        SECTION_CHILDREN[self as usize]
    }

    /// The activities directly under this heading, in document order.
    ///
    /// ```
    /// use ovhcloud_raci::{Activity, Section};
    /// assert_eq!(Section::Changes.activities(), &[Activity::DeployPatches, Activity::ScheduleChanges]);
    /// assert!(Section::ServiceUsage.activities().is_empty()); // its rows stand deeper
    /// ```
    #[inline]
    pub const fn activities(self) -> &'static [Activity] {
        SECTION_ACTIVITIES[self as usize]
    }

    /// The notes the page writes under this heading, as written, in page order: those
    /// between the heading and its rows, then those after its rows (most headings have
    /// none). [`LEGEND_NOTES`](crate::LEGEND_NOTES) are those after the legend.
    ///
    /// ```
    /// use ovhcloud_raci::Section;
    ///
    /// assert!(Section::Incidents.notes().is_empty());
    /// ```
    #[inline]
    pub const fn notes(self) -> &'static [&'static str] {
        SECTION_NOTES[self as usize]
    }

    /// How many of [`notes`](Self::notes) stand before the rows. For [`Markdown`](crate::Markdown).
    #[inline]
    pub(crate) const fn notes_before_rows(self) -> usize {
        SECTION_NOTES_BEFORE_ROWS[self as usize]
    }

    /// How the page writes the heading in Markdown: its number of `#`, whether in bold,
    /// whether its number has a trailing dot. For [`Markdown`](crate::Markdown).
    #[inline]
    pub(crate) const fn markup(self) -> (u8, bool, bool) {
        SECTION_MARKUP[self as usize]
    }

    /// 1 for a top-level heading, 2 below it, and so on.
    #[inline]
    pub const fn depth(self) -> usize {
        let mut depth = 1;
        let mut current = self;
        while let Some(parent) = current.parent() {
            depth += 1;
            current = parent;
        }
        depth
    }
}

/// The variant's name, as `#[derive(Debug)]` would write it (read from a table, which
/// compiles in linear time however many headings the matrix has).
impl fmt::Debug for Section {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(SECTION_VARIANTS[*self as usize])
    }
}

/// The heading's title.
impl fmt::Display for Section {
    #[inline]
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.title())
    }
}

/// A heading number (`"3.1.2"`) or id (`"access-management"`), exactly.
impl FromStr for Section {
    type Err = ParseError;

    #[inline]
    fn from_str(s: &str) -> Result<Self, ParseError> {
        Section::ALL
            .into_iter()
            .find(|section| section.number() == s || section.id() == s)
            .ok_or(ParseError::unknown(ParseErrorKind::Section, s))
    }
}
