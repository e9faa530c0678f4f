//! Class creation: `type(name, bases, ns)`, `__build_class__`, the C3
//! MRO, `__slots__` layout, `__bases__` assignment and `super()`. These
//! are the semantics of the `class` statement and of attribute lookup
//! along the MRO, so they live beside the loop rather than among the
//! builtins; the `builtins` module only registers them.

use crate::inline_cache;
use crate::interp::frame::Frame;
use crate::interp::{ops, Vm};
use crate::objects::str::intern;
use crate::objects::{ExcKind, KwArgs, MemberData, Native, PyCode, PyDict, PyInstance, PyResult, PyType, TypeKind, Value};
use crate::strategy::AttrSite;
use std::rc::Rc;

/// `type(x)` and `type(name, bases, ns)`.
pub fn type_call(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    match args {
        [obj] => Ok(Value::Type(vm.type_of(obj))),
        [name, bases, ns] => {
            let name = match name {
                Value::Str(s) => s.clone(),
                other => return Err(vm.type_error(format!("type.__new__() argument 1 must be str, not {}", other.type_name()))),
            };
            let bases = match bases {
                Value::Tuple(t) => t.items.to_vec(),
                other => return Err(vm.type_error(format!("type.__new__() argument 2 must be tuple, not {}", other.type_name()))),
            };
            let ns = match ns {
                Value::Dict(d) => d.clone(),
                other => return Err(vm.type_error(format!("type.__new__() argument 3 must be dict, not {}", other.type_name()))),
            };
            make_class(vm, name.as_str(), &bases, &ns, &[])
        }
        _ => Err(vm.type_error("type() takes 1 or 3 arguments")),
    }
}

/// C3 linearisation of a class with the given bases.
fn c3_mro(vm: &Vm, cls: &Rc<PyType>, bases: &[Rc<PyType>]) -> PyResult<Vec<Rc<PyType>>> {
    let mut seqs: Vec<Vec<Rc<PyType>>> = bases.iter().map(|b| b.mro.borrow().clone()).collect();
    seqs.push(bases.to_vec());
    let mut out = vec![cls.clone()];
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let mut found = None;
        for s in &seqs {
            let cand = &s[0];
            if !seqs.iter().any(|t| t[1..].iter().any(|x| Rc::ptr_eq(x, cand))) {
                found = Some(cand.clone());
                break;
            }
        }
        let Some(next) = found else {
            let mut names: Vec<String> = Vec::new();
            for s in &seqs {
                let n = s[0].name.to_string();
                if !names.contains(&n) {
                    names.push(n);
                }
            }
            return Err(vm.type_error(format!("Cannot create a consistent method resolution\norder (MRO) for bases {}", names.join(", "))));
        };
        for s in seqs.iter_mut() {
            if Rc::ptr_eq(&s[0], &next) {
                s.remove(0);
            }
        }
        out.push(next);
    }
}

