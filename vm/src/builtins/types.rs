//! Built-in types: their constructors (`int(x)`, `list(it)`, ...), the
//! methods in their namespaces, and helpers for `range` and sets.

use super::{arg, arity, fixed, kwarg, no_kwargs, optional};
use crate::interp::{attr, ops, range, Vm};
use crate::objects::numfmt;
use crate::objects::settable::SetTable;
use crate::objects::B64;
use crate::objects::{ExcKind, KwArgs, Native, PropertyData, PyDict, PyDictView, PyInstance, PyRange, PyResult, PySet, PyType, TypeKind, Value, ViewKind};
use std::cell::RefCell;
use std::rc::Rc;

// ----- constructors -----

pub fn construct(vm: &mut Vm, t: &Rc<PyType>, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    match t.kind {
        TypeKind::Int => int_new(vm, args, kwargs),
        TypeKind::Float => {
            no_kwargs(vm, "float", kwargs)?;
            arity(vm, "float", args, 0, 1)?;
            match args.first() {
                None => Ok(Value::float(0.0)),
                Some(v) => to_float(vm, v).map(Value::float),
            }
        }
        TypeKind::Bool => {
            arity(vm, "bool", args, 0, 1)?;
            match args.first() {
                None => Ok(Value::Bool(B64::FALSE)),
                Some(v) => Ok(Value::bool(ops::truthy(vm, v)?)),
            }
        }
        TypeKind::Str => {
            // str(object, encoding, errors): the decoding forms need bytes,
            // which the subset has not.
            if args.len() > 3 {
                return Err(vm.type_error(format!("str() takes at most 3 arguments ({} given)", args.len())));
            }
            arity(vm, "str", args, 0, 1)?;
            match args.first() {
                None => Ok(Value::str("")),
                Some(v @ Value::Str(_)) => Ok(v.clone()),
                Some(v) => Ok(Value::string(ops::str_of(vm, v)?)),
            }
        }
        TypeKind::List => {
            arity(vm, "list", args, 0, 1)?;
            match args.first() {
                None => Ok(Value::list(vec![])),
                Some(v) => Ok(Value::list(ops::iterate(vm, v)?)),
            }
        }
        TypeKind::Tuple => {
            arity(vm, "tuple", args, 0, 1)?;
            match args.first() {
                None => Ok(Value::tuple(vec![])),
                Some(v @ Value::Tuple(_)) => Ok(v.clone()),
                Some(v) => Ok(Value::tuple(ops::iterate(vm, v)?)),
            }
        }
        TypeKind::Dict => {
            let d = Value::Dict(PyDict::new());
            if args.len() > 1 {
                return Err(vm.type_error(format!("dict expected at most 1 argument, got {}", args.len())));
            }
            if let Some(a) = args.first() {
                if let Value::Dict(dd) = &d {
                    ops::dict_update_arg(vm, dd, a)?;
                }
            }
            if let Value::Dict(dd) = &d {
                for (k, v) in kwargs {
                    ops::dict_set(vm, dd, Value::Str(k.clone()), v.clone())?;
                }
            }
            Ok(d)
        }
        TypeKind::Set | TypeKind::FrozenSet => {
            let name = if t.kind == TypeKind::Set { "set" } else { "frozenset" };
            no_kwargs(vm, name, kwargs)?;
            arity(vm, name, args, 0, 1)?;
            let s = match args.first() {
                None => PySet::new(SetTable::new()),
                Some(v) => ops::collect_set(vm, v)?,
            };
            Ok(if t.kind == TypeKind::Set { Value::Set(s) } else { Value::FrozenSet(s) })
        }
        TypeKind::Range => range_new(vm, args),
        TypeKind::Slice => Ok(match optional::<1, 2>(vm, "slice", args)? {
            ([stop], [None, _]) => ops::new_slice(Value::None, stop.clone(), Value::None),
            ([start], [Some(stop), step]) => ops::new_slice(start.clone(), stop.clone(), step.cloned().unwrap_or(Value::None)),
        }),
        TypeKind::Object => {
            if !args.is_empty() {
                return Err(vm.type_error("object() takes no arguments"));
            }
            Ok(PyInstance::new(t.clone()).into_value())
        }
        TypeKind::Type => crate::interp::class::type_call(vm, args, kwargs),
        TypeKind::Property | TypeKind::StaticMethod | TypeKind::ClassMethod => new_object(vm, t, args, kwargs),
        TypeKind::Super => crate::interp::class::super_new(vm, args),
        _ => Err(vm.type_error(format!("cannot create '{}' instances", t.name.as_str()))),
    }
}

