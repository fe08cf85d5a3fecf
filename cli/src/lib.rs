//! The exports of `raci`, the tool of `ovhcloud-raci`, as functions: OSCAL documents, a
//! workbook and a page, made from the library's matrices. They live here, not in the
//! library, because they need `std`, an allocator and crates (`serde_json`, `uuid`,
//! `rust_xlsxwriter`) that the library's `no_std`, dependency-free users should not pay
//! for. The ownership sheet needs none of that: it is the library's
//! [`Ownership`](ovhcloud_raci::Ownership), printed by the tool.

pub mod export;
