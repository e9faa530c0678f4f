//! Methods of the built-in container and number types. Each takes `self`
//! as its first argument, like CPython's method descriptors.

use super::{arg, kwarg, marity_error, mfixed, moptional, optional, unpack};
use crate::interp::{ops, Vm};
use crate::objects::B64;
use crate::objects::{KwArgs, PyDict, PyResult, PySet, PyStr, Value, ViewKind};
use std::rc::Rc;

type M = fn(&mut Vm, &[Value], &KwArgs) -> PyResult<Value>;

fn self_str(vm: &Vm, args: &[Value], name: &str) -> PyResult<Rc<PyStr>> {
    match args.first() {
        Some(Value::Str(s)) => Ok(s.clone()),
        Some(other) => Err(vm.type_error(format!("descriptor '{name}' for 'str' objects doesn't apply to a '{}' object", other.type_name()))),
        None => Err(vm.type_error(format!("unbound method str.{name}() needs an argument"))),
    }
}

/// `self_str` for a method that takes no arguments after self.
fn self_str_only(vm: &Vm, a: &[Value], name: &str) -> PyResult<Rc<PyStr>> {
    let s = self_str(vm, a, name)?;
    no_args(vm, "str", name, a)?;
    Ok(s)
}

/// CPython's check for a method that takes no arguments after self
/// (METH_NOARGS), which names the method with its type.
fn no_args(vm: &Vm, owner: &str, name: &str, a: &[Value]) -> PyResult<()> {
    match a.len() {
        0 | 1 => Ok(()),
        n => Err(vm.type_error(format!("{owner}.{name}() takes no arguments ({} given)", n - 1))),
    }
}

fn str_arg(vm: &Vm, v: &Value, what: &str) -> PyResult<Rc<PyStr>> {
    match v {
        Value::Str(s) => Ok(s.clone()),
        other => Err(vm.type_error(format!("{what} must be str, not {}", other.type_name()))),
    }
}

fn opt_str_arg(vm: &Vm, args: &[Value], i: usize, what: &str) -> PyResult<Option<Rc<PyStr>>> {
    match args.get(i) {
        None | Some(Value::None) => Ok(None),
        Some(v) => str_arg(vm, v, what).map(Some),
    }
}

/// Optional start/end arguments as char indices clamped like slices.
fn span(vm: &mut Vm, s: &PyStr, args: &[Value], at: usize) -> PyResult<(usize, usize)> {
    // CPython's ADJUST_INDICES: a start past the end stays past it (so
    // `'ab'.find('', 5)` is -1, not 2); only the end is cut to the length.
    let n = s.chars as i64;
    let fix = |v: i64| -> usize {
        let v = if v < 0 { v.saturating_add(n).max(0) } else { v.min(n) };
        v as usize
    };
    let start = match args.get(at) {
        None | Some(Value::None) => 0,
        Some(v) => match ops::index_clamped(vm, v)? {
            v if v > n => v as usize,
            v => fix(v),
        },
    };
    let end = match args.get(at + 1) {
        None | Some(Value::None) => n as usize,
        Some(v) => fix(ops::index_clamped(vm, v)?),
    };
    Ok((start, end))
}

fn char_index_of_byte(s: &str, b: usize) -> usize {
    if s.is_ascii() {
        b
    } else {
        s[..b].chars().count()
    }
}

pub const STR_METHODS: &[(&str, M)] = &[
    ("join", str_join),
    ("split", str_split),
    ("rsplit", str_rsplit),
    ("splitlines", str_splitlines),
    ("strip", str_strip),
    ("lstrip", str_lstrip),
    ("rstrip", str_rstrip),
    ("startswith", str_startswith),
    ("endswith", str_endswith),
    ("replace", str_replace),
    ("find", str_find),
    ("rfind", str_rfind),
    ("index", str_index),
    ("rindex", str_rindex),
    ("count", str_count),
    ("upper", str_upper),
    ("lower", str_lower),
    ("title", str_title),
    ("capitalize", str_capitalize),
    ("swapcase", str_swapcase),
    ("casefold", str_casefold),
    ("format", str_format),
    ("ljust", str_ljust),
    ("rjust", str_rjust),
    ("center", str_center),
    ("zfill", str_zfill),
    ("isdigit", str_isdigit),
    ("isdecimal", str_isdecimal),
    ("isnumeric", str_isnumeric),
    ("isalpha", str_isalpha),
    ("isalnum", str_isalnum),
    ("isspace", str_isspace),
    ("isupper", str_isupper),
    ("islower", str_islower),
    ("isidentifier", str_isidentifier),
    ("partition", str_partition),
    ("rpartition", str_rpartition),
    ("expandtabs", str_expandtabs),
    ("removeprefix", str_removeprefix),
    ("removesuffix", str_removesuffix),
    ("__len__", str_len),
    ("__contains__", str_contains),
    ("__getitem__", str_getitem),
    ("__add__", str_add),
    ("__mul__", str_mul),
    ("__eq__", generic_eq),
    ("__hash__", generic_hash),
    ("__str__", generic_str),
    ("__repr__", generic_repr),
];

fn str_len(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let s = self_str(vm, a, "__len__")?;
    Ok(Value::Int(s.chars as i64))
}
fn str_contains(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let [s, x] = mfixed(vm, "__contains__", a)?;
    Ok(Value::bool(ops::contains(vm, s, x)?))
}
fn str_getitem(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let [s, i] = mfixed(vm, "__getitem__", a)?;
    ops::getitem(vm, s, i)
}
fn str_add(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let [s, other] = mfixed(vm, "__add__", a)?;
    if !matches!(other, Value::Str(_)) {
        return Ok(Value::NotImplemented);
    }
    ops::binary_op(vm, crate::bytecode::BinOpKind::Add, s, other)
}
fn str_mul(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let [s, n] = mfixed(vm, "__mul__", a)?;
    ops::binary_op(vm, crate::bytecode::BinOpKind::Mul, s, n)
}
pub fn generic_eq(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let [x, y] = mfixed(vm, "__eq__", a)?;
    if vm.type_of(x).kind != vm.type_of(y).kind
        && !matches!(
            (x, y),
            (Value::Int(_) | Value::Float(_) | Value::Bool(_) | Value::BigInt(_), Value::Int(_) | Value::Float(_) | Value::Bool(_) | Value::BigInt(_))
        )
    {
        return Ok(Value::NotImplemented);
    }
    Ok(Value::bool(ops::eq(vm, x, y)?))
}
pub fn generic_hash(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let v = arg(vm, a, 0)?;
    Ok(Value::Int(ops::hash(vm, &v)?))
}
pub fn generic_str(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let v = arg(vm, a, 0)?;
    Ok(Value::string(ops::str_of(vm, &v)?))
}
pub fn generic_repr(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let v = arg(vm, a, 0)?;
    Ok(Value::string(ops::repr(vm, &v)?))
}

