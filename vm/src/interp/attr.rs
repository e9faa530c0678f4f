//! Attribute access in CPython's order: data descriptors on the type win
//! over the instance namespace, which wins over non-data descriptors and
//! plain class attributes; then `__getattr__`. Methods of built-in types
//! live in their type's namespace and bind like functions do.

use super::vm::Vm;
use crate::objects::exc::ExcDetail;
use crate::objects::str::intern;
use crate::objects::B64;
use crate::objects::{ExcKind, Native, PropertyData, PyDict, PyInstance, PyMethod, PyResult, PyStr, PyType, TypeKind, Value};
use std::rc::Rc;

pub fn bind(func: Value, self_: Value) -> Value {
    PyMethod { gc: Default::default(), func, self_ }.into_value()
}

/// The wrapped callable of a `staticmethod`, or the value itself.
pub fn unwrap_static(v: Value) -> Value {
    if let Value::Instance(i) = &v {
        if i.class().kind == TypeKind::StaticMethod {
            if let Some(f) = i.wrapped_func() {
                return f.clone();
            }
        }
    }
    v
}

/// The callable a `staticmethod` or `classmethod` wraps (`None` for an
/// instance of a subclass that `object.__new__` made without one).
fn wrapped(i: &PyInstance) -> Value {
    i.wrapped_func().cloned().unwrap_or(Value::None)
}

/// A property's accessor (`fget`, `fset` or `fdel`); `None` when absent.
fn accessor(i: &PyInstance, pick: fn(&PropertyData) -> &Value) -> Value {
    i.property().map(|p| pick(p).clone()).unwrap_or(Value::None)
}

/// The slot index member descriptor `d` reads and writes in `obj`, after
/// CPython's check that `obj` is an instance of the class that declared
/// the slot (a descriptor copied onto another class does not apply to its
/// instances): TypeError otherwise.
pub(crate) fn member_slot(vm: &Vm, d: &PyInstance, obj: &Value) -> PyResult<usize> {
    let Some(m) = d.member() else {
        return Err(vm.type_error("descriptor requires a 'member_descriptor' object"));
    };
    match m.owner.upgrade() {
        Some(o) if vm.type_of(obj).is_subtype(&o) => Ok(m.index),
        _ => Err(vm.type_error(format!(
            "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
            m.name.as_str(),
            m.owner_name.as_str(),
            obj.type_name()
        ))),
    }
}

/// CPython's message for a property without a setter or deleter: it names
/// the property only when `__set_name__` gave it a name (defined in a class
/// body, not assigned to the class later).
fn property_missing(prop: &PyInstance, what: &str, cls: &PyType) -> String {
    let name = prop.property().map(|p| p.name.borrow().clone()).unwrap_or(Value::None);
    match name {
        Value::Str(n) => format!("property '{}' of '{}' object has no {what}", n.as_str(), cls.name.as_str()),
        _ => format!("property of '{}' object has no {what}", cls.name.as_str()),
    }
}

/// Whether a class attribute is a data descriptor (defines `__set__` or `__delete__`).
fn is_data_descriptor(v: &Value) -> bool {
    match v {
        Value::Instance(i) => {
            let c = i.class();
            matches!(c.kind, TypeKind::Property | TypeKind::MemberDescriptor)
                || c.lookup(&crate::name!("__set__")).is_some()
                || c.lookup(&crate::name!("__delete__")).is_some()
        }
        _ => false,
    }
}

/// Applies a class attribute found for `obj` (of class `cls`): binds functions, runs `__get__`.
pub(crate) fn apply_descriptor(vm: &mut Vm, attr: Value, obj: &Value, cls: &Rc<PyType>) -> PyResult<Value> {
    match &attr {
        Value::Function(_) => Ok(bind(attr, obj.clone())),
        Value::Builtin(b) if b.is_method => Ok(bind(attr.clone(), obj.clone())),
        Value::Instance(i) => {
            let k = i.class();
            match k.kind {
                TypeKind::StaticMethod => Ok(wrapped(i)),
                TypeKind::ClassMethod => Ok(bind(wrapped(i), Value::Type(cls.clone()))),
                TypeKind::MemberDescriptor => {
                    let idx = member_slot(vm, i, obj)?;
                    let v = match obj {
                        Value::Instance(o) => o.slot_get(idx).unwrap_or_default(),
                        _ => return Ok(attr),
                    };
                    if v.is_unbound() {
                        let name = i.member().map(|m| m.name.as_str()).unwrap_or("?");
                        return Err(vm.attr_error(format!("'{}' object has no attribute '{}'", obj.type_name(), name)));
                    }
                    Ok(v)
                }
                TypeKind::Property => {
                    let fget = accessor(i, |p| &p.fget);
                    if matches!(fget, Value::None) {
                        let pname = prop_name(vm, obj, cls, &attr);
                        return Err(vm.attr_error(format!("property {pname}of '{}' object has no getter", cls.name.as_str())));
                    }
                    vm.call(&fget, std::slice::from_ref(obj), &[])
                }
                _ => match k.lookup(&crate::name!("__get__")) {
                    Some(get) => vm.call(&get, &[attr.clone(), obj.clone(), Value::Type(cls.clone())], &[]),
                    None => Ok(attr),
                },
            }
        }
        _ => Ok(attr),
    }
}

