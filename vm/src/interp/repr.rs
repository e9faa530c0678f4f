//! `repr()` and `str()` of every value, as CPython prints them (recursive
//! containers print `[...]`, user classes go through `__repr__`/`__str__`).

use crate::interp::{attr, ops, Vm};
use crate::objects::numfmt;
use crate::objects::{PyResult, PyType, Value, ViewKind};
use std::fmt::Write;

fn addr(v: &Value) -> String {
    format!("0x{:012x}", v.ptr().unwrap_or(0))
}

pub fn type_repr(t: &PyType) -> String {
    if t.is_builtin {
        format!("<class '{}'>", t.name.as_str())
    } else {
        let module = t.dict.borrow().get_str(&crate::name!("__module__"));
        match module {
            Some(Value::Str(m)) if m.as_str() != "builtins" => {
                format!("<class '{}.{}'>", m.as_str(), t.qualname.borrow().as_str())
            }
            _ => format!("<class '{}'>", t.qualname.borrow().as_str()),
        }
    }
}

/// `ascii()` of a repr: non-ASCII characters escaped.
pub fn ascii(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        if c.is_ascii() {
            out.push(c);
        } else if (c as u32) < 0x100 {
            let _ = write!(out, "\\x{:02x}", c as u32);
        } else if (c as u32) < 0x10000 {
            let _ = write!(out, "\\u{:04x}", c as u32);
        } else {
            let _ = write!(out, "\\U{:08x}", c as u32);
        }
    }
    out
}

fn seq_repr(vm: &mut Vm, items: &[Value], open: &str, close: &str, out: &mut String) -> PyResult<()> {
    out.push_str(open);
    for (i, x) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(&repr(vm, x)?);
    }
    out.push_str(close);
    Ok(())
}

/// `repr` of a set or frozenset, or of an instance of a subclass (`class_name`,
/// and `v` its payload), as CPython's set_repr: `{1, 2}` for a set,
/// `Name({1, 2})` for anything else, `Name()` when empty. The items are
/// listed first, so an item's `__repr__` that changes the set changes
/// nothing printed.
fn set_repr(vm: &mut Vm, v: &Value, class_name: Option<&str>) -> PyResult<String> {
    let (Value::Set(s) | Value::FrozenSet(s)) = v else {
        return Ok(String::new());
    };
    let name = class_name.unwrap_or(if matches!(v, Value::FrozenSet(_)) { "frozenset" } else { "set" });
    let items: Vec<Value> = s.table.borrow().iter().map(|(_, k)| k.clone()).collect();
    if items.is_empty() {
        return Ok(format!("{name}()"));
    }
    let exact = class_name.is_none() && matches!(v, Value::Set(_));
    guarded(vm, v, &format!("{name}(...)"), |vm| {
        let mut out = String::new();
        if !exact {
            out.push_str(name);
            out.push('(');
        }
        seq_repr(vm, &items, "{", "}", &mut out)?;
        if !exact {
            out.push(')');
        }
        Ok(out)
    })
}

/// Runs `f` unless `v` is already being printed (then returns `cycle`).
fn guarded(vm: &mut Vm, v: &Value, cycle: &str, f: impl FnOnce(&mut Vm) -> PyResult<String>) -> PyResult<String> {
    let p = v.ptr().unwrap_or(0);
    if vm.repr_guard.contains(&p) {
        return Ok(cycle.to_string());
    }
    vm.repr_guard.push(p);
    let r = vm.nested(WHILE_REPR, f);
    vm.repr_guard.pop();
    r
}

/// What a RecursionError from printing nested containers says.
const WHILE_REPR: &str = " while getting the repr of an object";

