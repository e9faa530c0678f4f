//! Number and string text as CPython writes and reads it: `repr` of floats
//! and strings, the format-spec mini-language for int/float/str, `%`
//! conversions, `int()`/`float()` parsing and `round()` of floats.
//!
//! Pure functions on Rust values: no interpreter state. Errors are the
//! message of the ValueError (or OverflowError) CPython raises. Float
//! digits come from Rust's exact shortest/fixed formatting, so results are
//! correctly rounded, as CPython's are.

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

/// Splits a finite, non-zero float into its shortest round-trip decimal
/// digits and the exponent of the first digit (`1.5e-05` -> ("15", -5)).
fn shortest_digits(x: f64) -> (String, i32) {
    let s = format!("{:e}", x.abs());
    let (mant, exp) = s.split_once('e').unwrap_or((&s, "0"));
    let digits: String = mant.chars().filter(|c| *c != '.').collect();
    (digits, exp.parse().unwrap_or(0))
}

/// A double's exact decimal expansion has at most 767 significant digits
/// and 1074 fractional ones: past these, every digit is a zero (and Rust's
/// `format!` refuses a precision above 65535).
const MAX_SIGNIFICANT: usize = 800;
const MAX_FRACTIONAL: usize = 1100;

/// Digits rounded to `prec` significant digits, and the exponent of the first.
fn precision_digits(x: f64, prec: usize) -> (String, i32) {
    let s = format!("{:.*e}", prec.min(MAX_SIGNIFICANT).saturating_sub(1), x.abs());
    let (mant, exp) = s.split_once('e').unwrap_or((&s, "0"));
    let mut digits: String = mant.chars().filter(|c| *c != '.').collect();
    if prec > MAX_SIGNIFICANT {
        digits.extend(std::iter::repeat_n('0', prec - digits.len()));
    }
    (digits, exp.parse().unwrap_or(0))
}

/// `x` with `prec` digits after the point (exact: see `MAX_FRACTIONAL`).
fn fixed_digits(x: f64, prec: usize) -> String {
    let mut s = format!("{:.*}", prec.min(MAX_FRACTIONAL), x);
    if prec > MAX_FRACTIONAL {
        s.extend(std::iter::repeat_n('0', prec - MAX_FRACTIONAL));
    }
    s
}

/// Places a decimal point in `digits` whose first digit has exponent `exp`.
fn fixed_from_digits(digits: &str, exp: i32) -> String {
    let n = digits.len() as i32;
    if exp < 0 {
        format!("0.{}{}", "0".repeat((-exp - 1) as usize), digits)
    } else if exp + 1 >= n {
        format!("{}{}", digits, "0".repeat((exp + 1 - n) as usize))
    } else {
        let (a, b) = digits.split_at((exp + 1) as usize);
        format!("{a}.{b}")
    }
}

/// Exponent form of `digits` (first digit's exponent `exp`): `d[.ddd]e±XX`,
/// with a bare trailing point in alternate form.
fn exp_form(digits: &str, exp: i32, upper: bool, alternate: bool) -> String {
    let (first, rest) = digits.split_at(1.min(digits.len()));
    let mant = if !rest.is_empty() {
        format!("{first}.{rest}")
    } else if alternate {
        format!("{first}.")
    } else {
        first.to_string()
    };
    format!("{mant}{}{}{:02}", if upper { 'E' } else { 'e' }, if exp < 0 { '-' } else { '+' }, exp.abs())
}

/// repr(float) / str(float) as CPython 3.11.
pub fn float_repr(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf".into() } else { "-inf".into() };
    }
    let neg = x.is_sign_negative();
    if x == 0.0 {
        return if neg { "-0.0".into() } else { "0.0".into() };
    }
    let (digits, exp) = shortest_digits(x);
    let body = if (-4..16).contains(&exp) {
        let f = fixed_from_digits(&digits, exp);
        if f.contains('.') {
            f
        } else {
            f + ".0"
        }
    } else {
        exp_form(&digits, exp, false, false)
    };
    if neg {
        format!("-{body}")
    } else {
        body
    }
}

