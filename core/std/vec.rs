// std::vec: Vec and its iterators. Vec's allocator parameter is left out
// (Vec<T, A = Global> is written Vec<T>).
pub mod vec {
    use crate::borrow::{Borrow, BorrowMut, Cow};
    use crate::fmt;
    use crate::iter::{DoubleEndedIterator, ExactSizeIterator, FusedIterator};
    use crate::ops::{Deref, DerefMut, Index, IndexMut, RangeBounds};
    use crate::ops::{Range, RangeFrom, RangeFull, RangeInclusive, RangeTo, RangeToInclusive};

    #[lang = "Vec"]
    pub struct Vec<T> {}

    impl<T> Vec<T> {
        pub fn new() -> Vec<T>;
        pub fn with_capacity(capacity: usize) -> Vec<T>;
        pub unsafe fn from_raw_parts(ptr: *mut T, length: usize, capacity: usize) -> Vec<T>;
        pub fn capacity(&self) -> usize;
        pub fn reserve(&mut self, additional: usize);
        pub fn reserve_exact(&mut self, additional: usize);
        pub fn shrink_to_fit(&mut self);
        pub fn shrink_to(&mut self, min_capacity: usize);
        pub fn into_boxed_slice(self) -> Box<[T]>;
        pub fn truncate(&mut self, len: usize);
        pub fn as_slice(&self) -> &[T];
        pub fn as_mut_slice(&mut self) -> &mut [T];
        pub fn as_ptr(&self) -> *const T;
        pub fn as_mut_ptr(&mut self) -> *mut T;
        pub unsafe fn set_len(&mut self, new_len: usize);
        pub fn swap_remove(&mut self, index: usize) -> T;
        pub fn insert(&mut self, index: usize, element: T);
        pub fn remove(&mut self, index: usize) -> T;
        pub fn retain<F>(&mut self, f: F) where F: FnMut(&T) -> bool;
        pub fn retain_mut<F>(&mut self, f: F) where F: FnMut(&mut T) -> bool;
        pub fn dedup_by_key<F, K>(&mut self, key: F) where F: FnMut(&mut T) -> K, K: PartialEq;
        pub fn dedup_by<F>(&mut self, same_bucket: F) where F: FnMut(&mut T, &mut T) -> bool;
        pub fn push(&mut self, value: T);
        pub fn pop(&mut self) -> Option<T>;
        pub fn pop_if(&mut self, predicate: impl FnOnce(&mut T) -> bool) -> Option<T>;
        pub fn append(&mut self, other: &mut Vec<T>);
        pub fn drain<R>(&mut self, range: R) -> Drain<'_, T> where R: RangeBounds<usize>;
        pub fn clear(&mut self);
        pub fn len(&self) -> usize;
        pub fn is_empty(&self) -> bool;
        pub fn split_off(&mut self, at: usize) -> Vec<T>;
        pub fn resize_with<F>(&mut self, new_len: usize, f: F) where F: FnMut() -> T;
        pub fn leak<'a>(self) -> &'a mut [T];
        pub fn splice<R, I>(&mut self, range: R, replace_with: I) -> Splice<'_, I::IntoIter> where R: RangeBounds<usize>, I: IntoIterator<Item = T>;
        pub fn extract_if<F, R>(&mut self, range: R, filter: F) -> ExtractIf<'_, T, F> where F: FnMut(&mut T) -> bool, R: RangeBounds<usize>;
    }
    impl<T: Clone> Vec<T> {
        pub fn resize(&mut self, new_len: usize, value: T);
        pub fn extend_from_slice(&mut self, other: &[T]);
        pub fn extend_from_within<R>(&mut self, src: R) where R: RangeBounds<usize>;
    }
    impl<T, const N: usize> Vec<[T; N]> {
        pub fn into_flattened(self) -> Vec<T>;
    }
    impl<T: PartialEq> Vec<T> {
        pub fn dedup(&mut self);
    }