pub fn repr(vm: &mut Vm, v: &Value) -> PyResult<String> {
    Ok(match v {
        Value::Unbound => "<NULL>".into(),
        Value::None => "None".into(),
        Value::NotImplemented => "NotImplemented".into(),
        Value::Ellipsis => "Ellipsis".into(),
        Value::Bool(b) => if b.get() { "True" } else { "False" }.into(),
        Value::Int(i) => i.to_string(),
        Value::BigInt(b) => {
            crate::interp::num::check_int_to_str(vm, b)?;
            b.to_string()
        }
        Value::Float(f) => numfmt::float_repr(f.get()),
        Value::Str(s) => numfmt::str_repr(s.as_str()),
        Value::List(l) => {
            if l.items.borrow().is_empty() {
                return Ok("[]".into());
            }
            // An item's `__repr__` may change the list: as CPython's
            // list_repr, the length is read again before each item.
            let l = l.clone();
            return guarded(vm, v, "[...]", |vm| {
                let mut out = String::from("[");
                let mut i = 0;
                loop {
                    // (The borrow ends here, before the item's repr runs.)
                    let item = l.items.borrow().get(i).cloned();
                    let Some(x) = item else { break };
                    if i > 0 {
                        out.push_str(", ");
                    }
                    out.push_str(&repr(vm, &x)?);
                    i += 1;
                }
                out.push(']');
                Ok(out)
            });
        }
        Value::Tuple(t) => {
            let t = t.clone();
            return vm.nested(WHILE_REPR, |vm| {
                if t.items.len() == 1 {
                    Ok(format!("({},)", repr(vm, &t.items[0])?))
                } else {
                    let mut out = String::new();
                    seq_repr(vm, &t.items, "(", ")", &mut out)?;
                    Ok(out)
                }
            });
        }
        Value::Dict(d) => {
            // A key's or value's `__repr__` may change the dict: as
            // CPython's dict_repr (PyDict_Next), the walk goes on from its
            // position in insertion order, so entries deleted meanwhile are
            // skipped and entries added are printed.
            let d = d.clone();
            return guarded(vm, v, "{...}", |vm| {
                let mut out = String::from("{");
                let mut pos = 0;
                let mut first = true;
                loop {
                    let next = d.data.borrow().next_from(pos).map(|(p, e)| (p, e.key.clone(), e.value.clone()));
                    let Some((p, k, x)) = next else { break };
                    if !first {
                        out.push_str(", ");
                    }
                    first = false;
                    pos = p;
                    out.push_str(&repr(vm, &k)?);
                    out.push_str(": ");
                    out.push_str(&repr(vm, &x)?);
                }
                out.push('}');
                Ok(out)
            });
        }
        Value::Set(_) | Value::FrozenSet(_) => return set_repr(vm, v, None),
        Value::Range(r) => {
            let (a, b) = (repr(vm, &r.start)?, repr(vm, &r.stop)?);
            match &r.step {
                Value::Int(1) => format!("range({a}, {b})"),
                s => format!("range({a}, {b}, {})", repr(vm, s)?),
            }
        }
        Value::Slice(s) => format!("slice({}, {}, {})", repr(vm, &s.start)?, repr(vm, &s.stop)?, repr(vm, &s.step)?),
        Value::Function(f) => format!("<function {} at {}>", f.qualname.borrow().as_str(), addr(v)),
        Value::Builtin(b) => {
            if b.is_method {
                format!("<method '{}' of '{}' objects>", b.name, b.owner)
            } else {
                format!("<built-in function {}>", b.name)
            }
        }
        Value::Method(m) => {
            let name = match &m.func {
                Value::Function(f) => f.qualname.borrow().to_string(),
                Value::Builtin(b) => {
                    return Ok(format!("<built-in method {} of {} object at {}>", b.name, m.self_.type_name(), addr(&m.self_)));
                }
                other => other.type_name(),
            };
            format!("<bound method {} of {}>", name, repr(vm, &m.self_)?)
        }
        Value::Generator(g) => format!("<generator object {} at {}>", g.func.qualname.borrow().as_str(), addr(v)),
        Value::Iter(i) => format!("<{} object at {}>", i.type_name(), addr(v)),
        Value::DictView(dv) => {
            let name = match dv.kind {
                ViewKind::Keys => "dict_keys",
                ViewKind::Values => "dict_values",
                ViewKind::Items => "dict_items",
            };
            // A view that holds itself (`d[1] = d.values()`) prints `...`
            // inside, as CPython's dictview_repr.
            return guarded(vm, v, "...", |vm| {
                let items = ops::iterate(vm, v)?;
                let mut out = format!("{name}(");
                seq_repr(vm, &items, "[", "]", &mut out)?;
                out.push(')');
                Ok(out)
            });
        }
        Value::Module(m) => {
            let builtin = matches!(m.name.as_str(), "sys" | "math" | "time" | "builtins");
            if builtin {
                format!("<module '{}' (built-in)>", m.name.as_str())
            } else {
                let file = m.dict.data.borrow().get_str(&crate::name!("__file__"));
                match file {
                    Some(Value::Str(f)) => {
                        format!("<module '{}' from '{}'>", m.name.as_str(), f.as_str())
                    }
                    _ => format!("<module '{}'>", m.name.as_str()),
                }
            }
        }
        Value::Type(t) => type_repr(t),
        Value::Cell(_) => format!("<cell at {}>", addr(v)),
        Value::Code(c) => format!("<code object {} at {}, file \"{}\", line {}>", c.name.as_str(), addr(v), c.code.filename, c.code.first_line),
        Value::Instance(i) => {
            let cls = i.class();
            if let Some(f) = attr::user_method(vm, v, "__repr__") {
                let r = vm.call(&f, std::slice::from_ref(v), &[])?;
                return match r {
                    Value::Str(s) => Ok(s.s.to_string()),
                    other => Err(vm.type_error(format!("__repr__ returned non-string (type {})", other.type_name()))),
                };
            }
            if cls.kind == crate::objects::TypeKind::MappingProxy {
                let f = cls.lookup(&crate::name!("__repr__")).unwrap_or_default();
                let r = vm.call(&f, std::slice::from_ref(v), &[])?;
                return Ok(r.as_str().map(|s| s.s.to_string()).unwrap_or_default());
            }
            if let Some(p) = i.payload() {
                if matches!(p, Value::Set(_) | Value::FrozenSet(_)) {
                    return set_repr(vm, &p, Some(cls.name.as_str()));
                }
                return repr(vm, &p);
            }
            if let Some(e) = i.exc() {
                let args = e.borrow().args.clone();
                let inner = match &args {
                    Value::Tuple(t) if t.items.len() == 1 => repr(vm, &t.items[0])?,
                    Value::Tuple(t) => {
                        let s = repr(vm, &args)?;
                        if t.items.is_empty() {
                            String::new()
                        } else {
                            s[1..s.len() - 1].to_string()
                        }
                    }
                    other => repr(vm, other)?,
                };
                return Ok(format!("{}({inner})", cls.name.as_str()));
            }
            match cls.kind {
                crate::objects::TypeKind::Property => format!("<property object at {}>", addr(v)),
                crate::objects::TypeKind::StaticMethod => {
                    format!("<staticmethod({}) object at {}>", "...", addr(v))
                }
                crate::objects::TypeKind::ClassMethod => {
                    format!("<classmethod({}) object at {}>", "...", addr(v))
                }
                _ => {
                    let module = cls.dict.borrow().get_str(&crate::name!("__module__"));
                    let prefix = match module {
                        Some(Value::Str(m)) if m.as_str() != "builtins" => {
                            format!("{}.", m.as_str())
                        }
                        _ => String::new(),
                    };
                    format!("<{}{} object at {}>", prefix, cls.qualname.borrow().as_str(), addr(v))
                }
            }
        }
    })
}

