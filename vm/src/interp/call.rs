//! Calls: the `Call` instructions' fast path (a Python function called with
//! exactly its positional parameters runs on the arguments already on the
//! stack), argument binding for everything else with CPython's messages,
//! class instantiation, generators, and the `with` protocol.

use super::frame::{Frame, FrameNs};
use super::vm::Vm;
use super::{attr, ops, run_frame};
use crate::bytecode::code::{FLAG_VARARGS, FLAG_VARKEYWORDS};
use crate::objects::func::{GenStatus, InlineBuiltin};
use crate::objects::release;
use crate::objects::{ExcKind, PyDict, PyFunction, PyGenerator, PyResult, PyStr, PyType, TypeKind, Value};
use crate::strategy::Strategy;
use smallvec::SmallVec;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

pub enum GenResult {
    Yield(Value),
    Return(Value),
}

type Args = SmallVec<[Value; 8]>;

/// `Call(n)`/`CallMethod(n)` from the loop's fast path when the callable
/// is not a built-in (those go to `call_builtin_fast`): a `stack_call`, or
/// a class whose `__init__` takes one; `None` (nothing done but a bound
/// method unpacked in place) for `call_slow`, which takes any call.
#[inline(never)]
pub fn call_fast<S: Strategy>(vm: &mut Vm, n: usize) -> Option<PyResult<()>> {
    let fpos = vm.stack.len().checked_sub(n + 2)?;
    if let Some(call) = stack_call(vm, n) {
        return Some(run_stack_call::<S>(vm, call));
    }
    match &vm.stack[fpos] {
        Value::Type(t) if vm.stack[fpos + 1].is_unbound() => {
            if t.is_builtin && !matches!(t.kind, TypeKind::Exception(_)) && n <= BUILTIN_ARGS {
                return Some(construct_on_stack(vm, fpos, fpos + 2));
            }
            let t = t.clone();
            init_call::<S>(vm, &t, fpos, n)
        }
        _ => None,
    }
}

/// `call_fast` for a built-in, which the loop calls directly when it sees
/// one at the callable's slot: a small function, so that a built-in's call
/// does not pay the prologue of `call_fast`'s frame (sized for the Python
/// call it inlines).
#[inline(never)]
pub fn call_builtin_fast(vm: &mut Vm, n: usize) -> Option<PyResult<()>> {
    let fpos = vm.stack.len().checked_sub(n + 2)?;
    let Some([Value::Builtin(b), slf]) = vm.stack.get(fpos..fpos + 2) else {
        return None;
    };
    let list_append = b.inline == InlineBuiltin::ListAppend && n == 1;
    let start = if slf.is_unbound() { fpos + 2 } else { fpos + 1 };
    let subclass_self = b.is_method && matches!(vm.stack.get(start), Some(Value::Instance(_)));
    if vm.stack.len() - start <= BUILTIN_ARGS && !subclass_self {
        if list_append {
            return Some(list_append_call(vm, fpos, start));
        }
        return Some(call_builtin_on_stack(vm, fpos, start));
    }
    None
}

/// `Subscript` on an instance whose class defines `__getitem__` as a
/// Python function (CPython 3.11's `BINARY_SUBSCR_GETITEM`): `(c k)`
/// becomes the call `(f c k)` on the stack, run as a method call with one
/// argument, so the key and the instance reach the function's frame with
/// no argument vector. `None` (the stack as it was) for anything else.
#[inline(never)]
pub fn getitem_call<S: Strategy>(vm: &mut Vm) -> Option<PyResult<()>> {
    let at = vm.stack.len().checked_sub(2)?;
    let c = &vm.stack[at];
    if !matches!(c, Value::Instance(_)) {
        return None;
    }
    let f = attr::user_method_named(vm, c, &crate::name!("__getitem__"))?;
    if !matches!(f, Value::Function(_)) {
        return None;
    }
    vm.stack.insert(at, f);
    Some(match call_fast::<S>(vm, 1) {
        Some(r) => r,
        None => call_slow::<S>(vm, 1, None),
    })
}

/// `list.append(x)` as `CallMethod(1)` left it, `[append, list, x]` from
/// `fpos`, in place (CPython's `PRECALL_NO_KW_LIST_APPEND`): moves `x` into
/// the list when it is an exact list, not borrowed (a sort in progress),
/// with room (growing goes through the method, which turns a failed
/// allocation into MemoryError), and leaves `[None]` from `fpos`; else
/// calls the method. (Out of line: inlined, its registers cost every other
/// built-in's call a larger prologue.)
#[inline(never)]
fn list_append_call(vm: &mut Vm, fpos: usize, start: usize) -> PyResult<()> {
    if list_append_on_stack(&mut vm.stack, fpos) {
        return Ok(());
    }
    call_builtin_on_stack(vm, fpos, start)
}

#[inline(always)]
fn list_append_on_stack(stack: &mut Vec<Value>, fpos: usize) -> bool {
    let Some([_, Value::List(l), x]) = stack.get_mut(fpos..) else { return false };
    let Ok(mut items) = l.items.try_borrow_mut() else { return false };
    if items.len() == items.capacity() {
        return false;
    }
    items.push(std::mem::take(x));
    drop(items);
    // The method, the list and the emptied slot give way to the result.
    crate::objects::release_above(stack, fpos);
    stack.push(Value::None);
    true
}

/// The `__init__` function a call of `t` runs when the call is the plain
/// case `type_call` handles: a Python class of plain instances (no
/// built-in base, not an exception), `object.__new__`, and an `__init__`
/// that is a Python function. Worked out once per version of `t` (which
/// changes with any namespace along its MRO, and with its bases).
fn plain_init(t: &Rc<PyType>) -> Option<Value> {
    let version = t.version.get();
    if let Ok(c) = t.init_cache.try_borrow() {
        if let Some((v, init)) = &*c {
            if *v == version {
                return init.clone();
            }
        }
    }
    let init = if t.is_builtin || t.kind != TypeKind::Object {
        None
    } else {
        let user_new = is_user_new(t.lookup(&crate::name!("__new__")).as_ref());
        match t.lookup(&crate::name!("__init__")) {
            Some(f @ Value::Function(_)) if !user_new => Some(f),
            _ => None,
        }
    };
    if let Ok(mut c) = t.init_cache.try_borrow_mut() {
        let old = c.replace((version, init.clone()));
        drop(c);
        drop(old);
    }
    init
}