/// Whether CPython's `str.isprintable()` holds for `c` (ASCII exact; beyond
/// ASCII the separator, format and control characters that matter in practice).
fn is_printable(c: char) -> bool {
    let u = c as u32;
    if u < 0x20 || u == 0x7f {
        return false;
    }
    if u < 0x7f {
        return true;
    }
    if (0x80..=0xa0).contains(&u) || u == 0xad {
        return false;
    }
    let unprintable = matches!(u,
        0x0600..=0x0605 | 0x061c | 0x06dd | 0x070f | 0x1680 | 0x180e | 0x2000..=0x200f | 0x2028..=0x202f
        | 0x205f..=0x2064 | 0x2066..=0x206f | 0x3000 | 0xd800..=0xf8ff | 0xfeff | 0xfff0..=0xfffb
        | 0xe0000..=0xe0fff | 0xf0000..=0x10ffff);
    !unprintable && u & 0xfffe != 0xfffe
}

/// Python's repr() of a str.
pub fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') { '"' } else { '\'' };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if is_printable(c) => out.push(c),
            c => {
                let u = c as u32;
                if u < 0x100 {
                    out.push_str(&format!("\\x{u:02x}"));
                } else if u < 0x10000 {
                    out.push_str(&format!("\\u{u:04x}"));
                } else {
                    out.push_str(&format!("\\U{u:08x}"));
                }
            }
        }
    }
    out.push(quote);
    out
}

/// A parsed format-spec mini-language string: [[fill]align][sign][z][#][0][width][grouping][.precision][type]
#[derive(Debug, Clone, PartialEq)]
pub struct FormatSpec {
    pub fill: char,
    pub align: Option<char>,
    pub sign: Option<char>,
    pub alternate: bool,
    pub zero_pad: bool,
    pub width: Option<usize>,
    pub grouping: Option<char>,
    pub precision: Option<usize>,
    pub ty: Option<char>,
    /// The `z` option: negative zero formats as zero.
    pub no_neg_zero: bool,
}

pub fn parse_format_spec(spec: &str) -> Result<FormatSpec, String> {
    let cs: Vec<char> = spec.chars().collect();
    let mut i = 0;
    let mut f = FormatSpec {
        fill: ' ',
        align: None,
        sign: None,
        alternate: false,
        zero_pad: false,
        width: None,
        grouping: None,
        precision: None,
        ty: None,
        no_neg_zero: false,
    };
    let is_align = |c: char| matches!(c, '<' | '>' | '=' | '^');
    let mut fill_specified = false;
    if cs.len() >= 2 && is_align(cs[1]) {
        fill_specified = true;
        f.fill = cs[0];
        f.align = Some(cs[1]);
        i = 2;
    } else if !cs.is_empty() && is_align(cs[0]) {
        f.align = Some(cs[0]);
        i = 1;
    }
    if i < cs.len() && matches!(cs[i], '+' | '-' | ' ') {
        f.sign = Some(cs[i]);
        i += 1;
    }
    if i < cs.len() && cs[i] == 'z' {
        f.no_neg_zero = true;
        i += 1;
    }
    if i < cs.len() && cs[i] == '#' {
        f.alternate = true;
        i += 1;
    }
    // CPython's backwards-compatible '0' flag: only without an explicit
    // fill (after one, a '0' starts the width); it makes the fill '0', and
    // the alignment '=' only for types that align right by default
    // (numbers, see `FormatSpec::align_or`), so `'{:08}'.format('ab')` is
    // 'ab000000'.
    if !fill_specified && i < cs.len() && cs[i] == '0' {
        f.zero_pad = true;
        f.fill = '0';
        i += 1;
    }
    let start = i;
    while i < cs.len() && cs[i].is_ascii_digit() {
        i += 1;
    }
    if i > start {
        let w: String = cs[start..i].iter().collect();
        f.width = Some(w.parse().map_err(|_| "Too many decimal digits in format string".to_string())?);
    }
    if i < cs.len() && matches!(cs[i], ',' | '_') {
        f.grouping = Some(cs[i]);
        i += 1;
    }
    if i < cs.len() && cs[i] == '.' {
        i += 1;
        let start = i;
        while i < cs.len() && cs[i].is_ascii_digit() {
            i += 1;
        }
        if i == start {
            return Err("Format specifier missing precision".into());
        }
        let p: String = cs[start..i].iter().collect();
        f.precision = Some(p.parse().map_err(|_| "Too many decimal digits in format string".to_string())?);
    }
    if i < cs.len() {
        f.ty = Some(cs[i]);
        i += 1;
    }
    if i < cs.len() {
        return Err("Invalid format specifier".into());
    }
    Ok(f)
}