    impl<T> Deref for Vec<T> { type Target = [T]; }
    impl<T> DerefMut for Vec<T> {}
    impl<T: Clone> Clone for Vec<T> {}
    impl<T: crate::hash::Hash> crate::hash::Hash for Vec<T> {}
    impl<T> Default for Vec<T> {}
    impl<T: fmt::Debug> fmt::Debug for Vec<T> {}
    impl<T: Eq> Eq for Vec<T> {}
    impl<T: Ord> Ord for Vec<T> {}
    impl<T: PartialOrd> PartialOrd for Vec<T> {}
    impl<T> Drop for Vec<T> {}
    impl<T> AsRef<Vec<T>> for Vec<T> {}
    impl<T> AsMut<Vec<T>> for Vec<T> {}
    impl<T> AsRef<[T]> for Vec<T> {}
    impl<T> AsMut<[T]> for Vec<T> {}
    impl<T> Borrow<[T]> for Vec<T> {}
    impl<T> BorrowMut<[T]> for Vec<T> {}

    // Index and IndexMut: std has one impl over SliceIndex; here one per index type.
    impl<T> Index<usize> for Vec<T> { type Output = T; }
    impl<T> Index<Range<usize>> for Vec<T> { type Output = [T]; }
    impl<T> Index<RangeTo<usize>> for Vec<T> { type Output = [T]; }
    impl<T> Index<RangeFrom<usize>> for Vec<T> { type Output = [T]; }
    impl<T> Index<RangeFull> for Vec<T> { type Output = [T]; }
    impl<T> Index<RangeInclusive<usize>> for Vec<T> { type Output = [T]; }
    impl<T> Index<RangeToInclusive<usize>> for Vec<T> { type Output = [T]; }
    impl<T> IndexMut<usize> for Vec<T> {}
    impl<T> IndexMut<Range<usize>> for Vec<T> {}
    impl<T> IndexMut<RangeTo<usize>> for Vec<T> {}
    impl<T> IndexMut<RangeFrom<usize>> for Vec<T> {}
    impl<T> IndexMut<RangeFull> for Vec<T> {}
    impl<T> IndexMut<RangeInclusive<usize>> for Vec<T> {}
    impl<T> IndexMut<RangeToInclusive<usize>> for Vec<T> {}

    impl<T, U> PartialEq<Vec<U>> for Vec<T> where T: PartialEq<U> {}
    impl<T, U> PartialEq<&[U]> for Vec<T> where T: PartialEq<U> {}
    impl<T, U> PartialEq<&mut [U]> for Vec<T> where T: PartialEq<U> {}
    impl<T, U> PartialEq<Vec<U>> for &[T] where T: PartialEq<U> {}
    impl<T, U> PartialEq<Vec<U>> for &mut [T] where T: PartialEq<U> {}
    impl<T, U> PartialEq<[U]> for Vec<T> where T: PartialEq<U> {}
    impl<T, U> PartialEq<Vec<U>> for [T] where T: PartialEq<U> {}
    impl<T, U> PartialEq<Vec<U>> for Cow<'_, [T]> where T: PartialEq<U> + Clone {}
    impl<T, U> PartialEq<&[U]> for Cow<'_, [T]> where T: PartialEq<U> + Clone {}
    impl<T, U, const N: usize> PartialEq<[U; N]> for Vec<T> where T: PartialEq<U> {}
    impl<T, U, const N: usize> PartialEq<&[U; N]> for Vec<T> where T: PartialEq<U> {}

