//! The exported functions and data of the C API, with CPython's names,
//! signatures and error conventions (NULL or -1 with the error indicator
//! set). Each one decodes its handles through the table, does its work on
//! `Value`s with the VM's own operations, and hands results back as new
//! or borrowed handles (see `capi/mod.rs` for their lifetimes).
//!
//! Pointers from C (strings, output parameters) are trusted as CPython
//! trusts them; handles are checked (a stale or forged one gives
//! `SystemError: bad argument to internal function`, not a crash).

use super::{set_error, table, with_vm};
use crate::capi::handles::{encode, Handle, EXC_BASE, FALSE, NONE, TRUE};
use crate::interp::{attr, ops, Vm};
use crate::objects::str::intern;
use crate::objects::{ExcKind, PyDict, PyResult, PyStr, Value};
use std::ffi::{c_char, c_int, c_long, c_void, CStr, CString};
use std::ptr::null_mut;
use std::rc::Rc;

// ----- data -----

#[no_mangle]
pub static _PyNsvm_None: usize = encode(NONE);
#[no_mangle]
pub static _PyNsvm_True: usize = encode(TRUE);
#[no_mangle]
pub static _PyNsvm_False: usize = encode(FALSE);

/// `PyExc_NAME` for every built-in exception: fixed handles (the table
/// binds them to the running VM's types).
macro_rules! exc_statics {
    ($($name:ident)*) => {
        $(
            #[allow(non_upper_case_globals)]
            #[export_name = concat!("PyExc_", stringify!($name))]
            pub static $name: usize = encode(EXC_BASE + ExcKind::$name as usize);
        )*
        /// The names exported, for the test that they cover `ExcKind::ALL`.
        pub const EXPORTED_EXCEPTIONS: &[ExcKind] = &[$(ExcKind::$name,)*];
    };
}

pub mod exceptions {
    use super::*;
    exc_statics! {
        BaseException SystemExit KeyboardInterrupt GeneratorExit Exception StopIteration
        ArithmeticError FloatingPointError OverflowError ZeroDivisionError AssertionError
        AttributeError BufferError EOFError ImportError ModuleNotFoundError LookupError
        IndexError KeyError MemoryError NameError UnboundLocalError OSError FileNotFoundError
        ReferenceError RuntimeError NotImplementedError RecursionError SyntaxError
        IndentationError TabError SystemError TypeError ValueError UnicodeError Warning
        DeprecationWarning RuntimeWarning UserWarning
    }
}

// ----- helpers -----

/// Runs an API function's body against the running VM: its error goes to
/// the error indicator and C gets `fail`.
#[inline]
fn api<R: Copy>(fail: R, f: impl FnOnce(&mut Vm) -> PyResult<R>) -> R {
    with_vm(|vm| match f(vm) {
        Ok(r) => r,
        Err(e) => {
            set_error(e);
            fail
        }
    })
    .unwrap_or(fail)
}

fn bad_internal(vm: &Vm) -> crate::objects::PyErr {
    vm.new_error(ExcKind::SystemError, "bad argument to internal function")
}

/// The value behind a handle C passed in.
#[inline]
fn arg(vm: &Vm, h: Handle) -> PyResult<Value> {
    table(|t| t.get(h)).ok_or_else(|| bad_internal(vm))
}

fn new_ref(v: Value) -> Handle {
    table(|t| t.new_ref(v))
}

fn borrowed(v: Value) -> Handle {
    table(|t| t.borrowed(v))
}

/// A C string argument.
fn cstr<'a>(vm: &Vm, p: *const c_char) -> PyResult<&'a str> {
    if p.is_null() {
        return Err(bad_internal(vm));
    }
    // SAFETY: C passes a NUL-terminated string that outlives the call, as
    // every `const char *` parameter of the API requires.
    let s = unsafe { CStr::from_ptr(p) };
    s.to_str().map_err(|_| vm.new_error(ExcKind::UnicodeError, "'utf-8' codec can't decode bytes"))
}

fn dict_arg(vm: &Vm, h: Handle) -> PyResult<Rc<PyDict>> {
    match arg(vm, h)? {
        Value::Dict(d) => Ok(d),
        _ => Err(bad_internal(vm)),
    }
}

fn name_value(s: &str) -> Value {
    Value::Str(intern(s))
}

