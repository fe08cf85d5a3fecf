//! Serializable views of one row and of a whole matrix, for JSON and other formats.

use serde::ser::{Serialize, SerializeMap, SerializeSeq, SerializeStruct, Serializer};

use crate::{AnyActivity, PageVersion, Party, Product, Role, Waiver};

/// One row of a matrix: its product's id, its id, heading number, text, every party's cell as the page
/// writes it (`null` where the row stops before the party's column), its waivers (the
/// RACI rules it breaks because the page does, each with why), and the ids of the offers
/// it applies to (only SAP's page has such columns; empty elsewhere).
///
/// ```
/// use ovhcloud_raci::{dedicated_servers::Activity, view::Row};
///
/// let json = serde_json::to_string(&Row(Activity::InstallOs.erase())).unwrap();
/// assert_eq!(
///     json,
///     r#"{"product":"dedicated-servers","id":"install-os","section":"2.3","text":"Install the OS","cells":{"customer":"RA","ovhcloud":"RI"},"waivers":[],"offers":[]}"#
/// );
/// let waived = Activity::ALL.iter().find(|a| !a.waivers().is_empty()).unwrap();
/// let json: serde_json::Value = serde_json::to_value(Row(waived.erase())).unwrap();
/// assert_eq!(json["waivers"][0]["rule"], "exactly-one-accountable");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Row(pub AnyActivity);

/// Every party's cell of a row, keyed by party id.
struct Cells(AnyActivity);

impl Serialize for Cells {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(Party::COUNT))?;
        for party in Party::ALL {
            // As the page writes it; `null` where the row stops before the party's column.
            map.serialize_entry(&party, &self.0.cell_as_written(party))?;
        }
        map.end()
    }
}

/// The ids of the offers a row applies to.
struct Offers(AnyActivity);

impl Serialize for Offers {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.0.offers())
    }
}

impl Serialize for Row {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut row = serializer.serialize_struct("Row", 7)?;
        row.serialize_field("product", &self.0.product())?;
        row.serialize_field("id", self.0.id())?;
        row.serialize_field("section", self.0.section().number())?;
        row.serialize_field("text", self.0.text())?;
        row.serialize_field("cells", &Cells(self.0))?;
        row.serialize_field("waivers", &Seq(self.0.waivers(), WaiverFields))?;
        row.serialize_field("offers", &Offers(self.0))?;
        row.end()
    }
}

/// A waiver as `{"rule": "exactly-one-accountable", "reason": "…"}`.
struct WaiverFields(Waiver);

impl Serialize for WaiverFields {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_struct("Waiver", 2)?;
        map.serialize_field("rule", self.0.rule().name())?;
        map.serialize_field("reason", self.0.reason())?;
        map.end()
    }
}

/// A whole matrix: its product's id, title, source, date, parties, legend, headings and
/// rows, in order.
///
/// ```
/// use ovhcloud_raci::{Product, view::Matrix};
///
/// let json: serde_json::Value = serde_json::to_value(Matrix(Product::DedicatedServers)).unwrap();
/// assert_eq!(json["product"], "dedicated-servers");
/// assert_eq!(json["activities"].as_array().unwrap().len(), 52);
/// assert_eq!(json["roles"][0]["letter"], "R");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Matrix(pub Product);

/// A whole matrix as one version of its page had it: the fields of [`Matrix`], with the
/// page's provenance and whether it is the current version.
///
/// ```
/// # #[cfg(feature = "history")] {
/// use ovhcloud_raci::{Product, view::PageMatrix};
///
/// let first = Product::DedicatedServers.versions().next().unwrap();
/// let json: serde_json::Value = serde_json::to_value(PageMatrix(first)).unwrap();
/// assert_eq!(json["last_updated"], "2021-12-01");
/// assert_eq!(json["current"], false);
/// assert_eq!(json["activities"].as_array().unwrap().len(), 50);
/// # }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct PageMatrix(pub PageVersion);