/// An attribute name given as a value (`getattr(o, name)`,
/// `object.__setattr__(o, name, v)`): a `str`, or an instance of a `str`
/// subclass (its string); anything else is CPython's TypeError.
pub fn name_arg(vm: &Vm, v: &Value) -> PyResult<Rc<PyStr>> {
    match v {
        Value::Str(s) => Ok(intern(s.as_str())),
        Value::Instance(i) => match i.payload() {
            Some(Value::Str(s)) => Ok(intern(s.as_str())),
            _ => Err(vm.type_error(format!("attribute name must be string, not '{}'", v.type_name()))),
        },
        other => Err(vm.type_error(format!("attribute name must be string, not '{}'", other.type_name()))),
    }
}

/// `obj.name`.
pub fn get_attr(vm: &mut Vm, obj: &Value, name: &Rc<PyStr>) -> PyResult<Value> {
    match obj {
        Value::Instance(inst) if inst.class_kind() == TypeKind::Super => super_getattr(vm, obj, inst, name),
        Value::Instance(inst) => instance_getattr(vm, obj, inst, name),
        Value::Type(t) => type_getattr(vm, t, name),
        Value::Module(m) => {
            if let Some(v) = super::ops::dict_get_name(vm, &m.dict, name)? {
                return Ok(v);
            }
            match name.as_str() {
                "__dict__" => Ok(Value::Dict(m.dict.clone())),
                "__class__" => Ok(Value::Type(vm.types.module.clone())),
                _ => Err(vm.attr_error(format!("module '{}' has no attribute '{}'", m.name.as_str(), name.as_str()))),
            }
        }
        Value::Function(f) => {
            let d = f.dict.borrow().clone();
            if let Some(d) = d {
                if let Some(v) = super::ops::dict_get_name(vm, &d, name)? {
                    return Ok(v);
                }
            }
            match name.as_str() {
                "__name__" => Ok(Value::Str(f.name.borrow().clone())),
                "__qualname__" => Ok(Value::Str(f.qualname.borrow().clone())),
                "__module__" => Ok(f.module.clone()),
                "__doc__" => Ok(f.code.code.doc.as_ref().map(|d| Value::str(d)).unwrap_or(Value::None)),
                "__defaults__" => {
                    let d = f.defaults.borrow();
                    Ok(if d.is_empty() { Value::None } else { Value::tuple(d.clone()) })
                }
                "__kwdefaults__" => Ok(f.kwdefaults.borrow().clone().map(Value::Dict).unwrap_or(Value::None)),
                "__globals__" => Ok(Value::Dict(f.globals.clone())),
                "__code__" => Ok(Value::Code(f.code.clone())),
                "__closure__" => Ok(if f.closure.is_empty() { Value::None } else { Value::tuple(f.closure.iter().map(|c| Value::Cell(c.clone())).collect()) }),
                "__dict__" => {
                    let mut d = f.dict.borrow_mut();
                    Ok(Value::Dict(d.get_or_insert_with(PyDict::new).clone()))
                }
                "__class__" => Ok(Value::Type(vm.types.function.clone())),
                _ => generic_getattr(vm, obj, name),
            }
        }
        Value::Method(m) => match name.as_str() {
            // A built-in method bound to its object is a
            // `builtin_function_or_method`, which has no `__func__`.
            "__func__" if !matches!(m.func, Value::Builtin(_)) => Ok(m.func.clone()),
            "__self__" => Ok(m.self_.clone()),
            "__name__" | "__qualname__" | "__doc__" | "__module__" => get_attr(vm, &m.func, name),
            _ => generic_getattr(vm, obj, name),
        },
        Value::Builtin(b) => match name.as_str() {
            "__name__" => Ok(Value::str(b.name)),
            "__qualname__" => Ok(Value::string(if b.owner.is_empty() { b.name.to_string() } else { format!("{}.{}", b.owner, b.name) })),
            _ => generic_getattr(vm, obj, name),
        },
        Value::Code(c) => match name.as_str() {
            "co_name" => Ok(Value::Str(c.name.clone())),
            "co_filename" => Ok(Value::str(&c.code.filename)),
            "co_argcount" => Ok(Value::Int(c.code.argcount as i64)),
            "co_varnames" => Ok(Value::tuple(c.varnames.iter().map(|v| Value::Str(v.clone())).collect())),
            _ => generic_getattr(vm, obj, name),
        },
        Value::Cell(c) if name.as_str() == "cell_contents" => {
            let v = c.value.borrow().clone();
            if v.is_unbound() {
                Err(vm.value_error("Cell is empty"))
            } else {
                Ok(v)
            }
        }
        _ => generic_getattr(vm, obj, name),
    }
}