fn str_join(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let s = self_str(vm, a, "join")?;
    let [_, iterable] = mfixed(vm, "str.join", a)?;
    let items = ops::iterate(vm, iterable)?;
    // The size first, so that a result too big for memory is a MemoryError.
    let mut size = s.s.len().saturating_mul(items.len().saturating_sub(1));
    for (i, x) in items.iter().enumerate() {
        match x {
            Value::Str(p) => size = size.saturating_add(p.s.len()),
            other => return Err(vm.type_error(format!("sequence item {i}: expected str instance, {} found", other.type_name()))),
        }
    }
    let mut out = ops::try_string(vm, size)?;
    for (i, x) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(&s.s);
        }
        if let Value::Str(p) = x {
            out.push_str(&p.s);
        }
    }
    Ok(Value::string(out))
}

fn split_args(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<(Option<Rc<PyStr>>, i64)> {
    let sep_v = a.get(1).cloned().or_else(|| kwarg(k, "sep").cloned()).unwrap_or(Value::None);
    let sep = match &sep_v {
        Value::None => None,
        v => Some(str_arg(vm, v, "must be str or None").map_err(|_| vm.type_error(format!("must be str or None, not {}", v.type_name())))?),
    };
    if let Some(s) = &sep {
        if s.s.is_empty() {
            return Err(vm.value_error("empty separator"));
        }
    }
    let max = match a.get(2).or_else(|| kwarg(k, "maxsplit")) {
        Some(v) => ops::index_of(vm, v)?,
        None => -1,
    };
    Ok((sep, max))
}

fn str_split(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    let s = self_str(vm, a, "split")?;
    let (sep, max) = split_args(vm, a, k)?;
    let mut out: Vec<Value> = Vec::new();
    match sep {
        Some(sep) => {
            if max < 0 {
                out.extend(s.s.split(&*sep.s).map(Value::str));
            } else {
                out.extend(s.s.splitn(max as usize + 1, &*sep.s).map(Value::str));
            }
        }
        None => {
            let mut rest = s.s.trim_start();
            let mut n = 0;
            while !rest.is_empty() {
                if max >= 0 && n >= max {
                    out.push(Value::str(rest));
                    break;
                }
                let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
                out.push(Value::str(&rest[..end]));
                rest = rest[end..].trim_start();
                n += 1;
            }
        }
    }
    Ok(Value::list(out))
}

fn str_rsplit(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    let s = self_str(vm, a, "rsplit")?;
    let (sep, max) = split_args(vm, a, k)?;
    let mut out: Vec<Value> = Vec::new();
    match sep {
        Some(sep) => {
            if max < 0 {
                out.extend(s.s.split(&*sep.s).map(Value::str));
            } else {
                out.extend(s.s.rsplitn(max as usize + 1, &*sep.s).map(Value::str));
                out.reverse();
            }
        }
        None => {
            let mut rest = s.s.trim_end();
            let mut n = 0;
            while !rest.is_empty() {
                if max >= 0 && n >= max {
                    out.push(Value::str(rest));
                    break;
                }
                let start = rest.rfind(char::is_whitespace).map(|p| p + rest[p..].chars().next().map(|c| c.len_utf8()).unwrap_or(1)).unwrap_or(0);
                out.push(Value::str(&rest[start..]));
                rest = rest[..start].trim_end();
                n += 1;
            }
            out.reverse();
        }
    }
    Ok(Value::list(out))
}

fn str_splitlines(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    let s = self_str(vm, a, "splitlines")?;
    if a.len() > 2 {
        return Err(vm.type_error(format!("splitlines() takes at most 1 argument ({} given)", a.len() - 1)));
    }
    if let Some((name, _)) = k.iter().find(|(n, _)| n.as_str() != "keepends") {
        return Err(vm.type_error(format!("'{}' is an invalid keyword argument for splitlines()", name.as_str())));
    }
    if a.len() > 1 && !k.is_empty() {
        return Err(vm.type_error("argument for splitlines() given by name ('keepends') and position (1)"));
    }
    // `keepends` is a C int (argument clinic's `bool(accept={int})`):
    // an int or an object with `__index__`, nothing else.
    let keep = match a.get(1).or_else(|| kwarg(k, "keepends")) {
        Some(v) => ops::c_int_of(vm, v)? != 0,
        None => false,
    };
    // CPython's line boundaries: \n, \r, \r\n, \v, \f, \x1c-\x1e, \x85,
    // U+2028 and U+2029.
    let is_break = |c: char| matches!(c, '\n' | '\r' | '\x0b' | '\x0c' | '\x1c' | '\x1d' | '\x1e' | '\u{85}' | '\u{2028}' | '\u{2029}');
    let mut out = Vec::new();
    let mut start = 0;
    let mut it = s.s.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if is_break(c) {
            let mut end = i + c.len_utf8();
            if c == '\r' && it.peek().is_some_and(|&(_, n)| n == '\n') {
                it.next();
                end += 1;
            }
            out.push(Value::str(&s.s[start..if keep { end } else { i }]));
            start = end;
        }
    }
    if start < s.s.len() {
        out.push(Value::str(&s.s[start..]));
    }
    Ok(Value::list(out))
}

fn strip_impl(vm: &mut Vm, a: &[Value], name: &str, left: bool, right: bool) -> PyResult<Value> {
    let s = self_str(vm, a, name)?;
    let chars = opt_str_arg(vm, a, 1, "strip arg")?;
    let r: &str = match &chars {
        None => match (left, right) {
            (true, true) => s.s.trim(),
            (true, false) => s.s.trim_start(),
            _ => s.s.trim_end(),
        },
        Some(cs) => {
            // (A search of the argument itself: collecting its characters
            // first cost every call an allocation.)
            let f = |c: char| cs.s.contains(c);
            match (left, right) {
                (true, true) => s.s.trim_matches(f),
                (true, false) => s.s.trim_start_matches(f),
                _ => s.s.trim_end_matches(f),
            }
        }
    };
    if r.len() == s.s.len() {
        return Ok(Value::Str(s.clone()));
    }
    Ok(Value::str(r))
}
fn str_strip(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    strip_impl(vm, a, "strip", true, true)
}
fn str_lstrip(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    strip_impl(vm, a, "lstrip", true, false)
}
fn str_rstrip(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    strip_impl(vm, a, "rstrip", false, true)
}

