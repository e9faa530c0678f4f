//! Instance shapes (hidden classes): a `ShapeTree` per class, an arena of
//! shape nodes linked by transitions, and `ShapedValues`, the part each
//! instance holds: its current shape and its values inline.
//!
//! A shape is the ordered list of an instance's attribute names, stored as
//! a path from the root of its class's tree: each node adds one name
//! (parent, name, index = attribute count - 1). Two instances that received
//! the same names in the same order sit at the same node, so an inline
//! cache keyed by (type version, `ShapeId`) can read a value by index
//! without looking at a name. Values sit in the instance in index order,
//! which is insertion order, which is dict order.
//!
//! Invariants (checked by `check_invariants`, which the tests call after
//! every step):
//! - `nodes[0]` is the root: no name, attribute count 0, its own parent.
//! - every other node `i` has a name, `parent < i` (the arena is in creation
//!   order), and `len == nodes[parent].len + 1`; the names along a path from
//!   a node to the root are distinct, so a name has at most one index in a
//!   shape, and that index is the same in every descendant.
//! - node `c` is in the transitions of node `p` under name `n` iff
//!   `c.parent == p` and `c.name == n`; a node has at most one child per
//!   name, so a (shape, name) pair leads to one shape, whoever asks.
//! - `len <= max_attrs` for every node and `nodes.len() <= max_shapes`.
//! - a lookup table, once built, is on a node whose count is a multiple of
//!   `STRIDE`, and maps exactly the names on that node's path to their
//!   indices. Nodes never change after creation except for gaining
//!   children and this cache, so a `ShapeId` means the same forever.
//! - for a `ShapedValues`: `values.len() == tree.len(shape)`, and value `i`
//!   belongs to the name with index `i` on the shape's path.
//!
//! Lookup of a name in a shape (the inline-cache miss path): walk up the
//! parents comparing names, at most `STRIDE - 1` of them, until the root or
//! a *checkpoint* (a node whose count is a multiple of `STRIDE`); a
//! checkpoint answers from a table of its whole path, built on the first
//! lookup that reaches it. So a lookup costs at most `STRIDE - 1` name
//! comparisons and one hash probe, whatever the length; tables exist only
//! on every `STRIDE`th node of paths that lookups actually reached (about
//! `len² / (2 * STRIDE)` entries for a path of `len`; about 1,100 at the
//! size limit), instead of one table per node.

use crate::inline_vec::InlineVec;
use hashbrown::{Equivalent, HashMap};
use std::cell::OnceCell;
use std::hash::Hash;

/// A node of a `ShapeTree`; meaningful only with the tree it came from.
/// The root (`ShapeId::ROOT`, no attributes) is the same id in every tree.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ShapeId(pub u32);

impl ShapeId {
    pub const ROOT: ShapeId = ShapeId(0);
    /// The shape of a `ShapedValues` in dictionary mode (`dictionary`): no
    /// tree ever has it (trees stop at `MAX_SHAPES`), so a cache keyed by
    /// shape keys dictionary mode by it too.
    pub const DICT_MODE: ShapeId = ShapeId(u32::MAX);
}

/// Default size limit: the most attributes a shape may have. The project
/// requires that an object with 41 attributes is no performance cliff;
/// 128 leaves three times that, and an object past it is being used as a
/// dict (`setattr` in a loop), where a hash table is the right storage.
/// What a long shape costs is tree memory (a node of about 48 bytes per
/// attribute, shared by every instance of the class) and checkpoint tables,
/// not lookup time (see the header).
pub const MAX_ATTRS: u32 = 128;

/// Default transition-count limit: the most shapes one class's tree may
/// hold, root included. A sane class has a handful to a few dozen shapes
/// (an inline cache goes megamorphic past four); a tree that keeps growing
/// is a class whose instances get data-dependent names or orders, and
/// every new shape would cost tree memory for no cache hit. 4,096 nodes is
/// about 200 KB per class at worst, far above what any real class reaches.
/// Past it, instances already on existing shapes keep them and keep
/// following existing transitions; only a new transition is refused.
pub const MAX_SHAPES: u32 = 4096;

