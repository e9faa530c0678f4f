//! Micro benchmarks of attribute access and method calls under each
//! namespace strategy, at one site fed objects of one class
//! (monomorphic), four classes (polymorphic) and twelve classes
//! (megamorphic). Each class gives its instances a different layout (a
//! different set and order of attributes before `x`), which is what a
//! hidden-class cache keys on. Each loop body does ten operations on one
//! object, and the loop walks a list of objects, so `(op - walk) / 10` is
//! the cost of one operation. `local_mono` does ten loads of a local
//! instead (`i`, a small int, as `o.x` is: no reference count on either
//! side), the yardstick: `(load_mono - walk_mono) / (local_mono -
//! walk_mono)` is a monomorphic attribute load in local loads.
//!
//! `cargo bench -p benches --bench attributes`

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};
use nsvm::embed::Interp;
use nsvm::objects::Value;

/// Twelve classes; class `Ki`'s instances set `i` padding attributes, in
/// an order of their own, before `x`.
fn source() -> String {
    let mut s = String::new();
    for i in 0..12 {
        s += &format!("class K{i}:\n    def __init__(self):\n");
        for j in 0..i {
            s += &format!("        self.p{} = {j}\n", (j * 7 + i) % 12);
        }
        s += "        self.x = 1\n    def m(self):\n        return self.x\n";
    }
    s += "
def objects(kinds, n):
    classes = [K0, K1, K2, K3, K4, K5, K6, K7, K8, K9, K10, K11][:kinds]
    return [classes[i % kinds]() for i in range(n)]

MONO = objects(1, 64)
POLY = objects(4, 64)
MEGA = objects(12, 64)

def walk(objs, n):
    for i in range(n):
        for o in objs:
            pass

def load(objs, n):
    for i in range(n):
        for o in objs:
            o.x; o.x; o.x; o.x; o.x; o.x; o.x; o.x; o.x; o.x

def local(objs, n):
    for i in range(n):
        for o in objs:
            i; i; i; i; i; i; i; i; i; i

def store(objs, n):
    for i in range(n):
        for o in objs:
            o.x = i; o.x = i; o.x = i; o.x = i; o.x = i; o.x = i; o.x = i; o.x = i; o.x = i; o.x = i

def call(objs, n):
    for i in range(n):
        for o in objs:
            o.m(); o.m(); o.m(); o.m(); o.m(); o.m(); o.m(); o.m(); o.m(); o.m()

def walk_mono(n): walk(MONO, n)
def walk_poly(n): walk(POLY, n)
def walk_mega(n): walk(MEGA, n)
def local_mono(n): local(MONO, n)
def load_mono(n): load(MONO, n)
def load_poly(n): load(POLY, n)
def load_mega(n): load(MEGA, n)
def store_mono(n): store(MONO, n)
def store_poly(n): store(POLY, n)
def store_mega(n): store(MEGA, n)
def call_mono(n): call(MONO, n)
def call_poly(n): call(POLY, n)
def call_mega(n): call(MEGA, n)
";
    s
}

/// Outer iterations per sample (each over 64 objects).
const N: i64 = 100;

fn bench(c: &mut Criterion) {
    let src = source();
    let mut group = c.benchmark_group("attributes");
    for strategy in benches::strategies() {
        let mut interp = Interp::new(strategy);
        interp.exec(&src).expect("benchmark source runs");
        let funcs = ["walk", "local", "load", "store", "call"]
            .into_iter()
            .flat_map(|op| ["mono", "poly", "mega"].into_iter().map(move |morph| format!("{op}_{morph}")))
            .filter(|f| !f.starts_with("local_") || f == "local_mono");
        for func in funcs {
            group.bench_with_input(BenchmarkId::new(&func, strategy.name()), &func, |b, func| {
                b.iter(|| interp.call(func, &[Value::Int(N)]).expect("benchmark function runs"))
            });
        }
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
