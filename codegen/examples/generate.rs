//! Times `raci_codegen::generate` on a matrix file and prints the sizes of what it makes,
//! or, for a rejected file, how many diagnostics it got and the time to render them.
//!
//! ```text
//! cargo run --release -p raci-codegen --example generate -- raci.toml [runs]
//! ```

use std::process::ExitCode;
use std::time::{Duration, Instant};

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let Some(path) = args.next() else {
        eprintln!("usage: generate <raci.toml> [runs]");
        return ExitCode::from(2);
    };
    let runs: usize = args.next().and_then(|r| r.parse().ok()).unwrap_or(5);
    let source = match std::fs::read_to_string(&path) {
        Ok(source) => source,
        Err(e) => {
            eprintln!("cannot read {path}: {e}");
            return ExitCode::FAILURE;
        }
    };
    let mut times: Vec<Duration> = Vec::new();
    let mut last = None;
    for _ in 0..runs.max(1) {
        let start = Instant::now();
        let generated = raci_codegen::generate(&source);
        times.push(start.elapsed());
        last = Some(generated);
    }
    times.sort();
    let median = times[times.len() / 2].as_secs_f64() * 1e3;
    match last {
        Some(Ok(generated)) => {
            println!(
                "{path}: median {median:.1} ms over {} runs; code {} KiB, types {} KiB, docs {} KiB",
                times.len(),
                generated.code.len() / 1024,
                generated.types.len() / 1024,
                generated.docs.len() / 1024
            );
            ExitCode::SUCCESS
        }
        Some(Err(diagnostics)) => {
            // Rejected: also time what a build prints, every diagnostic rendered.
            let start = Instant::now();
            let index = raci_codegen::LineIndex::new(&source);
            let rendered: usize = diagnostics
                .iter()
                .map(|d| d.render(&path, &index).len() + 1)
                .sum();
            println!(
                "{path}: rejected, median {median:.1} ms over {} runs; {} diagnostics rendered \
                 ({} KiB) in {:.1} ms",
                times.len(),
                diagnostics.len(),
                rendered / 1024,
                start.elapsed().as_secs_f64() * 1e3
            );
            ExitCode::FAILURE
        }
        None => ExitCode::FAILURE,
    }
}