fn affix(vm: &mut Vm, a: &[Value], name: &str, start: bool) -> PyResult<Value> {
    let s = self_str(vm, a, name)?;
    let ([_, affix], _) = moptional::<2, 2>(vm, name, a)?;
    let (x, y) = span(vm, &s, a, 2)?;
    let sub = s.substr(x, y.max(x));
    let test = |p: &str| {
        if start {
            sub.starts_with(p)
        } else {
            sub.ends_with(p)
        }
    };
    if x > s.chars {
        return Ok(Value::Bool(B64::FALSE));
    }
    match affix {
        Value::Str(p) => Ok(Value::bool(test(&p.s))),
        Value::Tuple(t) => {
            for p in t.items.iter() {
                match p {
                    Value::Str(p) => {
                        if test(&p.s) {
                            return Ok(Value::Bool(B64::TRUE));
                        }
                    }
                    other => return Err(vm.type_error(format!("tuple for {name} must only contain str, not {}", other.type_name()))),
                }
            }
            Ok(Value::Bool(B64::FALSE))
        }
        other => Err(vm.type_error(format!("{name} first arg must be str or a tuple of str, not {}", other.type_name()))),
    }
}
fn str_startswith(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    affix(vm, a, "startswith", true)
}
fn str_endswith(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    affix(vm, a, "endswith", false)
}

fn str_replace(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let s = self_str(vm, a, "replace")?;
    let ([_, old, new], [count]) = moptional::<3, 1>(vm, "replace", a)?;
    let old = str_arg(vm, old, "replace() argument 1")?;
    let new = str_arg(vm, new, "replace() argument 2")?;
    let count = match count {
        Some(v) => ops::index_of(vm, v)?,
        None => -1,
    };
    // The result's size first, so that one too big is a MemoryError.
    if new.s.len() > old.s.len() {
        let limit = if count < 0 { usize::MAX } else { count as usize };
        let hits = if old.s.is_empty() { s.chars.saturating_add(1) } else { s.s.matches(&*old.s).take(limit).count() }.min(limit);
        let size = hits.saturating_mul(new.s.len() - old.s.len()).saturating_add(s.s.len());
        ops::check_alloc(vm, size)?;
    }
    if count < 0 {
        if old.s.is_empty() {
            let mut out = String::new();
            out.push_str(&new.s);
            for c in s.s.chars() {
                out.push(c);
                out.push_str(&new.s);
            }
            return Ok(Value::string(out));
        }
        return Ok(Value::string(s.s.replace(&*old.s, &new.s)));
    }
    if old.s.is_empty() {
        let mut out = String::new();
        let mut n = 0;
        for c in s.s.chars() {
            if n < count {
                out.push_str(&new.s);
                n += 1;
            }
            out.push(c);
        }
        if n < count {
            out.push_str(&new.s);
        }
        return Ok(Value::string(out));
    }
    Ok(Value::string(s.s.replacen(&*old.s, &new.s, count as usize)))
}

fn find_impl(vm: &mut Vm, a: &[Value], name: &str, rev: bool) -> PyResult<Option<usize>> {
    let s = self_str(vm, a, name)?;
    let ([_, sub], _) = moptional::<2, 2>(vm, name, a)?;
    let sub = str_arg(vm, sub, "must be str").map_err(|_| vm.type_error(format!("must be str, not {}", sub.type_name())))?;
    let (x, y) = span(vm, &s, a, 2)?;
    if x > y || x > s.chars {
        return Ok(if sub.s.is_empty() && x <= s.chars && x <= y { Some(x) } else { None });
    }
    let hay = s.substr(x, y);
    let r = if rev { hay.rfind(&*sub.s) } else { hay.find(&*sub.s) };
    Ok(r.map(|b| x + char_index_of_byte(hay, b)))
}
fn str_find(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(Value::Int(find_impl(vm, a, "find", false)?.map(|i| i as i64).unwrap_or(-1)))
}
fn str_rfind(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(Value::Int(find_impl(vm, a, "rfind", true)?.map(|i| i as i64).unwrap_or(-1)))
}
fn str_index(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    match find_impl(vm, a, "index", false)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(vm.value_error("substring not found")),
    }
}
fn str_rindex(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    match find_impl(vm, a, "rindex", true)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(vm.value_error("substring not found")),
    }
}
fn str_count(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let s = self_str(vm, a, "count")?;
    let ([_, sub], _) = moptional::<2, 2>(vm, "count", a)?;
    let sub = str_arg(vm, sub, "must be str")?;
    let (x, y) = span(vm, &s, a, 2)?;
    if x > y {
        return Ok(Value::Int(0));
    }
    let hay = s.substr(x, y);
    if sub.s.is_empty() {
        return Ok(Value::Int(hay.chars().count() as i64 + 1));
    }
    Ok(Value::Int(hay.matches(&*sub.s).count() as i64))
}
fn str_upper(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let s = self_str_only(vm, a, "upper")?;
    if let Some(r) = s.map_ascii_short(u8::to_ascii_uppercase) {
        return Ok(Value::Str(Rc::new(r)));
    }
    Ok(Value::string(s.s.to_uppercase()))
}
fn str_lower(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let s = self_str_only(vm, a, "lower")?;
    if let Some(r) = s.map_ascii_short(u8::to_ascii_lowercase) {
        return Ok(Value::Str(Rc::new(r)));
    }
    Ok(Value::string(s.s.to_lowercase()))
}
fn str_casefold(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let s = self_str_only(vm, a, "casefold")?;
    Ok(Value::string(s.s.to_lowercase()))
}
fn str_swapcase(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let s = self_str_only(vm, a, "swapcase")?;
    Ok(Value::string(s.s.chars().flat_map(|c| if c.is_uppercase() { c.to_lowercase().collect::<Vec<_>>() } else { c.to_uppercase().collect() }).collect()))
}
fn str_title(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let s = self_str_only(vm, a, "title")?;
    let mut out = String::new();
    let mut prev_cased = false;
    for c in s.s.chars() {
        if prev_cased {
            out.extend(c.to_lowercase());
        } else {
            out.extend(c.to_uppercase());
        }
        prev_cased = c.is_alphabetic();
    }
    Ok(Value::string(out))
}
fn str_capitalize(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let s = self_str_only(vm, a, "capitalize")?;
    let mut cs = s.s.chars();
    let mut out = String::new();
    if let Some(c) = cs.next() {
        out.extend(c.to_uppercase());
    }
    for c in cs {
        out.extend(c.to_lowercase());
    }
    Ok(Value::string(out))
}
fn str_format(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    let s = self_str(vm, a, "format")?;
    Ok(Value::string(crate::interp::format::str_format(vm, s.as_str(), a.get(1..).unwrap_or(&[]), k)?))
}