/// `object.__new__(cls)` (and the built-in bases' `__new__`): a bare instance
/// of a user class; subclasses of built-in types get their built-in value.
pub fn new_object(vm: &mut Vm, t: &Rc<PyType>, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let mut inst = match descriptor_native(vm, t, args, kwargs)? {
        Some(native) => {
            let p = PyInstance::with_native(t.clone(), native);
            if let Some(f) = p.wrapped_func().cloned() {
                copy_wrapper_attrs(vm, &p, &f)?;
            }
            return Ok(p.into_value());
        }
        None => PyInstance::new(t.clone()),
    };
    if let Some(e) = inst.exc() {
        e.borrow_mut().args = Value::tuple(args.to_vec());
        if t.is_subtype(&vm.exc_type(crate::objects::ExcKind::SyntaxError)) {
            let detail = syntax_error_detail(vm, args)?;
            e.borrow_mut().detail = detail;
        }
    }
    let base_type = match t.kind {
        TypeKind::Int => Some(vm.types.int.clone()),
        TypeKind::Float => Some(vm.types.float.clone()),
        TypeKind::Str => Some(vm.types.str_.clone()),
        TypeKind::Tuple => Some(vm.types.tuple.clone()),
        TypeKind::FrozenSet => Some(vm.types.frozenset.clone()),
        TypeKind::List => Some(vm.types.list.clone()),
        TypeKind::Dict => Some(vm.types.dict.clone()),
        TypeKind::Set => Some(vm.types.set.clone()),
        _ => None,
    };
    if let Some(bt) = base_type {
        // Mutable containers start empty and are filled by their __init__.
        let payload =
            if matches!(t.kind, TypeKind::List | TypeKind::Dict | TypeKind::Set) { construct(vm, &bt, &[], &[])? } else { construct(vm, &bt, args, kwargs)? };
        inst.set_payload(payload);
    }
    Ok(inst.into_value())
}

pub fn to_float(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    match v {
        Value::Float(f) => Ok(f.get()),
        Value::Int(i) => Ok(*i as f64),
        Value::Bool(b) => Ok(b.get() as i64 as f64),
        Value::BigInt(b) => super::num_to_f64(vm, b),
        Value::Str(s) => numfmt::parse_float(s.as_str()).map(fresh_nan).map_err(|m| vm.value_error(m)),
        Value::Instance(i) if i.payload().is_some() && attr::user_method(vm, v, "__float__").is_none() => {
            let p = i.payload().unwrap_or_default();
            to_float(vm, &p)
        }
        _ => {
            // CPython's PyNumber_Float: `__float__` must give a float (a
            // float subclass is accepted; CPython also warns), else
            // `__index__` must give an int.
            if let Some(f) = attr::user_method(vm, v, "__float__") {
                let r = vm.call(&f, std::slice::from_ref(v), &[])?;
                return match &r {
                    Value::Float(x) => Ok(x.get()),
                    Value::Instance(i) if matches!(i.payload(), Some(Value::Float(_))) => to_float(vm, &r),
                    _ => Err(vm.type_error(format!("{}.__float__ returned non-float (type {})", v.type_name(), r.type_name()))),
                };
            }
            if attr::user_method(vm, v, "__index__").is_some() {
                let r = ops::index_value(vm, v)?;
                return to_float(vm, &r);
            }
            Err(vm.type_error(format!("float() argument must be a string or a real number, not '{}'", v.type_name())))
        }
    }
}

