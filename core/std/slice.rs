// std::slice: the [T] methods (core's and alloc's), SliceIndex, the slice
// iterators, Join/Concat (what `[String]::join` and `concat` use), and the
// impls for [T].
pub mod slice {
    use crate::cmp::Ordering;
    use crate::fmt;
    use crate::iter::{DoubleEndedIterator, ExactSizeIterator, FusedIterator};
    use crate::ops::{Index, IndexMut, RangeBounds};
    use crate::ops::{Bound, Range, RangeFrom, RangeFull, RangeInclusive, RangeTo, RangeToInclusive};
    use crate::borrow::Borrow;
    use crate::string::String;
    use crate::vec::Vec;

    impl<T> [T] {
        pub fn len(&self) -> usize;
        pub fn is_empty(&self) -> bool;
        pub fn first(&self) -> Option<&T>;
        pub fn first_mut(&mut self) -> Option<&mut T>;
        pub fn split_first(&self) -> Option<(&T, &[T])>;
        pub fn split_first_mut(&mut self) -> Option<(&mut T, &mut [T])>;
        pub fn split_last(&self) -> Option<(&T, &[T])>;
        pub fn split_last_mut(&mut self) -> Option<(&mut T, &mut [T])>;
        pub fn last(&self) -> Option<&T>;
        pub fn last_mut(&mut self) -> Option<&mut T>;
        pub fn first_chunk<const N: usize>(&self) -> Option<&[T; N]>;
        pub fn last_chunk<const N: usize>(&self) -> Option<&[T; N]>;
        pub fn get<I>(&self, index: I) -> Option<&I::Output> where I: SliceIndex<[T]>;
        pub fn get_mut<I>(&mut self, index: I) -> Option<&mut I::Output> where I: SliceIndex<[T]>;
        pub unsafe fn get_unchecked<I>(&self, index: I) -> &I::Output where I: SliceIndex<[T]>;
        pub unsafe fn get_unchecked_mut<I>(&mut self, index: I) -> &mut I::Output where I: SliceIndex<[T]>;
        pub fn as_ptr(&self) -> *const T;
        pub fn as_mut_ptr(&mut self) -> *mut T;
        pub fn swap(&mut self, a: usize, b: usize);
        pub fn reverse(&mut self);
        pub fn iter(&self) -> Iter<'_, T>;
        pub fn iter_mut(&mut self) -> IterMut<'_, T>;
        pub fn windows(&self, size: usize) -> Windows<'_, T>;
        pub fn chunks(&self, chunk_size: usize) -> Chunks<'_, T>;
        pub fn chunks_mut(&mut self, chunk_size: usize) -> ChunksMut<'_, T>;
        pub fn chunks_exact(&self, chunk_size: usize) -> ChunksExact<'_, T>;
        pub fn chunks_exact_mut(&mut self, chunk_size: usize) -> ChunksExactMut<'_, T>;
        pub fn rchunks(&self, chunk_size: usize) -> RChunks<'_, T>;
        pub fn chunk_by<F>(&self, pred: F) -> ChunkBy<'_, T, F> where F: FnMut(&T, &T) -> bool;
        pub fn split_at(&self, mid: usize) -> (&[T], &[T]);
        pub fn split_at_mut(&mut self, mid: usize) -> (&mut [T], &mut [T]);
        pub fn split_at_checked(&self, mid: usize) -> Option<(&[T], &[T])>;
        pub fn split_at_mut_checked(&mut self, mid: usize) -> Option<(&mut [T], &mut [T])>;
        pub fn split<F>(&self, pred: F) -> Split<'_, T, F> where F: FnMut(&T) -> bool;
        pub fn split_mut<F>(&mut self, pred: F) -> SplitMut<'_, T, F> where F: FnMut(&T) -> bool;
        pub fn rsplit<F>(&self, pred: F) -> RSplit<'_, T, F> where F: FnMut(&T) -> bool;
        pub fn splitn<F>(&self, n: usize, pred: F) -> SplitN<'_, T, F> where F: FnMut(&T) -> bool;
        pub fn contains(&self, x: &T) -> bool where T: PartialEq;
        pub fn starts_with(&self, needle: &[T]) -> bool where T: PartialEq;
        pub fn ends_with(&self, needle: &[T]) -> bool where T: PartialEq;
        pub fn binary_search(&self, x: &T) -> Result<usize, usize> where T: Ord;
        pub fn binary_search_by<'a, F>(&'a self, f: F) -> Result<usize, usize> where F: FnMut(&'a T) -> Ordering;
        pub fn binary_search_by_key<'a, B, F>(&'a self, b: &B, f: F) -> Result<usize, usize> where F: FnMut(&'a T) -> B, B: Ord;
        pub fn sort_unstable(&mut self) where T: Ord;
        pub fn sort_unstable_by<F>(&mut self, compare: F) where F: FnMut(&T, &T) -> Ordering;
        pub fn sort_unstable_by_key<K, F>(&mut self, f: F) where F: FnMut(&T) -> K, K: Ord;
        pub fn select_nth_unstable(&mut self, index: usize) -> (&mut [T], &mut T, &mut [T]) where T: Ord;
        pub fn rotate_left(&mut self, mid: usize);
        pub fn rotate_right(&mut self, k: usize);
        pub fn fill(&mut self, value: T) where T: Clone;
        pub fn fill_with<F>(&mut self, f: F) where F: FnMut() -> T;
        pub fn clone_from_slice(&mut self, src: &[T]) where T: Clone;
        pub fn copy_from_slice(&mut self, src: &[T]) where T: Copy;
        pub fn copy_within<R: RangeBounds<usize>>(&mut self, src: R, dest: usize) where T: Copy;
        pub fn swap_with_slice(&mut self, other: &mut [T]);
        pub fn is_sorted(&self) -> bool where T: PartialOrd;
        pub fn is_sorted_by<'a, F>(&'a self, compare: F) -> bool where F: FnMut(&'a T, &'a T) -> bool;
        pub fn is_sorted_by_key<'a, F, K>(&'a self, f: F) -> bool where F: FnMut(&'a T) -> K, K: PartialOrd;
        pub fn partition_point<P>(&self, pred: P) -> usize where P: FnMut(&T) -> bool;
        pub fn sort(&mut self) where T: Ord;
        pub fn sort_by<F>(&mut self, compare: F) where F: FnMut(&T, &T) -> Ordering;
        pub fn sort_by_key<K, F>(&mut self, f: F) where F: FnMut(&T) -> K, K: Ord;
        pub fn sort_by_cached_key<K, F>(&mut self, f: F) where F: FnMut(&T) -> K, K: Ord;
        pub fn to_vec(&self) -> Vec<T> where T: Clone;
        pub fn repeat(&self, n: usize) -> Vec<T> where T: Copy;
        pub fn concat<Item: ?Sized>(&self) -> <[T] as Concat<Item>>::Output where [T]: Concat<Item>;
        pub fn join<Separator>(&self, sep: Separator) -> <[T] as Join<Separator>>::Output where [T]: Join<Separator>;
    }
    impl<T, const N: usize> [[T; N]] {
        pub fn as_flattened(&self) -> &[T];
        pub fn as_flattened_mut(&mut self) -> &mut [T];
    }
    impl [u8] {
        pub fn is_ascii(&self) -> bool;
        pub fn eq_ignore_ascii_case(&self, other: &[u8]) -> bool;
        pub fn make_ascii_uppercase(&mut self);
        pub fn make_ascii_lowercase(&mut self);
        pub fn trim_ascii_start(&self) -> &[u8];
        pub fn trim_ascii_end(&self) -> &[u8];
        pub fn trim_ascii(&self) -> &[u8];
        pub fn to_ascii_uppercase(&self) -> Vec<u8>;
        pub fn to_ascii_lowercase(&self) -> Vec<u8>;
    }

    pub fn from_ref<T>(s: &T) -> &[T];
    pub fn from_mut<T>(s: &mut T) -> &mut [T];

    pub unsafe trait SliceIndex<T: ?Sized> {
        type Output: ?Sized;
    }
    unsafe impl<T> SliceIndex<[T]> for usize { type Output = T; }
    unsafe impl<T> SliceIndex<[T]> for Range<usize> { type Output = [T]; }
    unsafe impl<T> SliceIndex<[T]> for RangeTo<usize> { type Output = [T]; }
    unsafe impl<T> SliceIndex<[T]> for RangeFrom<usize> { type Output = [T]; }
    unsafe impl<T> SliceIndex<[T]> for RangeFull { type Output = [T]; }
    unsafe impl<T> SliceIndex<[T]> for RangeInclusive<usize> { type Output = [T]; }
    unsafe impl<T> SliceIndex<[T]> for RangeToInclusive<usize> { type Output = [T]; }
    unsafe impl<T> SliceIndex<[T]> for (Bound<usize>, Bound<usize>) { type Output = [T]; }

    // Index and IndexMut: std has one impl over SliceIndex; here one per index type.
    impl<T> Index<usize> for [T] { type Output = T; }
    impl<T> Index<Range<usize>> for [T] { type Output = [T]; }
    impl<T> Index<RangeTo<usize>> for [T] { type Output = [T]; }
    impl<T> Index<RangeFrom<usize>> for [T] { type Output = [T]; }
    impl<T> Index<RangeFull> for [T] { type Output = [T]; }
    impl<T> Index<RangeInclusive<usize>> for [T] { type Output = [T]; }
    impl<T> Index<RangeToInclusive<usize>> for [T] { type Output = [T]; }
    impl<T> IndexMut<usize> for [T] {}
    impl<T> IndexMut<Range<usize>> for [T] {}
    impl<T> IndexMut<RangeTo<usize>> for [T] {}
    impl<T> IndexMut<RangeFrom<usize>> for [T] {}
    impl<T> IndexMut<RangeFull> for [T] {}
    impl<T> IndexMut<RangeInclusive<usize>> for [T] {}
    impl<T> IndexMut<RangeToInclusive<usize>> for [T] {}

    impl<T, U> PartialEq<[U]> for [T] where T: PartialEq<U> {}
    impl<T: Eq> Eq for [T] {}
    impl<T: PartialOrd> PartialOrd for [T] {}
    impl<T: Ord> Ord for [T] {}
    impl<T> AsRef<[T]> for [T] {}
    impl<T> AsMut<[T]> for [T] {}
    impl<T: Clone> ToOwned for [T] { type Owned = Vec<T>; }
    impl<T> !Iterator for [T] {}

    // unstable to name; what `concat` and `join` are defined with
    pub trait Concat<Item: ?Sized> {
        type Output;
    }
    pub trait Join<Separator> {
        type Output;
    }
    impl<S: Borrow<str>> Concat<str> for [S] { type Output = String; }
    impl<S: Borrow<str>> Join<&str> for [S] { type Output = String; }
    impl<T: Clone, V: Borrow<[T]>> Concat<T> for [V] { type Output = Vec<T>; }
    impl<T: Clone, V: Borrow<[T]>> Join<&T> for [V] { type Output = Vec<T>; }
    impl<T: Clone, V: Borrow<[T]>> Join<&[T]> for [V] { type Output = Vec<T>; }

    impl<'a, T> IntoIterator for &'a [T] {
        type Item = &'a T;
        type IntoIter = Iter<'a, T>;
    }
    impl<'a, T> IntoIterator for &'a mut [T] {
        type Item = &'a mut T;
        type IntoIter = IterMut<'a, T>;
    }

    #[lang = "SliceIter"]
    pub struct Iter<'a, T: 'a> {}
    impl<'a, T> Iterator for Iter<'a, T> { type Item = &'a T; }
    impl<'a, T> DoubleEndedIterator for Iter<'a, T> {}
    impl<T> ExactSizeIterator for Iter<'_, T> {}
    impl<T> FusedIterator for Iter<'_, T> {}
    impl<T> Clone for Iter<'_, T> {}
    impl<T> Default for Iter<'_, T> {}
    impl<T: fmt::Debug> fmt::Debug for Iter<'_, T> {}
    impl<T> AsRef<[T]> for Iter<'_, T> {}
    unsafe impl<T: Sync> Send for Iter<'_, T> {}
    unsafe impl<T: Sync> Sync for Iter<'_, T> {}
    impl<'a, T> Iter<'a, T> {
        pub fn as_slice(&self) -> &'a [T];
    }

    pub struct IterMut<'a, T: 'a> {}
    impl<'a, T> Iterator for IterMut<'a, T> { type Item = &'a mut T; }
    impl<'a, T> DoubleEndedIterator for IterMut<'a, T> {}
    impl<T> ExactSizeIterator for IterMut<'_, T> {}
    impl<T> FusedIterator for IterMut<'_, T> {}
    impl<T> Default for IterMut<'_, T> {}
    impl<T: fmt::Debug> fmt::Debug for IterMut<'_, T> {}
    unsafe impl<T: Send> Send for IterMut<'_, T> {}
    unsafe impl<T: Sync> Sync for IterMut<'_, T> {}
    impl<'a, T> IterMut<'a, T> {
        pub fn into_slice(self) -> &'a mut [T];
        pub fn as_slice(&self) -> &[T];
    }

    #[derive(Debug)]
    pub struct Windows<'a, T: 'a> {}
    impl<'a, T> Iterator for Windows<'a, T> { type Item = &'a [T]; }
    impl<'a, T> DoubleEndedIterator for Windows<'a, T> {}
    impl<T> ExactSizeIterator for Windows<'_, T> {}
    impl<T> FusedIterator for Windows<'_, T> {}
    impl<T> Clone for Windows<'_, T> {}
    unsafe impl<T: Sync> Send for Windows<'_, T> {}
    unsafe impl<T: Sync> Sync for Windows<'_, T> {}
    #[derive(Debug)]
    pub struct Chunks<'a, T: 'a> {}
    impl<'a, T> Iterator for Chunks<'a, T> { type Item = &'a [T]; }
    impl<'a, T> DoubleEndedIterator for Chunks<'a, T> {}
    impl<T> ExactSizeIterator for Chunks<'_, T> {}
    impl<T> FusedIterator for Chunks<'_, T> {}
    impl<T> Clone for Chunks<'_, T> {}
    unsafe impl<T: Sync> Send for Chunks<'_, T> {}
    unsafe impl<T: Sync> Sync for Chunks<'_, T> {}
    #[derive(Debug)]
    pub struct ChunksExact<'a, T: 'a> {}
    impl<'a, T> Iterator for ChunksExact<'a, T> { type Item = &'a [T]; }
    impl<'a, T> DoubleEndedIterator for ChunksExact<'a, T> {}
    impl<T> ExactSizeIterator for ChunksExact<'_, T> {}
    impl<T> FusedIterator for ChunksExact<'_, T> {}
    impl<T> Clone for ChunksExact<'_, T> {}
    unsafe impl<T: Sync> Send for ChunksExact<'_, T> {}
    unsafe impl<T: Sync> Sync for ChunksExact<'_, T> {}
    #[derive(Debug)]
    pub struct RChunks<'a, T: 'a> {}
    impl<'a, T> Iterator for RChunks<'a, T> { type Item = &'a [T]; }
    impl<'a, T> DoubleEndedIterator for RChunks<'a, T> {}
    impl<T> ExactSizeIterator for RChunks<'_, T> {}
    impl<T> FusedIterator for RChunks<'_, T> {}
    impl<T> Clone for RChunks<'_, T> {}
    unsafe impl<T: Sync> Send for RChunks<'_, T> {}
    unsafe impl<T: Sync> Sync for RChunks<'_, T> {}
    impl<'a, T> ChunksExact<'a, T> {
        pub fn remainder(&self) -> &'a [T];
    }
    #[derive(Debug)]
    pub struct ChunksMut<'a, T: 'a> {}
    impl<'a, T> Iterator for ChunksMut<'a, T> { type Item = &'a mut [T]; }
    impl<'a, T> DoubleEndedIterator for ChunksMut<'a, T> {}
    impl<T> ExactSizeIterator for ChunksMut<'_, T> {}
    impl<T> FusedIterator for ChunksMut<'_, T> {}
    unsafe impl<T: Send> Send for ChunksMut<'_, T> {}
    unsafe impl<T: Sync> Sync for ChunksMut<'_, T> {}
    #[derive(Debug)]
    pub struct ChunksExactMut<'a, T: 'a> {}
    impl<'a, T> Iterator for ChunksExactMut<'a, T> { type Item = &'a mut [T]; }
    impl<'a, T> DoubleEndedIterator for ChunksExactMut<'a, T> {}
    impl<T> ExactSizeIterator for ChunksExactMut<'_, T> {}
    impl<T> FusedIterator for ChunksExactMut<'_, T> {}
    unsafe impl<T: Send> Send for ChunksExactMut<'_, T> {}
    unsafe impl<T: Sync> Sync for ChunksExactMut<'_, T> {}
    impl<'a, T> ChunksExactMut<'a, T> {
        pub fn into_remainder(self) -> &'a mut [T];
    }
    pub struct Split<'a, T: 'a, P> where P: FnMut(&T) -> bool {}
    impl<'a, T, P> Iterator for Split<'a, T, P> where P: FnMut(&T) -> bool { type Item = &'a [T]; }
    impl<'a, T, P> DoubleEndedIterator for Split<'a, T, P> where P: FnMut(&T) -> bool {}
    impl<T, P> FusedIterator for Split<'_, T, P> where P: FnMut(&T) -> bool {}
    impl<T, P> Clone for Split<'_, T, P> where P: Clone + FnMut(&T) -> bool {}
    impl<T: fmt::Debug, P> fmt::Debug for Split<'_, T, P> where P: FnMut(&T) -> bool {}
    unsafe impl<T: Sync, P: Send> Send for Split<'_, T, P> where P: FnMut(&T) -> bool {}
    unsafe impl<T: Sync, P: Sync> Sync for Split<'_, T, P> where P: FnMut(&T) -> bool {}
    pub struct RSplit<'a, T: 'a, P> where P: FnMut(&T) -> bool {}
    impl<'a, T, P> Iterator for RSplit<'a, T, P> where P: FnMut(&T) -> bool { type Item = &'a [T]; }
    impl<'a, T, P> DoubleEndedIterator for RSplit<'a, T, P> where P: FnMut(&T) -> bool {}
    impl<T, P> FusedIterator for RSplit<'_, T, P> where P: FnMut(&T) -> bool {}
    impl<T, P> Clone for RSplit<'_, T, P> where P: Clone + FnMut(&T) -> bool {}
    impl<T: fmt::Debug, P> fmt::Debug for RSplit<'_, T, P> where P: FnMut(&T) -> bool {}
    unsafe impl<T: Sync, P: Send> Send for RSplit<'_, T, P> where P: FnMut(&T) -> bool {}
    unsafe impl<T: Sync, P: Sync> Sync for RSplit<'_, T, P> where P: FnMut(&T) -> bool {}
    pub struct SplitN<'a, T: 'a, P> where P: FnMut(&T) -> bool {}
    impl<'a, T, P> Iterator for SplitN<'a, T, P> where P: FnMut(&T) -> bool { type Item = &'a [T]; }
    impl<T: fmt::Debug, P> fmt::Debug for SplitN<'_, T, P> where P: FnMut(&T) -> bool {}
    unsafe impl<T: Sync, P: Send> Send for SplitN<'_, T, P> where P: FnMut(&T) -> bool {}
    unsafe impl<T: Sync, P: Sync> Sync for SplitN<'_, T, P> where P: FnMut(&T) -> bool {}
    pub struct SplitMut<'a, T: 'a, P> where P: FnMut(&T) -> bool {}
    impl<'a, T, P> Iterator for SplitMut<'a, T, P> where P: FnMut(&T) -> bool { type Item = &'a mut [T]; }
    impl<'a, T, P> DoubleEndedIterator for SplitMut<'a, T, P> where P: FnMut(&T) -> bool {}
    impl<T, P> FusedIterator for SplitMut<'_, T, P> where P: FnMut(&T) -> bool {}
    impl<T: fmt::Debug, P> fmt::Debug for SplitMut<'_, T, P> where P: FnMut(&T) -> bool {}
    unsafe impl<T: Send, P: Send> Send for SplitMut<'_, T, P> where P: FnMut(&T) -> bool {}
    unsafe impl<T: Sync, P: Sync> Sync for SplitMut<'_, T, P> where P: FnMut(&T) -> bool {}

    pub struct ChunkBy<'a, T: 'a, P> {}
    impl<'a, T: 'a, P> Iterator for ChunkBy<'a, T, P> where P: FnMut(&T, &T) -> bool { type Item = &'a [T]; }
    impl<'a, T: 'a, P> DoubleEndedIterator for ChunkBy<'a, T, P> where P: FnMut(&T, &T) -> bool {}
    impl<'a, T: 'a, P> FusedIterator for ChunkBy<'a, T, P> where P: FnMut(&T, &T) -> bool {}
    impl<'a, T: 'a + fmt::Debug, P> fmt::Debug for ChunkBy<'a, T, P> {}
    unsafe impl<T: Sync, P: Send> Send for ChunkBy<'_, T, P> {}
    unsafe impl<T: Sync, P: Sync> Sync for ChunkBy<'_, T, P> {}
}
