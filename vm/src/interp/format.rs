//! String formatting: `format()`/f-string specs, `%` formatting and
//! `str.format`, on top of the number and string primitives of `numfmt`.

use crate::interp::{attr, ops, Vm};
use crate::objects::numfmt::{self, FormatSpec};
use crate::objects::str::intern;
use crate::objects::{PyResult, PyStr, Value};
use num_bigint::BigInt;
use std::rc::Rc;

fn spec_of(vm: &Vm, spec: &str) -> PyResult<FormatSpec> {
    let f = numfmt::parse_format_spec(spec).map_err(|m| vm.value_error(m))?;
    if f.width.is_some_and(|w| w > isize::MAX as usize) || f.precision.is_some_and(|p| p > isize::MAX as usize) {
        return Err(vm.value_error("Too many decimal digits in format string"));
    }
    check_width(vm, f.width)?;
    Ok(f)
}

/// Widths up to this pad without asking whether memory allows.
const SMALL_WIDTH: usize = 1 << 20;

/// MemoryError for a width too big to allocate: the padding is made by
/// infallible code, so a huge width is tried once here first.
fn check_width(vm: &Vm, width: Option<usize>) -> PyResult<()> {
    match width {
        Some(w) if w > SMALL_WIDTH => ops::check_alloc(vm, w),
        _ => Ok(()),
    }
}

/// `format(v, spec)`.
pub fn format(vm: &mut Vm, v: &Value, spec: &str) -> PyResult<String> {
    if let Some(f) = attr::user_method(vm, v, "__format__") {
        let r = vm.call(&f, &[v.clone(), Value::str(spec)], &[])?;
        return match r {
            Value::Str(s) => Ok(s.s.to_string()),
            other => Err(vm.type_error(format!("__format__ must return a str, not {}", other.type_name()))),
        };
    }
    if spec.is_empty() {
        return ops::str_of(vm, v);
    }
    if let Some(p) = ops::payload_of(v) {
        return format(vm, &p, spec);
    }
    match v {
        Value::Int(i) => numfmt::format_int(&BigInt::from(*i), &spec_of(vm, spec)?).map_err(|m| vm.value_error(m)),
        Value::Bool(b) => numfmt::format_int(&BigInt::from(*b as i64), &spec_of(vm, spec)?).map_err(|m| vm.value_error(m)),
        Value::BigInt(b) => {
            let spec = spec_of(vm, spec)?;
            match spec.ty {
                None | Some('d' | 'n') => crate::interp::num::check_int_to_str(vm, b)?,
                Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%') => {
                    crate::interp::num::big_to_f64(vm, b)?;
                }
                _ => {}
            }
            numfmt::format_int(b, &spec).map_err(|m| vm.value_error(m))
        }
        Value::Float(f) => {
            let spec = spec_of(vm, spec)?;
            if spec.precision.is_some_and(|p| p > i32::MAX as usize) {
                return Err(vm.value_error("precision too big"));
            }
            numfmt::format_float(*f, &spec).map_err(|m| vm.value_error(m))
        }
        Value::Str(s) => numfmt::format_str(s.as_str(), &spec_of(vm, spec)?).map_err(|m| vm.value_error(m)),
        _ => Err(vm.type_error(format!("unsupported format string passed to {}.__format__", v.type_name()))),
    }
}

fn to_bigint_for_percent(vm: &mut Vm, v: &Value, conv: char) -> PyResult<BigInt> {
    match v {
        Value::Int(i) => Ok(BigInt::from(*i)),
        Value::Bool(b) => Ok(BigInt::from(*b as i64)),
        Value::BigInt(b) => Ok((**b).clone()),
        Value::Float(f) if matches!(conv, 'd' | 'i' | 'u') => {
            if f.is_nan() {
                return Err(vm.value_error("cannot convert float NaN to integer"));
            }
            if f.is_infinite() {
                return Err(vm.overflow("cannot convert float infinity to integer"));
            }
            Ok(ops::float_to_big(*f))
        }
        _ => {
            if let Some(f) = attr::user_method(vm, v, "__index__").or_else(|| attr::user_method(vm, v, "__int__")) {
                let r = vm.call(&f, std::slice::from_ref(v), &[])?;
                return to_bigint_for_percent(vm, &r, conv);
            }
            if matches!(conv, 'd' | 'i' | 'u') {
                Err(vm.type_error(format!("%{conv} format: a real number is required, not {}", v.type_name())))
            } else {
                Err(vm.type_error(format!("%{conv} format: an integer is required, not {}", v.type_name())))
            }
        }
    }
}

