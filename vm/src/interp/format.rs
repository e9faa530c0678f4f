//! String formatting: `format()`/f-string specs, `%` formatting and
//! `str.format`, on top of the number and string primitives of `numfmt`.

use crate::interp::{attr, ops, Vm};
use crate::objects::numfmt::{self, FormatSpec};
use crate::objects::str::intern;
use crate::objects::{PyResult, PyStr, Value};
use num_bigint::BigInt;
use num_traits::ToPrimitive;
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
        Value::Bool(b) => numfmt::format_int(&BigInt::from(b.get() as i64), &spec_of(vm, spec)?).map_err(|m| vm.value_error(m)),
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
            numfmt::format_float(f.get(), &spec).map_err(|m| vm.value_error(m))
        }
        Value::Str(s) => numfmt::format_str(s.as_str(), &spec_of(vm, spec)?).map_err(|m| vm.value_error(m)),
        _ => Err(vm.type_error(format!("unsupported format string passed to {}.__format__", v.type_name()))),
    }
}

fn to_bigint_for_percent(vm: &mut Vm, v: &Value, conv: char) -> PyResult<BigInt> {
    match v {
        Value::Int(i) => Ok(BigInt::from(*i)),
        Value::Bool(b) => Ok(BigInt::from(b.get() as i64)),
        Value::BigInt(b) => Ok((**b).clone()),
        Value::Float(f) if matches!(conv, 'd' | 'i' | 'u') => {
            if f.get().is_nan() {
                return Err(vm.value_error("cannot convert float NaN to integer"));
            }
            if f.get().is_infinite() {
                return Err(vm.overflow("cannot convert float infinity to integer"));
            }
            Ok(ops::float_to_big(f.get()))
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

/// Where `fmt % args` takes its values from, as CPython's formatter keeps
/// it (`unicode_format_getnextarg`): a tuple gives its items in turn, any
/// other value is one argument, taken once. `%(key)` replaces the source by
/// the one value `mapping[key]`, so in `'%(a)*d'` the width takes `a` and
/// nothing is left for `d`.
struct PercentArgs {
    items: Vec<Value>,
    next: usize,
    /// `args` when it is a mapping (CPython's `PyMapping_Check`: any type
    /// with `__getitem__`, lists and ranges included) but not a tuple or a
    /// str. Only then may a conversion name a key, and unused arguments
    /// are then not an error.
    mapping: Option<Value>,
}

impl PercentArgs {
    fn new(vm: &mut Vm, args: &Value) -> PercentArgs {
        let tuple = match args {
            Value::Tuple(t) => Some(t.items.to_vec()),
            Value::Instance(i) => match i.payload() {
                Some(Value::Tuple(t)) => Some(t.items.to_vec()),
                _ => None,
            },
            _ => None,
        };
        let is_mapping = match args {
            Value::Dict(_) | Value::List(_) | Value::Range(_) => true,
            Value::Instance(_) => attr::lookup_special(vm, args, "__getitem__").is_some(),
            _ => false,
        };
        let mapping = (is_mapping && tuple.is_none()).then(|| args.clone());
        PercentArgs { items: tuple.unwrap_or_else(|| vec![args.clone()]), next: 0, mapping }
    }

    fn next(&mut self, vm: &Vm) -> PyResult<Value> {
        let v = self.items.get(self.next).cloned().ok_or_else(|| vm.type_error("not enough arguments for format string"))?;
        self.next += 1;
        Ok(v)
    }

    /// `%(key)`: the source becomes `mapping[key]`.
    fn select(&mut self, vm: &mut Vm, key: &str) -> PyResult<()> {
        let Some(m) = self.mapping.clone() else {
            return Err(vm.type_error("format requires a mapping"));
        };
        self.items = vec![ops::getitem(vm, &m, &Value::str(key))?];
        self.next = 0;
        Ok(())
    }

    /// A `*` width or precision: an int (not merely an `__index__`
    /// object), as CPython's `PyLong_Check` asks.
    fn next_star(&mut self, vm: &Vm) -> PyResult<BigInt> {
        let v = self.next(vm)?;
        match ops::payload_of(&v).unwrap_or(v) {
            Value::Int(i) => Ok(BigInt::from(i)),
            Value::Bool(b) => Ok(BigInt::from(b.get() as i64)),
            Value::BigInt(b) => Ok((*b).clone()),
            _ => Err(vm.type_error("* wants int")),
        }
    }
}

/// The format string as CPython's formatter walks it: `pos` is the next
/// character and `left` how many remain. Reading past the end leaves `left`
/// negative, which the spec parser turns into "incomplete format" (after
/// any error that a `*` argument raises first, as in CPython).
struct Cursor<'a> {
    chars: &'a [char],
    pos: usize,
    left: isize,
}

impl Cursor<'_> {
    fn advance(&mut self) -> Option<char> {
        self.left -= 1;
        if self.left < 0 {
            return None;
        }
        let c = self.chars[self.pos];
        self.pos += 1;
        Some(c)
    }
}

/// One parsed `%` conversion.
struct PercentSpec {
    flags: String,
    /// Negative means none: CPython's `-1`, and also what is left of a
    /// `*` width of -2**63, whose negation overflows.
    width: i64,
    prec: Option<usize>,
    conv: char,
}

impl PercentSpec {
    fn width(&self) -> Option<usize> {
        usize::try_from(self.width).ok()
    }
}

/// Parses the spec after a `%` (CPython's `unicode_format_arg_parse`):
/// key, flags, width, precision, length modifier and conversion character,
/// taking `*` values and the key's value from `args` as it goes.
fn parse_percent_spec(vm: &mut Vm, cur: &mut Cursor, args: &mut PercentArgs) -> PyResult<PercentSpec> {
    let mut ch = cur.chars.get(cur.pos).copied().unwrap_or('\0');
    if ch == '(' {
        if args.mapping.is_none() {
            return Err(vm.type_error("format requires a mapping"));
        }
        cur.pos += 1;
        cur.left -= 1;
        let start = cur.pos;
        let mut depth = 1;
        while depth > 0 {
            let Some(c) = cur.advance() else { break };
            ch = c;
            match c {
                ')' => depth -= 1,
                '(' => depth += 1,
                _ => {}
            }
        }
        if cur.left < 0 || depth > 0 {
            return Err(vm.value_error("incomplete format key"));
        }
        let key: String = cur.chars[start..cur.pos - 1].iter().collect();
        args.select(vm, &key)?;
    }
    let mut flags = String::new();
    while let Some(c) = cur.advance() {
        ch = c;
        if !"-+ #0".contains(c) {
            break;
        }
        flags.push(c);
    }
    let mut width = -1i64;
    if ch == '*' {
        let w = args.next_star(vm)?;
        width = w.to_i64().ok_or_else(|| vm.overflow("Python int too large to convert to C ssize_t"))?;
        if width < 0 {
            flags.push('-');
            width = width.wrapping_neg();
        }
        if let Some(c) = cur.advance() {
            ch = c;
        }
    } else if let Some(d) = ch.to_digit(10) {
        width = d as i64;
        while let Some(c) = cur.advance() {
            ch = c;
            let Some(d) = c.to_digit(10) else { break };
            width = width.checked_mul(10).and_then(|w| w.checked_add(d as i64)).ok_or_else(|| vm.value_error("width too big"))?;
        }
    }
    let mut prec = None;
    if ch == '.' {
        prec = Some(0);
        if let Some(c) = cur.advance() {
            ch = c;
        }
        if ch == '*' {
            let p = args.next_star(vm)?;
            let p = p.to_i32().ok_or_else(|| vm.overflow("Python int too large to convert to C int"))?;
            prec = Some(p.max(0) as usize);
            if let Some(c) = cur.advance() {
                ch = c;
            }
        } else if let Some(d) = ch.to_digit(10) {
            let mut p = d as i32;
            while let Some(c) = cur.advance() {
                ch = c;
                let Some(d) = c.to_digit(10) else { break };
                p = p.checked_mul(10).and_then(|p| p.checked_add(d as i32)).ok_or_else(|| vm.value_error("precision too big"))?;
            }
            prec = Some(p as usize);
        }
    }
    // One length modifier is skipped ("%ld"); a second is the conversion.
    if cur.left >= 0 && matches!(ch, 'h' | 'l' | 'L') {
        if let Some(c) = cur.advance() {
            ch = c;
        }
    }
    if cur.left < 0 {
        return Err(vm.value_error("incomplete format"));
    }
    Ok(PercentSpec { flags, width, prec, conv: ch })
}

/// Appends `s` to `out`, padded with spaces to `width` characters (on the
/// right when `left`). The room is reserved fallibly first: a width too big
/// for memory is a MemoryError.
fn push_padded(vm: &Vm, out: &mut String, s: &str, width: Option<usize>, left: bool) -> PyResult<()> {
    let n = width.unwrap_or(0).saturating_sub(s.chars().count());
    check_width(vm, Some(n))?;
    out.try_reserve(s.len().saturating_add(n)).map_err(|_| vm.memory_error())?;
    if left {
        out.push_str(s);
    }
    out.extend(std::iter::repeat_n(' ', n));
    if !left {
        out.push_str(s);
    }
    Ok(())
}

/// `fmt % args` (CPython's `PyUnicode_Format`).
pub fn percent_format(vm: &mut Vm, fmt: &str, args: &Value) -> PyResult<String> {
    let mut args = PercentArgs::new(vm, args);
    let mut out = String::with_capacity(fmt.len() + 16);
    let chars: Vec<char> = fmt.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        i += 1;
        if c != '%' {
            out.push(c);
            continue;
        }
        if chars.get(i) == Some(&'%') {
            out.push('%');
            i += 1;
            continue;
        }
        let mut cur = Cursor { chars: &chars, pos: i, left: (chars.len() - i) as isize };
        let spec = parse_percent_spec(vm, &mut cur, &mut args)?;
        i = cur.pos;
        // Every conversion takes its value first, even one that turns out
        // to be unsupported.
        let v = args.next(vm)?;
        push_conversion(vm, &mut out, &spec, &v, i - 1)?;
    }
    if args.next < args.items.len() && args.mapping.is_none() {
        return Err(vm.type_error("not all arguments converted during string formatting"));
    }
    Ok(out)
}