/// `Call(n)` of a class, `(C NULL a1 .. an)`, in the plain case
/// (`plain_init`) when its `__init__` takes a `stack_call`: the new
/// instance and `__init__` take the class's and the NULL's slots, so the
/// call is `__init__(inst, a1, .., an)` on the stack, and the instance is
/// its result once `__init__` has returned `None`. `None` (the stack as it
/// was) for `call_slow`.
#[inline(never)]
fn init_call<S: Strategy>(vm: &mut Vm, t: &Rc<PyType>, fpos: usize, n: usize) -> Option<PyResult<()>> {
    let init = plain_init(t)?;
    let inst = match (vm.ctors.object)(vm, t, &[], &[]) {
        Ok(inst) => inst,
        Err(e) => return Some(Err(e)),
    };
    let callable = std::mem::replace(&mut vm.stack[fpos], init);
    vm.stack[fpos + 1] = inst.clone();
    let Some(call) = stack_call(vm, n) else {
        vm.stack[fpos] = callable;
        vm.stack[fpos + 1] = Value::Unbound;
        return None;
    };
    drop(callable);
    Some(match run_stack_frame::<S>(vm, call) {
        Ok(Value::None) => {
            vm.stack.push(inst);
            Ok(())
        }
        Ok(r) => Err(vm.type_error(format!("__init__() should return None, not '{}'", r.type_name()))),
        Err(e) => Err(e),
    })
}

/// `Call(n)`/`CallMethod(n)`/`CallKw(n)` past `call_fast`:
/// `(f self_or_null a1 .. an -- r)`. The loop calls it for what
/// `call_fast` declined, and for every call with keywords; it is correct
/// for any call, only slower for those `call_fast` takes.
pub fn call_slow<S: Strategy>(vm: &mut Vm, n: usize, kwnames: Option<Value>) -> PyResult<()> {
    let len = vm.stack.len();
    let fpos = len - n - 2;
    if kwnames.is_none() {
        // A function with something to bind (a bound method of one was
        // unpacked in place by `stack_call`) binds on the stack.
        if let Value::Function(func) = &vm.stack[fpos] {
            let func = func.clone();
            let (argbase, nargs) = if vm.stack[fpos + 1].is_unbound() { (fpos + 2, n) } else { (fpos + 1, n + 1) };
            let r = call_function_on_stack::<S>(vm, &func, argbase, nargs)?;
            vm.stack.truncate(fpos);
            vm.stack.push(r);
            return Ok(());
        }
    }
    let callable = vm.stack[fpos].clone();
    let self_ = std::mem::take(&mut vm.stack[fpos + 1]);
    let mut args: Args = SmallVec::new();
    if !self_.is_unbound() {
        args.push(self_);
    }
    args.extend(vm.stack.drain(fpos + 2..));
    vm.stack.truncate(fpos);
    let kwargs = match kwnames {
        Some(Value::Tuple(names)) => {
            let k = names.items.len();
            let start = args.len() - k;
            let kw: Vec<(Rc<PyStr>, Value)> =
                names.items.iter().zip(args.drain(start..)).map(|(n, v)| (n.as_str().cloned().unwrap_or_else(|| crate::name!("")), v)).collect();
            kw
        }
        _ => Vec::new(),
    };
    let r = call_value::<S>(vm, &callable, &args, &kwargs)?;
    vm.stack.push(r);
    Ok(())
}

/// A Python call whose arguments are already the callee's first locals,
/// where they lie on the stack (`stack_call`).
struct StackCall {
    /// The callee, kept alive by the strong reference in stack slot `fpos`.
    func: *const PyFunction,
    /// The callable's slot: the stack's length once the call returns.
    fpos: usize,
    /// The callee's local 0.
    base: usize,
}

/// `(m NULL ...)` at `fpos`, where `m` is a bound method, becomes
/// `(m.__func__ m.__self__ ...)`: the call is the same.
#[inline(always)]
fn unpack_bound_method(vm: &mut Vm, fpos: usize) {
    if vm.stack[fpos + 1].is_unbound() {
        if let Value::Method(m) = &vm.stack[fpos] {
            let (func, self_) = (m.func.clone(), m.self_.clone());
            vm.stack[fpos] = func;
            vm.stack[fpos + 1] = self_;
        }
    }
}

/// `Call(n)`/`CallMethod(n)` on `(f self_or_null a1 .. an)` when `f` is a
/// Python function (or a bound method of one) taking these positional
/// arguments, the missing last ones from its defaults, with nothing else
/// to bind (`PyCode::simple_argc`), and
/// the recursion limit is not reached: the rest of the callee's locals are
/// made unbound above the arguments and its free variables copied in.
/// `None` (nothing changed but a bound method unpacked in place) sends the
/// call down `call_slow`.
#[inline(always)]
fn stack_call(vm: &mut Vm, n: usize) -> Option<StackCall> {
    let fpos = vm.stack.len().checked_sub(n + 2)?;
    unpack_bound_method(vm, fpos);
    let Value::Function(func) = &vm.stack[fpos] else {
        return None;
    };
    let (base, nargs) = if vm.stack[fpos + 1].is_unbound() { (fpos + 2, n) } else { (fpos + 1, n + 1) };
    let argc = func.code.simple_argc;
    if argc == u32::MAX || nargs > argc as usize || vm.depth >= vm.recursion_limit {
        return None;
    }
    let func = Rc::as_ptr(func);
    // SAFETY: `func` comes from the `Rc` in `stack[fpos]`, which the pushes
    // below do not touch (they only add slots above the arguments); the
    // strong count that slot holds keeps the function alive.
    let f = unsafe { &*func };
    let missing = argc as usize - nargs;
    if missing > 0 {
        push_defaults(vm, f, missing)?;
    }
    let top = base + f.code.nlocalsplus;
    while vm.stack.len() < top {
        vm.stack.push(Value::Unbound);
    }
    super::frame::copy_free_vars(vm, f, base);
    Some(StackCall { func, fpos, base })
}