fn pad(s: String, width: Option<usize>, left: bool) -> String {
    match width {
        Some(w) if s.chars().count() < w => {
            let n = w - s.chars().count();
            if left {
                s + &" ".repeat(n)
            } else {
                " ".repeat(n) + &s
            }
        }
        _ => s,
    }
}

/// `fmt % args`.
pub fn percent_format(vm: &mut Vm, fmt: &str, args: &Value) -> PyResult<String> {
    let (positional, mapping): (Vec<Value>, Option<Value>) = match args {
        Value::Tuple(t) => (t.items.to_vec(), None),
        Value::Dict(_) => (vec![args.clone()], Some(args.clone())),
        Value::Instance(_) if attr::lookup_special(vm, args, "__getitem__").is_some() && !matches!(args, Value::Str(_)) => {
            (vec![args.clone()], Some(args.clone()))
        }
        other => (vec![other.clone()], None),
    };
    let mut next = 0usize;
    let mut used_mapping = false;
    let mut out = String::with_capacity(fmt.len() + 16);
    let chars: Vec<char> = fmt.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c != '%' {
            out.push(c);
            i += 1;
            continue;
        }
        let _start = i;
        i += 1;
        if i >= chars.len() {
            return Err(vm.value_error("incomplete format"));
        }
        let mut key: Option<String> = None;
        if chars[i] == '(' {
            let mut depth = 1;
            let mut j = i + 1;
            while j < chars.len() && depth > 0 {
                if chars[j] == '(' {
                    depth += 1;
                } else if chars[j] == ')' {
                    depth -= 1;
                }
                j += 1;
            }
            if depth > 0 {
                return Err(vm.value_error("incomplete format key"));
            }
            key = Some(chars[i + 1..j - 1].iter().collect());
            i = j;
        }
        let mut flags = String::new();
        while i < chars.len() && "-+ #0".contains(chars[i]) {
            flags.push(chars[i]);
            i += 1;
        }
        let mut take_arg = |vm: &mut Vm| -> PyResult<Value> {
            if let Some(k) = &key {
                let m = mapping.clone().ok_or_else(|| vm.type_error("format requires a mapping"))?;
                used_mapping = true;
                return ops::getitem(vm, &m, &Value::str(k));
            }
            let v = positional.get(next).cloned().ok_or_else(|| vm.type_error("not enough arguments for format string"))?;
            next += 1;
            Ok(v)
        };
        let mut width: Option<usize> = None;
        if i < chars.len() && chars[i] == '*' {
            let w = take_arg(vm)?;
            let w = ops::index_of(vm, &w)?;
            if w < 0 {
                flags.push('-');
            }
            width = Some(w.unsigned_abs() as usize);
            i += 1;
        } else {
            let mut w = String::new();
            while i < chars.len() && chars[i].is_ascii_digit() {
                w.push(chars[i]);
                i += 1;
            }
            if !w.is_empty() {
                match w.parse::<usize>() {
                    Ok(n) if n <= isize::MAX as usize => width = Some(n),
                    _ => return Err(vm.value_error("width too big")),
                }
            }
        }
        let mut prec: Option<usize> = None;
        if i < chars.len() && chars[i] == '.' {
            i += 1;
            if i < chars.len() && chars[i] == '*' {
                let p = take_arg(vm)?;
                prec = Some(ops::c_int_of(vm, &p)?.max(0) as usize);
                i += 1;
            } else {
                let mut p = String::new();
                while i < chars.len() && chars[i].is_ascii_digit() {
                    p.push(chars[i]);
                    i += 1;
                }
                match p.parse::<usize>() {
                    Ok(n) if n <= i32::MAX as usize => prec = Some(n),
                    Ok(_) | Err(_) if !p.is_empty() => return Err(vm.value_error("precision too big")),
                    _ => prec = Some(0),
                }
            }
        }
        while i < chars.len() && "hlL".contains(chars[i]) {
            i += 1;
        }
        if i >= chars.len() {
            return Err(vm.value_error("incomplete format"));
        }
        let conv = chars[i];
        i += 1;
        let left = flags.contains('-');
        match conv {
            '%' => out.push('%'),
            's' | 'r' | 'a' => {
                let v = take_arg(vm)?;
                let mut s = match conv {
                    's' => ops::str_of(vm, &v)?,
                    'r' => ops::repr(vm, &v)?,
                    _ => crate::interp::repr::ascii(&ops::repr(vm, &v)?),
                };
                if let Some(p) = prec {
                    s = s.chars().take(p).collect();
                }
                check_width(vm, width)?;
                out.push_str(&pad(s, width, left));
            }
            'd' | 'i' | 'u' | 'x' | 'X' | 'o' => {
                let v = take_arg(vm)?;
                let b = to_bigint_for_percent(vm, &v, conv)?;
                if matches!(conv, 'd' | 'i' | 'u') {
                    crate::interp::num::check_int_to_str(vm, &b)?;
                }
                check_width(vm, width)?;
                out.push_str(&numfmt::percent_format_int(&b, conv, &flags, width, prec));
            }
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                let v = take_arg(vm)?;
                let f = match &v {
                    Value::Float(f) => *f,
                    Value::Int(i) => *i as f64,
                    Value::Bool(b) => *b as i64 as f64,
                    Value::BigInt(b) => crate::interp::num::big_to_f64(vm, b)?,
                    other => return Err(vm.type_error(format!("must be real number, not {}", other.type_name()))),
                };
                check_width(vm, width)?;
                out.push_str(&numfmt::percent_format_float(f, conv, &flags, width, prec));
            }
            'c' => {
                let v = take_arg(vm)?;
                let s = match &v {
                    Value::Str(s) if s.chars == 1 => s.s.to_string(),
                    Value::Int(i) => match u32::try_from(*i).ok().and_then(char::from_u32) {
                        Some(c) => c.to_string(),
                        _ => return Err(vm.overflow("%c arg not in range(0x110000)")),
                    },
                    Value::BigInt(_) => return Err(vm.overflow("%c arg not in range(0x110000)")),
                    _ => return Err(vm.type_error("%c requires int or char")),
                };
                check_width(vm, width)?;
                out.push_str(&pad(s, width, left));
            }
            other => {
                let idx = chars[..i - 1].len();
                return Err(vm.value_error(format!("unsupported format character '{other}' (0x{:x}) at index {idx}", other as u32)));
            }
        }
    }
    if next < positional.len() && !used_mapping && mapping.is_none() {
        return Err(vm.type_error("not all arguments converted during string formatting"));
    }
    Ok(out)
}

