//! `import`: built-in modules, `.py` files beside the main script, and
//! packages (folders with `__init__.py`), cached in `sys.modules`. A module
//! is entered in the cache before its body runs, so circular imports see
//! the partly initialised module as CPython's do.

use crate::bytecode::CodeKind;
use crate::interp::{attr, ops, Frame, Vm};
use crate::objects::str::intern;
use crate::objects::{ExcKind, PyCode, PyDict, PyModule, PyResult, PyStr, Value};
use crate::strategy::Strategy;
use std::path::PathBuf;
use std::rc::Rc;

fn cached(vm: &Vm, name: &str) -> Option<Value> {
    vm.modules.data.borrow().get_str(&intern(name))
}

fn find_source(vm: &Vm, name: &str, parent_path: Option<&PathBuf>) -> Option<(PathBuf, bool)> {
    let rel: PathBuf = name.rsplit('.').next().unwrap_or(name).into();
    let dirs: Vec<PathBuf> = match parent_path {
        Some(p) => vec![p.clone()],
        None => vm.path.clone(),
    };
    for d in dirs {
        let pkg = d.join(&rel).join("__init__.py");
        if pkg.is_file() {
            return Some((pkg, true));
        }
        let file = d.join(&rel).with_extension("py");
        if file.is_file() {
            return Some((file, false));
        }
    }
    None
}

/// Creates a module object with the standard globals. As in CPython,
/// `__main__`'s `__builtins__` is the builtins module and every other
/// module's is the builtins namespace itself.
pub fn new_module(vm: &Vm, name: &str) -> Rc<PyModule> {
    let dict = crate::interp::vm::new_namespace(vm.strategy);
    {
        let mut d = dict.data.borrow_mut();
        d.set_str(crate::name!("__name__"), Value::str(name));
        d.set_str(crate::name!("__doc__"), Value::None);
        d.set_str(crate::name!("__package__"), Value::None);
        let builtins = if name == "__main__" { Value::Module(vm.builtins.clone()) } else { Value::Dict(vm.builtins.dict.clone()) };
        d.set_str(crate::name!("__builtins__"), builtins);
    }
    PyModule::new_rc(intern(name), dict)
}

/// Compiles and runs a source file as module `name`.
pub fn exec_module_file(vm: &mut Vm, name: &str, path: &PathBuf, is_pkg: bool) -> PyResult<Rc<PyModule>> {
    let bytes = std::fs::read(path).map_err(|e| vm.new_error(ExcKind::ImportError, format!("cannot read {}: {e}", path.display())))?;
    // Decoded as CPython reads a module (coding cookie, BOM, line endings).
    let src = match crate::runner::decode_source(&bytes, &path.to_string_lossy(), crate::runner::SourceOrigin::Import) {
        Ok(s) => crate::syntax::normalize_newlines(&s).into_owned(),
        Err(e) => return Err(ops::syntax_error_value(vm, &e)),
    };
    let m = new_module(vm, name);
    let file = path.to_string_lossy().to_string();
    {
        let mut d = m.dict.data.borrow_mut();
        d.set_str(crate::name!("__file__"), Value::string(file.clone()));
        let package = if is_pkg { name.to_string() } else { name.rsplit_once('.').map(|(p, _)| p.to_string()).unwrap_or_default() };
        d.set_str(crate::name!("__package__"), Value::string(package));
        if is_pkg {
            let dir = path.parent().map(|p| p.to_string_lossy().to_string()).unwrap_or_default();
            d.set_str(crate::name!("__path__"), Value::list(vec![Value::string(dir)]));
        }
    }
    vm.sources.insert(file.clone(), src.clone().into());
    let code = match crate::compiler::compile_source(&src, &file, CodeKind::Module) {
        Ok(c) => PyCode::load(Rc::new(c)),
        Err(e) => return Err(ops::syntax_error_value(vm, &e)),
    };
    vm.modules.data.borrow_mut().set_str(intern(name), Value::Module(m.clone()));
    match vm.run_code(code, None, m.dict.clone(), None) {
        Ok(_) => Ok(m),
        Err(e) => {
            vm.modules.data.borrow_mut().remove_str(&intern(name));
            Err(e)
        }
    }
}