impl FormatSpec {
    /// The alignment in effect for a type whose default is `default`:
    /// '=' for a right-aligned type under the '0' flag.
    pub fn align_or(&self, default: char) -> char {
        self.align.unwrap_or(if self.zero_pad && default == '>' { '=' } else { default })
    }

    /// Whether a number is zero-padded after its sign (and grouped zeros
    /// are inserted): fill '0' with '=' alignment.
    fn zero_fill(&self) -> bool {
        self.fill == '0' && self.align_or('>') == '='
    }
}

/// Inserts `sep` every `every` digits from the right.
fn group(digits: &str, sep: char, every: usize) -> String {
    let n = digits.len();
    let mut out = String::with_capacity(n + n / every);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (n - i).is_multiple_of(every) {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

/// Grouped digits, zero-extended (with separators in the zeros, as CPython
/// does) when padding with '0' to `min_len` characters.
fn group_padded(digits: &str, sep: Option<char>, every: usize, min_len: usize, zero_fill: bool) -> String {
    let Some(sep) = sep else {
        if zero_fill && digits.len() < min_len {
            return format!("{}{}", "0".repeat(min_len - digits.len()), digits);
        }
        return digits.to_string();
    };
    let mut d = digits.to_string();
    let mut g = group(&d, sep, every);
    while zero_fill && g.len() < min_len {
        d.insert(0, '0');
        g = group(&d, sep, every);
    }
    g
}

/// Applies fill/alignment to `sign`+`prefix`+`body`; numbers align right by default.
fn pad(sign: &str, prefix: &str, body: &str, spec: &FormatSpec, default_align: char) -> String {
    let len = sign.chars().count() + prefix.chars().count() + body.chars().count();
    let width = spec.width.unwrap_or(0);
    if len >= width {
        return format!("{sign}{prefix}{body}");
    }
    let n = width - len;
    let fill = |k: usize| std::iter::repeat_n(spec.fill, k).collect::<String>();
    match spec.align_or(default_align) {
        '<' => format!("{sign}{prefix}{body}{}", fill(n)),
        '^' => format!("{}{sign}{prefix}{body}{}", fill(n / 2), fill(n - n / 2)),
        '=' => format!("{sign}{prefix}{}{body}", fill(n)),
        _ => format!("{}{sign}{prefix}{body}", fill(n)),
    }
}

fn sign_str(neg: bool, spec: &FormatSpec) -> &'static str {
    if neg {
        "-"
    } else {
        match spec.sign {
            Some('+') => "+",
            Some(' ') => " ",
            _ => "",
        }
    }
}

/// format(int, spec).
pub fn format_int(v: &BigInt, spec: &FormatSpec) -> Result<String, String> {
    let ty = spec.ty.unwrap_or('d');
    match ty {
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
            let f = v.to_f64().filter(|f| f.is_finite()).ok_or_else(|| "int too large to convert to float".to_string())?;
            return format_float(f, spec);
        }
        'd' | 'n' | 'b' | 'o' | 'x' | 'X' | 'c' => {}
        other => return Err(format!("Unknown format code '{other}' for object of type 'int'")),
    }
    if spec.precision.is_some() {
        return Err("Precision not allowed in integer format specifier".into());
    }
    if ty == 'c' {
        if spec.sign.is_some() {
            return Err("Sign not allowed with integer format specifier 'c'".into());
        }
        if spec.alternate {
            return Err("Alternate form (#) not allowed with integer format specifier 'c'".into());
        }
        let c = v.to_u32().and_then(char::from_u32).ok_or_else(|| "%c arg not in range(0x110000)".to_string())?;
        return Ok(pad("", "", &c.to_string(), spec, '<'));
    }
    if let Some(g) = spec.grouping {
        if g == ',' && matches!(ty, 'b' | 'o' | 'x' | 'X') {
            return Err(format!("Cannot specify ',' with '{ty}'."));
        }
        if ty == 'n' {
            return Err(format!("Cannot specify '{g}' with 'n'."));
        }
    }
    let neg = v.is_negative();
    let mag = v.abs();
    let (digits, prefix, every) = match ty {
        'b' => (mag.to_str_radix(2), "0b", 4),
        'o' => (mag.to_str_radix(8), "0o", 4),
        'x' => (mag.to_str_radix(16), "0x", 4),
        'X' => (mag.to_str_radix(16).to_uppercase(), "0X", 4),
        _ => (mag.to_string(), "", 3),
    };
    let prefix = if spec.alternate { prefix } else { "" };
    let sign = sign_str(neg, spec);
    let zero_fill = spec.zero_fill();
    let min = spec.width.unwrap_or(0).saturating_sub(sign.len() + prefix.len());
    let body = group_padded(&digits, spec.grouping, every, min, zero_fill);
    Ok(pad(sign, prefix, &body, spec, '>'))
}

