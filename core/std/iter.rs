// std::iter: the iterator traits, the adapters the Iterator methods return,
// the sources (empty, once, repeat, from_fn, successors, ...), and the
// Iterator impls of the ranges.
pub mod iter {
    use crate::cmp::Ordering;
    use crate::fmt;
    use crate::ops::{Range, RangeFrom, RangeInclusive};

    #[lang = "iterator"]
    pub trait Iterator {
        type Item;
        #[lang = "next"]
        fn next(&mut self) -> Option<Self::Item>;
        fn size_hint(&self) -> (usize, Option<usize>);
        fn count(self) -> usize where Self: Sized;
        fn last(self) -> Option<Self::Item> where Self: Sized;
        fn nth(&mut self, n: usize) -> Option<Self::Item>;
        fn step_by(self, step: usize) -> StepBy<Self> where Self: Sized;
        fn chain<U>(self, other: U) -> Chain<Self, U::IntoIter> where Self: Sized, U: IntoIterator<Item = Self::Item>;
        fn zip<U>(self, other: U) -> Zip<Self, U::IntoIter> where Self: Sized, U: IntoIterator;
        fn map<B, F>(self, f: F) -> Map<Self, F> where Self: Sized, F: FnMut(Self::Item) -> B;
        fn for_each<F>(self, f: F) where Self: Sized, F: FnMut(Self::Item);
        fn filter<P>(self, predicate: P) -> Filter<Self, P> where Self: Sized, P: FnMut(&Self::Item) -> bool;
        fn filter_map<B, F>(self, f: F) -> FilterMap<Self, F> where Self: Sized, F: FnMut(Self::Item) -> Option<B>;
        fn enumerate(self) -> Enumerate<Self> where Self: Sized;
        fn peekable(self) -> Peekable<Self> where Self: Sized;
        fn skip_while<P>(self, predicate: P) -> SkipWhile<Self, P> where Self: Sized, P: FnMut(&Self::Item) -> bool;
        fn take_while<P>(self, predicate: P) -> TakeWhile<Self, P> where Self: Sized, P: FnMut(&Self::Item) -> bool;
        fn map_while<B, P>(self, predicate: P) -> MapWhile<Self, P> where Self: Sized, P: FnMut(Self::Item) -> Option<B>;
        fn skip(self, n: usize) -> Skip<Self> where Self: Sized;
        fn take(self, n: usize) -> Take<Self> where Self: Sized;
        fn scan<St, B, F>(self, initial_state: St, f: F) -> Scan<Self, St, F> where Self: Sized, F: FnMut(&mut St, Self::Item) -> Option<B>;
        fn flat_map<U, F>(self, f: F) -> FlatMap<Self, U, F> where Self: Sized, U: IntoIterator, F: FnMut(Self::Item) -> U;
        fn flatten(self) -> Flatten<Self> where Self: Sized, Self::Item: IntoIterator;
        fn fuse(self) -> Fuse<Self> where Self: Sized;
        fn inspect<F>(self, f: F) -> Inspect<Self, F> where Self: Sized, F: FnMut(&Self::Item);
        fn by_ref(&mut self) -> &mut Self where Self: Sized;
        fn collect<B: FromIterator<Self::Item>>(self) -> B where Self: Sized;
        fn partition<B, F>(self, f: F) -> (B, B) where Self: Sized, B: Default + Extend<Self::Item>, F: FnMut(&Self::Item) -> bool;
        fn fold<B, F>(self, init: B, f: F) -> B where Self: Sized, F: FnMut(B, Self::Item) -> B;
        fn reduce<F>(self, f: F) -> Option<Self::Item> where Self: Sized, F: FnMut(Self::Item, Self::Item) -> Self::Item;
        fn all<F>(&mut self, f: F) -> bool where Self: Sized, F: FnMut(Self::Item) -> bool;
        fn any<F>(&mut self, f: F) -> bool where Self: Sized, F: FnMut(Self::Item) -> bool;
        fn find<P>(&mut self, predicate: P) -> Option<Self::Item> where Self: Sized, P: FnMut(&Self::Item) -> bool;
        fn find_map<B, F>(&mut self, f: F) -> Option<B> where Self: Sized, F: FnMut(Self::Item) -> Option<B>;
        fn position<P>(&mut self, predicate: P) -> Option<usize> where Self: Sized, P: FnMut(Self::Item) -> bool;
        fn rposition<P>(&mut self, predicate: P) -> Option<usize> where P: FnMut(Self::Item) -> bool, Self: Sized + ExactSizeIterator + DoubleEndedIterator;
        fn max(self) -> Option<Self::Item> where Self: Sized, Self::Item: Ord;
        fn min(self) -> Option<Self::Item> where Self: Sized, Self::Item: Ord;
        fn max_by_key<B: Ord, F>(self, f: F) -> Option<Self::Item> where Self: Sized, F: FnMut(&Self::Item) -> B;
        fn max_by<F>(self, compare: F) -> Option<Self::Item> where Self: Sized, F: FnMut(&Self::Item, &Self::Item) -> Ordering;
        fn min_by_key<B: Ord, F>(self, f: F) -> Option<Self::Item> where Self: Sized, F: FnMut(&Self::Item) -> B;
        fn min_by<F>(self, compare: F) -> Option<Self::Item> where Self: Sized, F: FnMut(&Self::Item, &Self::Item) -> Ordering;
        fn rev(self) -> Rev<Self> where Self: Sized + DoubleEndedIterator;
        fn unzip<A, B, FromA, FromB>(self) -> (FromA, FromB) where FromA: Default + Extend<A>, FromB: Default + Extend<B>, Self: Sized + Iterator<Item = (A, B)>;
        fn copied<'a, T>(self) -> Copied<Self> where T: Copy + 'a, Self: Sized + Iterator<Item = &'a T>;
        fn cloned<'a, T>(self) -> Cloned<Self> where T: Clone + 'a, Self: Sized + Iterator<Item = &'a T>;
        fn cycle(self) -> Cycle<Self> where Self: Sized + Clone;
        fn sum<S>(self) -> S where Self: Sized, S: Sum<Self::Item>;
        fn product<P>(self) -> P where Self: Sized, P: Product<Self::Item>;
        fn cmp<I>(self, other: I) -> Ordering where I: IntoIterator<Item = Self::Item>, Self::Item: Ord, Self: Sized;
        fn partial_cmp<I>(self, other: I) -> Option<Ordering> where I: IntoIterator, Self::Item: PartialOrd<I::Item>, Self: Sized;
        fn eq<I>(self, other: I) -> bool where I: IntoIterator, Self::Item: PartialEq<I::Item>, Self: Sized;
        fn ne<I>(self, other: I) -> bool where I: IntoIterator, Self::Item: PartialEq<I::Item>, Self: Sized;
        fn lt<I>(self, other: I) -> bool where I: IntoIterator, Self::Item: PartialOrd<I::Item>, Self: Sized;
        fn le<I>(self, other: I) -> bool where I: IntoIterator, Self::Item: PartialOrd<I::Item>, Self: Sized;
        fn gt<I>(self, other: I) -> bool where I: IntoIterator, Self::Item: PartialOrd<I::Item>, Self: Sized;
        fn ge<I>(self, other: I) -> bool where I: IntoIterator, Self::Item: PartialOrd<I::Item>, Self: Sized;
        fn is_sorted(self) -> bool where Self: Sized, Self::Item: PartialOrd;
        fn is_sorted_by<F>(self, compare: F) -> bool where Self: Sized, F: FnMut(&Self::Item, &Self::Item) -> bool;
        fn is_sorted_by_key<F, K>(self, f: F) -> bool where Self: Sized, F: FnMut(Self::Item) -> K, K: PartialOrd;
    }