// ----- reference counts and types -----

#[no_mangle]
pub extern "C" fn Py_IncRef(o: Handle) {
    if !o.is_null() {
        table(|t| t.incref(o));
    }
}

#[no_mangle]
pub extern "C" fn Py_DecRef(o: Handle) {
    if !o.is_null() {
        let freed = table(|t| t.decref(o));
        drop(freed);
    }
}

#[no_mangle]
pub extern "C" fn _PyNsvm_Type(o: Handle) -> Handle {
    api(null_mut(), |vm| {
        let v = arg(vm, o)?;
        Ok(borrowed(Value::Type(vm.type_of(&v))))
    })
}

// ----- modules -----

/// # Safety
/// `def` is a `PyModuleDef` as `Python.h` declares it, alive for the
/// process (an extension's static), its method table ended by a NULL name.
#[no_mangle]
pub unsafe extern "C" fn PyModule_Create(def: *mut super::PyModuleDef) -> Handle {
    // SAFETY: `def` is the extension's `PyModuleDef`, which `Python.h`
    // lays out as `capi::PyModuleDef` and the extension keeps alive (a
    // static), with its method table ended by a NULL name.
    api(null_mut(), |vm| Ok(new_ref(unsafe { super::create_module(vm, def) }?)))
}

/// CPython's spelling behind its `PyModule_Create` macro.
///
/// # Safety
/// As `PyModule_Create`.
#[no_mangle]
pub unsafe extern "C" fn PyModule_Create2(def: *mut super::PyModuleDef, _api_version: c_int) -> Handle {
    // SAFETY: the caller's guarantee is `PyModule_Create`'s.
    unsafe { PyModule_Create(def) }
}

#[no_mangle]
pub extern "C" fn PyModule_GetDict(m: Handle) -> Handle {
    api(null_mut(), |vm| match arg(vm, m)? {
        Value::Module(pm) => Ok(table(|t| t.pinned(Value::Dict(pm.dict.clone())))),
        _ => Err(bad_internal(vm)),
    })
}

#[no_mangle]
pub extern "C" fn PyModule_AddObject(m: Handle, name: *const c_char, v: Handle) -> c_int {
    api(-1, |vm| {
        let Value::Module(pm) = arg(vm, m)? else {
            return Err(vm.type_error("PyModule_AddObject() needs module as first arg"));
        };
        if v.is_null() {
            return Err(vm.type_error("PyModule_AddObject() needs non-NULL value"));
        }
        let name = cstr(vm, name)?;
        let value = arg(vm, v)?;
        ops::dict_set(vm, &pm.dict, name_value(name), value)?;
        // Steals the reference on success.
        Py_DecRef(v);
        Ok(0)
    })
}

#[no_mangle]
pub extern "C" fn PyModule_AddIntConstant(m: Handle, name: *const c_char, value: c_long) -> c_int {
    api(-1, |vm| {
        let Value::Module(pm) = arg(vm, m)? else {
            return Err(bad_internal(vm));
        };
        let name = cstr(vm, name)?;
        ops::dict_set(vm, &pm.dict, name_value(name), Value::Int(value))?;
        Ok(0)
    })
}

// ----- argument parsing -----

