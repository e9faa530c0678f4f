//! Benchmarks: the suite's programs live in `programs/` (with CPython's
//! outputs at default and small size) and `nsvm bench` runs them (see
//! README.md in this folder and BENCHMARKS.md at the top); the criterion
//! micro benchmarks of each strategy's hot operations are in `benches/`
//! (`cargo bench -p benches`).