    #[lang = "DoubleEndedIterator"]
    pub trait DoubleEndedIterator: Iterator {
        fn next_back(&mut self) -> Option<Self::Item>;
        fn nth_back(&mut self, n: usize) -> Option<Self::Item>;
        fn rfold<B, F>(self, init: B, f: F) -> B where Self: Sized, F: FnMut(B, Self::Item) -> B;
        fn rfind<P>(&mut self, predicate: P) -> Option<Self::Item> where Self: Sized, P: FnMut(&Self::Item) -> bool;
    }

    pub trait ExactSizeIterator: Iterator {
        fn len(&self) -> usize;
    }

    pub trait FusedIterator: Iterator {}

    #[lang = "IntoIterator"]
    pub trait IntoIterator {
        type Item;
        type IntoIter: Iterator<Item = Self::Item>;
        #[lang = "into_iter"]
        fn into_iter(self) -> Self::IntoIter;
    }

    #[lang = "FromIterator"]
    pub trait FromIterator<A>: Sized {
        fn from_iter<T: IntoIterator<Item = A>>(iter: T) -> Self;
    }

    #[lang = "Extend"]
    pub trait Extend<A> {
        fn extend<T: IntoIterator<Item = A>>(&mut self, iter: T);
    }

    #[lang = "Sum"]
    pub trait Sum<A = Self>: Sized {
        fn sum<I: Iterator<Item = A>>(iter: I) -> Self;
    }