/// Formats |x| (finite) for a float presentation type; returns the text and
/// whether it is in exponent form.
fn float_body(x: f64, ty: char, prec: usize, alternate: bool) -> String {
    let upper = ty.is_ascii_uppercase();
    match ty {
        'f' | 'F' | '%' => {
            let mut s = fixed_digits(x, prec);
            if alternate && !s.contains('.') {
                s.push('.');
            }
            s
        }
        'e' | 'E' => {
            let (digits, exp) = precision_digits(x, prec + 1);
            let digits = if x == 0.0 { "0".repeat(prec + 1) } else { digits };
            let exp = if x == 0.0 { 0 } else { exp };
            exp_form(&digits, exp, upper, alternate)
        }
        _ => {
            // 'g' and friends: precision significant digits. The internal type
            // 'r' (no type, a precision given) switches to exponent form one
            // digit earlier, as CPython does.
            let p = prec.max(1);
            let (digits, exp) = if x == 0.0 { ("0".repeat(p), 0) } else { precision_digits(x, p) };
            let limit = if ty == 'r' { p as i32 - 1 } else { p as i32 };
            let use_sci = exp < -4 || exp >= limit;
            let mut digits = digits;
            if !alternate {
                while digits.len() > 1 && digits.ends_with('0') {
                    digits.pop();
                }
            }
            if use_sci {
                exp_form(&digits, exp, upper, alternate)
            } else {
                let mut s = fixed_from_digits(&digits, exp);
                if alternate && !s.contains('.') {
                    s.push('.');
                }
                s
            }
        }
    }
}

/// format(float, spec).
pub fn format_float(v: f64, spec: &FormatSpec) -> Result<String, String> {
    let ty = spec.ty;
    if let Some(t) = ty {
        if !matches!(t, 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') {
            return Err(format!("Unknown format code '{t}' for object of type 'float'"));
        }
    }
    if spec.grouping.is_some() && ty == Some('n') {
        return Err(format!("Cannot specify '{}' with 'n'.", spec.grouping.unwrap_or(',')));
    }
    let mut x = v;
    if spec.no_neg_zero && x == 0.0 {
        x = 0.0;
    }
    let neg = x.is_sign_negative() && !x.is_nan();
    let a = x.abs();
    let upper = matches!(ty, Some('E' | 'F' | 'G'));
    let body = if a.is_nan() || a.is_infinite() {
        let t = if a.is_nan() { "nan" } else { "inf" };
        let t = if upper { t.to_uppercase() } else { t.to_string() };
        if ty == Some('%') {
            format!("{t}%")
        } else {
            t
        }
    } else {
        match ty {
            None => match spec.precision {
                None => {
                    let r = float_repr(a);
                    if spec.alternate && !r.contains('.') && !r.contains('e') {
                        r + "."
                    } else {
                        r
                    }
                }
                Some(p) => {
                    // Like 'g', but fixed notation keeps at least one decimal digit.
                    let s = float_body(a, 'r', p, spec.alternate);
                    if !s.contains('.') && !s.contains('e') {
                        s + ".0"
                    } else {
                        s
                    }
                }
            },
            Some('%') => float_body(a * 100.0, 'f', spec.precision.unwrap_or(6), spec.alternate) + "%",
            Some('n') => float_body(a, 'g', spec.precision.unwrap_or(6), spec.alternate),
            Some(t) => float_body(a, t, spec.precision.unwrap_or(6), spec.alternate),
        }
    };
    let sign = sign_str(neg, spec);
    // Grouping applies to the integer part only.
    let body = match spec.grouping {
        Some(g) => {
            let split = body.find(|c: char| !c.is_ascii_digit()).unwrap_or(body.len());
            let (int_part, rest) = body.split_at(split);
            let zero_fill = spec.zero_fill();
            let min = spec.width.unwrap_or(0).saturating_sub(sign.len() + rest.len());
            format!("{}{}", group_padded(int_part, Some(g), 3, min, zero_fill && a.is_finite()), rest)
        }
        None => body,
    };
    Ok(pad(sign, "", &body, spec, '>'))
}

