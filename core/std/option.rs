// std::option
pub mod option {
    use crate::ops::{Deref, DerefMut};

    #[lang = "Option"]
    #[derive(Copy, Debug, Hash, Eq)]
    pub enum Option<T> {
        #[lang = "None"]
        None,
        #[lang = "Some"]
        Some(T),
    }

    impl<T> Option<T> {
        pub fn is_some(&self) -> bool;
        pub fn is_some_and(self, f: impl FnOnce(T) -> bool) -> bool;
        pub fn is_none(&self) -> bool;
        pub fn is_none_or(self, f: impl FnOnce(T) -> bool) -> bool;
        pub fn as_ref(&self) -> Option<&T>;
        pub fn as_mut(&mut self) -> Option<&mut T>;
        pub fn as_slice(&self) -> &[T];
        pub fn as_mut_slice(&mut self) -> &mut [T];
        pub fn expect(self, msg: &str) -> T;
        pub fn unwrap(self) -> T;
        pub fn unwrap_or(self, default: T) -> T;
        pub fn unwrap_or_else<F>(self, f: F) -> T where F: FnOnce() -> T;
        pub fn unwrap_or_default(self) -> T where T: Default;
        pub unsafe fn unwrap_unchecked(self) -> T;
        pub fn map<U, F>(self, f: F) -> Option<U> where F: FnOnce(T) -> U;
        pub fn inspect<F>(self, f: F) -> Option<T> where F: FnOnce(&T);
        pub fn map_or<U, F>(self, default: U, f: F) -> U where F: FnOnce(T) -> U;
        pub fn map_or_else<U, D, F>(self, default: D, f: F) -> U where D: FnOnce() -> U, F: FnOnce(T) -> U;
        pub fn ok_or<E>(self, err: E) -> Result<T, E>;
        pub fn ok_or_else<E, F>(self, err: F) -> Result<T, E> where F: FnOnce() -> E;
        pub fn as_deref(&self) -> Option<&T::Target> where T: Deref;
        pub fn as_deref_mut(&mut self) -> Option<&mut T::Target> where T: DerefMut;
        pub fn iter(&self) -> Iter<'_, T>;
        pub fn iter_mut(&mut self) -> IterMut<'_, T>;
        pub fn and<U>(self, optb: Option<U>) -> Option<U>;
        pub fn and_then<U, F>(self, f: F) -> Option<U> where F: FnOnce(T) -> Option<U>;
        pub fn filter<P>(self, predicate: P) -> Option<T> where P: FnOnce(&T) -> bool;
        pub fn or(self, optb: Option<T>) -> Option<T>;
        pub fn or_else<F>(self, f: F) -> Option<T> where F: FnOnce() -> Option<T>;
        pub fn xor(self, optb: Option<T>) -> Option<T>;
        pub fn insert(&mut self, value: T) -> &mut T;
        pub fn get_or_insert(&mut self, value: T) -> &mut T;
        pub fn get_or_insert_default(&mut self) -> &mut T where T: Default;
        pub fn get_or_insert_with<F>(&mut self, f: F) -> &mut T where F: FnOnce() -> T;
        pub fn take(&mut self) -> Option<T>;
        pub fn take_if<P>(&mut self, predicate: P) -> Option<T> where P: FnOnce(&mut T) -> bool;
        pub fn replace(&mut self, value: T) -> Option<T>;
        pub fn zip<U>(self, other: Option<U>) -> Option<(T, U)>;
    }
    impl<T, U> Option<(T, U)> {
        pub fn unzip(self) -> (Option<T>, Option<U>);
    }
    impl<T> Option<&T> {
        pub fn copied(self) -> Option<T> where T: Copy;
        pub fn cloned(self) -> Option<T> where T: Clone;
    }
    impl<T> Option<&mut T> {
        pub fn copied(self) -> Option<T> where T: Copy;
        pub fn cloned(self) -> Option<T> where T: Clone;
    }
    impl<T, E> Option<Result<T, E>> {
        pub fn transpose(self) -> Result<Option<T>, E>;
    }
    impl<T> Option<Option<T>> {
        pub fn flatten(self) -> Option<T>;
    }

    impl<T: Clone> Clone for Option<T> {}
    impl<T> Default for Option<T> {}
    impl<T: PartialEq> PartialEq for Option<T> {}
    impl<T: PartialOrd> PartialOrd for Option<T> {}
    impl<T: Ord> Ord for Option<T> {}
    impl<T> From<T> for Option<T> {}
    impl<'a, T> From<&'a Option<T>> for Option<&'a T> {}
    impl<'a, T> From<&'a mut Option<T>> for Option<&'a mut T> {}
    impl<A, V: FromIterator<A>> FromIterator<Option<A>> for Option<V> {}
    impl<T, U> crate::iter::Sum<Option<U>> for Option<T> where T: crate::iter::Sum<U> {}
    impl<T, U> crate::iter::Product<Option<U>> for Option<T> where T: crate::iter::Product<U> {}

    impl<T> IntoIterator for Option<T> {
        type Item = T;
        type IntoIter = IntoIter<T>;
    }
    impl<'a, T> IntoIterator for &'a Option<T> {
        type Item = &'a T;
        type IntoIter = Iter<'a, T>;
    }
    impl<'a, T> IntoIterator for &'a mut Option<T> {
        type Item = &'a mut T;
        type IntoIter = IterMut<'a, T>;
    }

    #[derive(Debug)]
    pub struct Iter<'a, A: 'a> {}
    impl<'a, A> Iterator for Iter<'a, A> { type Item = &'a A; }
    impl<'a, A> DoubleEndedIterator for Iter<'a, A> {}
    impl<A> ExactSizeIterator for Iter<'_, A> {}
    impl<A> crate::iter::FusedIterator for Iter<'_, A> {}
    impl<A> Clone for Iter<'_, A> {}
    unsafe impl<A: Sync> Send for Iter<'_, A> {}
    unsafe impl<A: Sync> Sync for Iter<'_, A> {}

    #[derive(Debug)]
    pub struct IterMut<'a, A: 'a> {}
    impl<'a, A> Iterator for IterMut<'a, A> { type Item = &'a mut A; }
    impl<'a, A> DoubleEndedIterator for IterMut<'a, A> {}
    impl<A> ExactSizeIterator for IterMut<'_, A> {}
    impl<A> crate::iter::FusedIterator for IterMut<'_, A> {}
    unsafe impl<A: Sync> Sync for IterMut<'_, A> {}

    #[derive(Clone, Debug)]
    pub struct IntoIter<A> {}
    impl<A> Iterator for IntoIter<A> { type Item = A; }
    impl<A> DoubleEndedIterator for IntoIter<A> {}
    impl<A> ExactSizeIterator for IntoIter<A> {}
    impl<A> crate::iter::FusedIterator for IntoIter<A> {}
}
