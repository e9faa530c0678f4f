//! The VM state shared by every frame: the value stack, the built-in types
//! and modules, the handled-exception stack, buffered standard output, and
//! the namespace strategy chosen at start-up.

use super::call::{self, GenResult};
use crate::objects::exc::ExcData;
use crate::objects::str::intern;
use crate::objects::{ExcKind, KwArgs, PyCode, PyDict, PyErr, PyFunction, PyGenerator, PyInstance, PyModule, PyResult, PyStr, PyType, TypeKind, Value};
use crate::strategy::{Strategy, WithStrategy};
use std::cell::RefCell;
use std::collections::HashMap;
use std::io::Write;
use std::path::PathBuf;
use std::rc::Rc;

pub use crate::strategy::StrategyKind;

/// The built-in types, created once per VM.
pub struct Types {
    pub object: Rc<PyType>,
    pub type_: Rc<PyType>,
    pub none: Rc<PyType>,
    pub notimpl: Rc<PyType>,
    pub ellipsis: Rc<PyType>,
    pub bool_: Rc<PyType>,
    pub int: Rc<PyType>,
    pub float: Rc<PyType>,
    pub str_: Rc<PyType>,
    pub list: Rc<PyType>,
    pub tuple: Rc<PyType>,
    pub dict: Rc<PyType>,
    pub set: Rc<PyType>,
    pub frozenset: Rc<PyType>,
    pub range: Rc<PyType>,
    pub slice: Rc<PyType>,
    pub function: Rc<PyType>,
    pub builtin: Rc<PyType>,
    pub method: Rc<PyType>,
    pub generator: Rc<PyType>,
    pub module: Rc<PyType>,
    pub cell: Rc<PyType>,
    pub code: Rc<PyType>,
    pub property: Rc<PyType>,
    pub staticmethod: Rc<PyType>,
    pub classmethod: Rc<PyType>,
    pub super_: Rc<PyType>,
    pub member_descriptor: Rc<PyType>,
    pub traceback: Rc<PyType>,
    pub mappingproxy: Rc<PyType>,
    pub exc: Vec<Rc<PyType>>,
    /// Iterator and view types, made on first use, by name.
    pub misc: RefCell<HashMap<String, Rc<PyType>>>,
}

pub fn builtin_type(name: &str, kind: TypeKind, base: Option<&Rc<PyType>>) -> Rc<PyType> {
    let bases = base.map(|b| vec![b.clone()]).unwrap_or_default();
    let t = PyType::new(name, kind, bases, true);
    let mut mro = vec![t.clone()];
    if let Some(b) = base {
        mro.extend(b.mro.borrow().iter().cloned());
    }
    *t.mro.borrow_mut() = mro;
    t
}