/// Default number of values stored inside the instance before they spill to
/// the heap. With 8-byte values, `ShapedValues<V, 3>` is 32 bytes (one word
/// of shape and length, then three values or a `Vec`). With 16-byte values
/// it is 56 bytes, so an instance with a class pointer and an `Rc` header
/// (16) needs 80 bytes, a 96-byte malloc chunk: the project's budget for a
/// 3-attribute instance (CPython 3.11: 152). `N = 4` would make it 72 (96
/// with the header, a 112-byte chunk); N = 2 is 40 bytes and N = 6 is 104.
/// Past `N` values all of them move to one heap block (capacity `2 * N`,
/// then doubling) and the inline bytes go unused, so N is a bet on the
/// common attribute count; the type takes `N` as a parameter so the
/// benchmarks can measure others.
pub const INLINE: usize = 3;

/// A checkpoint every `STRIDE` attributes (see the header).
const STRIDE: u32 = 8;

/// Why a new transition was refused; the caller moves the instance to
/// dictionary mode.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Limit {
    /// The shape already has `max_attrs` attributes (size limit).
    Attributes,
    /// The tree already has `max_shapes` shapes (transition-count limit).
    Shapes,
}

/// Why an instance must leave its shape for dictionary mode.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ToDictMode {
    /// Deleting an attribute that is not the last one added.
    Delete,
    /// A new attribute past a limit of the tree.
    Limit(Limit),
}

impl From<Limit> for ToDictMode {
    fn from(l: Limit) -> Self {
        ToDictMode::Limit(l)
    }
}

/// `ShapedValues::set` refused the value: the reason, and the value handed
/// back so that the caller can store it in the dict it moves to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rejected<V> {
    pub reason: ToDictMode,
    pub value: V,
}

/// The children of a node by name. Most nodes have none or one (a class
/// whose instances are built one way is a single path), so the hash table
/// is made only for a second child, and a leaf costs no allocation.
#[derive(Clone, Debug, Default)]
enum Transitions<K> {
    #[default]
    None,
    /// One child; its name is the child's own `name`.
    One(ShapeId),
    Many(Box<HashMap<K, ShapeId>>),
}

#[derive(Clone, Debug)]
struct Node<K> {
    parent: ShapeId,
    /// Attribute count along the path; this node's name has index `len - 1`.
    len: u32,
    /// `None` only at the root.
    name: Option<K>,
    next: Transitions<K>,
    /// Name -> index for the whole path; only on checkpoints, built lazily.
    table: OnceCell<Box<HashMap<K, u32>>>,
}

impl<K> Node<K> {
    fn name(&self) -> &K {
        self.name.as_ref().expect("only the root has no name")
    }
}

/// The shapes of one class: an arena of nodes, append-only.
#[derive(Clone, Debug)]
pub struct ShapeTree<K> {
    nodes: Vec<Node<K>>,
    max_shapes: u32,
    max_attrs: u32,
}

impl<K: Hash + Eq + Clone> Default for ShapeTree<K> {
    fn default() -> Self {
        Self::new()
    }
}

impl<K: Hash + Eq + Clone> ShapeTree<K> {
    /// A tree holding only the root, with the default limits.
    pub fn new() -> Self {
        Self::with_limits(MAX_SHAPES, MAX_ATTRS)
    }

    /// A tree with other limits (tests use small ones to reach them).
    /// `max_shapes` counts the root, so it must be at least 1.
    pub fn with_limits(max_shapes: u32, max_attrs: u32) -> Self {
        assert!(max_shapes >= 1, "the root is a shape");
        let root = Node { parent: ShapeId::ROOT, len: 0, name: None, next: Transitions::None, table: OnceCell::new() };
        ShapeTree { nodes: vec![root], max_shapes, max_attrs }
    }

    pub fn root(&self) -> ShapeId {
        ShapeId::ROOT
    }

    /// Number of shapes in the tree, root included.
    pub fn shape_count(&self) -> usize {
        self.nodes.len()
    }

    /// Number of attributes of a shape.
    #[inline]
    pub fn len(&self, shape: ShapeId) -> usize {
        self.node(shape).len as usize
    }

