//! The evaluation loop, written once and generic over the namespace
//! strategy (monomorphised: `run_frame::<DictNs>` pays for no other
//! strategy's branches).
//!
//! Values live on one per-VM value stack: a frame's locals (fast locals,
//! cells, free variables) are a contiguous slice starting at `frame.base`,
//! with its operand stack above them. Calling a Python function with
//! positional arguments makes the arguments already on the stack the
//! callee's first locals, so a call allocates nothing on the common path.
//!
//! Each arm of the loop decodes, calls a named function and stores the
//! result; slow and error paths live in `ops.rs`, `call.rs` and `attr.rs`.

pub mod attr;
pub mod call;
pub mod class;
pub mod format;
pub mod frame;
pub mod import;
pub mod iters;
pub mod native;
pub mod num;
pub mod ops;
pub mod range;
pub mod repr;
pub mod vm;

pub use crate::strategy::StrategyKind;
pub use frame::Frame;
pub use vm::Vm;

use crate::bytecode::opcodes::unpack_local_attr;
use crate::bytecode::{BinOpKind, CmpKind, Op};
use crate::inline_cache::MegaCache;
use crate::objects::exc::TbEntry;
use crate::objects::{release, ExcKind, PyErr, PyResult, Value};
use crate::strategy::{Stats, Strategy};

macro_rules! tri {
    ($e:expr, $label:lifetime) => {
        match $e {
            Ok(v) => v,
            Err(e) => break $label e,
        }
    };
}

/// Pushes onto the value stack. Unlike `Vec::push`, the value is not live
/// across the call that grows the vector (that path takes it along), so a
/// value computed in registers is stored once, straight into the stack,
/// instead of being spilled to the native stack and copied back.
#[inline(always)]
fn push(vm: &mut Vm, v: Value) {
    let stack = &mut vm.stack;
    let len = stack.len();
    if len == stack.capacity() {
        return push_grow(stack, v);
    }
    // SAFETY: `len < capacity`, so the slot at `len` is allocated and not
    // yet initialised; writing it and then counting it is what `Vec::push`
    // does after growing.
    unsafe {
        stack.as_mut_ptr().add(len).write(v);
        stack.set_len(len + 1);
    }
}

/// Pushes a clone of the stack's own element `at` (which must exist).
#[inline(always)]
fn push_copy_of(stack: &mut Vec<Value>, at: usize) {
    let len = stack.len();
    assert!(at < len);
    if len == stack.capacity() {
        let v = stack[at].clone();
        return push_grow(stack, v);
    }
    // SAFETY: `at < len < capacity`: element `at` is initialised and the
    // slot at `len` is allocated and free, so the two do not overlap.
    unsafe {
        let p = stack.as_mut_ptr();
        p.add(len).write((*p.add(at)).clone());
        stack.set_len(len + 1);
    }
}

#[cold]
#[inline(never)]
fn push_grow(stack: &mut Vec<Value>, v: Value) {
    stack.push(v);
}

#[inline(always)]
fn pop(vm: &mut Vm) -> Value {
    vm.stack.pop().unwrap_or_default()
}

/// `items[i]` for a Python index `i` (negative counts from the end), or
/// `Value::Unbound` when it is out of range (the general path raises).
#[inline(always)]
fn item_at(items: &[Value], i: i64) -> Value {
    let j = if i < 0 { i + items.len() as i64 } else { i };
    match usize::try_from(j).ok().and_then(|j| items.get(j)) {
        Some(v) => v.clone(),
        None => Value::Unbound,
    }
}

/// Overwrites a slot that holds an inline value (int, float, bool) with
/// another inline value: no drop glue, and only the words that change are stored.
#[inline(always)]
fn set_inline(slot: &mut Value, v: Value) {
    match (slot, v) {
        (Value::Int(s), Value::Int(x)) => *s = x,
        (Value::Float(s), Value::Float(x)) => *s = x,
        (slot, v) => release(std::mem::replace(slot, v)),
    }
}

#[inline(always)]
fn top(vm: &Vm) -> &Value {
    vm.stack.last().unwrap_or(&Value::Unbound)
}

/// What introspection (`globals()`, `locals()`, `super()`) can see of a
/// running frame. The code and globals are the frame's own, borrowed
/// without a count (a call pushes and pops one of these).
pub struct FrameInfo {
    code: *const std::rc::Rc<crate::objects::PyCode>,
    globals: *const std::rc::Rc<crate::objects::PyDict>,
    pub locals: Option<Value>,
    pub base: usize,
    /// The dict `locals()` returns in a function frame: one per frame,
    /// refreshed from the fast locals on every call (CPython 3.11 semantics).
    pub locals_dict: Option<std::rc::Rc<crate::objects::PyDict>>,
}

impl FrameInfo {
    /// The running frame's code.
    pub fn code(&self) -> &std::rc::Rc<crate::objects::PyCode> {
        // SAFETY: `run_frame` makes this entry from a `Frame<'a>` that
        // borrows the code for `'a`, and removes it from `vm.frames` before
        // it returns, within `'a`; `vm.frames` is only read while its
        // frames run (a panic that leaves an entry behind ends the thread
        // that owns the VM, and `embed::Interp` clears the list before each
        // top-level call). So the pointee is alive and unchanged (the
        // frame holds a shared borrow) whenever this is called.
        unsafe { &*self.code }
    }

    /// The running frame's globals.
    pub fn globals(&self) -> &std::rc::Rc<crate::objects::PyDict> {
        // SAFETY: as for `code`: the frame borrows its globals for as long
        // as this entry is in `vm.frames`.
        unsafe { &*self.globals }
    }
}

/// Pushes `f`'s entry, each field stored in place (built on the Rust stack
/// and copied, the entry was reloaded 16 bytes at a time from 8-byte
/// stores: a store-forwarding stall on every call).
#[inline(always)]
fn push_frame_info(frames: &mut Vec<FrameInfo>, f: &Frame<'_>) {
    use std::ptr::addr_of_mut;
    frames.reserve(1);
    let locals = f.locals.clone();
    // SAFETY: after `reserve(1)` the slot at `len` is allocated and free;
    // every field is written once before `set_len` makes it an element.
    unsafe {
        let len = frames.len();
        let e = frames.as_mut_ptr().add(len);
        addr_of_mut!((*e).code).write(f.code);
        addr_of_mut!((*e).globals).write(f.globals);
        addr_of_mut!((*e).locals).write(locals);
        addr_of_mut!((*e).base).write(f.base);
        addr_of_mut!((*e).locals_dict).write(None);
        frames.set_len(len + 1);
    }
}

