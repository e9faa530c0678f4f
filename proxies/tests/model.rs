//! The dict protocol against a model (a vector of key/value pairs in
//! insertion order), for both storages, under random operation sequences.
//!
//! Keys: names (pure, compared by the protocol itself), ints, and "odd"
//! keys whose equality needs the host, as an instance with a Python
//! `__eq__` does: `Odd(n)` equals the name `"n{n}"` and other `Odd(n)`.
//! Hashes fall in four buckets, so lookups meet many candidates.
//!
//! The host can be armed with a mutation that it performs the next time
//! it is asked to compare keys (removing a name, rebinding one, or storing
//! a fresh odd key, which turns slots into a table): the protocol must then
//! answer as if the lookup ran after the mutation (the restart rule). Some
//! probes fail when compared, as an `__eq__` that raises does.

use proptest::prelude::*;
use proxies::{Cursor, Dict, DictValue, Host, IterError, NsKey};
use std::cell::{Cell, RefCell};
use std::rc::Rc;

#[derive(Clone, Debug)]
enum K {
    Name(Rc<str>),
    Int(i64),
    Odd(Rc<Odd>),
}

#[derive(Debug)]
struct Odd {
    n: i64,
    /// Comparing this key through the host fails.
    fails: bool,
}

fn name_bucket(s: &str) -> i64 {
    (s.len() as i64) % 4
}

fn odd_name(n: i64) -> String {
    format!("n{n}")
}

impl DictValue for K {
    type Name = str;
    fn as_name(&self) -> Option<&str> {
        match self {
            K::Name(s) => Some(s),
            _ => None,
        }
    }
    fn name_hash(name: &str) -> i64 {
        name_bucket(name)
    }
    fn name_eq(a: &str, b: &str) -> bool {
        a == b
    }
    fn is(&self, other: &Self) -> bool {
        match (self, other) {
            (K::Name(a), K::Name(b)) => Rc::ptr_eq(a, b),
            (K::Int(a), K::Int(b)) => a == b,
            (K::Odd(a), K::Odd(b)) => Rc::ptr_eq(a, b),
            _ => false,
        }
    }
    fn pure_eq(&self, other: &Self) -> Option<bool> {
        match (self, other) {
            (K::Odd(_), _) | (_, K::Odd(_)) => None,
            _ => Some(model_eq(self, other)),
        }
    }
    fn eq_needs_host(&self) -> bool {
        matches!(self, K::Odd(_))
    }
    fn may_equal_name(&self) -> bool {
        matches!(self, K::Odd(_))
    }
}

/// Equality as Python would decide it (the model's, and the host's).
fn model_eq(a: &K, b: &K) -> bool {
    match (a, b) {
        (K::Name(x), K::Name(y)) => x == y,
        (K::Int(x), K::Int(y)) => x == y,
        (K::Odd(x), K::Odd(y)) => x.n == y.n,
        (K::Odd(o), K::Name(s)) | (K::Name(s), K::Odd(o)) => **s == *odd_name(o.n),
        _ => false,
    }
}

fn model_hash(k: &K) -> i64 {
    match k {
        K::Name(s) => name_bucket(s),
        K::Int(i) => i.rem_euclid(4),
        K::Odd(o) => name_bucket(&odd_name(o.n)),
    }
}

