//! Attributes of built-in values that live in Rust fields, not in a
//! namespace: data attributes of numbers, ranges, slices and generators,
//! and the members of objects with a `Native` payload.

use crate::interp::Vm;
use crate::objects::{Native, PyInstance, PyResult, TypeKind, Value};

/// Data attributes of built-in values (`x.real`, `e.args`, ...), after the type's namespace.
pub fn data_attr(vm: &mut Vm, obj: &Value, name: &str) -> PyResult<Option<Value>> {
    let _ = vm;
    Ok(match (obj, name) {
        (Value::Int(_) | Value::BigInt(_), "real" | "numerator") => Some(obj.clone()),
        (Value::Bool(b), "real" | "numerator") => Some(Value::Int(b.get() as i64)),
        (Value::Int(_) | Value::BigInt(_) | Value::Bool(_), "imag") => Some(Value::Int(0)),
        (Value::Int(_) | Value::BigInt(_) | Value::Bool(_), "denominator") => Some(Value::Int(1)),
        (Value::Float(_), "real") => Some(obj.clone()),
        (Value::Float(_), "imag") => Some(Value::float(0.0)),
        (Value::Range(r), "start") => Some(r.start.clone()),
        (Value::Range(r), "stop") => Some(r.stop.clone()),
        (Value::Range(r), "step") => Some(r.step.clone()),
        (Value::Slice(s), "start") => Some(s.start.clone()),
        (Value::Slice(s), "stop") => Some(s.stop.clone()),
        (Value::Slice(s), "step") => Some(s.step.clone()),
        (Value::Generator(g), "__name__") => Some(Value::Str(g.func.name.borrow().clone())),
        (Value::Generator(g), "__qualname__") => Some(Value::Str(g.func.qualname.borrow().clone())),
        _ => None,
    })
}

/// The Python-visible attributes of built-in objects that keep their state
/// in Rust fields (`PyInstance::native`), chosen by the type's kind: what
/// CPython exposes as read-only members.
pub fn native_attr(vm: &Vm, inst: &PyInstance, name: &str) -> Option<Value> {
    let kind = inst.class_kind();
    match (kind, inst.native()?, name) {
        (TypeKind::Property, Native::Property(p), "fget") => Some(p.fget.clone()),
        (TypeKind::Property, Native::Property(p), "fset") => Some(p.fset.clone()),
        (TypeKind::Property, Native::Property(p), "fdel") => Some(p.fdel.clone()),
        (TypeKind::Property, Native::Property(p), "__doc__") => Some(p.doc.clone()),
        (TypeKind::StaticMethod, Native::StaticMethod(f), "__func__" | "__wrapped__") => Some(f.clone()),
        (TypeKind::ClassMethod, Native::ClassMethod(f), "__func__" | "__wrapped__") => Some(f.clone()),
        (TypeKind::MemberDescriptor, Native::Member(m), "__name__") => Some(Value::Str(m.name.clone())),
        (TypeKind::MemberDescriptor, Native::Member(m), "__objclass__") => Some(m.owner.upgrade().map(Value::Type).unwrap_or(Value::None)),
        (TypeKind::Super, Native::Super { this, .. }, "__thisclass__") => Some(this.clone()),
        (TypeKind::Super, Native::Super { obj, .. }, "__self__") => Some(obj.clone()),
        (TypeKind::Super, Native::Super { this, obj }, "__self_class__") => Some(match (this, obj) {
            (_, Value::None) => Value::None,
            (Value::Type(c), Value::Type(t)) if t.is_subtype(c) => obj.clone(),
            _ => Value::Type(vm.type_of(obj)),
        }),
        (TypeKind::Traceback, Native::Traceback { lineno }, "tb_lineno") => Some(Value::Int(*lineno)),
        _ => None,
    }
}
