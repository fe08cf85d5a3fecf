//! Lookups across the catalogue, in one run so the ratios hold: a product's typed
//! `Activity::from_id` (Dedicated Servers, as today), `AnyActivity::find(product, id)` for
//! every product, `AnyActivity::from_path("product/id")`, and std `HashMap`s doing the same
//! (one map per product keyed by id; one map keyed by `product/id`).
//!
//! Each iteration looks up every row of the catalogue (every product of `raci.toml`) the
//! same number of times, shuffled, about 4,096 lookups; criterion reports the time per
//! element.
//!
//! With `RACI_COUNT_LOOKUP` set to one of the names below (or `none`), the binary instead
//! runs that lookup over the same keys `RACI_COUNT_ROUNDS` times (default 10) and nothing
//! else, for `benches/count-lookups.sh` to count its instructions under callgrind: a
//! figure the machine's noise does not move.

use std::collections::HashMap;
use std::hint::black_box;

use criterion::{Criterion, Throughput};
use ovhcloud_raci::dedicated_servers::Activity;
use ovhcloud_raci::{AnyActivity, Product};

const LOOKUPS: usize = 4096;

/// `keys` repeated to about [`LOOKUPS`], in a fixed pseudo-random order.
fn shuffled<T: Clone>(keys: &[T]) -> Vec<T> {
    let mut all: Vec<T> = keys
        .iter()
        .cycle()
        .take(LOOKUPS.div_ceil(keys.len()) * keys.len())
        .cloned()
        .collect();
    let mut state = 0x2545_F491_4F6C_DD1D_u64;
    for i in (1..all.len()).rev() {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        let j = usize::try_from(state % (i as u64 + 1)).unwrap();
        all.swap(i, j);
    }
    all
}

/// The keys every lookup runs over, and the std maps it is compared with.
struct Keys {
    /// Dedicated Servers' ids, for its typed `from_id`.
    ds: Vec<&'static str>,
    /// Every row's product and id.
    pairs: Vec<(Product, &'static str)>,
    /// Every row's `product/id`.
    paths: Vec<String>,
    per_product: HashMap<Product, HashMap<&'static str, AnyActivity>>,
    by_path: HashMap<String, AnyActivity>,
}

impl Keys {
    fn new() -> Keys {
        let in_index = include_str!("../raci.toml")
            .lines()
            .filter(|line| line.trim() == "[[products]]")
            .count();
        assert_eq!(Product::ALL.len(), in_index, "build with --features full");
        let rows: Vec<AnyActivity> = AnyActivity::all().collect();
        let keys = Keys {
            ds: shuffled(&Activity::ALL.map(Activity::id)),
            pairs: shuffled(
                &rows
                    .iter()
                    .map(|a| (a.product(), a.id()))
                    .collect::<Vec<_>>(),
            ),
            paths: shuffled(&rows.iter().map(ToString::to_string).collect::<Vec<_>>()),
            per_product: Product::ALL
                .iter()
                .map(|&p| (p, p.activities().map(|a| (a.id(), a)).collect()))
                .collect(),
            by_path: rows.iter().map(|a| (a.to_string(), *a)).collect(),
        };
        // Sanity: the methods agree on every key.
        for &(product, id) in &keys.pairs {
            assert_eq!(
                AnyActivity::find(product, id),
                keys.per_product[&product].get(id).copied()
            );
        }
        for path in &keys.paths {
            assert_eq!(
                AnyActivity::from_path(path),
                keys.by_path.get(path).copied()
            );
        }
        keys
    }

    /// Runs the lookup `name` once over its keys; `None` for an unknown name.
    fn run(&self, name: &str) -> Option<usize> {
        match name {
            "dedicated_servers::Activity::from_id" => {
                for id in &self.ds {
                    black_box(Activity::from_id(black_box(id)));
                }
                Some(self.ds.len())
            }
            "AnyActivity::find(product, id)" => {
                for &(product, id) in &self.pairs {
                    black_box(AnyActivity::find(black_box(product), black_box(id)));
                }
                Some(self.pairs.len())
            }
            "std HashMap per product, by id" => {
                for &(product, id) in &self.pairs {
                    black_box(
                        self.per_product[&black_box(product)]
                            .get(black_box(id))
                            .copied(),
                    );
                }
                Some(self.pairs.len())
            }
            "AnyActivity::from_path(product/id)" => {
                for path in &self.paths {
                    black_box(AnyActivity::from_path(black_box(path)));
                }
                Some(self.paths.len())
            }
            "std HashMap by product/id" => {
                for path in &self.paths {
                    black_box(self.by_path.get(black_box(path.as_str())).copied());
                }
                Some(self.paths.len())
            }
            "none" => Some(0),
            _ => None,
        }
    }
}

/// Each lookup's name, as criterion reports it and `RACI_COUNT_LOOKUP` takes it.
const NAMES: [&str; 5] = [
    "dedicated_servers::Activity::from_id",
    "AnyActivity::find(product, id)",
    "std HashMap per product, by id",
    "AnyActivity::from_path(product/id)",
    "std HashMap by product/id",
];

fn main() {
    let keys = Keys::new();
    if let Ok(name) = std::env::var("RACI_COUNT_LOOKUP") {
        let rounds: usize = std::env::var("RACI_COUNT_ROUNDS").map_or(10, |r| r.parse().unwrap());
        let mut lookups = 0;
        for _ in 0..rounds {
            lookups += keys
                .run(&name)
                .unwrap_or_else(|| panic!("no lookup {name:?}: {NAMES:?}"));
        }
        println!("{lookups} lookups");
        return;
    }
    let mut c = Criterion::default().configure_from_args();
    let mut group = c.benchmark_group("catalogue lookup");
    for name in NAMES {
        let per_iteration = keys.run(name).unwrap();
        group.throughput(Throughput::Elements(per_iteration as u64));
        group.bench_function(name, |b| b.iter(|| keys.run(name)));
    }
    group.finish();
    c.final_summary();
}
