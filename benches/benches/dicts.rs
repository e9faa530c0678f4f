//! Micro benchmarks of the plain `dict` protocol under each namespace
//! strategy (the strategy must not change them): `d[k]` and `d[k] = v`
//! with string keys (interned constants, the name fast path) and int keys
//! (hashed, compared without code), and `k in d`. Each loop body does ten
//! operations, so `(op - empty) / 10` is the cost of one.
//!
//! `cargo bench -p benches --bench dicts`

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};
use nsvm::embed::Interp;
use nsvm::objects::Value;

const SRC: &str = "
def empty(n):
    d = {'a': 1, 'b': 2, 'c': 3, 1: 1, 2: 2, 3: 3}
    for i in range(n):
        pass

def get_str(n):
    d = {'a': 1, 'b': 2, 'c': 3, 1: 1, 2: 2, 3: 3}
    for i in range(n):
        d['a']; d['b']; d['c']; d['a']; d['b']; d['c']; d['a']; d['b']; d['c']; d['a']

def get_int(n):
    d = {'a': 1, 'b': 2, 'c': 3, 1: 1, 2: 2, 3: 3}
    for i in range(n):
        d[1]; d[2]; d[3]; d[1]; d[2]; d[3]; d[1]; d[2]; d[3]; d[1]

def set_str(n):
    d = {'a': 1, 'b': 2, 'c': 3, 1: 1, 2: 2, 3: 3}
    for i in range(n):
        d['a'] = i; d['b'] = i; d['c'] = i; d['a'] = i; d['b'] = i; d['c'] = i; d['a'] = i; d['b'] = i; d['c'] = i; d['a'] = i

def contains_str(n):
    d = {'a': 1, 'b': 2, 'c': 3, 1: 1, 2: 2, 3: 3}
    for i in range(n):
        'a' in d; 'z' in d; 'c' in d; 'a' in d; 'z' in d; 'c' in d; 'a' in d; 'z' in d; 'c' in d; 'a' in d
";

/// Iterations of each Python loop per benchmark sample.
const N: i64 = 10_000;

fn bench(c: &mut Criterion) {
    let mut group = c.benchmark_group("dicts");
    for strategy in benches::strategies() {
        let mut interp = Interp::new(strategy);
        interp.exec(SRC).expect("benchmark source runs");
        for func in ["empty", "get_str", "get_int", "set_str", "contains_str"] {
            group.bench_with_input(BenchmarkId::new(func, strategy.name()), &func, |b, func| {
                b.iter(|| interp.call(func, &[Value::Int(N)]).expect("benchmark function runs"))
            });
        }
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