/// `PyArg_ParseTuple`'s work: `outputs[i]` is the pointer for the i-th
/// format unit (`Python.h` gathers them from the variadic call).
///
/// # Safety
/// `outputs` holds `n` pointers, each to the C type its format unit
/// writes (`PyObject *`, `const char *`, `int`, `long`, `double`).
#[no_mangle]
pub unsafe extern "C" fn _PyNsvm_ParseTupleArray(args: Handle, format: *const c_char, outputs: *const *mut c_void, n: c_int) -> c_int {
    api(0, |vm| {
        let format = cstr(vm, format)?;
        let (units, fname) = match format.split_once([':', ';']) {
            Some((u, rest)) if format.as_bytes()[u.len()] == b':' => (u, Some(rest)),
            Some((u, _)) => (u, None),
            None => (format, None),
        };
        let Value::Tuple(t) = arg(vm, args)? else {
            return Err(vm.new_error(ExcKind::SystemError, "new style getargs format but argument is not a tuple"));
        };
        let min = units.find('|').unwrap_or(units.len());
        let max = units.chars().filter(|c| *c != '|').count();
        let len = t.items.len();
        if len < min || len > max {
            let (how, count) = if min == max {
                ("exactly", min)
            } else if len < min {
                ("at least", min)
            } else {
                ("at most", max)
            };
            let who = fname.map(|f| format!("{f}()")).unwrap_or_else(|| "function".into());
            let s = if count == 1 { "" } else { "s" };
            return Err(vm.type_error(format!("{who} takes {how} {count} argument{s} ({len} given)")));
        }
        if max > n as usize || outputs.is_null() {
            return Err(bad_internal(vm));
        }
        for (i, unit) in units.chars().filter(|c| *c != '|').enumerate() {
            let Some(item) = t.items.get(i) else { break };
            // SAFETY: `outputs` has `n` entries (Python.h's array) and
            // `i < max <= n`.
            let out = unsafe { *outputs.add(i) };
            if out.is_null() {
                return Err(bad_internal(vm));
            }
            let must_be = |vm: &Vm, what: &str| {
                let who = fname.map(|f| format!("{f}() ")).unwrap_or_default();
                vm.type_error(format!("{who}argument {} must be {what}, not {}", i + 1, item.type_name()))
            };
            match unit {
                'O' => {
                    let h = borrowed(item.clone());
                    // SAFETY: for `O` the caller passes a `PyObject **`.
                    unsafe { *(out as *mut Handle) = h };
                }
                's' => {
                    let Value::Str(s) = item else { return Err(must_be(vm, "str")) };
                    if s.as_str().contains('\0') {
                        return Err(vm.value_error("embedded null character"));
                    }
                    let h = borrowed(item.clone());
                    let p = utf8_of(h).ok_or_else(|| bad_internal(vm))?;
                    // SAFETY: for `s` the caller passes a `const char **`.
                    unsafe { *(out as *mut *const c_char) = p };
                }
                'i' => {
                    let x = long_of(vm, item)?;
                    let x = i32::try_from(x)
                        .map_err(|_| vm.overflow(if x > 0 { "signed integer is greater than maximum" } else { "signed integer is less than minimum" }))?;
                    // SAFETY: for `i` the caller passes an `int *`.
                    unsafe { *(out as *mut c_int) = x };
                }
                'l' => {
                    let x = long_of(vm, item)?;
                    // SAFETY: for `l` the caller passes a `long *`.
                    unsafe { *(out as *mut c_long) = x as c_long };
                }
                'd' => {
                    let x = double_of(vm, item)?;
                    // SAFETY: for `d` the caller passes a `double *`.
                    unsafe { *(out as *mut f64) = x };
                }
                other => return Err(vm.new_error(ExcKind::SystemError, format!("bad format char '{other}' in PyArg_ParseTuple (nsvm supports O s i l d |)"))),
            }
        }
        Ok(1)
    })
}

fn long_of(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match ops::index_value(vm, v)? {
        Value::Int(i) => Ok(i),
        _ => Err(vm.overflow("Python int too large to convert to C long")),
    }
}

fn double_of(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    match v {
        Value::Float(f) => Ok(f.get()),
        Value::Int(i) => Ok(*i as f64),
        Value::Bool(b) => Ok(b.get() as i64 as f64),
        Value::BigInt(b) => crate::interp::num::big_to_f64(vm, b),
        _ => match attr::call_special(vm, v, "__float__", &[]) {
            Some(r) => match r? {
                Value::Float(f) => Ok(f.get()),
                other => Err(vm.type_error(format!("{}.__float__ returned non-float (type {})", v.type_name(), other.type_name()))),
            },
            None => Err(vm.type_error(format!("must be real number, not {}", v.type_name()))),
        },
    }
}

// ----- objects -----

#[no_mangle]
pub extern "C" fn PyObject_GetAttrString(o: Handle, name: *const c_char) -> Handle {
    api(null_mut(), |vm| {
        let v = arg(vm, o)?;
        let name = intern(cstr(vm, name)?);
        Ok(new_ref(attr::get_attr(vm, &v, &name)?))
    })
}