/// format(str, spec).
pub fn format_str(v: &str, spec: &FormatSpec) -> Result<String, String> {
    match spec.ty {
        None | Some('s') => {}
        Some(t) => return Err(format!("Unknown format code '{t}' for object of type 'str'")),
    }
    if spec.sign.is_some() {
        return Err("Sign not allowed in string format specifier".into());
    }
    if spec.alternate {
        return Err("Alternate form (#) not allowed in string format specifier".into());
    }
    if let Some(g) = spec.grouping {
        return Err(format!("Cannot specify '{g}' with 's'."));
    }
    if spec.align == Some('=') {
        return Err("'=' alignment not allowed in string format specifier".into());
    }
    let body: String = match spec.precision {
        Some(p) => v.chars().take(p).collect(),
        None => v.to_string(),
    };
    Ok(pad("", "", &body, spec, '<'))
}

/// hex()/oct()/bin() text.
pub fn int_to_base(v: &BigInt, base: u32) -> String {
    let prefix = match base {
        16 => "0x",
        8 => "0o",
        2 => "0b",
        _ => "",
    };
    let sign = if v.is_negative() { "-" } else { "" };
    format!("{sign}{prefix}{}", v.abs().to_str_radix(base))
}

/// The value of a non-ASCII decimal digit (Unicode category Nd), which
/// `int()` accepts as CPython does: the digits come in runs of ten from
/// a zero, so the value is the offset from the run's zero.
pub fn unicode_decimal(c: char) -> Option<u32> {
    let cp = c as u32;
    UNICODE_DIGIT_ZEROS.iter().find(|&&z| (z..z + 10).contains(&cp)).map(|&z| cp - z)
}

/// The zero of every run of ten decimal digits (Nd) in Unicode 14, CPython
/// 3.11's tables, except ASCII.
const UNICODE_DIGIT_ZEROS: &[u32] = &[
    0x0660, 0x06F0, 0x07C0, 0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0B66, 0x0BE6, 0x0C66, 0x0CE6, 0x0D66, 0x0DE6, 0x0E50, 0x0ED0, 0x0F20, 0x1040, 0x1090, 0x17E0,
    0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90, 0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0, 0xFF10, 0x104A0, 0x10D30,
    0x11066, 0x110F0, 0x11136, 0x111D0, 0x112F0, 0x11450, 0x114D0, 0x11650, 0x116C0, 0x11730, 0x118E0, 0x11950, 0x11C50, 0x11D50, 0x11DA0, 0x16A60, 0x16AC0,
    0x16B50, 0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6, 0x1E140, 0x1E2F0, 0x1E950, 0x1FBF0,
];

/// Python's `str.isspace` for one character: White_Space plus the ASCII
/// separators U+001C..U+001F, which CPython counts (bidirectional class B/S)
/// and Rust's `char::is_whitespace` does not.
pub fn py_isspace(c: char) -> bool {
    c.is_whitespace() || ('\u{1c}'..='\u{1f}').contains(&c)
}

/// CPython's `_PyUnicode_TransformDecimalAndSpaceToASCII`, the first step
/// of `int(s)` and `float(s)`: every Unicode space becomes ' ', every
/// decimal digit (Nd) its ASCII digit, any other non-ASCII character '?'
/// (which no parser accepts). ASCII text is returned borrowed.
pub fn decimal_to_ascii(s: &str) -> std::borrow::Cow<'_, str> {
    if s.is_ascii() {
        return std::borrow::Cow::Borrowed(s);
    }
    let map = |c: char| {
        if c.is_ascii() {
            c
        } else if py_isspace(c) {
            ' '
        } else {
            match unicode_decimal(c) {
                Some(d) => char::from(b'0' + d as u8),
                None => '?',
            }
        }
    };
    std::borrow::Cow::Owned(s.chars().map(map).collect())
}