/// Attributes of built-in values: their type's methods, bound, and a few data attributes.
fn generic_getattr(vm: &mut Vm, obj: &Value, name: &Rc<PyStr>) -> PyResult<Value> {
    let t = vm.type_of(obj);
    if let Some(v) = t.lookup(name) {
        return apply_descriptor(vm, v, obj, &t);
    }
    if let Some(v) = crate::interp::native::data_attr(vm, obj, name.as_str())? {
        return Ok(v);
    }
    if name.as_str() == "__class__" {
        return Ok(Value::Type(t));
    }
    Err(no_attr(vm, obj, name))
}

#[cold]
pub fn no_attr(vm: &Vm, obj: &Value, name: &PyStr) -> crate::objects::PyErr {
    vm.attr_error(format!("'{}' object has no attribute '{}'", obj.type_name(), name.as_str()))
}

fn exc_attr(vm: &Vm, inst: &PyInstance, name: &str) -> Option<Value> {
    let e = inst.exc()?.borrow();
    Some(match name {
        "args" => e.args.clone(),
        "__cause__" => e.cause.clone().or_none(),
        "__context__" => e.context.clone().or_none(),
        "__suppress_context__" => Value::bool(e.suppress_context),
        "__traceback__" => {
            if e.traceback.is_empty() {
                Value::None
            } else {
                let lineno = e.traceback.first().map(|t| t.line).unwrap_or(0) as i64;
                PyInstance::with_native(vm.types.traceback.clone(), Native::Traceback { lineno }).into_value()
            }
        }
        "name" | "path" if inst.class().is_subtype(&vm.exc_type(ExcKind::ImportError)) => {
            let d = e.detail.as_deref();
            d.map(|d| if name == "name" { &d.name } else { &d.path }).cloned().unwrap_or_default().or_none()
        }
        "msg" | "filename" | "lineno" | "text" if inst.class().is_subtype(&vm.exc_type(ExcKind::SyntaxError)) => {
            let field = |d: &ExcDetail| match name {
                "msg" => d.msg.clone(),
                "filename" => d.filename.clone(),
                "lineno" => d.lineno.clone(),
                _ => d.text.clone(),
            };
            e.detail.as_deref().map(field).unwrap_or_default().or_none()
        }
        "value" if inst.class().is_subtype(&vm.exc_type(ExcKind::StopIteration)) => match &e.args {
            Value::Tuple(t) => t.items.first().cloned().unwrap_or(Value::None),
            _ => Value::None,
        },
        "code" if inst.class().is_subtype(&vm.exc_type(ExcKind::SystemExit)) => match &e.args {
            Value::Tuple(t) if t.items.len() == 1 => t.items[0].clone(),
            Value::Tuple(t) if t.items.is_empty() => Value::None,
            other => other.clone(),
        },
        _ => return None,
    })
}

trait OrNone {
    fn or_none(self) -> Value;
}
impl OrNone for Value {
    fn or_none(self) -> Value {
        if self.is_unbound() {
            Value::None
        } else {
            self
        }
    }
}

/// `name` in the namespace of the first class after `this` in `start`'s
/// MRO that has it (what `super()` looks up), compared as a string.
pub fn lookup_after(start: &PyType, this: &Rc<PyType>, name: &PyStr) -> Option<Value> {
    let mro = start.mro.borrow();
    let p = mro.iter().position(|c| Rc::ptr_eq(c, this))?;
    mro[p + 1..].iter().find_map(|c| c.dict.borrow().get_str(name))
}

