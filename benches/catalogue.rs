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

    fn typed_from_id(&self) -> usize {
        for id in &self.ds {
            black_box(Activity::from_id(black_box(id)));
        }
        self.ds.len()
    }

    fn find(&self) -> usize {
        for &(product, id) in &self.pairs {
            black_box(AnyActivity::find(black_box(product), black_box(id)));
        }
        self.pairs.len()
    }

    fn map_per_product(&self) -> usize {
        for &(product, id) in &self.pairs {
            black_box(
                self.per_product[&black_box(product)]
                    .get(black_box(id))
                    .copied(),
            );
        }
        self.pairs.len()
    }

    fn by_path(&self) -> usize {
        for path in &self.paths {
            black_box(AnyActivity::from_path(black_box(path)));
        }
        self.paths.len()
    }

    fn map_by_path(&self) -> usize {
        for path in &self.paths {
            black_box(self.by_path.get(black_box(path.as_str())).copied());
        }
        self.paths.len()
    }
}

/// One pass of a lookup over its keys, returning how many it looked up.
type Lookup = fn(&Keys) -> usize;

/// Each lookup, by the name criterion reports and `RACI_COUNT_LOOKUP` takes.
const BENCHED: [(&str, Lookup); 5] = [
    ("dedicated_servers::Activity::from_id", Keys::typed_from_id),
    ("AnyActivity::find(product, id)", Keys::find),
    ("std HashMap per product, by id", Keys::map_per_product),
    ("AnyActivity::from_path(product/id)", Keys::by_path),
    ("std HashMap by product/id", Keys::map_by_path),
];

fn main() {
    if let Ok(name) = std::env::var("RACI_COUNT_LOOKUP") {
        if name == "list" {
            for (name, _) in BENCHED {
                println!("{name}");
            }
            return;
        }
        let keys = Keys::new();
        let lookup = match BENCHED.iter().find(|(n, _)| *n == name) {
            Some(&(_, lookup)) => lookup,
            None if name == "none" => |_: &Keys| 0,
            None => panic!("no lookup {name:?}: `list` lists them"),
        };
        let rounds: usize = std::env::var("RACI_COUNT_ROUNDS").map_or(10, |r| r.parse().unwrap());
        let lookups: usize = (0..rounds).map(|_| lookup(&keys)).sum();
        println!("{lookups} lookups");
        return;
    }
    let keys = Keys::new();
    let mut c = Criterion::default().configure_from_args();
    let mut group = c.benchmark_group("catalogue lookup");
    for (name, lookup) in BENCHED {
        group.throughput(Throughput::Elements(lookup(&keys) as u64));
        group.bench_function(name, |b| b.iter(|| lookup(&keys)));
    }
    group.finish();
    c.final_summary();
}