#[no_mangle]
pub extern "C" fn PyObject_SetAttrString(o: Handle, name: *const c_char, v: Handle) -> c_int {
    api(-1, |vm| {
        let obj = arg(vm, o)?;
        let name = intern(cstr(vm, name)?);
        if v.is_null() {
            attr::del_attr(vm, &obj, &name)?;
        } else {
            let value = arg(vm, v)?;
            attr::set_attr(vm, &obj, &name, value)?;
        }
        Ok(0)
    })
}

fn call(vm: &mut Vm, callable: Handle, args: Handle, kwargs: Handle) -> PyResult<Handle> {
    let f = arg(vm, callable)?;
    let args: Vec<Value> = if args.is_null() {
        Vec::new()
    } else {
        match arg(vm, args)? {
            Value::Tuple(t) => t.items.to_vec(),
            _ => return Err(vm.type_error("argument list must be a tuple")),
        }
    };
    let mut kw: Vec<(Rc<PyStr>, Value)> = Vec::new();
    if !kwargs.is_null() {
        let Value::Dict(d) = arg(vm, kwargs)? else {
            return Err(vm.type_error("keyword list must be a dictionary"));
        };
        for e in d.data.borrow().iter() {
            match e.key {
                Value::Str(s) => kw.push((s.clone(), e.value.clone())),
                _ => return Err(vm.type_error("keywords must be strings")),
            }
        }
    }
    let r = vm.call(&f, &args, &kw)?;
    Ok(new_ref(r))
}

#[no_mangle]
pub extern "C" fn PyObject_Call(callable: Handle, args: Handle, kwargs: Handle) -> Handle {
    api(null_mut(), |vm| {
        if args.is_null() {
            return Err(bad_internal(vm));
        }
        call(vm, callable, args, kwargs)
    })
}

#[no_mangle]
pub extern "C" fn PyObject_CallObject(callable: Handle, args: Handle) -> Handle {
    api(null_mut(), |vm| call(vm, callable, args, null_mut()))
}

#[no_mangle]
pub extern "C" fn PyObject_Repr(o: Handle) -> Handle {
    api(null_mut(), |vm| {
        let v = arg(vm, o)?;
        Ok(new_ref(Value::string(ops::repr(vm, &v)?)))
    })
}

#[no_mangle]
pub extern "C" fn PyObject_Str(o: Handle) -> Handle {
    api(null_mut(), |vm| {
        let v = arg(vm, o)?;
        Ok(new_ref(Value::string(ops::str_of(vm, &v)?)))
    })
}

// ----- numbers and strings -----

#[no_mangle]
pub extern "C" fn PyLong_FromLong(x: c_long) -> Handle {
    new_ref(Value::Int(x))
}

#[no_mangle]
pub extern "C" fn PyLong_AsLong(o: Handle) -> c_long {
    api(-1, |vm| {
        let v = arg(vm, o)?;
        Ok(long_of(vm, &v)? as c_long)
    })
}

#[no_mangle]
pub extern "C" fn PyFloat_FromDouble(x: f64) -> Handle {
    new_ref(Value::float(x))
}

#[no_mangle]
pub extern "C" fn PyFloat_AsDouble(o: Handle) -> f64 {
    api(-1.0, |vm| {
        let v = arg(vm, o)?;
        double_of(vm, &v)
    })
}

#[no_mangle]
pub extern "C" fn PyUnicode_FromString(s: *const c_char) -> Handle {
    api(null_mut(), |vm| Ok(new_ref(Value::str(cstr(vm, s)?))))
}

/// The UTF-8 buffer of a `str` handle, kept in its entry.
fn utf8_of(h: Handle) -> Option<*const c_char> {
    table(|t| {
        let e = t.entry_mut(h)?;
        let Value::Str(s) = &e.value else { return None };
        if e.utf8.is_none() {
            let bytes: Vec<u8> = s.as_str().bytes().take_while(|b| *b != 0).collect();
            e.utf8 = CString::new(bytes).ok();
        }
        e.utf8.as_ref().map(|c| c.as_ptr())
    })
}

#[no_mangle]
pub extern "C" fn PyUnicode_AsUTF8(o: Handle) -> *const c_char {
    api(std::ptr::null(), |vm| {
        let v = arg(vm, o)?;
        if !matches!(v, Value::Str(_)) {
            return Err(vm.type_error("bad argument type for built-in operation"));
        }
        utf8_of(o).ok_or_else(|| bad_internal(vm))
    })
}

// ----- tuples and lists -----

