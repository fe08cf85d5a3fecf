//! The compile-time tools cost nothing at run time: the markers are zero-sized, and a crate
//! made only of `assert_raci!` lines compiles to no code and no data at all.

use std::fmt::Write as _;
use std::mem::size_of;
use std::path::Path;
use std::process::Command;

use ovhcloud_raci::dedicated_servers::Activity;
use ovhcloud_raci::dedicated_servers::types::{activity, cell};
use ovhcloud_raci::types::{ActivityType, CellOf, CellType, PartyType, RoleType, party, role};
use ovhcloud_raci::{Party, Role};

#[test]
fn markers_are_zero_sized_and_name_their_values() {
    assert_eq!(size_of::<party::Customer>(), 0);
    assert_eq!(size_of::<role::Accountable>(), 0);
    assert_eq!(size_of::<activity::InstallOs>(), 0);
    assert_eq!(size_of::<cell::Empty>(), 0);
    assert_eq!(party::Ovhcloud::PARTY, Party::Ovhcloud);
    assert_eq!(role::Consulted::ROLE, Role::Consulted);
    assert_eq!(activity::InstallOs::ACTIVITY, Activity::InstallOs);
    assert_eq!(
        <activity::InstallOs as CellOf<party::Ovhcloud>>::Cell::ROLES,
        Activity::InstallOs.roles(Party::Ovhcloud)
    );
    assert_eq!(
        <activity::DestroyData as CellOf<party::Customer>>::Cell::ROLES,
        Activity::DestroyData.roles(Party::Customer)
    );
}

/// Every row and every single fact of the matrix, as `assert_raci!` lines.
fn every_assertion() -> String {
    let mut source = String::from("#![no_std]\nuse ovhcloud_raci::assert_raci;\n");
    for activity in Activity::ALL {
        let cells: Vec<String> = Party::ALL
            .iter()
            .map(|&p| format!("{p:?} = \"{}\"", activity.roles(p)))
            .collect();
        writeln!(
            source,
            "assert_raci!(dedicated_servers::{activity:?}: {});",
            cells.join(", ")
        )
        .unwrap();
        for party in Party::ALL {
            for role in Role::ALL {
                let not = if activity.roles(party).contains(role) {
                    ""
                } else {
                    "not "
                };
                writeln!(
                    source,
                    "assert_raci!({party:?} is {not}{role:?} for dedicated_servers::{activity:?});"
                )
                .unwrap();
            }
        }
    }
    source
}

/// The functions and globals in the optimised LLVM IR of a crate whose `lib.rs` is `source`.
fn code_and_data(source: &str) -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = root.join("target").join("e2e").join("assertions-only");
    std::fs::create_dir_all(dir.join("src")).unwrap();
    std::fs::write(
        dir.join("Cargo.toml"),
        format!(
            "[package]\nname = \"assertions-only\"\nversion = \"0.0.0\"\nedition = \"2024\"\n\n\
             [dependencies]\novhcloud-raci = {{ path = {:?} }}\n\n[workspace]\n",
            root.display().to_string()
        ),
    )
    .unwrap();
    std::fs::copy(root.join("Cargo.lock"), dir.join("Cargo.lock")).unwrap();
    std::fs::write(dir.join("src").join("lib.rs"), source).unwrap();
    let deps = dir.join("target").join("release").join("deps");
    let _ = std::fs::remove_dir_all(&deps);
    let out = Command::new(env!("CARGO"))
        .args([
            "rustc",
            "--release",
            "--lib",
            "--offline",
            "--",
            "--emit=llvm-ir",
        ])
        .current_dir(&dir)
        .env("CARGO_TARGET_DIR", dir.join("target"))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let ir_file = std::fs::read_dir(&deps)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| {
            p.extension().is_some_and(|e| e == "ll")
                && p.to_string_lossy().contains("assertions_only")
        })
        .expect("the LLVM IR of the crate");
    std::fs::read_to_string(ir_file)
        .unwrap()
        .lines()
        .filter(|l| l.starts_with("define ") || l.starts_with('@'))
        .map(str::to_owned)
        .collect()
}

#[test]
fn assertions_leave_no_code_behind() {
    let source = every_assertion();
    assert_eq!(source.matches("assert_raci!(").count(), 52 + 52 * 8);
    let left = code_and_data(&source);
    assert!(
        left.is_empty(),
        "the assertions left code or data behind: {left:#?}"
    );
    // The same check sees a function when there is one, so the emptiness above means something.
    let control =
        source + "#[inline(never)]\npub fn control(x: u32) -> u32 {\n    x.rotate_left(3)\n}\n";
    let left = code_and_data(&control);
    assert_eq!(left.len(), 1, "{left:#?}");
    assert!(left[0].contains("control"), "{left:#?}");
}