fn justify(vm: &mut Vm, a: &[Value], name: &str, how: char) -> PyResult<Value> {
    let s = self_str(vm, a, name)?;
    let ([_, width], [fill]) = moptional::<2, 1>(vm, name, a)?;
    let w = ops::index_of(vm, width)?;
    let fill = match fill {
        Some(Value::Str(f)) if f.chars == 1 => f.s.chars().next().unwrap_or(' '),
        Some(_) => return Err(vm.type_error("The fill character must be exactly one character long")),
        None => ' ',
    };
    let n = s.chars as i64;
    if w <= n {
        return Ok(Value::Str(s.clone()));
    }
    let total = (w - n) as usize;
    let size = fill.len_utf8().checked_mul(total).and_then(|p| p.checked_add(s.s.len())).ok_or_else(|| vm.memory_error())?;
    let (l, r) = match how {
        'l' => (0, total),
        'r' => (total, 0),
        _ => {
            // CPython's centering puts the extra space on the right unless the width is odd.
            let left = total / 2 + (total & w as usize & 1);
            (left, total - left)
        }
    };
    let mut out = ops::try_string(vm, size)?;
    out.extend(std::iter::repeat_n(fill, l));
    out.push_str(&s.s);
    out.extend(std::iter::repeat_n(fill, r));
    Ok(Value::string(out))
}
fn str_ljust(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    justify(vm, a, "ljust", 'l')
}
fn str_rjust(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    justify(vm, a, "rjust", 'r')
}
fn str_center(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    justify(vm, a, "center", 'c')
}
fn str_zfill(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let s = self_str(vm, a, "zfill")?;
    let [_, width] = mfixed(vm, "str.zfill", a)?;
    let w = ops::index_of(vm, width)?;
    let n = s.chars as i64;
    if w <= n {
        return Ok(Value::Str(s.clone()));
    }
    let pad = ops::fill_str(vm, '0', (w - n) as usize)?;
    let (sign, rest) = if s.s.starts_with(['+', '-']) { (&s.s[..1], &s.s[1..]) } else { ("", &s.s[..]) };
    Ok(Value::string(format!("{sign}{pad}{rest}")))
}
fn pred(vm: &mut Vm, a: &[Value], name: &str, f: fn(char) -> bool) -> PyResult<Value> {
    let s = self_str_only(vm, a, name)?;
    Ok(Value::bool(!s.s.is_empty() && s.s.chars().all(f)))
}
fn str_isdigit(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    pred(vm, a, "isdigit", |c| c.is_ascii_digit() || (!c.is_ascii() && c.is_numeric()))
}
fn str_isnumeric(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    pred(vm, a, "isnumeric", |c| c.is_ascii_digit() || (!c.is_ascii() && c.is_numeric()))
}
fn str_isdecimal(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    pred(vm, a, "isdecimal", |c| c.is_ascii_digit() || crate::objects::numfmt::unicode_decimal(c).is_some())
}
fn str_isalpha(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    pred(vm, a, "isalpha", char::is_alphabetic)
}
fn str_isalnum(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    pred(vm, a, "isalnum", char::is_alphanumeric)
}
fn str_isspace(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    pred(vm, a, "isspace", crate::objects::numfmt::py_isspace)
}
fn str_isupper(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let s = self_str_only(vm, a, "isupper")?;
    Ok(Value::bool(s.s.chars().any(|c| c.is_uppercase()) && !s.s.chars().any(|c| c.is_lowercase())))
}
fn str_islower(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let s = self_str_only(vm, a, "islower")?;
    Ok(Value::bool(s.s.chars().any(|c| c.is_lowercase()) && !s.s.chars().any(|c| c.is_uppercase())))
}
fn str_isidentifier(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let s = self_str_only(vm, a, "isidentifier")?;
    let mut cs = s.s.chars();
    let ok = match cs.next() {
        Some(c) if c == '_' || c.is_alphabetic() => cs.all(|c| c == '_' || c.is_alphanumeric()),
        _ => false,
    };
    Ok(Value::bool(ok))
}
fn partition_impl(vm: &mut Vm, a: &[Value], name: &str, rev: bool) -> PyResult<Value> {
    let s = self_str(vm, a, name)?;
    let [_, sep] = mfixed(vm, if rev { "str.rpartition" } else { "str.partition" }, a)?;
    let sep = str_arg(vm, sep, "must be str")?;
    if sep.s.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let pos = if rev { s.s.rfind(&*sep.s) } else { s.s.find(&*sep.s) };
    Ok(match pos {
        Some(p) => Value::tuple(vec![Value::str(&s.s[..p]), Value::Str(sep.clone()), Value::str(&s.s[p + sep.s.len()..])]),
        None => {
            if rev {
                Value::tuple(vec![Value::str(""), Value::str(""), Value::Str(s.clone())])
            } else {
                Value::tuple(vec![Value::Str(s.clone()), Value::str(""), Value::str("")])
            }
        }
    })
}
fn str_partition(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    partition_impl(vm, a, "partition", false)
}
fn str_rpartition(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    partition_impl(vm, a, "rpartition", true)
}
fn str_expandtabs(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let s = self_str(vm, a, "expandtabs")?;
    if a.len() > 2 {
        return Err(vm.type_error(format!("expandtabs() takes at most 1 argument ({} given)", a.len() - 1)));
    }
    let ts = match a.get(1) {
        Some(v) => ops::c_int_of(vm, v)? as i64,
        None => 8,
    };
    // The size first, so that a result too big for memory is a MemoryError.
    let mut size = 0usize;
    let mut col = 0i64;
    for c in s.s.chars() {
        match c {
            '\t' if ts > 0 => {
                let n = ts - col % ts;
                size = size.saturating_add(n as usize);
                col += n;
            }
            '\t' => {}
            '\n' | '\r' => {
                size += 1;
                col = 0;
            }
            _ => {
                size = size.saturating_add(c.len_utf8());
                col += 1;
            }
        }
    }
    let mut out = ops::try_string(vm, size)?;
    let mut col = 0i64;
    for c in s.s.chars() {
        match c {
            '\t' => {
                if ts > 0 {
                    let n = ts - col % ts;
                    out.extend(std::iter::repeat_n(' ', n as usize));
                    col += n;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(Value::string(out))
}
fn str_removeprefix(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let s = self_str(vm, a, "removeprefix")?;
    let [_, prefix] = mfixed(vm, "str.removeprefix", a)?;
    let p = str_arg(vm, prefix, "removeprefix() argument")?;
    Ok(Value::str(s.s.strip_prefix(&*p.s).unwrap_or(&s.s)))
}
fn str_removesuffix(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let s = self_str(vm, a, "removesuffix")?;
    let [_, suffix] = mfixed(vm, "str.removesuffix", a)?;
    let p = str_arg(vm, suffix, "removesuffix() argument")?;
    Ok(Value::str(s.s.strip_suffix(&*p.s).unwrap_or(&s.s)))
}

// ----- list -----

/// A built-in type's method called on something else (`list.append(42, 1)`),
/// or with nothing at all, in CPython's words.
#[cold]
fn descriptor_error(vm: &Vm, owner: &str, name: &str, a: &[Value]) -> crate::objects::PyErr {
    match a.first() {
        None => vm.type_error(format!("unbound method {owner}.{name}() needs an argument")),
        Some(v) => vm.type_error(format!("descriptor '{name}' for '{owner}' objects doesn't apply to a '{}' object", v.type_name())),
    }
}

fn self_list(vm: &Vm, a: &[Value], name: &str) -> PyResult<Rc<crate::objects::PyList>> {
    match a.first() {
        Some(Value::List(l)) => Ok(l.clone()),
        _ => Err(descriptor_error(vm, "list", name, a)),
    }
}

pub const LIST_METHODS: &[(&str, M)] = &[
    ("append", list_append),
    ("extend", list_extend),
    ("pop", list_pop),
    ("insert", list_insert),
    ("remove", list_remove),
    ("index", list_index),
    ("count", list_count),
    ("reverse", list_reverse),
    ("sort", list_sort),
    ("copy", list_copy),
    ("clear", list_clear),
    ("__len__", seq_len),
    ("__getitem__", seq_getitem),
    ("__setitem__", seq_setitem),
    ("__delitem__", seq_delitem),
    ("__contains__", seq_contains),
    ("__iter__", seq_iter),
    ("__eq__", generic_eq),
    ("__repr__", generic_repr),
];

fn seq_len(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let v = arg(vm, a, 0)?;
    Ok(Value::Int(ops::len(vm, &v)? as i64))
}
fn seq_getitem(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let [seq, i] = mfixed(vm, "__getitem__", a)?;
    ops::getitem(vm, seq, i)
}
/// Self and `N - 1` arguments, with the arity message of CPython's slot
/// wrappers (`check_num_args`), as `list.__setitem__` and `__delitem__` are.
fn slot_args<'a, const N: usize>(vm: &Vm, a: &'a [Value]) -> PyResult<&'a [Value; N]> {
    let err = || {
        let (n, got) = (N.saturating_sub(1), a.len().saturating_sub(1));
        vm.type_error(format!("expected {n} argument{}, got {got}", if n == 1 { "" } else { "s" }))
    };
    Ok(unpack::<N, 0>(a, err)?.0)
}
fn seq_setitem(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let [seq, i, v] = slot_args(vm, a)?;
    ops::setitem(vm, seq, i.clone(), v.clone())?;
    Ok(Value::None)
}
fn seq_delitem(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let [seq, i] = slot_args(vm, a)?;
    ops::delitem(vm, seq, i)?;
    Ok(Value::None)
}
fn seq_contains(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let [seq, x] = mfixed(vm, "__contains__", a)?;
    Ok(Value::bool(ops::contains(vm, seq, x)?))
}
fn seq_iter(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let v = arg(vm, a, 0)?;
    ops::get_iter(vm, &v)
}
fn list_append(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let l = self_list(vm, a, "append")?;
    let [_, x] = mfixed(vm, "list.append", a)?;
    let mut items = l.items.borrow_mut();
    if items.len() == items.capacity() {
        // A list grown without bound ends in MemoryError, not an abort.
        ops::try_reserve(vm, &mut items, 1)?;
    }
    items.push(x.clone());
    Ok(Value::None)
}
fn list_extend(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let l = self_list(vm, a, "extend")?;
    let [_, iterable] = mfixed(vm, "list.extend", a)?;
    ops::extend_list(vm, &l, iterable)?;
    Ok(Value::None)
}
fn list_pop(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let l = self_list(vm, a, "pop")?;
    let ([_], [i]) = moptional::<1, 1>(vm, "pop", a)?;
    // The index first: its `__index__` may change the list.
    let i = match i {
        Some(v) => ops::index_of(vm, v)?,
        None => -1,
    };
    let mut items = l.items.borrow_mut();
    let len = items.len();
    if len == 0 {
        return Err(vm.index_error("pop from empty list"));
    }
    let j = if i < 0 { i.saturating_add(len as i64) } else { i };
    if j < 0 || j >= len as i64 {
        return Err(vm.index_error("pop index out of range"));
    }
    Ok(items.remove(j as usize))
}
fn list_insert(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let l = self_list(vm, a, "insert")?;
    let [_, i, x] = mfixed(vm, "insert", a)?;
    let i = ops::index_of(vm, i)?;
    let mut items = l.items.borrow_mut();
    let n = items.len() as i64;
    let j = if i < 0 { i.saturating_add(n).max(0) } else { i.min(n) };
    if items.try_reserve(1).is_err() {
        return Err(vm.memory_error());
    }
    items.insert(j as usize, x.clone());
    Ok(Value::None)
}
fn list_remove(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let l = self_list(vm, a, "remove")?;
    let [_, target] = mfixed(vm, "list.remove", a)?;
    // The length is read again at every step: `__eq__` may change the list.
    let mut i = 0;
    while let Some(x) = ops::list_item(&l, i) {
        if ops::eq(vm, &x, target)? {
            // As CPython, removing past a list that `__eq__` shortened removes nothing.
            let mut items = l.items.borrow_mut();
            if i < items.len() {
                items.remove(i);
            }
            return Ok(Value::None);
        }
        i += 1;
    }
    Err(vm.value_error("list.remove(x): x not in list"))
}
/// `list.index` and `tuple.index`.
fn list_index(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let is_list = match a.first() {
        Some(Value::List(_)) => true,
        Some(Value::Tuple(_)) => false,
        _ => return Err(vm.type_error("descriptor 'index' requires a sequence")),
    };
    let ([seq, target], [start, end]) = moptional::<2, 2>(vm, "index", a)?;
    // Both bounds first (their `__index__` may change a list), then the
    // length; a list's length is read again at every step.
    let start = match start {
        Some(v) => ops::index_clamped(vm, v)?,
        None => 0,
    };
    let end = match end {
        Some(v) => ops::index_clamped(vm, v)?,
        None => i64::MAX,
    };
    let len = || match seq {
        Value::List(l) => l.items.borrow().len() as i64,
        Value::Tuple(t) => t.items.len() as i64,
        _ => 0,
    };
    let n = len();
    let fix = |v: i64| if v < 0 { v.saturating_add(n).max(0) } else { v };
    let (start, end) = (fix(start), fix(end));
    let mut i = start;
    while i < end && i < len() {
        let x = match seq {
            Value::List(l) => ops::list_item(l, i as usize),
            Value::Tuple(t) => t.items.get(i as usize).cloned(),
            _ => None,
        };
        let Some(x) = x else { break };
        if ops::eq(vm, &x, target)? {
            return Ok(Value::Int(i));
        }
        i += 1;
    }
    if is_list {
        let r = ops::repr(vm, target)?;
        return Err(vm.value_error(format!("{r} is not in list")));
    }
    Err(vm.value_error("tuple.index(x): x not in tuple"))
}
/// `list.count` and `tuple.count`.
fn list_count(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let what = match a.first() {
        Some(Value::List(_)) => "list.count",
        Some(Value::Tuple(_)) => "tuple.count",
        _ => return Err(vm.type_error("descriptor 'count' requires a sequence")),
    };
    let [seq, target] = mfixed(vm, what, a)?;
    let mut n = 0;
    let mut i = 0;
    loop {
        let x = match seq {
            Value::List(l) => ops::list_item(l, i),
            Value::Tuple(t) => t.items.get(i).cloned(),
            _ => None,
        };
        let Some(x) = x else { break };
        if ops::eq(vm, &x, target)? {
            n += 1;
        }
        i += 1;
    }
    Ok(Value::Int(n))
}
fn list_reverse(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let l = self_list(vm, a, "reverse")?;
    no_args(vm, "list", "reverse", a)?;
    l.items.borrow_mut().reverse();
    Ok(Value::None)
}
fn list_sort(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    let l = self_list(vm, a, "sort")?;
    if a.len() > 1 {
        return Err(vm.type_error("sort() takes no positional arguments"));
    }
    let key = kwarg(k, "key").cloned().unwrap_or(Value::None);
    let reverse = match kwarg(k, "reverse") {
        Some(v) => ops::truthy(vm, v)?,
        None => false,
    };
    let items = std::mem::take(&mut *l.items.borrow_mut());
    let r = super::functions::sort_values(vm, items, &key, reverse);
    match r {
        Ok(sorted) => {
            let mut cur = l.items.borrow_mut();
            let modified = !cur.is_empty();
            *cur = sorted;
            if modified {
                return Err(vm.value_error("list modified during sort"));
            }
            Ok(Value::None)
        }
        Err(e) => Err(e),
    }
}
fn list_copy(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let l = self_list(vm, a, "copy")?;
    no_args(vm, "list", "copy", a)?;
    let v = l.items.borrow().clone();
    Ok(Value::list(v))
}
fn list_clear(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let l = self_list(vm, a, "clear")?;
    no_args(vm, "list", "clear", a)?;
    l.items.borrow_mut().clear();
    Ok(Value::None)
}

pub const TUPLE_METHODS: &[(&str, M)] = &[
    ("index", list_index),
    ("count", list_count),
    ("__len__", seq_len),
    ("__getitem__", seq_getitem),
    ("__contains__", seq_contains),
    ("__iter__", seq_iter),
    ("__eq__", generic_eq),
    ("__hash__", generic_hash),
    ("__repr__", generic_repr),
];

// ----- dict -----

fn self_dict(vm: &Vm, a: &[Value], name: &str) -> PyResult<Rc<PyDict>> {
    match a.first() {
        Some(Value::Dict(d)) => Ok(d.clone()),
        _ => Err(descriptor_error(vm, "dict", name, a)),
    }
}

pub const DICT_METHODS: &[(&str, M)] = &[
    ("keys", dict_keys),
    ("values", dict_values),
    ("items", dict_items),
    ("get", dict_get),
    ("pop", dict_pop),
    ("popitem", dict_popitem),
    ("setdefault", dict_setdefault),
    ("update", dict_update),
    ("clear", dict_clear),
    ("copy", dict_copy),
    ("__len__", seq_len),
    ("__getitem__", seq_getitem),
    ("__setitem__", seq_setitem),
    ("__delitem__", seq_delitem),
    ("__contains__", seq_contains),
    ("__iter__", seq_iter),
    ("__eq__", generic_eq),
    ("__repr__", generic_repr),
];

fn dict_keys(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let d = self_dict(vm, a, "keys")?;
    no_args(vm, "dict", "keys", a)?;
    Ok(super::types::dict_view(&d, ViewKind::Keys))
}
fn dict_values(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let d = self_dict(vm, a, "values")?;
    no_args(vm, "dict", "values", a)?;
    Ok(super::types::dict_view(&d, ViewKind::Values))
}
fn dict_items(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let d = self_dict(vm, a, "items")?;
    no_args(vm, "dict", "items", a)?;
    Ok(super::types::dict_view(&d, ViewKind::Items))
}
fn dict_get(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let d = self_dict(vm, a, "get")?;
    let ([_, key], [default]) = moptional::<2, 1>(vm, "get", a)?;
    Ok(ops::dict_get(vm, &d, key)?.unwrap_or_else(|| default.cloned().unwrap_or(Value::None)))
}
fn dict_pop(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let d = self_dict(vm, a, "pop")?;
    let ([_, key], [default]) = moptional::<2, 1>(vm, "pop", a)?;
    match ops::dict_remove(vm, &d, key)? {
        Some(v) => Ok(v),
        None => match default {
            Some(v) => Ok(v.clone()),
            None => Err(vm.key_error(key.clone())),
        },
    }
}
fn dict_popitem(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let d = self_dict(vm, a, "popitem")?;
    no_args(vm, "dict", "popitem", a)?;
    let e = d.data.borrow_mut().pop_last();
    match e {
        Some((k, v)) => Ok(Value::tuple(vec![k, v])),
        None => Err(vm.new_error(crate::objects::ExcKind::KeyError, "popitem(): dictionary is empty")),
    }
}
fn dict_setdefault(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let d = self_dict(vm, a, "setdefault")?;
    let ([_, key], [default]) = moptional::<2, 1>(vm, "setdefault", a)?;
    if let Some(v) = ops::dict_get(vm, &d, key)? {
        return Ok(v);
    }
    let v = default.cloned().unwrap_or(Value::None);
    ops::dict_set(vm, &d, key.clone(), v.clone())?;
    Ok(v)
}
fn dict_update(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    let d = self_dict(vm, a, "update")?;
    let ([_], [src]) = moptional::<1, 1>(vm, "update", a)?;
    if let Some(src) = src {
        ops::dict_update_arg(vm, &d, src)?;
    }
    for (name, v) in k {
        ops::dict_set(vm, &d, Value::Str(name.clone()), v.clone())?;
    }
    Ok(Value::None)
}
fn dict_clear(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let d = self_dict(vm, a, "clear")?;
    no_args(vm, "dict", "clear", a)?;
    d.data.borrow_mut().clear();
    Ok(Value::None)
}
fn dict_copy(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let d = self_dict(vm, a, "copy")?;
    no_args(vm, "dict", "copy", a)?;
    let data = d.data.borrow().clone();
    Ok(Value::Dict(PyDict::from_data(data)))
}
/// `dict.fromkeys(iterable, value=None)`; `a` holds the arguments after the class.
pub fn dict_fromkeys(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let ([keys], [value]) = optional::<1, 1>(vm, "fromkeys", a)?;
    let d = PyDict::new();
    let v = value.cloned().unwrap_or(Value::None);
    for k in ops::iterate(vm, keys)? {
        ops::dict_set(vm, &d, k, v.clone())?;
    }
    Ok(Value::Dict(d))
}

// ----- set -----

fn self_set(vm: &Vm, a: &[Value], name: &str) -> PyResult<Rc<PySet>> {
    Ok(self_set_and_rest(vm, a, name)?.1)
}

/// Self (a set or frozenset) and `N - 1` arguments, for a method that set
/// and frozenset share: CPython names the method with the type of self.
fn set_fixed<'a, const N: usize>(vm: &Vm, name: &str, a: &'a [Value]) -> PyResult<&'a [Value; N]> {
    let (this, _, _) = self_set_and_rest(vm, a, name)?;
    let owner = if matches!(this, Value::FrozenSet(_)) { "frozenset" } else { "set" };
    Ok(unpack::<N, 0>(a, || marity_error(vm, &format!("{owner}.{name}"), a, N, N))?.0)
}

