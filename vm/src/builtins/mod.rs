//! The built-in namespace: one registration table for the functions of
//! `builtins`, the methods of the built-in types, and the built-in modules.

pub mod functions;
pub mod methods;
pub mod modules;
pub mod types;

#[cfg(test)]
mod arity_tests;

use crate::interp::Vm;
use crate::objects::func::InlineBuiltin;
use crate::objects::str::intern;
use crate::objects::B64;
use crate::objects::{ExcKind, KwArgs, Native, PyBuiltin, PyErr, PyInstance, PyResult, PyType, Value};
use num_bigint::BigInt;
use std::rc::Rc;

pub type BFn = fn(&mut Vm, &[Value], &KwArgs) -> PyResult<Value>;

pub fn builtin_fn(name: &'static str, f: BFn) -> Value {
    Value::Builtin(Rc::new(PyBuiltin { name, func: f, is_method: false, owner: "", inline: InlineBuiltin::No }))
}

/// Adds a method to a built-in type's namespace.
pub fn register(t: &Rc<PyType>, name: &'static str, f: BFn, owner: &'static str) {
    let inline = if (owner, name) == ("list", "append") { InlineBuiltin::ListAppend } else { InlineBuiltin::No };
    t.dict.borrow_mut().set_str(intern(name), Value::Builtin(Rc::new(PyBuiltin { name, func: f, is_method: true, owner, inline })));
}

/// Argument `i`, or the CPython-style error for a missing one.
pub fn arg(vm: &Vm, args: &[Value], i: usize) -> PyResult<Value> {
    args.get(i)
        .cloned()
        .ok_or_else(|| vm.type_error(format!("function takes at least {} argument{} ({} given)", i + 1, if i == 0 { "" } else { "s" }, args.len())))
}

// ----- positional arguments -----
//
// A built-in gets its positional arguments as a slice of whatever length
// the program passed. It takes them out through `unpack` or one of its
// wrappers below, which compare the length once and hand back an array
// (and `Option`s for the optional ones); nothing indexes the slice, so no
// argument access can be out of range (the all-builtins test in
// `arity_tests.rs` calls every built-in with 0 to 5 arguments).

/// `R` required then `O` optional positional arguments, or `err()` when the
/// count is outside `R..=R+O`. Inlined, this is one length compare and
/// direct loads: no allocation, no per-argument check.
#[inline]
pub fn unpack<const R: usize, const O: usize>(args: &[Value], err: impl FnOnce() -> PyErr) -> PyResult<(&[Value; R], [Option<&Value>; O])> {
    match args.get(..R).map(<&[Value; R]>::try_from) {
        Some(Ok(required)) if args.len() <= R + O => Ok((required, std::array::from_fn(|i| args.get(R + i)))),
        _ => Err(err()),
    }
}

/// Exactly `N` arguments, else `arity`'s message.
#[inline]
pub fn fixed<'a, const N: usize>(vm: &Vm, name: &str, args: &'a [Value]) -> PyResult<&'a [Value; N]> {
    unpack::<N, 0>(args, || arity_error(vm, name, args.len(), N, N)).map(|(required, [])| required)
}

/// `R` required and up to `O` optional arguments, else `arity`'s messages.
#[inline]
pub fn optional<'a, const R: usize, const O: usize>(vm: &Vm, name: &str, args: &'a [Value]) -> PyResult<(&'a [Value; R], [Option<&'a Value>; O])> {
    unpack(args, || arity_error(vm, name, args.len(), R, R + O))
}

/// `fixed` for a method: `N` counts self (`a[0]`), which the message, as
/// CPython's, does not.
#[inline]
pub fn mfixed<'a, const N: usize>(vm: &Vm, name: &str, a: &'a [Value]) -> PyResult<&'a [Value; N]> {
    unpack::<N, 0>(a, || marity_error(vm, name, a, N, N)).map(|(required, [])| required)
}

/// `optional` for a method: `R` counts self, which the message does not.
#[inline]
pub fn moptional<'a, const R: usize, const O: usize>(vm: &Vm, name: &str, a: &'a [Value]) -> PyResult<(&'a [Value; R], [Option<&'a Value>; O])> {
    unpack(a, || marity_error(vm, name, a, R, R + O))
}

/// Checks that `min..=max` arguments were passed (for built-ins that then
/// read them with `args.get(i)`).
pub fn arity(vm: &Vm, name: &str, args: &[Value], min: usize, max: usize) -> PyResult<()> {
    if (min..=max).contains(&args.len()) {
        return Ok(());
    }
    Err(arity_error(vm, name, args.len(), min, max))
}

/// The message for a method's `a` (self included) where `min..=max`
/// values (self included) are taken; CPython's messages do not count self.
#[cold]
#[inline(never)]
pub fn marity_error(vm: &Vm, name: &str, a: &[Value], min: usize, max: usize) -> PyErr {
    let (n, min, max) = (a.len().saturating_sub(1), min.saturating_sub(1), max.saturating_sub(1));
    if (min..=max).contains(&n) {
        // Only self is missing (`a` is empty, and no argument is required
        // after it): a direct call such as `dict.update()`.
        return vm.type_error(format!("unbound method {name}() needs an argument"));
    }
    arity_error(vm, name, n, min, max)
}