pub fn make_class(vm: &mut Vm, name: &str, bases: &[Value], ns: &Rc<PyDict>, class_kw: &KwArgs) -> PyResult<Value> {
    let mut base_types = Vec::new();
    for b in bases {
        match b {
            Value::Type(t) => base_types.push(t.clone()),
            other => return Err(vm.type_error(format!("bases must be types, not {}", other.type_name()))),
        }
    }
    for (i, b) in base_types.iter().enumerate() {
        if base_types[..i].iter().any(|x| Rc::ptr_eq(x, b)) {
            return Err(vm.type_error(format!("duplicate base class {}", b.name.as_str())));
        }
    }
    if base_types.is_empty() {
        base_types.push(vm.types.object.clone());
    }
    for b in &base_types {
        if b.is_builtin
            && matches!(
                b.kind,
                TypeKind::Bool
                    | TypeKind::Range
                    | TypeKind::Slice
                    | TypeKind::Function
                    | TypeKind::Generator
                    | TypeKind::Builtin
                    | TypeKind::Method
                    | TypeKind::NoneType
            )
        {
            return Err(vm.type_error(format!("type '{}' is not an acceptable base type", b.name.as_str())));
        }
    }
    let kind = base_types.iter().find_map(|b| if b.kind != TypeKind::Object { Some(b.kind) } else { None }).unwrap_or(TypeKind::Object);
    let cls = PyType::new(name, kind, base_types.clone(), false);
    cls.shaped.set(vm.strategy.shaped_instances());
    let mro = c3_mro(vm, &cls, &base_types)?;
    *cls.mro.borrow_mut() = mro;
    {
        let data = ns.data.borrow().clone();
        *cls.dict.borrow_mut() = data;
    }
    setup_slots(vm, &cls, &base_types, ns)?;
    // A class that defines __eq__ without __hash__ makes its instances unhashable.
    let defines_eq = cls.dict.borrow().get_str(&crate::name!("__eq__")).is_some();
    if defines_eq && cls.dict.borrow().get_str(&crate::name!("__hash__")).is_none() {
        cls.dict.borrow_mut().set_str(crate::name!("__hash__"), Value::None);
    }
    if let Some(Value::Str(q)) = ns.data.borrow().get_str(&crate::name!("__qualname__")) {
        *cls.qualname.borrow_mut() = q;
    }
    // Functions defined in the body as __init_subclass__ etc. are plain; the class cell gets the class.
    let cell = cls.dict.borrow_mut().remove_str(&crate::name!("__classcell__"));
    if let Some(Value::Cell(c)) = cell {
        *c.value.borrow_mut() = Value::Type(cls.clone());
    }
    // The namespace was filled directly: no cached lookup may survive it.
    cls.modified();
    let clsv = Value::Type(cls.clone());
    // __set_name__ on every attribute that defines it, in definition order.
    let attrs: Vec<(Value, Value)> = cls.dict.borrow().iter().map(|e| (e.key.clone(), e.value.clone())).collect();
    for (k, v) in attrs {
        // Found on the attribute's type, built-in types included (property).
        let set_name = match &v {
            Value::Instance(i) => i.class().lookup(&crate::name!("__set_name__")),
            _ => None,
        };
        if let Some(f) = set_name {
            vm.call(&f, &[v.clone(), clsv.clone(), k], &[])?;
        }
    }
    // The nearest base's __init_subclass__ (implicitly a classmethod), with the class keywords.
    let mro: Vec<Rc<PyType>> = cls.mro.borrow().iter().skip(1).cloned().collect();
    for b in mro {
        let found = b.dict.borrow().get_str(&crate::name!("__init_subclass__"));
        if let Some(f) = found {
            let f = match &f {
                Value::Instance(i) if i.class().kind == TypeKind::ClassMethod => i.wrapped_func().cloned().unwrap_or_default(),
                other => other.clone(),
            };
            if let Value::Builtin(_) = f {
                if let Some((k, _)) = class_kw.first() {
                    let _ = k;
                    return Err(vm.type_error(format!("{}.__init_subclass__() takes no keyword arguments", cls.name.as_str())));
                }
                break;
            }
            vm.call(&f, std::slice::from_ref(&clsv), class_kw)?;
            break;
        }
    }
    Ok(clsv)
}