    /// The shape one attribute shorter (the root is its own parent).
    pub fn parent(&self, shape: ShapeId) -> ShapeId {
        self.node(shape).parent
    }

    /// The last name a shape added (`None` at the root).
    pub fn last_name(&self, shape: ShapeId) -> Option<&K> {
        self.node(shape).name.as_ref()
    }

    #[inline]
    fn node(&self, shape: ShapeId) -> &Node<K> {
        &self.nodes[shape.0 as usize]
    }

    /// The existing transition from `from` by `name`, if any. Never
    /// creates; a transition exists only for a name `from` does not have.
    #[inline]
    pub fn follow<Q>(&self, from: ShapeId, name: &Q) -> Option<ShapeId>
    where
        Q: Hash + Equivalent<K> + ?Sized,
    {
        match &self.node(from).next {
            Transitions::None => None,
            Transitions::One(c) => name.equivalent(self.node(*c).name()).then_some(*c),
            Transitions::Many(m) => m.get(name).copied(),
        }
    }

    /// The shape `from` plus `name`: the existing transition, or a new one.
    /// A new one is refused past a limit. Panics if `from` already has
    /// `name` (a caller bug: a shape never holds a name twice).
    pub fn transition(&mut self, from: ShapeId, name: K) -> Result<ShapeId, Limit> {
        if let Some(to) = self.follow(from, &name) {
            return Ok(to);
        }
        assert!(self.lookup(from, &name).is_none(), "transition by a name the shape already has");
        self.create(from, name)
    }

    /// Adds a child of `from` named `name`; the caller has checked that
    /// there is no such child and that `from` does not have `name`.
    fn create(&mut self, from: ShapeId, name: K) -> Result<ShapeId, Limit> {
        let len = self.node(from).len + 1;
        if len > self.max_attrs {
            return Err(Limit::Attributes);
        }
        if self.nodes.len() >= self.max_shapes as usize {
            return Err(Limit::Shapes);
        }
        let id = ShapeId(self.nodes.len() as u32);
        let next = match std::mem::take(&mut self.nodes[from.0 as usize].next) {
            Transitions::None => Transitions::One(id),
            Transitions::One(c) => {
                let mut m = HashMap::with_capacity(2);
                m.insert(self.node(c).name().clone(), c);
                m.insert(name.clone(), id);
                Transitions::Many(Box::new(m))
            }
            Transitions::Many(mut m) => {
                m.insert(name.clone(), id);
                Transitions::Many(m)
            }
        };
        self.nodes[from.0 as usize].next = next;
        self.nodes.push(Node { parent: from, len, name: Some(name), next: Transitions::None, table: OnceCell::new() });
        Ok(id)
    }

    /// The index of `name` in `shape` (the inline-cache miss path): at most
    /// `STRIDE - 1` comparisons, then one probe of a checkpoint's table.
    pub fn lookup<Q>(&self, shape: ShapeId, name: &Q) -> Option<u32>
    where
        Q: Hash + Equivalent<K> + ?Sized,
    {
        let mut id = shape;
        loop {
            let node = self.node(id);
            if node.len == 0 {
                return None;
            }
            if node.len.is_multiple_of(STRIDE) {
                return self.table(id).get(name).copied();
            }
            if name.equivalent(node.name()) {
                return Some(node.len - 1);
            }
            id = node.parent;
        }
    }

    /// A checkpoint's table of its whole path, built on first use.
    #[cold]
    #[inline(never)]
    fn build_table(&self, shape: ShapeId) -> Box<HashMap<K, u32>> {
        let mut t = HashMap::with_capacity(self.len(shape));
        let mut id = shape;
        while id != ShapeId::ROOT {
            let node = self.node(id);
            t.insert(node.name().clone(), node.len - 1);
            id = node.parent;
        }
        Box::new(t)
    }

    fn table(&self, shape: ShapeId) -> &HashMap<K, u32> {
        self.node(shape).table.get_or_init(|| self.build_table(shape))
    }

    /// The names of a shape in insertion (= index) order.
    pub fn names(&self, shape: ShapeId) -> Vec<&K> {
        let mut out = Vec::with_capacity(self.len(shape));
        let mut id = shape;
        while id != ShapeId::ROOT {
            let node = self.node(id);
            out.push(node.name());
            id = node.parent;
        }
        out.reverse();
        out
    }

