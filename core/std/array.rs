// std::array: the [T; N] methods and impls.
pub mod array {
    use crate::fmt;
    use crate::iter::{DoubleEndedIterator, ExactSizeIterator, FusedIterator};
    use crate::ops::{Index, IndexMut};
    use crate::slice::{Iter, IterMut};

    impl<T, const N: usize> [T; N] {
        pub fn map<F, U>(self, f: F) -> [U; N] where F: FnMut(T) -> U;
        pub fn as_slice(&self) -> &[T];
        pub fn as_mut_slice(&mut self) -> &mut [T];
        pub fn each_ref(&self) -> [&T; N];
        pub fn each_mut(&mut self) -> [&mut T; N];
    }

    pub fn from_fn<T, const N: usize, F>(f: F) -> [T; N] where F: FnMut(usize) -> T;
    pub fn from_ref<T>(s: &T) -> &[T; 1];
    pub fn from_mut<T>(s: &mut T) -> &mut [T; 1];

    #[derive(Debug, Copy, Clone)]
    pub struct TryFromSliceError {}
    impl fmt::Display for TryFromSliceError {}
    impl crate::error::Error for TryFromSliceError {}

    impl<T, I, const N: usize> Index<I> for [T; N] where [T]: Index<I> { type Output = <[T] as Index<I>>::Output; }
    impl<T, I, const N: usize> IndexMut<I> for [T; N] where [T]: IndexMut<I> {}
    impl<T, U, const N: usize> PartialEq<[U; N]> for [T; N] where T: PartialEq<U> {}
    impl<T, U, const N: usize> PartialEq<[U]> for [T; N] where T: PartialEq<U> {}
    impl<T, U, const N: usize> PartialEq<[U; N]> for [T] where T: PartialEq<U> {}
    impl<T, U, const N: usize> PartialEq<&[U]> for [T; N] where T: PartialEq<U> {}
    impl<T, U, const N: usize> PartialEq<[U; N]> for &[T] where T: PartialEq<U> {}
    impl<T, U, const N: usize> PartialEq<&mut [U]> for [T; N] where T: PartialEq<U> {}
    impl<T, U, const N: usize> PartialEq<[U; N]> for &mut [T] where T: PartialEq<U> {}
    impl<T: Eq, const N: usize> Eq for [T; N] {}
    impl<T: PartialOrd, const N: usize> PartialOrd for [T; N] {}
    impl<T: Ord, const N: usize> Ord for [T; N] {}
    impl<T, const N: usize> AsRef<[T]> for [T; N] {}
    impl<T, const N: usize> AsMut<[T]> for [T; N] {}
    impl<T: Copy, const N: usize> TryFrom<&[T]> for [T; N] { type Error = TryFromSliceError; }
    impl<T: Copy, const N: usize> TryFrom<&mut [T]> for [T; N] { type Error = TryFromSliceError; }
    impl<'a, T, const N: usize> TryFrom<&'a [T]> for &'a [T; N] { type Error = TryFromSliceError; }
    impl<'a, T, const N: usize> TryFrom<&'a mut [T]> for &'a mut [T; N] { type Error = TryFromSliceError; }
    impl<T> Default for [T; 0] {}
    impl<T: Default> Default for [T; 1] {}
    impl<T: Default> Default for [T; 2] {}
    impl<T: Default> Default for [T; 3] {}
    impl<T: Default> Default for [T; 4] {}
    impl<T: Default> Default for [T; 5] {}
    impl<T: Default> Default for [T; 6] {}
    impl<T: Default> Default for [T; 7] {}
    impl<T: Default> Default for [T; 8] {}
    impl<T: Default> Default for [T; 9] {}
    impl<T: Default> Default for [T; 10] {}
    impl<T: Default> Default for [T; 11] {}
    impl<T: Default> Default for [T; 12] {}
    impl<T: Default> Default for [T; 13] {}
    impl<T: Default> Default for [T; 14] {}
    impl<T: Default> Default for [T; 15] {}
    impl<T: Default> Default for [T; 16] {}
    impl<T: Default> Default for [T; 17] {}
    impl<T: Default> Default for [T; 18] {}
    impl<T: Default> Default for [T; 19] {}
    impl<T: Default> Default for [T; 20] {}
    impl<T: Default> Default for [T; 21] {}
    impl<T: Default> Default for [T; 22] {}
    impl<T: Default> Default for [T; 23] {}
    impl<T: Default> Default for [T; 24] {}
    impl<T: Default> Default for [T; 25] {}
    impl<T: Default> Default for [T; 26] {}
    impl<T: Default> Default for [T; 27] {}
    impl<T: Default> Default for [T; 28] {}
    impl<T: Default> Default for [T; 29] {}
    impl<T: Default> Default for [T; 30] {}
    impl<T: Default> Default for [T; 31] {}
    impl<T: Default> Default for [T; 32] {}

    impl<T, const N: usize> IntoIterator for [T; N] {
        type Item = T;
        type IntoIter = IntoIter<T, N>;
    }
    impl<'a, T, const N: usize> IntoIterator for &'a [T; N] {
        type Item = &'a T;
        type IntoIter = Iter<'a, T>;
    }
    impl<'a, T, const N: usize> IntoIterator for &'a mut [T; N] {
        type Item = &'a mut T;
        type IntoIter = IterMut<'a, T>;
    }

    pub struct IntoIter<T, const N: usize> {}
    impl<T, const N: usize> Iterator for IntoIter<T, N> { type Item = T; }
    impl<T, const N: usize> DoubleEndedIterator for IntoIter<T, N> {}
    impl<T, const N: usize> ExactSizeIterator for IntoIter<T, N> {}
    impl<T, const N: usize> FusedIterator for IntoIter<T, N> {}
    impl<T: Clone, const N: usize> Clone for IntoIter<T, N> {}
    impl<T: fmt::Debug, const N: usize> fmt::Debug for IntoIter<T, N> {}
    impl<T, const N: usize> IntoIter<T, N> {
        pub fn as_slice(&self) -> &[T];
        pub fn as_mut_slice(&mut self) -> &mut [T];
    }
}
