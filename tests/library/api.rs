//! The value-level API: counts, cells, lookups, parsing, sets and the section tree.

use std::collections::{BTreeSet, HashSet};

use ovhcloud_raci::dedicated_servers::{Activity, ActivitySet, Section};
use ovhcloud_raci::{ParseErrorKind, Party, PartySet, Role, RoleSet};

#[test]
fn counts() {
    assert_eq!(Party::COUNT, 2);
    assert_eq!(Role::COUNT, 4);
    assert_eq!(Section::COUNT, 24);
    assert_eq!(Activity::COUNT, 52);
    assert_eq!(Section::ALL.len(), Section::COUNT);
    assert_eq!(Activity::ALL.len(), Activity::COUNT);
    let sections_with_rows = Section::ALL
        .iter()
        .filter(|s| !s.activities().is_empty())
        .count();
    assert_eq!(sections_with_rows, 17);
    let top_level = Section::ALL.iter().filter(|s| s.parent().is_none()).count();
    assert_eq!(top_level, 5);
}

#[test]
fn all_lists_are_in_declaration_order() {
    for (i, a) in Activity::ALL.iter().enumerate() {
        assert_eq!(*a as usize, i);
    }
    for (i, s) in Section::ALL.iter().enumerate() {
        assert_eq!(*s as usize, i);
    }
    assert_eq!(Party::ALL, [Party::Customer, Party::Ovhcloud]);
    assert_eq!(
        Role::ALL,
        [
            Role::Responsible,
            Role::Accountable,
            Role::Consulted,
            Role::Informed
        ]
    );
}

/// One row for every distinct cell pattern of the page, from the page.
#[test]
fn every_cell_pattern_of_the_page() {
    let expected = [
        ("choose-location", "RA", "I"),
        ("configure-firmware", "", "RA"),
        ("produce-physical-machinery", "CI", "RA"),
        ("deploy-initial-network", "I", "RA"),
        ("buy-os-licences", "RA", ""),
        ("install-os", "RA", "RI"),
        ("monitor-physical-performance", "RA", "R"),
        ("secure-management-infrastructure", "R", "RA"),
        ("handle-hardware-incidents", "AI", "RA"),
        ("schedule-changes", "RA", "RI"),
        ("provide-destruction-certificate", "I", "RA"),
        ("destroy-data", "", "RA"),
    ];
    for (id, customer, ovhcloud) in expected {
        let activity = Activity::from_id(id).unwrap();
        assert_eq!(
            activity.roles(Party::Customer).to_string(),
            customer,
            "{id}"
        );
        assert_eq!(
            activity.roles(Party::Ovhcloud).to_string(),
            ovhcloud,
            "{id}"
        );
    }
    let patterns: BTreeSet<(String, String)> = Activity::ALL
        .iter()
        .map(|a| {
            (
                a.roles(Party::Customer).to_string(),
                a.roles(Party::Ovhcloud).to_string(),
            )
        })
        .collect();
    let covered: BTreeSet<(String, String)> = expected
        .iter()
        .map(|(_, c, o)| ((*c).to_owned(), (*o).to_owned()))
        .collect();
    assert_eq!(
        patterns, covered,
        "the table above must cover every pattern of the page"
    );
}

#[test]
fn the_raci_rules_hold_except_the_documented_waiver() {
    for activity in Activity::ALL {
        let accountable = activity.parties_with(Role::Accountable).len();
        let responsible = activity.parties_with(Role::Responsible).len();
        assert!(responsible >= 1, "{activity:?} has no Responsible party");
        if activity == Activity::HandleHardwareIncidents {
            assert_eq!(
                accountable, 2,
                "the page marks both parties Accountable here"
            );
        } else {
            assert_eq!(accountable, 1, "{activity:?}");
        }
    }
}