/// Drops the last entry in place (`Vec::pop` moved its 48 bytes out first,
/// through three 16-byte copies, only to drop two fields).
#[inline(always)]
fn pop_frame_info(frames: &mut Vec<FrameInfo>) {
    let Some(last) = frames.len().checked_sub(1) else { return };
    // SAFETY: `last < len`: the entry is initialised and owned by the
    // vector; `set_len(last)` hands its ownership over first (a panicking
    // drop then leaks it rather than dropping it twice), and it is dropped
    // once, in place.
    unsafe {
        frames.set_len(last);
        std::ptr::drop_in_place(frames.as_mut_ptr().add(last));
    }
}

/// Runs `f` until it returns or yields (then `f.yielded` is set). Inlined:
/// the entry's push and pop are a few stores, and a call of its own cost
/// each Python call another prologue and a result copied through memory.
#[inline(always)]
pub fn run_frame<S: Strategy>(vm: &mut Vm, f: &mut Frame<'_>) -> PyResult<Value> {
    let v = run_frame_value::<S>(vm, f);
    if v.is_unbound() {
        return Err(f.pending.take().unwrap_or_else(|| vm.internal("a frame ended with no value and no error")));
    }
    Ok(v)
}

/// `run_frame` with the frame's own result: a value, or `Unbound` with
/// the error in `f.pending`.
#[inline(always)]
pub fn run_frame_value<S: Strategy>(vm: &mut Vm, f: &mut Frame<'_>) -> Value {
    #[cfg(feature = "fuzzing")]
    if crate::fuzz::tick() {
        f.pending = Some(crate::fuzz::exhausted(vm));
        return Value::Unbound;
    }
    push_frame_info(&mut vm.frames, f);
    let v = run_frame_inner::<S>(vm, f);
    pop_frame_info(&mut vm.frames);
    v
}

// The attribute instructions' paths past their fast paths, out of the
// loop: inlined, each copy of a strategy's cache code takes registers the
// loop's program counter needs (measured: the local-load control got 15%
// slower when two copies were inlined).
/// The polymorphic fast paths (`Strategy::load_attr_poly` and the
/// others), counted as cache hits: what the general paths below try first,
/// on the object in place (the stats and the stack are separate fields, so
/// a fused instruction's local need not be copied).
#[inline(always)]
fn poly_load<S: Strategy>(stats: &mut Stats, mega: &MegaCache, site: &crate::strategy::AttrSite, obj: &Value) -> Option<Value> {
    let v = S::load_attr_poly(mega, site, obj);
    if v.is_unbound() {
        return None;
    }
    stats.count_load_hit();
    Some(v)
}

#[inline(always)]
fn poly_store<S: Strategy>(stats: &mut Stats, mega: &MegaCache, site: &crate::strategy::AttrSite, obj: &Value, v: Value) -> Result<(), Value> {
    let old = S::store_attr_poly(mega, site, obj, v)?;
    drop(old);
    stats.count_store_hit();
    Ok(())
}

/// The method-load fast paths on `obj`: the monomorphic one, then the
/// polymorphic and megamorphic one, counted as a hit (`local_method`
/// writes the same in line: through this function, `method_call` paid 18
/// instructions more).
#[inline(always)]
fn method_fast<S: Strategy>(stats: &mut Stats, mega: &MegaCache, site: &crate::strategy::AttrSite, obj: &Value) -> Option<Value> {
    let m = S::load_method_fast(site, obj).or_else(|| S::load_method_poly(mega, site, obj))?;
    stats.count_method_hit();
    Some(m)
}

#[inline(never)]
fn load_attr_slow<S: Strategy>(vm: &mut Vm, f: &Frame<'_>, site: &crate::strategy::AttrSite, obj: &Value) -> PyResult<Value> {
    match poly_load::<S>(&mut vm.stats, &vm.megacache, site, obj) {
        Some(v) => Ok(v),
        None => S::load_attr(vm, f, site, obj),
    }
}

#[inline(never)]
fn store_attr_slow<S: Strategy>(vm: &mut Vm, f: &Frame<'_>, site: &crate::strategy::AttrSite, obj: &Value, v: Value) -> PyResult<()> {
    match poly_store::<S>(&mut vm.stats, &vm.megacache, site, obj, v) {
        Ok(()) => Ok(()),
        Err(v) => S::store_attr(vm, f, site, obj, v),
    }
}

/// `LoadMethod` (a receiver that is no local: `self.planner.add(c)`),
/// out of the loop: the fast paths (as `local_method` takes them), then
/// the strategy's cache.
#[inline(never)]
fn load_method_slow<S: Strategy>(vm: &mut Vm, f: &Frame<'_>, site: &crate::strategy::AttrSite, obj: Value) -> PyResult<()> {
    // Instances only: other receivers (modules, classes, built-in values)
    // have their own entries in the strategy's cache, which the fast paths
    // would only try again.
    let m = match &obj {
        Value::Instance(_) => method_fast::<S>(&mut vm.stats, &vm.megacache, site, &obj),
        _ => None,
    };
    match m {
        Some(m) => {
            vm.stack.push(m);
            vm.stack.push(obj);
            Ok(())
        }
        None => S::load_method(vm, f, site, obj),
    }
}

/// What a fused local-attribute instruction does past its fast path.
enum AttrKind {
    Load,
    Store(Value),
    Method,
}

/// A fused instruction (`LoadFastAttr`, `StoreFastAttr`, `LoadFastMethod`)
/// with operand `x`, past the loop's fast path (out of the loop): the
/// local's `UnboundLocalError`, else the plain instruction's path on a copy
/// of the local. A load pushes its value.
#[inline(never)]
fn local_attr_slow<S: Strategy>(vm: &mut Vm, f: &Frame<'_>, x: u32, kind: AttrKind) -> PyResult<()> {
    let (local, site) = unpack_local_attr(x);
    let Some(site) = f.code.attr_sites.get(site as usize) else {
        return Err(vm.new_error(ExcKind::SystemError, "bad attribute site".to_string()));
    };
    let obj = match vm.stack.get(f.base + local as usize) {
        Some(v) if !v.is_unbound() => v,
        _ => return Err(ops::unbound_local(vm, f.code, local as usize)),
    };
    // The polymorphic fast paths, on the local in place.
    let kind = match kind {
        AttrKind::Load => match poly_load::<S>(&mut vm.stats, &vm.megacache, site, obj) {
            Some(v) => {
                vm.stack.push(v);
                return Ok(());
            }
            None => AttrKind::Load,
        },
        AttrKind::Store(v) => match poly_store::<S>(&mut vm.stats, &vm.megacache, site, obj, v) {
            Ok(()) => return Ok(()),
            Err(v) => AttrKind::Store(v),
        },
        // (`local_method`, the only caller with `Method`, has tried the
        // monomorphic, polymorphic and megamorphic paths already.)
        AttrKind::Method => AttrKind::Method,
    };
    let obj = obj.clone();
    match kind {
        AttrKind::Load => {
            let v = S::load_attr(vm, f, site, &obj)?;
            vm.stack.push(v);
            Ok(())
        }
        AttrKind::Store(v) => S::store_attr(vm, f, site, &obj, v),
        AttrKind::Method => S::load_method(vm, f, site, obj),
    }
}

