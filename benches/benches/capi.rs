//! The C API's global reads: a loop in C of `PyDict_GetItemString` on the
//! dict `PyModule_GetDict` gave for `__main__` (under `slots`, the dict
//! over the module's slots), 10 000 reads per sample, under each strategy;
//! then the same extension built against CPython's headers, timed by
//! `timeit` in `python3` (printed, not a criterion series). No target: the
//! numbers are reported with issue 15 (`valgrind --tool=callgrind` on
//! `read_loop(n)` for two values of n gives the instructions per read).
//!
//! `cargo bench -p benches --bench capi` (needs `cc`; skipped without it)

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};
use nsvm::embed::Interp;
use nsvm::objects::Value;
use std::path::{Path, PathBuf};
use std::process::Command;

/// Reads per sample.
const N: i64 = 10_000;

const SETUP: &str = "import sys, capi_bench\ncapi_bench.bind(sys.modules['__main__'])\nx = 1\n\
def run(n):\n    return capi_bench.read_loop(n, 'x')\n";

fn compile(dir: &Path, include: &Path) -> bool {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("capi/capi_bench.c");
    let cc = std::env::var("CC").unwrap_or_else(|_| "cc".into());
    let out = dir.join("capi_bench.so");
    matches!(Command::new(cc).args(["-shared", "-fPIC", "-O2", "-I"]).arg(include).arg(&src).arg("-o").arg(&out).status(), Ok(s) if s.success())
}

fn scratch(tag: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("nsvm-capi-bench-{tag}-{}", std::process::id()));
    let _ = std::fs::create_dir_all(&d);
    d
}

/// CPython's time per read, from the same loop built against its headers.
fn cpython_ns_per_read() -> Option<f64> {
    let include = Command::new("python3").args(["-c", "import sysconfig; print(sysconfig.get_paths()['include'])"]).output().ok()?;
    let include = PathBuf::from(String::from_utf8(include.stdout).ok()?.trim());
    let dir = scratch("cpython");
    if !compile(&dir, &include) {
        return None;
    }
    let code = format!(
        "import sys, timeit\nsys.path.insert(0, {:?})\nimport capi_bench\ncapi_bench.bind(sys.modules['__main__'])\nx = 1\n\
         t = min(timeit.repeat(lambda: capi_bench.read_loop({N}, 'x'), number=20, repeat=15))\nprint(t / 20 / {N} * 1e9)",
        dir.display().to_string()
    );
    let out = Command::new("python3").args(["-c", &code]).output().ok()?;
    String::from_utf8(out.stdout).ok()?.trim().parse().ok()
}

fn bench(c: &mut Criterion) {
    let dir = scratch("nsvm");
    let include = Path::new(env!("CARGO_MANIFEST_DIR")).join("../include");
    if !compile(&dir, &include) {
        println!("NOTICE: no C compiler (cc or $CC): the capi bench is skipped");
        return;
    }
    let mut group = c.benchmark_group("capi");
    group.throughput(criterion::Throughput::Elements(N as u64));
    for strategy in benches::strategies() {
        let mut interp = Interp::new(strategy);
        interp.vm.path.push(dir.clone());
        interp.exec(SETUP).expect("benchmark setup runs");
        group.bench_with_input(BenchmarkId::new("PyDict_GetItemString", strategy.name()), &(), |b, _| {
            b.iter(|| interp.call("run", &[Value::Int(N)]).expect("benchmark function runs"))
        });
    }
    group.finish();
    match cpython_ns_per_read() {
        Some(ns) => println!("capi/PyDict_GetItemString/cpython: {ns:.2} ns per read (python3 timeit, best of 15x20 loops of {N})"),
        None => println!("capi/PyDict_GetItemString/cpython: python3 or its headers not found"),
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
