//! Nothing in the public API allocates: a counting global allocator watches every public
//! function and trait impl run over every party, role, section, activity and id, and over
//! bad input, and must count zero.

mod common;

use std::alloc::System;
use std::fmt::{self, Write as _};
use std::hint::black_box;
use std::str::FromStr;

use ovhcloud_raci::dedicated_servers::types::activity;
use ovhcloud_raci::dedicated_servers::{
    Activity, ActivitySet, LAST_UPDATED, LAST_UPDATED_AS_WRITTEN, LEGEND_NOTES, MARKDOWN, Offer,
    SOURCE_URL, Section, TITLE,
};
use ovhcloud_raci::types::{ActivityType, CellOf, CellType, PartyType, RoleType, party, role};
use ovhcloud_raci::{
    AnyActivity, ParseError, Party, PartySet, Product, ProductActivity, Role, RoleSet,
};
use stats_alloc::{INSTRUMENTED_SYSTEM, Region, StatsAlloc};

#[global_allocator]
static GLOBAL: &StatsAlloc<System> = &INSTRUMENTED_SYSTEM;

/// How many allocations and reallocations `f` makes. The counters are global, so this file
/// has a single test: nothing else runs while it counts.
fn allocations(f: impl FnOnce()) -> usize {
    let region = Region::new(GLOBAL);
    f();
    let change = region.change();
    change.allocations + change.reallocations
}

/// A `fmt::Write` sink that keeps nothing: formatting into it allocates only if the
/// formatted value does.
struct Sink(usize);

impl fmt::Write for Sink {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        self.0 += s.len();
        Ok(())
    }
}

fn show(sink: &mut Sink, value: &(impl fmt::Display + fmt::Debug)) {
    write!(sink, "{value} {value:?} {value:>12} {value:#?}").unwrap();
}

fn parse_all<T: FromStr<Err = ParseError> + fmt::Debug>(sink: &mut Sink, inputs: &[&str]) {
    for input in inputs {
        match black_box(*input).parse::<T>() {
            Ok(value) => write!(sink, "{value:?}").unwrap(),
            Err(error) => {
                show(sink, &error);
                write!(sink, "{}", error.accepted()).unwrap();
                black_box((error.kind(), error.input(), error.is_truncated()));
                let _ = black_box(std::error::Error::source(&error));
            }
        }
    }
}

const BAD: &[&str] = &[
    "",
    " ",
    "nope",
    "R A",
    "RR",
    "Ré",
    "install-OS",
    "3.1.2.",
    "é",
    "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxé",
];

fn exercise_everything(sink: &mut Sink) {
    black_box((TITLE, SOURCE_URL, LAST_UPDATED));
    write!(sink, "{MARKDOWN}").unwrap();
    for party in Party::ALL {
        show(sink, &party);
        black_box((party.id(), party.name()));
        parse_all::<Party>(sink, &[party.id(), party.name()]);
        for role in Role::ALL {
            let set = ActivitySet::with_role(black_box(party), role);
            write!(sink, "{set:?}").unwrap();
            for a in set {
                black_box(a);
            }
            black_box(set.iter().rev().count());
        }
    }
    parse_all::<Party>(sink, BAD);
    parse_all::<Party>(sink, &["CUSTOMER", "ovhCLOUD"]);
    roles(sink);
    sections(sink);
    activities(sink);
    catalogue(sink);
}

/// The cross-product API, over every product of the build (all of them with `--all-features`).
fn catalogue(sink: &mut Sink) {
    for product in Product::ALL {
        show(sink, &product);
        black_box((
            product.id(),
            product.title(),
            product.source_url(),
            product.row_count(),
        ));
        black_box((product.last_updated(), product.last_updated_as_written()));
        if let Some(kept) = product.provenance() {
            show(sink, &kept);
            black_box((kept.repository(), kept.path(), kept.commit()));
        }
        let legend = product.legend();
        write!(sink, "{legend} {legend:?}").unwrap();
        black_box((
            legend.header(),
            legend.separator(),
            legend.notes(),
            legend.product(),
        ));
        for role in Role::ALL {
            black_box(legend.description(role));
        }
        write!(sink, "{}", product.markdown()).unwrap();
        parse_all::<Product>(sink, &[product.id()]);
        for section in product.sections() {
            show(sink, &section);
            black_box((
                section.number(),
                section.id(),
                section.notes(),
                section.depth(),
            ));
            black_box((
                section.parent(),
                section.product(),
                section.activities().count(),
            ));
        }
        for row in product.activities() {
            show(sink, &row);
            black_box((
                row.id(),
                row.text(),
                row.index(),
                row.waivers(),
                row.section(),
            ));
            for party in Party::ALL {
                black_box((row.roles(party), row.cell_as_written(party)));
            }
            for role in Role::ALL {
                black_box(row.parties_with(role));
            }
            black_box(row.offers().count());
            black_box(AnyActivity::find(product, row.id()));
            black_box(product.activity(row.id()).ok());
            black_box(Activity::try_from(row).ok());
        }
        for bad in BAD {
            match product.activity(black_box(bad)) {
                Ok(row) => show(sink, &row),
                Err(error) => write!(sink, "{error} {}", error.accepted()).unwrap(),
            }
        }
    }
    parse_all::<Product>(sink, BAD);
    parse_all::<AnyActivity>(sink, BAD);
    parse_all::<AnyActivity>(
        sink,
        &[
            "dedicated-servers/install-os",
            "dedicated-servers/instal-os",
            "kms/x",
            "no/such",
        ],
    );
    black_box(AnyActivity::from_path(black_box(
        "dedicated-servers/install-os",
    )));
    black_box(AnyActivity::all().rev().count());
    black_box(generic::<Activity>());
}

