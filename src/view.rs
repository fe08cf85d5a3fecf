//! Serializable views of one row and of the whole matrix, for JSON and other formats.

use serde::ser::{Serialize, SerializeMap, SerializeSeq, SerializeStruct, Serializer};

use crate::{Activity, LAST_UPDATED, Party, Role, SOURCE_URL, Section, TITLE, Waiver};

/// One row of the matrix: its id, heading number, text, every party's cell as the page
/// writes it (`null` where the row stops before the party's column), and its waivers (the
/// RACI rules it breaks because the page does, each with why).
///
/// ```
/// # #[cfg(feature = "serde")] {
/// use ovhcloud_raci::{Activity, view::Row};
///
/// let json = serde_json::to_string(&Row(Activity::InstallOs)).unwrap();
/// assert_eq!(
///     json,
///     r#"{"id":"install-os","section":"2.3","text":"Install the OS","cells":{"customer":"RA","ovhcloud":"RI"},"waivers":[]}"#
/// );
/// let waived = Activity::ALL.iter().find(|a| !a.waivers().is_empty()).unwrap();
/// let json: serde_json::Value = serde_json::to_value(Row(*waived)).unwrap();
/// assert_eq!(json["waivers"][0]["rule"], "exactly-one-accountable");
/// # }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Row(pub Activity);

/// Every party's cell of a row, keyed by party id.
struct Cells(Activity);

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

impl Serialize for Row {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut row = serializer.serialize_struct("Row", 5)?;
        row.serialize_field("id", &self.0)?;
        row.serialize_field("section", &self.0.section())?;
        row.serialize_field("text", self.0.text())?;
        row.serialize_field("cells", &Cells(self.0))?;
        row.serialize_field("waivers", &Seq(self.0.waivers(), WaiverFields))?;
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

/// The whole matrix: title, source, date, parties, legend, headings and rows, in order.
///
/// ```
/// # #[cfg(feature = "serde")] {
/// let json: serde_json::Value = serde_json::to_value(ovhcloud_raci::view::Matrix).unwrap();
/// assert_eq!(json["activities"].as_array().unwrap().len(), 52);
/// assert_eq!(json["roles"][0]["letter"], "R");
/// # }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Matrix;

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

struct PartyEntry(Party);

impl Serialize for PartyEntry {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut entry = serializer.serialize_struct("Party", 2)?;
        entry.serialize_field("id", self.0.id())?;
        entry.serialize_field("name", self.0.name())?;
        entry.end()
    }
}

struct RoleEntry(Role);

impl Serialize for RoleEntry {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut entry = serializer.serialize_struct("Role", 3)?;
        entry.serialize_field("letter", &self.0)?;
        entry.serialize_field("name", self.0.name())?;
        entry.serialize_field("description", self.0.description())?;
        entry.end()
    }
}

struct SectionEntry(Section);

impl Serialize for SectionEntry {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut entry = serializer.serialize_struct("Section", 4)?;
        entry.serialize_field("number", &self.0)?;
        entry.serialize_field("id", self.0.id())?;
        entry.serialize_field("title", self.0.title())?;
        entry.serialize_field("parent", &self.0.parent())?;
        entry.end()
    }
}

impl Serialize for Matrix {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut matrix = serializer.serialize_struct("Matrix", 7)?;
        matrix.serialize_field("title", TITLE)?;
        matrix.serialize_field("source", SOURCE_URL)?;
        matrix.serialize_field("last_updated", &LAST_UPDATED)?;
        matrix.serialize_field("parties", &Seq(&Party::ALL, PartyEntry))?;
        matrix.serialize_field("roles", &Seq(&Role::ALL, RoleEntry))?;
        matrix.serialize_field("sections", &Seq(&Section::ALL, SectionEntry))?;
        matrix.serialize_field("activities", &Seq(&Activity::ALL, Row))?;
        matrix.end()
    }
}