    impl<T> FromIterator<T> for Vec<T> {}
    impl<T> Extend<T> for Vec<T> {}
    impl<'a, T: Copy + 'a> Extend<&'a T> for Vec<T> {}
    impl<T: Clone> From<&[T]> for Vec<T> {}
    impl<T: Clone> From<&mut [T]> for Vec<T> {}
    impl<T: Clone, const N: usize> From<&[T; N]> for Vec<T> {}
    impl<T: Clone, const N: usize> From<&mut [T; N]> for Vec<T> {}
    impl<T, const N: usize> From<[T; N]> for Vec<T> {}
    impl<'a, T> From<Cow<'a, [T]>> for Vec<T> where [T]: ToOwned<Owned = Vec<T>> {}
    impl<T> From<Box<[T]>> for Vec<T> {}
    impl<T> From<Vec<T>> for Box<[T]> {}
    impl<'a, T: Clone> From<&'a [T]> for Cow<'a, [T]> {}
    impl<'a, T: Clone> From<Vec<T>> for Cow<'a, [T]> {}
    impl<'a, T: Clone> From<&'a Vec<T>> for Cow<'a, [T]> {}
    impl<T, const N: usize> TryFrom<Vec<T>> for [T; N] { type Error = Vec<T>; }
    impl<T> From<crate::collections::VecDeque<T>> for Vec<T> {}
    impl<T> From<crate::collections::BinaryHeap<T>> for Vec<T> {}

    impl<T> IntoIterator for Vec<T> {
        type Item = T;
        type IntoIter = IntoIter<T>;
    }
    impl<'a, T> IntoIterator for &'a Vec<T> {
        type Item = &'a T;
        type IntoIter = crate::slice::Iter<'a, T>;
    }
    impl<'a, T> IntoIterator for &'a mut Vec<T> {
        type Item = &'a mut T;
        type IntoIter = crate::slice::IterMut<'a, T>;
    }

    pub struct IntoIter<T> {}
    impl<T> IntoIter<T> {
        pub fn as_slice(&self) -> &[T];
        pub fn as_mut_slice(&mut self) -> &mut [T];
    }
    impl<T> Iterator for IntoIter<T> { type Item = T; }
    impl<T> DoubleEndedIterator for IntoIter<T> {}
    impl<T> ExactSizeIterator for IntoIter<T> {}
    impl<T> FusedIterator for IntoIter<T> {}
    impl<T: Clone> Clone for IntoIter<T> {}
    impl<T: fmt::Debug> fmt::Debug for IntoIter<T> {}
    impl<T> Default for IntoIter<T> {}
    impl<T> AsRef<[T]> for IntoIter<T> {}
    impl<T> Drop for IntoIter<T> {}

    pub struct Drain<'a, T: 'a> {}
    impl<'a, T> Drain<'a, T> {
        pub fn as_slice(&self) -> &[T];
    }
    impl<T> Iterator for Drain<'_, T> { type Item = T; }
    impl<T> DoubleEndedIterator for Drain<'_, T> {}
    impl<T> ExactSizeIterator for Drain<'_, T> {}
    impl<T> FusedIterator for Drain<'_, T> {}
    impl<T: fmt::Debug> fmt::Debug for Drain<'_, T> {}
    impl<'a, T> AsRef<[T]> for Drain<'a, T> {}
    impl<T> Drop for Drain<'_, T> {}

    pub struct Splice<'a, I: Iterator + 'a> {}
    impl<I: Iterator> Iterator for Splice<'_, I> { type Item = I::Item; }
    impl<I: Iterator> DoubleEndedIterator for Splice<'_, I> {}
    impl<I: Iterator> ExactSizeIterator for Splice<'_, I> {}
    impl<I: Iterator> Drop for Splice<'_, I> {}
    impl<I: Iterator + fmt::Debug> fmt::Debug for Splice<'_, I> where I::Item: fmt::Debug {}
    unsafe impl<I: Iterator + Send> Send for Splice<'_, I> where I::Item: Send {}
    unsafe impl<I: Iterator + Sync> Sync for Splice<'_, I> where I::Item: Sync {}

    pub struct ExtractIf<'a, T, F> {}
    impl<T, F> Iterator for ExtractIf<'_, T, F> where F: FnMut(&mut T) -> bool { type Item = T; }
    impl<T: fmt::Debug, F> fmt::Debug for ExtractIf<'_, T, F> {}
}