fn int_new(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    // (Argument Clinic's wording, not `arity`'s.)
    if args.len() > 2 {
        return Err(vm.type_error(format!("int() takes at most 2 arguments ({} given)", args.len())));
    }
    let base = match args.get(1).or_else(|| kwarg(kwargs, "base")) {
        Some(b) => Some(ops::index_clamped(vm, b)?),
        None => None,
    };
    let Some(v) = args.first() else {
        return Ok(Value::Int(0));
    };
    if let Some(b) = base {
        return match v {
            Value::Str(s) => {
                if !(b == 0 || (2..=36).contains(&b)) {
                    return Err(vm.value_error("int() base must be >= 2 and <= 36, or 0"));
                }
                crate::interp::num::check_str_to_int(vm, s.as_str(), b as u32)?;
                numfmt::parse_int(s.as_str(), b as u32).map(Value::from_bigint).map_err(|m| vm.value_error(m))
            }
            _ => Err(vm.type_error("int() can't convert non-string with explicit base")),
        };
    }
    to_int(vm, v)
}

pub fn to_int(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match v {
        Value::Int(_) | Value::BigInt(_) => Ok(v.clone()),
        Value::Bool(b) => Ok(Value::Int(b.get() as i64)),
        Value::Float(f) => {
            if f.get().is_nan() {
                return Err(vm.value_error("cannot convert float NaN to integer"));
            }
            if f.get().is_infinite() {
                return Err(vm.overflow("cannot convert float infinity to integer"));
            }
            let t = f.get().trunc();
            if t.abs() < 9.2e18 {
                Ok(Value::Int(t as i64))
            } else {
                Ok(Value::from_bigint(ops::float_to_big(t)))
            }
        }
        Value::Str(s) => {
            crate::interp::num::check_str_to_int(vm, s.as_str(), 10)?;
            numfmt::parse_int(s.as_str(), 10).map(Value::from_bigint).map_err(|m| vm.value_error(m))
        }
        Value::Instance(i) if i.payload().is_some() && attr::user_method(vm, v, "__int__").is_none() && attr::user_method(vm, v, "__index__").is_none() => {
            let p = i.payload().unwrap_or_default();
            to_int(vm, &p)
        }
        _ => {
            // CPython's PyNumber_Long: `__int__` must give an int (an int
            // subclass is accepted; CPython also warns), `__index__` goes
            // through operator.index, and `__trunc__` must give an int or
            // something with `__index__`.
            let is_int = |r: &Value| match r {
                Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => true,
                Value::Instance(i) => matches!(i.payload(), Some(Value::Int(_) | Value::BigInt(_) | Value::Bool(_))),
                _ => false,
            };
            if let Some(f) = attr::user_method(vm, v, "__int__") {
                let r = vm.call(&f, std::slice::from_ref(v), &[])?;
                if !is_int(&r) {
                    return Err(vm.type_error(format!("__int__ returned non-int (type {})", r.type_name())));
                }
                return to_int(vm, &r);
            }
            if attr::user_method(vm, v, "__index__").is_some() {
                return ops::index_value(vm, v);
            }
            if let Some(f) = attr::user_method(vm, v, "__trunc__") {
                let r = vm.call(&f, std::slice::from_ref(v), &[])?;
                if is_int(&r) {
                    return to_int(vm, &r);
                }
                if attr::user_method(vm, &r, "__index__").is_none() {
                    return Err(vm.type_error(format!("__trunc__ returned non-Integral (type {})", r.type_name())));
                }
                return ops::index_value(vm, &r);
            }
            Err(vm.type_error(format!("int() argument must be a string, a bytes-like object or a real number, not '{}'", v.type_name())))
        }
    }
}

// ----- range -----

fn range_new(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    if args.is_empty() {
        return Err(vm.type_error("range expected at least 1 argument, got 0"));
    }
    if args.len() > 3 {
        return Err(vm.type_error(format!("range expected at most 3 arguments, got {}", args.len())));
    }
    let mut vals = Vec::new();
    for a in args {
        vals.push(ops::index_value(vm, a)?);
    }
    let (start, stop, step) = match vals.len() {
        1 => (Value::Int(0), vals[0].clone(), Value::Int(1)),
        2 => (vals[0].clone(), vals[1].clone(), Value::Int(1)),
        _ => (vals[0].clone(), vals[1].clone(), vals[2].clone()),
    };
    if matches!(step, Value::Int(0)) {
        return Err(vm.value_error("range() arg 3 must not be zero"));
    }
    Ok(Value::Range(Rc::new(PyRange { start, stop, step })))
}

