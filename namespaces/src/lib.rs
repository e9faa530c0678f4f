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
//!
//! The instance strategy (hidden classes): each class keeps a `ShapeTree`,
//! and each instance a `ShapedValues` (its `ShapeId` plus its values
//! inline, index order = insertion order = dict order; the id and the
//! length share one word, and past `INLINE` values all of them move to one
//! heap vector, so with the VM's 8-byte packed values a 3-attribute
//! instance's namespace is 32 bytes). Instances given
//! the same names in the same order share a shape, so an inline cache keyed
//! by (type version, shape) reads a value by index. Dictionary mode is the
//! fallback, and its table is not in this crate: the caller takes the
//! entries out in order with `take_all`, moves them into a hash-table dict
//! for the rest of the instance's life, and keeps that dict as the one
//! value of a `ShapedValues::dictionary` at shape `ShapeId::DICT_MODE`
//! (so the mode costs an instance no tag). The policy, in full:
//! - *deletion*: deleting the attribute added last takes the instance back
//!   to the parent shape (exactly the remaining names in the same order, so
//!   `del obj.tmp` and `obj.__dict__.popitem()` stay shaped); deleting any
//!   other attribute reports `ToDictMode::Delete`. Deleting a missing name
//!   changes nothing (the caller raises `AttributeError`).
//! - *size limit*: a shape holds at most `MAX_ATTRS` (128) attributes; a
//!   new one past it reports `Limit::Attributes`.
//! - *transition-count limit*: a class's tree holds at most `MAX_SHAPES`
//!   (4,096) shapes; a new transition past it reports `Limit::Shapes`.
//!   Existing shapes and transitions keep working, so only instances that
//!   need a new shape leave.
//! - `obj.__dict__ = d`: the instance's storage becomes `d` itself (CPython
//!   shares it: later writes to `d` are the instance's attributes), so the
//!   caller drops the shaped values and the instance is in dictionary mode.
//! - a key with Python equality (anything but a name, e.g. a `str`
//!   subclass or an int) stored through `obj.__dict__[key] = v`: a shape
//!   holds names only, so the dict moves the instance to dictionary mode
//!   first, as module slots become a table.
//! - `obj.__class__ = C`: `move_to_tree` replays the names in `C`'s tree
//!   (same order, same values); past one of its limits, dictionary mode.
//! - reading `obj.__dict__` (the VM's choice today, see `vm`'s
//!   `objects::instance`): the values move, in order, into the dict that is
//!   returned, and that dict is the instance's storage from then on, so
//!   writes through either side are seen by the other. CPython 3.11 does the
//!   same (it makes the dict from the inline values when asked). A dict
//!   *over* the shape, as PyPy's mapdict strategy has, would keep the
//!   instance shaped; it is the next step (`proxies` has room for it).

mod inline_vec;
pub mod module;
pub mod shape;

pub use module::{ModuleLayout, ModuleNs, SlotIdx};
pub use shape::{Limit, Rejected, ShapeId, ShapeTree, ShapedValues, ToDictMode, INLINE, MAX_ATTRS, MAX_SHAPES};