/// Lays out `__slots__`: one member descriptor per new slot name, and whether
/// instances get a `__dict__`.
fn setup_slots(vm: &mut Vm, cls: &Rc<PyType>, bases: &[Rc<PyType>], ns: &Rc<PyDict>) -> PyResult<()> {
    let mut layout: Vec<Rc<crate::objects::PyStr>> = Vec::new();
    let mut inherited_dict = false;
    for b in cls.mro.borrow().iter().skip(1) {
        for s in b.slots.borrow().iter() {
            if !layout.iter().any(|x| Rc::ptr_eq(x, s)) {
                layout.push(s.clone());
            }
        }
    }
    for b in bases {
        if !b.is_builtin && b.has_dict.get() {
            inherited_dict = true;
        }
    }
    let decl = ns.data.borrow().get_str(&crate::name!("__slots__"));
    let Some(decl) = decl else {
        cls.has_dict.set(true);
        *cls.slots.borrow_mut() = layout;
        return Ok(());
    };
    let names: Vec<Value> = match &decl {
        Value::Str(_) => vec![decl.clone()],
        other => ops::iterate(vm, other)?,
    };
    let mut wants_dict = inherited_dict;
    for n in names {
        let Value::Str(s) = n else {
            return Err(vm.type_error(format!("__slots__ items must be strings, not '{}'", n.type_name())));
        };
        if s.as_str() == "__dict__" {
            wants_dict = true;
            continue;
        }
        let s = intern(s.as_str());
        if ns.data.borrow().get_str(&s).is_some() {
            return Err(vm.value_error(format!("'{}' in __slots__ conflicts with class variable", s.as_str())));
        }
        let idx = layout.len();
        layout.push(s.clone());
        let member = MemberData { index: idx, name: s.clone(), owner: Rc::downgrade(cls), owner_name: cls.name.clone() };
        let d = PyInstance::with_native(vm.types.member_descriptor.clone(), Native::Member(member));
        cls.dict.borrow_mut().set_str(s, d.into_value());
    }
    cls.has_dict.set(wants_dict);
    *cls.slots.borrow_mut() = layout;
    Ok(())
}

pub fn build_class(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let [func, name, bases @ ..] = args else {
        return Err(vm.type_error("__build_class__: not enough arguments"));
    };
    let Value::Function(body) = func else {
        return Err(vm.type_error("__build_class__: func must be a function"));
    };
    let Value::Str(name) = name else {
        return Err(vm.type_error("__build_class__: name is not a string"));
    };
    let meta = kw.iter().find(|(k, _)| k.as_str() == "metaclass").map(|(_, v)| v.clone());
    let ns = PyDict::new();
    let cell = vm.run_code(body.code.clone(), Some(body.clone()), body.globals.clone(), Some(Value::Dict(ns.clone())))?;
    if let Some(m) = meta {
        if !matches!(&m, Value::Type(t) if t.kind == TypeKind::Type) {
            return vm.call(&m, &[Value::Str(name.clone()), Value::tuple(bases.to_vec()), Value::Dict(ns)], &[]);
        }
    }
    let class_kw: Vec<(Rc<crate::objects::PyStr>, Value)> = kw.iter().filter(|(k, _)| k.as_str() != "metaclass").cloned().collect();
    let cls = make_class(vm, name.as_str(), bases, &ns, &class_kw)?;
    if let Value::Cell(c) = cell {
        *c.value.borrow_mut() = cls.clone();
    }
    Ok(cls)
}

/// What zero-argument `super()` stands for in the running function: its
/// `__class__` cell's class and its first argument (read from a cell when
/// the argument is one), with CPython's `RuntimeError`s.
fn zero_arg_super(vm: &mut Vm) -> PyResult<(Value, Value)> {
    match frame_super_args(vm) {
        Ok(args) => Ok(args),
        Err(msg) => Err(vm.new_error(ExcKind::RuntimeError, msg)),
    }
}

/// `zero_arg_super`'s reads, borrowing the frame (no count traffic); the
/// error is CPython's `RuntimeError` message.
fn frame_super_args(vm: &Vm) -> Result<(Value, Value), &'static str> {
    let fi = vm.frames.last().ok_or("super(): no arguments")?;
    let (cls, first) = super_slots(vm, fi.code(), fi.base)?;
    let deref = |v: &Value| match v {
        Value::Cell(cell) => cell.value.borrow().clone(),
        other => other.clone(),
    };
    let cls = deref(cls);
    if cls.is_unbound() {
        return Err("super(): empty __class__ cell");
    }
    Ok((cls, deref(first)))
}