/// `CallKw(n)` on `(f self_or_null a1 .. an)` with the last `k` arguments
/// named by `names`, when `f` is a Python function (or a bound method of
/// one) with nothing to bind but positional parameters
/// (`PyCode::simple_argc`): each keyword names a parameter after the
/// positional arguments and after the positional-only ones, none twice,
/// and every parameter left over has a default. The keyword values move
/// to their parameters' slots and the defaults fill the rest, as
/// `bind_args` would bind them; anything else (and every error) is left
/// to `call_slow`, with the stack as it was but a bound method unpacked.
pub fn call_kw_fast<S: Strategy>(vm: &mut Vm, n: usize, names: &Value) -> Option<PyResult<()>> {
    let Value::Tuple(names) = names else { return None };
    let k = names.items.len();
    let fpos = vm.stack.len().checked_sub(n + 2)?;
    if k > n {
        return None;
    }
    unpack_bound_method(vm, fpos);
    let Value::Function(func) = &vm.stack[fpos] else { return None };
    let (base, npos) = if vm.stack[fpos + 1].is_unbound() { (fpos + 2, n - k) } else { (fpos + 1, n - k + 1) };
    let argc = func.code.simple_argc;
    if argc == u32::MAX || argc > 64 || npos > argc as usize || k > KW_ARGS || vm.depth >= vm.recursion_limit {
        return None;
    }
    let func = Rc::as_ptr(func);
    // SAFETY: as in `stack_call`: `stack[fpos]` holds the function, and
    // nothing below writes that slot.
    let f = unsafe { &*func };
    let argc = argc as usize;
    let code = &f.code;
    let first_kw = npos.max(code.code.posonlyargcount as usize);
    // Where each keyword goes; `filled` marks the parameters bound so far.
    let mut filled: u64 = if npos == 64 { u64::MAX } else { (1u64 << npos) - 1 };
    let mut slots = [0u8; KW_ARGS];
    for (slot, name) in slots.iter_mut().zip(names.items.iter()) {
        let Value::Str(name) = name else { return None };
        let j = code.varnames[..argc].iter().position(|p| Rc::ptr_eq(p, name) || p.as_str() == name.as_str())?;
        if j < first_kw || filled & (1 << j) != 0 {
            return None;
        }
        filled |= 1 << j;
        *slot = j as u8;
    }
    let defaults = f.defaults.try_borrow().ok()?;
    let first_default = argc.checked_sub(defaults.len())?;
    if (0..first_default).any(|j| filled & (1 << j) == 0) {
        return None;
    }
    // The keyword values move out (their slots overlap their targets),
    // then to their parameters; the defaults fill what is left.
    // (Every value replaced below is `Unbound`, or an inline value, which
    // `release` forgets without the drop glue; so is every value the array
    // holds at the end, which is forgotten rather than dropped.)
    let mut kw: [Value; KW_ARGS] = Default::default();
    for v in kw[..k].iter_mut().rev() {
        release(std::mem::replace(v, vm.stack.pop().unwrap_or_default()));
    }
    let top = base + code.nlocalsplus;
    while vm.stack.len() < top {
        vm.stack.push(Value::Unbound);
    }
    for (j, v) in slots[..k].iter().zip(kw[..k].iter_mut()) {
        let v = std::mem::take(v);
        match vm.stack.get_mut(base + *j as usize) {
            Some(slot) => release(std::mem::replace(slot, v)),
            None => drop(v),
        }
    }
    for j in npos..argc {
        if filled & (1 << j) == 0 {
            if let Some(slot) = vm.stack.get_mut(base + j) {
                release(std::mem::replace(slot, defaults[j - first_default].clone()));
            }
        }
    }
    drop(defaults);
    debug_assert!(kw.iter().all(Value::is_unbound));
    std::mem::forget(kw);
    super::frame::copy_free_vars(vm, f, base);
    Some(run_stack_call::<S>(vm, StackCall { func, fpos, base }))
}

/// The most keyword arguments `call_kw_fast` takes.
const KW_ARGS: usize = 8;

/// Pushes the last `missing` defaults of `f`, as if passed (`None` when it
/// has fewer). Out of line: inlined, it cost every call a larger frame.
#[inline(never)]
fn push_defaults(vm: &mut Vm, f: &PyFunction, missing: usize) -> Option<()> {
    let defaults = f.defaults.try_borrow().ok()?;
    let from = defaults.len().checked_sub(missing)?;
    vm.stack.extend(defaults[from..].iter().cloned());
    Some(())
}

/// Runs a `stack_call`: no reference-count traffic for the callee (its
/// slot on the stack keeps it alive), and the stack drops back to the
/// callable's slot, inline values without their drop glue, before the
/// result is pushed.
#[inline(always)]
fn run_stack_call<S: Strategy>(vm: &mut Vm, call: StackCall) -> PyResult<()> {
    let r = run_stack_frame::<S>(vm, call)?;
    vm.stack.push(r);
    Ok(())
}

/// `run_stack_call` without the push of the result.
#[inline(always)]
fn run_stack_frame<S: Strategy>(vm: &mut Vm, call: StackCall) -> PyResult<Value> {
    // SAFETY: `stack[call.fpos]` holds a strong reference to the function
    // and is not written until the truncation below, after the frame that
    // borrows the function is gone: the callee's frame and everything it
    // pushes lie above `fpos`, and its error path truncates no lower than
    // its own base.
    let func = unsafe { &*call.func };
    vm.depth += 1;
    let r = {
        // (Dropped in place at the end of the block: `drop(frame)` copied it first.)
        let mut frame = Frame::new(&func.code, FrameNs::of(func), None, call.base, vm.exc_info.len());
        run_frame::<S>(vm, &mut frame)
    };
    vm.depth -= 1;
    crate::objects::release_above(&mut vm.stack, call.fpos);
    r
}

/// The most positional arguments `call_builtin_on_stack` takes.
const BUILTIN_ARGS: usize = 4;

/// A built-in function or method called with at most `BUILTIN_ARGS`
/// positional arguments, `stack[start..]`, the callable at `fpos`
/// (`call_with_moved_args`).
#[inline(never)]
fn call_builtin_on_stack(vm: &mut Vm, fpos: usize, start: usize) -> PyResult<()> {
    call_with_moved_args(vm, fpos, start, |vm, callable, args| match callable {
        Value::Builtin(b) => (b.func)(vm, args, &[]),
        _ => Err(vm.new_error(ExcKind::SystemError, "call of a built-in: no built-in at the callable's slot")),
    })
}

/// A built-in type (not an exception) called with at most `BUILTIN_ARGS`
/// positional arguments (`call_with_moved_args`): its constructor, as
/// `type_call` calls it, without the argument vector `call_slow` builds.
#[inline(never)]
fn construct_on_stack(vm: &mut Vm, fpos: usize, start: usize) -> PyResult<()> {
    let ctor = vm.ctors.builtin;
    call_with_moved_args(vm, fpos, start, |vm, callable, args| match callable {
        Value::Type(t) => ctor(vm, &t, args, &[]),
        _ => Err(vm.new_error(ExcKind::SystemError, "call of a type: no type at the callable's slot")),
    })
}