impl Types {
    pub fn new() -> Types {
        let object = builtin_type("object", TypeKind::Object, None);
        let o = Some(&object);
        let int = builtin_type("int", TypeKind::Int, o);
        let mut exc: Vec<Rc<PyType>> = Vec::new();
        for k in ExcKind::ALL {
            let base = if *k == ExcKind::BaseException { object.clone() } else { exc[k.base() as usize].clone() };
            exc.push(builtin_type(k.name(), TypeKind::Exception(*k), Some(&base)));
        }
        Types {
            type_: builtin_type("type", TypeKind::Type, o),
            none: builtin_type("NoneType", TypeKind::NoneType, o),
            notimpl: builtin_type("NotImplementedType", TypeKind::NotImplementedType, o),
            ellipsis: builtin_type("ellipsis", TypeKind::Ellipsis, o),
            bool_: builtin_type("bool", TypeKind::Bool, Some(&int)),
            float: builtin_type("float", TypeKind::Float, o),
            str_: builtin_type("str", TypeKind::Str, o),
            list: builtin_type("list", TypeKind::List, o),
            tuple: builtin_type("tuple", TypeKind::Tuple, o),
            dict: builtin_type("dict", TypeKind::Dict, o),
            set: builtin_type("set", TypeKind::Set, o),
            frozenset: builtin_type("frozenset", TypeKind::FrozenSet, o),
            range: builtin_type("range", TypeKind::Range, o),
            slice: builtin_type("slice", TypeKind::Slice, o),
            function: builtin_type("function", TypeKind::Function, o),
            builtin: builtin_type("builtin_function_or_method", TypeKind::Builtin, o),
            method: builtin_type("method", TypeKind::Method, o),
            generator: builtin_type("generator", TypeKind::Generator, o),
            module: builtin_type("module", TypeKind::Module, o),
            cell: builtin_type("cell", TypeKind::Cell, o),
            code: builtin_type("code", TypeKind::Code, o),
            property: builtin_type("property", TypeKind::Property, o),
            staticmethod: builtin_type("staticmethod", TypeKind::StaticMethod, o),
            classmethod: builtin_type("classmethod", TypeKind::ClassMethod, o),
            super_: builtin_type("super", TypeKind::Super, o),
            member_descriptor: builtin_type("member_descriptor", TypeKind::MemberDescriptor, o),
            traceback: builtin_type("traceback", TypeKind::Traceback, o),
            mappingproxy: builtin_type("mappingproxy", TypeKind::MappingProxy, o),
            int,
            exc,
            object,
            misc: RefCell::new(HashMap::new()),
        }
    }
}

impl Default for Types {
    fn default() -> Self {
        Self::new()
    }
}

pub struct Vm {
    pub stack: Vec<Value>,
    pub types: Types,
    pub builtins: Rc<PyModule>,
    /// `sys.modules`.
    pub modules: Rc<PyDict>,
    /// Exceptions currently being handled, innermost last.
    pub exc_info: Vec<Value>,
    pub depth: u32,
    /// The depth the call paths test against (one compare): the recursion
    /// limit, but at most `SAFE_DEPTH`. Past it, `may_go_deeper` decides.
    /// Set through `set_recursion_limit`.
    pub recursion_limit: u32,
    /// `sys.getrecursionlimit()`.
    user_recursion_limit: u32,
    /// The native stack: an address near the top of the thread running the
    /// VM, and how many bytes below it frames may use (0: unknown, so no
    /// recursion past `SAFE_DEPTH`). See `may_go_deeper`.
    stack_top: usize,
    stack_budget: usize,
    /// `sys.get_int_max_str_digits()`: decimal int/str conversions of more digits raise ValueError (0: no limit).
    pub int_max_str_digits: usize,
    pub strategy: StrategyKind,
    out: Vec<u8>,
    /// Keep stdout in `out` instead of writing it (for embedding: tests
    /// that compare the output of many programs in one process).
    pub capture: bool,
    /// Folder of the main script, searched by `import`.
    pub path: Vec<PathBuf>,
    pub argv: Vec<String>,
    /// Source text of files run, for tracebacks.
    pub sources: HashMap<String, Rc<str>>,
    /// The running frames, innermost last.
    pub frames: Vec<super::FrameInfo>,
    /// Objects whose repr is being computed (to print `[...]` for cycles).
    pub repr_guard: Vec<usize>,
    /// Type attribute lookups (see `objects::typ::LookupCache`).
    pub lookup_cache: crate::objects::typ::LookupCache,
    /// `-X stats` counters.
    pub stats: crate::strategy::Stats,
    /// How built-in types make instances (CPython's `tp_new` of the
    /// built-in types), installed by `builtins::install`: calling a type
    /// reaches the built-in constructors through these, so the loop does
    /// not depend on the built-in namespace.
    pub ctors: Constructors,
    /// The inline cache shared by megamorphic attribute sites.
    pub megacache: crate::inline_cache::MegaCache,
}

/// `fn(vm, type, args, kwargs)`: makes an instance of the type.
pub type CtorFn = fn(&mut Vm, &Rc<PyType>, &[Value], &KwArgs) -> PyResult<Value>;

