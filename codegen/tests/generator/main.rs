//! The generator's tests, one binary (one link, one run): each module a concern, named as
//! the file it is in. `common` and `oracle` are what several share.

mod common;
mod oracle;

mod architecture;
mod build_script;
mod carried;
mod catalogue;
mod corpus;
mod diagnostics;
#[cfg(feature = "import")]
mod diff;
mod fuzz_inputs;
mod hostile_docs;
#[cfg(feature = "import")]
mod import_pages;
mod input_files;
mod layout;
mod limits;
mod properties;
mod second_matrix;