    #[lang = "Product"]
    pub trait Product<A = Self>: Sized {
        fn product<I: Iterator<Item = A>>(iter: I) -> Self;
    }

    // unstable to implement or call; what `a..b` iterates over
    #[lang = "Step"]
    pub trait Step: Clone + PartialOrd + Sized {}
    #[each_int]
    impl Step for Int {}
    impl Step for char {}

    impl<I: Iterator> IntoIterator for I {
        type Item = I::Item;
        type IntoIter = I;
    }
    impl<I: Iterator + ?Sized> Iterator for &mut I { type Item = I::Item; }
    impl<I: DoubleEndedIterator + ?Sized> DoubleEndedIterator for &mut I {}
    impl<I: ExactSizeIterator + ?Sized> ExactSizeIterator for &mut I {}
    impl<I: FusedIterator + ?Sized> FusedIterator for &mut I {}

    #[each_int]
    impl Sum for Int {}
    #[each_int]
    impl<'a> Sum<&'a Int> for Int {}
    #[each_int]
    impl Product for Int {}
    #[each_int]
    impl<'a> Product<&'a Int> for Int {}
    #[each_float]
    impl Sum for Float {}
    #[each_float]
    impl<'a> Sum<&'a Float> for Float {}
    #[each_float]
    impl Product for Float {}
    #[each_float]
    impl<'a> Product<&'a Float> for Float {}

    impl FromIterator<()> for () {}
    impl Extend<()> for () {}
    impl<A, B, EA, EB> FromIterator<(EA, EB)> for (A, B) where A: Default + Extend<EA>, B: Default + Extend<EB> {}
    impl<A, B, EA, EB> Extend<(A, B)> for (EA, EB) where EA: Extend<A>, EB: Extend<B> {}

    // ranges
    impl<A: Step> Iterator for Range<A> { type Item = A; }
    impl<A: Step> DoubleEndedIterator for Range<A> {}
    impl<A: Step> FusedIterator for Range<A> {}
    impl<A: Step> Iterator for RangeFrom<A> { type Item = A; }
    impl<A: Step> FusedIterator for RangeFrom<A> {}
    impl<A: Step> Iterator for RangeInclusive<A> { type Item = A; }
    impl<A: Step> DoubleEndedIterator for RangeInclusive<A> {}
    impl<A: Step> FusedIterator for RangeInclusive<A> {}
    impl ExactSizeIterator for Range<usize> {}
    impl ExactSizeIterator for Range<u8> {}
    impl ExactSizeIterator for Range<u16> {}
    impl ExactSizeIterator for Range<u32> {}
    impl ExactSizeIterator for Range<isize> {}
    impl ExactSizeIterator for Range<i8> {}
    impl ExactSizeIterator for Range<i16> {}
    impl ExactSizeIterator for Range<i32> {}
    impl ExactSizeIterator for RangeInclusive<u8> {}
    impl ExactSizeIterator for RangeInclusive<i8> {}
    impl ExactSizeIterator for RangeInclusive<u16> {}
    impl ExactSizeIterator for RangeInclusive<i16> {}

    // the adapters
    #[derive(Clone, Debug)]
    pub struct StepBy<I> {}
    impl<I> Iterator for StepBy<I> where I: Iterator { type Item = I::Item; }
    impl<I> DoubleEndedIterator for StepBy<I> where I: DoubleEndedIterator + ExactSizeIterator {}
    impl<I> ExactSizeIterator for StepBy<I> where I: ExactSizeIterator {}