/// The constructors `type_call` uses (see `Vm::ctors`).
#[derive(Clone, Copy)]
pub struct Constructors {
    /// `T(...)` for a built-in type `T` (`int(x)`, `list(it)`, ...).
    pub builtin: CtorFn,
    /// `object.__new__(T)` for a class `T` whose `__new__` is not Python
    /// code: a bare instance, with the built-in value of a built-in base.
    pub object: CtorFn,
}

impl Default for Constructors {
    fn default() -> Self {
        fn missing(vm: &mut Vm, _t: &Rc<PyType>, _a: &[Value], _k: &KwArgs) -> PyResult<Value> {
            Err(vm.internal("built-in constructors are not installed"))
        }
        Constructors { builtin: missing, object: missing }
    }
}

impl Drop for Vm {
    /// A panic (an nsvm bug) unwinding through a run still writes the
    /// program's output so far; `crate::crash` reports the panic after.
    fn drop(&mut self) {
        if std::thread::panicking() {
            self.flush_out();
        }
    }
}

impl Vm {
    pub fn new(strategy: StrategyKind) -> Vm {
        let types = Types::new();
        let builtins_dict = new_namespace(strategy);
        let builtins = crate::objects::gc::new_tracked(PyModule { gc: Default::default(), name: crate::name!("builtins"), dict: builtins_dict });
        let mut vm = Vm {
            stack: Vec::with_capacity(1 << 16),
            types,
            builtins,
            modules: PyDict::new(),
            exc_info: Vec::new(),
            depth: 0,
            recursion_limit: 1000,
            user_recursion_limit: 1000,
            stack_top: 0,
            stack_budget: 0,
            int_max_str_digits: super::num::INT_MAX_STR_DIGITS,
            strategy,
            out: Vec::with_capacity(1 << 16),
            capture: false,
            path: Vec::new(),
            argv: Vec::new(),
            sources: HashMap::new(),
            frames: Vec::new(),
            repr_guard: Vec::new(),
            lookup_cache: Default::default(),
            stats: Default::default(),
            ctors: Default::default(),
            megacache: Default::default(),
        };
        crate::builtins::install(&mut vm);
        vm
    }

    // ----- output -----

    /// Everything written to stdout so far (with `capture` on), emptied.
    pub fn take_output(&mut self) -> Vec<u8> {
        std::mem::take(&mut self.out)
    }

    pub fn write_out(&mut self, s: &str) {
        self.out.extend_from_slice(s.as_bytes());
        if self.out.len() > 1 << 15 {
            self.flush_out();
        }
    }

    pub fn flush_out(&mut self) {
        if self.capture {
            return;
        }
        let mut so = std::io::stdout().lock();
        let _ = so.write_all(&self.out);
        let _ = so.flush();
        self.out.clear();
    }

    // ----- errors -----

    pub fn exc_type(&self, kind: ExcKind) -> Rc<PyType> {
        self.types.exc[kind as usize].clone()
    }

    /// A new exception of a built-in type with one message argument.
    #[cold]
    #[inline(never)]
    pub fn new_error(&self, kind: ExcKind, msg: impl Into<String>) -> PyErr {
        self.new_exception(self.exc_type(kind), vec![Value::string(msg.into())])
    }

    pub fn new_exception(&self, class: Rc<PyType>, args: Vec<Value>) -> PyErr {
        let inst = PyInstance::new(class);
        if let Some(e) = inst.exc() {
            *e.borrow_mut() = ExcData { args: Value::tuple(args), ..Default::default() };
        }
        PyErr(inst.into_rc())
    }