pub fn dict_view(d: &Rc<PyDict>, kind: ViewKind) -> Value {
    PyDictView::value(d.clone(), kind)
}

/// Exception types: `BaseException.__init__` and `with_traceback` live here.
pub fn exc_init(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let [Value::Instance(i), rest @ ..] = args else {
        return Err(vm.type_error("descriptor '__init__' requires a 'BaseException' object"));
    };
    if let Some(e) = i.exc() {
        e.borrow_mut().args = Value::tuple(rest.to_vec());
    }
    Ok(Value::None)
}

pub fn exc_with_traceback(_vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    Ok(args.first().cloned().unwrap_or(Value::None))
}

pub fn object_init(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let _ = (vm, args, kw);
    Ok(Value::None)
}

pub fn object_new(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    match args {
        [Value::Type(t), rest @ ..] => {
            if t.is_builtin && !matches!(t.kind, TypeKind::Object | TypeKind::Exception(_)) {
                return construct(vm, t, rest, kw);
            }
            new_object(vm, t, rest, kw)
        }
        _ => Err(vm.type_error("object.__new__(X): X is not a type object")),
    }
}

pub fn object_setattr_m(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let [obj, name, value] = fixed(vm, "__setattr__", args)?;
    let name = attr::name_arg(vm, name)?;
    match obj {
        Value::Instance(i) => attr::object_setattr(vm, obj, i, &name, value.clone())?,
        other => attr::set_attr(vm, other, &name, value.clone())?,
    }
    Ok(Value::None)
}

pub fn object_delattr_m(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let [obj, name] = fixed(vm, "__delattr__", args)?;
    let name = attr::name_arg(vm, name)?;
    match obj {
        Value::Instance(i) => attr::object_delattr(vm, obj, i, &name)?,
        other => attr::del_attr(vm, other, &name)?,
    }
    Ok(Value::None)
}

pub fn object_getattribute(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let [obj, name] = fixed(vm, "__getattribute__", args)?;
    let name = attr::name_arg(vm, name)?;
    attr::object_getattribute(vm, obj, &name)
}

pub fn object_eq(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let [x, y] = fixed(vm, "__eq__", args)?;
    Ok(if x.is(y) { Value::Bool(B64::TRUE) } else { Value::NotImplemented })
}

pub fn object_ne(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let [x, y] = fixed(vm, "__ne__", args)?;
    let r = ops::compare(vm, crate::bytecode::CmpKind::Eq, x, y)?;
    Ok(Value::bool(!ops::truthy(vm, &r)?))
}

pub fn object_hash(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let v = arg(vm, args, 0)?;
    Ok(Value::Int((v.ptr().unwrap_or(0) >> 4) as i64))
}

pub fn object_repr(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let v = arg(vm, args, 0)?;
    let t = vm.type_of(&v);
    let module = t.dict.borrow().get_str(&crate::name!("__module__"));
    let prefix = match module {
        Some(Value::Str(m)) if m.as_str() != "builtins" => format!("{}.", m.as_str()),
        _ => String::new(),
    };
    Ok(Value::string(format!("<{}{} object at 0x{:012x}>", prefix, t.qualname.borrow().as_str(), v.ptr().unwrap_or(0))))
}

pub fn object_str(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let v = arg(vm, args, 0)?;
    Ok(Value::string(ops::repr(vm, &v)?))
}

pub fn type_mro(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    match args.first() {
        Some(Value::Type(t)) => Ok(Value::list(t.mro.borrow().iter().map(|c| Value::Type(c.clone())).collect())),
        _ => Err(vm.type_error("descriptor 'mro' requires a 'type' object")),
    }
}