    /// The name with index `index` in `shape`; walks up `len - index`
    /// parents (for one key; use `names` to visit them all).
    pub fn name_at(&self, shape: ShapeId, index: u32) -> Option<&K> {
        let mut id = shape;
        if index >= self.node(id).len {
            return None;
        }
        while self.node(id).len > index + 1 {
            id = self.node(id).parent;
        }
        self.node(id).name.as_ref()
    }

    /// Checks the invariants in the header; panics on a violation. For
    /// tests (it visits every node and every built table).
    #[doc(hidden)]
    pub fn check_invariants(&self) {
        let root = &self.nodes[0];
        assert!(root.name.is_none() && root.len == 0 && root.parent == ShapeId::ROOT);
        assert!(self.nodes.len() <= self.max_shapes as usize);
        let mut children = vec![0usize; self.nodes.len()];
        for (i, node) in self.nodes.iter().enumerate().skip(1) {
            let p = node.parent.0 as usize;
            assert!(p < i, "parent before child");
            assert_eq!(node.len, self.nodes[p].len + 1);
            assert!(node.len <= self.max_attrs);
            assert!(node.name.is_some());
            assert_eq!(self.follow(node.parent, node.name()), Some(ShapeId(i as u32)), "a node is its parent's transition by its name");
            children[p] += 1;
        }
        for (i, node) in self.nodes.iter().enumerate() {
            let id = ShapeId(i as u32);
            match &node.next {
                Transitions::None => assert_eq!(children[i], 0),
                Transitions::One(c) => {
                    assert_eq!(children[i], 1);
                    assert_eq!(self.node(*c).parent, id);
                }
                Transitions::Many(m) => {
                    assert!(m.len() >= 2);
                    assert_eq!(children[i], m.len());
                    for (k, c) in m.iter() {
                        assert_eq!(self.node(*c).parent, id);
                        assert!(self.node(*c).name() == k);
                    }
                }
            }
            let names = self.names(id);
            let distinct: hashbrown::HashSet<&K> = names.iter().copied().collect();
            assert_eq!(distinct.len(), names.len(), "a name at most once per path");
            if let (Some(first), Some(last)) = (names.first(), names.last()) {
                assert!(self.name_at(id, 0) == Some(*first) && self.name_at(id, node.len - 1) == Some(*last));
            }
            if let Some(t) = node.table.get() {
                assert!(node.len.is_multiple_of(STRIDE), "tables only on checkpoints");
                assert_eq!(t.len(), names.len());
                for (j, k) in names.iter().enumerate() {
                    assert_eq!(t.get(*k), Some(&(j as u32)));
                }
            }
        }
    }
}

/// The per-instance part: the current shape in the instance's class tree,
/// and one value per attribute in index order, the first `N` inline.
///
/// Every operation that needs names takes the tree; `get_at` and
/// `get_at_mut` (the inline-cache hit paths) do not.
///
/// In dictionary mode (`dictionary(storage)`), the shape is
/// `ShapeId::DICT_MODE` and the one value is the caller's own storage (a
/// dict): the mode costs no tag of its own. Name operations (`get`, `set`,
/// `delete`, `iter`, `take_all`, `move_to_tree`) are for shaped values
/// only; the caller asks `dictionary()` first.
///
/// The shape's id is the `InlineVec`'s tag, so that it shares one word with
/// the length: 32 bytes in all for 8-byte values and `N = 3`.
#[derive(Clone)]
pub struct ShapedValues<V, const N: usize = INLINE> {
    /// The values; their tag is the current shape (`ShapeId.0`).
    values: InlineVec<V, N>,
}

const _: () = assert!(std::mem::size_of::<ShapedValues<u64, 3>>() == 32);
const _: () = assert!(std::mem::size_of::<ShapedValues<(u64, u64)>>() <= 64);

impl<V: std::fmt::Debug, const N: usize> std::fmt::Debug for ShapedValues<V, N> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ShapedValues").field("shape", &self.shape()).field("values", &self.values.as_slice()).finish()
    }
}

