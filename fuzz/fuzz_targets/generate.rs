//! Any input is either rejected with positioned diagnostics, or generates Rust that parses
//! and whose tables say exactly what the input said (see `codegen/tests/generator/oracle`).

#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../../codegen/tests/generator/oracle/mod.rs"]
mod oracle;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        oracle::check(text);
    }
});
