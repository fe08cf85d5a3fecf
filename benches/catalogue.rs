//! Lookups across the catalogue, in one run so the ratios hold: a product's typed
//! `Activity::from_id` (Dedicated Servers, as today), `AnyActivity::find(product, id)` for
//! every product, `AnyActivity::from_path("product/id")`, and std `HashMap`s doing the same
//! (one map per product keyed by id; one map keyed by `product/id`).
//!
//! Each iteration looks up every row of the catalogue (every product of `raci.toml`) the
//! same number of times, shuffled, about 4,096 lookups; criterion reports the time per
//! element.

use std::collections::HashMap;
use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
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

fn catalogue(c: &mut Criterion) {
    let in_index = include_str!("../raci.toml")
        .lines()
        .filter(|line| line.trim() == "[[products]]")
        .count();
    assert_eq!(Product::ALL.len(), in_index, "build with --features full");
    let rows: Vec<AnyActivity> = AnyActivity::all().collect();
    let pairs = shuffled(
        &rows
            .iter()
            .map(|a| (a.product(), a.id()))
            .collect::<Vec<_>>(),
    );
    let paths = shuffled(&rows.iter().map(ToString::to_string).collect::<Vec<_>>());
    let ds = shuffled(&Activity::ALL.map(Activity::id));
    let per_product: HashMap<Product, HashMap<&str, AnyActivity>> = Product::ALL
        .iter()
        .map(|&p| (p, p.activities().map(|a| (a.id(), a)).collect()))
        .collect();
    let by_path: HashMap<String, AnyActivity> = rows.iter().map(|a| (a.to_string(), *a)).collect();

    let mut group = c.benchmark_group("catalogue lookup");
    group.throughput(Throughput::Elements(ds.len() as u64));
    group.bench_function("dedicated_servers::Activity::from_id", |b| {
        b.iter(|| {
            for id in &ds {
                black_box(Activity::from_id(black_box(id)));
            }
        });
    });
    group.throughput(Throughput::Elements(pairs.len() as u64));
    group.bench_function("AnyActivity::find(product, id)", |b| {
        b.iter(|| {
            for &(product, id) in &pairs {
                black_box(AnyActivity::find(black_box(product), black_box(id)));
            }
        });
    });
    group.bench_function("std HashMap per product, by id", |b| {
        b.iter(|| {
            for &(product, id) in &pairs {
                black_box(per_product[&black_box(product)].get(black_box(id)).copied());
            }
        });
    });
    group.throughput(Throughput::Elements(paths.len() as u64));
    group.bench_function("AnyActivity::from_path(product/id)", |b| {
        b.iter(|| {
            for path in &paths {
                black_box(AnyActivity::from_path(black_box(path)));
            }
        });
    });
    group.bench_function("std HashMap by product/id", |b| {
        b.iter(|| {
            for path in &paths {
                black_box(by_path.get(black_box(path.as_str())).copied());
            }
        });
    });
    group.finish();
    // Sanity: the methods agree on every key.
    for &(product, id) in &pairs {
        assert_eq!(
            AnyActivity::find(product, id),
            per_product[&product].get(id).copied()
        );
    }
    for path in &paths {
        assert_eq!(AnyActivity::from_path(path), by_path.get(path).copied());
    }
}

criterion_group!(benches, catalogue);
criterion_main!(benches);
