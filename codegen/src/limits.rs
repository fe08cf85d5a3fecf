//! The largest matrix the generator accepts, and why; each limit is checked with a
//! positioned error ([`DiagnosticKind::LimitExceeded`](crate::DiagnosticKind::LimitExceeded)).

/// The largest `raci.toml`, in bytes: the largest real page is a few tens of KiB, and
/// every input below this gets its answer in seconds.
pub const MAX_INPUT_BYTES: usize = 8 << 20;

/// Parties: `PartySet` is stored in a `u64`.
pub const MAX_PARTIES: usize = 64;

/// Roles of the legend: `RoleSet` is stored in a `u16`.
pub const MAX_ROLES: usize = 16;

/// Headings. The enums and tables could hold 65,535; the build of the library grows with
/// the matrix (about a minute at 10,000 rows on two cores), so this is where it stops.
pub const MAX_HEADINGS: usize = 10_000;

/// Activities (rows), for the same reason as [`MAX_HEADINGS`].
pub const MAX_ACTIVITIES: usize = 10_000;

/// Activities of all the products a build generates together: `AnyActivity::from_path`
/// looks every path up in one perfect hash, whose slots are `u16`.
pub const MAX_CATALOGUE_ACTIVITIES: usize = 60_000;

/// Characters of an id (party, heading, activity), and of a role name. Each becomes the
/// name of a type in the docs, and so of a file: rustdoc fails on file names of 255 bytes.
pub const MAX_ID_LEN: usize = 64;

/// Characters of a heading number (`3.1.2`); so headings nest at most 32 deep.
pub const MAX_NUMBER_LEN: usize = 64;

/// Characters of any text: title, intro, headers, party names, descriptions, heading
/// titles, activity texts and waiver reasons.
pub const MAX_TEXT_LEN: usize = 16_384;

/// Bytes of generated code and docs, estimated before anything is generated: texts are
/// repeated in several places, so the input's size alone does not bound the output's.
pub const MAX_GENERATED_BYTES: usize = 64 << 20;

/// How many diagnostics one input keeps: a few screens of errors say what is wrong; a
/// hostile file of millions would only cost memory and drown the first.
pub const MAX_REPORTED: usize = 1000;
