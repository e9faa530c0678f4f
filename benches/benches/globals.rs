//! Micro benchmarks of global access under each namespace strategy: a loop
//! reading a module global, a loop calling a builtin (`len`), and the same
//! loop reading a local, the control. Each loop body does ten reads, so
//! `(read_global - empty) / (read_local - empty)` is the cost of a global
//! load relative to a local load with the loop overhead taken out, and
//! `(read_builtin - empty) / (read_local_builtin - empty)` the same for a
//! builtin (a heap object, so both sides pay its reference counting).
//!
//! `cargo bench -p benches --bench globals`

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};
use nsvm::embed::Interp;
use nsvm::objects::Value;

/// The loops, shared with `scripts/load_ratio.py`.
const SRC: &str = include_str!("../scripts/load_loops.py");

/// Iterations of each Python loop per benchmark sample.
const N: i64 = 10_000;

fn bench(c: &mut Criterion) {
    let mut group = c.benchmark_group("globals");
    for strategy in benches::strategies() {
        let mut interp = Interp::new(strategy);
        interp.exec(SRC).expect("benchmark source runs");
        for func in ["empty", "read_local", "read_global", "read_local_builtin", "read_builtin", "call_len"] {
            group.bench_with_input(BenchmarkId::new(func, strategy.name()), &func, |b, func| {
                b.iter(|| interp.call(func, &[Value::Int(N)]).expect("benchmark function runs"))
            });
        }
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