    #[derive(Clone, Debug)]
    pub struct Chain<A, B> {}
    impl<A, B> Iterator for Chain<A, B> where A: Iterator, B: Iterator<Item = A::Item> { type Item = A::Item; }
    impl<A, B> DoubleEndedIterator for Chain<A, B> where A: DoubleEndedIterator, B: DoubleEndedIterator<Item = A::Item> {}
    impl<A, B> FusedIterator for Chain<A, B> where A: FusedIterator, B: FusedIterator<Item = A::Item> {}

    #[derive(Clone)]
    pub struct Zip<A, B> {}
    impl<A: fmt::Debug, B: fmt::Debug> fmt::Debug for Zip<A, B> {}
    impl<A, B> Iterator for Zip<A, B> where A: Iterator, B: Iterator { type Item = (A::Item, B::Item); }
    impl<A, B> DoubleEndedIterator for Zip<A, B> where A: DoubleEndedIterator + ExactSizeIterator, B: DoubleEndedIterator + ExactSizeIterator {}
    impl<A, B> ExactSizeIterator for Zip<A, B> where A: ExactSizeIterator, B: ExactSizeIterator {}
    impl<A, B> FusedIterator for Zip<A, B> where A: FusedIterator, B: FusedIterator {}
    pub fn zip<A, B>(a: A, b: B) -> Zip<A::IntoIter, B::IntoIter> where A: IntoIterator, B: IntoIterator;

    #[derive(Clone)]
    pub struct Map<I, F> {}
    impl<I: fmt::Debug, F> fmt::Debug for Map<I, F> {}
    impl<B, I: Iterator, F> Iterator for Map<I, F> where F: FnMut(I::Item) -> B { type Item = B; }
    impl<B, I: DoubleEndedIterator, F> DoubleEndedIterator for Map<I, F> where F: FnMut(I::Item) -> B {}
    impl<B, I: ExactSizeIterator, F> ExactSizeIterator for Map<I, F> where F: FnMut(I::Item) -> B {}
    impl<B, I: FusedIterator, F> FusedIterator for Map<I, F> where F: FnMut(I::Item) -> B {}

    #[derive(Clone)]
    pub struct Filter<I, P> {}
    impl<I: fmt::Debug, P> fmt::Debug for Filter<I, P> {}
    impl<I: Iterator, P> Iterator for Filter<I, P> where P: FnMut(&I::Item) -> bool { type Item = I::Item; }
    impl<I: DoubleEndedIterator, P> DoubleEndedIterator for Filter<I, P> where P: FnMut(&I::Item) -> bool {}
    impl<I: FusedIterator, P> FusedIterator for Filter<I, P> where P: FnMut(&I::Item) -> bool {}

    #[derive(Clone)]
    pub struct FilterMap<I, F> {}
    impl<I: fmt::Debug, F> fmt::Debug for FilterMap<I, F> {}
    impl<B, I: Iterator, F> Iterator for FilterMap<I, F> where F: FnMut(I::Item) -> Option<B> { type Item = B; }
    impl<B, I: DoubleEndedIterator, F> DoubleEndedIterator for FilterMap<I, F> where F: FnMut(I::Item) -> Option<B> {}
    impl<B, I: FusedIterator, F> FusedIterator for FilterMap<I, F> where F: FnMut(I::Item) -> Option<B> {}

    #[derive(Clone, Debug)]
    pub struct Enumerate<I> {}
    impl<I> Iterator for Enumerate<I> where I: Iterator { type Item = (usize, I::Item); }
    impl<I> DoubleEndedIterator for Enumerate<I> where I: ExactSizeIterator + DoubleEndedIterator {}
    impl<I> ExactSizeIterator for Enumerate<I> where I: ExactSizeIterator {}
    impl<I> FusedIterator for Enumerate<I> where I: FusedIterator {}

