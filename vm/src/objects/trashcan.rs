//! Drops of deep chains without deep recursion (CPython calls its
//! mechanism the "trashcan").
//!
//! Dropping a container drops what it holds, so a chain of containers (a
//! list holding a list holding a list ..., a linked list of instances)
//! is freed by a recursion as deep as the chain: ten million links
//! overflow any native stack. The containers whose chains programs build
//! (lists, tuples, dicts, instances, cells) hand their contents to
//! `drop_contents` when they die. While fewer than `LIMIT` such drops are
//! nested, the contents are dropped at once, as before; deeper, they are
//! moved (not dropped) onto a thread's list of values waiting, and the
//! outermost drop drops those one by one after its own contents, each
//! again at most `LIMIT` deep. Everything is still freed before the
//! outermost drop returns, so no code outside a drop can tell.
//!
//! Cost: a drop of one of these containers reads and writes a
//! thread-local counter twice; only a drop `LIMIT` deep touches the list.

use super::Value;
use std::cell::{Cell, RefCell};

/// Nested container drops before contents wait (about 200 bytes of
/// native stack each: well inside the 2 MiB of a thread's default stack).
const LIMIT: u32 = 1000;
/// In `DEPTH`: values wait in `LATER`.
const WAITING: u32 = 1 << 31;

thread_local! {
    /// The container drops under way, and the `WAITING` bit.
    static DEPTH: Cell<u32> = const { Cell::new(0) };
    /// Values moved out of containers that died too deep to drop them.
    static LATER: RefCell<Vec<Value>> = const { RefCell::new(Vec::new()) };
}

/// Drops a dying container's contents `c`: now (`clear`, in place), or
/// (deep in a chain of drops) after the outermost drop's own, `spill`
/// moving them onto the waiting list. `spill` must only move values: it
/// runs with the list borrowed.
#[inline]
pub fn drop_contents<T: ?Sized>(c: &mut T, clear: impl FnOnce(&mut T), spill: impl FnOnce(&mut T, &mut Vec<Value>)) {
    // At a thread's end, with the counter gone: the plain drop.
    let Ok(d) = DEPTH.try_with(Cell::get) else { return clear(c) };
    if d & !WAITING >= LIMIT {
        return defer(d, c, clear, spill);
    }
    DEPTH.set(d + 1);
    clear(c);
    let after = DEPTH.get() - 1;
    if after == WAITING {
        drain();
    } else {
        DEPTH.set(after);
    }
}

#[cold]
#[inline(never)]
fn defer<T: ?Sized>(d: u32, c: &mut T, clear: impl FnOnce(&mut T), spill: impl FnOnce(&mut T, &mut Vec<Value>)) {
    let spilled = LATER.try_with(|l| match l.try_borrow_mut() {
        Ok(mut l) => {
            spill(c, &mut l);
            true
        }
        Err(_) => false,
    });
    if spilled == Ok(true) {
        DEPTH.set(d | WAITING);
    } else {
        // (Only when the list is gone at a thread's end, or borrowed.)
        clear(c);
    }
}

/// The outermost drop, its own contents dropped: drops the waiting values
/// one at a time, each at depth 1 (their drops may add more).
#[cold]
#[inline(never)]
fn drain() {
    DEPTH.set(1);
    while let Some(v) = LATER.with(|l| l.borrow_mut().pop()) {
        drop(v);
        DEPTH.set(1);
    }
    LATER.with(|l| {
        let mut l = l.borrow_mut();
        if l.capacity() > 1024 {
            *l = Vec::new();
        }
    });
    DEPTH.set(0);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::objects::dict::PyDict;
    use crate::objects::func::PyCell;

    /// A chain far deeper than a 2 MiB stack could drop by recursion,
    /// dropped on such a stack: lists, tuples, dicts and cells in turn.
    #[test]
    fn a_deep_chain_drops_on_a_small_stack() {
        std::thread::Builder::new()
            .stack_size(2 << 20)
            .spawn(|| {
                let mut v = Value::None;
                for i in 0..1_000_000 {
                    v = match i % 4 {
                        0 => Value::list(vec![v]),
                        1 => Value::tuple(vec![v, Value::Int(i)]),
                        2 => {
                            let d = PyDict::new();
                            d.data.borrow_mut().set_str(crate::name!("next"), v);
                            Value::Dict(d)
                        }
                        _ => Value::Cell(PyCell::new(v)),
                    };
                }
                let Value::Cell(t) = &v else { panic!("not a cell") };
                let w = std::rc::Rc::downgrade(t);
                drop(v);
                assert!(w.upgrade().is_none());
                assert_eq!(DEPTH.get(), 0);
                assert!(LATER.with(|l| l.borrow().is_empty()));
            })
            .unwrap()
            .join()
            .unwrap();
    }
}