/// `C.__subclasses__()`: the live direct subclasses, in creation order.
pub fn type_subclasses(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    match args.first() {
        Some(Value::Type(t)) => Ok(Value::list(t.subclasses().into_iter().map(Value::Type).collect())),
        _ => Err(vm.type_error("descriptor '__subclasses__' of 'type' object needs an argument")),
    }
}

/// The Rust state of a `property`, `staticmethod` or `classmethod` (or of
/// an instance of a user subclass) built from the constructor's arguments;
/// `None` for other types.
fn descriptor_native(vm: &mut Vm, t: &Rc<PyType>, args: &[Value], kwargs: &KwArgs) -> PyResult<Option<Native>> {
    Ok(Some(match t.kind {
        TypeKind::Property => {
            let get = |i: usize, k: &str| args.get(i).cloned().or_else(|| kwarg(kwargs, k).cloned()).unwrap_or(Value::None);
            Native::Property(PropertyData {
                fget: get(0, "fget"),
                fset: get(1, "fset"),
                fdel: get(2, "fdel"),
                doc: get(3, "doc"),
                name: RefCell::new(Value::None),
            })
        }
        TypeKind::StaticMethod => {
            let [f] = fixed(vm, t.name.as_str(), args)?;
            Native::StaticMethod(f.clone())
        }
        TypeKind::ClassMethod => {
            let [f] = fixed(vm, t.name.as_str(), args)?;
            Native::ClassMethod(f.clone())
        }
        _ => return Ok(None),
    }))
}

/// `staticmethod(f)` and `classmethod(f)` copy `f`'s `__module__`,
/// `__name__`, `__qualname__`, `__doc__` and `__annotations__` into their `__dict__`, as
/// CPython 3.10+ does (`functools.wraps` without `__wrapped__`); attributes
/// `f` lacks are skipped.
fn copy_wrapper_attrs(vm: &mut Vm, wrapper: &PyInstance, f: &Value) -> PyResult<()> {
    for name in [
        crate::name!("__module__"),
        crate::name!("__name__"),
        crate::name!("__qualname__"),
        crate::name!("__doc__"),
        crate::objects::str::intern("__annotations__"),
    ] {
        match attr::get_attr(vm, f, &name) {
            Ok(v) => wrapper.set(vm, &name, v)?,
            Err(e) if vm.err_is(&e, ExcKind::AttributeError) => {}
            Err(e) => return Err(e),
        }
    }
    Ok(())
}

/// `p.getter(f)`, `p.setter(f)`, `p.deleter(f)`: a copy of the property
/// with one accessor replaced (`pick` chooses which).
fn property_with(vm: &mut Vm, args: &[Value], what: &str, pick: fn(&mut PropertyData) -> &mut Value) -> PyResult<Value> {
    let [this, f] = fixed(vm, what, args)?;
    let (cls, p) = match this {
        Value::Instance(i) => match i.property() {
            Some(p) => (i.class(), p),
            None => return Err(vm.type_error("descriptor requires a 'property' object")),
        },
        _ => return Err(vm.type_error("descriptor requires a 'property' object")),
    };
    let mut data =
        PropertyData { fget: p.fget.clone(), fset: p.fset.clone(), fdel: p.fdel.clone(), doc: p.doc.clone(), name: RefCell::new(p.name.borrow().clone()) };
    *pick(&mut data) = f.clone();
    Ok(PyInstance::with_native(cls, Native::Property(data)).into_value())
}

pub fn property_getter(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    property_with(vm, args, "getter", |p| &mut p.fget)
}
pub fn property_setter(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    property_with(vm, args, "setter", |p| &mut p.fset)
}
pub fn property_deleter(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    property_with(vm, args, "deleter", |p| &mut p.fdel)
}
/// `property.__set_name__(owner, name)`: records the name that the
/// property's error messages use.
pub fn property_set_name(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let [this, _, name] = fixed(vm, "__set_name__", args)?;
    if let Some(p) = match this {
        Value::Instance(p) => p.property(),
        _ => None,
    } {
        *p.name.borrow_mut() = name.clone();
    }
    Ok(Value::None)
}
/// `staticmethod.__call__` (Python 3.10 and later): calls what it wraps.
pub fn staticmethod_call(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let (f, rest) = match args {
        [Value::Instance(i), rest @ ..] => match i.native() {
            Some(Native::StaticMethod(f)) => (f.clone(), rest),
            _ => return Err(vm.type_error("descriptor '__call__' requires a 'staticmethod' object")),
        },
        _ => return Err(vm.type_error("descriptor '__call__' of 'staticmethod' object needs an argument")),
    };
    vm.call(&f, rest, kw)
}

