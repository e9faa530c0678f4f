//! The hash table behind `set` and `frozenset`, laid out as CPython 3.11's
//! set table is (open addressing, linear probes then perturbation, dummies
//! on deletion, the same fill/resize policy), because iteration order is
//! observable: `print({3, 1, 2})` shows table order, and programs print sets
//! of small ints all the time. Also CPython's hashes of ints, floats and
//! tuples, which decide that order.
//!
//! Equality is decided by the caller's closure, called only for entries with
//! an equal hash; it may fail (a Python `__eq__` raising).

const MIN_SIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;

#[derive(Clone)]
enum Slot<K> {
    Empty,
    Dummy,
    Active(i64, K),
}

#[derive(Clone)]
pub struct SetTable<K> {
    table: Vec<Slot<K>>,
    /// Active plus dummy slots.
    fill: usize,
    /// Active slots.
    used: usize,
    /// Where `pop` resumes its scan.
    finger: usize,
}

impl<K: Clone> Default for SetTable<K> {
    fn default() -> Self {
        Self::new()
    }
}

impl<K: Clone> SetTable<K> {
    pub fn new() -> Self {
        SetTable { table: vec![Slot::Empty; MIN_SIZE], fill: 0, used: 0, finger: 0 }
    }

    fn mask(&self) -> usize {
        self.table.len() - 1
    }