/// Where zero-argument `super()` finds its inputs in the frame of `code`
/// at `base`: the `__class__` slot (a cell) and the first argument's slot
/// (the argument, or the cell that holds it when it is a cell variable);
/// CPython's message, in CPython's order, when the function has no first
/// argument or no `__class__` cell.
fn super_slots<'v>(vm: &'v Vm, code: &PyCode, base: usize) -> Result<(&'v Value, &'v Value), &'static str> {
    if code.code.argcount == 0 {
        return Err("super(): no arguments");
    }
    let (class_slot, first_cell) = code.super_slots.ok_or("super(): __class__ cell not found")?;
    let get = |at: usize| vm.stack.get(base + at).unwrap_or(&Value::Unbound);
    Ok((get(class_slot), get(first_cell.unwrap_or(0))))
}

/// `LoadSuperMethod`: `super().name` as the first half of a method call,
/// given what the name `super` is. When it is the builtin `super` and the
/// first argument is an instance of a subclass of `__class__`, the name is
/// looked up after `__class__` in the instance's MRO without making a
/// super object: a Python function gives `(f, self)`, anything else the
/// attribute as `super_getattr` would bind it and NULL. Every other case
/// (a rebound `super`, a class as first argument, errors, the super
/// object's own attributes) goes through a real super object.
///
/// With `cache` (strategies with inline caches), a function found is
/// remembered at the site (`inline_cache::find_super`).
pub fn load_super_method(vm: &mut Vm, f: &Frame<'_>, sup: Value, site: &AttrSite, cache: bool) -> PyResult<(Value, Value)> {
    let name = &site.name;
    let builtin = matches!(&sup, Value::Type(t) if Rc::ptr_eq(t, &vm.types.super_));
    if builtin && cache {
        if let Some(hit) = cached_super(vm, f, site) {
            if vm.stats.on {
                vm.stats.method_hits += 1;
            }
            return Ok(hit);
        }
    }
    let sup_obj = if builtin {
        let (cls, obj) = zero_arg_super(vm)?;
        if let (Value::Type(this), false) = (&cls, matches!(obj, Value::Type(_))) {
            let start = vm.type_of(&obj);
            if cache {
                if let Some(f) = inline_cache::find_super(vm, site, &start, this) {
                    if vm.stats.on {
                        vm.stats.method_hits += 1;
                    }
                    return Ok((f, obj));
                }
            }
            if start.is_subtype(this) {
                match crate::interp::attr::lookup_after(&start, this, name) {
                    Some(f @ Value::Function(_)) => {
                        if cache {
                            vm.stats.method_misses += 1;
                            inline_cache::learn_super(vm, site, &start, this, f.clone());
                        }
                        return Ok((f, obj));
                    }
                    Some(v) => return Ok((crate::interp::attr::apply_descriptor(vm, v, &obj, &start)?, Value::Unbound)),
                    None => {}
                }
            }
        }
        super_new(vm, &[cls, obj])?
    } else {
        vm.call(&sup, &[], &[])?
    };
    Ok((crate::interp::attr::get_attr(vm, &sup_obj, name)?, Value::Unbound))
}

/// The cache hit of `load_super_method` in the common case (the first
/// argument an instance, not in a cell), read in place from the frame: the
/// function found before for the instance's type version and the
/// `__class__` in the cell, and the instance. `None` sends the call the
/// long way, which answers every other case and every error.
#[inline]
fn cached_super(vm: &Vm, f: &Frame<'_>, site: &AttrSite) -> Option<(Value, Value)> {
    let (Value::Cell(cell), first @ Value::Instance(inst)) = super_slots(vm, f.code, f.base).ok()? else {
        return None;
    };
    let cls = cell.value.borrow();
    let Value::Type(this) = &*cls else { return None };
    let (version, _) = inst.key();
    let func = inline_cache::find_super_at(vm, site, version, this)?;
    Some((func, first.clone()))
}