fn size_arg(vm: &Vm, n: isize) -> PyResult<usize> {
    usize::try_from(n).map_err(|_| bad_internal(vm))
}

#[no_mangle]
pub extern "C" fn PyTuple_New(n: isize) -> Handle {
    api(null_mut(), |vm| {
        let n = size_arg(vm, n)?;
        let mut items = ops::try_vec(vm, n)?;
        items.resize(n, Value::None);
        // Tracked from the start, as CPython's: `PyTuple_SetItem` may put
        // a container in later and close a cycle through it.
        let t = Rc::new(crate::objects::PyTuple { gc: Default::default(), items: crate::objects::TupleItems::from_vec(items) });
        crate::objects::gc::track(&t);
        Ok(new_ref(Value::Tuple(t)))
    })
}

#[no_mangle]
pub extern "C" fn PyTuple_Size(t: Handle) -> isize {
    api(-1, |vm| match arg(vm, t)? {
        Value::Tuple(t) => Ok(t.items.len() as isize),
        _ => Err(bad_internal(vm)),
    })
}

#[no_mangle]
pub extern "C" fn PyTuple_GetItem(t: Handle, i: isize) -> Handle {
    api(null_mut(), |vm| {
        let Value::Tuple(t) = arg(vm, t)? else { return Err(bad_internal(vm)) };
        let item = usize::try_from(i).ok().and_then(|i| t.items.get(i).cloned()).ok_or_else(|| vm.index_error("tuple index out of range"))?;
        Ok(borrowed(item))
    })
}

/// Sets an item of a tuple C has just made (no one else holds it), and
/// steals the reference to the item, as CPython's does even on failure.
#[no_mangle]
pub extern "C" fn PyTuple_SetItem(t: Handle, i: isize, item: Handle) -> c_int {
    let value = if item.is_null() { None } else { table(|tb| tb.take(item)) };
    api(-1, |vm| {
        let value = value.ok_or_else(|| bad_internal(vm))?;
        enum Outcome {
            Set(Value),
            NotTuple,
            Shared,
            Range,
        }
        let r = table(|tb| {
            let Some(e) = tb.entry_mut(t) else { return Outcome::NotTuple };
            let Value::Tuple(rc) = &mut e.value else { return Outcome::NotTuple };
            let Some(tup) = Rc::get_mut(rc) else { return Outcome::Shared };
            match usize::try_from(i).ok().and_then(|i| tup.items.get_mut(i)) {
                Some(slot) => Outcome::Set(std::mem::replace(slot, value)),
                None => Outcome::Range,
            }
        });
        match r {
            Outcome::Set(old) => {
                drop(old);
                Ok(0)
            }
            Outcome::NotTuple | Outcome::Shared => Err(bad_internal(vm)),
            Outcome::Range => Err(vm.index_error("tuple assignment index out of range")),
        }
    })
}

#[no_mangle]
pub extern "C" fn PyList_New(n: isize) -> Handle {
    api(null_mut(), |vm| {
        let n = size_arg(vm, n)?;
        let mut items = ops::try_vec(vm, n)?;
        items.resize(n, Value::None);
        Ok(new_ref(Value::list(items)))
    })
}

#[no_mangle]
pub extern "C" fn PyList_Append(l: Handle, item: Handle) -> c_int {
    api(-1, |vm| {
        let Value::List(l) = arg(vm, l)? else { return Err(bad_internal(vm)) };
        let v = arg(vm, item)?;
        l.items.borrow_mut().push(v);
        Ok(0)
    })
}

#[no_mangle]
pub extern "C" fn PyList_GetItem(l: Handle, i: isize) -> Handle {
    api(null_mut(), |vm| {
        let Value::List(l) = arg(vm, l)? else { return Err(bad_internal(vm)) };
        let item = usize::try_from(i).ok().and_then(|i| l.items.borrow().get(i).cloned()).ok_or_else(|| vm.index_error("list index out of range"))?;
        Ok(borrowed(item))
    })
}

#[no_mangle]
pub extern "C" fn PyList_Size(l: Handle) -> isize {
    api(-1, |vm| match arg(vm, l)? {
        Value::List(l) => Ok(l.items.borrow().len() as isize),
        _ => Err(bad_internal(vm)),
    })
}

// ----- dicts -----