    #[cold]
    #[inline(never)]
    pub fn type_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_error(ExcKind::TypeError, msg)
    }
    #[cold]
    #[inline(never)]
    pub fn value_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_error(ExcKind::ValueError, msg)
    }
    #[cold]
    #[inline(never)]
    pub fn index_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_error(ExcKind::IndexError, msg)
    }
    #[cold]
    #[inline(never)]
    pub fn attr_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_error(ExcKind::AttributeError, msg)
    }
    #[cold]
    #[inline(never)]
    pub fn zero_div(&self, msg: impl Into<String>) -> PyErr {
        self.new_error(ExcKind::ZeroDivisionError, msg)
    }
    #[cold]
    #[inline(never)]
    pub fn overflow(&self, msg: impl Into<String>) -> PyErr {
        self.new_error(ExcKind::OverflowError, msg)
    }
    #[cold]
    #[inline(never)]
    pub fn name_error(&self, name: &str) -> PyErr {
        self.new_error(ExcKind::NameError, format!("name '{name}' is not defined"))
    }
    #[cold]
    #[inline(never)]
    pub fn key_error(&self, key: Value) -> PyErr {
        self.new_exception(self.exc_type(ExcKind::KeyError), vec![key])
    }
    /// StopIteration carrying a generator's return value.
    pub fn stop_iteration(&self, v: Value) -> PyErr {
        let args = if matches!(v, Value::None) { vec![] } else { vec![v] };
        self.new_exception(self.exc_type(ExcKind::StopIteration), args)
    }
    /// MemoryError, as CPython raises it: no arguments.
    #[cold]
    #[inline(never)]
    pub fn memory_error(&self) -> PyErr {
        self.new_exception(self.exc_type(ExcKind::MemoryError), vec![])
    }

    /// `sys.setrecursionlimit(n)`.
    pub fn set_recursion_limit(&mut self, n: u32) {
        self.user_recursion_limit = n;
        self.recursion_limit = n.min(SAFE_DEPTH);
    }

    /// `sys.getrecursionlimit()`.
    pub fn user_recursion_limit(&self) -> u32 {
        self.user_recursion_limit
    }

    /// Lets frames use `budget` bytes of the current thread's native stack
    /// below this call's frame (the runner's big-stack thread; see
    /// `may_go_deeper`).
    #[inline(never)]
    pub fn set_native_stack(&mut self, budget: usize) {
        self.stack_top = here();
        self.stack_budget = budget;
    }

    /// Runs `f`, a step of a native recursion that counts no Python depth
    /// (hashing nested tuples): RecursionError instead when the native
    /// stack is nearly used up. On a thread whose stack is unknown
    /// (`set_native_stack` not called: an embedding), each step counts as
    /// a level of `nested` instead.
    #[inline]
    pub fn native_step<T>(&mut self, f: impl FnOnce(&mut Vm) -> PyResult<T>) -> PyResult<T> {
        if self.stack_budget == 0 {
            return self.nested("", f);
        }
        if !self.native_stack_has_room() {
            return Err(self.new_error(ExcKind::RecursionError, "maximum recursion depth exceeded"));
        }
        f(self)
    }

    /// At or past `recursion_limit` (the depth every call path tests):
    /// whether one more level, `extra` levels of slack beyond the user's
    /// limit (built-in calls get 50), may run. Below `SAFE_DEPTH` the
    /// limit is the answer; past it, a limit raised by the program holds as
    /// long as the native stack has room (about 1.7 KiB per Python frame:
    /// some 560 000 frames on the runner's stack, where CPython 3.11's
    /// Python-to-Python calls use no C stack at all), and where it runs out
    /// the program gets RecursionError, never a crash.
    #[cold]
    #[inline(never)]
    pub fn may_go_deeper(&self, extra: u32) -> bool {
        self.depth >= SAFE_DEPTH && self.depth < self.user_recursion_limit.saturating_add(extra) && self.native_stack_has_room()
    }

    /// Whether the native stack used below `set_native_stack`'s frame is
    /// within the budget (never, when no budget was set).
    #[inline]
    fn native_stack_has_room(&self) -> bool {
        self.stack_top.saturating_sub(here()) < self.stack_budget
    }

    /// Runs `f` one level deeper in the count that Python calls keep
    /// (CPython's `Py_EnterRecursiveCall`, whose counter 3.11 shares with
    /// Python frames): native recursion through nested containers (repr,
    /// comparison) raises RecursionError at the limit instead of running
    /// the Rust stack out. `what` ends the message (" in comparison").
    #[inline]
    pub fn nested<T>(&mut self, what: &str, f: impl FnOnce(&mut Vm) -> PyResult<T>) -> PyResult<T> {
        if self.depth >= self.recursion_limit && !self.may_go_deeper(0) {
            return Err(self.new_error(ExcKind::RecursionError, format!("maximum recursion depth exceeded{what}")));
        }
        self.depth += 1;
        let r = f(self);
        self.depth -= 1;
        r
    }

    /// A VM bug surfaced as SystemError rather than a panic.
    #[cold]
    pub fn internal(&self, msg: impl Into<String>) -> PyErr {
        self.new_error(ExcKind::SystemError, format!("nsvm internal error: {}", msg.into()))
    }

    /// Whether `err` is an instance of the built-in exception `kind`.
    pub fn err_is(&self, err: &PyErr, kind: ExcKind) -> bool {
        err.0.class().is_subtype(&self.types.exc[kind as usize])
    }

    // ----- lookups -----

    pub fn builtin_value(&self, name: &str) -> PyResult<Value> {
        self.builtins.dict.data.borrow().get_str(&intern(name)).ok_or_else(|| self.name_error(name))
    }

    pub fn type_of(&self, v: &Value) -> Rc<PyType> {
        let t = &self.types;
        match v {
            Value::Unbound | Value::None => t.none.clone(),
            Value::NotImplemented => t.notimpl.clone(),
            Value::Ellipsis => t.ellipsis.clone(),
            Value::Bool(_) => t.bool_.clone(),
            Value::Int(_) | Value::BigInt(_) => t.int.clone(),
            Value::Float(_) => t.float.clone(),
            Value::Str(_) => t.str_.clone(),
            Value::List(_) => t.list.clone(),
            Value::Tuple(_) => t.tuple.clone(),
            Value::Dict(_) => t.dict.clone(),
            Value::Set(_) => t.set.clone(),
            Value::FrozenSet(_) => t.frozenset.clone(),
            Value::Range(_) => t.range.clone(),
            Value::Slice(_) => t.slice.clone(),
            Value::Function(_) => t.function.clone(),
            Value::Builtin(_) => t.builtin.clone(),
            // A built-in method bound to its object (`[].append`).
            Value::Method(m) if matches!(m.func, Value::Builtin(_)) => t.builtin.clone(),
            Value::Method(_) => t.method.clone(),
            Value::Generator(_) => t.generator.clone(),
            Value::Module(_) => t.module.clone(),
            Value::Type(_) => t.type_.clone(),
            Value::Instance(i) => i.class(),
            Value::Cell(_) => t.cell.clone(),
            Value::Code(_) => t.code.clone(),
            Value::Iter(_) | Value::DictView(_) => self.misc_type(&v.type_name()),
        }
    }

    pub fn misc_type(&self, name: &str) -> Rc<PyType> {
        if let Some(t) = self.types.misc.borrow().get(name) {
            return t.clone();
        }
        let kind = if name.starts_with("dict_") && !name.contains("iterator") { TypeKind::DictView } else { TypeKind::Iterator };
        let t = builtin_type(name, kind, Some(&self.types.object));
        self.types.misc.borrow_mut().insert(name.to_string(), t.clone());
        t
    }

    /// Resumes a generator, through the loop instantiated for the running strategy.
    pub fn gen_resume(&mut self, g: &Rc<PyGenerator>, sent: Value) -> PyResult<GenResult> {
        self.strategy.with(Resume { vm: self, g, sent, err: None })
    }

    /// `next()` on a generator: `Ok(None)` when it returned (see
    /// `call::gen_next`).
    pub fn gen_next(&mut self, g: &Rc<PyGenerator>) -> PyResult<Option<Value>> {
        let mut err = None;
        let v = self.gen_next_value(g, &mut err);
        match err {
            Some(e) => Err(e),
            None if v.is_unbound() => Ok(None),
            None => Ok(Some(v)),
        }
    }

    /// `gen_next` as `call::gen_next` answers: the value, or `Unbound` with
    /// the error, if any, in `err` (no `PyResult` built in memory).
    #[inline]
    pub fn gen_next_value(&mut self, g: &Rc<PyGenerator>, err: &mut Option<PyErr>) -> Value {
        self.strategy.with(GenNext { vm: self, g, err })
    }

    /// Resumes a generator by raising `err` at its current yield.
    pub fn gen_throw(&mut self, g: &Rc<PyGenerator>, err: PyErr) -> PyResult<GenResult> {
        self.strategy.with(Resume { vm: self, g, sent: Value::None, err: Some(err) })
    }

    /// Runs a code object with the given globals and (for class bodies and
    /// `exec` with separate locals) locals mapping.
    pub fn run_code(&mut self, code: Rc<PyCode>, func: Option<Rc<PyFunction>>, globals: Rc<PyDict>, locals: Option<Value>) -> PyResult<Value> {
        self.strategy.with(RunCode { vm: self, code, func, globals, locals })
    }

    /// Calls any callable, through the loop instantiated for the running strategy.
    pub fn call(&mut self, f: &Value, args: &[Value], kwargs: &[(Rc<PyStr>, Value)]) -> PyResult<Value> {
        self.strategy.with(CallValue { vm: self, f, args, kwargs })
    }
}