/// Digits with single underscores between them (Python's numeric literal rule).
fn strip_underscores(s: &str) -> Option<String> {
    if s.is_empty() || s.starts_with('_') || s.ends_with('_') || s.contains("__") {
        return None;
    }
    Some(s.replace('_', ""))
}

/// int(s, base) parsing.
pub fn parse_int(s: &str, base: u32) -> Result<BigInt, String> {
    // CPython's "%.200R": the repr cut to 200 characters.
    let err = || format!("invalid literal for int() with base {base}: {}", str_repr(s).chars().take(200).collect::<String>());
    if base != 0 && !(2..=36).contains(&base) {
        return Err("int() base must be >= 2 and <= 36, or 0".into());
    }
    let ascii = decimal_to_ascii(s);
    let t = ascii.trim();
    let (neg, t) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let lower = t.to_ascii_lowercase();
    let (mut b, mut body) = (base, lower.as_str());
    let prefixed = |p: &str, pb: u32, body: &str| -> Option<String> {
        if body.len() > 2 && body.starts_with(p) && (base == 0 || base == pb) {
            Some(body[2..].to_string())
        } else {
            None
        }
    };
    let mut had_prefix = false;
    let owned;
    for (p, pb) in [("0x", 16), ("0o", 8), ("0b", 2)] {
        if let Some(rest) = prefixed(p, pb, body) {
            owned = rest;
            body = &owned;
            b = pb;
            had_prefix = true;
            break;
        }
    }
    if b == 0 {
        b = 10;
        // Base 0: no leading zeros on a non-zero decimal.
        let digits = body.replace('_', "");
        if digits.len() > 1 && digits.starts_with('0') && digits.chars().any(|c| c != '0') {
            return Err(err());
        }
    }
    let body = if had_prefix { body.strip_prefix('_').unwrap_or(body) } else { body };
    let digits = strip_underscores(body).ok_or_else(err)?;
    if digits.is_empty() || !digits.chars().all(|c| c.is_ascii_alphanumeric()) {
        return Err(err());
    }
    let v = BigInt::parse_bytes(digits.as_bytes(), b).ok_or_else(err)?;
    Ok(if neg { -v } else { v })
}

/// float(s) parsing.
pub fn parse_float(s: &str) -> Result<f64, String> {
    let err = || format!("could not convert string to float: {}", str_repr(s));
    let ascii = decimal_to_ascii(s);
    let t = ascii.trim();
    let (neg, body) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let l = body.to_ascii_lowercase();
    let v = match l.as_str() {
        "inf" | "infinity" => f64::INFINITY,
        "nan" => f64::NAN,
        _ => {
            if body.is_empty() || !body.chars().all(|c| c.is_ascii_digit() || matches!(c, '.' | 'e' | 'E' | '+' | '-' | '_')) {
                return Err(err());
            }
            // Underscores only between digits.
            let bytes = body.as_bytes();
            for (i, c) in bytes.iter().enumerate() {
                if *c == b'_' {
                    let ok = i > 0 && i + 1 < bytes.len() && bytes[i - 1].is_ascii_digit() && bytes[i + 1].is_ascii_digit();
                    if !ok {
                        return Err(err());
                    }
                }
            }
            let clean = body.replace('_', "");
            if clean.starts_with(['+', '-']) {
                return Err(err());
            }
            clean.parse::<f64>().map_err(|_| err())?
        }
    };
    Ok(if neg { -v } else { v })
}