/// `super().name`: look along the MRO of the instance's type, after
/// `__thisclass__`; then the super object's own attributes.
fn super_getattr(vm: &mut Vm, obj: &Value, sup: &Rc<PyInstance>, name: &Rc<PyStr>) -> PyResult<Value> {
    let (this, self_) = match sup.native() {
        Some(Native::Super { this, obj }) => (this.clone(), obj.clone()),
        _ => (Value::None, Value::None),
    };
    let start_type = match &self_ {
        Value::Type(t) => t.clone(),
        other => vm.type_of(other),
    };
    if let Value::Type(this) = &this {
        if let Some(v) = lookup_after(&start_type, this, name) {
            return match (&self_, &v) {
                (Value::Type(_), Value::Function(_)) => Ok(v),
                (Value::Type(t), _) => {
                    if let Value::Instance(i) = &v {
                        if i.class().kind == TypeKind::ClassMethod {
                            return Ok(bind(wrapped(i), Value::Type(t.clone())));
                        }
                        if i.class().kind == TypeKind::StaticMethod {
                            return Ok(wrapped(i));
                        }
                    }
                    Ok(v)
                }
                _ => apply_descriptor(vm, v, &self_, &start_type),
            };
        }
    }
    if let Some(v) = crate::interp::native::native_attr(vm, sup, name.as_str()) {
        return Ok(v);
    }
    let _ = obj;
    Err(vm.attr_error(format!("'super' object has no attribute '{}'", name.as_str())))
}

fn instance_getattr(vm: &mut Vm, obj: &Value, inst: &Rc<PyInstance>, name: &Rc<PyStr>) -> PyResult<Value> {
    let cls = inst.class();
    let hooks = cls.hooks();
    if hooks & (crate::objects::typ::HOOK_GETATTRIBUTE | crate::objects::typ::HOOK_GETATTR) == 0 {
        return instance_getattr_plain(vm, obj, inst, name);
    }
    let first = if hooks & crate::objects::typ::HOOK_GETATTRIBUTE != 0 {
        match user_method(vm, obj, "__getattribute__") {
            Some(ga) => vm.call(&ga, &[obj.clone(), Value::Str(name.clone())], &[]),
            None => instance_getattr_plain(vm, obj, inst, name),
        }
    } else {
        instance_getattr_plain(vm, obj, inst, name)
    };
    match first {
        Err(e) if vm.err_is(&e, ExcKind::AttributeError) => match cls.lookup(&crate::name!("__getattr__")) {
            Some(ga) => {
                let f = apply_descriptor(vm, ga, obj, &cls)?;
                vm.call(&f, &[Value::Str(name.clone())], &[])
            }
            None => Err(e),
        },
        r => r,
    }
}

/// `object.__getattribute__`: the generic lookup, without the class's own
/// `__getattribute__` or `__getattr__` hooks.
pub fn object_getattribute(vm: &mut Vm, obj: &Value, name: &Rc<PyStr>) -> PyResult<Value> {
    match obj {
        Value::Instance(inst) if inst.class().kind != TypeKind::Super => instance_getattr_plain(vm, obj, inst, name),
        other => get_attr(vm, other, name),
    }
}

fn instance_getattr_plain(vm: &mut Vm, obj: &Value, inst: &Rc<PyInstance>, name: &Rc<PyStr>) -> PyResult<Value> {
    let cls = inst.class();
    let descr = vm.lookup_cache.lookup(&cls, name);
    if let Some(d) = &descr {
        if is_data_descriptor(d) {
            return apply_descriptor(vm, d.clone(), obj, &cls);
        }
    }
    // The Rust fields of built-in objects (`p.fget`, `sm.__func__`) are
    // read-only members of their type in CPython: data descriptors.
    if inst.native().is_some() {
        if let Some(v) = crate::interp::native::native_attr(vm, inst, name.as_str()) {
            return Ok(v);
        }
    }
    if let Some(v) = inst.get(vm, name)? {
        return Ok(v);
    }
    if let Some(d) = descr {
        return apply_descriptor(vm, d, obj, &cls);
    }
    match name.as_str() {
        "__class__" => return Ok(Value::Type(cls)),
        "__dict__" if cls.instances_have_dict() => return Ok(Value::Dict(inst.dict())),
        _ => {}
    }
    if inst.exc().is_some() {
        if let Some(v) = exc_attr(vm, inst, name.as_str()) {
            return Ok(v);
        }
    }
    Err(no_attr(vm, obj, name))
}