/// Runs `call` on the callable at `fpos` (taken from its slot) and the
/// arguments `stack[start..]`, at most `BUILTIN_ARGS` with at most the
/// NULL marker between (checked, with the native depth): the arguments
/// move, bit for bit and in one copy, into an array on the Rust stack (the
/// callee may grow the value stack, so it cannot borrow it), with no heap
/// allocation and no reference-count traffic; the stack is cut back to
/// `fpos` and the result pushed there.
#[inline(always)]
fn call_with_moved_args(vm: &mut Vm, fpos: usize, start: usize, call: impl FnOnce(&mut Vm, Value, &[Value]) -> PyResult<Value>) -> PyResult<()> {
    use std::mem::MaybeUninit;
    check_builtin_depth(vm)?;
    let len = vm.stack.len();
    let k = len.saturating_sub(start);
    if k > BUILTIN_ARGS || start <= fpos || start > fpos + 2 || start > len {
        return Err(vm.internal("call of a built-in: arguments out of place"));
    }
    let callable = std::mem::take(&mut vm.stack[fpos]);
    // Between the callable and the arguments: nothing, or the NULL marker.
    debug_assert!(vm.stack[fpos + 1..start].iter().all(Value::is_unbound));
    let mut args = [const { MaybeUninit::<Value>::uninit() }; BUILTIN_ARGS];
    // SAFETY: `stack[start..len]` are `k <= BUILTIN_ARGS` initialised values
    // the vector owns; they are moved into `args`, and `set_len(fpos)` then
    // hands their ownership over without dropping them. The slots from
    // `fpos` to `start` hold `Unbound` (the callable was taken; between it
    // and the arguments is at most the NULL marker), which owns nothing, so
    // forgetting them leaks nothing.
    let args: &mut [Value] = unsafe {
        // (A loop of at most four moves: a `copy_nonoverlapping` of a
        // variable length is a call of `memcpy`.)
        let from = vm.stack.as_ptr().add(start);
        for (i, slot) in args[..k].iter_mut().enumerate() {
            slot.write(from.add(i).read());
        }
        vm.stack.set_len(fpos);
        std::slice::from_raw_parts_mut(args.as_mut_ptr().cast::<Value>(), k)
    };
    vm.depth += 1;
    let r = call(vm, callable, args);
    vm.depth -= 1;
    // SAFETY: `args` are the `k` initialised values moved in above, owned
    // here and dropped once (a panic in the call leaks them instead); an
    // inline value has no drop glue to run.
    for a in args.iter_mut() {
        if !a.is_inline() {
            unsafe { std::ptr::drop_in_place(a) };
        }
    }
    vm.stack.push(r?);
    Ok(())
}

/// The depth check before a built-in runs (CPython's C-recursion limit is
/// looser than the Python one, hence the margin).
#[inline]
fn check_builtin_depth(vm: &Vm) -> PyResult<()> {
    if vm.depth >= vm.recursion_limit + 50 && !vm.may_go_deeper(50) {
        return Err(vm.new_error(ExcKind::RecursionError, "maximum recursion depth exceeded while calling a Python object"));
    }
    Ok(())
}

/// `CallEx`: `(f NULL args [kwargs] -- r)`.
pub fn call_ex<S: Strategy>(vm: &mut Vm, has_kw: bool) -> PyResult<()> {
    let kw = if has_kw { vm.stack.pop().unwrap_or_default() } else { Value::None };
    let args = vm.stack.pop().unwrap_or_default();
    let self_ = vm.stack.pop().unwrap_or_default();
    let f = vm.stack.pop().unwrap_or_default();
    let mut argv: Vec<Value> = Vec::new();
    if !self_.is_unbound() {
        argv.push(self_);
    }
    if let Value::Tuple(t) = &args {
        argv.extend(t.items.iter().cloned());
    }
    let mut kwargs = Vec::new();
    if let Value::Dict(d) = &kw {
        for e in d.data.borrow().iter() {
            match &e.key {
                Value::Str(s) => kwargs.push((s.clone(), e.value.clone())),
                _ => return Err(vm.type_error("keywords must be strings")),
            }
        }
    }
    let r = call_value::<S>(vm, &f, &argv, &kwargs)?;
    vm.stack.push(r);
    Ok(())
}

/// Calls a Python function whose `nargs` positional arguments are the top of the stack, from `argbase`.
#[inline]
pub fn call_function_on_stack<S: Strategy>(vm: &mut Vm, func: &Rc<PyFunction>, argbase: usize, nargs: usize) -> PyResult<Value> {
    let code = &func.code;
    let c = &code.code;
    if nargs == c.argcount as usize && c.kwonlyargcount == 0 && c.flags & (FLAG_VARARGS | FLAG_VARKEYWORDS) == 0 {
        vm.stack.resize(argbase + code.nlocalsplus, Value::Unbound);
    } else {
        let args: Args = vm.stack.drain(argbase..).collect();
        bind_args(vm, func, &args, &[])?;
    }
    run_function::<S>(vm, func, argbase)
}

/// Calls any callable with arguments from Rust.
pub fn call_value<S: Strategy>(vm: &mut Vm, callable: &Value, args: &[Value], kwargs: &[(Rc<PyStr>, Value)]) -> PyResult<Value> {
    match callable {
        Value::Function(func) => {
            let base = vm.stack.len();
            if kwargs.is_empty() && args.len() == func.code.simple_argc as usize {
                // Nothing to bind (`PyCode::simple_argc`): the arguments are
                // the first locals, the rest start unbound.
                vm.stack.extend(args.iter().cloned());
                vm.stack.resize(base + func.code.nlocalsplus, Value::Unbound);
            } else {
                bind_args(vm, func, args, kwargs)?;
            }
            run_function::<S>(vm, func, base)
        }
        Value::Builtin(b) => {
            check_builtin_depth(vm)?;
            // A built-in type's method called on an instance of a user subclass
            // works on the built-in value the instance extends.
            if b.is_method {
                if let Some(Value::Instance(i)) = args.first() {
                    if let Some(p) = i.payload() {
                        if p.type_name() == b.owner {
                            let mut a: Args = SmallVec::with_capacity(args.len());
                            a.push(p);
                            a.extend(args[1..].iter().cloned());
                            vm.depth += 1;
                            let r = (b.func)(vm, &a, kwargs);
                            vm.depth -= 1;
                            return r;
                        }
                    }
                }
            }
            vm.depth += 1;
            let r = (b.func)(vm, args, kwargs);
            vm.depth -= 1;
            r
        }
        Value::Method(m) => {
            let mut a: Args = SmallVec::with_capacity(args.len() + 1);
            a.push(m.self_.clone());
            a.extend(args.iter().cloned());
            call_value::<S>(vm, &m.func, &a, kwargs)
        }
        Value::Type(t) => type_call::<S>(vm, t, args, kwargs),
        Value::Instance(_) => match attr::lookup_special(vm, callable, "__call__") {
            Some(f) => call_value::<S>(vm, &f, args, kwargs),
            None => Err(vm.type_error(format!("'{}' object is not callable", callable.type_name()))),
        },
        other => Err(vm.type_error(format!("'{}' object is not callable", other.type_name()))),
    }
}

/// Operand-stack room a new generator's own stack starts with, beyond its
/// locals (it still grows past it when an expression nests deeper).
const GEN_STACK_ROOM: usize = 8;

