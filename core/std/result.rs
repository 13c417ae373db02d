// std::result
pub mod result {
    use crate::fmt;
    use crate::ops::{Deref, DerefMut};

    #[lang = "Result"]
    #[derive(Copy, Debug, Hash, PartialEq, PartialOrd, Eq, Ord)]
    pub enum Result<T, E> {
        #[lang = "Ok"]
        Ok(T),
        #[lang = "Err"]
        Err(E),
    }

    impl<T, E> Result<T, E> {
        pub fn is_ok(&self) -> bool;
        pub fn is_ok_and<F>(self, f: F) -> bool where F: FnOnce(T) -> bool;
        pub fn is_err(&self) -> bool;
        pub fn is_err_and<F>(self, f: F) -> bool where F: FnOnce(E) -> bool;
        pub fn ok(self) -> Option<T>;
        pub fn err(self) -> Option<E>;
        pub fn as_ref(&self) -> Result<&T, &E>;
        pub fn as_mut(&mut self) -> Result<&mut T, &mut E>;
        pub fn map<U, F>(self, op: F) -> Result<U, E> where F: FnOnce(T) -> U;
        pub fn map_or<U, F>(self, default: U, f: F) -> U where F: FnOnce(T) -> U;
        pub fn map_or_else<U, D, F>(self, default: D, f: F) -> U where D: FnOnce(E) -> U, F: FnOnce(T) -> U;
        pub fn map_err<F, O>(self, op: O) -> Result<T, F> where O: FnOnce(E) -> F;
        pub fn inspect<F>(self, f: F) -> Result<T, E> where F: FnOnce(&T);
        pub fn inspect_err<F>(self, f: F) -> Result<T, E> where F: FnOnce(&E);
        pub fn as_deref(&self) -> Result<&T::Target, &E> where T: Deref;
        pub fn as_deref_mut(&mut self) -> Result<&mut T::Target, &mut E> where T: DerefMut;
        pub fn iter(&self) -> Iter<'_, T>;
        pub fn iter_mut(&mut self) -> IterMut<'_, T>;
        pub fn expect(self, msg: &str) -> T where E: fmt::Debug;
        pub fn unwrap(self) -> T where E: fmt::Debug;
        pub fn unwrap_or_default(self) -> T where T: Default;
        pub fn expect_err(self, msg: &str) -> E where T: fmt::Debug;
        pub fn unwrap_err(self) -> E where T: fmt::Debug;
        pub fn and<U>(self, res: Result<U, E>) -> Result<U, E>;
        pub fn and_then<U, F>(self, op: F) -> Result<U, E> where F: FnOnce(T) -> Result<U, E>;
        pub fn or<F>(self, res: Result<T, F>) -> Result<T, F>;
        pub fn or_else<F, O>(self, op: O) -> Result<T, F> where O: FnOnce(E) -> Result<T, F>;
        pub fn unwrap_or(self, default: T) -> T;
        pub fn unwrap_or_else<F>(self, op: F) -> T where F: FnOnce(E) -> T;
        pub unsafe fn unwrap_unchecked(self) -> T;
        pub unsafe fn unwrap_err_unchecked(self) -> E;
    }
    impl<T, E> Result<&T, E> {
        pub fn copied(self) -> Result<T, E> where T: Copy;
        pub fn cloned(self) -> Result<T, E> where T: Clone;
    }
    impl<T, E> Result<&mut T, E> {
        pub fn copied(self) -> Result<T, E> where T: Copy;
        pub fn cloned(self) -> Result<T, E> where T: Clone;
    }
    impl<T, E> Result<Option<T>, E> {
        pub fn transpose(self) -> Option<Result<T, E>>;
    }
    impl<T, E> Result<Result<T, E>, E> {
        pub fn flatten(self) -> Result<T, E>;
    }

    impl<T: Clone, E: Clone> Clone for Result<T, E> {}
    impl<A, E, V: FromIterator<A>> FromIterator<Result<A, E>> for Result<V, E> {}
    impl<T, U, E> crate::iter::Sum<Result<U, E>> for Result<T, E> where T: crate::iter::Sum<U> {}
    impl<T, U, E> crate::iter::Product<Result<U, E>> for Result<T, E> where T: crate::iter::Product<U> {}

    impl<T, E> IntoIterator for Result<T, E> {
        type Item = T;
        type IntoIter = IntoIter<T>;
    }
    impl<'a, T, E> IntoIterator for &'a Result<T, E> {
        type Item = &'a T;
        type IntoIter = Iter<'a, T>;
    }
    impl<'a, T, E> IntoIterator for &'a mut Result<T, E> {
        type Item = &'a mut T;
        type IntoIter = IterMut<'a, T>;
    }

    #[derive(Debug)]
    pub struct Iter<'a, T: 'a> {}
    impl<'a, T> Iterator for Iter<'a, T> { type Item = &'a T; }
    impl<'a, T> DoubleEndedIterator for Iter<'a, T> {}
    impl<T> ExactSizeIterator for Iter<'_, T> {}
    impl<T> Clone for Iter<'_, T> {}
    unsafe impl<T: Sync> Send for Iter<'_, T> {}
    unsafe impl<T: Sync> Sync for Iter<'_, T> {}

    #[derive(Debug)]
    pub struct IterMut<'a, T: 'a> {}
    impl<'a, T> Iterator for IterMut<'a, T> { type Item = &'a mut T; }
    impl<'a, T> DoubleEndedIterator for IterMut<'a, T> {}
    impl<T> ExactSizeIterator for IterMut<'_, T> {}
    unsafe impl<T: Sync> Sync for IterMut<'_, T> {}

    #[derive(Clone, Debug)]
    pub struct IntoIter<T> {}
    impl<T> Iterator for IntoIter<T> { type Item = T; }
    impl<T> DoubleEndedIterator for IntoIter<T> {}
    impl<T> ExactSizeIterator for IntoIter<T> {}
}