    pub fn len(&self) -> usize {
        self.used
    }

    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    /// The slot holding an equal key, if any.
    fn lookup<E>(&self, hash: i64, mut eq: impl FnMut(&K) -> Result<bool, E>) -> Result<Option<usize>, E> {
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            let probes = if i + LINEAR_PROBES <= mask { LINEAR_PROBES } else { 0 };
            for j in 0..=probes {
                match &self.table[i + j] {
                    Slot::Empty => return Ok(None),
                    Slot::Active(h, k) if *h == hash && eq(k)? => return Ok(Some(i + j)),
                    _ => {}
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        }
    }

    pub fn find<E>(&self, hash: i64, eq: impl FnMut(&K) -> Result<bool, E>) -> Result<Option<&K>, E> {
        Ok(self.lookup(hash, eq)?.and_then(|i| match &self.table[i] {
            Slot::Active(_, k) => Some(k),
            _ => None,
        }))
    }

    pub fn contains<E>(&self, hash: i64, eq: impl FnMut(&K) -> Result<bool, E>) -> Result<bool, E> {
        Ok(self.lookup(hash, eq)?.is_some())
    }

    /// Adds `key` unless an equal key is present (which is kept). True when added.
    pub fn insert<E>(&mut self, hash: i64, key: K, mut eq: impl FnMut(&K) -> Result<bool, E>) -> Result<bool, E> {
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        let mut freeslot: Option<usize> = None;
        let target = 'search: loop {
            let probes = if i + LINEAR_PROBES <= mask { LINEAR_PROBES } else { 0 };
            for j in 0..=probes {
                match &self.table[i + j] {
                    Slot::Empty => break 'search i + j,
                    Slot::Active(h, k) if *h == hash && eq(k)? => return Ok(false),
                    Slot::Dummy if freeslot.is_none() => freeslot = Some(i + j),
                    _ => {}
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        };
        if let Some(f) = freeslot {
            self.table[f] = Slot::Active(hash, key);
            self.used += 1;
            return Ok(true);
        }
        self.table[target] = Slot::Active(hash, key);
        self.fill += 1;
        self.used += 1;
        if self.fill * 5 >= mask * 3 {
            let n = if self.used > 50000 { self.used * 2 } else { self.used * 4 };
            self.resize(n);
        }
        Ok(true)
    }

    /// Places a key known to be absent in a table without dummies.
    fn insert_clean(table: &mut [Slot<K>], hash: i64, key: K) {
        let mask = table.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            if matches!(table[i], Slot::Empty) {
                table[i] = Slot::Active(hash, key);
                return;
            }
            if i + LINEAR_PROBES <= mask {
                for j in 1..=LINEAR_PROBES {
                    if matches!(table[i + j], Slot::Empty) {
                        table[i + j] = Slot::Active(hash, key);
                        return;
                    }
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        }
    }

    fn resize(&mut self, minused: usize) {
        let mut size = MIN_SIZE;
        while size <= minused {
            size <<= 1;
        }
        let old = std::mem::replace(&mut self.table, vec![Slot::Empty; size]);
        for s in old {
            if let Slot::Active(h, k) = s {
                Self::insert_clean(&mut self.table, h, k);
            }
        }
        self.fill = self.used;
    }

    pub fn remove<E>(&mut self, hash: i64, eq: impl FnMut(&K) -> Result<bool, E>) -> Result<Option<K>, E> {
        match self.lookup(hash, eq)? {
            Some(i) => {
                let old = std::mem::replace(&mut self.table[i], Slot::Dummy);
                self.used -= 1;
                Ok(match old {
                    Slot::Active(_, k) => Some(k),
                    _ => None,
                })
            }
            None => Ok(None),
        }
    }

    /// `set.pop()`: scans from where the last pop stopped.
    pub fn pop(&mut self) -> Option<K> {
        if self.used == 0 {
            return None;
        }
        let mask = self.mask();
        let mut i = self.finger & mask;
        while !matches!(self.table[i], Slot::Active(..)) {
            i = (i + 1) & mask;
        }
        let old = std::mem::replace(&mut self.table[i], Slot::Dummy);
        self.used -= 1;
        self.finger = i + 1;
        match old {
            Slot::Active(_, k) => Some(k),
            _ => None,
        }
    }

    pub fn clear(&mut self) {
        *self = Self::new();
    }

    /// Keys in table order, with their hashes.
    pub fn iter(&self) -> impl Iterator<Item = (i64, &K)> {
        self.table.iter().filter_map(|s| match s {
            Slot::Active(h, k) => Some((*h, k)),
            _ => None,
        })
    }

    /// The next key at or after slot `pos`, and the slot after it.
    pub fn next_from(&self, pos: usize) -> Option<(usize, i64, &K)> {
        let mut p = pos;
        while p < self.table.len() {
            if let Slot::Active(h, k) = &self.table[p] {
                return Some((p + 1, *h, k));
            }
            p += 1;
        }
        None
    }

    /// Adds every key of `other` (known distinct among themselves), as
    /// CPython's `set_merge` does: a fresh table copies the layout or
    /// re-inserts cleanly; otherwise keys are added one by one.
    pub fn merge<E>(&mut self, other: &SetTable<K>, mut eq: impl FnMut(&K, &K) -> Result<bool, E>) -> Result<(), E> {
        if other.used == 0 {
            return Ok(());
        }
        if (self.fill + other.used) * 5 >= self.mask() * 3 {
            self.resize((self.used + other.used) * 2);
        }
        if self.fill == 0 && self.table.len() == other.table.len() && other.fill == other.used {
            self.table = other.table.clone();
            self.fill = other.fill;
            self.used = other.used;
            return Ok(());
        }
        if self.fill == 0 {
            for s in &other.table {
                if let Slot::Active(h, k) = s {
                    Self::insert_clean(&mut self.table, *h, k.clone());
                }
            }
            self.fill = other.used;
            self.used = other.used;
            return Ok(());
        }
        for s in &other.table {
            if let Slot::Active(h, k) = s {
                self.insert(*h, k.clone(), |x| eq(x, k))?;
            }
        }
        Ok(())
    }

    /// `set.copy()` / `frozenset(s)`: a fresh set merged from this one.
    pub fn copy_of(&self) -> Self {
        let mut t = Self::new();
        let r: Result<(), ()> = t.merge(self, |_, _| Ok(false));
        let _ = r;
        t
    }
}

const MODULUS: u64 = (1 << 61) - 1;

/// CPython's hash of an int that fits in i64.
pub fn hash_int_i64(v: i64) -> i64 {
    let m = (v.unsigned_abs() % MODULUS) as i64;
    let h = if v < 0 { -m } else { m };
    if h == -1 {
        -2
    } else {
        h
    }
}

/// `frexp`: x = m * 2**e with 0.5 <= |m| < 1.
fn frexp(x: f64) -> (f64, i32) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        // Subnormal: scale up first.
        let (m, e) = frexp(x * (1u64 << 54) as f64);
        return (m, e - 54);
    }
    let m = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
    (m, exp - 1022)
}

/// CPython's hash of a finite or infinite float (equal to the int hash for
/// integral values). NaN hashes are identity-based in CPython; callers pass
/// NaN separately.
pub fn hash_float(v: f64) -> i64 {
    if v.is_infinite() {
        return if v > 0.0 { 314159 } else { -314159 };
    }
    if v.is_nan() {
        return 0;
    }
    let (mut m, mut e) = frexp(v);
    let mut sign: i64 = 1;
    if m < 0.0 {
        sign = -1;
        m = -m;
    }
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & MODULUS) | (x >> (61 - 28));
        m *= 268435456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= MODULUS {
            x -= MODULUS;
        }
    }
    let e = if e >= 0 { e % 61 } else { 61 - 1 - ((-1 - e) % 61) } as u32;
    x = ((x << e) & MODULUS) | (x >> (61 - e));
    let h = (x as i64).wrapping_mul(sign);
    if h == -1 {
        -2
    } else {
        h
    }
}

