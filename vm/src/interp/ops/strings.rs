//! `repr`, `str` and f-string formatting.

use super::prelude::*;

/// `repr(v)`.
pub fn repr(vm: &mut Vm, v: &Value) -> PyResult<String> {
    crate::interp::repr::repr(vm, v)
}

/// `str(v)`.
pub fn str_of(vm: &mut Vm, v: &Value) -> PyResult<String> {
    match v {
        Value::Str(s) => Ok(s.s.to_string()),
        _ => crate::interp::repr::str_of(vm, v),
    }
}

/// `FormatValue`: f-string conversion and format spec.
pub fn format_value(vm: &mut Vm, v: Value, conv: u32, spec: Option<Value>) -> PyResult<Value> {
    let v = match conv {
        1 => Value::string(str_of(vm, &v)?),
        2 => Value::string(repr(vm, &v)?),
        3 => Value::string(crate::interp::repr::ascii(&repr(vm, &v)?)),
        _ => v,
    };
    let spec_s = match &spec {
        Some(Value::Str(s)) => s.s.to_string(),
        _ => String::new(),
    };
    // CPython's PyObject_Format: only an exact str skips `__format__` when
    // the spec is empty; an instance's own `__format__` is called with ''.
    if spec_s.is_empty() {
        if let Value::Str(_) = v {
            return Ok(v);
        }
    }
    Ok(Value::string(crate::interp::format::format(vm, &v, &spec_s)?))
}
