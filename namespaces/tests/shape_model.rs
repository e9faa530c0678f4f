//! Property test: instances with shapes behave exactly like insertion-ordered
//! maps (Python dicts) under random set/get/delete/iterate sequences.
//!
//! Several instances share one `ShapeTree`, as the instances of one class
//! do, so shapes are shared and transitions reused. After every step each
//! instance's contents, order and length match its model; two shaped
//! instances share a `ShapeId` exactly when they hold the same names in the
//! same order; and a refused operation (a deletion other than the last, a
//! limit) is checked to be the one the policy names. A refused instance is
//! moved, with `take_all`, into a plain ordered map (the test's stand-in for
//! dictionary mode), and its model carries on as if nothing happened.
//!
//! `NSVM_PROPTEST_CASES=N` sets the number of cases (default 2000).

use namespaces::{Limit, Rejected, ShapeTree, ShapedValues, ToDictMode, MAX_ATTRS, MAX_SHAPES};
use proptest::prelude::*;

type K = u8;
type Map = Vec<(K, i32)>;

const INSTANCES: usize = 3;

#[derive(Clone, Debug)]
enum Step {
    Set(usize, K, i32),
    Get(usize, K),
    Delete(usize, K),
    /// Replace an instance with a new, empty one (a new object of the class).
    Fresh(usize),
}

#[derive(Clone, Copy, Debug)]
struct Config {
    keys: K,
    max_shapes: u32,
    max_attrs: u32,
}

enum Inst {
    Shaped(ShapedValues<i32>),
    Dict(Map),
}

fn step(keys: K) -> impl Strategy<Value = Step> {
    let i = 0..INSTANCES;
    prop_oneof![
        8 => (i.clone(), 0..keys, any::<i32>()).prop_map(|(i, k, v)| Step::Set(i, k, v)),
        2 => (i.clone(), 0..keys).prop_map(|(i, k)| Step::Get(i, k)),
        2 => (i.clone(), 0..keys).prop_map(|(i, k)| Step::Delete(i, k)),
        1 => i.prop_map(Step::Fresh),
    ]
}

fn model_set(m: &mut Map, k: K, v: i32) -> Option<i32> {
    match m.iter_mut().find(|(x, _)| *x == k) {
        Some(e) => Some(std::mem::replace(&mut e.1, v)),
        None => {
            m.push((k, v));
            None
        }
    }
}

fn model_get(m: &Map, k: K) -> Option<i32> {
    m.iter().find(|(x, _)| *x == k).map(|e| e.1)
}

fn model_delete(m: &mut Map, k: K) -> Option<i32> {
    let p = m.iter().position(|(x, _)| *x == k)?;
    Some(m.remove(p).1)
}

fn run(cfg: Config, steps: Vec<Step>) -> Result<(), TestCaseError> {
    let mut tree: ShapeTree<K> = ShapeTree::with_limits(cfg.max_shapes, cfg.max_attrs);
    let mut insts: Vec<Inst> = (0..INSTANCES).map(|_| Inst::Shaped(ShapedValues::new())).collect();
    let mut models: Vec<Map> = vec![Vec::new(); INSTANCES];
    for s in steps {
        match s {
            Step::Set(i, k, v) => {
                let want = model_get(&models[i], k);
                match &mut insts[i] {
                    Inst::Shaped(sv) => {
                        let shapes_before = tree.shape_count();
                        let had_transition = tree.follow(sv.shape(), &k).is_some();
                        match sv.set(&mut tree, &k, v) {
                            Ok(old) => {
                                prop_assert_eq!(old, want);
                                prop_assert!(models[i].len() + usize::from(want.is_none()) <= cfg.max_attrs as usize);
                            }
                            Err(Rejected { reason, value }) => {
                                prop_assert_eq!(value, v, "the refused value comes back");
                                prop_assert!(want.is_none() && !had_transition, "only a new transition is refused");
                                match reason {
                                    ToDictMode::Limit(Limit::Attributes) => prop_assert_eq!(models[i].len(), cfg.max_attrs as usize),
                                    ToDictMode::Limit(Limit::Shapes) => {
                                        prop_assert_eq!(shapes_before, cfg.max_shapes as usize);
                                        prop_assert!(models[i].len() < cfg.max_attrs as usize);
                                    }
                                    ToDictMode::Delete => prop_assert!(false, "set reported a deletion"),
                                }
                                prop_assert_eq!(tree.shape_count(), shapes_before, "a refusal creates no shape");
                                let mut d = sv.take_all(&tree);
                                prop_assert_eq!(&d, &models[i], "take_all hands over everything, in order");
                                d.push((k, v));
                                insts[i] = Inst::Dict(d);
                            }
                        }
                    }
                    Inst::Dict(d) => {
                        model_set(d, k, v);
                    }
                }
                model_set(&mut models[i], k, v);
            }
            Step::Get(i, k) => {
                let got = match &insts[i] {
                    Inst::Shaped(sv) => sv.get(&tree, &k).copied(),
                    Inst::Dict(d) => model_get(d, k),
                };
                prop_assert_eq!(got, model_get(&models[i], k));
            }
            Step::Delete(i, k) => {
                let pos = models[i].iter().position(|(x, _)| *x == k);
                let last = models[i].len().checked_sub(1);
                let want = model_get(&models[i], k);
                match &mut insts[i] {
                    Inst::Shaped(sv) => match sv.delete(&tree, &k) {
                        Ok(None) => prop_assert_eq!(pos, None),
                        Ok(Some(old)) => {
                            prop_assert_eq!(pos, last, "only the last attribute is deleted in place");
                            prop_assert_eq!(Some(old), want);
                        }
                        Err(reason) => {
                            prop_assert_eq!(reason, ToDictMode::Delete);
                            prop_assert!(pos.is_some() && pos != last);
                            let mut d = sv.take_all(&tree);
                            prop_assert_eq!(&d, &models[i]);
                            model_delete(&mut d, k);
                            insts[i] = Inst::Dict(d);
                        }
                    },
                    Inst::Dict(d) => {
                        model_delete(d, k);
                    }
                }
                model_delete(&mut models[i], k);
            }
            Step::Fresh(i) => {
                insts[i] = Inst::Shaped(ShapedValues::new());
                models[i].clear();
            }
        }
        check(&cfg, &tree, &insts, &models)?;
    }
    Ok(())
}