/// `fmt.format(*args, **kwargs)`.
pub fn str_format(vm: &mut Vm, fmt: &str, args: &[Value], kwargs: &[(Rc<PyStr>, Value)]) -> PyResult<String> {
    let mut out = String::with_capacity(fmt.len() + 16);
    let mut auto = 0usize;
    let mut manual = false;
    let mut automatic = false;
    let chars: Vec<char> = fmt.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '}' {
            if i + 1 < chars.len() && chars[i + 1] == '}' {
                out.push('}');
                i += 2;
                continue;
            }
            return Err(vm.value_error("Single '}' encountered in format string"));
        }
        if c != '{' {
            out.push(c);
            i += 1;
            continue;
        }
        if i + 1 < chars.len() && chars[i + 1] == '{' {
            out.push('{');
            i += 2;
            continue;
        }
        // Find the matching close brace (specs may nest one level).
        let mut depth = 1;
        let mut j = i + 1;
        while j < chars.len() && depth > 0 {
            if chars[j] == '{' {
                depth += 1;
            } else if chars[j] == '}' {
                depth -= 1;
            }
            j += 1;
        }
        if depth > 0 {
            if i + 1 == chars.len() {
                return Err(vm.value_error("Single '{' encountered in format string"));
            }
            return Err(vm.value_error("expected '}' before end of string"));
        }
        let field: String = chars[i + 1..j - 1].iter().collect();
        i = j;
        // Split field into name, conversion and spec.
        let (name_part, rest) = match field.find([':', '!']) {
            Some(p) => (&field[..p], &field[p..]),
            None => (&field[..], ""),
        };
        let (conv, spec) = if let Some(r) = rest.strip_prefix('!') {
            let mut it = r.chars();
            let cv = it.next();
            let after: String = it.collect();
            let spec = match after.strip_prefix(':') {
                Some(s) => s.to_string(),
                None if after.is_empty() => String::new(),
                None => return Err(vm.value_error("expected ':' after conversion specifier")),
            };
            (cv, spec)
        } else if let Some(s) = rest.strip_prefix(':') {
            (None, s.to_string())
        } else {
            (None, String::new())
        };
        // The first component of the name.
        let first_end = name_part.find(['.', '[']).unwrap_or(name_part.len());
        let first = &name_part[..first_end];
        let mut value = if first.is_empty() {
            if manual {
                return Err(vm.value_error("cannot switch from manual field specification to automatic field numbering"));
            }
            automatic = true;
            let v = args.get(auto).cloned().ok_or_else(|| vm.index_error(format!("Replacement index {auto} out of range for positional args tuple")))?;
            auto += 1;
            v
        } else if let Ok(n) = first.parse::<usize>() {
            if automatic {
                return Err(vm.value_error("cannot switch from automatic field numbering to manual field specification"));
            }
            manual = true;
            args.get(n).cloned().ok_or_else(|| vm.index_error(format!("Replacement index {n} out of range for positional args tuple")))?
        } else {
            match kwargs.iter().find(|(k, _)| k.as_str() == first) {
                Some((_, v)) => v.clone(),
                None => return Err(vm.key_error(Value::str(first))),
            }
        };
        // Attribute and index accessors.
        let mut rest = &name_part[first_end..];
        while !rest.is_empty() {
            if let Some(r) = rest.strip_prefix('.') {
                let end = r.find(['.', '[']).unwrap_or(r.len());
                value = attr::get_attr(vm, &value, &intern(&r[..end]))?;
                rest = &r[end..];
            } else if let Some(r) = rest.strip_prefix('[') {
                let end = r.find(']').ok_or_else(|| vm.value_error("Missing ']' in format string"))?;
                let key = &r[..end];
                let k = match key.parse::<i64>() {
                    Ok(n) => Value::Int(n),
                    Err(_) => Value::str(key),
                };
                value = ops::getitem(vm, &value, &k)?;
                rest = &r[end + 1..];
            } else {
                return Err(vm.value_error("Only '.' or '[' may follow ']' in format field specifier"));
            }
        }
        let value = match conv {
            Some('r') => Value::string(ops::repr(vm, &value)?),
            Some('s') => Value::string(ops::str_of(vm, &value)?),
            Some('a') => Value::string(crate::interp::repr::ascii(&ops::repr(vm, &value)?)),
            Some(other) => return Err(vm.value_error(format!("Unknown conversion specifier {other}"))),
            None => value,
        };
        let spec = if spec.contains('{') { str_format_nested(vm, &spec, args, kwargs, &mut auto)? } else { spec };
        out.push_str(&format(vm, &value, &spec)?);
    }
    Ok(out)
}