/// The message for `n` arguments where `min..=max` are taken.
#[cold]
#[inline(never)]
fn arity_error(vm: &Vm, name: &str, n: usize, min: usize, max: usize) -> PyErr {
    if min == max {
        if min == 0 {
            vm.type_error(format!("{name}() takes no arguments ({n} given)"))
        } else if min == 1 {
            vm.type_error(format!("{name}() takes exactly one argument ({n} given)"))
        } else {
            vm.type_error(format!("{name} expected {min} arguments, got {n}"))
        }
    } else if n < min {
        vm.type_error(format!("{name} expected at least {min} argument{}, got {n}", if min == 1 { "" } else { "s" }))
    } else {
        vm.type_error(format!("{name} expected at most {max} argument{}, got {n}", if max == 1 { "" } else { "s" }))
    }
}

pub fn kwarg<'a>(kw: &'a KwArgs, name: &str) -> Option<&'a Value> {
    kw.iter().find(|(k, _)| k.as_str() == name).map(|(_, v)| v)
}

pub fn no_kwargs(vm: &Vm, name: &str, kw: &KwArgs) -> PyResult<()> {
    if kw.is_empty() {
        Ok(())
    } else {
        Err(vm.type_error(format!("{name}() takes no keyword arguments")))
    }
}

pub use crate::interp::ops::syntax_error_value;

pub fn num_to_f64(vm: &Vm, b: &BigInt) -> PyResult<f64> {
    crate::interp::num::big_to_f64(vm, b)
}