/// Every instance matches its model (contents, order, length, lookups of
/// every key), and shapes are shared exactly when names and order agree.
fn check(cfg: &Config, tree: &ShapeTree<K>, insts: &[Inst], models: &[Map]) -> Result<(), TestCaseError> {
    tree.check_invariants();
    for (inst, model) in insts.iter().zip(models) {
        match inst {
            Inst::Shaped(sv) => {
                sv.check_invariants(tree);
                let got: Map = sv.iter(tree).map(|(k, v)| (*k, *v)).collect();
                prop_assert_eq!(&got, model);
                prop_assert_eq!(sv.len(), model.len());
                prop_assert_eq!(tree.len(sv.shape()), model.len());
                for k in 0..cfg.keys {
                    prop_assert_eq!(sv.get(tree, &k).copied(), model_get(model, k));
                    if let Some(i) = tree.lookup(sv.shape(), &k) {
                        prop_assert_eq!(tree.name_at(sv.shape(), i), Some(&k));
                        prop_assert_eq!(sv.get_at(i).copied(), model_get(model, k));
                    }
                }
            }
            Inst::Dict(d) => prop_assert_eq!(d, model),
        }
    }
    for (a, ma) in insts.iter().zip(models) {
        for (b, mb) in insts.iter().zip(models) {
            if let (Inst::Shaped(a), Inst::Shaped(b)) = (a, b) {
                let same_names = ma.iter().map(|e| e.0).eq(mb.iter().map(|e| e.0));
                prop_assert_eq!(a.shape() == b.shape(), same_names, "same names in the same order <=> same shape");
            }
        }
    }
    Ok(())
}

fn cases() -> u32 {
    std::env::var("NSVM_PROPTEST_CASES").ok().and_then(|s| s.parse().ok()).unwrap_or(2000)
}

/// Few keys, so instances often repeat each other's orders; limits either
/// the defaults or small enough to be hit often.
fn small_config() -> impl Strategy<Value = Config> {
    prop_oneof![
        Just(Config { keys: 10, max_shapes: MAX_SHAPES, max_attrs: MAX_ATTRS }),
        (1u32..24, 1u32..8).prop_map(|(s, a)| Config { keys: 10, max_shapes: s, max_attrs: a }),
    ]
}

/// Many keys and long runs: shapes past several lookup checkpoints.
fn long_config() -> impl Strategy<Value = Config> {
    prop_oneof![
        Just(Config { keys: 48, max_shapes: MAX_SHAPES, max_attrs: MAX_ATTRS }),
        (20u32..48).prop_map(|a| Config { keys: 48, max_shapes: MAX_SHAPES, max_attrs: a }),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(), failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn shaped_instances_match_ordered_maps(
        (cfg, steps) in small_config().prop_flat_map(|c| (Just(c), prop::collection::vec(step(c.keys), 0..80)))
    ) {
        run(cfg, steps)?;
    }

    #[test]
    fn long_shapes_match_ordered_maps(
        (cfg, steps) in long_config().prop_flat_map(|c| (Just(c), prop::collection::vec(step(c.keys), 0..160)))
    ) {
        run(cfg, steps)?;
    }
}

/// The project's no-cliff case: 41 attributes set in `__init__` order, on
/// many instances, stay shaped on one path of 41 shapes.
#[test]
fn forty_one_attributes_stay_shaped() {
    let mut tree: ShapeTree<u32> = ShapeTree::new();
    let mut first = None;
    for _ in 0..100 {
        let mut sv: ShapedValues<u64> = ShapedValues::new();
        for a in 0..41u32 {
            assert_eq!(sv.set(&mut tree, &a, u64::from(a)), Ok(None));
        }
        assert_eq!(*first.get_or_insert(sv.shape()), sv.shape());
        assert_eq!(sv.get(&tree, &40), Some(&40));
    }
    assert_eq!(tree.shape_count(), 42);
    tree.check_invariants();
}
