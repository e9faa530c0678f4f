//! Dict-protocol views over namespaces, generic over the value type.
//!
//! Empty for now: under the `dict` strategy every namespace *is* a dict. The
//! proxy that makes `globals()`, `vars(module)` and `obj.__dict__` behave as
//! dicts over slot storage comes with the `slots` strategy (issue "Slot-based
//! module globals") and is tested here against `namespaces::ModuleNs`.