/// Self (a set or frozenset), its table, and the arguments after it.
fn self_set_and_rest<'a>(vm: &Vm, a: &'a [Value], name: &str) -> PyResult<(&'a Value, Rc<PySet>, &'a [Value])> {
    match a {
        [this @ (Value::Set(s) | Value::FrozenSet(s)), rest @ ..] => Ok((this, s.clone(), rest)),
        _ => Err(descriptor_error(vm, "set", name, a)),
    }
}

pub const SET_METHODS: &[(&str, M)] = &[
    ("add", set_add),
    ("remove", set_remove),
    ("discard", set_discard),
    ("pop", set_pop),
    ("clear", set_clear),
    ("copy", set_copy),
    ("update", set_update),
    ("union", set_union),
    ("intersection", set_intersection),
    ("difference", set_difference),
    ("symmetric_difference", set_symdiff),
    ("intersection_update", set_intersection_update),
    ("difference_update", set_difference_update),
    ("symmetric_difference_update", set_symdiff_update),
    ("issubset", set_issubset),
    ("issuperset", set_issuperset),
    ("isdisjoint", set_isdisjoint),
    ("__len__", seq_len),
    ("__contains__", seq_contains),
    ("__iter__", seq_iter),
    ("__eq__", generic_eq),
    ("__repr__", generic_repr),
];

