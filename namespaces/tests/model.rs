//! Property test: `ModuleNs` behaves exactly like an insertion-ordered map
//! (a Python dict) under random link/set/insert/remove/clear sequences, and
//! links stay valid: a slot handed out once always names the same key.

use namespaces::ModuleNs;
use proptest::prelude::*;

#[derive(Clone, Debug)]
enum Step {
    Link(u8),
    Insert(u8, i32),
    Remove(u8),
    Clear,
}

fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        3 => (0u8..12).prop_map(Step::Link),
        6 => (0u8..12, any::<i32>()).prop_map(|(k, v)| Step::Insert(k, v)),
        4 => (0u8..12).prop_map(Step::Remove),
        1 => Just(Step::Clear),
    ]
}

/// The model: a vector of (key, value) in dict order.
fn model_insert(m: &mut Vec<(u8, i32)>, k: u8, v: i32) {
    match m.iter_mut().find(|(x, _)| *x == k) {
        Some(e) => e.1 = v,
        None => m.push((k, v)),
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]
    #[test]
    fn behaves_like_an_ordered_dict(steps in prop::collection::vec(step(), 0..80)) {
        let mut ns: ModuleNs<u8, i32> = ModuleNs::new();
        let mut model: Vec<(u8, i32)> = Vec::new();
        let mut links = Vec::new();
        for s in steps {
            match s {
                Step::Link(k) => links.push((k, ns.link(k))),
                Step::Insert(k, v) => {
                    let old = ns.insert(k, v);
                    let mold = model.iter().find(|(x, _)| *x == k).map(|e| e.1);
                    prop_assert_eq!(old, mold);
                    model_insert(&mut model, k, v);
                }
                Step::Remove(k) => {
                    let got = ns.remove_by_name(&k);
                    let idx = model.iter().position(|(x, _)| *x == k);
                    let want = idx.map(|i| model.remove(i).1);
                    prop_assert_eq!(got, want);
                }
                Step::Clear => {
                    ns.clear();
                    model.clear();
                }
            }
            // Same contents, same order, same length.
            let got: Vec<(u8, i32)> = ns.iter().map(|(k, v)| (*k, *v)).collect();
            prop_assert_eq!(&got, &model);
            prop_assert_eq!(ns.len(), model.len());
            // Every link still names its key and reads the current value.
            for (k, s) in &links {
                prop_assert_eq!(ns.key(*s), Some(k));
                prop_assert_eq!(ns.get(*s).copied(), model.iter().find(|(x, _)| x == k).map(|e| e.1));
            }
        }
    }
}