pub fn property_get(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let ([this, obj], _) = optional::<2, 1>(vm, "__get__", args)?;
    if matches!(obj, Value::None) {
        return Ok(this.clone());
    }
    let Value::Instance(p) = this else {
        return Err(vm.type_error("descriptor requires a 'property' object"));
    };
    let fget = p.property().map(|p| p.fget.clone()).unwrap_or(Value::None);
    if matches!(fget, Value::None) {
        return Err(vm.attr_error("property has no getter"));
    }
    vm.call(&fget, std::slice::from_ref(obj), &[])
}

/// `list.__init__`, `dict.__init__`, `set.__init__`: (re)fill the container.
pub fn container_init(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let [target, rest @ ..] = args else {
        return Err(vm.type_error("descriptor '__init__' needs an argument"));
    };
    if let Value::List(l) = target {
        // As CPython's `list.__init__`: emptied first, then extended item by
        // item (so `l.__init__(l)` leaves it empty).
        let ([], [it]) = optional::<0, 1>(vm, "list", rest)?;
        if !kw.is_empty() {
            return Err(vm.type_error("list() takes no keyword arguments"));
        }
        l.items.borrow_mut().clear();
        if let Some(it) = it {
            ops::extend_list(vm, l, it)?;
        }
        return Ok(Value::None);
    }
    let t = vm.type_of(target);
    let fresh = construct(vm, &t, rest, kw)?;
    match (target, fresh) {
        (Value::List(l), Value::List(f)) => *l.items.borrow_mut() = std::mem::take(&mut *f.items.borrow_mut()),
        (Value::Dict(d), Value::Dict(f)) => *d.data.borrow_mut() = std::mem::take(&mut *f.data.borrow_mut()),
        (Value::Set(s), Value::Set(f)) => *s.table.borrow_mut() = f.table.borrow().copy_of(),
        _ => {}
    }
    Ok(Value::None)
}

fn self_gen(vm: &Vm, args: &[Value]) -> PyResult<Rc<crate::objects::PyGenerator>> {
    match args.first() {
        Some(Value::Generator(g)) => Ok(g.clone()),
        _ => Err(vm.type_error("descriptor requires a 'generator' object")),
    }
}

pub fn gen_send(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let [_, value] = fixed(vm, "send", args)?;
    let g = self_gen(vm, args)?;
    match vm.gen_resume(&g, value.clone())? {
        crate::interp::call::GenResult::Yield(v) => Ok(v),
        crate::interp::call::GenResult::Return(v) => Err(vm.stop_iteration(v)),
    }
}

pub fn gen_next(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let g = self_gen(vm, args)?;
    match vm.gen_resume(&g, Value::None)? {
        crate::interp::call::GenResult::Yield(v) => Ok(v),
        crate::interp::call::GenResult::Return(v) => Err(vm.stop_iteration(v)),
    }
}

pub fn gen_iter(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    arg(vm, args, 0)
}

pub fn gen_throw(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let ([_, typ], [val, _]) = optional::<2, 2>(vm, "throw", args)?;
    let g = self_gen(vm, args)?;
    let mut exc = typ.clone();
    if let (Value::Type(_), Some(v)) = (typ, val) {
        if !matches!(v, Value::None) {
            exc = vm.call(typ, std::slice::from_ref(v), &[])?;
        }
    }
    let err = ops::make_exception(vm, exc)?;
    match vm.gen_throw(&g, err)? {
        crate::interp::call::GenResult::Yield(v) => Ok(v),
        crate::interp::call::GenResult::Return(v) => Err(vm.stop_iteration(v)),
    }
}

pub fn gen_close(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let g = self_gen(vm, args)?;
    crate::interp::call::close_with(vm, &g, |vm, g, e| vm.gen_throw(g, e))?;
    Ok(Value::None)
}