/// A sequence of `T`s serialized through `f`.
struct Seq<T: 'static, F>(&'static [T], F);

impl<T, F, V> Serialize for Seq<T, F>
where
    T: Copy,
    F: Fn(T) -> V,
    V: Serialize,
{
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut seq = serializer.serialize_seq(Some(self.0.len()))?;
        for &item in self.0 {
            seq.serialize_element(&(self.1)(item))?;
        }
        seq.end()
    }
}

/// A party as `{"id": …, "name": …}`.
struct PartyEntry(Party);

impl Serialize for PartyEntry {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut entry = serializer.serialize_struct("Party", 2)?;
        entry.serialize_field("id", self.0.id())?;
        entry.serialize_field("name", self.0.name())?;
        entry.end()
    }
}

/// A role as `{"letter": …, "name": …, "description": …}`, in its page's words.
struct RoleEntry(PageVersion, Role);

impl Serialize for RoleEntry {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut entry = serializer.serialize_struct("Role", 3)?;
        entry.serialize_field("letter", &self.1)?;
        entry.serialize_field("name", self.1.name())?;
        entry.serialize_field("description", self.0.legend().description(self.1))?;
        entry.end()
    }
}

/// The roles, in legend order.
struct Roles(PageVersion);

impl Serialize for Roles {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(Role::ALL.map(|role| RoleEntry(self.0, role)))
    }
}

/// A heading as `{"number": …, "id": …, "title": …, "parent": number or null}`.
struct SectionEntry(PageVersion, usize);

impl Serialize for SectionEntry {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let t = self.0.tables();
        let mut entry = serializer.serialize_struct("Section", 4)?;
        entry.serialize_field("number", t.section_numbers[self.1])?;
        entry.serialize_field("id", t.section_ids[self.1])?;
        entry.serialize_field("title", t.section_titles[self.1])?;
        entry.serialize_field(
            "parent",
            &t.section_parents[self.1].map(|p| t.section_numbers[p]),
        )?;
        entry.end()
    }
}

/// The headings, in document order.
struct Sections(PageVersion);

impl Serialize for Sections {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let count = self.0.tables().section_ids.len();
        serializer.collect_seq((0..count).map(|s| SectionEntry(self.0, s)))
    }
}

/// The rows, in document order.
struct Rows(PageVersion);

impl Serialize for Rows {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.0.activities().map(Row))
    }
}

impl Serialize for Matrix {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        fields(self.0.current_version(), false, serializer)
    }
}

impl Serialize for PageMatrix {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        fields(self.0, true, serializer)
    }
}

/// Where a page is kept, as `{"repository": …, "path": …, "commit": …}`.
struct Kept(crate::Provenance);

impl Serialize for Kept {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut entry = serializer.serialize_struct("Provenance", 3)?;
        entry.serialize_field("repository", self.0.repository())?;
        entry.serialize_field("path", self.0.path())?;
        entry.serialize_field("commit", self.0.commit())?;
        entry.end()
    }
}

/// A matrix's fields, with the version's provenance and currency if `versioned`.
fn fields<S: Serializer>(
    version: PageVersion,
    versioned: bool,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    let mut matrix = serializer.serialize_struct("Matrix", if versioned { 10 } else { 8 })?;
    matrix.serialize_field("product", &version.product())?;
    matrix.serialize_field("title", version.title())?;
    matrix.serialize_field("source", version.source_url())?;
    matrix.serialize_field("last_updated", &version.last_updated())?;
    if versioned {
        matrix.serialize_field("provenance", &version.provenance().map(Kept))?;
        matrix.serialize_field("current", &version.is_current())?;
    }
    matrix.serialize_field("parties", &Seq(&Party::ALL, PartyEntry))?;
    matrix.serialize_field("roles", &Roles(version))?;
    matrix.serialize_field("sections", &Sections(version))?;
    matrix.serialize_field("activities", &Rows(version))?;
    matrix.end()
}