fn type_getattr(vm: &mut Vm, t: &Rc<PyType>, name: &Rc<PyStr>) -> PyResult<Value> {
    if let Some(v) = t.lookup(name) {
        return match &v {
            Value::Instance(i) => match i.class().kind {
                TypeKind::StaticMethod => Ok(wrapped(i)),
                TypeKind::ClassMethod => Ok(bind(wrapped(i), Value::Type(t.clone()))),
                TypeKind::Property => Ok(v.clone()),
                _ => {
                    let k = i.class();
                    match k.lookup(&crate::name!("__get__")) {
                        Some(get) => vm.call(&get, &[v.clone(), Value::None, Value::Type(t.clone())], &[]),
                        None => Ok(v.clone()),
                    }
                }
            },
            _ => Ok(v),
        };
    }
    match name.as_str() {
        "__name__" => Ok(Value::Str(t.name.clone())),
        "__qualname__" => Ok(Value::Str(t.qualname.borrow().clone())),
        "__mro__" => Ok(Value::tuple(t.mro.borrow().iter().map(|c| Value::Type(c.clone())).collect())),
        "__bases__" => Ok(Value::tuple(t.bases.borrow().iter().map(|c| Value::Type(c.clone())).collect())),
        "__base__" => Ok(t.bases.borrow().first().map(|b| Value::Type(b.clone())).unwrap_or(Value::None)),
        "__dict__" => {
            // A read-only view of the class namespace.
            let mut proxy = PyInstance::new(vm.types.mappingproxy.clone());
            proxy.set_payload(Value::Type(t.clone()));
            Ok(proxy.into_value())
        }
        "__class__" => Ok(Value::Type(vm.types.type_.clone())),
        "__module__" => Ok(Value::str("builtins")),
        "__doc__" => Ok(Value::None),
        _ => {
            // Methods of `type` itself (e.g. `C.mro()`).
            let meta = vm.types.type_.clone();
            if let Some(v) = meta.lookup(name) {
                return apply_descriptor(vm, v, &Value::Type(t.clone()), &meta);
            }
            Err(vm.attr_error(format!("type object '{}' has no attribute '{}'", t.name.as_str(), name.as_str())))
        }
    }
}

/// `obj.name = v`.
pub fn set_attr(vm: &mut Vm, obj: &Value, name: &Rc<PyStr>, v: Value) -> PyResult<()> {
    match obj {
        Value::Instance(inst) if inst.class().hooks() & crate::objects::typ::HOOK_SETATTR == 0 => object_setattr(vm, obj, inst, name, v),
        Value::Instance(inst) => {
            let cls = inst.class();
            if let Some(sa) = cls.lookup(&crate::name!("__setattr__")) {
                if !matches!(sa, Value::Builtin(_)) {
                    let f = apply_descriptor(vm, sa, obj, &cls)?;
                    vm.call(&f, &[Value::Str(name.clone()), v], &[])?;
                    return Ok(());
                }
            }
            object_setattr(vm, obj, inst, name, v)
        }
        // Only instances of Python classes can change class: this raises
        // CPython's error for the value or the immutable type. (A module
        // given a ModuleType subclass is the exception CPython allows; an
        // nsvm module cannot change class, and stores the name.)
        _ if name.as_str() == "__class__" && !matches!((obj, &v), (Value::Module(_), Value::Type(t)) if t.is_subtype(&vm.types.module)) => {
            class_assignment(vm, &vm.type_of(obj), &v).map(|_| ())
        }
        Value::Type(t) => {
            if t.is_builtin {
                return Err(vm.type_error(format!("cannot set '{}' attribute of immutable type '{}'", name.as_str(), t.name.as_str())));
            }
            if name.as_str() == "__bases__" {
                return super::class::set_bases(vm, t, &v);
            }
            t.set_attr(name.clone(), v);
            Ok(())
        }
        Value::Module(m) => super::ops::dict_set(vm, &m.dict, Value::Str(name.clone()), v),
        Value::Function(f) => {
            match name.as_str() {
                "__name__" => {
                    if let Value::Str(s) = &v {
                        *f.name.borrow_mut() = s.clone();
                    }
                    return Ok(());
                }
                "__qualname__" => {
                    if let Value::Str(s) = &v {
                        *f.qualname.borrow_mut() = s.clone();
                    }
                    return Ok(());
                }
                "__defaults__" => {
                    let new = match &v {
                        Value::None => Vec::new(),
                        Value::Tuple(t) => t.items.to_vec(),
                        _ => return Err(vm.type_error("__defaults__ must be set to a tuple object")),
                    };
                    let old = std::mem::replace(&mut *f.defaults.borrow_mut(), new);
                    drop(old);
                    return Ok(());
                }
                _ => {}
            }
            let d = f.dict.borrow_mut().get_or_insert_with(PyDict::new).clone();
            super::ops::dict_set(vm, &d, Value::Str(name.clone()), v)
        }
        _ => {
            let t = vm.type_of(obj);
            if t.lookup(name).is_some() {
                Err(vm.attr_error(format!("'{}' object attribute '{}' is read-only", obj.type_name(), name.as_str())))
            } else {
                Err(no_attr(vm, obj, name))
            }
        }
    }
}

