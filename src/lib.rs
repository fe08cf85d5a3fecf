#![doc = include_str!("../README.md")]
#![doc = include_str!(concat!(env!("OUT_DIR"), "/matrix.md"))]
#![no_std]
#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod activity;
mod error;
mod markdown;
mod matrix;
mod party;
mod role;
mod section;
mod set;

pub use activity::{Activity, ActivitySet, ActivitySetIter};
pub use error::{ParseError, ParseErrorKind};
pub use markdown::Markdown;
pub use matrix::{LAST_UPDATED, SOURCE_URL, TITLE};
pub use party::{Party, PartySet, PartySetIter};
pub use role::{Role, RoleSet, RoleSetIter};
pub use section::Section;
