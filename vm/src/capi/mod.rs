//! The C API: CPython's names and calling conventions over nsvm's values,
//! for extension modules (`NAME.so` with a `PyInit_NAME`) written against
//! `include/Python.h`. Every `unsafe` of the VM's C side lives under this
//! folder, each block with its `// SAFETY:` argument.
//!
//! # Handles
//! A `PyObject *` is opaque: a number shaped like an aligned pointer that
//! names an entry of a per-thread handle table (`handles.rs`). The entry
//! holds the `Value` (a strong reference: whatever C can name stays
//! alive) and the count of references C owns. A heap object has at most
//! one entry (the table finds it by address), so C can compare handles
//! for identity, and so has an int or a float (found by value), so a C
//! loop reading one int global does not grow the table; `None`, `True`,
//! `False` and the built-in exception types have fixed entries that live
//! as long as the table.
//!
//! # How borrowed references stay valid, and when the table lets go
//! CPython documents a borrowed reference as valid while its owner holds
//! the object. nsvm's objects are not C structs, so the table holds the
//! value itself, and lets go only when no rule below still needs it:
//! - every call from the VM into C (a module's `PyInit_NAME`, a C function
//!   called from Python) opens a *scope*; a borrowed reference handed out
//!   during it (`PyDict_GetItem*`, `PyDict_Next`, `PyTuple_GetItem`,
//!   `PyList_GetItem`, `Py_TYPE`, `PyErr_Occurred`, and the arguments the
//!   C function receives) keeps its entry alive until that scope ends,
//!   even if the owner drops the object in between (a dict item replaced
//!   by a callback into Python): longer than CPython promises, never
//!   shorter. A reference borrowed again in a nested scope (C calling
//!   Python calling C) stays with the outer scope that first borrowed it.
//! - `PyModule_GetDict`'s reference lasts as long as the module, which in
//!   nsvm is the VM (modules are never unloaded), so module dicts are
//!   pinned: an extension may keep the dict in a static, as CPython
//!   extensions do.
//! - references C owns (new references, `Py_INCREF`) keep the entry until
//!   their count drops to zero and no scope holds it; then the entry is
//!   freed and the VM's reference dropped.
//! - `PyUnicode_AsUTF8`'s buffer belongs to the entry, so it lives as long
//!   as the handle does by the rules above.
//!
//! # One VM at a time
//! The table is per thread, and a thread may run several VMs one after
//! another (the test harnesses do, and an embedder may). A library is
//! loaded once per process, so an extension's statics outlive the VM that
//! filled them; each VM imports the extension anew (`PyInit_NAME` runs
//! again, as CPython re-initialises a single-phase module in a new
//! interpreter after `Py_Finalize`), but a static the extension fills
//! outside `PyInit` (a dict kept by a `bind` call) still holds the earlier
//! VM's handle until the extension fills it again. So the table belongs to
//! the VM that last called into C: when another VM calls in, every entry
//! of the old one is released (what it pinned, what C still owned, so a
//! dead VM's objects are freed, not kept for the thread's life) and the
//! table's *generation*, part of every non-fixed handle, changes. A handle
//! from the earlier VM then decodes to nothing, and the function given it
//! raises `SystemError: bad argument to internal function`, as for a
//! forged handle: never the old VM's objects (where a write would be lost
//! to the running program), never freed memory. The fixed handles (the
//! singletons, `PyExc_*`) are constants and stay valid, rebound to the VM
//! that calls in. Two live VMs taking turns on one thread each see the
//! other's turn end their handles: an extension must take its statics
//! again in each VM (CPython's single-phase modules have the same limit
//! across interpreters: a static object belongs to one of them).
//! Generations are unique across threads too: the library, and so its
//! statics, is shared by every thread's VMs, and a handle another
//! thread's table made is refused the same way (that sharing is what
//! issue 15 was: two test threads overwrote one `g_dict`; harnesses that
//! run VMs on several threads load a copy of the library per thread).
//!
//! # The running VM
//! The exported functions reach the VM through a thread-local pointer, set
//! for the span of each call into C from the `&mut Vm` of the caller
//! (which stays unused until C returns), and restored after it: nested
//! calls (C calling Python calling C) see the innermost VM borrow.
//! The exception C raises is a thread-local error indicator, moved into
//! the VM's `PyErr` when C returns.