#[test]
fn ids_round_trip_and_are_unique() {
    let mut seen = HashSet::new();
    for activity in Activity::ALL {
        assert!(seen.insert(activity.id()));
        assert_eq!(Activity::from_id(activity.id()), Some(activity));
        assert_eq!(activity.id().parse::<Activity>(), Ok(activity));
        assert_eq!(activity.to_string(), activity.text());
    }
    for section in Section::ALL {
        assert_eq!(section.number().parse::<Section>(), Ok(section));
        assert_eq!(section.id().parse::<Section>(), Ok(section));
        assert_eq!(section.to_string(), section.title());
    }
    for party in Party::ALL {
        for spelling in [
            party.id(),
            party.name(),
            &party.name().to_uppercase(),
            &party.id().to_uppercase(),
        ] {
            assert_eq!(spelling.parse::<Party>(), Ok(party), "{spelling}");
        }
        assert_eq!(party.to_string(), party.name());
    }
    for role in Role::ALL {
        let letter = role.letter().to_string();
        for spelling in [
            letter.as_str(),
            &letter.to_lowercase(),
            role.name(),
            &role.name().to_lowercase(),
        ] {
            assert_eq!(spelling.parse::<Role>(), Ok(role), "{spelling}");
        }
        assert_eq!(Role::from_letter(role.letter()), Some(role));
        assert_eq!(role.to_string(), role.name());
    }
}

#[test]
fn two_headings_share_a_title_but_not_an_id() {
    assert_eq!(
        Section::AvailabilityReversibility.title(),
        "Reversibility model"
    );
    assert_eq!(
        Section::RevertingReversibility.title(),
        "Reversibility model"
    );
    assert_eq!("2.2".parse(), Ok(Section::AvailabilityReversibility));
    assert_eq!("4.1".parse(), Ok(Section::RevertingReversibility));
}