pub fn str_of(vm: &mut Vm, v: &Value) -> PyResult<String> {
    match v {
        Value::Str(s) => Ok(s.s.to_string()),
        Value::Instance(i) => {
            if let Some(f) = attr::user_method(vm, v, "__str__") {
                let r = vm.call(&f, std::slice::from_ref(v), &[])?;
                return match r {
                    Value::Str(s) => Ok(s.s.to_string()),
                    other => Err(vm.type_error(format!("__str__ returned non-string (type {})", other.type_name()))),
                };
            }
            if let (Some(p), None) = (i.payload(), attr::user_method(vm, v, "__repr__")) {
                // A set's str is its repr, which names the subclass.
                if matches!(p, Value::Set(_) | Value::FrozenSet(_)) {
                    return repr(vm, v);
                }
                return str_of(vm, &p);
            }
            if let Some(e) = i.exc() {
                if attr::user_method(vm, v, "__repr__").is_some() && i.class().lookup(&crate::name!("__str__")).is_none() {
                    return repr(vm, v);
                }
                if i.class().is_subtype(&vm.exc_type(crate::objects::ExcKind::SyntaxError)) {
                    let detail = e.borrow().detail.as_deref().cloned();
                    if let Some(d) = detail {
                        return syntax_error_str(vm, &d);
                    }
                }
                let args = e.borrow().args.clone();
                let is_key_error = i.class().is_subtype(&vm.exc_type(crate::objects::ExcKind::KeyError));
                return match &args {
                    Value::Tuple(t) if t.items.is_empty() => Ok(String::new()),
                    Value::Tuple(t) if t.items.len() == 1 => {
                        if is_key_error {
                            repr(vm, &t.items[0])
                        } else {
                            str_of(vm, &t.items[0])
                        }
                    }
                    other => repr(vm, other),
                };
            }
            repr(vm, v)
        }
        _ => repr(vm, v),
    }
}

/// `str()` of a `SyntaxError`: its message, then the file's base name and
/// the line where they are set, as CPython words it (`msg (file.py, line 3)`).
fn syntax_error_str(vm: &mut Vm, d: &crate::objects::exc::ExcDetail) -> PyResult<String> {
    let msg = match &d.msg {
        Value::Unbound => "None".to_string(),
        m => str_of(vm, m)?,
    };
    let file = match &d.filename {
        Value::Str(f) => Some(f.as_str().rsplit('/').next().unwrap_or_default().to_string()),
        _ => None,
    };
    let line = match &d.lineno {
        Value::Int(n) => Some(*n),
        Value::Bool(b) => Some(b.get() as i64),
        _ => None,
    };
    Ok(match (file, line) {
        (Some(f), Some(n)) => format!("{msg} ({f}, line {n})"),
        (Some(f), None) => format!("{msg} ({f})"),
        (None, Some(n)) => format!("{msg} (line {n})"),
        (None, None) => msg,
    })
}
