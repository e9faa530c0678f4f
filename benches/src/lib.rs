//! Benchmarks: the suite's programs live in `programs/` (with CPython's
//! outputs at default and small size) and `nsvm bench` runs them (see
//! README.md in this folder and BENCHMARKS.md at the top); the criterion
//! micro benchmarks of each strategy's hot operations are in `benches/`
//! (`cargo bench -p benches`). `scripts/compare.py` is the earlier Python
//! runner, kept for comparison with its tables in BENCHMARKS.md.
