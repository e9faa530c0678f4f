//! Every built-in, called with 0 to 5 positional arguments drawn from a
//! small pool of values, must raise or return, never panic (issue 14: no
//! positional-argument access in a built-in may be out of range, whatever a
//! program passes). "Every built-in" is read from the running VM, not from a
//! list kept here: the functions of every built-in module (`builtins`,
//! `sys`, `math`, `time`, `gc`), the methods in the namespace of every
//! built-in type (static and class methods unwrapped to the built-in they
//! hold), and every built-in type called as a constructor.
//!
//! The calls are made from a Python frame (`call(f, args)` does `f(*args)`),
//! as a program makes them. The values are built afresh for each call, so
//! that what one call does to `[1]` or `{}` does not leak into the next.
//! A method also gets a value of its own type as self, so that it gets past
//! its self check. Argument lists: none; every single value; every pair
//! from the base pool; and, seeded from the callable's name, 40 lists each
//! of 3, 4 and 5 values from the whole pool (with self first for methods).

use crate::embed::Interp;
use crate::interp::StrategyKind;
use crate::objects::{Native, PyType, Value};
use std::panic::AssertUnwindSafe;
use std::rc::Rc;

/// The base pool, as Python source (it also names the values in a report).
/// Ints stay small, so that `range(n)`, `'x' * n` and the like stay cheap.
const POOL: &[&str] = &["None", "0", "-1", "2**70", "1.5", "'s'", "''", "[1]", "()", "{}", "{1}", "int", "C()", "f"];

/// A value of each built-in type with methods: the self its methods are
/// called with (the owner is `PyBuiltin::owner`).
const SELVES: &[(&str, &str)] = &[
    ("str", "'abc'"),
    ("list", "[1, 2]"),
    ("tuple", "(1, 2)"),
    ("dict", "{1: 2}"),
    ("set", "{1, 2}"),
    ("frozenset", "frozenset({1})"),
    ("int", "7"),
    ("float", "2.5"),
    ("object", "C()"),
    ("type", "C"),
    ("function", "f"),
    ("mappingproxy", "C.__dict__"),
    ("member_descriptor", "D.a"),
    ("range", "range(3)"),
    ("slice", "slice(1, 3)"),
    ("generator", "(x for x in [1])"),
    ("staticmethod", "staticmethod(f)"),
    ("property", "property(f)"),
    ("BaseException", "ValueError('x')"),
    ("TextIOWrapper", "sys.stdout"),
];

/// What cannot run in a test, and why. Nothing else is skipped.
const SKIP: &[(&str, &str)] = &[
    ("builtins.input", "reads stdin (a test must not wait for a terminal)"),
    ("time.sleep", "sleeps: 2**70 seconds are clamped to 10^6, and 1.5 s per call adds up"),
];

/// Random argument lists per length (3, 4 and 5).
const SAMPLES: usize = 40;

fn prelude() -> String {
    let values: Vec<&str> = POOL.iter().copied().chain(SELVES.iter().map(|(_, v)| *v)).collect();
    format!(
        "import sys\n\
         class C:\n    pass\n\
         class D:\n    __slots__ = ('a',)\n\
         def f(*a, **k):\n    return None\n\
         def make():\n    return [{}]\n\
         def call(f, args):\n    return f(*args)\n",
        values.join(", ")
    )
}

/// A built-in to call: its name in a report, the type whose method it is,
/// and the value called.
struct Target {
    label: String,
    owner: Option<String>,
    f: Value,
}

/// Every built-in of `interp`'s VM, in a fixed order (the same for every
/// fresh VM, so that after a panic the walk goes on in a new one).
fn targets(interp: &Interp) -> Vec<Target> {
    let vm = &interp.vm;
    let t = &vm.types;
    let mut types: Vec<Rc<PyType>> = vec![
        t.object.clone(),
        t.type_.clone(),
        t.none.clone(),
        t.notimpl.clone(),
        t.ellipsis.clone(),
        t.bool_.clone(),
        t.int.clone(),
        t.float.clone(),
        t.str_.clone(),
        t.list.clone(),
        t.tuple.clone(),
        t.dict.clone(),
        t.set.clone(),
        t.frozenset.clone(),
        t.range.clone(),
        t.slice.clone(),
        t.function.clone(),
        t.builtin.clone(),
        t.method.clone(),
        t.generator.clone(),
        t.module.clone(),
        t.cell.clone(),
        t.code.clone(),
        t.property.clone(),
        t.staticmethod.clone(),
        t.classmethod.clone(),
        t.super_.clone(),
        t.member_descriptor.clone(),
        t.traceback.clone(),
        t.mappingproxy.clone(),
    ];
    types.extend(t.exc.iter().cloned());
    let modules: Vec<(String, Rc<crate::objects::PyModule>)> = vm
        .modules
        .data
        .borrow()
        .iter()
        .filter_map(|e| match (e.key.as_str(), e.value) {
            (Some(k), Value::Module(m)) if k.as_str() != "__main__" => Some((k.as_str().to_string(), m.clone())),
            _ => None,
        })
        .collect();
    // The stream type is reachable only through `sys.stdout`.
    if let Some((_, sys)) = modules.iter().find(|(n, _)| n == "sys") {
        if let Some(out) = sys.dict.data.borrow().get_str(&crate::objects::str::intern("stdout")) {
            types.push(vm.type_of(&out));
        }
    }
    let mut out = Vec::new();
    for (name, m) in &modules {
        for e in m.dict.data.borrow().iter() {
            if let (Some(k), Value::Builtin(_)) = (e.key.as_str(), e.value) {
                out.push(Target { label: format!("{name}.{}", k.as_str()), owner: None, f: e.value.clone() });
            }
        }
    }
    for ty in &types {
        out.push(Target { label: ty.name.to_string(), owner: None, f: Value::Type(ty.clone()) });
        for e in ty.dict.borrow().iter() {
            let Some(k) = e.key.as_str() else { continue };
            let f = match e.value {
                Value::Builtin(b) => Some((e.value.clone(), b.owner)),
                Value::Instance(i) => match i.native() {
                    Some(Native::StaticMethod(f @ Value::Builtin(_)) | Native::ClassMethod(f @ Value::Builtin(_))) => Some((f.clone(), "")),
                    _ => None,
                },
                _ => None,
            };
            if let Some((f, owner)) = f {
                let owner = if owner.is_empty() { None } else { Some(owner.to_string()) };
                out.push(Target { label: format!("{}.{}", ty.name.as_str(), k.as_str()), owner, f });
            }
        }
    }
    out
}