/// `LoadFastMethod`: the strategy's fast path, else `local_attr_slow`. Out
/// of the loop, as the slow paths are: inlined, this path took a register
/// the loop's locals need (the benchmark binary's loop spilled the frame's
/// base, and ten local loads took twice as long under `slots`).
#[inline(never)]
fn local_method<S: Strategy>(vm: &mut Vm, f: &Frame<'_>, x: u32) -> PyResult<()> {
    let (local, site) = unpack_local_attr(x);
    let fast = match (f.code.attr_sites.get(site as usize), vm.stack.get(f.base + local as usize)) {
        // (All the fast paths here: `local_attr_slow` would find the site
        // and the local again.)
        (Some(site), Some(obj)) => S::load_method_fast(site, obj).or_else(|| S::load_method_poly(&vm.megacache, site, obj)).map(|m| (m, obj.clone())),
        _ => None,
    };
    match fast {
        Some((m, obj)) => {
            vm.stats.count_method_hit();
            vm.stack.push(m);
            vm.stack.push(obj);
            Ok(())
        }
        None => local_attr_slow::<S>(vm, f, x, AttrKind::Method),
    }
}

/// The loop. While it runs an instruction's fast path, the value stack is
/// held in registers: `sp` (one past the top), `end` (the end of the
/// buffer) and `locals` (the frame's local 0); the buffer's start,
/// `stack_ptr`, is read from the vector when needed (in a register it
/// pushed the instruction pointer to memory).
///
/// Invariant (the loop's stack invariant): between `reload!` and `sync!`,
/// `vm.stack`'s length is 0 and the loop owns its values: `[stack_ptr, sp)`
/// are initialised, `sp <= end`, `end` is the end of the vector's
/// allocation, and the frame's locals `[locals, locals + nlocalsplus)` lie
/// in `[stack_ptr, sp)` with the frame's operand stack above them (the
/// compiler's stack discipline never pops below it; debug-asserted). Local
/// and cell operands name slots below `nlocalsplus` (`PyCode::new` checks
/// every one).
/// `sync!` gives the values back to the vector (sets its length), after
/// which any code may use `vm.stack`, grow it or swap it (a generator);
/// `reload!` takes them again and re-reads every pointer. A panic between
/// the two leaks the values instead of dropping them twice.
///
/// Returns the frame's value, or `Unbound` with the error in `f.pending`
/// (`run_frame` makes the `PyResult`): a `Value` comes back in two
/// registers, where a `PyResult<Value>` came back through memory and was
/// then copied whole, a store-forwarding stall on every call.
fn run_frame_inner<S: Strategy>(vm: &mut Vm, f: &mut Frame<'_>) -> Value {
    let code: &std::rc::Rc<crate::objects::PyCode> = f.code;
    let ops: &[Op] = &code.code.ops;
    let consts: &[Value] = &code.consts;
    let attr_sites: &[crate::strategy::AttrSite] = &code.attr_sites;
    let base = f.base;
    #[cfg(debug_assertions)]
    let nlocalsplus = code.nlocalsplus;
    // The instruction pointer lives in a register; its index is written back
    // to the frame only when the frame is suspended (a yield). It always
    // points at an instruction of `ops`: it starts at the frame's index
    // (checked here), moves to jump and handler targets (`PyCode::load`
    // checks each against the code's length) or one past an instruction
    // that falls through, which is never the last one (`PyCode::load`
    // checks that the last is `ReturnValue`, which leaves the loop).
    if f.pc >= ops.len() {
        f.pending = Some(vm.internal("a frame resumed outside its code"));
        return Value::Unbound;
    }
    let ops_start: *const Op = ops.as_ptr();
    // SAFETY: `f.pc < ops.len()`, checked above.
    let mut ip: *const Op = unsafe { ops_start.add(f.pc) };
    macro_rules! jump {
        ($t:expr) => {{
            let t = $t as usize;
            debug_assert!(t < ops.len());
            // SAFETY: a jump or handler target, `< ops.len()` (`PyCode::load`).
            ip = unsafe { ops_start.add(t) };
        }};
    }
    // The index of the instruction after the one running.
    macro_rules! pc {
        () => {
            // SAFETY: `ip` and `ops_start` point into the same slice (above).
            unsafe { ip.offset_from(ops_start) as usize }
        };
    }
    let mut sp: *mut Value;
    let mut end: *mut Value;
    let mut locals: *mut Value;
    macro_rules! reload {
        () => {{
            let len = vm.stack.len();
            debug_assert!(base <= len);
            let stack_ptr = vm.stack.as_mut_ptr();
            // SAFETY: `len <= capacity` and `base <= len` (the frame's locals
            // are on the stack), so every pointer is within or one past the
            // allocation. Length 0: the loop owns the values (the invariant).
            unsafe {
                sp = stack_ptr.add(len);
                end = stack_ptr.add(vm.stack.capacity());
                locals = stack_ptr.add(base);
                vm.stack.set_len(0);
            }
            // (Read here so that a reload the next one overwrites is no warning.)
            let _ = locals;
        }};
    }
    macro_rules! sync {
        () => {
            // The buffer's start is read from the vector (which nothing
            // changes between `reload!` and `sync!`), not kept in a register.
            let stack_ptr = vm.stack.as_mut_ptr();
            debug_assert!(stack_ptr <= sp && sp <= end);
            // SAFETY: `[stack_ptr, sp)` are the initialised values the loop
            // owns (the invariant), within the vector's capacity.
            unsafe { vm.stack.set_len(sp.offset_from(stack_ptr) as usize) }
        };
    }
    // Pushes onto the stack held in registers, growing the vector when full.
    macro_rules! push_v {
        ($v:expr) => {{
            let v = $v;
            if sp == end {
                sync!();
                vm.stack.reserve(1);
                reload!();
            }
            // SAFETY: `sp < end`: the slot is allocated and free (the invariant).
            unsafe {
                sp.write(v);
                sp = sp.add(1);
            }
        }};
    }
    // Replaces the top two values with `v` (a binary operation's result),
    // releasing both.
    macro_rules! replace_top2 {
        ($v:expr) => {{
            let v = $v;
            release(pop_v!());
            release(std::mem::replace(peek!(1), v));
        }};
    }
    // Pops the top of the stack held in registers.
    macro_rules! pop_v {
        () => {{
            #[cfg(debug_assertions)]
            debug_assert!(unsafe { sp.offset_from(locals) } > nlocalsplus as isize, "pop below the operand stack");
            // SAFETY: the operand stack is not empty (the compiler's stack
            // discipline), so `sp - 1` is an initialised value the loop owns;
            // moving `sp` below it gives up that ownership.
            unsafe {
                sp = sp.sub(1);
                sp.read()
            }
        }};
    }
    // The value `n` below the top (1 is the top), borrowed in place.
    macro_rules! peek {
        ($n:expr) => {
            // SAFETY: the operand stack holds at least `n` values (the
            // compiler's stack discipline), initialised and owned by the loop.
            unsafe { &mut *sp.sub($n) }
        };
    }
    // Local `i`, borrowed in place.
    macro_rules! local {
        ($i:expr) => {
            // SAFETY: `i < nlocalsplus` (`PyCode::new` checks every local and
            // cell operand), and the locals are initialised values (the invariant).
            unsafe { &mut *locals.add($i as usize) }
        };
    }
    // Attribute site `i` of the running code.
    macro_rules! site {
        ($i:expr) => {{
            let i = $i as usize;
            debug_assert!(i < attr_sites.len());
            // SAFETY: `PyCode::new` checks every attribute-site operand
            // (plain and fused) against the code's sites.
            unsafe { attr_sites.get_unchecked(i) }
        }};
    }
    // Constant `i` of the running code.
    macro_rules! konst {
        ($i:expr) => {{
            let i = $i as usize;
            debug_assert!(i < consts.len());
            // SAFETY: `PyCode::new` checks every constant operand against
            // the code's constants.
            unsafe { consts.get_unchecked(i) }
        }};
    }
    loop {
        reload!();
        let err: PyErr = 'err: {
            if let Some(e) = f.pending.take() {
                sync!();
                break 'err e;
            }
            loop {
                debug_assert!(pc!() < ops.len());
                // SAFETY: `ip` points at an instruction of `ops` (above).
                let op = unsafe { *ip };
                // SAFETY: `ip` points into `ops`, so one past it is within or
                // one past the slice; it is read again only after an
                // instruction that falls through, which the last one never is.
                ip = unsafe { ip.add(1) };
                // The fast paths, on the stack in registers. Each either
                // finishes its instruction and continues, or falls through
                // to the general arm below, having changed nothing.
                match op {
                    Op::Nop => continue,
                    Op::Pop => {
                        release(pop_v!());
                        continue;
                    }
                    Op::LoadConst(i) => {
                        push_v!(konst!(i).clone());
                        continue;
                    }
                    Op::LoadFast(i) => {
                        let v = local!(i);
                        if !v.is_unbound() {
                            push_v!(v.clone());
                            continue;
                        }
                    }
                    Op::StoreFast(i) => {
                        let v = pop_v!();
                        release(std::mem::replace(local!(i), v));
                        continue;
                    }
                    Op::PushNull => {
                        push_v!(Value::Unbound);
                        continue;
                    }
                    Op::LoadDeref(i) => {
                        let v = match &*local!(code.nlocals + i as usize) {
                            Value::Cell(c) => c.value.try_borrow().map_or(Value::Unbound, |v| v.clone()),
                            _ => Value::Unbound,
                        };
                        if !v.is_unbound() {
                            push_v!(v);
                            continue;
                        }
                        v.forget_unbound();
                    }
                    Op::StoreDeref(i) => {
                        if let Value::Cell(c) = &*local!(code.nlocals + i as usize) {
                            if let Ok(mut slot) = c.value.try_borrow_mut() {
                                let old = std::mem::replace(&mut *slot, pop_v!());
                                drop(slot);
                                release(old);
                                continue;
                            }
                        }
                    }
                    Op::Jump(t) => {
                        #[cfg(feature = "fuzzing")]
                        if (t as usize) < pc!() && crate::fuzz::tick() {
                            sync!();
                            break 'err crate::fuzz::exhausted(vm);
                        }
                        jump!(t);
                        continue;
                    }
                    Op::LoadGlobal(i) => {
                        let v = S::global_fast(vm, f, i);
                        if !v.is_unbound() {
                            push_v!(v);
                            continue;
                        }
                        v.forget_unbound();
                    }
                    Op::LoadFastAttr(x) => {
                        let (l, site) = unpack_local_attr(x);
                        let v = S::load_attr_fast(site!(site), local!(l));
                        if !v.is_unbound() {
                            vm.stats.count_load_hit();
                            push_v!(v);
                            continue;
                        }
                        v.forget_unbound();
                    }
                    Op::LoadAttr(site) => {
                        let top = peek!(1);
                        let v = S::load_attr_fast(site!(site), top);
                        if !v.is_unbound() {
                            drop(std::mem::replace(top, v));
                            vm.stats.count_load_hit();
                            continue;
                        }
                        v.forget_unbound();
                    }
                    Op::StoreFastAttr(x) => {
                        let (l, site) = unpack_local_attr(x);
                        let v = pop_v!();
                        match S::store_attr_fast(site!(site), local!(l), v) {
                            Ok(old) => {
                                drop(old);
                                vm.stats.count_store_hit();
                                continue;
                            }
                            // Back where it was: the general arm pops it again.
                            Err(v) => push_v!(v),
                        }
                    }
                    Op::StoreAttr(site) => {
                        let obj = pop_v!();
                        let v = pop_v!();
                        match S::store_attr_fast(site!(site), &obj, v) {
                            Ok(old) => {
                                drop(old);
                                drop(obj);
                                vm.stats.count_store_hit();
                                continue;
                            }
                            Err(v) => {
                                push_v!(v);
                                push_v!(obj);
                            }
                        }
                    }
                    Op::BinaryOp(k) | Op::InplaceOp(k) => {
                        // In place: the result overwrites the left operand's
                        // slot, and the right one (inline) is forgotten.
                        if let Some(r) = ops::fast_binop(BinOpKind::from_u32(k), peek!(2), peek!(1)) {
                            std::mem::forget(pop_v!());
                            set_inline(peek!(1), r);
                            continue;
                        }
                    }
                    Op::Compare(k) => {
                        let r = match (&*peek!(2), &*peek!(1)) {
                            (Value::Int(x), Value::Int(y)) => Some(ops::cmp_ord(CmpKind::from_u32(k), x.cmp(y))),
                            (Value::Float(x), Value::Float(y)) => Some(ops::cmp_float(CmpKind::from_u32(k), x.get(), y.get())),
                            _ => None,
                        };
                        if let Some(r) = r {
                            std::mem::forget(pop_v!());
                            set_inline(peek!(1), Value::bool(r));
                            continue;
                        }
                        if let (Value::Str(x), Value::Str(y)) = (&*peek!(2), &*peek!(1)) {
                            let r = ops::str_compare(CmpKind::from_u32(k), x, y);
                            replace_top2!(Value::bool(r));
                            continue;
                        }
                    }
                    Op::ContainsOp(inv) => {
                        if let Some(r) = ops::contains_pure(peek!(1), peek!(2)) {
                            replace_top2!(Value::bool(r != (inv != 0)));
                            continue;
                        }
                    }
                    Op::Dup => {
                        let v = peek!(1).clone();
                        push_v!(v);
                        continue;
                    }
                    Op::Swap(n) => {
                        debug_assert!(n >= 1);
                        // SAFETY: the operand stack holds at least `n`
                        // values (the compiler's stack discipline), so both
                        // pointers are initialised values the loop owns;
                        // `ptr::swap` allows them to be the same one.
                        unsafe { std::ptr::swap(sp.sub(1), sp.sub(n as usize)) };
                        continue;
                    }
                    Op::BuildTuple(n) => {
                        let n = n as usize;
                        // SAFETY: the top `n` values are initialised and
                        // owned by the loop (the compiler's stack
                        // discipline); they are handed to the tuple, once,
                        // and `sp` drops below them, so their slots are
                        // free. (A failed allocation aborts, leaking nothing
                        // twice.)
                        let t = unsafe {
                            sp = sp.sub(n);
                            Value::tuple_from_raw(sp, n)
                        };
                        push_v!(t);
                        continue;
                    }
                    Op::UnaryNeg => {
                        let r = match *peek!(1) {
                            Value::Int(i) => i.checked_neg().map(Value::Int),
                            Value::Float(x) => Some(Value::float(-x.get())),
                            _ => None,
                        };
                        if let Some(r) = r {
                            set_inline(peek!(1), r);
                            continue;
                        }
                    }
                    Op::UnpackSequence(n) => {
                        // A tuple of the right length: its items, the first
                        // on top, as `ops::unpack_sequence` pushes them.
                        if matches!(&*peek!(1), Value::Tuple(t) if t.items.len() == n as usize) {
                            let seq = pop_v!();
                            if let Value::Tuple(t) = &seq {
                                for v in t.items.iter().rev() {
                                    push_v!(v.clone());
                                }
                            }
                            release(seq);
                            continue;
                        }
                    }
                    Op::IsOp(inv) => {
                        // Identity runs no Python code and cannot fail.
                        let r = peek!(2).is(peek!(1)) != (inv != 0);
                        replace_top2!(Value::bool(r));
                        continue;
                    }
                    Op::UnaryNot => {
                        if let Value::Bool(b) = *peek!(1) {
                            *peek!(1) = Value::bool(!b.get());
                            continue;
                        }
                    }
                    Op::Subscript => {
                        // A list or tuple indexed by an in-range int: the
                        // item replaces the container, the int is forgotten.
                        let v = match (&*peek!(2), &*peek!(1)) {
                            (Value::List(l), Value::Int(i)) => match l.items.try_borrow() {
                                Ok(items) => item_at(&items, *i),
                                Err(_) => Value::Unbound,
                            },
                            (Value::Tuple(t), Value::Int(i)) => item_at(&t.items, *i),
                            (Value::Str(s), Value::Int(i)) => ops::str_item(s, *i),
                            _ => Value::Unbound,
                        };
                        if !v.is_unbound() {
                            std::mem::forget(pop_v!());
                            release(std::mem::replace(peek!(1), v));
                            continue;
                        }
                        v.forget_unbound();
                    }
                    Op::PopJumpIfFalse(t) => {
                        if let Value::Bool(b) = *peek!(1) {
                            std::mem::forget(pop_v!());
                            if !b.get() {
                                jump!(t);
                            }
                            continue;
                        }
                    }
                    Op::PopJumpIfTrue(t) => {
                        if let Value::Bool(b) = *peek!(1) {
                            std::mem::forget(pop_v!());
                            if b.get() {
                                jump!(t);
                            }
                            continue;
                        }
                    }
                    Op::JumpIfFalseOrPop(t) | Op::JumpIfTrueOrPop(t) => {
                        if let Value::Bool(b) = *peek!(1) {
                            if b.get() == matches!(op, Op::JumpIfTrueOrPop(_)) {
                                jump!(t);
                            } else {
                                std::mem::forget(pop_v!());
                            }
                            continue;
                        }
                    }
                    Op::ForIter(t) => {
                        let v = match &*peek!(1) {
                            Value::Iter(it) => iters::next_fast(it),
                            Value::Generator(g) => {
                                let g: *const std::rc::Rc<crate::objects::PyGenerator> = g;
                                sync!();
                                let mut err = None;
                                // SAFETY: `g` is the top slot of `vm.stack`,
                                // which holds a strong reference to the
                                // generator. A resume changes nothing in this
                                // stack: it swaps the vector out for the
                                // generator's own (the buffer stays where it
                                // is, untouched) and back before returning.
                                #[cfg(debug_assertions)]
                                let before = (vm.stack.as_ptr(), vm.stack.len(), vm.stack.capacity());
                                let v = call::gen_next::<S>(vm, unsafe { &*g }, &mut err);
                                // (`err` is set only with an `Unbound` result.)
                                if v.is_unbound() {
                                    if let Some(e) = err {
                                        break 'err e;
                                    }
                                }
                                // The resume gave the stack back as it was (above),
                                // so `sp`, `end` and `locals` still hold: the loop
                                // takes the values back without re-reading them.
                                #[cfg(debug_assertions)]
                                debug_assert_eq!(before, (vm.stack.as_ptr(), vm.stack.len(), vm.stack.capacity()));
                                // SAFETY: the loop owns the values again (its invariant).
                                unsafe { vm.stack.set_len(0) };
                                if v.is_unbound() {
                                    release(pop_v!());
                                    jump!(t);
                                    continue;
                                }
                                debug_assert!(err.is_none());
                                std::mem::forget(err);
                                v
                            }
                            _ => Value::Unbound,
                        };
                        if !v.is_unbound() {
                            push_v!(v);
                            continue;
                        }
                        v.forget_unbound();
                    }
                    Op::LoadFastMethod(x) => {
                        sync!();
                        match local_method::<S>(vm, f, x) {
                            Ok(()) => {
                                reload!();
                                continue;
                            }
                            Err(e) => break 'err e,
                        }
                    }
                    Op::LoadMethod(site) => {
                        let obj = pop_v!();
                        sync!();
                        match load_method_slow::<S>(vm, f, site!(site), obj) {
                            Ok(()) => {
                                reload!();
                                continue;
                            }
                            Err(e) => break 'err e,
                        }
                    }
                    Op::Call(n) | Op::CallMethod(n) => {
                        let builtin = matches!(&*peek!(n as usize + 2), Value::Builtin(_));
                        sync!();
                        let fast = if builtin { call::call_builtin_fast(vm, n as usize) } else { call::call_fast::<S>(vm, n as usize) };
                        let r = match fast {
                            Some(r) => r,
                            None => call::call_slow::<S>(vm, n as usize, None),
                        };
                        match r {
                            Ok(()) => {
                                reload!();
                                continue;
                            }
                            Err(e) => break 'err e,
                        }
                    }
                    Op::ReturnValue => {
                        let v = pop_v!();
                        sync!();
                        return v;
                    }
                    // The rest, named rather than `_`: the match is then
                    // exhaustive, so its jump table covers every instruction
                    // and the dispatch needs no range check (two
                    // instructions fewer on every dispatch).
                    Op::Dup2
                    | Op::DeleteFast(_)
                    | Op::LoadClassDeref(_)
                    | Op::DeleteDeref(_)
                    | Op::LoadClosure(_)
                    | Op::StoreGlobal(_)
                    | Op::DeleteGlobal(_)
                    | Op::LoadName(_)
                    | Op::StoreName(_)
                    | Op::DeleteName(_)
                    | Op::DeleteAttr(_)
                    | Op::LoadSuperMethod(_)
                    | Op::UnaryPos
                    | Op::UnaryInvert
                    | Op::StoreSubscr
                    | Op::DeleteSubscr
                    | Op::BuildSlice(_)
                    | Op::BuildList(_)
                    | Op::BuildSet(_)
                    | Op::BuildMap(_)
                    | Op::BuildString(_)
                    | Op::ListAppend(_)
                    | Op::SetAdd(_)
                    | Op::MapAdd(_)
                    | Op::ListExtend(_)
                    | Op::SetUpdate(_)
                    | Op::DictUpdate(_)
                    | Op::DictMerge(_)
                    | Op::ListToTuple
                    | Op::FormatValue(_)
                    | Op::UnpackEx(_)
                    | Op::GetIter
                    | Op::CallKw(_)
                    | Op::CallEx(_)
                    | Op::MakeFunction(_)
                    | Op::YieldValue
                    | Op::Send(_)
                    | Op::GetYieldFromIter
                    | Op::Raise(_)
                    | Op::Reraise
                    | Op::PushExcInfo
                    | Op::PopExcInfo
                    | Op::CheckExcMatch
                    | Op::BeforeWith
                    | Op::WithExitNormal
                    | Op::WithExceptStart
                    | Op::ImportName(_)
                    | Op::ImportFrom(_)
                    | Op::ImportStar
                    | Op::LoadBuildClass
                    | Op::LoadAssertionError
                    | Op::MakeCells => {}
                }
                // The general arms, on `vm.stack`.
                sync!();
                match op {
                    // Finished by the fast section above, always.
                    Op::Nop
                    | Op::Pop
                    | Op::LoadConst(_)
                    | Op::StoreFast(_)
                    | Op::PushNull
                    | Op::IsOp(_)
                    | Op::Dup
                    | Op::Swap(_)
                    | Op::BuildTuple(_)
                    | Op::Jump(_)
                    | Op::LoadFastMethod(_)
                    | Op::LoadMethod(_)
                    | Op::Call(_)
                    | Op::CallMethod(_)
                    | Op::ReturnValue => break 'err vm.internal("an instruction its fast path finishes reached the general arms"),
                    Op::Dup2 => {
                        let n = vm.stack.len();
                        let a = vm.stack[n - 2].clone();
                        let b = vm.stack[n - 1].clone();
                        push(vm, a);
                        push(vm, b);
                    }
                    Op::LoadFast(i) => {
                        let at = base + i as usize;
                        if vm.stack[at].is_unbound() {
                            break 'err ops::unbound_local(vm, code, i as usize);
                        }
                        push_copy_of(&mut vm.stack, at);
                    }
                    Op::DeleteFast(i) => {
                        if vm.stack[base + i as usize].is_unbound() {
                            break 'err ops::unbound_local(vm, code, i as usize);
                        }
                        vm.stack[base + i as usize] = Value::Unbound;
                    }
                    Op::LoadDeref(i) => {
                        let v = tri!(frame::load_deref(vm, f, i as usize), 'err);
                        push(vm, v);
                    }
                    Op::LoadClassDeref(i) => {
                        let v = tri!(frame::load_class_deref::<S>(vm, f, i as usize), 'err);
                        push(vm, v);
                    }
                    Op::StoreDeref(i) => {
                        let v = pop(vm);
                        frame::store_deref(vm, f, i as usize, v);
                    }
                    Op::DeleteDeref(i) => tri!(frame::delete_deref(vm, f, i as usize), 'err),
                    Op::LoadClosure(i) => {
                        let c = frame::cell_at(vm, f, i as usize);
                        push(vm, c);
                    }
                    Op::MakeCells => frame::make_cells(vm, f),
                    Op::LoadGlobal(i) => {
                        let v = tri!(S::load_global(vm, f, i), 'err);
                        push(vm, v);
                    }
                    Op::StoreGlobal(i) => {
                        let v = pop(vm);
                        tri!(S::store_global(vm, f, i, v), 'err);
                    }
                    Op::DeleteGlobal(i) => tri!(S::delete_global(vm, f, i), 'err),
                    Op::LoadName(i) => {
                        let v = tri!(frame::load_name::<S>(vm, f, i), 'err);
                        push(vm, v);
                    }
                    Op::StoreName(i) => {
                        let v = pop(vm);
                        tri!(frame::store_name::<S>(vm, f, i, v), 'err);
                    }
                    Op::DeleteName(i) => tri!(frame::delete_name::<S>(vm, f, i), 'err),
                    // The attribute, arithmetic, compare and iteration arms
                    // below come after their fast paths missed.
                    Op::LoadAttr(site) => {
                        let obj = pop(vm);
                        let v = tri!(load_attr_slow::<S>(vm, f, site!(site), &obj), 'err);
                        push(vm, v);
                    }
                    Op::StoreAttr(site) => {
                        let obj = pop(vm);
                        let v = pop(vm);
                        tri!(store_attr_slow::<S>(vm, f, site!(site), &obj, v), 'err);
                    }
                    Op::DeleteAttr(site) => {
                        let obj = pop(vm);
                        tri!(S::delete_attr(vm, f, site!(site), &obj), 'err);
                    }
                    Op::LoadFastAttr(x) => tri!(local_attr_slow::<S>(vm, f, x, AttrKind::Load), 'err),
                    Op::StoreFastAttr(x) => {
                        let v = pop(vm);
                        tri!(local_attr_slow::<S>(vm, f, x, AttrKind::Store(v)), 'err);
                    }
                    Op::LoadSuperMethod(site) => {
                        let sup = pop(vm);
                        let (m, this) = tri!(S::load_super_method(vm, f, site!(site), sup), 'err);
                        push(vm, m);
                        push(vm, this);
                    }
                    Op::BinaryOp(k) | Op::InplaceOp(k) => {
                        let kind = BinOpKind::from_u32(k);
                        let b = pop(vm);
                        let a = pop(vm);
                        let r = if matches!(op, Op::InplaceOp(_)) {
                            tri!(ops::inplace_op(vm, kind, &a, &b), 'err)
                        } else {
                            tri!(ops::binary_op(vm, kind, &a, &b), 'err)
                        };
                        push(vm, r);
                    }
                    Op::UnaryNeg | Op::UnaryPos | Op::UnaryInvert => {
                        let a = pop(vm);
                        let f = match op {
                            Op::UnaryNeg => ops::unary_neg,
                            Op::UnaryPos => ops::unary_pos,
                            _ => ops::unary_invert,
                        };
                        let r = tri!(f(vm, &a), 'err);
                        push(vm, r);
                    }
                    Op::UnaryNot => {
                        let a = pop(vm);
                        let t = tri!(ops::truthy(vm, &a), 'err);
                        push(vm, Value::bool(!t));
                    }
                    Op::Compare(k) => {
                        let b = pop(vm);
                        let a = pop(vm);
                        let r = tri!(ops::compare(vm, CmpKind::from_u32(k), &a, &b), 'err);
                        push(vm, r);
                    }
                    Op::ContainsOp(inv) => {
                        let b = pop(vm);
                        let a = pop(vm);
                        let r = tri!(ops::contains(vm, &b, &a), 'err);
                        push(vm, Value::bool(r != (inv != 0)));
                    }
                    Op::Subscript => match call::getitem_call::<S>(vm) {
                        Some(r) => tri!(r, 'err),
                        None => {
                            let k = pop(vm);
                            let c = pop(vm);
                            let r = tri!(ops::getitem(vm, &c, &k), 'err);
                            push(vm, r);
                        }
                    },
                    Op::StoreSubscr => {
                        let k = pop(vm);
                        let c = pop(vm);
                        let v = pop(vm);
                        tri!(ops::setitem(vm, &c, k, v), 'err);
                    }
                    Op::DeleteSubscr => {
                        let k = pop(vm);
                        let c = pop(vm);
                        tri!(ops::delitem(vm, &c, &k), 'err);
                    }
                    Op::BuildSlice(n) => {
                        let step = if n == 3 { pop(vm) } else { Value::None };
                        let stop = pop(vm);
                        let start = pop(vm);
                        push(vm, ops::new_slice(start, stop, step));
                    }
                    Op::BuildList(n) => {
                        let items = vm.stack.split_off(vm.stack.len() - n as usize);
                        push(vm, Value::list(items));
                    }
                    Op::BuildSet(n) => {
                        let items = vm.stack.split_off(vm.stack.len() - n as usize);
                        let s = tri!(ops::build_set(vm, items), 'err);
                        push(vm, s);
                    }
                    Op::BuildMap(n) => {
                        let items = vm.stack.split_off(vm.stack.len() - 2 * n as usize);
                        let d = tri!(ops::build_map(vm, items), 'err);
                        push(vm, d);
                    }
                    Op::BuildString(n) => {
                        let items = vm.stack.split_off(vm.stack.len() - n as usize);
                        push(vm, ops::build_string(&items));
                    }
                    Op::ListAppend(n) => {
                        let v = pop(vm);
                        let target = vm.stack.len() - n as usize;
                        if let Value::List(l) = &vm.stack[target] {
                            l.items.borrow_mut().push(v);
                        }
                    }
                    Op::SetAdd(n) => {
                        let v = pop(vm);
                        let target = vm.stack[vm.stack.len() - n as usize].clone();
                        tri!(ops::set_add(vm, &target, v), 'err);
                    }
                    Op::MapAdd(n) => {
                        let v = pop(vm);
                        let k = pop(vm);
                        let target = vm.stack[vm.stack.len() - n as usize].clone();
                        tri!(ops::setitem(vm, &target, k, v), 'err);
                    }
                    Op::ListExtend(n) => {
                        let it = pop(vm);
                        let depth = (n & !crate::bytecode::opcodes::CALL_ARGS) as usize;
                        let target = vm.stack[vm.stack.len() - depth].clone();
                        if let Err(e) = ops::list_extend(vm, &target, &it) {
                            if n & crate::bytecode::opcodes::CALL_ARGS != 0 {
                                let func = vm.stack[vm.stack.len() - depth - 2].clone();
                                break 'err ops::star_args_error(vm, e, &func, &it);
                            }
                            break 'err e;
                        }
                    }
                    Op::SetUpdate(n) => {
                        let it = pop(vm);
                        let target = vm.stack[vm.stack.len() - n as usize].clone();
                        tri!(ops::set_update(vm, &target, &it), 'err);
                    }
                    Op::DictUpdate(n) => {
                        let m = pop(vm);
                        let target = vm.stack[vm.stack.len() - n as usize].clone();
                        tri!(ops::dict_update(vm, &target, &m, false), 'err);
                    }
                    Op::DictMerge(n) => {
                        let m = pop(vm);
                        let target = vm.stack[vm.stack.len() - n as usize].clone();
                        let fpos = vm.stack.len() - n as usize - 3;
                        let func = vm.stack.get(fpos).cloned().unwrap_or_default();
                        tri!(ops::dict_merge_kwargs(vm, &target, &m, &func), 'err);
                    }
                    Op::ListToTuple => {
                        let l = pop(vm);
                        let t = match &l {
                            Value::List(l) => Value::tuple(std::mem::take(&mut *l.items.borrow_mut())),
                            other => other.clone(),
                        };
                        push(vm, t);
                    }
                    Op::FormatValue(flags) => {
                        let spec = if flags & 4 != 0 { Some(pop(vm)) } else { None };
                        let v = pop(vm);
                        let s = tri!(ops::format_value(vm, v, flags & 3, spec), 'err);
                        push(vm, s);
                    }
                    Op::UnpackSequence(n) => {
                        let seq = pop(vm);
                        tri!(ops::unpack_sequence(vm, &seq, n as usize), 'err);
                    }
                    Op::UnpackEx(n) => {
                        let seq = pop(vm);
                        tri!(ops::unpack_ex(vm, &seq, (n & 0xffff) as usize, (n >> 16) as usize), 'err);
                    }
                    Op::PopJumpIfFalse(t) | Op::PopJumpIfTrue(t) => {
                        // A bool took the fast path; anything else asks `truthy`.
                        let v = pop(vm);
                        let b = tri!(ops::truthy(vm, &v), 'err);
                        release(v);
                        if b == matches!(op, Op::PopJumpIfTrue(_)) {
                            jump!(t);
                        }
                    }
                    Op::JumpIfFalseOrPop(t) => {
                        let b = tri!(ops::truthy(vm, &top(vm).clone()), 'err);
                        if !b {
                            jump!(t);
                        } else {
                            vm.stack.pop();
                        }
                    }
                    Op::JumpIfTrueOrPop(t) => {
                        let b = tri!(ops::truthy(vm, &top(vm).clone()), 'err);
                        if b {
                            jump!(t);
                        } else {
                            vm.stack.pop();
                        }
                    }
                    Op::GetIter => {
                        let v = pop(vm);
                        let it = tri!(ops::get_iter(vm, &v), 'err);
                        push(vm, it);
                    }
                    Op::ForIter(t) => {
                        // (A generator is resumed by the fast arm.)
                        let it = top(vm).clone();
                        match tri!(ops::next(vm, &it), 'err) {
                            Some(v) => push(vm, v),
                            None => {
                                vm.stack.pop();
                                jump!(t);
                            }
                        }
                    }
                    Op::CallKw(n) => {
                        let names = pop(vm);
                        match call::call_kw_fast::<S>(vm, n as usize, &names) {
                            Some(r) => tri!(r, 'err),
                            None => tri!(call::call_slow::<S>(vm, n as usize, Some(names)), 'err),
                        }
                    }
                    Op::CallEx(has_kw) => tri!(call::call_ex::<S>(vm, has_kw != 0), 'err),
                    Op::MakeFunction(flags) => {
                        let func = tri!(frame::make_function(vm, f, flags), 'err);
                        push(vm, func);
                    }
                    Op::YieldValue => {
                        let v = pop(vm);
                        f.yielded = true;
                        f.pc = pc!();
                        return v;
                    }
                    Op::Send(t) => {
                        let sent = pop(vm);
                        let sub = top(vm).clone();
                        match tri!(call::send::<S>(vm, &sub, sent), 'err) {
                            call::GenResult::Yield(v) => push(vm, v),
                            call::GenResult::Return(v) => {
                                vm.stack.pop();
                                push(vm, v);
                                jump!(t);
                            }
                        }
                    }
                    Op::GetYieldFromIter => {
                        let v = pop(vm);
                        let it = match v {
                            Value::Generator(_) => v,
                            other => tri!(ops::get_iter(vm, &other), 'err),
                        };
                        push(vm, it);
                    }
                    Op::Raise(n) => break 'err ops::do_raise(vm, f, n),
                    Op::Reraise => {
                        let e = pop(vm);
                        break 'err ops::reraise(vm, e);
                    }
                    Op::PushExcInfo => {
                        let e = top(vm).clone();
                        vm.exc_info.push(e);
                    }
                    Op::PopExcInfo => {
                        vm.exc_info.pop();
                    }
                    Op::CheckExcMatch => {
                        let ty = pop(vm);
                        let exc = top(vm).clone();
                        let r = tri!(ops::exc_matches(vm, &exc, &ty), 'err);
                        push(vm, Value::bool(r));
                    }
                    Op::BeforeWith => tri!(call::before_with::<S>(vm), 'err),
                    Op::WithExitNormal => {
                        let exit = pop(vm);
                        tri!(call::call_value::<S>(vm, &exit, &[Value::None, Value::None, Value::None], &[]), 'err);
                    }
                    Op::WithExceptStart => {
                        let exc = top(vm).clone();
                        let exit = vm.stack[vm.stack.len() - 2].clone();
                        let r = tri!(call::with_except::<S>(vm, &exit, &exc), 'err);
                        push(vm, Value::bool(r));
                    }
                    Op::ImportName(i) => {
                        let fromlist = pop(vm);
                        let level = pop(vm);
                        let m = tri!(crate::interp::import::import_name(vm, f, &code.names[i as usize], &fromlist, &level), 'err);
                        push(vm, m);
                    }
                    Op::ImportFrom(i) => {
                        let m = top(vm).clone();
                        let v = tri!(crate::interp::import::import_from(vm, &m, &code.names[i as usize]), 'err);
                        push(vm, v);
                    }
                    Op::ImportStar => {
                        let m = pop(vm);
                        tri!(crate::interp::import::import_star::<S>(vm, f, &m), 'err);
                    }
                    Op::LoadBuildClass => {
                        let v = tri!(vm.builtin_value("__build_class__"), 'err);
                        push(vm, v);
                    }
                    Op::LoadAssertionError => {
                        let t = vm.exc_type(ExcKind::AssertionError);
                        push(vm, Value::Type(t));
                    }
                }
                reload!();
            }
        };
        // The error path: find a handler in this frame, or leave it.
        let at = pc!().saturating_sub(1);
        let op = ops.get(at).copied();
        let reraise = matches!(op, Some(Op::Reraise) | Some(Op::Raise(0)));
        if !reraise {
            ops::attach_context(vm, &err);
            add_traceback(&err, code, at);
        }
        match code.code.exc_table.iter().find(|e| (e.start as usize) <= at && at < e.end as usize) {
            Some(entry) => {
                vm.stack.truncate(base + code.nlocalsplus + entry.depth as usize);
                vm.exc_info.truncate(f.exc_base + entry.exc_depth as usize);
                push(vm, Value::Instance(err.0.clone()));
                jump!(entry.target);
            }
            None => {
                vm.exc_info.truncate(f.exc_base);
                f.pending = Some(err);
                return Value::Unbound;
            }
        }
    }
}

#[cold]
fn add_traceback(err: &PyErr, code: &std::rc::Rc<crate::objects::PyCode>, pc: usize) {
    if let Some(exc) = err.0.exc() {
        let line = code.code.line_at(pc);
        exc.borrow_mut().traceback.push(TbEntry { code: code.clone(), line });
    }
}
