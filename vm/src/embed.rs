//! Running Python source inside a Rust program: a VM with one `__main__`
//! module, for micro benchmarks and property tests that should not pay for
//! a process per program.

use crate::bytecode::CodeKind;
use crate::compiler;
use crate::interp::{StrategyKind, Vm};
use crate::objects::{PyCode, PyModule, Value};
use std::rc::Rc;

/// A VM and its `__main__` module.
pub struct Interp {
    pub vm: Vm,
    pub main: Rc<PyModule>,
}

impl Interp {
    pub fn new(strategy: StrategyKind) -> Interp {
        let mut vm = Vm::new(strategy);
        crate::builtins::set_sys_args(&mut vm);
        let main = crate::interp::import::new_module(&vm, "__main__");
        vm.modules.data.borrow_mut().set_str(crate::name!("__main__"), Value::Module(main.clone()));
        Interp { vm, main }
    }

    /// Runs `src` in `__main__`. Output goes to the VM's buffered stdout
    /// (flushed at exit or by `flush`); an exception comes back as its
    /// formatted traceback.
    pub fn exec(&mut self, src: &str) -> Result<(), String> {
        let code = compiler::compile_source(src, "<embed>", CodeKind::Module).map_err(|e| format!("SyntaxError: {}", e.msg))?;
        // No frame runs between top-level calls; an entry left by a panic
        // caught around an earlier call would point at a dead frame.
        self.vm.frames.clear();
        let r = self.vm.run_code(PyCode::load(Rc::new(code)), None, self.main.dict.clone(), None);
        r.map(|_| ()).map_err(|e| self.describe(e))
    }

    /// A global of `__main__`.
    pub fn global(&self, name: &str) -> Option<Value> {
        self.main.dict.data.borrow().get_str(&crate::objects::str::intern(name))
    }

    /// Calls the global function `name` with positional arguments.
    pub fn call(&mut self, name: &str, args: &[Value]) -> Result<Value, String> {
        let f = self.global(name).ok_or_else(|| format!("NameError: name '{name}' is not defined"))?;
        self.vm.frames.clear(); // as in `exec`
        self.vm.call(&f, args, &[]).map_err(|e| self.describe(e))
    }

    pub fn flush(&mut self) {
        self.vm.flush_out();
    }

    /// Keeps stdout in memory from now on; `take_output` returns it.
    pub fn capture_output(&mut self) {
        self.vm.capture = true;
    }

    pub fn take_output(&mut self) -> String {
        String::from_utf8_lossy(&self.vm.take_output()).into_owned()
    }

    /// Breaks the reference cycles a program leaves (functions hold their
    /// module's namespace, which holds them; a class's MRO holds the class),
    /// so that a process running many programs does not keep them all.
    /// nsvm has no cycle collector yet; this is the embedder's stand-in.
    pub fn teardown(&mut self) {
        let mut namespaces = vec![self.main.dict.clone()];
        for e in self.vm.modules.data.borrow().iter() {
            if let Value::Module(m) = e.value {
                namespaces.push(m.dict.clone());
            }
        }
        for ns in namespaces {
            let values: Vec<Value> = ns.data.borrow().iter().map(|e| e.value.clone()).collect();
            for v in values {
                if let Value::Type(t) = v {
                    t.mro.borrow_mut().clear();
                    let old = std::mem::take(&mut *t.dict.borrow_mut());
                    let cache = t.init_cache.borrow_mut().take();
                    t.modified();
                    drop(old);
                    drop(cache);
                }
            }
            let old = std::mem::take(&mut *ns.data.borrow_mut());
            drop(old);
        }
    }

    fn describe(&mut self, e: crate::objects::PyErr) -> String {
        let mut out = String::new();
        crate::runner::format_exception(&mut self.vm, &Value::Instance(e.0), 0, &mut out);
        out
    }
}