impl<V, const N: usize> Default for ShapedValues<V, N> {
    fn default() -> Self {
        Self::new()
    }
}

impl<V, const N: usize> ShapedValues<V, N> {
    /// No attributes, at the root shape.
    pub fn new() -> Self {
        ShapedValues { values: InlineVec::with_tag(ShapeId::ROOT.0) }
    }

    /// Dictionary mode: `storage` stands for the namespace, at shape
    /// `ShapeId::DICT_MODE`.
    pub fn dictionary(storage: V) -> Self {
        let mut values = InlineVec::with_tag(ShapeId::DICT_MODE.0);
        values.push(storage);
        ShapedValues { values }
    }

    /// The storage of a namespace in dictionary mode; `None` when shaped.
    #[inline]
    pub fn as_dictionary(&self) -> Option<&V> {
        if self.shape() == ShapeId::DICT_MODE {
            self.values.first()
        } else {
            None
        }
    }

    #[inline]
    pub fn shape(&self) -> ShapeId {
        ShapeId(self.values.tag())
    }

    #[inline]
    fn set_shape(&mut self, shape: ShapeId) {
        self.values.set_tag(shape.0);
    }

    pub fn len(&self) -> usize {
        self.values.len()
    }

    pub fn is_empty(&self) -> bool {
        self.values.is_empty()
    }

    /// Whether the values have left the inline array for the heap.
    pub fn spilled(&self) -> bool {
        self.values.spilled()
    }

    /// The values, moved out (in index order); the values left empty.
    pub fn take_values(&mut self) -> Vec<V> {
        self.values.take_all()
    }

    /// The values in index order (in dictionary mode, the one dictionary).
    #[inline]
    pub fn values(&self) -> &[V] {
        self.values.as_slice()
    }

    /// The value at an index of the current shape (an inline-cache hit).
    #[inline]
    pub fn get_at(&self, index: u32) -> Option<&V> {
        self.values.get(index as usize)
    }

    /// The value at an index, to replace in place (a cached store to an
    /// existing attribute: order and shape are unchanged).
    #[inline]
    pub fn get_at_mut(&mut self, index: u32) -> Option<&mut V> {
        self.values.get_mut(index as usize)
    }

    /// The value of `name`, if the instance has it.
    pub fn get<K, Q>(&self, tree: &ShapeTree<K>, name: &Q) -> Option<&V>
    where
        K: Hash + Eq + Clone,
        Q: Hash + Equivalent<K> + ?Sized,
    {
        tree.lookup(self.shape(), name).and_then(|i| self.get_at(i))
    }

    /// `obj.name = v`. An existing name is replaced in place (its position
    /// is kept) and the old value returned; a new name follows or creates
    /// the transition and goes last. Past a limit the value comes back in
    /// `Rejected`, nothing changed, and the caller moves to dictionary mode
    /// (`take_all`) and stores it there.
    pub fn set<K>(&mut self, tree: &mut ShapeTree<K>, name: &K, v: V) -> Result<Option<V>, Rejected<V>>
    where
        K: Hash + Eq + Clone,
    {
        self.set_with(tree, name, || name.clone(), v)
    }

    /// `set` by a borrowed form of the name; `key()` makes the key, only
    /// when a new shape must be created.
    pub fn set_with<K, Q>(&mut self, tree: &mut ShapeTree<K>, name: &Q, key: impl FnOnce() -> K, v: V) -> Result<Option<V>, Rejected<V>>
    where
        K: Hash + Eq + Clone,
        Q: Hash + Equivalent<K> + ?Sized,
    {
        debug_assert_ne!(self.shape(), ShapeId::DICT_MODE, "a name operation in dictionary mode");
        // A transition by `name` exists only if the shape lacks `name`, so
        // the common "build a new instance" case skips the lookup.
        let to = match tree.follow(self.shape(), name) {
            Some(to) => to,
            None => {
                if let Some(i) = tree.lookup(self.shape(), name) {
                    return Ok(Some(std::mem::replace(&mut self.values.as_mut_slice()[i as usize], v)));
                }
                match tree.create(self.shape(), key()) {
                    Ok(to) => to,
                    Err(limit) => return Err(Rejected { reason: limit.into(), value: v }),
                }
            }
        };
        self.values.push(v);
        self.set_shape(to);
        Ok(None)
    }