/// round(x, ndigits) for floats, correctly rounded (half-even on the exact value).
pub fn round_float(x: f64, ndigits: i64) -> Result<f64, String> {
    if !x.is_finite() || ndigits > 323 {
        return Ok(x);
    }
    if ndigits < -308 {
        return Ok(0.0f64.copysign(x));
    }
    let r = if ndigits >= 0 {
        let s = format!("{:.*}", ndigits as usize, x);
        s.parse::<f64>().unwrap_or(x)
    } else {
        // Exactly, as CPython's dtoa-based `double_round`: x is m * 2**e;
        // round m * 2**e / 10**k half-even, then read the digits back.
        let bits = x.abs().to_bits();
        let (exp, frac) = ((bits >> 52) as i64, bits & ((1u64 << 52) - 1));
        let (m, e) = if exp == 0 { (frac, -1074) } else { (frac | (1u64 << 52), exp - 1075) };
        let (num, den) = if e >= 0 { (BigInt::from(m) << (e as usize), BigInt::from(1)) } else { (BigInt::from(m), BigInt::from(1) << ((-e) as usize)) };
        let d = den * num_traits::pow::Pow::pow(BigInt::from(10), (-ndigits) as u32);
        let (q, r) = num_integer::Integer::div_rem(&num, &d);
        let twice: BigInt = r * 2;
        let q = if twice > d || (twice == d && num_integer::Integer::is_odd(&q)) { q + 1 } else { q };
        let y = format!("{q}e{}", -ndigits).parse::<f64>().unwrap_or(f64::INFINITY);
        y.copysign(x)
    };
    if r.is_infinite() {
        return Err("rounded value too large to represent".into());
    }
    Ok(r)
}

fn flag_spec(flags: &str, width: Option<usize>, precision: Option<usize>, ty: char) -> FormatSpec {
    let left = flags.contains('-');
    let zero = flags.contains('0') && !left;
    FormatSpec {
        fill: if zero { '0' } else { ' ' },
        align: Some(if left {
            '<'
        } else if zero {
            '='
        } else {
            '>'
        }),
        sign: if flags.contains('+') {
            Some('+')
        } else if flags.contains(' ') {
            Some(' ')
        } else {
            None
        },
        alternate: flags.contains('#'),
        zero_pad: zero,
        width,
        grouping: None,
        precision,
        ty: Some(ty),
        no_neg_zero: false,
    }
}

/// printf-style `%e %f %g` (and upper-case) conversions.
pub fn percent_format_float(v: f64, conv: char, flags: &str, width: Option<usize>, precision: Option<usize>) -> String {
    let spec = flag_spec(flags, width, Some(precision.unwrap_or(6)), conv);
    format_float(v, &spec).unwrap_or_else(|_| float_repr(v))
}

