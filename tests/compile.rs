//! Compile-pass and compile-fail checks of the type-level matrix and `assert_raci!`, with
//! the exact compiler output kept in `tests/compile/fail/*.stderr`.

#[test]
fn compile_time_checks() {
    let cases = trybuild::TestCases::new();
    cases.pass("tests/compile/pass/*.rs");
    cases.compile_fail("tests/compile/fail/*.rs");
}