#[no_mangle]
pub extern "C" fn PyDict_New() -> Handle {
    new_ref(Value::Dict(PyDict::new()))
}

/// `PyDict_GetItem*` hide errors (CPython's documented behaviour): NULL
/// without an exception set.
#[no_mangle]
pub extern "C" fn PyDict_GetItem(d: Handle, key: Handle) -> Handle {
    api(null_mut(), |vm| {
        let (Ok(d), Ok(k)) = (dict_arg(vm, d), arg(vm, key)) else { return Ok(null_mut()) };
        Ok(match ops::dict_get(vm, &d, &k) {
            Ok(Some(v)) => borrowed(v),
            _ => null_mut(),
        })
    })
}

#[no_mangle]
pub extern "C" fn PyDict_GetItemString(d: Handle, key: *const c_char) -> Handle {
    api(null_mut(), |vm| {
        let (Ok(d), Ok(k)) = (dict_arg(vm, d), cstr(vm, key)) else { return Ok(null_mut()) };
        Ok(match ops::dict_get_name(vm, &d, &intern(k)) {
            Ok(Some(v)) => borrowed(v),
            _ => null_mut(),
        })
    })
}

#[no_mangle]
pub extern "C" fn PyDict_SetItem(d: Handle, key: Handle, v: Handle) -> c_int {
    api(-1, |vm| {
        let d = dict_arg(vm, d)?;
        let (k, v) = (arg(vm, key)?, arg(vm, v)?);
        ops::dict_set(vm, &d, k, v)?;
        Ok(0)
    })
}

#[no_mangle]
pub extern "C" fn PyDict_SetItemString(d: Handle, key: *const c_char, v: Handle) -> c_int {
    api(-1, |vm| {
        let d = dict_arg(vm, d)?;
        let k = name_value(cstr(vm, key)?);
        let v = arg(vm, v)?;
        ops::dict_set(vm, &d, k, v)?;
        Ok(0)
    })
}

fn del_item(vm: &mut Vm, d: &PyDict, k: Value) -> PyResult<c_int> {
    match ops::dict_remove(vm, d, &k)? {
        Some(old) => {
            drop(old);
            Ok(0)
        }
        None => Err(vm.key_error(k)),
    }
}

#[no_mangle]
pub extern "C" fn PyDict_DelItem(d: Handle, key: Handle) -> c_int {
    api(-1, |vm| {
        let d = dict_arg(vm, d)?;
        let k = arg(vm, key)?;
        del_item(vm, &d, k)
    })
}

#[no_mangle]
pub extern "C" fn PyDict_DelItemString(d: Handle, key: *const c_char) -> c_int {
    api(-1, |vm| {
        let d = dict_arg(vm, d)?;
        let k = name_value(cstr(vm, key)?);
        del_item(vm, &d, k)
    })
}

/// Walks a dict in its order: `*pos` is the position to resume from (0 to
/// start); key and value are borrowed. Reads only, so it raises nothing.
///
/// # Safety
/// `pos` is NULL or points to a `Py_ssize_t`; `key` and `value` are NULL
/// or point to a `PyObject *`.
#[no_mangle]
pub unsafe extern "C" fn PyDict_Next(d: Handle, pos: *mut isize, key: *mut Handle, value: *mut Handle) -> c_int {
    api(0, |vm| {
        let Ok(d) = dict_arg(vm, d) else { return Ok(0) };
        if pos.is_null() {
            return Ok(0);
        }
        // SAFETY: `pos` is the caller's `Py_ssize_t` cursor (non-null).
        let at = unsafe { *pos };
        let Ok(at) = usize::try_from(at) else { return Ok(0) };
        let next = d.data.borrow().next_from(at).map(|(n, e)| (n, e.key.clone(), e.value.clone()));
        let Some((n, k, v)) = next else { return Ok(0) };
        let (hk, hv) = table(|t| (t.borrowed(k), t.borrowed(v)));
        // SAFETY: `pos` is non-null (checked); `key` and `value` are
        // either NULL or the caller's `PyObject **` outputs.
        unsafe {
            *pos = n as isize;
            if !key.is_null() {
                *key = hk;
            }
            if !value.is_null() {
                *value = hv;
            }
        }
        Ok(1)
    })
}