#[test]
fn bad_input_is_refused_with_what_is_accepted() {
    let e = "ovh".parse::<Party>().unwrap_err();
    assert_eq!(e.kind(), ParseErrorKind::Party);
    assert_eq!(
        e.to_string(),
        r#"unknown party "ovh": expected a party id or name, ASCII case-insensitive: "customer" ("Customer"), "ovhcloud" ("OVHcloud")"#
    );
    let e = "X".parse::<Role>().unwrap_err();
    assert_eq!(e.kind(), ParseErrorKind::Role);
    assert!(
        e.to_string()
            .starts_with(r#"unknown role "X": expected a role letter or name"#),
        "{e}"
    );
    assert!(e.to_string().contains(r#""R" ("Responsible")"#), "{e}");
    for bad in ["", " R", "Responsibl", "RA"] {
        assert!(bad.parse::<Role>().is_err(), "{bad:?}");
    }
    // Ids are many: the message names the nearest (ASCII case aside), `accepted` all.
    let e = "install-OS".parse::<Activity>().unwrap_err();
    assert_eq!(e.kind(), ParseErrorKind::Activity);
    assert_eq!(
        e.to_string(),
        r#"unknown activity id "install-OS" in dedicated-servers; did you mean "install-os"?"#
    );
    let accepted = e.accepted().to_string();
    assert!(
        accepted.starts_with(r#"expected one of "choose-location", "size-servers""#),
        "{accepted}"
    );
    assert!(accepted.ends_with(r#" or "provide-destruction-certificate""#));
    assert_eq!(
        "restore-backup"
            .parse::<Activity>()
            .unwrap_err()
            .to_string(),
        r#"unknown activity id "restore-backup" in dedicated-servers; did you mean "restore-backups"?"#
    );
    let far = "frobnicate-the-widgets".parse::<Activity>().unwrap_err();
    assert_eq!(
        far.to_string(),
        r#"unknown activity id "frobnicate-the-widgets" in dedicated-servers; not one of the 52 activity ids"#
    );
    let e = "3.1.2.".parse::<Section>().unwrap_err();
    assert_eq!(e.kind(), ParseErrorKind::Section);
    assert_eq!(
        e.to_string(),
        r#"unknown section "3.1.2." in dedicated-servers; did you mean "3.1.2", "3.1.1" or "3.1.3"?"#
    );
    assert!(
        e.accepted()
            .to_string()
            .contains(r#""3.1.2" ("access-management")"#),
        "{}",
        e.accepted()
    );
    assert!(Activity::from_id("").is_none());
    assert!(Activity::from_id("install-os ").is_none());
}

#[test]
fn long_input_is_kept_truncated_on_a_character_boundary() {
    let long = "é".repeat(30); // 60 bytes
    let e = long.parse::<Party>().unwrap_err();
    assert!(e.is_truncated());
    assert_eq!(e.input(), "é".repeat(20));
    assert!(
        e.to_string()
            .starts_with(&format!("unknown party \"{}…\"", "é".repeat(20)))
    );
    let short = "x".parse::<Party>().unwrap_err();
    assert!(!short.is_truncated());
}

#[test]
fn role_sets_parse_and_print_as_cells() {
    for cell in ["", "R", "RA", "CI", "RI", "AI", "I", "RACI"] {
        let set: RoleSet = cell.parse().unwrap();
        assert_eq!(set.to_string(), cell);
        assert_eq!(RoleSet::from_letters(cell), set);
    }
    assert_eq!("AR".parse::<RoleSet>().unwrap().to_string(), "RA");
    let e = "RX".parse::<RoleSet>().unwrap_err();
    assert_eq!(e.kind(), ParseErrorKind::RoleSet);
    assert_eq!(
        e.to_string(),
        r#"invalid role letters "RX": 'X' is not a role letter; expected role letters among "RACI", each at most once ("" is no role)"#
    );
    let e = "RAR".parse::<RoleSet>().unwrap_err();
    assert!(e.to_string().contains("'R' appears more than once"), "{e}");
    for bad in ["ra", "R A", "R,A", "é", "RAé", "RACIR"] {
        assert!(bad.parse::<RoleSet>().is_err(), "{bad:?}");
    }
    assert!(
        RoleSet::try_from_letters("Ré")
            .unwrap_err()
            .to_string()
            .contains("'é' is not a role letter")
    );
}

#[test]
fn set_operations_are_const() {
    const BOTH: RoleSet = RoleSet::from_letters("R").union(RoleSet::single(Role::Accountable));
    const _: () = assert!(BOTH.contains(Role::Accountable) && BOTH.len() == 2);
    const OWNED: ActivitySet = ActivitySet::with_role(Party::Customer, Role::Responsible)
        .intersection(ActivitySet::with_role(Party::Customer, Role::Accountable));
    const _: () = assert!(OWNED.contains(Activity::InstallOs) && !OWNED.is_empty());
    assert_eq!(BOTH, RoleSet::from_letters("RA"));
}

#[test]
fn set_operations() {
    let ra = RoleSet::from_letters("RA");
    let ri = RoleSet::from_letters("RI");
    assert_eq!(ra | ri, RoleSet::from_letters("RAI"));
    assert_eq!(ra & ri, RoleSet::single(Role::Responsible));
    assert_eq!(ra - ri, RoleSet::single(Role::Accountable));
    assert_eq!(ra.union(ri), ra | ri);
    assert_eq!(ra.intersection(ri), ra & ri);
    assert_eq!(!ra, RoleSet::from_letters("CI"));
    assert_eq!(RoleSet::FULL.len(), 4);
    assert!(RoleSet::EMPTY.is_empty());
    assert!(!ra.is_empty());
    assert_eq!(ra.len(), 2);
    assert!(ra.is_subset(RoleSet::FULL));
    assert!(RoleSet::FULL.is_superset(ri));
    assert!(!ra.is_subset(ri));
    assert_eq!(
        ra.iter().collect::<Vec<_>>(),
        [Role::Responsible, Role::Accountable]
    );
    assert_eq!(
        ra.iter().rev().collect::<Vec<_>>(),
        [Role::Accountable, Role::Responsible]
    );
    assert_eq!(ra.iter().len(), 2);
    assert_eq!(ra.first(), Some(Role::Responsible));
    assert_eq!(ra.last(), Some(Role::Accountable));
    assert_eq!(RoleSet::EMPTY.first(), None);
    let mut set = RoleSet::EMPTY;
    assert!(set.insert(Role::Informed));
    assert!(!set.insert(Role::Informed));
    assert!(set.remove(Role::Informed));
    assert!(!set.remove(Role::Informed));
    set |= ra;
    set &= ri;
    assert_eq!(set, RoleSet::single(Role::Responsible));
    set -= ra;
    assert_eq!(set, RoleSet::EMPTY);
    assert_eq!(
        [Role::Informed, Role::Consulted]
            .into_iter()
            .collect::<RoleSet>(),
        RoleSet::from_letters("CI")
    );
    assert_eq!(format!("{ra:?}"), "RoleSet {Responsible, Accountable}");
    assert_eq!(format!("{ra:>4}"), "  RA");

    let parties = PartySet::FULL;
    assert_eq!(parties.iter().collect::<Vec<_>>(), Party::ALL);
    assert_eq!(!parties, PartySet::EMPTY);
}

#[test]
fn activity_sets_span_every_word() {
    let all: ActivitySet = Activity::ALL.into_iter().collect();
    assert_eq!(all, ActivitySet::FULL);
    assert_eq!(all.len(), Activity::COUNT);
    assert_eq!(all.iter().collect::<Vec<_>>(), Activity::ALL);
    assert_eq!(all.iter().rev().count(), Activity::COUNT);
    assert_eq!(all.first(), Some(Activity::ALL[0]));
    assert_eq!(all.last(), Some(Activity::ALL[Activity::COUNT - 1]));
    assert_eq!((!all).len(), 0);
    let last = ActivitySet::single(Activity::ProvideDestructionCertificate);
    assert_eq!(!last, all - last);
    assert_eq!((!last).len(), Activity::COUNT - 1);
}

#[test]
fn party_activities_match_a_brute_force_scan() {
    for party in Party::ALL {
        for role in Role::ALL {
            let scanned: Vec<Activity> = Activity::ALL
                .into_iter()
                .filter(|a| a.roles(party).contains(role))
                .collect();
            assert_eq!(
                ActivitySet::with_role(party, role)
                    .iter()
                    .collect::<Vec<_>>(),
                scanned,
                "{party} {role}"
            );
            for activity in Activity::ALL {
                assert_eq!(
                    activity.parties_with(role).contains(party),
                    scanned.contains(&activity)
                );
            }
        }
    }
    // Spot checks from the page.
    assert_eq!(
        ActivitySet::with_role(Party::Customer, Role::Consulted),
        ActivitySet::single(Activity::ProducePhysicalMachinery)
    );
    assert_eq!(
        ActivitySet::with_role(Party::Ovhcloud, Role::Consulted),
        ActivitySet::EMPTY
    );
}

#[test]
fn the_section_tree_is_consistent() {
    for section in Section::ALL {
        for &child in section.children() {
            assert_eq!(child.parent(), Some(section));
            assert!(child > section, "a child comes after its parent");
            assert_eq!(child.depth(), section.depth() + 1);
        }
        match section.parent() {
            Some(parent) => assert!(parent.children().contains(&section)),
            None => assert_eq!(section.depth(), 1),
        }
        for &activity in section.activities() {
            assert_eq!(activity.section(), section);
        }
    }
    let listed: Vec<Activity> = Section::ALL
        .iter()
        .flat_map(|s| s.activities().iter().copied())
        .collect();
    assert_eq!(
        listed,
        Activity::ALL,
        "every row under exactly one heading, in document order"
    );
    assert_eq!(Section::AccessManagement.depth(), 3);
    assert_eq!(
        Section::ServiceUsage.children(),
        &[Section::Operations, Section::EventManagement]
    );
}

/// The Rust name an id becomes: its kebab-case words, capitalised and joined.
fn camel_case(id: &str) -> String {
    id.split('-')
        .map(|word| {
            let mut chars = word.chars();
            chars
                .next()
                .map(|first| first.to_ascii_uppercase().to_string() + chars.as_str())
                .unwrap_or_default()
        })
        .collect()
}

#[test]
fn debug_prints_the_variant_name() {
    // `Activity` and `Section` write `Debug` from a table rather than derive it.
    for activity in Activity::ALL {
        assert_eq!(format!("{activity:?}"), camel_case(activity.id()));
    }
    for section in Section::ALL {
        assert_eq!(format!("{section:?}"), camel_case(section.id()));
    }
    assert_eq!(format!("{:?}", Activity::InstallOs), "InstallOs");
    assert_eq!(
        format!("{:?}", Some(Section::AccessManagement)),
        "Some(AccessManagement)"
    );
    assert_eq!(format!("{:?}", Party::Ovhcloud), "Ovhcloud");
}