/// CPython 3.11's tuple hash (xxHash-based) from the items' hashes.
pub fn hash_tuple(item_hashes: &[i64]) -> i64 {
    const P1: u64 = 11400714785074694791;
    const P2: u64 = 14029467366897019727;
    const P5: u64 = 2870177450012600261;
    let mut acc: u64 = P5;
    for &h in item_hashes {
        acc = acc.wrapping_add((h as u64).wrapping_mul(P2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(P1);
    }
    acc = acc.wrapping_add((item_hashes.len() as u64) ^ (P5 ^ 3527539));
    if acc == u64::MAX {
        return 1546275796;
    }
    acc as i64
}

#[cfg(test)]
mod tests {
    use super::*;

    fn build(xs: &[i64]) -> SetTable<i64> {
        let mut t = SetTable::new();
        for &x in xs {
            let _ = t.insert::<()>(hash_int_i64(x), x, |k| Ok(*k == x));
        }
        t
    }
    fn order(t: &SetTable<i64>) -> Vec<i64> {
        t.iter().map(|(_, k)| *k).collect()
    }

    #[test]
    fn small_int_sets_iterate_like_cpython() {
        assert_eq!(order(&build(&[3, 1, 2])), vec![1, 2, 3]);
        assert_eq!(order(&build(&[10, 1, 9, 17])), vec![1, 10, 9, 17]);
        assert_eq!(order(&build(&[-1, -2, 5])), vec![5, -1, -2]);
        // Growth past the first resize.
        assert_eq!(order(&build(&[7, 3, 100, 1, 8, 2])), vec![1, 2, 3, 100, 7, 8]);
    }

    #[test]
    fn removal_leaves_dummies_and_pop_uses_the_finger() {
        let mut t = build(&[1, 2, 3, 4]);
        assert_eq!(t.remove::<()>(hash_int_i64(2), |k| Ok(*k == 2)).unwrap(), Some(2));
        assert_eq!(order(&t), vec![1, 3, 4]);
        assert_eq!(t.pop(), Some(1));
        assert_eq!(t.pop(), Some(3));
        assert_eq!(t.len(), 1);
        let c = t.copy_of();
        assert_eq!(order(&c), vec![4]);
    }

    #[test]
    fn hashes_match_cpython() {
        assert_eq!(hash_int_i64(-1), -2);
        assert_eq!(hash_int_i64(1 << 61), 1);
        assert_eq!(hash_float(1.5), 1152921504606846977);
        assert_eq!(hash_float(2.0), 2);
        assert_eq!(hash_float(-0.5), -1152921504606846976);
        assert_eq!(hash_tuple(&[]), 5740354900026072187);
        assert_eq!(hash_tuple(&[1, 2]), -3550055125485641917);
    }
}
