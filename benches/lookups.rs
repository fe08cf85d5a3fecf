//! `Activity::from_id` against the other ways to find an activity by id, in one run so the
//! ratios hold: the generated perfect hash, a generated `match`, std `HashMap`, foldhash's
//! `HashMap`, phf's map, and what a user would write without this crate: parse the TOML at
//! run time and look up in a map.
//!
//! Each iteration looks up every id the same number of times, about 4,096 lookups in all: in
//! document order, over and over; shuffled; or as misses of the same lengths, shuffled. The
//! shuffled sequence is that long so that a branch predictor cannot learn it (a repeated
//! list of 52 ids, it learns, and a `match` then looks free). Criterion reports the time per
//! lookup as the time per element.

use std::collections::HashMap;
use std::hint::black_box;

use criterion::measurement::WallTime;
use criterion::{BenchmarkGroup, Criterion, Throughput, criterion_group, criterion_main};
use ovhcloud_raci::dedicated_servers::Activity;

// The baseline `match`, generated from Dedicated Servers' matrix by `raci_codegen::id_match` and
// checked against it by `tests/bench_baseline.rs`.
include!("generated/id_match.rs");

/// About this many lookups an iteration, whatever the number of ids.
const LOOKUPS: usize = 4096;

/// Every id, in document order, repeated to make about [`LOOKUPS`] keys.
fn in_order() -> Vec<&'static str> {
    let repeats = LOOKUPS.div_ceil(Activity::COUNT);
    (0..repeats)
        .flat_map(|_| Activity::ALL.iter().map(|a| a.id()))
        .collect()
}

/// The keys of [`in_order`] in a fixed pseudo-random order (a seeded Fisher-Yates shuffle).
fn shuffled() -> Vec<&'static str> {
    let mut ids = in_order();
    let mut state = 0x2545_F491_4F6C_DD1D_u64;
    for i in (1..ids.len()).rev() {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        let j = usize::try_from(state % (i as u64 + 1)).unwrap();
        ids.swap(i, j);
    }
    ids
}

/// For every id, a string of the same length that is no id: its middle byte made `_`,
/// which no id contains, shuffled like the hits.
fn misses() -> Vec<String> {
    shuffled()
        .iter()
        .map(|id| {
            let mut bytes = id.as_bytes().to_vec();
            let middle = bytes.len() / 2;
            bytes[middle] = b'_';
            String::from_utf8(bytes).unwrap()
        })
        .collect()
}

/// phf's map, built at run time with phf's own generator and looked up as `phf::Map::get`.
struct PhfMap {
    state: phf_generator::HashState,
    keys: Vec<&'static str>,
    values: Vec<Activity>,
}

impl PhfMap {
    fn new() -> Self {
        let keys: Vec<&'static str> = Activity::ALL.iter().map(|a| a.id()).collect();
        PhfMap {
            state: phf_generator::generate_hash(&keys),
            values: Activity::ALL.to_vec(),
            keys,
        }
    }

    fn get(&self, key: &str) -> Option<Activity> {
        let hashes = phf_shared::hash(key, &self.state.key);
        let index = phf_shared::get_index(&hashes, &self.state.disps, self.state.map.len());
        let entry = self.state.map[index as usize];
        (self.keys[entry] == key).then(|| self.values[entry])
    }
}

/// What a user would write without this crate: the rows of the matrix file, read at run time.
#[derive(serde::Deserialize)]
struct File {
    activities: Vec<Row>,
}

#[derive(serde::Deserialize)]
struct Row {
    id: String,
    heading: String,
    text: String,
    cells: HashMap<String, String>,
}

const RACI_TOML: &str = include_str!("../catalogue/dedicated-servers.toml");

/// The rows by id, each with its position in the file.
fn parse_at_run_time() -> HashMap<String, (usize, Row)> {
    let file: File = toml::from_str(RACI_TOML).unwrap();
    file.activities
        .into_iter()
        .enumerate()
        .map(|(i, row)| (row.id.clone(), (i, row)))
        .collect()
}

/// Times looking up every key of `keys` once with `lookup`.
fn bench(
    group: &mut BenchmarkGroup<'_, WallTime>,
    name: &str,
    keys: &[&str],
    lookup: impl Fn(&str) -> Option<Activity>,
) {
    group.bench_function(name, |b| {
        b.iter(|| {
            for key in keys {
                black_box(lookup(black_box(key)));
            }
        });
    });
}

fn lookups(c: &mut Criterion) {
    let std_map: HashMap<&str, Activity> = Activity::ALL.iter().map(|a| (a.id(), *a)).collect();
    let fast_map: foldhash::HashMap<&str, Activity> =
        Activity::ALL.iter().map(|a| (a.id(), *a)).collect();
    let phf = PhfMap::new();
    let parsed = parse_at_run_time();
    let misses = misses();
    let inputs: [(&str, Vec<&str>); 3] = [
        ("in order", in_order()),
        ("shuffled", shuffled()),
        ("misses", misses.iter().map(String::as_str).collect()),
    ];
    for (order, keys) in &inputs {
        let mut group = c.benchmark_group(format!("from_id/{order}"));
        group.throughput(Throughput::Elements(keys.len() as u64));
        // Each method is its own closure type, so the lookup inlines into the loop as it
        // would in a caller's code.
        bench(
            &mut group,
            "perfect hash (this crate)",
            keys,
            Activity::from_id,
        );
        bench(&mut group, "generated match", keys, activity_from_id_match);
        bench(&mut group, "std HashMap", keys, |k| std_map.get(k).copied());
        bench(&mut group, "foldhash HashMap", keys, |k| {
            fast_map.get(k).copied()
        });
        bench(&mut group, "phf map", keys, |k| phf.get(k));
        bench(&mut group, "toml parsed at run time", keys, |k| {
            parsed.get(k).map(|(i, _)| Activity::ALL[*i])
        });
        group.finish();
    }
    // Sanity: every method agrees with the others on every input.
    for (_, keys) in &inputs {
        for key in keys {
            let ours = Activity::from_id(key);
            assert_eq!(activity_from_id_match(key), ours);
            assert_eq!(std_map.get(key).copied(), ours);
            assert_eq!(phf.get(key), ours);
            let row = parsed.get(*key).map(|(_, row)| row);
            assert_eq!(row.map(|r| r.text.as_str()), ours.map(Activity::text));
            if let (Some(row), Some(ours)) = (row, ours) {
                assert_eq!(row.heading, ours.section().number());
                for party in ovhcloud_raci::Party::ALL {
                    assert_eq!(row.cells[party.id()], ours.roles(party).to_string());
                }
            }
        }
    }
    let mut group = c.benchmark_group("parse the matrix file at run time");
    group.bench_function("toml + serde into a HashMap", |b| {
        b.iter(|| black_box(parse_at_run_time()));
    });
    group.finish();
}

criterion_group!(benches, lookups);
criterion_main!(benches);