    pub struct Peekable<I: Iterator> {}
    impl<I: Iterator + Clone> Clone for Peekable<I> where I::Item: Clone {}
    impl<I: Iterator + fmt::Debug> fmt::Debug for Peekable<I> where I::Item: fmt::Debug {}
    impl<I: Iterator> Iterator for Peekable<I> { type Item = I::Item; }
    impl<I> DoubleEndedIterator for Peekable<I> where I: DoubleEndedIterator {}
    impl<I: ExactSizeIterator> ExactSizeIterator for Peekable<I> {}
    impl<I: FusedIterator> FusedIterator for Peekable<I> {}
    unsafe impl<I: Iterator + Send> Send for Peekable<I> where I::Item: Send {}
    unsafe impl<I: Iterator + Sync> Sync for Peekable<I> where I::Item: Sync {}
    impl<I: Iterator> Peekable<I> {
        pub fn peek(&mut self) -> Option<&I::Item>;
        pub fn peek_mut(&mut self) -> Option<&mut I::Item>;
        pub fn next_if(&mut self, func: impl FnOnce(&I::Item) -> bool) -> Option<I::Item>;
        pub fn next_if_eq<T>(&mut self, expected: &T) -> Option<I::Item> where T: ?Sized, I::Item: PartialEq<T>;
    }

    #[derive(Clone)]
    pub struct SkipWhile<I, P> {}
    impl<I: fmt::Debug, P> fmt::Debug for SkipWhile<I, P> {}
    impl<I: Iterator, P> Iterator for SkipWhile<I, P> where P: FnMut(&I::Item) -> bool { type Item = I::Item; }
    impl<I, P> FusedIterator for SkipWhile<I, P> where I: FusedIterator, P: FnMut(&I::Item) -> bool {}

    #[derive(Clone)]
    pub struct TakeWhile<I, P> {}
    impl<I: fmt::Debug, P> fmt::Debug for TakeWhile<I, P> {}
    impl<I: Iterator, P> Iterator for TakeWhile<I, P> where P: FnMut(&I::Item) -> bool { type Item = I::Item; }
    impl<I, P> FusedIterator for TakeWhile<I, P> where I: FusedIterator, P: FnMut(&I::Item) -> bool {}

    #[derive(Clone)]
    pub struct MapWhile<I, P> {}
    impl<I: fmt::Debug, P> fmt::Debug for MapWhile<I, P> {}
    impl<B, I: Iterator, P> Iterator for MapWhile<I, P> where P: FnMut(I::Item) -> Option<B> { type Item = B; }

    #[derive(Clone, Debug)]
    pub struct Skip<I> {}
    impl<I> Iterator for Skip<I> where I: Iterator { type Item = I::Item; }
    impl<I> ExactSizeIterator for Skip<I> where I: ExactSizeIterator {}
    impl<I> DoubleEndedIterator for Skip<I> where I: DoubleEndedIterator + ExactSizeIterator {}
    impl<I> FusedIterator for Skip<I> where I: FusedIterator {}

    #[derive(Clone, Debug)]
    pub struct Take<I> {}
    impl<I> Iterator for Take<I> where I: Iterator { type Item = I::Item; }
    impl<I> DoubleEndedIterator for Take<I> where I: DoubleEndedIterator + ExactSizeIterator {}
    impl<I> ExactSizeIterator for Take<I> where I: ExactSizeIterator {}
    impl<I> FusedIterator for Take<I> where I: FusedIterator {}

    #[derive(Clone)]
    pub struct Scan<I, St, F> {}
    impl<I: fmt::Debug, St: fmt::Debug, F> fmt::Debug for Scan<I, St, F> {}
    impl<B, I, St, F> Iterator for Scan<I, St, F> where I: Iterator, F: FnMut(&mut St, I::Item) -> Option<B> { type Item = B; }

    pub struct FlatMap<I, U: IntoIterator, F> {}
    impl<I: Iterator, U: IntoIterator, F> Iterator for FlatMap<I, U, F> where F: FnMut(I::Item) -> U { type Item = U::Item; }
    impl<I: DoubleEndedIterator, U, F> DoubleEndedIterator for FlatMap<I, U, F> where F: FnMut(I::Item) -> U, U: IntoIterator, U::IntoIter: DoubleEndedIterator {}
    impl<I, U, F> FusedIterator for FlatMap<I, U, F> where I: FusedIterator, U: IntoIterator, F: FnMut(I::Item) -> U {}
    unsafe impl<I: Send, U: IntoIterator, F: Send> Send for FlatMap<I, U, F> where U::IntoIter: Send {}
    unsafe impl<I: Sync, U: IntoIterator, F: Sync> Sync for FlatMap<I, U, F> where U::IntoIter: Sync {}

