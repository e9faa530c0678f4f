//! Storage strategies for namespaces, generic over the value type and the
//! key type; no interpreter in sight, so they are tested exhaustively here
//! against simple models.
//!
//! The module strategy (`slots`): a `ModuleLayout` maps each name to a
//! stable slot index, append-only, so compiled code can be linked to slot
//! indices once and never re-resolve. Deleting a name empties its slot but
//! keeps the index; defining it again reuses the same slot. Iteration order
//! is dict order (first insertion, and a name deleted and re-added goes to
//! the end), tracked apart from slot order so that `globals()` iterates
//! exactly as a dict would.

pub mod module;

pub use module::{ModuleLayout, ModuleNs, SlotIdx};