// The entries into the loop from code that does not know the strategy, as
// `WithStrategy` values: their `run` is instantiated once per strategy.

struct Resume<'a> {
    vm: &'a mut Vm,
    g: &'a Rc<PyGenerator>,
    sent: Value,
    err: Option<PyErr>,
}

struct GenNext<'a> {
    vm: &'a mut Vm,
    g: &'a Rc<PyGenerator>,
    err: &'a mut Option<PyErr>,
}

impl WithStrategy for GenNext<'_> {
    type Output = Value;
    fn run<S: Strategy>(self) -> Value {
        call::gen_next::<S>(self.vm, self.g, self.err)
    }
}

impl WithStrategy for Resume<'_> {
    type Output = PyResult<GenResult>;
    fn run<S: Strategy>(self) -> Self::Output {
        call::resume_with::<S>(self.vm, self.g, self.sent, self.err)
    }
}

struct RunCode<'a> {
    vm: &'a mut Vm,
    code: Rc<PyCode>,
    func: Option<Rc<PyFunction>>,
    globals: Rc<PyDict>,
    locals: Option<Value>,
}

impl WithStrategy for RunCode<'_> {
    type Output = PyResult<Value>;
    fn run<S: Strategy>(self) -> Self::Output {
        call::run_code::<S>(self.vm, self.code, self.func, self.globals, self.locals)
    }
}

struct CallValue<'a> {
    vm: &'a mut Vm,
    f: &'a Value,
    args: &'a [Value],
    kwargs: &'a [(Rc<PyStr>, Value)],
}

impl WithStrategy for CallValue<'_> {
    type Output = PyResult<Value>;
    fn run<S: Strategy>(self) -> Self::Output {
        call::call_value::<S>(self.vm, self.f, self.args, self.kwargs)
    }
}

/// A fresh module namespace for the strategy: a dict, or slots behind a dict.
pub fn new_namespace(strategy: StrategyKind) -> Rc<PyDict> {
    strategy.new_module_namespace()
}

/// The depth below which the recursion limit alone bounds recursion: the
/// native stack of the runner's thread (1 GiB) holds this many Python
/// frames of any kind with room to spare.
pub const SAFE_DEPTH: u32 = 100_000;

/// An address in the caller's frame: where the native stack is now.
#[inline(always)]
fn here() -> usize {
    let marker = 0u8;
    std::hint::black_box(&marker) as *const u8 as usize
}