    /// Appends `v` as the attribute that leads from the current shape to
    /// `to`, without looking at names: an inline cache's store that adds an
    /// attribute. The caller guarantees that `to` is the current shape's
    /// transition by that attribute's name in this instance's tree (the
    /// cache learnt it from `set` under the same type version and shape).
    #[inline]
    pub fn push_transition(&mut self, to: ShapeId, v: V) {
        debug_assert_ne!(self.shape(), ShapeId::DICT_MODE, "a name operation in dictionary mode");
        self.values.push(v);
        self.set_shape(to);
    }

    /// `del obj.name`. `Ok(None)`: the instance has no such name (nothing
    /// changed). `Ok(Some(v))`: it was the last name added, and the instance
    /// went back to the parent shape, which holds exactly the other names
    /// in the same order, the layout a dict would have. `Err`: any other
    /// name; nothing changed, and the caller moves to dictionary mode and
    /// deletes there.
    pub fn delete<K, Q>(&mut self, tree: &ShapeTree<K>, name: &Q) -> Result<Option<V>, ToDictMode>
    where
        K: Hash + Eq + Clone,
        Q: Hash + Equivalent<K> + ?Sized,
    {
        debug_assert_ne!(self.shape(), ShapeId::DICT_MODE, "a name operation in dictionary mode");
        let Some(i) = tree.lookup(self.shape(), name) else {
            return Ok(None);
        };
        if i as usize + 1 != self.values.len() {
            return Err(ToDictMode::Delete);
        }
        self.set_shape(tree.parent(self.shape()));
        Ok(self.values.pop())
    }

    /// (name, value) pairs in insertion order.
    pub fn iter<'a, K>(&'a self, tree: &'a ShapeTree<K>) -> impl Iterator<Item = (&'a K, &'a V)>
    where
        K: Hash + Eq + Clone,
    {
        tree.names(self.shape()).into_iter().zip(self.values.iter())
    }

    /// Every entry in insertion order, leaving the instance empty at the
    /// root: the move to dictionary mode.
    pub fn take_all<K>(&mut self, tree: &ShapeTree<K>) -> Vec<(K, V)>
    where
        K: Hash + Eq + Clone,
    {
        debug_assert_ne!(self.shape(), ShapeId::DICT_MODE, "a name operation in dictionary mode");
        let names: Vec<K> = tree.names(self.shape()).into_iter().cloned().collect();
        self.set_shape(ShapeId::ROOT);
        names.into_iter().zip(self.values.take_all()).collect()
    }

    /// `obj.__class__ = C`: the same names in the same order, now as a
    /// shape of `to` (C's tree). Past a limit of `to` nothing changes (the
    /// shape still belongs to `from`) and the caller goes to dictionary
    /// mode with `take_all(from)`.
    pub fn move_to_tree<K>(&mut self, from: &ShapeTree<K>, to: &mut ShapeTree<K>) -> Result<(), Limit>
    where
        K: Hash + Eq + Clone,
    {
        debug_assert_ne!(self.shape(), ShapeId::DICT_MODE, "a name operation in dictionary mode");
        let mut s = to.root();
        for name in from.names(self.shape()) {
            s = to.transition(s, name.clone())?;
        }
        self.set_shape(s);
        Ok(())
    }

    /// Checks this instance against its tree; panics on a violation.
    #[doc(hidden)]
    pub fn check_invariants<K>(&self, tree: &ShapeTree<K>)
    where
        K: Hash + Eq + Clone,
    {
        if self.shape() == ShapeId::DICT_MODE {
            assert_eq!(self.values.len(), 1, "dictionary mode holds its storage only");
            return;
        }
        assert!((self.shape().0 as usize) < tree.shape_count());
        assert_eq!(self.values.len(), tree.len(self.shape()));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::mem::size_of;

    type Vals = ShapedValues<i32>;

    fn build(tree: &mut ShapeTree<&'static str>, names: &[&'static str]) -> Vals {
        let mut v = Vals::new();
        for (i, n) in names.iter().enumerate() {
            assert_eq!(v.set(tree, n, i as i32), Ok(None));
        }
        v.check_invariants(tree);
        v
    }