/// Runs a function whose locals are bound at `stack[base..]`.
pub fn run_function<S: Strategy>(vm: &mut Vm, func: &Rc<PyFunction>, base: usize) -> PyResult<Value> {
    let code = &func.code;
    super::frame::copy_free_vars(vm, func, base);
    if code.code.is_generator() {
        // Room for the operand stack from the start: a resume pushes the
        // sent value and the body pushes operands, and growing the vector
        // a step at a time reallocated it twice per short-lived generator.
        let mut saved: Vec<Value> = Vec::with_capacity(vm.stack.len().saturating_sub(base) + GEN_STACK_ROOM);
        saved.extend(vm.stack.drain(base..));
        return Ok(PyGenerator {
            gc: Default::default(),
            func: func.clone(),
            saved: RefCell::new(saved),
            pc: Cell::new(0),
            status: Cell::new(GenStatus::Created),
            exc_info: RefCell::new(Vec::new()),
        }
        .into_value());
    }
    if vm.depth >= vm.recursion_limit && !vm.may_go_deeper(0) {
        vm.stack.truncate(base);
        return Err(vm.new_error(ExcKind::RecursionError, "maximum recursion depth exceeded"));
    }
    vm.depth += 1;
    let mut frame = Frame::new(code, FrameNs::of(func), None, base, vm.exc_info.len());
    let r = run_frame::<S>(vm, &mut frame);
    vm.depth -= 1;
    vm.stack.truncate(base);
    r
}

/// Runs a code object in a new frame (module bodies, `exec`, class bodies).
pub fn run_code<S: Strategy>(
    vm: &mut Vm,
    code: Rc<crate::objects::PyCode>,
    func: Option<Rc<PyFunction>>,
    globals: Rc<PyDict>,
    locals: Option<Value>,
) -> PyResult<Value> {
    if vm.depth >= vm.recursion_limit && !vm.may_go_deeper(0) {
        return Err(vm.new_error(ExcKind::RecursionError, "maximum recursion depth exceeded"));
    }
    let base = vm.stack.len();
    vm.stack.resize(base + code.nlocalsplus, Value::Unbound);
    vm.depth += 1;
    let builtins = super::frame::builtins_for(vm, &globals);
    let links = crate::strategy::links_for(vm, &code, &globals, &builtins);
    let ns = FrameNs { globals: &globals, builtins: &builtins, links: links.as_deref().map_or(&[][..], |l| &l.slots[..]) };
    if let Some(func) = &func {
        super::frame::copy_free_vars(vm, func, base);
    }
    let mut frame = Frame::new(&code, ns, locals, base, vm.exc_info.len());
    let r = run_frame::<S>(vm, &mut frame);
    vm.depth -= 1;
    vm.stack.truncate(base);
    r
}

fn func_label(func: &PyFunction) -> String {
    format!("{}()", func.qualname.borrow().as_str())
}

fn join_names(names: &[String]) -> String {
    match names.len() {
        0 => String::new(),
        1 => names[0].clone(),
        2 => format!("{} and {}", names[0], names[1]),
        _ => format!("{}, and {}", names[..names.len() - 1].join(", "), names[names.len() - 1]),
    }
}

/// Binds arguments to parameters as CPython does, pushing the callee's
/// locals (all of `nlocalsplus`) onto the stack.
pub fn bind_args(vm: &mut Vm, func: &Rc<PyFunction>, args: &[Value], kwargs: &[(Rc<PyStr>, Value)]) -> PyResult<()> {
    let code = &func.code;
    let c = &code.code;
    let n = c.argcount as usize;
    let kwonly = c.kwonlyargcount as usize;
    let posonly = c.posonlyargcount as usize;
    let has_varargs = c.flags & FLAG_VARARGS != 0;
    let has_varkw = c.flags & FLAG_VARKEYWORDS != 0;
    let base = vm.stack.len();
    vm.stack.resize(base + code.nlocalsplus, Value::Unbound);
    let take = args.len().min(n);
    for (i, a) in args[..take].iter().enumerate() {
        vm.stack[base + i] = a.clone();
    }
    let defaults = func.defaults.borrow();
    if args.len() > n {
        if has_varargs {
            vm.stack[base + n + kwonly] = Value::tuple(args[n..].to_vec());
        } else {
            let given_kwonly = kwargs.iter().filter(|(k, _)| code.varnames[n..n + kwonly].iter().any(|v| v.as_str() == k.as_str())).count();
            let takes = if defaults.is_empty() {
                format!("{n} positional argument{}", if n == 1 { "" } else { "s" })
            } else {
                format!("from {} to {n} positional arguments", n - defaults.len())
            };
            let given = if given_kwonly > 0 {
                format!(
                    "{} positional argument{} (and {given_kwonly} keyword-only argument{}) were given",
                    args.len(),
                    if args.len() == 1 { "" } else { "s" },
                    if given_kwonly == 1 { "" } else { "s" }
                )
            } else {
                format!("{} {} given", args.len(), if args.len() == 1 { "was" } else { "were" })
            };
            vm.stack.truncate(base);
            return Err(vm.type_error(format!("{} takes {takes} but {given}", func_label(func))));
        }
    } else if has_varargs {
        vm.stack[base + n + kwonly] = Value::tuple(Vec::new());
    }
    let kwdict = if has_varkw { Some(PyDict::new()) } else { None };
    let mut posonly_as_kw: Vec<String> = Vec::new();
    for (name, v) in kwargs {
        let pos = code.varnames[..n + kwonly].iter().position(|p| Rc::ptr_eq(p, name) || p.as_str() == name.as_str());
        match pos {
            Some(j) if j >= posonly => {
                if !vm.stack[base + j].is_unbound() {
                    vm.stack.truncate(base);
                    return Err(vm.type_error(format!("{} got multiple values for argument '{}'", func_label(func), name.as_str())));
                }
                vm.stack[base + j] = v.clone();
            }
            _ => {
                if let Some(d) = &kwdict {
                    d.data.borrow_mut().set_str(name.clone(), v.clone());
                } else if pos.is_some() {
                    posonly_as_kw.push(name.as_str().to_string());
                } else {
                    vm.stack.truncate(base);
                    return Err(vm.type_error(format!("{} got an unexpected keyword argument '{}'", func_label(func), name.as_str())));
                }
            }
        }
    }
    if !posonly_as_kw.is_empty() {
        vm.stack.truncate(base);
        return Err(vm.type_error(format!(
            "{} got some positional-only arguments passed as keyword arguments: '{}'",
            func_label(func),
            posonly_as_kw.join(", ")
        )));
    }
    if let Some(d) = kwdict {
        let idx = n + kwonly + usize::from(has_varargs);
        vm.stack[base + idx] = Value::Dict(d);
    }
    // Defaults for missing positional parameters.
    let ndef = defaults.len();
    let mut missing: Vec<String> = Vec::new();
    for i in args.len().min(n)..n {
        if vm.stack[base + i].is_unbound() {
            if i + ndef >= n {
                vm.stack[base + i] = defaults[i + ndef - n].clone();
            } else {
                missing.push(format!("'{}'", code.varnames[i].as_str()));
            }
        }
    }
    if !missing.is_empty() {
        vm.stack.truncate(base);
        return Err(vm.type_error(format!(
            "{} missing {} required positional argument{}: {}",
            func_label(func),
            missing.len(),
            if missing.len() == 1 { "" } else { "s" },
            join_names(&missing)
        )));
    }
    if kwonly > 0 {
        let kwd = func.kwdefaults.borrow();
        for i in n..n + kwonly {
            if vm.stack[base + i].is_unbound() {
                let name = &code.varnames[i];
                match kwd.as_ref().and_then(|d| d.data.borrow().get_str(name)) {
                    Some(v) => vm.stack[base + i] = v,
                    None => missing.push(format!("'{}'", name.as_str())),
                }
            }
        }
        if !missing.is_empty() {
            vm.stack.truncate(base);
            return Err(vm.type_error(format!(
                "{} missing {} required keyword-only argument{}: {}",
                func_label(func),
                missing.len(),
                if missing.len() == 1 { "" } else { "s" },
                join_names(&missing)
            )));
        }
    }
    Ok(())
}