pub fn super_new(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let (cls, obj) = match args {
        [cls, obj] => (cls.clone(), obj.clone()),
        [] => zero_arg_super(vm)?,
        [cls] => match cls {
            Value::Type(_) => (cls.clone(), Value::None),
            other => return Err(vm.type_error(format!("super() argument 1 must be a type, not {}", other.type_name()))),
        },
        _ => return Err(vm.type_error("super() takes 0 or 2 arguments")),
    };
    if let (Value::Type(c), false) = (&cls, matches!(obj, Value::None)) {
        let ok = match &obj {
            Value::Type(t) => t.is_subtype(c),
            other => vm.type_of(other).is_subtype(c),
        };
        if !ok {
            return Err(vm.type_error("super(type, obj): obj must be an instance or subtype of type"));
        }
    }
    let Value::Type(_) = &cls else {
        return Err(vm.type_error(format!("super() argument 1 must be a type, not {}", cls.type_name())));
    };
    let sup = PyInstance::with_native(vm.types.super_.clone(), Native::Super { this: cls, obj });
    Ok(sup.into_value())
}

/// `C.__bases__ = (...)`: new bases, a new MRO for C and for every class
/// below it (CPython's `mro_hierarchy`), the subclass lists of the old and
/// new bases updated, and a new version for all of them.
pub fn set_bases(vm: &mut Vm, cls: &Rc<PyType>, v: &Value) -> PyResult<()> {
    let Value::Tuple(t) = v else {
        return Err(vm.type_error(format!("can only assign tuple to {}.__bases__, not {}", cls.name.as_str(), v.type_name())));
    };
    if t.items.is_empty() {
        return Err(vm.type_error(format!("can only assign non-empty tuple to {}.__bases__, not ()", cls.name.as_str())));
    }
    let mut bases = Vec::new();
    for b in t.items.iter() {
        match b {
            Value::Type(bt) => {
                if bt.is_subtype(cls) {
                    return Err(vm.type_error("a __bases__ item causes an inheritance cycle"));
                }
                bases.push(bt.clone());
            }
            other => return Err(vm.type_error(format!("{}.__bases__ must be tuple of classes, not '{}'", cls.name.as_str(), other.type_name()))),
        }
    }
    // CPython's layout check (`compatible_for_assignment`), for the bases
    // nsvm has: `object` and Python classes (which add a `__dict__` and are
    // collected, so they free differently from `object`). Both best bases
    // are the first ones here, as no base adds fields of its own.
    let old_best = cls.bases.borrow().first().cloned();
    if let (Some(old), Some(new)) = (&old_best, bases.first()) {
        let plain = |t: &Rc<PyType>| t.is_builtin && t.kind == TypeKind::Object;
        if plain(old) != plain(new) {
            return Err(vm.type_error(format!("__bases__ assignment: '{}' deallocator differs from '{}'", new.name.as_str(), old.name.as_str())));
        }
    }
    let old_bases = std::mem::replace(&mut *cls.bases.borrow_mut(), bases.clone());
    let mut saved = Vec::new();
    if let Err(e) = remro_hierarchy(vm, cls, &mut saved) {
        // As CPython: every MRO computed so far, and the bases, are put back.
        for (t, old) in saved.into_iter().rev() {
            *t.mro.borrow_mut() = old;
        }
        *cls.bases.borrow_mut() = old_bases;
        return Err(e);
    }
    for b in &old_bases {
        b.remove_subclass(cls);
    }
    for b in &bases {
        b.add_subclass(cls);
    }
    cls.modified();
    Ok(())
}

/// Recomputes the MRO of `t` from its bases, then of its subclasses,
/// depth first (a class below a diamond is recomputed once per path, the
/// last time with all its bases up to date, as in CPython). The old MROs
/// go to `saved`, in order, to be restored if some MRO cannot be made.
fn remro_hierarchy(vm: &Vm, t: &Rc<PyType>, saved: &mut Vec<(Rc<PyType>, Vec<Rc<PyType>>)>) -> PyResult<()> {
    let bases = t.bases.borrow().clone();
    let mro = c3_mro(vm, t, &bases)?;
    let old = std::mem::replace(&mut *t.mro.borrow_mut(), mro);
    saved.push((t.clone(), old));
    for sub in t.subclasses() {
        remro_hierarchy(vm, &sub, saved)?;
    }
    Ok(())
}