#[derive(Clone, Debug)]
enum Mutation {
    Remove(&'static str),
    Rebind(&'static str, i64),
    /// Stores a fresh odd key no probe equals (slots become a table).
    StoreOdd(i64),
}

#[derive(Default, Debug)]
struct Model {
    entries: Vec<(K, K)>,
}

impl Model {
    fn find(&self, k: &K) -> Option<usize> {
        self.entries.iter().position(|(x, _)| model_eq(x, k))
    }
    fn set(&mut self, k: K, v: K) {
        match self.find(&k) {
            Some(i) => self.entries[i].1 = v,
            None => self.entries.push((k, v)),
        }
    }
    fn remove(&mut self, k: &K) -> Option<K> {
        let i = self.find(k)?;
        Some(self.entries.remove(i).1)
    }
}

struct TestHost<'a> {
    dict: &'a RefCell<Dict<K>>,
    model: &'a RefCell<Model>,
    pending: Option<Mutation>,
    names: &'a Names,
    eq_calls: Cell<usize>,
}

/// Interned names, so that the same name is the same `Rc` (as in the VM).
struct Names(Vec<Rc<str>>);

impl Names {
    fn new() -> Names {
        Names(NAMES.iter().map(|s| Rc::from(*s)).collect())
    }
    fn get(&self, s: &str) -> K {
        K::Name(self.0.iter().find(|n| &***n == s).cloned().unwrap_or_else(|| Rc::from(s)))
    }
}

const NAMES: [&str; 8] = ["a", "bb", "ccc", "dddd", "n1", "n2", "n12", "e"];

#[derive(Debug)]
struct Boom;

impl Host<K> for TestHost<'_> {
    type Error = Boom;
    fn hash(&mut self, key: &K) -> Result<i64, Boom> {
        Ok(model_hash(key))
    }
    fn eq(&mut self, stored: &K, probe: &K) -> Result<bool, Boom> {
        self.eq_calls.set(self.eq_calls.get() + 1);
        if let Some(m) = self.pending.take() {
            let mut quiet = TestHost { dict: self.dict, model: self.model, pending: None, names: self.names, eq_calls: Cell::new(0) };
            match m {
                Mutation::Remove(n) => {
                    let k = self.names.get(n);
                    proxies::delete(self.dict, &mut quiet, &k)?;
                    self.model.borrow_mut().remove(&k);
                }
                Mutation::Rebind(n, v) => {
                    let k = self.names.get(n);
                    if self.model.borrow().find(&k).is_some() {
                        proxies::set(self.dict, &mut quiet, k.clone(), K::Int(v))?;
                        self.model.borrow_mut().set(k, K::Int(v));
                    }
                }
                Mutation::StoreOdd(n) => {
                    let k = K::Odd(Rc::new(Odd { n: 1000 + n, fails: false }));
                    proxies::set(self.dict, &mut quiet, k.clone(), K::Int(n))?;
                    self.model.borrow_mut().set(k, K::Int(n));
                }
            }
        }
        let fails = |k: &K| matches!(k, K::Odd(o) if o.fails);
        if fails(stored) || fails(probe) {
            return Err(Boom);
        }
        Ok(model_eq(stored, probe))
    }
}

#[derive(Clone, Debug)]
enum KeySpec {
    Name(usize),
    Int(i64),
    Odd(i64),
    FailingOdd(i64),
}

#[derive(Clone, Debug)]
enum Op {
    Get(KeySpec),
    Contains(KeySpec),
    Set(KeySpec, i64),
    Delete(KeySpec),
    GetName(usize),
    SetName(usize, i64),
    RemoveName(usize),
    Link(usize),
    PopLast,
    Clear,
    Copy,
    Arm(Mutation),
    IterThenGrow(usize),
}

fn key_spec() -> impl Strategy<Value = KeySpec> {
    prop_oneof![
        4 => (0..NAMES.len()).prop_map(KeySpec::Name),
        2 => (-3i64..6).prop_map(KeySpec::Int),
        2 => (1i64..3).prop_map(KeySpec::Odd),
        1 => (1i64..3).prop_map(KeySpec::FailingOdd),
    ]
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        (0..NAMES.len()).prop_map(|i| Mutation::Remove(NAMES[i])),
        ((0..NAMES.len()), 100i64..110).prop_map(|(i, v)| Mutation::Rebind(NAMES[i], v)),
        (0i64..5).prop_map(Mutation::StoreOdd),
    ]
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        3 => key_spec().prop_map(Op::Get),
        1 => key_spec().prop_map(Op::Contains),
        5 => (key_spec(), 0i64..50).prop_map(|(k, v)| Op::Set(k, v)),
        2 => key_spec().prop_map(Op::Delete),
        2 => (0..NAMES.len()).prop_map(Op::GetName),
        2 => ((0..NAMES.len()), 0i64..50).prop_map(|(k, v)| Op::SetName(k, v)),
        1 => (0..NAMES.len()).prop_map(Op::RemoveName),
        1 => (0..NAMES.len()).prop_map(Op::Link),
        1 => Just(Op::PopLast),
        1 => Just(Op::Clear).prop_filter("rare", |_| true),
        1 => Just(Op::Copy),
        3 => mutation().prop_map(Op::Arm),
        1 => (0..NAMES.len()).prop_map(Op::IterThenGrow),
    ]
}

fn make_key(names: &Names, s: &KeySpec) -> K {
    match s {
        KeySpec::Name(i) => names.get(NAMES[*i]),
        KeySpec::Int(i) => K::Int(*i),
        KeySpec::Odd(n) => K::Odd(Rc::new(Odd { n: *n, fails: false })),
        KeySpec::FailingOdd(n) => K::Odd(Rc::new(Odd { n: *n, fails: true })),
    }
}

fn val(v: &K) -> i64 {
    match v {
        K::Int(i) => *i,
        _ => panic!("values are ints"),
    }
}

fn snapshot(d: &Dict<K>) -> Vec<(K, i64)> {
    d.iter().map(|e| (e.key.clone(), val(e.value))).collect()
}