pub const FROZENSET_METHODS: &[(&str, M)] = &[
    ("copy", set_copy),
    ("union", set_union),
    ("intersection", set_intersection),
    ("difference", set_difference),
    ("symmetric_difference", set_symdiff),
    ("issubset", set_issubset),
    ("issuperset", set_issuperset),
    ("isdisjoint", set_isdisjoint),
    ("__len__", seq_len),
    ("__contains__", seq_contains),
    ("__iter__", seq_iter),
    ("__eq__", generic_eq),
    ("__hash__", generic_hash),
    ("__repr__", generic_repr),
];

fn set_add(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let s = self_set(vm, a, "add")?;
    let [_, x] = mfixed(vm, "set.add", a)?;
    ops::set_insert(vm, &s, x.clone())?;
    Ok(Value::None)
}
fn set_remove(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let s = self_set(vm, a, "remove")?;
    let [_, x] = mfixed(vm, "set.remove", a)?;
    if !ops::set_remove(vm, &s, x)? {
        return Err(vm.key_error(x.clone()));
    }
    Ok(Value::None)
}
fn set_discard(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let s = self_set(vm, a, "discard")?;
    let [_, x] = mfixed(vm, "set.discard", a)?;
    ops::set_remove(vm, &s, x)?;
    Ok(Value::None)
}
fn set_pop(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let s = self_set(vm, a, "pop")?;
    no_args(vm, "set", "pop", a)?;
    let r = s.table.borrow_mut().pop();
    r.ok_or_else(|| vm.new_error(crate::objects::ExcKind::KeyError, "pop from an empty set"))
}
fn set_clear(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let s = self_set(vm, a, "clear")?;
    no_args(vm, "set", "clear", a)?;
    s.table.borrow_mut().clear();
    Ok(Value::None)
}
fn set_copy(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let (this, s, _) = self_set_and_rest(vm, a, "copy")?;
    no_args(vm, if matches!(this, Value::FrozenSet(_)) { "frozenset" } else { "set" }, "copy", a)?;
    let t = s.table.borrow().copy_of();
    Ok(if matches!(this, Value::FrozenSet(_)) { this.clone() } else { Value::Set(PySet::new(t)) })
}
fn as_set(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(match v {
        Value::Set(_) | Value::FrozenSet(_) => v.clone(),
        other => Value::Set(ops::collect_set(vm, other)?),
    })
}
fn fold(vm: &mut Vm, a: &[Value], name: &str, kind: crate::bytecode::BinOpKind) -> PyResult<Value> {
    let (this, s, others) = self_set_and_rest(vm, a, name)?;
    if others.is_empty() {
        let t = s.table.borrow().copy_of();
        return Ok(if matches!(this, Value::FrozenSet(_)) { Value::FrozenSet(PySet::new(t)) } else { Value::Set(PySet::new(t)) });
    }
    let mut acc = this.clone();
    for other in others {
        let o = as_set(vm, other)?;
        acc = ops::set_binop(vm, kind, &acc, &o)?;
    }
    Ok(acc)
}
fn set_union(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    fold(vm, a, "union", crate::bytecode::BinOpKind::Or)
}
fn set_intersection(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    fold(vm, a, "intersection", crate::bytecode::BinOpKind::And)
}
fn set_difference(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    fold(vm, a, "difference", crate::bytecode::BinOpKind::Sub)
}
fn set_symdiff(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    set_fixed::<2>(vm, "symmetric_difference", a)?;
    fold(vm, a, "symmetric_difference", crate::bytecode::BinOpKind::Xor)
}
fn update_impl(vm: &mut Vm, a: &[Value], name: &str, kind: crate::bytecode::BinOpKind) -> PyResult<Value> {
    let (_, s, others) = self_set_and_rest(vm, a, name)?;
    if kind == crate::bytecode::BinOpKind::Or {
        let target = Value::Set(s.clone());
        for other in others {
            ops::set_update(vm, &target, other)?;
        }
        return Ok(Value::None);
    }
    let r = fold(vm, a, name, kind)?;
    if let Value::Set(rs) | Value::FrozenSet(rs) = r {
        let t = rs.table.borrow().copy_of();
        *s.table.borrow_mut() = t;
    }
    Ok(Value::None)
}
fn set_update(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    update_impl(vm, a, "update", crate::bytecode::BinOpKind::Or)
}
fn set_intersection_update(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    update_impl(vm, a, "intersection_update", crate::bytecode::BinOpKind::And)
}
fn set_difference_update(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let (_, s, others) = self_set_and_rest(vm, a, "difference_update")?;
    for other in others {
        for x in ops::iterate(vm, other)? {
            ops::set_remove(vm, &s, &x)?;
        }
    }
    Ok(Value::None)
}
fn set_symdiff_update(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let s = self_set(vm, a, "symmetric_difference_update")?;
    let [_, other] = mfixed(vm, "set.symmetric_difference_update", a)?;
    let o = as_set(vm, other)?;
    for x in ops::iterate(vm, &o)? {
        if !ops::set_remove(vm, &s, &x)? {
            ops::set_insert(vm, &s, x)?;
        }
    }
    Ok(Value::None)
}
fn set_issubset(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let [this, other] = set_fixed(vm, "issubset", a)?;
    let o = as_set(vm, other)?;
    ops::compare(vm, crate::bytecode::CmpKind::Le, this, &o)
}
fn set_issuperset(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let [this, other] = set_fixed(vm, "issuperset", a)?;
    let o = as_set(vm, other)?;
    ops::compare(vm, crate::bytecode::CmpKind::Ge, this, &o)
}
fn set_isdisjoint(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let s = self_set(vm, a, "isdisjoint")?;
    let [_, other] = set_fixed(vm, "isdisjoint", a)?;
    for x in ops::iterate(vm, other)? {
        if ops::set_contains(vm, &s, &x)? {
            return Ok(Value::Bool(B64::FALSE));
        }
    }
    Ok(Value::Bool(B64::TRUE))
}

