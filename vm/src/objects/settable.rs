//! TEMPORARY stand-in until the real CPython-order table lands.
pub struct SetTable<K> {
    items: Vec<(i64, K)>,
}
impl<K: Clone> Default for SetTable<K> {
    fn default() -> Self {
        Self::new()
    }
}
impl<K: Clone> SetTable<K> {
    pub fn new() -> Self {
        SetTable { items: Vec::new() }
    }
    pub fn len(&self) -> usize {
        self.items.len()
    }
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }
    pub fn find<E>(&self, hash: i64, mut eq: impl FnMut(&K) -> Result<bool, E>) -> Result<Option<&K>, E> {
        for (h, k) in &self.items {
            if *h == hash && eq(k)? {
                return Ok(Some(k));
            }
        }
        Ok(None)
    }
    pub fn contains<E>(&self, hash: i64, eq: impl FnMut(&K) -> Result<bool, E>) -> Result<bool, E> {
        Ok(self.find(hash, eq)?.is_some())
    }
    pub fn insert<E>(&mut self, hash: i64, key: K, mut eq: impl FnMut(&K) -> Result<bool, E>) -> Result<bool, E> {
        for (h, k) in &self.items {
            if *h == hash && eq(k)? {
                return Ok(false);
            }
        }
        self.items.push((hash, key));
        Ok(true)
    }
    pub fn remove<E>(&mut self, hash: i64, mut eq: impl FnMut(&K) -> Result<bool, E>) -> Result<Option<K>, E> {
        let mut idx = None;
        for (i, (h, k)) in self.items.iter().enumerate() {
            if *h == hash && eq(k)? {
                idx = Some(i);
                break;
            }
        }
        Ok(idx.map(|i| self.items.remove(i).1))
    }
    pub fn pop(&mut self) -> Option<K> {
        if self.items.is_empty() {
            None
        } else {
            Some(self.items.remove(0).1)
        }
    }
    pub fn clear(&mut self) {
        self.items.clear()
    }
    pub fn iter(&self) -> impl Iterator<Item = (i64, &K)> {
        self.items.iter().map(|(h, k)| (*h, k))
    }
    pub fn next_from(&self, pos: usize) -> Option<(usize, i64, &K)> {
        self.items.get(pos).map(|(h, k)| (pos + 1, *h, k))
    }
    pub fn copy_of(&self) -> Self {
        SetTable { items: self.items.clone() }
    }
}
pub fn hash_int_i64(v: i64) -> i64 {
    let m = (v.unsigned_abs() % ((1u64 << 61) - 1)) as i64;
    let h = if v < 0 { -m } else { m };
    if h == -1 {
        -2
    } else {
        h
    }
}
pub fn hash_float(v: f64) -> i64 {
    if v.fract() == 0.0 && v.abs() < 9e18 {
        hash_int_i64(v as i64)
    } else {
        v.to_bits() as i64 >> 1
    }
}
pub fn hash_tuple(items: &[i64]) -> i64 {
    let mut h: i64 = 0x345678;
    for x in items {
        h = (h ^ x).wrapping_mul(1000003);
    }
    if h == -1 {
        -2
    } else {
        h
    }
}