pub mod api;
pub mod handles;

use crate::interp::Vm;
use crate::objects::exc::ExcDetail;
use crate::objects::str::intern;
use crate::objects::{ExcKind, KwArgs, PyBuiltin, PyDict, PyErr, PyMethod, PyResult, Value};
use handles::{Handle, Table};
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::ffi::{c_char, c_int, c_void, CStr};
use std::path::{Path, PathBuf};
use std::rc::Rc;

pub type PyCFunction = unsafe extern "C" fn(Handle, Handle) -> Handle;
pub type PyCFunctionWithKeywords = unsafe extern "C" fn(Handle, Handle, Handle) -> Handle;

pub const METH_VARARGS: c_int = 0x1;
pub const METH_KEYWORDS: c_int = 0x2;
pub const METH_NOARGS: c_int = 0x4;
pub const METH_O: c_int = 0x8;

/// `PyMethodDef`, laid out as `include/Python.h` declares it.
#[repr(C)]
pub struct PyMethodDef {
    pub ml_name: *const c_char,
    pub ml_meth: Option<PyCFunction>,
    pub ml_flags: c_int,
    pub ml_doc: *const c_char,
}

/// `PyModuleDef`, laid out as `include/Python.h` declares it.
#[repr(C)]
pub struct PyModuleDef {
    pub m_base: *mut c_void,
    pub m_name: *const c_char,
    pub m_doc: *const c_char,
    pub m_size: isize,
    pub m_methods: *mut PyMethodDef,
    pub m_slots: *mut c_void,
    pub m_traverse: *mut c_void,
    pub m_clear: *mut c_void,
    pub m_free: *mut c_void,
}

/// A C function's method-table entry, as the built-in behind every C
/// function finds it. It holds no `Value`: the module a function was
/// created for (its `self`) lives in the function object, so what a VM
/// made dies with that VM. (A module's dict holds `__builtins__`, so one
/// module kept here per import would keep every earlier VM's built-ins
/// alive for the thread's life, and every full collection would walk them.)
struct CMethod {
    name: &'static str,
    meth: PyCFunction,
    flags: c_int,
}