fn not_found(vm: &Vm, name: &str) -> crate::objects::PyErr {
    let e = vm.new_error(ExcKind::ModuleNotFoundError, format!("No module named '{name}'"));
    if let Some(x) = e.0.exc() {
        x.borrow_mut().detail = Some(Box::new(crate::objects::exc::ExcDetail { name: Value::str(name), ..Default::default() }));
    }
    e
}

/// Imports a dotted module name, returning the module itself.
pub fn load_module(vm: &mut Vm, name: &str) -> PyResult<Value> {
    if let Some(m) = cached(vm, name) {
        return Ok(m);
    }
    // Made on first import, as CPython's (not in `sys.modules` at start).
    if name == "__future__" {
        let m = Value::Module(crate::builtins::modules::make_future(vm));
        vm.modules.data.borrow_mut().set_str(intern(name), m.clone());
        return Ok(m);
    }
    let (parent_path, _parent) = match name.rsplit_once('.') {
        Some((parent, _)) => {
            let pm = load_module(vm, parent)?;
            if let Some(m) = cached(vm, name) {
                return Ok(m);
            }
            let path = match &pm {
                Value::Module(m) => match m.dict.data.borrow().get_str(&crate::name!("__path__")) {
                    Some(Value::List(l)) => l.items.borrow().first().and_then(|p| p.as_str().map(|s| PathBuf::from(s.as_str()))),
                    _ => None,
                },
                _ => None,
            };
            match path {
                Some(p) => (Some(p), Some(pm)),
                None => return Err(vm.new_error(ExcKind::ModuleNotFoundError, format!("No module named '{name}'; '{parent}' is not a package"))),
            }
        }
        None => (None, None),
    };
    let Some((path, is_pkg)) = find_source(vm, name, parent_path.as_ref()) else {
        // No source: an extension module (`NAME.so`), through the C API.
        return match crate::capi::find_extension(vm, name, parent_path.as_ref()) {
            Some(so) => crate::capi::load_extension(vm, name, &so),
            None => Err(not_found(vm, name)),
        };
    };
    let m = exec_module_file(vm, name, &path, is_pkg)?;
    if let (Some((parent, child)), Some(Value::Module(pm))) = (name.rsplit_once('.'), cached(vm, name.rsplit_once('.').map(|x| x.0).unwrap_or(""))) {
        let _ = parent;
        pm.dict.data.borrow_mut().set_str(intern(child), Value::Module(m.clone()));
    }
    Ok(Value::Module(m))
}

fn resolve_relative(vm: &mut Vm, name: &str, level: usize, globals: Option<&Rc<PyDict>>) -> PyResult<String> {
    if level == 0 {
        return Ok(name.to_string());
    }
    let g = globals.ok_or_else(|| vm.new_error(ExcKind::ImportError, "attempted relative import with no known parent package"))?;
    let pkg = match g.data.borrow().get_str(&crate::name!("__package__")) {
        Some(Value::Str(s)) if !s.s.is_empty() => s.s.to_string(),
        _ => String::new(),
    };
    if pkg.is_empty() {
        return Err(vm.new_error(ExcKind::ImportError, "attempted relative import with no known parent package"));
    }
    let mut parts: Vec<&str> = pkg.split('.').collect();
    if level > parts.len() && level > parts.len() {
        return Err(vm.new_error(ExcKind::ImportError, "attempted relative import beyond top-level package"));
    }
    parts.truncate(parts.len() + 1 - level);
    let base = parts.join(".");
    Ok(if name.is_empty() { base } else { format!("{base}.{name}") })
}