/// Formats `v` by one parsed conversion onto `out` (CPython's
/// `unicode_format_arg_format` and `_output`); `at` is the conversion
/// character's index, for the error message.
fn push_conversion(vm: &mut Vm, out: &mut String, spec: &PercentSpec, v: &Value, at: usize) -> PyResult<()> {
    let (conv, width, prec) = (spec.conv, spec.width(), spec.prec);
    let left = spec.flags.contains('-');
    match conv {
        's' | 'r' | 'a' => {
            let mut s = match conv {
                's' => ops::str_of(vm, v)?,
                'r' => ops::repr(vm, v)?,
                _ => crate::interp::repr::ascii(&ops::repr(vm, v)?),
            };
            if let Some(p) = prec {
                if let Some((cut, _)) = s.char_indices().nth(p) {
                    s.truncate(cut);
                }
            }
            push_padded(vm, out, &s, width, left)
        }
        'd' | 'i' | 'u' | 'x' | 'X' | 'o' => {
            let b = to_bigint_for_percent(vm, v, conv)?;
            if prec.is_some_and(|p| p > i32::MAX as usize - 3) {
                return Err(vm.overflow("precision too large"));
            }
            if matches!(conv, 'd' | 'i' | 'u') {
                crate::interp::num::check_int_to_str(vm, &b)?;
            }
            check_width(vm, width)?;
            check_width(vm, prec)?;
            out.push_str(&numfmt::percent_format_int(&b, conv, &spec.flags, width, prec));
            Ok(())
        }
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
            let f = match v {
                Value::Float(f) => f.get(),
                Value::Int(i) => *i as f64,
                Value::Bool(b) => b.get() as i64 as f64,
                Value::BigInt(b) => crate::interp::num::big_to_f64(vm, b)?,
                other => return Err(vm.type_error(format!("must be real number, not {}", other.type_name()))),
            };
            check_width(vm, width)?;
            check_width(vm, prec)?;
            out.push_str(&numfmt::percent_format_float(f, conv, &spec.flags, width, prec));
            Ok(())
        }
        'c' => {
            let c = percent_char(vm, v)?;
            push_padded(vm, out, c.encode_utf8(&mut [0; 4]), width, left)
        }
        other => {
            let shown = if (' '..='~').contains(&other) { other } else { '?' };
            Err(vm.value_error(format!("unsupported format character '{shown}' (0x{:x}) at index {at}", other as u32)))
        }
    }
}

/// The character of `%c`: a one-character str, or an int (or `__index__`
/// object) that is a code point. Any failure to get an int is CPython's
/// one TypeError.
fn percent_char(vm: &mut Vm, v: &Value) -> PyResult<char> {
    let v = ops::payload_of(v).unwrap_or_else(|| v.clone());
    if let Value::Str(s) = &v {
        return match s.as_str().chars().next() {
            Some(c) if s.chars == 1 => Ok(c),
            _ => Err(vm.type_error("%c requires int or char")),
        };
    }
    let i = ops::index_value(vm, &v).map_err(|_| vm.type_error("%c requires int or char"))?;
    match i {
        Value::Int(n) => u32::try_from(n).ok().and_then(char::from_u32).ok_or_else(|| vm.overflow("%c arg not in range(0x110000)")),
        _ => Err(vm.overflow("%c arg not in range(0x110000)")),
    }
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
