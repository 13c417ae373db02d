// std::rc: Rc and rc::Weak. Allocator parameters are left out.
pub mod rc {
    use crate::borrow::{Borrow, Cow};
    use crate::clone::CloneToUninit;
    use crate::fmt;
    use crate::ops::Deref;
    use crate::string::String;
    use crate::vec::Vec;

    #[lang = "Rc"]
    pub struct Rc<T: ?Sized> {}
    impl<T: ?Sized> !Send for Rc<T> {}
    impl<T: ?Sized> !Sync for Rc<T> {}

    impl<T> Rc<T> {
        pub fn new(value: T) -> Rc<T>;
        pub fn new_cyclic<F>(data_fn: F) -> Rc<T> where F: FnOnce(&Weak<T>) -> T;
        pub fn pin(value: T) -> crate::pin::Pin<Rc<T>>;
        pub fn try_unwrap(this: Rc<T>) -> Result<T, Rc<T>>;
        pub fn into_inner(this: Rc<T>) -> Option<T>;
    }
    impl<T: ?Sized> Rc<T> {
        pub unsafe fn from_raw(ptr: *const T) -> Rc<T>;
        pub fn into_raw(this: Rc<T>) -> *const T;
        pub fn as_ptr(this: &Rc<T>) -> *const T;
        pub fn downgrade(this: &Rc<T>) -> Weak<T>;
        pub fn weak_count(this: &Rc<T>) -> usize;
        pub fn strong_count(this: &Rc<T>) -> usize;
        pub fn get_mut(this: &mut Rc<T>) -> Option<&mut T>;
        pub fn ptr_eq(this: &Rc<T>, other: &Rc<T>) -> bool;
    }
    impl<T: ?Sized + CloneToUninit> Rc<T> {
        pub fn make_mut(this: &mut Rc<T>) -> &mut T;
    }
    impl<T: Clone> Rc<T> {
        pub fn unwrap_or_clone(this: Rc<T>) -> T;
    }

    impl<T: ?Sized> Deref for Rc<T> { type Target = T; }
    impl<T: ?Sized> Drop for Rc<T> {}
    impl<T: ?Sized> Clone for Rc<T> {}
    impl<T: Default> Default for Rc<T> {}
    impl Default for Rc<str> {}
    impl<T> Default for Rc<[T]> {}
    impl<T: ?Sized + PartialEq> PartialEq for Rc<T> {}
    impl<T: ?Sized + Eq> Eq for Rc<T> {}
    impl<T: ?Sized + PartialOrd> PartialOrd for Rc<T> {}
    impl<T: ?Sized + Ord> Ord for Rc<T> {}
    impl<T: ?Sized + crate::hash::Hash> crate::hash::Hash for Rc<T> {}
    impl<T: ?Sized + fmt::Display> fmt::Display for Rc<T> {}
    impl<T: ?Sized + fmt::Debug> fmt::Debug for Rc<T> {}
    impl<T: ?Sized> fmt::Pointer for Rc<T> {}
    impl<T: ?Sized> Borrow<T> for Rc<T> {}
    impl<T: ?Sized> AsRef<T> for Rc<T> {}
    impl<T: ?Sized> Unpin for Rc<T> {}
    impl<T> From<T> for Rc<T> {}
    impl<T, const N: usize> From<[T; N]> for Rc<[T]> {}
    impl<T: Clone> From<&[T]> for Rc<[T]> {}
    impl From<&str> for Rc<str> {}
    impl From<String> for Rc<str> {}
    impl<T: ?Sized> From<Box<T>> for Rc<T> {}
    impl<T> From<Vec<T>> for Rc<[T]> {}
    impl<T> FromIterator<T> for Rc<[T]> {}

    pub struct Weak<T: ?Sized> {}
    impl<T: ?Sized> !Send for Weak<T> {}
    impl<T: ?Sized> !Sync for Weak<T> {}
    impl<T> Weak<T> {
        pub fn new() -> Weak<T>;
    }
    impl<T: ?Sized> Weak<T> {
        pub fn as_ptr(&self) -> *const T;
        pub fn upgrade(&self) -> Option<Rc<T>>;
        pub fn strong_count(&self) -> usize;
        pub fn weak_count(&self) -> usize;
        pub fn ptr_eq(&self, other: &Weak<T>) -> bool;
    }
    impl<T: ?Sized> Drop for Weak<T> {}
    impl<T: ?Sized> Clone for Weak<T> {}
    impl<T: ?Sized> fmt::Debug for Weak<T> {}
    impl<T> Default for Weak<T> {}
}