/// `function.__get__(obj, type)`: binds, as attribute lookup does.
pub fn function_get(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let ([func, obj], _) = optional::<2, 1>(vm, "__get__", args)?;
    if matches!(obj, Value::None) {
        return Ok(func.clone());
    }
    Ok(crate::objects::PyMethod { gc: Default::default(), func: func.clone(), self_: obj.clone() }.into_value())
}

/// The slot index member descriptor `d` reads and writes in `obj`, and
/// the slot's name (`attr::member_slot`'s checks).
fn member_index(vm: &Vm, d: &Value, obj: &Value) -> PyResult<(usize, Rc<crate::objects::PyStr>)> {
    match d {
        Value::Instance(i) if i.member().is_some() => {
            let idx = attr::member_slot(vm, i, obj)?;
            Ok((idx, i.member().map(|m| m.name.clone()).unwrap_or_else(|| crate::name!("?"))))
        }
        _ => Err(vm.type_error("descriptor requires a 'member_descriptor' object")),
    }
}

pub fn member_get(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let ([member, obj], _) = optional::<2, 1>(vm, "__get__", args)?;
    if matches!(obj, Value::None) {
        return Ok(member.clone());
    }
    let (idx, name) = member_index(vm, member, obj)?;
    let v = match obj {
        Value::Instance(o) => o.slot_get(idx).unwrap_or_default(),
        _ => Value::Unbound,
    };
    if v.is_unbound() {
        return Err(vm.attr_error(format!("'{}' object has no attribute '{}'", obj.type_name(), name.as_str())));
    }
    Ok(v)
}

pub fn member_set(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let [member, obj, value] = fixed(vm, "__set__", args)?;
    let (idx, name) = member_index(vm, member, obj)?;
    if let Value::Instance(o) = obj {
        if o.slot_set(idx, value.clone()).is_ok() {
            return Ok(Value::None);
        }
    }
    Err(vm.attr_error(format!("'{}' object has no attribute '{}'", obj.type_name(), name.as_str())))
}

pub fn member_delete(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let [member, obj] = fixed(vm, "__delete__", args)?;
    let (idx, name) = member_index(vm, member, obj)?;
    if let Value::Instance(o) = obj {
        if o.slot_take(idx) {
            return Ok(Value::None);
        }
    }
    Err(vm.attr_error(name.as_str()))
}

pub fn range_index(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let [r, x] = fixed(vm, "index", args)?;
    if range::range_contains(vm, r, x)? {
        if let Some((a, _, s)) = range::range_parts(r) {
            return Ok(Value::from_bigint((range::big(x) - a) / s));
        }
    }
    let r = ops::repr(vm, x)?;
    Err(vm.value_error(format!("{r} is not in range")))
}

pub fn range_count(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let [r, x] = fixed(vm, "count", args)?;
    Ok(Value::Int(range::range_contains(vm, r, x)? as i64))
}

pub fn slice_indices_m(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let [s, n] = fixed(vm, "indices", args)?;
    let Value::Slice(s) = s else {
        return Err(vm.type_error("descriptor 'indices' requires a 'slice' object"));
    };
    let n = ops::index_clamped(vm, n)?;
    if n < 0 {
        return Err(vm.value_error("length should not be negative"));
    }
    let (start, stop, step, _) = ops::slice_indices(vm, s, n as usize)?;
    Ok(Value::tuple(vec![Value::Int(start), Value::Int(stop), Value::Int(step)]))
}

pub fn object_init_subclass(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    if !kw.is_empty() {
        let name = match args.first() {
            Some(Value::Type(t)) => t.name.to_string(),
            _ => "object".to_string(),
        };
        return Err(vm.type_error(format!("{name}.__init_subclass__() takes no keyword arguments")));
    }
    Ok(Value::None)
}

thread_local! {
    static NAN_SERIAL: std::cell::Cell<u64> = const { std::cell::Cell::new(1) };
}

