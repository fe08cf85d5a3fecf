//! The const lookups, the set operations and the Markdown rendering, at run time.
//!
//! Each iteration covers every input once (every activity, or every party and role); divide
//! the time by the element count for one call.

use std::fmt;
use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use ovhcloud_raci::dedicated_servers::{Activity, ActivitySet, MARKDOWN};
use ovhcloud_raci::{Party, Role, RoleSet};

/// A `fmt::Write` that only counts, so rendering is measured without a `String`'s growth.
struct Sink(usize);

impl fmt::Write for Sink {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        self.0 += s.len();
        Ok(())
    }
}

fn api(c: &mut Criterion) {
    let mut group = c.benchmark_group("lookups");
    let cells = (Activity::COUNT * Party::COUNT) as u64;
    group.throughput(Throughput::Elements(cells));
    group.bench_function("Activity::roles, every cell", |b| {
        b.iter(|| {
            for a in Activity::ALL {
                for p in Party::ALL {
                    black_box(black_box(a).roles(black_box(p)));
                }
            }
        });
    });
    group.throughput(Throughput::Elements(Activity::COUNT as u64));
    group.bench_function("Activity::section, every activity", |b| {
        b.iter(|| {
            for a in Activity::ALL {
                black_box(black_box(a).section());
            }
        });
    });
    group.throughput(Throughput::Elements((Party::COUNT * Role::COUNT) as u64));
    group.bench_function("Party::activities, every party and role", |b| {
        b.iter(|| {
            for p in Party::ALL {
                for r in Role::ALL {
                    black_box(ActivitySet::with_role(black_box(p), black_box(r)));
                }
            }
        });
    });
    group.throughput(Throughput::Elements(Activity::COUNT as u64));
    group.bench_function("Activity::parties_with(Accountable), every activity", |b| {
        b.iter(|| {
            for a in Activity::ALL {
                black_box(black_box(a).parties_with(Role::Accountable));
            }
        });
    });
    group.finish();

    let mut group = c.benchmark_group("sets");
    group.throughput(Throughput::Elements(1));
    let customer_r = ActivitySet::with_role(Party::Customer, Role::Responsible);
    let customer_a = ActivitySet::with_role(Party::Customer, Role::Accountable);
    group.bench_function("ActivitySet intersection + len", |b| {
        b.iter(|| black_box(black_box(customer_r) & black_box(customer_a)).len());
    });
    group.bench_function("ActivitySet contains", |b| {
        b.iter(|| black_box(customer_r).contains(black_box(Activity::InstallOs)));
    });
    group.bench_function("RoleSet union + contains", |b| {
        let (x, y) = (RoleSet::from_letters("RA"), RoleSet::from_letters("CI"));
        b.iter(|| (black_box(x) | black_box(y)).contains(black_box(Role::Informed)));
    });
    group.throughput(Throughput::Elements(Activity::COUNT as u64));
    group.bench_function("ActivitySet iterate FULL", |b| {
        b.iter(|| {
            for a in black_box(ActivitySet::FULL) {
                black_box(a);
            }
        });
    });
    group.finish();

    let mut group = c.benchmark_group("render");
    group.bench_function("Markdown, whole matrix into a sink", |b| {
        b.iter(|| {
            let mut sink = Sink(0);
            fmt::write(&mut sink, format_args!("{MARKDOWN}")).unwrap();
            black_box(sink.0)
        });
    });
    group.finish();
}

criterion_group!(benches, api);
criterion_main!(benches);
