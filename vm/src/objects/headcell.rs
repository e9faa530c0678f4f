//! `HeadCell<T>`: a `RefCell` whose borrow flag is 4 bytes, so that the
//! cycle collector's `GcHead` fits in the other 4 bytes of the word that
//! `RefCell`'s 8-byte flag takes. An instance's body lives in one: the
//! collector's head then costs an instance no bytes (issue 12 counts them).
//!
//! Same rules as `RefCell`: any number of shared borrows or one mutable
//! borrow at a time, checked at run time; `borrow`/`borrow_mut` panic on a
//! conflict (an interpreter bug, as with `RefCell`), the `try_` forms
//! return an error instead.
//!
//! Invariant (every `unsafe` block below relies on it): `flag` is the
//! number of live `HRef`s when positive, `-1` while one `HRefMut` lives,
//! and `0` when neither does; an `HRef` gives out only `&T` and an
//! `HRefMut` the only `&mut T`. `try_borrow_unguarded` leaves the flag
//! alone, and its caller promises no mutable borrow while its `&T` lives.

use super::gc::GcHead;
use std::cell::{Cell, UnsafeCell};
use std::ops::{Deref, DerefMut};

pub struct HeadCell<T> {
    flag: Cell<i32>,
    head: GcHead,
    value: UnsafeCell<T>,
}

/// A failed `try_borrow` / `try_borrow_mut` (the cell is borrowed the other way).
#[derive(Debug)]
pub struct Borrowed;

impl<T> HeadCell<T> {
    pub const fn new(value: T) -> HeadCell<T> {
        HeadCell { flag: Cell::new(0), head: GcHead::new(), value: UnsafeCell::new(value) }
    }

    #[inline]
    pub fn head(&self) -> &GcHead {
        &self.head
    }

    /// The value, through the one reference there is (no borrow to check).
    #[inline]
    pub fn get_mut(&mut self) -> &mut T {
        self.value.get_mut()
    }

    #[inline]
    pub fn try_borrow(&self) -> Result<HRef<'_, T>, Borrowed> {
        let f = self.flag.get();
        if f < 0 || f == i32::MAX {
            return Err(Borrowed);
        }
        self.flag.set(f + 1);
        Ok(HRef { cell: self })
    }

    #[inline]
    pub fn try_borrow_mut(&self) -> Result<HRefMut<'_, T>, Borrowed> {
        if self.flag.get() != 0 {
            return Err(Borrowed);
        }
        self.flag.set(-1);
        Ok(HRefMut { cell: self })
    }

    #[inline]
    #[track_caller]
    pub fn borrow(&self) -> HRef<'_, T> {
        match self.try_borrow() {
            Ok(r) => r,
            Err(_) => panic!("already mutably borrowed"),
        }
    }

    #[inline]
    #[track_caller]
    pub fn borrow_mut(&self) -> HRefMut<'_, T> {
        match self.try_borrow_mut() {
            Ok(r) => r,
            Err(_) => panic!("already borrowed"),
        }
    }

    /// A shared reference without a guard, as `RefCell::try_borrow_unguarded`.
    ///
    /// # Safety
    /// The caller must not let the cell be borrowed mutably while the
    /// returned reference lives.
    #[inline]
    pub unsafe fn try_borrow_unguarded(&self) -> Result<&T, Borrowed> {
        if self.flag.get() < 0 {
            return Err(Borrowed);
        }
        // SAFETY: no `HRefMut` lives (flag >= 0), and the caller promises
        // none is made while this reference lives.
        Ok(unsafe { &*self.value.get() })
    }
}

pub struct HRef<'a, T> {
    cell: &'a HeadCell<T>,
}

impl<T> Deref for HRef<'_, T> {
    type Target = T;
    #[inline]
    fn deref(&self) -> &T {
        // SAFETY: this guard counts in `flag` (> 0), so no `HRefMut` lives
        // until it drops.
        unsafe { &*self.cell.value.get() }
    }
}

impl<T> Drop for HRef<'_, T> {
    #[inline]
    fn drop(&mut self) {
        self.cell.flag.set(self.cell.flag.get() - 1);
    }
}

pub struct HRefMut<'a, T> {
    cell: &'a HeadCell<T>,
}

impl<T> Deref for HRefMut<'_, T> {
    type Target = T;
    #[inline]
    fn deref(&self) -> &T {
        // SAFETY: this guard is the only borrow (flag == -1).
        unsafe { &*self.cell.value.get() }
    }
}

impl<T> DerefMut for HRefMut<'_, T> {
    #[inline]
    fn deref_mut(&mut self) -> &mut T {
        // SAFETY: this guard is the only borrow (flag == -1), and `&mut
        // self` makes this the only reference made through it.
        unsafe { &mut *self.cell.value.get() }
    }
}

impl<T> Drop for HRefMut<'_, T> {
    #[inline]
    fn drop(&mut self) {
        self.cell.flag.set(0);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn borrows_follow_refcell_rules() {
        let c = HeadCell::new(5);
        {
            let a = c.borrow();
            let b = c.borrow();
            assert_eq!(*a + *b, 10);
            assert!(c.try_borrow_mut().is_err());
        }
        {
            let mut m = c.borrow_mut();
            *m = 7;
            assert!(c.try_borrow().is_err());
            assert!(unsafe { c.try_borrow_unguarded() }.is_err());
        }
        assert_eq!(*c.borrow(), 7);
        assert!(c.try_borrow_mut().is_ok());
    }

    #[test]
    fn head_shares_the_flag_word() {
        assert_eq!(std::mem::size_of::<HeadCell<u64>>(), 16);
    }
}