    pub struct Flatten<I> where I: Iterator, I::Item: IntoIterator {}
    impl<I, U> Iterator for Flatten<I> where I: Iterator, I::Item: IntoIterator<IntoIter = U, Item = U::Item>, U: Iterator { type Item = U::Item; }
    impl<I, U> DoubleEndedIterator for Flatten<I> where I: DoubleEndedIterator, I::Item: IntoIterator<IntoIter = U, Item = U::Item>, U: DoubleEndedIterator {}
    impl<I, U> FusedIterator for Flatten<I> where I: FusedIterator, I::Item: IntoIterator<IntoIter = U, Item = U::Item>, U: Iterator {}
    impl<I, U> Clone for Flatten<I> where I: Clone + Iterator, I::Item: IntoIterator<IntoIter = U, Item = U::Item>, U: Clone + Iterator {}
    unsafe impl<I, U> Send for Flatten<I> where I: Send + Iterator, I::Item: IntoIterator<IntoIter = U, Item = U::Item>, U: Send + Iterator {}
    unsafe impl<I, U> Sync for Flatten<I> where I: Sync + Iterator, I::Item: IntoIterator<IntoIter = U, Item = U::Item>, U: Sync + Iterator {}

    #[derive(Clone, Debug)]
    pub struct Fuse<I> {}
    impl<I> Iterator for Fuse<I> where I: Iterator { type Item = I::Item; }
    impl<I> DoubleEndedIterator for Fuse<I> where I: DoubleEndedIterator {}
    impl<I> ExactSizeIterator for Fuse<I> where I: ExactSizeIterator {}
    impl<I> FusedIterator for Fuse<I> where I: Iterator {}

    #[derive(Clone)]
    pub struct Inspect<I, F> {}
    impl<I: fmt::Debug, F> fmt::Debug for Inspect<I, F> {}
    impl<I: Iterator, F> Iterator for Inspect<I, F> where F: FnMut(&I::Item) { type Item = I::Item; }
    impl<I: DoubleEndedIterator, F> DoubleEndedIterator for Inspect<I, F> where F: FnMut(&I::Item) {}
    impl<I: ExactSizeIterator, F> ExactSizeIterator for Inspect<I, F> where F: FnMut(&I::Item) {}
    impl<I: FusedIterator, F> FusedIterator for Inspect<I, F> where F: FnMut(&I::Item) {}

    #[derive(Clone, Debug)]
    pub struct Rev<T> {}
    impl<I> Iterator for Rev<I> where I: DoubleEndedIterator { type Item = I::Item; }
    impl<I> DoubleEndedIterator for Rev<I> where I: DoubleEndedIterator {}
    impl<I> ExactSizeIterator for Rev<I> where I: ExactSizeIterator + DoubleEndedIterator {}
    impl<I> FusedIterator for Rev<I> where I: FusedIterator + DoubleEndedIterator {}

    #[derive(Clone, Debug)]
    pub struct Copied<I> {}
    impl<'a, I, T: 'a> Iterator for Copied<I> where I: Iterator<Item = &'a T>, T: Copy { type Item = T; }
    impl<'a, I, T: 'a> DoubleEndedIterator for Copied<I> where I: DoubleEndedIterator<Item = &'a T>, T: Copy {}
    impl<'a, I, T: 'a> ExactSizeIterator for Copied<I> where I: ExactSizeIterator<Item = &'a T>, T: Copy {}
    impl<'a, I, T: 'a> FusedIterator for Copied<I> where I: FusedIterator<Item = &'a T>, T: Copy {}

    #[derive(Clone, Debug)]
    pub struct Cloned<I> {}
    impl<'a, I, T: 'a> Iterator for Cloned<I> where I: Iterator<Item = &'a T>, T: Clone { type Item = T; }
    impl<'a, I, T: 'a> DoubleEndedIterator for Cloned<I> where I: DoubleEndedIterator<Item = &'a T>, T: Clone {}
    impl<'a, I, T: 'a> ExactSizeIterator for Cloned<I> where I: ExactSizeIterator<Item = &'a T>, T: Clone {}
    impl<'a, I, T: 'a> FusedIterator for Cloned<I> where I: FusedIterator<Item = &'a T>, T: Clone {}