/// printf-style `%d %i %u %x %X %o` conversions.
pub fn percent_format_int(v: &BigInt, conv: char, flags: &str, width: Option<usize>, precision: Option<usize>) -> String {
    let neg = v.is_negative();
    let mag = v.abs();
    let (mut digits, prefix) = match conv {
        'x' => (mag.to_str_radix(16), "0x"),
        'X' => (mag.to_str_radix(16).to_uppercase(), "0X"),
        'o' => (mag.to_str_radix(8), "0o"),
        _ => (mag.to_string(), ""),
    };
    if let Some(p) = precision {
        if digits.len() < p {
            digits = format!("{}{digits}", "0".repeat(p - digits.len()));
        }
    }
    let spec = flag_spec(flags, width, None, 'd');
    let prefix = if spec.alternate { prefix } else { "" };
    let sign = sign_str(neg, &spec);
    let zero_fill = spec.fill == '0';
    let min = spec.width.unwrap_or(0).saturating_sub(sign.len() + prefix.len());
    let body = if zero_fill && digits.len() < min { format!("{}{digits}", "0".repeat(min - digits.len())) } else { digits };
    pad(sign, prefix, &body, &spec, '>')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fmt_f(x: f64, s: &str) -> String {
        format_float(x, &parse_format_spec(s).unwrap()).unwrap()
    }
    fn fmt_i(x: i64, s: &str) -> String {
        format_int(&BigInt::from(x), &parse_format_spec(s).unwrap()).unwrap()
    }

    #[test]
    fn float_reprs_match_cpython() {
        let cases = [
            (0.1, "0.1"),
            (1e16, "1e+16"),
            (1e15, "1000000000000000.0"),
            (1e-5, "1e-05"),
            (0.0001, "0.0001"),
            (1e22, "1e+22"),
            (-0.0, "-0.0"),
            (1.0 / 3.0, "0.3333333333333333"),
            (1.5e300, "1.5e+300"),
            (123456789.0, "123456789.0"),
            (2.5, "2.5"),
            (1.2345678901234568e+17, "1.2345678901234568e+17"),
        ];
        for (x, want) in cases {
            assert_eq!(float_repr(x), want, "{x:e}");
        }
        assert_eq!(float_repr(f64::INFINITY), "inf");
        assert_eq!(float_repr(f64::NAN), "nan");
    }

    #[test]
    fn str_reprs() {
        assert_eq!(str_repr("it's"), "\"it's\"");
        assert_eq!(str_repr("both ' and \""), "'both \\' and \"'");
        assert_eq!(str_repr("a\nb\t\\"), "'a\\nb\\t\\\\'");
        assert_eq!(str_repr("\x00\x7f\u{a0}\u{2028}é"), "'\\x00\\x7f\\xa0\\u2028é'");
    }

    #[test]
    fn format_specs() {
        assert_eq!(fmt_f(1.23456, ".2f"), "1.23");
        assert_eq!(fmt_f(1234.5, ".2"), "1.2e+03");
        assert_eq!(fmt_f(1.0, ".3"), "1.0");
        assert_eq!(fmt_f(1234567.891, ",.2f"), "1,234,567.89");
        assert_eq!(fmt_f(1.23456, "08.2f"), "00001.23");
        assert_eq!(fmt_f(-1.23456, "+.3e"), "-1.235e+00");
        assert_eq!(fmt_f(0.5, ".0%"), "50%");
        assert_eq!(fmt_f(1e16, ""), "1e+16");
        assert_eq!(fmt_f(123456789.0, "g"), "1.23457e+08");
        assert_eq!(fmt_f(0.0001, "g"), "0.0001");
        assert_eq!(fmt_f(1e-5, "g"), "1e-05");
        assert_eq!(fmt_f(2.0, "#g"), "2.00000");
        assert_eq!(fmt_i(255, "#x"), "0xff");
        assert_eq!(fmt_i(1234567, ","), "1,234,567");
        assert_eq!(fmt_i(1234567, "_"), "1_234_567");
        assert_eq!(fmt_i(42, "05d"), "00042");
        assert_eq!(fmt_i(-42, "05d"), "-0042");
        assert_eq!(fmt_i(42, "*^7"), "**42***");
        assert_eq!(fmt_i(1234, "010,"), "00,001,234");
        assert_eq!(format_str("text", &parse_format_spec("*^10").unwrap()).unwrap(), "***text***");
        assert_eq!(format_str("text", &parse_format_spec(".2").unwrap()).unwrap(), "te");
    }

    #[test]
    fn parsing_and_rounding() {
        assert_eq!(parse_int("  -42 ", 10).unwrap(), BigInt::from(-42));
        assert_eq!(parse_int("0x_ff", 16).unwrap(), BigInt::from(255));
        assert_eq!(parse_int("0b101", 0).unwrap(), BigInt::from(5));
        assert!(parse_int("010", 0).is_err());
        assert_eq!(parse_int("00", 0).unwrap(), BigInt::from(0));
        assert_eq!(parse_int("1_000", 10).unwrap(), BigInt::from(1000));
        assert!(parse_int("1__0", 10).is_err());
        assert_eq!(parse_float("1_2.3_4").unwrap(), 12.34);
        assert_eq!(parse_float("-Infinity").unwrap(), f64::NEG_INFINITY);
        assert!(parse_float("abc").is_err());
        assert_eq!(round_float(2.675, 2).unwrap(), 2.67);
        assert_eq!(round_float(0.5, 0).unwrap(), 0.0);
        assert_eq!(round_float(1234.5, -2).unwrap(), 1200.0);
        assert_eq!(percent_format_float(1.23456, 'f', "", Some(5), Some(2)), " 1.23");
        assert_eq!(percent_format_int(&BigInt::from(42), 'd', "0", Some(5), None), "00042");
        assert_eq!(percent_format_int(&BigInt::from(255), 'x', "#", None, None), "0xff");
        assert_eq!(percent_format_int(&BigInt::from(-255), 'x', "", None, None), "-ff");
    }
}