#[no_mangle]
pub extern "C" fn PyDict_Size(d: Handle) -> isize {
    api(-1, |vm| Ok(dict_arg(vm, d)?.data.borrow().len() as isize))
}

#[no_mangle]
pub extern "C" fn PyDict_Keys(d: Handle) -> Handle {
    api(null_mut(), |vm| {
        let d = dict_arg(vm, d)?;
        let keys: Vec<Value> = d.data.borrow().iter().map(|e| e.key.clone()).collect();
        Ok(new_ref(Value::list(keys)))
    })
}

// ----- exceptions -----

/// The exception instance for `type(message)`.
fn new_exception(vm: &mut Vm, ty: Handle, msg: Value) -> PyResult<crate::objects::PyErr> {
    let t = arg(vm, ty)?;
    let inst = vm.call(&t, &[msg], &[])?;
    ops::make_exception(vm, inst)
}

#[no_mangle]
pub extern "C" fn PyErr_SetString(ty: Handle, msg: *const c_char) {
    api((), |vm| {
        let m = Value::str(cstr(vm, msg)?);
        Err(match new_exception(vm, ty, m) {
            Ok(e) | Err(e) => e,
        })
    })
}

#[no_mangle]
pub extern "C" fn PyErr_Occurred() -> Handle {
    let ty = super::ERROR.with(|e| e.borrow().as_ref().map(|e| Value::Type(e.0.class())));
    match ty {
        Some(t) => borrowed(t),
        None => null_mut(),
    }
}

#[no_mangle]
pub extern "C" fn PyErr_Clear() {
    let e = super::take_error();
    drop(e);
}

/// One argument of `PyErr_Format`, as `Python.h` gathers it.
#[repr(C)]
pub struct FormatArg {
    pub i: c_long,
    pub p: *const c_void,
}

/// `PyErr_Format`'s work: `%s %d %i %ld %li %R %S %%` from `args` in order.
///
/// # Safety
/// `args` holds `n` entries, gathered by `Python.h` in the order of the
/// format's conversions (`%s` a C string, `%R`/`%S` a handle).
#[no_mangle]
pub unsafe extern "C" fn _PyNsvm_ErrFormatArray(ty: Handle, format: *const c_char, args: *const FormatArg, n: c_int) {
    api((), |vm| {
        let format = cstr(vm, format)?;
        let get = |k: usize| -> Option<&FormatArg> {
            if k >= n.max(0) as usize || args.is_null() {
                return None;
            }
            // SAFETY: `args` has `n` entries (Python.h's array), `k < n`.
            Some(unsafe { &*args.add(k) })
        };
        let mut out = String::new();
        let mut k = 0;
        let mut chars = format.chars();
        while let Some(c) = chars.next() {
            if c != '%' {
                out.push(c);
                continue;
            }
            let mut conv = chars.next();
            if conv == Some('l') {
                conv = chars.next();
            }
            let a = match conv {
                Some('%') => {
                    out.push('%');
                    continue;
                }
                None => break,
                _ => get(k),
            };
            k += 1;
            let Some(a) = a else { break };
            match conv {
                Some('d' | 'i') => out.push_str(&a.i.to_string()),
                Some('s') => out.push_str(cstr(vm, a.p as *const c_char)?),
                Some(r @ ('R' | 'S')) => {
                    let v = arg(vm, a.p as Handle)?;
                    out.push_str(&if r == 'R' { ops::repr(vm, &v)? } else { ops::str_of(vm, &v)? });
                }
                _ => {}
            }
        }
        Err(match new_exception(vm, ty, Value::string(out)) {
            Ok(e) | Err(e) => e,
        })
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_exception_kind_is_exported() {
        let exported = super::exceptions::EXPORTED_EXCEPTIONS;
        assert_eq!(exported.len(), crate::objects::ExcKind::ALL.len());
        for k in crate::objects::ExcKind::ALL {
            assert!(exported.contains(k), "PyExc_{} is not exported", k.name());
        }
    }

    #[test]
    fn handles_round_trip() {
        for i in [0usize, 1, 17, 1 << 20] {
            assert_eq!(crate::capi::handles::decode(crate::capi::handles::handle(i)), Some((0, i)));
        }
        assert_eq!(crate::capi::handles::decode(std::ptr::null_mut()), None);
    }
}