fn check_same(d: &Dict<K>, m: &Model) -> Result<(), TestCaseError> {
    let got = snapshot(d);
    prop_assert_eq!(got.len(), m.entries.len(), "length: dict {:?} model {:?}", got, m.entries);
    prop_assert_eq!(d.len(), m.entries.len());
    for ((gk, gv), (mk, mv)) in got.iter().zip(m.entries.iter()) {
        prop_assert!(gk.is(mk) || model_eq(gk, mk) && gk.pure_eq(mk).is_some(), "key order: dict {:?} model {:?}", got, m.entries);
        prop_assert_eq!(*gv, val(mv));
    }
    Ok(())
}

/// Whether a failing probe is compared at all: some entry shares its hash.
fn probe_fails(m: &Model, k: &K) -> bool {
    matches!(k, K::Odd(o) if o.fails) && m.entries.iter().any(|(x, _)| model_hash(x) == model_hash(k))
}

fn run(start_in_slots: bool, ops: Vec<Op>) -> Result<(), TestCaseError> {
    let names = Names::new();
    let dict = RefCell::new(if start_in_slots { Dict::new_slots() } else { Dict::new() });
    let model = RefCell::new(Model::default());
    let mut pending = None;
    for op in ops {
        let mut host = TestHost { dict: &dict, model: &model, pending: pending.take(), names: &names, eq_calls: Cell::new(0) };
        match &op {
            Op::Get(s) | Op::Contains(s) => {
                let k = make_key(&names, s);
                let fails = probe_fails(&model.borrow(), &k);
                if matches!(op, Op::Get(_)) {
                    let r = proxies::get(&dict, &mut host, &k);
                    let expect = model.borrow().find(&k).map(|i| val(&model.borrow().entries[i].1));
                    match r {
                        Err(Boom) => prop_assert!(fails, "unexpected failure"),
                        Ok(v) => {
                            prop_assert!(!fails, "a failing probe was not compared");
                            prop_assert_eq!(v.map(|v| val(&v)), expect, "get {:?}", k);
                        }
                    }
                } else {
                    let r = proxies::contains(&dict, &mut host, &k);
                    let expect = model.borrow().find(&k).is_some();
                    match r {
                        Err(Boom) => prop_assert!(fails),
                        Ok(b) => prop_assert_eq!(b, expect),
                    }
                }
            }
            Op::Set(s, v) => {
                // Keys that fail to compare are probes only, never stored.
                let s = match s {
                    KeySpec::FailingOdd(n) => KeySpec::Odd(*n),
                    other => other.clone(),
                };
                let k = make_key(&names, &s);
                let fails = probe_fails(&model.borrow(), &k);
                match proxies::set(&dict, &mut host, k.clone(), K::Int(*v)) {
                    Err(Boom) => prop_assert!(fails),
                    Ok(_) => {
                        prop_assert!(!fails);
                        model.borrow_mut().set(k, K::Int(*v));
                    }
                }
            }
            Op::Delete(s) => {
                let k = make_key(&names, s);
                let fails = probe_fails(&model.borrow(), &k);
                match proxies::delete(&dict, &mut host, &k) {
                    Err(Boom) => prop_assert!(fails),
                    Ok(r) => {
                        prop_assert!(!fails);
                        let expect = model.borrow_mut().remove(&k);
                        prop_assert_eq!(r.map(|(_, v)| val(&v)), expect.map(|v| val(&v)));
                    }
                }
            }
            Op::GetName(i) => {
                // The fast path compares names alone: it may miss an odd key
                // that says it equals the name, never anything else.
                let k = names.get(NAMES[*i]);
                let got = dict.borrow().get_name(NAMES[*i]).map(val);
                let m = model.borrow();
                let exact = m.entries.iter().find(|(x, _)| matches!(x, K::Name(n) if &**n == NAMES[*i])).map(|(_, v)| val(v));
                prop_assert_eq!(got, exact);
                if !dict.borrow().name_shadows() {
                    prop_assert_eq!(got, m.find(&k).map(|j| val(&m.entries[j].1)));
                }
            }
            Op::SetName(i, v) => {
                if !dict.borrow().name_shadows() {
                    let k = names.get(NAMES[*i]);
                    dict.borrow_mut().set_name(k.clone(), K::Int(*v));
                    model.borrow_mut().set(k, K::Int(*v));
                }
            }
            Op::RemoveName(i) => {
                if !dict.borrow().name_shadows() {
                    let k = names.get(NAMES[*i]);
                    let got = dict.borrow_mut().remove_name(NAMES[*i]).map(|v| val(&v));
                    let expect = model.borrow_mut().remove(&k).map(|v| val(&v));
                    prop_assert_eq!(got, expect);
                }
            }
            Op::Link(i) => {
                if let Some(ns) = dict.borrow_mut().slots_mut() {
                    ns.link(NsKey::name(names.get(NAMES[*i])));
                }
            }
            Op::PopLast => {
                let got = dict.borrow_mut().pop_last().map(|(k, v)| (k, val(&v)));
                let expect = model.borrow_mut().entries.pop().map(|(k, v)| (k, val(&v)));
                match (got, expect) {
                    (None, None) => {}
                    (Some((gk, gv)), Some((mk, mv))) => {
                        prop_assert!(gk.is(&mk));
                        prop_assert_eq!(gv, mv);
                    }
                    (g, e) => prop_assert!(false, "popitem: {:?} vs {:?}", g, e),
                }
            }
            Op::Clear => {
                dict.borrow_mut().clear();
                model.borrow_mut().entries.clear();
            }
            Op::Copy => {
                let c = dict.borrow().copy();
                prop_assert!(!c.is_slots(), "a copy is a plain table");
                check_same(&c, &model.borrow())?;
            }
            Op::Arm(m) => {
                host.pending = Some(m.clone());
            }
            Op::IterThenGrow(i) => {
                let mut cur = Cursor::new(&dict.borrow());
                let first = cur.next(&dict.borrow());
                prop_assert!(first.is_ok());
                let k = names.get(NAMES[*i]);
                let grows = model.borrow().find(&k).is_none();
                let mut quiet = TestHost { dict: &dict, model: &model, pending: None, names: &names, eq_calls: Cell::new(0) };
                if proxies::set(&dict, &mut quiet, k.clone(), K::Int(7)).is_ok() {
                    model.borrow_mut().set(k, K::Int(7));
                    let exhausted = first.unwrap().is_none();
                    let second = cur.next(&dict.borrow());
                    if grows && !exhausted {
                        prop_assert_eq!(second.map(|_| ()), Err(IterError::ChangedSize));
                        prop_assert_eq!(cur.next(&dict.borrow()).map(|_| ()), Err(IterError::ChangedSize), "the failure sticks");
                    } else if exhausted {
                        prop_assert!(matches!(second, Ok(None)), "an exhausted iterator stays exhausted");
                    }
                }
            }
        }
        // A mutation the op never triggered stays armed for the next one.
        pending = host.pending.take();
        check_same(&dict.borrow(), &model.borrow())?;
        // Every model key is found through the protocol.
        let entries: Vec<(K, K)> = model.borrow().entries.clone();
        for (k, v) in entries {
            let mut quiet = TestHost { dict: &dict, model: &model, pending: None, names: &names, eq_calls: Cell::new(0) };
            let got = proxies::get(&dict, &mut quiet, &k).map_err(|_| TestCaseError::fail("lookup failed"))?;
            prop_assert_eq!(got.map(|g| val(&g)), Some(val(&v)));
        }
    }
    Ok(())
}

