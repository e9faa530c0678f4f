//! Benchmarks: the suite's programs live in `programs/` (with CPython's
//! outputs at default and small size), and `scripts/compare.py` times nsvm
//! against CPython side by side (see BENCHMARKS.md). Criterion micro
//! benchmarks of each strategy's hot operations and `nsvm bench` come with the
//! issue "The benchmark suite".
