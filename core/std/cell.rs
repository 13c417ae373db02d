// std::cell: Cell, RefCell with Ref and RefMut, OnceCell.
pub mod cell {
    use crate::fmt;
    use crate::ops::{Deref, DerefMut};

    #[lang = "Cell"]
    pub struct Cell<T: ?Sized> {}
    unsafe impl<T: ?Sized> Send for Cell<T> where T: Send {}
    impl<T: ?Sized> !Sync for Cell<T> {}
    impl<T: Copy> Clone for Cell<T> {}
    impl<T: Default> Default for Cell<T> {}
    impl<T: PartialEq + Copy> PartialEq for Cell<T> {}
    impl<T: Eq + Copy> Eq for Cell<T> {}
    impl<T: PartialOrd + Copy> PartialOrd for Cell<T> {}
    impl<T: Ord + Copy> Ord for Cell<T> {}
    impl<T: Copy + fmt::Debug> fmt::Debug for Cell<T> {}
    impl<T> From<T> for Cell<T> {}
    impl<T> Cell<T> {
        pub fn new(value: T) -> Cell<T>;
        pub fn set(&self, val: T);
        pub fn swap(&self, other: &Cell<T>);
        pub fn replace(&self, val: T) -> T;
        pub fn into_inner(self) -> T;
    }
    impl<T: Copy> Cell<T> {
        pub fn get(&self) -> T;
        pub fn update(&self, f: impl FnOnce(T) -> T);
    }
    impl<T: ?Sized> Cell<T> {
        pub fn as_ptr(&self) -> *mut T;
        pub fn get_mut(&mut self) -> &mut T;
        pub fn from_mut(t: &mut T) -> &Cell<T>;
    }
    impl<T: Default> Cell<T> {
        pub fn take(&self) -> T;
    }
    impl<T> Cell<[T]> {
        pub fn as_slice_of_cells(&self) -> &[Cell<T>];
    }

    #[lang = "RefCell"]
    pub struct RefCell<T: ?Sized> {}
    unsafe impl<T: ?Sized> Send for RefCell<T> where T: Send {}
    impl<T: ?Sized> !Sync for RefCell<T> {}
    impl<T: Clone> Clone for RefCell<T> {}
    impl<T: Default> Default for RefCell<T> {}
    impl<T: ?Sized + PartialEq> PartialEq for RefCell<T> {}
    impl<T: ?Sized + Eq> Eq for RefCell<T> {}
    impl<T: ?Sized + PartialOrd> PartialOrd for RefCell<T> {}
    impl<T: ?Sized + Ord> Ord for RefCell<T> {}
    impl<T: ?Sized + fmt::Debug> fmt::Debug for RefCell<T> {}
    impl<T> From<T> for RefCell<T> {}
    impl<T> RefCell<T> {
        pub fn new(value: T) -> RefCell<T>;
        pub fn into_inner(self) -> T;
        pub fn replace(&self, t: T) -> T;
        pub fn replace_with<F: FnOnce(&mut T) -> T>(&self, f: F) -> T;
        pub fn swap(&self, other: &RefCell<T>);
    }
    impl<T: ?Sized> RefCell<T> {
        pub fn borrow(&self) -> Ref<'_, T>;
        pub fn try_borrow(&self) -> Result<Ref<'_, T>, BorrowError>;
        pub fn borrow_mut(&self) -> RefMut<'_, T>;
        pub fn try_borrow_mut(&self) -> Result<RefMut<'_, T>, BorrowMutError>;
        pub fn as_ptr(&self) -> *mut T;
        pub fn get_mut(&mut self) -> &mut T;
    }
    impl<T: Default> RefCell<T> {
        pub fn take(&self) -> T;
    }

    #[lang = "RefCellRef"]
    pub struct Ref<'b, T: ?Sized + 'b> {}
    impl<T: ?Sized> !Send for Ref<'_, T> {}
    impl<T: ?Sized> !Sync for Ref<'_, T> {}
    impl<T: ?Sized> Deref for Ref<'_, T> { type Target = T; }
    impl<T: ?Sized + fmt::Debug> fmt::Debug for Ref<'_, T> {}
    impl<T: ?Sized + fmt::Display> fmt::Display for Ref<'_, T> {}
    impl<'b, T: ?Sized> Ref<'b, T> {
        pub fn clone(orig: &Ref<'b, T>) -> Ref<'b, T>;
        pub fn map<U: ?Sized, F>(orig: Ref<'b, T>, f: F) -> Ref<'b, U> where F: FnOnce(&T) -> &U;
        pub fn filter_map<U: ?Sized, F>(orig: Ref<'b, T>, f: F) -> Result<Ref<'b, U>, Ref<'b, T>> where F: FnOnce(&T) -> Option<&U>;
        pub fn map_split<U: ?Sized, V: ?Sized, F>(orig: Ref<'b, T>, f: F) -> (Ref<'b, U>, Ref<'b, V>) where F: FnOnce(&T) -> (&U, &V);
    }

    #[lang = "RefCellRefMut"]
    pub struct RefMut<'b, T: ?Sized + 'b> {}
    impl<T: ?Sized> !Send for RefMut<'_, T> {}
    impl<T: ?Sized> !Sync for RefMut<'_, T> {}
    impl<T: ?Sized> Deref for RefMut<'_, T> { type Target = T; }
    impl<T: ?Sized> DerefMut for RefMut<'_, T> {}
    impl<T: ?Sized + fmt::Debug> fmt::Debug for RefMut<'_, T> {}
    impl<T: ?Sized + fmt::Display> fmt::Display for RefMut<'_, T> {}
    impl<'b, T: ?Sized> RefMut<'b, T> {
        pub fn map<U: ?Sized, F>(orig: RefMut<'b, T>, f: F) -> RefMut<'b, U> where F: FnOnce(&mut T) -> &mut U;
        pub fn filter_map<U: ?Sized, F>(orig: RefMut<'b, T>, f: F) -> Result<RefMut<'b, U>, RefMut<'b, T>> where F: FnOnce(&mut T) -> Option<&mut U>;
        pub fn map_split<U: ?Sized, V: ?Sized, F>(orig: RefMut<'b, T>, f: F) -> (RefMut<'b, U>, RefMut<'b, V>) where F: FnOnce(&mut T) -> (&mut U, &mut V);
    }

    pub struct BorrowError {}
    impl fmt::Debug for BorrowError {}
    impl fmt::Display for BorrowError {}
    impl crate::error::Error for BorrowError {}
    pub struct BorrowMutError {}
    impl fmt::Debug for BorrowMutError {}
    impl fmt::Display for BorrowMutError {}
    impl crate::error::Error for BorrowMutError {}

    pub struct OnceCell<T> {}
    impl<T> OnceCell<T> {
        pub fn new() -> OnceCell<T>;
        pub fn get(&self) -> Option<&T>;
        pub fn get_mut(&mut self) -> Option<&mut T>;
        pub fn set(&self, value: T) -> Result<(), T>;
        pub fn get_or_init<F>(&self, f: F) -> &T where F: FnOnce() -> T;
        pub fn into_inner(self) -> Option<T>;
        pub fn take(&mut self) -> Option<T>;
    }
    impl<T> Default for OnceCell<T> {}
    impl<T: Clone> Clone for OnceCell<T> {}
    impl<T: fmt::Debug> fmt::Debug for OnceCell<T> {}
    impl<T: PartialEq> PartialEq for OnceCell<T> {}
    impl<T: Eq> Eq for OnceCell<T> {}
    impl<T> From<T> for OnceCell<T> {}
    impl<T> !Sync for OnceCell<T> {}
}