    #[derive(Clone, Debug)]
    pub struct Cycle<I> {}
    impl<I> Iterator for Cycle<I> where I: Clone + Iterator { type Item = I::Item; }
    impl<I> FusedIterator for Cycle<I> where I: Clone + Iterator {}

    // the sources
    pub struct Empty<T> {}
    impl<T> Iterator for Empty<T> { type Item = T; }
    impl<T> DoubleEndedIterator for Empty<T> {}
    impl<T> ExactSizeIterator for Empty<T> {}
    impl<T> FusedIterator for Empty<T> {}
    impl<T> Clone for Empty<T> {}
    impl<T> Default for Empty<T> {}
    impl<T> fmt::Debug for Empty<T> {}
    unsafe impl<T> Send for Empty<T> {}
    unsafe impl<T> Sync for Empty<T> {}
    pub fn empty<T>() -> Empty<T>;

    #[derive(Clone, Debug)]
    pub struct Once<T> {}
    impl<T> Iterator for Once<T> { type Item = T; }
    impl<T> DoubleEndedIterator for Once<T> {}
    impl<T> ExactSizeIterator for Once<T> {}
    impl<T> FusedIterator for Once<T> {}
    pub fn once<T>(value: T) -> Once<T>;

    #[derive(Clone, Debug)]
    pub struct Repeat<A> {}
    impl<A: Clone> Iterator for Repeat<A> { type Item = A; }
    impl<A: Clone> DoubleEndedIterator for Repeat<A> {}
    impl<A: Clone> FusedIterator for Repeat<A> {}
    pub fn repeat<T: Clone>(elt: T) -> Repeat<T>;

    #[derive(Clone, Debug)]
    pub struct RepeatN<A> {}
    impl<A: Clone> Iterator for RepeatN<A> { type Item = A; }
    impl<A: Clone> DoubleEndedIterator for RepeatN<A> {}
    impl<A: Clone> ExactSizeIterator for RepeatN<A> {}
    impl<A: Clone> FusedIterator for RepeatN<A> {}
    pub fn repeat_n<T: Clone>(element: T, count: usize) -> RepeatN<T>;

    #[derive(Copy, Clone)]
    pub struct RepeatWith<F> {}
    impl<F> fmt::Debug for RepeatWith<F> {}
    impl<A, F: FnMut() -> A> Iterator for RepeatWith<F> { type Item = A; }
    impl<A, F: FnMut() -> A> FusedIterator for RepeatWith<F> {}
    pub fn repeat_with<A, F: FnMut() -> A>(repeater: F) -> RepeatWith<F>;

    #[derive(Clone)]
    pub struct OnceWith<F> {}
    impl<A, F: FnOnce() -> A> Iterator for OnceWith<F> { type Item = A; }
    impl<A, F: FnOnce() -> A> DoubleEndedIterator for OnceWith<F> {}
    impl<A, F: FnOnce() -> A> ExactSizeIterator for OnceWith<F> {}
    impl<A, F: FnOnce() -> A> FusedIterator for OnceWith<F> {}
    pub fn once_with<A, F: FnOnce() -> A>(make: F) -> OnceWith<F>;

    #[derive(Clone)]
    pub struct FromFn<F> {}
    impl<T, F> Iterator for FromFn<F> where F: FnMut() -> Option<T> { type Item = T; }
    pub fn from_fn<T, F>(f: F) -> FromFn<F> where F: FnMut() -> Option<T>;

    #[derive(Clone)]
    pub struct Successors<T, F> {}
    impl<T, F> Iterator for Successors<T, F> where F: FnMut(&T) -> Option<T> { type Item = T; }
    impl<T, F> FusedIterator for Successors<T, F> where F: FnMut(&T) -> Option<T> {}
    pub fn successors<T, F>(first: Option<T>, succ: F) -> Successors<T, F> where F: FnMut(&T) -> Option<T>;
}
