//! Benchmarks: the suite's programs live in `programs/` (with CPython's
//! outputs at default and small size) and `nsvm bench` runs them (see
//! README.md in this folder and BENCHMARKS.md at the top); the criterion
//! micro benchmarks of each strategy's hot operations are in `benches/`
//! (`cargo bench -p benches`).

use nsvm::interp::StrategyKind;

/// The strategies a criterion benchmark sets up and runs: every one, or
/// those named in `NSVM_BENCH_STRATEGIES` (comma-separated), so that an
/// experiment built for one strategy runs nothing of the others (see
/// `experiments/` and BENCHMARKS.md).
pub fn strategies() -> Vec<StrategyKind> {
    match std::env::var("NSVM_BENCH_STRATEGIES") {
        Ok(names) => names
            .split(',')
            .map(|n| {
                StrategyKind::parse(n.trim())
                    .unwrap_or_else(|| panic!("NSVM_BENCH_STRATEGIES: no strategy named {n:?}; there are {}", StrategyKind::names(", ")))
            })
            .collect(),
        Err(_) => StrategyKind::ALL.to_vec(),
    }
}