    #[test]
    fn same_order_shares_a_shape_and_reuses_transitions() {
        let mut tree = ShapeTree::new();
        let a = build(&mut tree, &["x", "y", "z"]);
        let count = tree.shape_count();
        let b = build(&mut tree, &["x", "y", "z"]);
        assert_eq!(a.shape(), b.shape());
        assert_eq!(tree.shape_count(), count, "the second instance creates no shape");
        let c = build(&mut tree, &["y", "x", "z"]);
        assert_ne!(a.shape(), c.shape(), "another order, another shape");
        assert_eq!(tree.shape_count(), count + 3);
        let d = build(&mut tree, &["x", "w"]);
        assert_eq!(tree.parent(d.shape()), tree.parent(tree.parent(a.shape())), "a shared prefix is a shared path");
        tree.check_invariants();
    }

    #[test]
    fn set_replaces_in_place_and_iterates_in_order() {
        let mut tree = ShapeTree::new();
        let mut v = build(&mut tree, &["a", "b", "c", "d"]);
        let shape = v.shape();
        assert_eq!(v.set(&mut tree, &"b", 20), Ok(Some(1)));
        assert_eq!(v.shape(), shape, "replacing keeps the shape");
        let got: Vec<_> = v.iter(&tree).map(|(k, v)| (*k, *v)).collect();
        assert_eq!(got, vec![("a", 0), ("b", 20), ("c", 2), ("d", 3)]);
        assert_eq!(v.get(&tree, "c"), Some(&2));
        assert_eq!(v.get(&tree, "e"), None);
        assert!(v.spilled(), "four values do not fit three inline slots");
        v.check_invariants(&tree);
    }

    #[test]
    fn deleting_the_last_attribute_goes_back_to_the_parent() {
        let mut tree = ShapeTree::new();
        let mut v = build(&mut tree, &["a", "b", "c"]);
        let full = v.shape();
        assert_eq!(v.delete(&tree, "zz"), Ok(None), "a missing name changes nothing");
        assert_eq!(v.delete(&tree, "a"), Err(ToDictMode::Delete));
        assert_eq!(v.shape(), full, "a refused delete changes nothing");
        assert_eq!(v.delete(&tree, "c"), Ok(Some(2)));
        assert_eq!(v.shape(), tree.parent(full));
        let count = tree.shape_count();
        v.set(&mut tree, &"c", 7).unwrap();
        assert_eq!(v.shape(), full, "re-adding follows the old transition");
        assert_eq!(tree.shape_count(), count);
        v.check_invariants(&tree);
    }

    #[test]
    fn limits_refuse_new_transitions_only() {
        let mut tree = ShapeTree::with_limits(100, 2);
        let mut v = build(&mut tree, &["a", "b"]);
        let r = v.set(&mut tree, &"c", 9);
        assert_eq!(r, Err(Rejected { reason: ToDictMode::Limit(Limit::Attributes), value: 9 }));
        assert_eq!(v.set(&mut tree, &"a", 5), Ok(Some(0)), "existing names can still be set");
        assert_eq!(v.take_all(&tree), vec![("a", 5), ("b", 1)]);
        assert!(v.is_empty() && v.shape() == ShapeId::ROOT);

        let mut tree = ShapeTree::with_limits(3, 100);
        let a = build(&mut tree, &["a", "b"]);
        let mut v = Vals::new();
        assert_eq!(v.set(&mut tree, &"a", 0), Ok(None));
        assert_eq!(v.set(&mut tree, &"b", 1), Ok(None), "existing transitions still work at the limit");
        assert_eq!(v.shape(), a.shape());
        assert_eq!(v.set(&mut tree, &"c", 2).map_err(|r| r.reason), Err(ToDictMode::Limit(Limit::Shapes)));
        assert_eq!(tree.transition(ShapeId::ROOT, "q"), Err(Limit::Shapes));
        tree.check_invariants();
    }