/// `object.__setattr__`: data descriptors, then the instance namespace.
pub fn object_setattr(vm: &mut Vm, obj: &Value, inst: &Rc<PyInstance>, name: &Rc<PyStr>, v: Value) -> PyResult<()> {
    let cls = inst.class();
    if let Some(d) = vm.lookup_cache.lookup(&cls, name) {
        if is_data_descriptor(&d) {
            if let Value::Instance(di) = &d {
                if di.class().kind == TypeKind::MemberDescriptor {
                    if inst.slot_set(member_slot(vm, di, obj)?, v).is_ok() {
                        return Ok(());
                    }
                    return Err(no_attr(vm, obj, name));
                }
                if di.class().kind == TypeKind::Property {
                    let fset = accessor(di, |p| &p.fset);
                    if matches!(fset, Value::None) {
                        return Err(vm.attr_error(property_missing(di, "setter", &cls)));
                    }
                    vm.call(&fset, &[obj.clone(), v], &[])?;
                    return Ok(());
                }
                if let Some(set) = di.class().lookup(&crate::name!("__set__")) {
                    vm.call(&set, &[d.clone(), obj.clone(), v], &[])?;
                    return Ok(());
                }
                // A data descriptor with __delete__ but no __set__.
                return Err(vm.attr_error("__set__"));
            }
        }
        // A class attribute cannot be shadowed on an instance without a __dict__.
        if !cls.has_dict.get() && !cls.is_builtin {
            return Err(vm.attr_error(format!("'{}' object attribute '{}' is read-only", cls.name.as_str(), name.as_str())));
        }
    }
    if let Some(e) = inst.exc() {
        let mut e = e.borrow_mut();
        match name.as_str() {
            "__cause__" => {
                e.cause = v;
                e.suppress_context = true;
                return Ok(());
            }
            "__context__" => {
                e.context = v;
                return Ok(());
            }
            "__suppress_context__" => {
                e.suppress_context = matches!(v, Value::Bool(B64::TRUE));
                return Ok(());
            }
            "args" => {
                e.args = v;
                return Ok(());
            }
            "name" | "path" if cls.is_subtype(&vm.exc_type(ExcKind::ImportError)) => {
                let d = e.detail.get_or_insert_with(Default::default);
                *(if name.as_str() == "name" { &mut d.name } else { &mut d.path }) = v;
                return Ok(());
            }
            "msg" | "filename" | "lineno" | "text" if cls.is_subtype(&vm.exc_type(ExcKind::SyntaxError)) => {
                let d = e.detail.get_or_insert_with(Default::default);
                match name.as_str() {
                    "msg" => d.msg = v,
                    "filename" => d.filename = v,
                    "lineno" => d.lineno = v,
                    _ => d.text = v,
                }
                return Ok(());
            }
            _ => {}
        }
    }
    if name.as_str() == "__dict__" {
        return match v {
            Value::Dict(d) => {
                inst.replace_dict(d);
                Ok(())
            }
            other => Err(vm.type_error(format!("__dict__ must be set to a dictionary, not a '{}'", other.type_name()))),
        };
    }
    if name.as_str() == "__class__" {
        let t = class_assignment(vm, &cls, &v)?;
        inst.set_class(t);
        return Ok(());
    }
    if inst.native().is_some() && crate::interp::native::native_attr(vm, inst, name.as_str()).is_some() {
        return Err(vm.attr_error("readonly attribute"));
    }
    if !cls.instances_have_dict() {
        return Err(no_attr(vm, obj, name));
    }
    inst.set(vm, name, v)
}

/// The class `obj.__class__ = v` gives an object of class `old`, or
/// CPython's error (object_set_class): `v` must be a class; both classes
/// must be Python classes (built-in types are immutable); and their
/// instances must have the same layout (compatible_for_assignment).
fn class_assignment(vm: &Vm, old: &Rc<PyType>, v: &Value) -> PyResult<Rc<PyType>> {
    let Value::Type(new) = v else {
        return Err(vm.type_error(format!("__class__ must be set to a class, not '{}' object", v.type_name())));
    };
    if new.is_builtin || old.is_builtin {
        return Err(vm.type_error("__class__ assignment only supported for mutable types or ModuleType subclasses"));
    }
    let (nb, ob) = (layout_owner(new), layout_owner(old));
    let compatible = Rc::ptr_eq(&nb, &ob)
        || (!nb.is_builtin
            && !ob.is_builtin
            && matches!((first_base(&nb), first_base(&ob)), (Some(x), Some(y)) if Rc::ptr_eq(&x, &y))
            && added_layout(&nb) == added_layout(&ob));
    if !compatible {
        return Err(vm.type_error(format!("__class__ assignment: '{}' object layout differs from '{}'", new.name.as_str(), old.name.as_str())));
    }
    Ok(new.clone())
}