// ----- int and float -----

pub const INT_METHODS: &[(&str, M)] = &[
    ("bit_length", int_bit_length),
    ("conjugate", int_conjugate),
    ("__index__", num_self),
    ("__int__", num_self),
    ("__hash__", generic_hash),
    ("__repr__", generic_repr),
    ("__eq__", generic_eq),
];
pub const FLOAT_METHODS: &[(&str, M)] =
    &[("is_integer", float_is_integer), ("conjugate", float_conjugate), ("__hash__", generic_hash), ("__repr__", generic_repr), ("__eq__", generic_eq)];

fn num_self(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    arg(vm, a, 0)
}
fn int_conjugate(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let v = arg(vm, a, 0)?;
    no_args(vm, "int", "conjugate", a)?;
    Ok(v)
}
fn float_conjugate(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let v = arg(vm, a, 0)?;
    no_args(vm, "float", "conjugate", a)?;
    Ok(v)
}
fn int_bit_length(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let n = match arg(vm, a, 0)? {
        Value::Int(i) => 64 - i.unsigned_abs().leading_zeros() as i64,
        Value::Bool(b) => b.get() as i64,
        Value::BigInt(b) => b.bits() as i64,
        _ => return Err(vm.type_error("descriptor 'bit_length' requires an 'int' object")),
    };
    no_args(vm, "int", "bit_length", a)?;
    Ok(Value::Int(n))
}
fn float_is_integer(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let Value::Float(f) = arg(vm, a, 0)? else {
        return Err(vm.type_error("descriptor 'is_integer' requires a 'float' object"));
    };
    no_args(vm, "float", "is_integer", a)?;
    Ok(Value::bool(f.get().is_finite() && f.get().fract() == 0.0))
}