    #[test]
    fn long_shapes_use_checkpoint_tables() {
        let names: Vec<String> = (0..MAX_ATTRS).map(|i| format!("attr{i}")).collect();
        let mut tree: ShapeTree<String> = ShapeTree::new();
        let mut v: ShapedValues<u32> = ShapedValues::new();
        for (i, n) in names.iter().enumerate() {
            // Every intermediate shape is looked up (a miss), as a first
            // instance built attribute by attribute does.
            assert_eq!(v.get(&tree, n.as_str()), None);
            v.set(&mut tree, n, i as u32).unwrap();
        }
        for (i, n) in names.iter().enumerate() {
            assert_eq!(tree.lookup(v.shape(), n.as_str()), Some(i as u32));
            assert_eq!(tree.name_at(v.shape(), i as u32), Some(n));
        }
        let built = tree.nodes.iter().filter(|n| n.table.get().is_some()).count();
        assert_eq!(built, (MAX_ATTRS / STRIDE) as usize, "one table per checkpoint reached");
        assert_eq!(v.set(&mut tree, &"one more".to_string(), 0).map_err(|r| r.reason), Err(ToDictMode::Limit(Limit::Attributes)));
        tree.check_invariants();
        v.check_invariants(&tree);
    }

    #[test]
    fn moving_to_another_tree_keeps_order() {
        let mut t1 = ShapeTree::new();
        let mut t2 = ShapeTree::new();
        let mut v = build(&mut t1, &["p", "q", "r"]);
        v.move_to_tree(&t1, &mut t2).unwrap();
        let got: Vec<_> = v.iter(&t2).map(|(k, v)| (*k, *v)).collect();
        assert_eq!(got, vec![("p", 0), ("q", 1), ("r", 2)]);
        let w = build(&mut t2, &["p", "q", "r"]);
        assert_eq!(v.shape(), w.shape());
        t2.check_invariants();
    }

    #[test]
    fn dictionary_mode_holds_its_storage_only() {
        let t: ShapeTree<&str> = ShapeTree::new();
        let d: ShapedValues<u64> = ShapedValues::dictionary(7);
        assert_eq!(d.shape(), ShapeId::DICT_MODE);
        assert_eq!(d.as_dictionary(), Some(&7));
        d.check_invariants(&t);
        let v: ShapedValues<u64> = ShapedValues::new();
        assert_eq!(v.as_dictionary(), None);
    }

    /// Size facts for the docs: a 16-byte value type (nsvm's `Value` today)
    /// and an 8-byte one (an owned handle).
    #[test]
    fn sizes() {
        type V16 = (u64, u64);
        assert_eq!(size_of::<V16>(), 16);
        let s2 = size_of::<ShapedValues<V16, 2>>();
        let s3 = size_of::<ShapedValues<V16, 3>>();
        let s4 = size_of::<ShapedValues<V16, 4>>();
        let s6 = size_of::<ShapedValues<V16, 6>>();
        println!("ShapedValues<16-byte V, N>: N=2 {s2} B, N=3 {s3} B, N=4 {s4} B, N=6 {s6} B");
        println!("Node<Rc<str>>: {} B, Node<u32>: {} B", size_of::<Node<std::rc::Rc<str>>>(), size_of::<Node<u32>>());
        assert_eq!(s2, 40);
        assert_eq!(s3, 56);
        assert_eq!(s4, 72);
        assert_eq!(s6, 104);
        // An instance: Rc header (strong + weak) + class pointer + values.
        let instance3 = 16 + 8 + s3;
        assert!(instance3 <= 88, "fits a 96-byte malloc chunk");

        // 8-byte values: shape and length share a word, then 24 bytes of
        // inline values or a `Vec`.
        assert_eq!(size_of::<ShapedValues<u64, 2>>(), 32, "the Vec sets the floor");
        assert_eq!(size_of::<ShapedValues<u64, 3>>(), 32);
        assert_eq!(size_of::<ShapedValues<std::rc::Rc<u32>, 3>>(), 32);
        assert_eq!(size_of::<ShapedValues<u64, 4>>(), 40);
        let instance3 = 16 + 8 + size_of::<ShapedValues<u64, 3>>();
        assert!(instance3 <= 56, "fits a 64-byte malloc chunk");
    }
}