fn first_base(t: &PyType) -> Option<Rc<PyType>> {
    t.bases.borrow().first().cloned()
}

/// What a Python class adds to its instances' layout over its first base:
/// its own `__slots__` names, sorted (as CPython's `ht_slots`), and whether
/// it adds a `__dict__` (a class without `__slots__` adds `__dict__` and
/// `__weakref__` together, unless its base has them).
fn added_layout(t: &PyType) -> (Vec<String>, bool) {
    let base = first_base(t);
    let inherited = base.as_ref().map_or(0, |b| b.slots.borrow().len());
    let mut own: Vec<String> = t.slots.borrow().iter().skip(inherited).map(|s| s.as_str().to_string()).collect();
    own.sort();
    let base_dict = base.is_some_and(|b| !b.is_builtin && b.has_dict.get());
    (own, t.has_dict.get() && !base_dict)
}

/// The class whose layout `t`'s instances have: `t`, or its first base
/// when `t` adds nothing to it (CPython's `compatible_with_tp_base`), and
/// so on up.
fn layout_owner(t: &Rc<PyType>) -> Rc<PyType> {
    let mut t = t.clone();
    while !t.is_builtin {
        let (own, adds_dict) = added_layout(&t);
        match first_base(&t) {
            Some(b) if own.is_empty() && !adds_dict => t = b,
            _ => break,
        }
    }
    t
}

/// `del obj.name`.
pub fn del_attr(vm: &mut Vm, obj: &Value, name: &Rc<PyStr>) -> PyResult<()> {
    match obj {
        Value::Instance(inst) => {
            let cls = inst.class();
            if let Some(da) = cls.lookup(&crate::name!("__delattr__")) {
                if !matches!(da, Value::Builtin(_)) {
                    let f = apply_descriptor(vm, da, obj, &cls)?;
                    vm.call(&f, &[Value::Str(name.clone())], &[])?;
                    return Ok(());
                }
            }
            object_delattr(vm, obj, inst, name)
        }
        // object's `__class__` descriptor, found on every type.
        _ if name.as_str() == "__class__" => Err(vm.type_error("can't delete __class__ attribute")),
        Value::Type(t) => {
            if t.is_builtin {
                return Err(vm.type_error(format!("cannot set '{}' attribute of immutable type '{}'", name.as_str(), t.name.as_str())));
            }
            let removed = t.dict.borrow_mut().remove_str(name);
            t.modified();
            match removed {
                Some(_) => Ok(()),
                None => Err(vm.attr_error(format!("type object '{}' has no attribute '{}'", t.name.as_str(), name.as_str()))),
            }
        }
        Value::Module(m) => {
            let removed = super::ops::dict_remove(vm, &m.dict, &Value::Str(name.clone()))?;
            match removed {
                Some(_) => Ok(()),
                None => Err(no_attr(vm, obj, name)),
            }
        }
        Value::Function(f) => {
            let d = f.dict.borrow().clone();
            let removed = match d {
                Some(d) => super::ops::dict_remove(vm, &d, &Value::Str(name.clone()))?,
                None => None,
            };
            removed.map(|_| ()).ok_or_else(|| no_attr(vm, obj, name))
        }
        _ => Err(no_attr(vm, obj, name)),
    }
}

/// `object.__delattr__`.
pub fn object_delattr(vm: &mut Vm, obj: &Value, inst: &Rc<PyInstance>, name: &Rc<PyStr>) -> PyResult<()> {
    let cls = inst.class();
    if name.as_str() == "__class__" {
        return Err(vm.type_error("can't delete __class__ attribute"));
    }
    if let Some(d) = cls.lookup(name) {
        if let Value::Instance(di) = &d {
            if di.class().kind == TypeKind::MemberDescriptor {
                if inst.slot_take(member_slot(vm, di, obj)?) {
                    return Ok(());
                }
                // CPython reports an unset slot's deletion by the bare name.
                return Err(vm.attr_error(name.as_str()));
            }
            if di.class().kind == TypeKind::Property {
                let fdel = accessor(di, |p| &p.fdel);
                if matches!(fdel, Value::None) {
                    return Err(vm.attr_error(property_missing(di, "deleter", &cls)));
                }
                vm.call(&fdel, std::slice::from_ref(obj), &[])?;
                return Ok(());
            }
            if let Some(del) = di.class().lookup(&crate::name!("__delete__")) {
                vm.call(&del, &[d.clone(), obj.clone()], &[])?;
                return Ok(());
            }
            // A data descriptor with `__set__` but no `__delete__`.
            if di.class().lookup(&crate::name!("__set__")).is_some() {
                return Err(vm.attr_error("__delete__"));
            }
        }
    }
    if inst.native().is_some() && crate::interp::native::native_attr(vm, inst, name.as_str()).is_some() {
        return Err(vm.attr_error("readonly attribute"));
    }
    let removed = inst.remove(vm, name)?;
    match removed {
        Some(_) => Ok(()),
        None => Err(no_attr(vm, obj, name)),
    }
}