fn cases() -> u32 {
    std::env::var("NSVM_PROPTEST_CASES").ok().and_then(|s| s.parse().ok()).unwrap_or(2000)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(), failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn table_dict_matches_model(ops in proptest::collection::vec(op(), 0..40)) {
        run(false, ops)?;
    }

    #[test]
    fn slots_dict_matches_model(ops in proptest::collection::vec(op(), 0..40)) {
        run(true, ops)?;
    }
}

#[test]
fn an_odd_key_turns_slots_into_a_table_keeping_positions() {
    let names = Names::new();
    let dict = RefCell::new(Dict::new_slots());
    let model = RefCell::new(Model::default());
    let mut host = TestHost { dict: &dict, model: &model, pending: None, names: &names, eq_calls: Cell::new(0) };
    for n in ["a", "bb", "ccc"] {
        proxies::set(&dict, &mut host, names.get(n), K::Int(1)).unwrap();
    }
    proxies::delete(&dict, &mut host, &names.get("a")).unwrap();
    let mut cur = Cursor::new(&dict.borrow());
    let (k, _) = cur.next(&dict.borrow()).unwrap().unwrap();
    assert!(model_eq(&k, &names.get("bb")));
    // Same length after: an add and a delete; the iterator keeps its place.
    proxies::set(&dict, &mut host, K::Odd(Rc::new(Odd { n: 5, fails: false })), K::Int(2)).unwrap();
    proxies::delete(&dict, &mut host, &names.get("bb")).unwrap();
    assert!(!dict.borrow().is_slots());
    let (k, _) = cur.next(&dict.borrow()).unwrap().unwrap();
    assert!(model_eq(&k, &names.get("ccc")));
    // A string lookup asks the odd key, which says it equals "n5".
    assert_eq!(proxies::get(&dict, &mut host, &names.get("n5")).unwrap().map(|v| val(&v)), Some(2));
    assert!(host.eq_calls.get() > 0);
}