fn str_format_nested(vm: &mut Vm, spec: &str, args: &[Value], kwargs: &[(Rc<PyStr>, Value)], auto: &mut usize) -> PyResult<String> {
    // Nested fields inside a spec share the automatic numbering.
    let mut out = String::new();
    let chars: Vec<char> = spec.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        if chars[i] == '{' {
            let end = chars[i..].iter().position(|c| *c == '}').map(|p| p + i).unwrap_or(chars.len());
            let name: String = chars[i + 1..end].iter().collect();
            let v = if name.is_empty() {
                let v =
                    args.get(*auto).cloned().ok_or_else(|| vm.index_error(format!("Replacement index {} out of range for positional args tuple", *auto)))?;
                *auto += 1;
                v
            } else if let Ok(n) = name.parse::<usize>() {
                args.get(n).cloned().ok_or_else(|| vm.index_error(format!("Replacement index {n} out of range for positional args tuple")))?
            } else {
                kwargs.iter().find(|(k, _)| k.as_str() == name).map(|(_, v)| v.clone()).ok_or_else(|| vm.key_error(Value::str(&name)))?
            };
            out.push_str(&ops::str_of(vm, &v)?);
            i = end + 1;
        } else {
            out.push(chars[i]);
            i += 1;
        }
    }
    Ok(out)
}
