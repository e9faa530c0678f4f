//! `nsvm dis`: prints every code object's instructions, one per line, with
//! the source line, the operand and what it names, like CPython's `dis`.
//! An attribute instruction's operand is its attribute site, shown with the
//! attribute it names after a dot: `LoadAttr 2 (.x)` is site 2, naming `x`.

use super::code::{CodeObject, Constant};
use super::opcodes::{BinOpKind, CmpKind, Operand};
use std::fmt::Write;

fn const_repr(c: &Constant) -> String {
    match c {
        Constant::None => "None".into(),
        Constant::Bool(b) => if *b { "True" } else { "False" }.into(),
        Constant::Int(i) => i.to_string(),
        Constant::BigInt(s) => s.clone(),
        Constant::Float(f) => crate::objects::numfmt::float_repr(*f),
        Constant::Str(s) => crate::objects::numfmt::str_repr(s),
        Constant::Tuple(items) => {
            let parts: Vec<String> = items.iter().map(const_repr).collect();
            if parts.len() == 1 {
                format!("({},)", parts[0])
            } else {
                format!("({})", parts.join(", "))
            }
        }
        Constant::FrozenSet(items) => format!("frozenset({{{}}})", items.iter().map(const_repr).collect::<Vec<_>>().join(", ")),
        Constant::Code(code) => format!("<code object {}, line {}>", code.name, code.first_line),
        Constant::Ellipsis => "Ellipsis".into(),
    }
}

/// Disassembles `code` and every code object nested in its constants.
pub fn disassemble(code: &CodeObject) -> String {
    let mut out = String::new();
    dis_one(code, &mut out);
    out
}

fn dis_one(code: &CodeObject, out: &mut String) {
    let _ = writeln!(out, "Disassembly of <code object {} (line {})>:", code.qualname, code.first_line);
    let targets: Vec<u32> = code
        .ops
        .iter()
        .filter_map(|op| match op.operand() {
            (Operand::Target, t) => Some(t),
            _ => None,
        })
        .collect();
    let mut last_line = 0;
    for (pc, op) in code.ops.iter().enumerate() {
        let line = code.line_at(pc);
        let line_col = if line != last_line {
            last_line = line;
            format!("{line:>4}")
        } else {
            "    ".to_string()
        };
        let mark = if targets.contains(&(pc as u32)) { ">>" } else { "  " };
        let (kind, arg) = op.operand();
        let note = match kind {
            Operand::None => String::new(),
            Operand::Const => code.consts.get(arg as usize).map(const_repr).unwrap_or_default(),
            Operand::Name => code.names.get(arg as usize).map(|s| s.to_string()).unwrap_or_default(),
            Operand::AttrSite => code.attr_name(arg).map(|s| format!(".{s}")).unwrap_or_default(),
            Operand::LocalAttr => {
                let (local, site) = crate::bytecode::opcodes::unpack_local_attr(arg);
                let local = code.varnames.get(local as usize).map(|s| s.to_string()).unwrap_or_default();
                format!("{local}.{}", code.attr_name(site).unwrap_or_default())
            }
            Operand::Local => code.varnames.get(arg as usize).map(|s| s.to_string()).unwrap_or_default(),
            Operand::Deref => {
                if (arg as usize) < code.cellvars.len() + code.freevars.len() {
                    code.deref_name(arg as usize).to_string()
                } else {
                    String::new()
                }
            }
            Operand::Target => format!("to {arg}"),
            Operand::BinOp => BinOpKind::from_u32(arg).symbol().to_string(),
            Operand::Cmp => CmpKind::from_u32(arg).symbol().to_string(),
            Operand::Count | Operand::Raw => String::new(),
        };
        let arg_col = if kind == Operand::None { String::new() } else { arg.to_string() };
        let note = if note.is_empty() { note } else { format!("({note})") };
        let _ = writeln!(out, "{line_col} {mark} {pc:>4} {:<20} {arg_col:>4} {note}", op.name());
    }
    if !code.exc_table.is_empty() {
        let _ = writeln!(out, "ExceptionTable:");
        for e in &code.exc_table {
            let _ = writeln!(out, "  {} to {} -> {} [{}] [exc {}]", e.start, e.end, e.target, e.depth, e.exc_depth);
        }
    }
    for c in &code.consts {
        if let Constant::Code(inner) = c {
            out.push('\n');
            dis_one(inner, out);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bytecode::code::CodeKind;
    use crate::bytecode::Op;

    #[test]
    fn every_attribute_instruction_has_its_own_site_and_dis_names_it() {
        let src = "o.x = 1\no.x += o.y\ndel o.y\no.m(1, 2)\no.m(k=1)\n";
        let code = crate::compiler::compile_source(src, "t.py", CodeKind::Module).expect("compiles");
        let sites: Vec<u32> = code
            .ops
            .iter()
            .filter_map(|op| match op.operand() {
                (Operand::AttrSite, s) => Some(s),
                _ => None,
            })
            .collect();
        // StoreAttr x; LoadAttr x, LoadAttr y, StoreAttr x; DeleteAttr y; LoadMethod m twice.
        assert_eq!(sites, (0..7).collect::<Vec<u32>>());
        let names: Vec<&str> = sites.iter().map(|&s| code.attr_name(s).unwrap_or("?")).collect();
        assert_eq!(names, ["x", "x", "y", "x", "y", "m", "m"]);
        // A positional method call is the pair; one with keywords calls generically.
        assert!(code.ops.contains(&Op::CallMethod(2)) && code.ops.contains(&Op::CallKw(1)));
        let text = disassemble(&code);
        assert!(text.lines().any(|l| l.contains("LoadAttr") && l.contains(" 2 (.y)")), "{text}");
        assert!(text.lines().any(|l| l.contains("LoadMethod") && l.contains(" 5 (.m)")), "{text}");
    }

    #[test]
    fn attribute_instructions_on_a_local_are_fused_and_dis_names_both() {
        let src = "def f(o, p):\n    o.x = p.y\n    return o.m(1)\n";
        let module = crate::compiler::compile_source(src, "t.py", CodeKind::Module).expect("compiles");
        let f = module
            .consts
            .iter()
            .find_map(|c| match c {
                crate::bytecode::code::Constant::Code(c) => Some(c.clone()),
                _ => None,
            })
            .expect("function code");
        let names: Vec<&str> = f.ops.iter().map(|op| op.name()).collect();
        assert!(names.contains(&"LoadFastAttr") && names.contains(&"StoreFastAttr") && names.contains(&"LoadFastMethod"), "{names:?}");
        assert!(!names.contains(&"LoadFast"), "{names:?}");
        let text = disassemble(&f);
        assert!(text.lines().any(|l| l.contains("LoadFastAttr") && l.contains("(p.y)")), "{text}");
        assert!(text.lines().any(|l| l.contains("StoreFastAttr") && l.contains("(o.x)")), "{text}");
    }
}