/// The value an import statement binds.
pub fn import_module_value(vm: &mut Vm, name: &Rc<PyStr>, fromlist: &Value, level: usize, globals: Option<&Rc<PyDict>>) -> PyResult<Value> {
    let full = resolve_relative(vm, name.as_str(), level, globals)?;
    let m = load_module(vm, &full)?;
    let has_fromlist = match fromlist {
        Value::Tuple(t) => !t.items.is_empty(),
        Value::List(l) => !l.items.borrow().is_empty(),
        Value::None => false,
        _ => true,
    };
    if has_fromlist {
        // `from pkg import sub` may name submodules.
        if let (Value::Module(pm), Value::Tuple(t)) = (&m, fromlist) {
            let is_pkg = pm.dict.data.borrow().get_str(&crate::name!("__path__")).is_some();
            if is_pkg {
                for item in t.items.iter() {
                    if let Value::Str(s) = item {
                        if s.as_str() != "*" && pm.dict.data.borrow().get_str(s).is_none() {
                            let sub = format!("{full}.{}", s.as_str());
                            match load_module(vm, &sub) {
                                Ok(_) => {}
                                Err(e) if vm.err_is(&e, ExcKind::ModuleNotFoundError) => {}
                                Err(e) => return Err(e),
                            }
                        }
                    }
                }
            }
        }
        return Ok(m);
    }
    let top = full.split('.').next().unwrap_or(&full).to_string();
    if level == 0 {
        return load_module(vm, &top);
    }
    Ok(m)
}

pub fn import_name(vm: &mut Vm, f: &Frame, name: &Rc<PyStr>, fromlist: &Value, level: &Value) -> PyResult<Value> {
    let level = match level {
        Value::Int(i) => *i as usize,
        _ => 0,
    };
    let g = f.globals.clone();
    import_module_value(vm, name, fromlist, level, Some(&g))
}

pub fn import_from(vm: &mut Vm, m: &Value, name: &Rc<PyStr>) -> PyResult<Value> {
    match attr::get_attr(vm, m, name) {
        Ok(v) => Ok(v),
        Err(e) if vm.err_is(&e, ExcKind::AttributeError) => {
            let (mname, loc) = match m {
                Value::Module(pm) => {
                    let file = pm.dict.data.borrow().get_str(&crate::name!("__file__"));
                    (
                        pm.name.to_string(),
                        match file {
                            Some(Value::Str(f)) => f.s.to_string(),
                            _ => "unknown location".to_string(),
                        },
                    )
                }
                _ => ("?".to_string(), "unknown location".to_string()),
            };
            // A partially initialised module (circular import) gets CPython's hint.
            let circular = cached(vm, &mname).is_some()
                && vm
                    .frames
                    .iter()
                    .any(|fi| matches!(fi.globals().data.borrow().get_str(&crate::name!("__name__")), Some(Value::Str(n)) if n.as_str() == mname));
            if circular {
                return Err(vm.new_error(
                    ExcKind::ImportError,
                    format!(
                        "cannot import name '{}' from partially initialized module '{mname}' (most likely due to a circular import) ({loc})",
                        name.as_str()
                    ),
                ));
            }
            let e = vm.new_error(ExcKind::ImportError, format!("cannot import name '{}' from '{mname}' ({loc})", name.as_str()));
            if let Some(x) = e.0.exc() {
                let path = if loc == "unknown location" { Value::None } else { Value::string(loc.clone()) };
                x.borrow_mut().detail = Some(Box::new(crate::objects::exc::ExcDetail { name: Value::string(mname.clone()), path, ..Default::default() }));
            }
            Err(e)
        }
        Err(e) => Err(e),
    }
}

pub fn import_star<S: Strategy>(vm: &mut Vm, f: &Frame, m: &Value) -> PyResult<()> {
    let Value::Module(pm) = m else {
        return Err(vm.type_error("from-import-* object has no __dict__ and no __all__"));
    };
    let all = pm.dict.data.borrow().get_str(&crate::name!("__all__"));
    let names: Vec<Value> = match all {
        Some(a) => ops::iterate(vm, &a)?,
        None => pm.dict.data.borrow().iter().filter(|e| e.key.as_str().is_some_and(|s| !s.s.starts_with('_'))).map(|e| e.key.clone()).collect(),
    };
    for n in names {
        let Value::Str(s) = &n else { continue };
        let v = attr::get_attr(vm, m, s)?;
        match &f.locals {
            Some(l) => ops::setitem(vm, l, n.clone(), v)?,
            None => f.globals.data.borrow_mut().set_str(s.clone(), v),
        }
    }
    Ok(())
}