/// xorshift64*: a fixed sequence per callable, so a failure reproduces.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        (self.0.wrapping_mul(0x2545_f491_4f6c_dd1d) >> 33) as usize % n
    }
}

/// The argument lists for one callable, as indices into `make()`'s list.
fn arg_lists(label: &str, self_index: Option<usize>) -> Vec<Vec<usize>> {
    let base = POOL.len();
    let all = POOL.len() + SELVES.len();
    let mut rng = Rng(label.bytes().fold(0x9e37_79b9_7f4a_7c15, |h, b| (h ^ b as u64).wrapping_mul(0x100_0000_01b3)) | 1);
    let mut lists = vec![vec![]];
    lists.extend((0..all).map(|i| vec![i]));
    lists.extend((0..base).flat_map(|i| (0..base).map(move |j| vec![i, j])));
    for n in 3..=5 {
        lists.extend((0..SAMPLES).map(|_| (0..n).map(|_| rng.below(all)).collect()));
    }
    if let Some(s) = self_index {
        lists.extend((0..base).map(|i| vec![s, i]));
        lists.extend((0..base).flat_map(|i| (0..base).map(move |j| vec![s, i, j])));
        for n in 4..=5 {
            lists.extend((0..SAMPLES).map(|_| std::iter::once(s).chain((1..n).map(|_| rng.below(all))).collect()));
        }
    }
    lists
}

fn fresh_interp() -> Interp {
    let mut interp = Interp::new(StrategyKind::Slots);
    interp.capture_output();
    interp.vm.set_recursion_limit(crate::fuzz::FUZZ_RECURSION_LIMIT);
    interp.vm.set_native_stack(STACK - (64 << 20));
    interp.exec(&prelude()).expect("the prelude runs");
    interp
}

const STACK: usize = 1 << 30;

/// Calls every target with every argument list; returns the calls that
/// panicked, as Python source with the panic's message, and the number of
/// calls made.
fn call_everything() -> (Vec<String>, usize) {
    let names: Vec<&str> = POOL.iter().copied().chain(SELVES.iter().map(|(_, v)| *v)).collect();
    let mut interp = fresh_interp();
    let mut all = targets(&interp);
    let (mut panics, mut calls) = (Vec::new(), 0);
    for ti in 0..all.len() {
        let (label, owner) = (all[ti].label.clone(), all[ti].owner.clone());
        if SKIP.iter().any(|(s, _)| *s == label) {
            continue;
        }
        let self_index = owner.as_deref().and_then(|o| SELVES.iter().position(|(t, _)| *t == o)).map(|i| POOL.len() + i);
        for list in arg_lists(&label, self_index) {
            let values = match interp.call("make", &[]) {
                Ok(Value::List(l)) => l.items.borrow().clone(),
                Ok(_) => panic!("make() gave a non-list"),
                Err(e) => panic!("make() failed: {e}"),
            };
            let args = Value::tuple(list.iter().filter_map(|&i| values.get(i).cloned()).collect());
            let f = all[ti].f.clone();
            calls += 1;
            let r = std::panic::catch_unwind(AssertUnwindSafe(|| interp.call("call", &[f, args])));
            // What a call may change for the calls after it.
            interp.vm.set_recursion_limit(crate::fuzz::FUZZ_RECURSION_LIMIT);
            interp.vm.int_max_str_digits = crate::interp::num::INT_MAX_STR_DIGITS;
            crate::objects::gc::reset_settings();
            drop(interp.take_output());
            if let Err(p) = r {
                let shown: Vec<&str> = list.iter().map(|&i| names[i]).collect();
                panics.push(format!("{label}({}): {}", shown.join(", "), panic_message(&*p)));
                // The VM may be left mid-operation: go on in a new one
                // (the old one is leaked, not dropped, in case dropping it
                // panics too), whose built-ins come in the same order.
                std::mem::forget(std::mem::replace(&mut interp, fresh_interp()));
                all = targets(&interp);
            }
        }
    }
    (panics, calls)
}

fn panic_message(p: &(dyn std::any::Any + Send)) -> String {
    match (p.downcast_ref::<&str>(), p.downcast_ref::<String>()) {
        (Some(s), _) => s.to_string(),
        (_, Some(s)) => s.clone(),
        _ => "(no message)".into(),
    }
}

#[test]
fn every_builtin_with_any_positional_arguments_raises_or_returns() {
    let start = std::time::Instant::now();
    let h = std::thread::Builder::new().stack_size(STACK).spawn(call_everything).expect("spawn");
    let (panics, calls) = h.join().expect("the test thread itself panicked");
    eprintln!("{calls} calls in {:.1} s", start.elapsed().as_secs_f64());
    assert!(calls > 100_000, "only {calls} calls: the walk missed the built-ins");
    assert!(panics.is_empty(), "built-in calls that panicked:\n{}", panics.join("\n"));
}