/// Calling a class: built-in constructors, or `__new__` + `__init__`.
pub fn type_call<S: Strategy>(vm: &mut Vm, t: &Rc<PyType>, args: &[Value], kwargs: &[(Rc<PyStr>, Value)]) -> PyResult<Value> {
    if t.is_builtin && !matches!(t.kind, TypeKind::Exception(_)) {
        return (vm.ctors.builtin)(vm, t, args, kwargs);
    }
    let new = t.lookup(&crate::name!("__new__"));
    let user_new = is_user_new(new.as_ref());
    let inst = if user_new {
        let f = attr::unwrap_static(new.clone().unwrap_or_default());
        let mut a: Vec<Value> = vec![Value::Type(t.clone())];
        a.extend(args.iter().cloned());
        let obj = call_value::<S>(vm, &f, &a, kwargs)?;
        if !vm.type_of(&obj).is_subtype(t) {
            return Ok(obj);
        }
        obj
    } else {
        (vm.ctors.object)(vm, t, args, kwargs)?
    };
    match t.lookup(&crate::name!("__init__")) {
        Some(init @ (Value::Function(_) | Value::Instance(_))) => {
            let mut a: Vec<Value> = vec![inst.clone()];
            a.extend(args.iter().cloned());
            let r = call_value::<S>(vm, &init, &a, kwargs)?;
            if !matches!(r, Value::None) {
                return Err(vm.type_error(format!("__init__() should return None, not '{}'", r.type_name())));
            }
        }
        Some(init @ Value::Builtin(_)) if !matches!(&init, Value::Builtin(b) if b.owner == "object") => {
            let mut a: Vec<Value> = vec![inst.clone()];
            a.extend(args.iter().cloned());
            call_value::<S>(vm, &init, &a, kwargs)?;
        }
        _ => {
            let plain = t.kind == TypeKind::Object;
            if !user_new && plain && (!args.is_empty() || !kwargs.is_empty()) {
                return Err(vm.type_error(format!("{}() takes no arguments", t.name.as_str())));
            }
        }
    }
    Ok(inst)
}

/// Whether a class's `__new__` (what its lookup found) is the user's:
/// `object.__new__` is a staticmethod wrapping a built-in.
fn is_user_new(new: Option<&Value>) -> bool {
    match new {
        Some(Value::Function(_)) => true,
        Some(v @ Value::Instance(_)) => !matches!(attr::unwrap_static(v.clone()), Value::Builtin(_)),
        _ => false,
    }
}

/// Resumes a generator with `sent`.
pub fn resume<S: Strategy>(vm: &mut Vm, gen: &Rc<PyGenerator>, sent: Value) -> PyResult<GenResult> {
    resume_with::<S>(vm, gen, sent, None)
}

/// The outcomes of a resume that are decided before the generator runs:
/// `Some` ends the resume with it, `None` lets the generator run.
#[inline(never)]
fn resume_check(vm: &mut Vm, gen: &PyGenerator, sent: &Value, throw: Option<&crate::objects::PyErr>) -> Option<PyResult<GenResult>> {
    if let Some(e) = throw {
        if gen.status.get() != GenStatus::Suspended && gen.status.get() != GenStatus::Running {
            gen.status.set(GenStatus::Finished);
            return Some(Err(e.clone()));
        }
    }
    match gen.status.get() {
        GenStatus::Running => return Some(Err(vm.value_error("generator already executing"))),
        GenStatus::Finished => return Some(Ok(GenResult::Return(Value::None))),
        GenStatus::Created if !matches!(sent, Value::None) && throw.is_none() => {
            return Some(Err(vm.type_error("can't send non-None value to a just-started generator")));
        }
        _ => {}
    }
    if vm.depth >= vm.recursion_limit && !vm.may_go_deeper(0) {
        return Some(Err(vm.new_error(ExcKind::RecursionError, "maximum recursion depth exceeded")));
    }
    None
}

/// Resumes a generator, either sending a value or raising `throw` at its
/// yield (first in the sub-iterator of a `yield from` it is suspended in).
pub fn resume_with<S: Strategy>(vm: &mut Vm, gen: &Rc<PyGenerator>, sent: Value, throw: Option<crate::objects::PyErr>) -> PyResult<GenResult> {
    // The common case, a suspended generator resumed with a value, takes
    // one test; everything else is decided out of line.
    if gen.status.get() != GenStatus::Suspended || throw.is_some() || vm.depth >= vm.recursion_limit {
        if let Some(e) = throw {
            return throw_into::<S>(vm, gen, e);
        }
        if let Some(r) = resume_check(vm, gen, &sent, None) {
            return r;
        }
    }
    resume_frame::<S>(vm, gen, sent, None)
}

/// Where a generator suspended inside `yield from` is (CPython's
/// `_PyGen_yf`): its sub-iterator, on top of its saved stack, and the
/// target of the `Send` that its next instruction jumps back to (where the
/// `yield from` ends). `None` when it is not suspended there.
fn yield_from_state(gen: &PyGenerator) -> Option<(Value, u32)> {
    use crate::bytecode::Op;
    if gen.status.get() != GenStatus::Suspended {
        return None;
    }
    let ops = &gen.func.code.code.ops;
    let Some(Op::Jump(top)) = ops.get(gen.pc.get()) else {
        return None;
    };
    let Some(Op::Send(done)) = ops.get(*top as usize) else {
        return None;
    };
    let sub = gen.saved.borrow().last().cloned()?;
    Some((sub, *done))
}