/// A NaN made by `float()` gets payload bits of its own, standing in for
/// object identity (`x is x` holds, two separate NaNs are not identical).
fn fresh_nan(f: f64) -> f64 {
    if !f.is_nan() {
        return f;
    }
    let n = NAN_SERIAL.with(|c| {
        let n = c.get();
        c.set(n.wrapping_add(1) & ((1 << 50) - 1));
        n
    });
    f64::from_bits((f.to_bits() & 0xfff8_0000_0000_0000) | 0x0008_0000_0000_0000 | n)
}

/// The class namespace behind a `mappingproxy`, as a snapshot dict.
fn proxy_dict(vm: &Vm, args: &[Value]) -> PyResult<Rc<PyDict>> {
    match args.first() {
        Some(Value::Instance(i)) => match i.payload() {
            Some(Value::Type(t)) => Ok(PyDict::from_data(t.dict.borrow().clone())),
            _ => Err(vm.type_error("descriptor requires a 'mappingproxy' object")),
        },
        _ => Err(vm.type_error("descriptor requires a 'mappingproxy' object")),
    }
}

/// Methods of `mappingproxy`: the read-only dict protocol over a class namespace.
pub fn proxy_method(vm: &mut Vm, name: &str, args: &[Value]) -> PyResult<Value> {
    let d = proxy_dict(vm, args)?;
    let dv = Value::Dict(d.clone());
    match name {
        "__getitem__" => {
            let k = arg(vm, args, 1)?;
            ops::getitem(vm, &dv, &k)
        }
        "get" => {
            let k = arg(vm, args, 1)?;
            Ok(ops::dict_get(vm, &d, &k)?.unwrap_or_else(|| args.get(2).cloned().unwrap_or(Value::None)))
        }
        "__contains__" => {
            let k = arg(vm, args, 1)?;
            Ok(Value::bool(ops::contains(vm, &dv, &k)?))
        }
        "__len__" => Ok(Value::Int(d.data.borrow().len() as i64)),
        "__iter__" => ops::get_iter(vm, &dv),
        "keys" => Ok(dict_view(&d, ViewKind::Keys)),
        "values" => Ok(dict_view(&d, ViewKind::Values)),
        "items" => Ok(dict_view(&d, ViewKind::Items)),
        "copy" => Ok(dv),
        "__repr__" => Ok(Value::string(format!("mappingproxy({})", ops::repr(vm, &dv)?))),
        _ => Err(vm.internal("unknown mappingproxy method")),
    }
}

macro_rules! proxy_methods {
    ($($fname:ident => $py:literal,)*) => {
        $(pub fn $fname(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
            proxy_method(vm, $py, args)
        })*
        pub const PROXY_METHODS: &[(&str, super::BFn)] = &[$(($py, $fname),)*];
    };
}

proxy_methods! {
    proxy_getitem => "__getitem__",
    proxy_get => "get",
    proxy_contains => "__contains__",
    proxy_len => "__len__",
    proxy_iter => "__iter__",
    proxy_keys => "keys",
    proxy_values => "values",
    proxy_items => "items",
    proxy_copy => "copy",
    proxy_repr => "__repr__",
}

/// `SyntaxError(msg, (filename, lineno, offset, text[, end_lineno, end_offset]))`:
/// the message and the location's fields, as CPython's `SyntaxError`
/// takes them from its arguments (the message only from one; none gives
/// a message of `None`).
fn syntax_error_detail(vm: &mut Vm, args: &[Value]) -> PyResult<Option<Box<crate::objects::exc::ExcDetail>>> {
    let mut d = crate::objects::exc::ExcDetail::default();
    match args {
        [] => {}
        [msg, rest @ ..] => {
            d.msg = msg.clone();
            if let [info] = rest {
                let info = crate::interp::ops::iterate(vm, info)?;
                if !(4..=6).contains(&info.len()) {
                    let n = info.len();
                    let what = if n < 4 { "at least 4" } else { "at most 6" };
                    return Err(vm.type_error(format!("function takes {what} arguments ({n} given)")));
                }
                d.filename = info[0].clone();
                d.lineno = info[1].clone();
                d.text = info[3].clone();
            }
        }
    }
    Ok(Some(Box::new(d)))
}