/// The trait, through a type parameter.
fn generic<A: ProductActivity>() -> usize {
    let mut n = 0;
    for &a in A::ALL {
        n += a.id().len() + a.text().len() + a.waivers().len();
        black_box((a.section(), a.erase(), A::from_id(a.id())));
        for party in Party::ALL {
            black_box((a.roles(party), a.cell_as_written(party)));
            for role in Role::ALL {
                black_box(A::with_role(party, role));
            }
        }
    }
    n + usize::from(A::PRODUCT.row_count() == A::ALL.len())
}

fn roles(sink: &mut Sink) {
    for role in Role::ALL {
        show(sink, &role);
        black_box((
            role.letter(),
            role.name(),
            ovhcloud_raci::dedicated_servers::LEGEND.description(role),
            Role::from_letter(role.letter()),
        ));
        let mut letter = [0; 4];
        parse_all::<Role>(sink, &[role.letter().encode_utf8(&mut letter), role.name()]);
    }
    parse_all::<Role>(sink, BAD);
    for set in common::every_role_set() {
        write!(sink, "{set} {set:?}").unwrap();
        let mut text = [0u8; 16];
        let mut len = 0;
        for role in set.iter().rev() {
            len += role.letter().encode_utf8(&mut text[len..]).len();
        }
        let letters = std::str::from_utf8(&text[..len]).unwrap();
        let _ = black_box((
            RoleSet::from_letters(letters),
            RoleSet::try_from_letters(letters),
        ));
        parse_all::<RoleSet>(sink, &[letters]);
        let other = RoleSet::from_letters("RI");
        black_box((
            set | other,
            set & other,
            set - other,
            !set,
            set | Role::Informed,
        ));
        black_box((
            set.union(other),
            set.intersection(other),
            set.difference(other),
            set.complement(),
        ));
        black_box((
            set.is_subset(other),
            set.is_superset(other),
            set.is_empty(),
            set.len(),
        ));
        black_box((
            set.first(),
            set.last(),
            set.with(Role::Consulted),
            set.without(Role::Responsible),
        ));
        let mut copy = set;
        copy |= other;
        copy &= other;
        copy -= other;
        black_box((
            copy.insert(Role::Accountable),
            copy.remove(Role::Accountable),
            copy.contains(Role::Informed),
        ));
        copy.extend(set);
        black_box((
            RoleSet::single(Role::Informed),
            RoleSet::from(Role::Informed),
            RoleSet::default(),
        ));
    }
    parse_all::<RoleSet>(sink, BAD);
}

fn sections(sink: &mut Sink) {
    for section in Section::ALL {
        show(sink, &section);
        black_box((
            section.number(),
            section.id(),
            section.title(),
            section.parent(),
            section.depth(),
        ));
        black_box((section.children(), section.activities()));
        parse_all::<Section>(sink, &[section.number(), section.id()]);
    }
    parse_all::<Section>(sink, BAD);
}

fn activities(sink: &mut Sink) {
    for activity in Activity::ALL {
        show(sink, &activity);
        black_box((
            activity.id(),
            activity.text(),
            activity.section(),
            Activity::from_id(activity.id()),
        ));
        for party in Party::ALL {
            write!(sink, "{}", activity.roles(party)).unwrap();
            black_box(activity.cell_as_written(party));
        }
        for offer in Offer::ALL {
            black_box(activity.applies_to(offer));
        }
        for section in Section::ALL {
            black_box(section.notes());
        }
        black_box((
            LEGEND_NOTES,
            LAST_UPDATED_AS_WRITTEN,
            LAST_UPDATED.map(ovhcloud_raci::Date::year),
        ));
        for role in Role::ALL {
            let parties = activity.parties_with(role);
            write!(sink, "{parties:?}").unwrap();
            black_box(parties.iter().collect::<PartySet>());
        }
        parse_all::<Activity>(sink, &[activity.id()]);
        let set = ActivitySet::single(activity) | ActivitySet::FULL.without(activity);
        black_box((set.len(), set.first(), set.last(), !set, set.iter().len()));
    }
    parse_all::<Activity>(sink, BAD);
    for id in BAD {
        black_box(Activity::from_id(id));
    }
    black_box((
        party::Ovhcloud::PARTY,
        role::Informed::ROLE,
        activity::InstallOs::ACTIVITY,
    ));
    black_box(<activity::InstallOs as CellOf<party::Customer>>::Cell::ROLES);
    black_box(ActivitySet::FULL.iter().collect::<ActivitySet>());
}

#[test]
fn the_public_api_never_allocates() {
    // The counter does see an allocation, so a zero below means something.
    let control = allocations(|| {
        black_box(format!("{}", Activity::InstallOs));
    });
    assert!(control >= 1);

    // The counters are process-wide, and the test harness's own thread may allocate while
    // this one counts (seen once in CI: 4). An allocation in the API happens on every run;
    // the harness's do not: the fewest over a few runs is the API's.
    let mut sink = Sink(0);
    let count = (0..5)
        .map(|_| allocations(|| exercise_everything(&mut sink)))
        .min()
        .unwrap_or(usize::MAX);
    assert!(
        sink.0 > 50_000,
        "the calls really ran and wrote ({} bytes)",
        sink.0
    );
    assert_eq!(count, 0, "allocations in the public API");
}