/// `gen.throw(e)`, as CPython's `_gen_throw`: a generator suspended in
/// `yield from` hands the exception to its sub-iterator first (it is
/// "executing" meanwhile, so the sub-iterator cannot resume it). What the
/// sub-iterator yields, the generator yields; when it ends, the `yield
/// from` ends with its value or its exception. GeneratorExit (close)
/// closes the sub-iterator instead, then is raised in the generator.
fn throw_into<S: Strategy>(vm: &mut Vm, gen: &Rc<PyGenerator>, err: crate::objects::PyErr) -> PyResult<GenResult> {
    let Some((sub, done)) = yield_from_state(gen) else {
        if let Some(r) = resume_check(vm, gen, &Value::None, Some(&err)) {
            return r;
        }
        return resume_frame::<S>(vm, gen, Value::None, Some(err));
    };
    gen.status.set(GenStatus::Running);
    let outcome = if vm.err_is(&err, ExcKind::GeneratorExit) {
        let closed = close_sub::<S>(vm, &sub);
        gen.status.set(GenStatus::Suspended);
        // A failure to close is raised in the generator instead.
        return resume_frame::<S>(vm, gen, Value::None, Some(closed.err().unwrap_or(err)));
    } else {
        match &sub {
            Value::Generator(g) => throw_into::<S>(vm, g, err.clone()).map(Some),
            other => match attr::get_attr(vm, other, &crate::name!("throw")) {
                Ok(meth) => {
                    let exc = Value::Instance(err.0.clone());
                    let typ = Value::Type(vm.type_of(&exc));
                    let tb = attr::get_attr(vm, &exc, &crate::name!("__traceback__")).unwrap_or(Value::None);
                    vm.call(&meth, &[typ, exc, tb], &[]).map(|v| Some(GenResult::Yield(v)))
                }
                Err(e) if vm.err_is(&e, ExcKind::AttributeError) => Ok(None),
                Err(e) => {
                    gen.status.set(GenStatus::Suspended);
                    return Err(e);
                }
            },
        }
    };
    gen.status.set(GenStatus::Suspended);
    let ended = match outcome {
        // No `throw` method: raised in the generator itself.
        Ok(None) => return resume_frame::<S>(vm, gen, Value::None, Some(err)),
        Ok(Some(GenResult::Yield(v))) => return Ok(GenResult::Yield(v)),
        Ok(Some(GenResult::Return(v))) => Ok(v),
        Err(e) if vm.err_is(&e, ExcKind::StopIteration) => {
            let exc = Value::Instance(e.0.clone());
            Ok(attr::get_attr(vm, &exc, &crate::name!("value")).unwrap_or(Value::None))
        }
        Err(e) => Err(e),
    };
    // The sub-iterator is done: it leaves the stack, and the generator goes
    // on after the `yield from` with its value, or raises its exception.
    gen.saved.borrow_mut().pop();
    gen.pc.set(done as usize);
    match ended {
        Ok(v) => resume_with::<S>(vm, gen, v, None),
        Err(e) => resume_with::<S>(vm, gen, Value::None, Some(e)),
    }
}

/// Closes the sub-iterator of a `yield from` (CPython's `gen_close_iter`):
/// a generator is closed, any other object's `close` is called if it has one.
fn close_sub<S: Strategy>(vm: &mut Vm, sub: &Value) -> PyResult<()> {
    match sub {
        Value::Generator(g) => close_with(vm, g, |vm, g, e| resume_with::<S>(vm, g, Value::None, Some(e))),
        other => match attr::get_attr(vm, other, &crate::name!("close")) {
            Ok(meth) => vm.call(&meth, &[], &[]).map(|_| ()),
            Err(e) if vm.err_is(&e, ExcKind::AttributeError) => Ok(()),
            Err(e) => Err(e),
        },
    }
}

/// `gen.close()`: raises GeneratorExit at its yield through `throw`,
/// which the generator must not answer with a value. A generator closed
/// from inside itself is "already executing" (CPython refuses to resume a
/// running generator before raising anything).
pub fn close_with(
    vm: &mut Vm,
    g: &Rc<PyGenerator>,
    throw: impl FnOnce(&mut Vm, &Rc<PyGenerator>, crate::objects::PyErr) -> PyResult<GenResult>,
) -> PyResult<()> {
    match g.status.get() {
        GenStatus::Running => return Err(vm.value_error("generator already executing")),
        GenStatus::Suspended => {}
        _ => {
            g.status.set(GenStatus::Finished);
            return Ok(());
        }
    }
    let exit = vm.new_exception(vm.exc_type(ExcKind::GeneratorExit), vec![]);
    match throw(vm, g, exit) {
        Ok(GenResult::Yield(_)) => Err(vm.new_error(ExcKind::RuntimeError, "generator ignored GeneratorExit")),
        Ok(GenResult::Return(_)) => Ok(()),
        Err(e) if vm.err_is(&e, ExcKind::GeneratorExit) || vm.err_is(&e, ExcKind::StopIteration) => Ok(()),
        Err(e) => Err(e),
    }
}

/// Runs a generator's frame from where it stopped, with `sent` pushed as
/// the value of its yield or `throw` raised there. The checks of
/// `resume_check` have been made.
fn resume_frame<S: Strategy>(vm: &mut Vm, gen: &PyGenerator, sent: Value, throw: Option<crate::objects::PyErr>) -> PyResult<GenResult> {
    let mut err = None;
    let v = run_generator::<S>(vm, gen, sent, throw, &mut err);
    match err {
        Some(e) => Err(e),
        None if gen.status.get() == GenStatus::Finished => Ok(GenResult::Return(v)),
        None => Ok(GenResult::Yield(v)),
    }
}

/// `next()` on a generator, for `ForIter` and the iterating built-ins: the
/// value it yields, or `Unbound` when it does not yield, with `*err` set
/// when it raised (left `None` when it returned: exhausted). A suspended
/// generator is resumed here directly; the other states go through
/// `resume_with`. The result is a `Value` (two registers), not a
/// `PyResult<GenResult>` copied through memory.
pub fn gen_next<S: Strategy>(vm: &mut Vm, gen: &Rc<PyGenerator>, err: &mut Option<crate::objects::PyErr>) -> Value {
    if gen.status.get() == GenStatus::Suspended && vm.depth < vm.recursion_limit {
        let v = run_generator::<S>(vm, gen, Value::None, None, err);
        if gen.status.get() != GenStatus::Finished {
            return v;
        }
        drop(v);
        return Value::Unbound;
    }
    match resume_with::<S>(vm, gen, Value::None, None) {
        Ok(GenResult::Yield(v)) => v,
        Ok(GenResult::Return(_)) => Value::Unbound,
        Err(e) => {
            *err = Some(e);
            Value::Unbound
        }
    }
}