/// `LoadMethod`: pushes `meth self` when the attribute is a plain method of
/// the type (no bound-method object is made), else `attr NULL`.
pub fn load_method(vm: &mut Vm, obj: Value, name: &Rc<PyStr>) -> PyResult<()> {
    match &obj {
        Value::Instance(inst) => {
            let cls = inst.class();
            // A `__getattribute__` in Python answers every lookup itself.
            if cls.hooks() & crate::objects::typ::HOOK_GETATTRIBUTE == 0 {
                if let Some(f @ Value::Function(_)) = vm.lookup_cache.lookup(&cls, name) {
                    if inst.get(vm, name)?.is_none() {
                        vm.stack.push(f);
                        vm.stack.push(obj);
                        return Ok(());
                    }
                }
            }
        }
        Value::Module(_) | Value::Type(_) | Value::Function(_) => {}
        _ => {
            let t = vm.type_of(&obj);
            let found = t.dict.borrow().get_str(name);
            if let Some(f @ Value::Builtin(_)) = found {
                vm.stack.push(f);
                vm.stack.push(obj);
                return Ok(());
            }
        }
    }
    let v = get_attr(vm, &obj, name)?;
    vm.stack.push(v);
    vm.stack.push(Value::Unbound);
    Ok(())
}

/// Looks a special method up on the type (not the instance), bound to `obj`.
pub fn lookup_special(vm: &mut Vm, obj: &Value, name: &str) -> Option<Value> {
    let t = vm.type_of(obj);
    let v = t.lookup(&intern(name))?;
    apply_descriptor(vm, v, obj, &t).ok()
}

/// Calls the special method `name` of `obj`'s type with `obj` and then
/// `args`: `lookup_special` and a call, except that a plain function is
/// called with `obj` first instead of through a bound method made for the
/// one call. `None` when the type has no such method (or its descriptor
/// fails, as for `lookup_special`).
pub fn call_special(vm: &mut Vm, obj: &Value, name: &str, args: &[Value]) -> Option<PyResult<Value>> {
    call_special_named(vm, obj, &intern(name), args)
}

/// `call_special` with the name interned already (`crate::name!`): on a
/// hot path, interning the name (a hash and a table probe) cost more than
/// the lookup.
pub fn call_special_named(vm: &mut Vm, obj: &Value, name: &Rc<PyStr>, args: &[Value]) -> Option<PyResult<Value>> {
    let t = vm.type_of(obj);
    let v = t.lookup(name)?;
    if let Value::Function(_) = &v {
        let mut a: smallvec::SmallVec<[Value; 4]> = smallvec::SmallVec::with_capacity(args.len() + 1);
        a.push(obj.clone());
        a.extend(args.iter().cloned());
        return Some(vm.call(&v, &a, &[]));
    }
    let f = apply_descriptor(vm, v, obj, &t).ok()?;
    Some(vm.call(&f, args, &[]))
}

/// Whether `obj`'s class defines `name` in Python (user classes only).
pub fn user_method(vm: &Vm, obj: &Value, name: &str) -> Option<Value> {
    // (Only an instance's class can define one: no interning for the rest.)
    match obj {
        Value::Instance(_) => user_method_named(vm, obj, &intern(name)),
        _ => None,
    }
}

/// `user_method` with the name interned already (`crate::name!`).
pub fn user_method_named(vm: &Vm, obj: &Value, name: &Rc<PyStr>) -> Option<Value> {
    match obj {
        Value::Instance(i) => {
            let c = i.class();
            if c.is_builtin {
                return None;
            }
            match c.lookup(name) {
                Some(Value::Builtin(_)) | None => None,
                found => found,
            }
        }
        _ => {
            let _ = vm;
            None
        }
    }
}

/// `'x' ` for a property found in the class namespace under name x, for messages.
fn prop_name(vm: &Vm, _obj: &Value, cls: &Rc<PyType>, prop: &Value) -> String {
    let _ = vm;
    for c in cls.mro.borrow().iter() {
        for e in c.dict.borrow().iter() {
            if e.value.is(prop) {
                if let Value::Str(s) = &e.key {
                    return format!("'{}' ", s.as_str());
                }
            }
        }
    }
    String::new()
}