fn register_all(t: &Rc<PyType>, methods: &[(&'static str, BFn)], owner: &'static str) {
    for (n, f) in methods {
        register(t, n, *f, owner);
    }
}

pub fn install(vm: &mut Vm) {
    vm.ctors = crate::interp::vm::Constructors { builtin: types::construct, object: types::new_object };
    use functions as f;
    let table: &[(&'static str, BFn)] = &[
        ("print", f::print),
        ("len", f::len),
        ("repr", f::repr),
        ("ascii", f::ascii),
        ("abs", f::abs),
        ("sorted", f::sorted),
        ("min", f::min),
        ("max", f::max),
        ("sum", f::sum),
        ("all", f::all),
        ("any", f::any),
        ("isinstance", f::isinstance),
        ("issubclass", f::issubclass),
        ("id", f::id),
        ("hash", f::hash),
        ("getattr", f::getattr),
        ("setattr", f::setattr),
        ("hasattr", f::hasattr),
        ("delattr", f::delattr),
        ("callable", f::callable),
        ("iter", f::iter),
        ("next", f::next),
        ("enumerate", f::enumerate),
        ("zip", f::zip),
        ("map", f::map),
        ("filter", f::filter),
        ("reversed", f::reversed),
        ("chr", f::chr),
        ("ord", f::ord),
        ("divmod", f::divmod),
        ("pow", f::pow),
        ("round", f::round),
        ("hex", f::hex),
        ("oct", f::oct),
        ("bin", f::bin),
        ("format", f::format),
        ("input", f::input),
        ("globals", f::globals),
        ("locals", f::locals),
        ("vars", f::vars),
        ("dir", f::dir),
        ("exec", f::exec),
        ("eval", f::eval),
        ("compile", f::compile),
        ("__import__", f::import),
        ("__build_class__", crate::interp::class::build_class),
        ("open", f::open),
    ];
    let b = vm.builtins.clone();
    {
        let mut d = b.dict.data.borrow_mut();
        for (n, func) in table {
            d.set_str(intern(n), builtin_fn(n, *func));
        }
        let t = &vm.types;
        let types: Vec<(&str, &Rc<PyType>)> = vec![
            ("object", &t.object),
            ("type", &t.type_),
            ("int", &t.int),
            ("bool", &t.bool_),
            ("float", &t.float),
            ("str", &t.str_),
            ("list", &t.list),
            ("tuple", &t.tuple),
            ("dict", &t.dict),
            ("set", &t.set),
            ("frozenset", &t.frozenset),
            ("range", &t.range),
            ("slice", &t.slice),
            ("property", &t.property),
            ("staticmethod", &t.staticmethod),
            ("classmethod", &t.classmethod),
            ("super", &t.super_),
        ];
        for (n, ty) in types {
            d.set_str(intern(n), Value::Type(ty.clone()));
        }
        for k in ExcKind::ALL {
            d.set_str(intern(k.name()), Value::Type(t.exc[*k as usize].clone()));
        }
        d.set_str(crate::name!("NotImplemented"), Value::NotImplemented);
        d.set_str(crate::name!("Ellipsis"), Value::Ellipsis);
        d.set_str(crate::name!("None"), Value::None);
        d.set_str(crate::name!("True"), Value::Bool(B64::TRUE));
        d.set_str(crate::name!("False"), Value::Bool(B64::FALSE));
        d.set_str(crate::name!("__name__"), Value::str("builtins"));
        d.set_str(crate::name!("__debug__"), Value::Bool(B64::TRUE));
    }
    let t = &vm.types;
    register_all(&t.str_, methods::STR_METHODS, "str");
    register_all(&t.list, methods::LIST_METHODS, "list");
    register_all(&t.tuple, methods::TUPLE_METHODS, "tuple");
    register_all(&t.dict, methods::DICT_METHODS, "dict");
    register_all(&t.set, methods::SET_METHODS, "set");
    register_all(&t.frozenset, methods::FROZENSET_METHODS, "frozenset");
    register_all(&t.int, methods::INT_METHODS, "int");
    register_all(&t.float, methods::FLOAT_METHODS, "float");
    let fromkeys = PyInstance::with_native(t.classmethod.clone(), Native::ClassMethod(builtin_fn("fromkeys", dict_fromkeys_cls)));
    t.dict.dict.borrow_mut().set_str(crate::name!("fromkeys"), fromkeys.into_value());
    register(&t.object, "__init__", types::object_init, "object");
    register(&t.object, "__setattr__", types::object_setattr_m, "object");
    register(&t.object, "__delattr__", types::object_delattr_m, "object");
    register(&t.object, "__getattribute__", types::object_getattribute, "object");
    register(&t.object, "__eq__", types::object_eq, "object");
    register(&t.object, "__ne__", types::object_ne, "object");
    register(&t.object, "__hash__", types::object_hash, "object");
    register(&t.object, "__repr__", types::object_repr, "object");
    register(&t.object, "__str__", types::object_str, "object");
    let new = PyInstance::with_native(t.staticmethod.clone(), Native::StaticMethod(builtin_fn("__new__", types::object_new)));
    t.object.dict.borrow_mut().set_str(crate::name!("__new__"), new.into_value());
    register(&t.type_, "mro", types::type_mro, "type");
    register(&t.list, "__init__", types::container_init, "list");
    register(&t.function, "__get__", types::function_get, "function");
    for (n, f) in types::PROXY_METHODS {
        register(&t.mappingproxy, n, *f, "mappingproxy");
    }
    register(&t.member_descriptor, "__get__", types::member_get, "member_descriptor");
    register(&t.member_descriptor, "__set__", types::member_set, "member_descriptor");
    register(&t.member_descriptor, "__delete__", types::member_delete, "member_descriptor");
    register(&t.range, "index", types::range_index, "range");
    register(&t.range, "count", types::range_count, "range");
    register(&t.slice, "indices", types::slice_indices_m, "slice");
    {
        let isc = PyInstance::with_native(t.classmethod.clone(), Native::ClassMethod(builtin_fn("__init_subclass__", types::object_init_subclass)));
        t.object.dict.borrow_mut().set_str(crate::name!("__init_subclass__"), isc.into_value());
    }
    register(&t.generator, "send", types::gen_send, "generator");
    register(&t.generator, "throw", types::gen_throw, "generator");
    register(&t.generator, "close", types::gen_close, "generator");
    register(&t.generator, "__next__", types::gen_next, "generator");
    register(&t.generator, "__iter__", types::gen_iter, "generator");
    register(&t.dict, "__init__", types::container_init, "dict");
    register(&t.set, "__init__", types::container_init, "set");
    register(&t.staticmethod, "__call__", types::staticmethod_call, "staticmethod");
    register(&t.property, "getter", types::property_getter, "property");
    register(&t.property, "setter", types::property_setter, "property");
    register(&t.property, "deleter", types::property_deleter, "property");
    register(&t.property, "__get__", types::property_get, "property");
    register(&t.property, "__set_name__", types::property_set_name, "property");
    register(&t.type_, "__subclasses__", types::type_subclasses, "type");
    let base_exc = t.exc[ExcKind::BaseException as usize].clone();
    register(&base_exc, "__init__", types::exc_init, "BaseException");
    register(&base_exc, "with_traceback", types::exc_with_traceback, "BaseException");

    let sys = modules::make_sys(vm);
    let math = modules::make_math(vm);
    let time = modules::make_time(vm);
    let gc = modules::make_gc(vm);
    let mods = vm.modules.clone();
    let mut m = mods.data.borrow_mut();
    m.set_str(crate::name!("sys"), Value::Module(sys));
    m.set_str(crate::name!("math"), Value::Module(math));
    m.set_str(crate::name!("time"), Value::Module(time));
    m.set_str(crate::name!("gc"), Value::Module(gc));
    m.set_str(crate::name!("builtins"), Value::Module(vm.builtins.clone()));
}

fn dict_fromkeys_cls(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    methods::dict_fromkeys(vm, args.get(1..).unwrap_or(&[]), kw)
}

/// Refreshes `sys.argv` and `sys.path` after the command line is known.
pub fn set_sys_args(vm: &mut Vm) {
    if let Some(Value::Module(sys)) = vm.modules.data.borrow().get_str(&crate::name!("sys")) {
        let mut d = sys.dict.data.borrow_mut();
        d.set_str(crate::name!("argv"), Value::list(vm.argv.iter().map(|a| Value::str(a)).collect()));
        d.set_str(crate::name!("path"), Value::list(vm.path.iter().map(|p| Value::string(p.to_string_lossy().to_string())).collect()));
    }
}