/// The resume itself: the value the generator yields (it is `Suspended`
/// again), or, when it is `Finished`, the value it returned, or `Unbound`
/// with its exception in `*err`.
///
/// The generator runs on its own value stack, swapped in and out whole
/// (O(1): a resume copies no locals); its program counter, stack and
/// handled exceptions are its state between resumes, the `Frame` built here
/// only borrows from its function.
#[inline(always)]
fn run_generator<S: Strategy>(
    vm: &mut Vm,
    gen: &PyGenerator,
    sent: Value,
    throw: Option<crate::objects::PyErr>,
    err: &mut Option<crate::objects::PyErr>,
) -> Value {
    let func = &gen.func;
    let mut pc = gen.pc.get();
    // While it runs, the generator's stack is the VM's and the caller's
    // stack waits in `saved` (its collector traversal stops at a running
    // generator).
    std::mem::swap(&mut vm.stack, &mut gen.saved.borrow_mut());
    if gen.status.get() == GenStatus::Suspended {
        // A yield whose value is unused is followed by `Pop`: resumed with
        // None (what `next()` sends), the push and the pop are skipped.
        if throw.is_none() && matches!(sent, Value::None) && matches!(func.code.code.ops.get(pc), Some(crate::bytecode::Op::Pop)) {
            pc += 1;
            // None owns nothing (a drop would call the out-of-line glue).
            std::mem::forget(sent);
        } else {
            vm.stack.push(sent);
        }
    }
    let exc_base = vm.exc_info.len();
    if !gen.exc_info.borrow().is_empty() {
        restore_exc_info(vm, gen);
    }
    gen.status.set(GenStatus::Running);
    let mut frame = Frame::new(&func.code, FrameNs::of(func), None, 0, exc_base);
    frame.pc = pc;
    if let Some(e) = throw {
        // The sent value slot is not used: the yield raises instead.
        vm.stack.pop();
        frame.pending = Some(e);
    }
    vm.depth += 1;
    let v = super::run_frame_value::<S>(vm, &mut frame);
    vm.depth -= 1;
    std::mem::swap(&mut vm.stack, &mut gen.saved.borrow_mut());
    if frame.yielded {
        if vm.exc_info.len() > exc_base {
            save_exc_info(vm, gen, exc_base);
        }
        gen.pc.set(frame.pc);
        gen.status.set(GenStatus::Suspended);
        // A generator's frame has no locals mapping, and a frame that
        // yielded has no pending error: nothing to drop.
        debug_assert!(frame.locals.is_none() && frame.pending.is_none());
        std::mem::forget(frame);
        return v;
    }
    generator_ended(vm, gen, v, frame.pending.take(), exc_base, err)
}

#[cold]
#[inline(never)]
fn restore_exc_info(vm: &mut Vm, gen: &PyGenerator) {
    vm.exc_info.append(&mut gen.exc_info.borrow_mut());
}

#[cold]
#[inline(never)]
fn save_exc_info(vm: &mut Vm, gen: &PyGenerator, exc_base: usize) {
    gen.exc_info.borrow_mut().extend(vm.exc_info.drain(exc_base..));
}

/// A generator's frame returned `v` (or, `Unbound`, raised `pending`):
/// it is finished. A StopIteration raised inside becomes a RuntimeError.
#[cold]
#[inline(never)]
fn generator_ended(
    vm: &mut Vm,
    gen: &PyGenerator,
    v: Value,
    pending: Option<crate::objects::PyErr>,
    exc_base: usize,
    err: &mut Option<crate::objects::PyErr>,
) -> Value {
    vm.exc_info.truncate(exc_base);
    gen.status.set(GenStatus::Finished);
    // Its stack's values go (outside the borrow of the cell).
    let rest = std::mem::take(&mut *gen.saved.borrow_mut());
    drop(rest);
    if !v.is_unbound() {
        return v;
    }
    let e = pending.unwrap_or_else(|| vm.internal("a generator ended with no value and no error"));
    *err = Some(if vm.err_is(&e, ExcKind::StopIteration) {
        let re = vm.new_error(ExcKind::RuntimeError, "generator raised StopIteration");
        if let Some(x) = re.0.exc() {
            x.borrow_mut().cause = Value::Instance(e.0.clone());
            x.borrow_mut().context = Value::Instance(e.0.clone());
            x.borrow_mut().suppress_context = true;
        }
        re
    } else {
        e
    });
    Value::Unbound
}

/// One step of `yield from` (CPython's `PyIter_Send`): a generator is
/// resumed; another iterator is advanced with `__next__` when `sent` is
/// None, else its `send` method is called. A StopIteration ends the `yield
/// from` with its value.
pub fn send<S: Strategy>(vm: &mut Vm, sub: &Value, sent: Value) -> PyResult<GenResult> {
    let step = match sub {
        Value::Generator(g) => return resume::<S>(vm, g, sent),
        Value::Iter(_) if matches!(sent, Value::None) => {
            return Ok(match ops::next(vm, sub)? {
                Some(v) => GenResult::Yield(v),
                None => GenResult::Return(Value::None),
            });
        }
        Value::Instance(_) if matches!(sent, Value::None) => match attr::lookup_special(vm, sub, "__next__") {
            Some(f) => vm.call(&f, &[], &[]),
            None => return Err(vm.type_error(format!("'{}' object is not an iterator", sub.type_name()))),
        },
        _ => match attr::get_attr(vm, sub, &crate::name!("send")) {
            Ok(f) => vm.call(&f, &[sent], &[]),
            Err(e) => Err(e),
        },
    };
    match step {
        Ok(v) => Ok(GenResult::Yield(v)),
        Err(e) if vm.err_is(&e, ExcKind::StopIteration) => {
            let exc = Value::Instance(e.0.clone());
            Ok(GenResult::Return(attr::get_attr(vm, &exc, &crate::name!("value")).unwrap_or(Value::None)))
        }
        Err(e) => Err(e),
    }
}

/// `BeforeWith`: `(mgr -- exit res)`.
pub fn before_with<S: Strategy>(vm: &mut Vm) -> PyResult<()> {
    let mgr = vm.stack.pop().unwrap_or_default();
    let enter = attr::lookup_special(vm, &mgr, "__enter__");
    let exit = attr::lookup_special(vm, &mgr, "__exit__");
    let Some(enter) = enter else {
        return Err(vm.type_error(format!("'{}' object does not support the context manager protocol", mgr.type_name())));
    };
    let Some(exit) = exit else {
        return Err(vm.type_error(format!("'{}' object does not support the context manager protocol (missed __exit__ method)", mgr.type_name())));
    };
    vm.stack.push(exit);
    let r = call_value::<S>(vm, &enter, &[], &[])?;
    vm.stack.push(r);
    Ok(())
}

/// The exceptional exit of a `with`: whether `__exit__` swallowed the exception.
pub fn with_except<S: Strategy>(vm: &mut Vm, exit: &Value, exc: &Value) -> PyResult<bool> {
    let ty = Value::Type(vm.type_of(exc));
    let tb = attr::get_attr(vm, exc, &crate::name!("__traceback__")).unwrap_or(Value::None);
    let r = call_value::<S>(vm, exit, &[ty, exc.clone(), tb], &[])?;
    ops::truthy(vm, &r)
}