/// The C methods registered on this thread, and the index of each distinct
/// (function, flags, name).
type MethodRegistry = (Vec<CMethod>, HashMap<(usize, c_int, &'static str), usize>);

thread_local! {
    static TABLE: RefCell<Table> = RefCell::new(Table::default());
    static VM: Cell<*mut Vm> = const { Cell::new(std::ptr::null_mut()) };
    static ERROR: RefCell<Option<PyErr>> = const { RefCell::new(None) };
    /// One entry per distinct method-table entry (an extension imported by
    /// VM after VM reuses its entries).
    static METHODS: RefCell<MethodRegistry> = RefCell::new(Default::default());
    /// Loaded libraries stay loaded (CPython never unloads extensions).
    static LIBS: RefCell<Vec<libloading::Library>> = const { RefCell::new(Vec::new()) };
}

/// The handle table, for a short borrow that calls nothing.
pub(crate) fn table<R>(f: impl FnOnce(&mut Table) -> R) -> R {
    TABLE.with(|t| f(&mut t.borrow_mut()))
}

pub(crate) fn set_error(e: PyErr) {
    ERROR.with(|x| *x.borrow_mut() = Some(e));
}

pub(crate) fn take_error() -> Option<PyErr> {
    ERROR.with(|x| x.borrow_mut().take())
}

/// Runs `f` with the VM that called into C; `None` when C runs outside
/// any call from the VM.
pub(crate) fn with_vm<R>(f: impl FnOnce(&mut Vm) -> R) -> Option<R> {
    let p = VM.with(|v| v.get());
    if p.is_null() {
        return None;
    }
    // SAFETY: `VM` is non-null only between `Scope::enter` and
    // `Scope::leave`, which set it from the `&mut Vm` of the Rust function
    // that calls into C and restore the previous pointer after C returns;
    // that function does not touch its `&mut Vm` in between, so the VM is
    // alive and this is the only reference in use. C runs on this thread
    // only (the pointer is thread-local). A nested entry (C -> Python -> C)
    // stores a pointer derived from this very reference, so the borrows
    // nest and never overlap in use.
    let vm = unsafe { &mut *p };
    Some(f(vm))
}

/// One call from the VM into C: the VM pointer and a borrow scope.
struct Scope {
    prev: *mut Vm,
}

impl Scope {
    fn enter(vm: &mut Vm) -> Scope {
        let released = table(|t| {
            let released = t.bind_vm(vm);
            t.push_scope();
            released
        });
        drop(released);
        let prev = VM.with(|v| v.replace(vm as *mut Vm));
        Scope { prev }
    }

    fn leave(self) {
        VM.with(|v| v.set(self.prev));
        let dropped = table(|t| t.pop_scope());
        drop(dropped);
    }
}

/// The extension file for module `name` in the import path (or a
/// package's folder): `NAME.cpython-311-x86_64-linux-gnu.so`, `NAME.abi3.so`
/// or `NAME.so`, as CPython's finder tries them.
pub fn find_extension(vm: &Vm, name: &str, parent_path: Option<&PathBuf>) -> Option<PathBuf> {
    let base = name.rsplit('.').next().unwrap_or(name);
    let dirs: Vec<PathBuf> = match parent_path {
        Some(p) => vec![p.clone()],
        None => vm.path.clone(),
    };
    let suffixes = [".cpython-311-x86_64-linux-gnu.so", ".abi3.so", ".so"];
    let found = dirs.iter().flat_map(|d| suffixes.iter().map(move |s| d.join(format!("{base}{s}")))).find(|p| p.is_file())?;
    // CPython's path entries are absolute, and so are `__file__` and the
    // path in its import errors.
    Some(std::path::absolute(&found).unwrap_or(found))
}

fn import_error(vm: &Vm, name: &str, path: &Path, msg: String) -> PyErr {
    let e = vm.new_error(ExcKind::ImportError, msg);
    if let Some(x) = e.0.exc() {
        x.borrow_mut().detail = Some(Box::new(ExcDetail { name: Value::str(name), path: Value::string(path.display().to_string()), ..Default::default() }));
    }
    e
}

/// Loads an extension module: opens the library, calls `PyInit_NAME`, and
/// enters the module it returns in `sys.modules`.
pub fn load_extension(vm: &mut Vm, name: &str, path: &Path) -> PyResult<Value> {
    let short = name.rsplit('.').next().unwrap_or(name);
    // SAFETY: loading a library runs its initialisers, which is what
    // importing an extension means; the library is the user's choice, as
    // in CPython. It is kept loaded for the process's life (`LIBS`), so
    // the functions and data it hands out stay valid.
    let lib = match unsafe { libloading::Library::new(path) } {
        Ok(l) => l,
        Err(e) => {
            let msg = match &e {
                libloading::Error::DlOpen { desc } => format!("{desc:?}").trim_matches('"').to_string(),
                other => other.to_string(),
            };
            return Err(import_error(vm, name, path, msg));
        }
    };
    let symbol = format!("PyInit_{short}");
    // SAFETY: `PyInit_NAME` is declared by `PyMODINIT_FUNC` as a function
    // of no arguments returning `PyObject *`, the type asked for here.
    let init: unsafe extern "C" fn() -> Handle = match unsafe { lib.get::<unsafe extern "C" fn() -> Handle>(symbol.as_bytes()) } {
        Ok(f) => *f,
        Err(_) => return Err(import_error(vm, name, path, format!("dynamic module does not define module export function ({symbol})"))),
    };
    LIBS.with(|l| l.borrow_mut().push(lib));
    let scope = Scope::enter(vm);
    // SAFETY: `init` is the extension's `PyInit_NAME` (see above), called
    // with the VM pointer and a scope in place, as every call into C is.
    let h = unsafe { init() };
    let r = finish_call(
        vm,
        h,
        || format!("initialization of {short} failed without raising an exception"),
        || format!("initialization of {short} raised unreported exception"),
    );
    scope.leave();
    let m = r?;
    if let Value::Module(pm) = &m {
        pm.dict.data.borrow_mut().set_str(crate::name!("__file__"), Value::string(path.display().to_string()));
    }
    vm.modules.data.borrow_mut().set_str(intern(name), m.clone());
    Ok(m)
}

/// What C's result means: the value, or the exception C set; CPython's
/// SystemErrors when the two disagree.
fn finish_call(vm: &mut Vm, h: Handle, null_msg: impl FnOnce() -> String, both_msg: impl FnOnce() -> String) -> PyResult<Value> {
    if h.is_null() {
        return Err(take_error().unwrap_or_else(|| vm.new_error(ExcKind::SystemError, null_msg())));
    }
    let v = table(|t| t.take(h));
    let Some(v) = v else {
        take_error();
        return Err(vm.new_error(ExcKind::SystemError, "bad argument to internal function"));
    };
    if let Some(cause) = take_error() {
        let e = vm.new_error(ExcKind::SystemError, both_msg());
        if let Some(x) = e.0.exc() {
            x.borrow_mut().cause = Value::Instance(cause.0);
        }
        return Err(e);
    }
    Ok(v)
}

/// Makes the Python function for one `PyMethodDef` of a module.
///
/// # Safety
/// `def` points to a live `PyMethodDef` whose `ml_name` is a C string
/// (the extension's static method table).
unsafe fn c_function(def: &PyMethodDef, module: &Value) -> Option<(Rc<crate::objects::PyStr>, Value)> {
    let meth = def.ml_meth?;
    // SAFETY: the caller guarantees `ml_name` is a NUL-terminated string.
    let name = unsafe { CStr::from_ptr(def.ml_name) }.to_string_lossy().into_owned();
    let name: &'static str = leak_name(name);
    let flags = def.ml_flags;
    let idx = METHODS.with(|m| {
        let (list, index) = &mut *m.borrow_mut();
        *index.entry((meth as usize, flags, name)).or_insert_with(|| {
            list.push(CMethod { name, meth, flags });
            list.len() - 1
        })
    });
    let f = Value::Builtin(Rc::new(PyBuiltin { name, func: call_c_function, is_method: false, owner: "", inline: crate::objects::func::InlineBuiltin::No }));
    let self_ = Value::tuple(vec![Value::Int(idx as i64), module.clone()]);
    Some((intern(name), PyMethod { gc: Default::default(), func: f, self_ }.into_value()))
}

/// A method name made `'static` once per distinct name (`PyBuiltin` holds
/// `&'static str`); extensions have few names, and re-imports reuse them.
fn leak_name(name: String) -> &'static str {
    thread_local! {
        static NAMES: RefCell<std::collections::HashMap<String, &'static str>> = RefCell::new(Default::default());
    }
    NAMES.with(|n| *n.borrow_mut().entry(name.clone()).or_insert_with(|| Box::leak(name.into_boxed_str())))
}

/// Creates the module object for a `PyModuleDef`, with its functions.
///
/// # Safety
/// `def` points to a live `PyModuleDef` (the extension's static) whose
/// strings are NUL-terminated and whose method table ends with an entry
/// whose `ml_name` is NULL.
pub(crate) unsafe fn create_module(vm: &mut Vm, def: *const PyModuleDef) -> PyResult<Value> {
    if def.is_null() {
        return Err(vm.new_error(ExcKind::SystemError, "bad argument to internal function"));
    }
    // SAFETY: the caller guarantees `def` is live and well-formed.
    let def = unsafe { &*def };
    if def.m_name.is_null() {
        return Err(vm.new_error(ExcKind::SystemError, "bad argument to internal function"));
    }
    // SAFETY: `m_name` is a NUL-terminated string (caller's guarantee).
    let name = unsafe { CStr::from_ptr(def.m_name) }.to_string_lossy().into_owned();
    let m = crate::interp::import::new_module(vm, &name);
    if !def.m_doc.is_null() {
        // SAFETY: `m_doc`, when set, is a NUL-terminated string.
        let doc = unsafe { CStr::from_ptr(def.m_doc) }.to_string_lossy().into_owned();
        m.dict.data.borrow_mut().set_str(crate::name!("__doc__"), Value::string(doc));
    }
    let module = Value::Module(m.clone());
    let mut p = def.m_methods;
    while !p.is_null() {
        // SAFETY: `p` walks the method table, which ends with an entry
        // whose `ml_name` is NULL (caller's guarantee); we stop there.
        let md = unsafe { &*p };
        if md.ml_name.is_null() {
            break;
        }
        // SAFETY: `md` is a live entry with a name (checked just above).
        if let Some((n, f)) = unsafe { c_function(md, &module) } {
            m.dict.data.borrow_mut().set_str(n, f);
        }
        // SAFETY: not the terminator, so the next entry is in the table.
        p = unsafe { p.add(1) };
    }
    Ok(module)
}

/// The built-in behind every C function: `args[0]` is `(index of the
/// CMethod, module)`, the rest are the call's arguments.
fn call_c_function(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let found = match args.first() {
        Some(Value::Tuple(t)) => match &t.items[..] {
            [Value::Int(idx), module] => METHODS.with(|m| {
                let c = m.borrow().0.get(usize::try_from(*idx).ok()?).map(|c| (c.name, c.meth, c.flags))?;
                Some((c.0, c.1, c.2, module.clone()))
            }),
            _ => None,
        },
        _ => None,
    };
    let Some((name, meth, flags, module)) = found else {
        return Err(vm.new_error(ExcKind::SystemError, "bad argument to internal function"));
    };
    let args = args.get(1..).unwrap_or(&[]);
    let kinds = flags & !METH_KEYWORDS;
    // CPython names a METH_NOARGS or METH_O function with its module in
    // these messages (`_PyObject_FunctionStr`), a METH_VARARGS one without.
    let qualified = || match &module {
        Value::Module(m) => format!("{}.{name}", m.name.as_str()),
        _ => name.to_string(),
    };
    if flags & METH_KEYWORDS == 0 && !kw.is_empty() {
        let who = if kinds == METH_VARARGS { name.to_string() } else { qualified() };
        return Err(vm.type_error(format!("{who}() takes no keyword arguments")));
    }
    match kinds {
        METH_NOARGS if !args.is_empty() => return Err(vm.type_error(format!("{}() takes no arguments ({} given)", qualified(), args.len()))),
        METH_O if args.len() != 1 => return Err(vm.type_error(format!("{}() takes exactly one argument ({} given)", qualified(), args.len()))),
        METH_NOARGS | METH_O | METH_VARARGS => {}
        _ => return Err(vm.new_error(ExcKind::SystemError, format!("{name}() method: bad call flags"))),
    }
    let kwdict = (!kw.is_empty()).then(|| {
        let d = PyDict::new();
        for (k, v) in kw {
            d.data.borrow_mut().set_str(k.clone(), v.clone());
        }
        Value::Dict(d)
    });
    let scope = Scope::enter(vm);
    let (hself, harg, hkw) = table(|t| {
        let s = t.borrowed(module);
        let a = match kinds {
            METH_NOARGS => std::ptr::null_mut(),
            // METH_O has exactly one argument (checked above).
            METH_O => t.borrowed(args.first().cloned().unwrap_or(Value::None)),
            _ => t.borrowed(Value::tuple(args.to_vec())),
        };
        let k = kwdict.map(|d| t.borrowed(d)).unwrap_or(std::ptr::null_mut());
        (s, a, k)
    });
    let h = if flags & METH_KEYWORDS != 0 {
        // SAFETY: a `METH_VARARGS | METH_KEYWORDS` function is declared
        // with three parameters and stored in `ml_meth` through a cast, as
        // CPython's convention is; casting it back gives its real type.
        let f: PyCFunctionWithKeywords = unsafe { std::mem::transmute::<PyCFunction, PyCFunctionWithKeywords>(meth) };
        // SAFETY: the function's own signature, with handles the table
        // keeps alive for the whole call (this scope).
        unsafe { f(hself, harg, hkw) }
    } else {
        // SAFETY: as above, with the two-parameter signature of its flags.
        unsafe { meth(hself, harg) }
    };
    let r = finish_call(
        vm,
        h,
        || format!("<built-in function {name}> returned NULL without setting an exception"),
        || format!("<built-in function {name}> returned a result with an exception set"),
    );
    scope.leave();
    r
}

/// Live handles, for tests of the table's lifetimes.
pub fn live_handles() -> usize {
    table(|t| t.live())
}
