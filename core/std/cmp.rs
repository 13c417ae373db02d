// std::cmp: comparison traits, Ordering, Reverse, min/max, and the impls
// for the primitive types and references.
pub mod cmp {
    #[lang = "eq"]
    pub trait PartialEq<Rhs: ?Sized = Self> {
        fn eq(&self, other: &Rhs) -> bool;
        fn ne(&self, other: &Rhs) -> bool;
    }

    #[lang = "Eq"]
    pub trait Eq: PartialEq<Self> {}

    #[lang = "partial_ord"]
    pub trait PartialOrd<Rhs: ?Sized = Self>: PartialEq<Rhs> {
        fn partial_cmp(&self, other: &Rhs) -> Option<Ordering>;
        fn lt(&self, other: &Rhs) -> bool;
        fn le(&self, other: &Rhs) -> bool;
        fn gt(&self, other: &Rhs) -> bool;
        fn ge(&self, other: &Rhs) -> bool;
    }

    #[lang = "Ord"]
    pub trait Ord: Eq + PartialOrd<Self> {
        fn cmp(&self, other: &Self) -> Ordering;
        fn max(self, other: Self) -> Self where Self: Sized;
        fn min(self, other: Self) -> Self where Self: Sized;
        fn clamp(self, min: Self, max: Self) -> Self where Self: Sized;
    }

    #[lang = "Ordering"]
    #[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug, Hash)]
    pub enum Ordering {
        Less = -1,
        Equal = 0,
        Greater = 1,
    }

    impl Ordering {
        pub fn is_eq(self) -> bool;
        pub fn is_ne(self) -> bool;
        pub fn is_lt(self) -> bool;
        pub fn is_gt(self) -> bool;
        pub fn is_le(self) -> bool;
        pub fn is_ge(self) -> bool;
        pub fn reverse(self) -> Ordering;
        pub fn then(self, other: Ordering) -> Ordering;
        pub fn then_with<F>(self, f: F) -> Ordering where F: FnOnce() -> Ordering;
    }

    #[derive(Copy, Debug, Hash, PartialEq, Eq, Default)]
    pub struct Reverse<T>(pub T);
    impl<T: Clone> Clone for Reverse<T> {}
    impl<T: PartialOrd> PartialOrd for Reverse<T> {}
    impl<T: Ord> Ord for Reverse<T> {}

    pub fn min<T: Ord>(v1: T, v2: T) -> T;
    pub fn max<T: Ord>(v1: T, v2: T) -> T;
    pub fn min_by<T, F: FnOnce(&T, &T) -> Ordering>(v1: T, v2: T, compare: F) -> T;
    pub fn max_by<T, F: FnOnce(&T, &T) -> Ordering>(v1: T, v2: T, compare: F) -> T;
    pub fn min_by_key<T, F, K>(v1: T, v2: T, f: F) -> T where F: FnMut(&T) -> K, K: Ord;
    pub fn max_by_key<T, F, K>(v1: T, v2: T, f: F) -> T where F: FnMut(&T) -> K, K: Ord;

    #[each_int]
    impl PartialEq for Int {}
    #[each_int]
    impl Eq for Int {}
    #[each_int]
    impl PartialOrd for Int {}
    #[each_int]
    impl Ord for Int {}
    #[each_float]
    impl PartialEq for Float {}
    #[each_float]
    impl PartialOrd for Float {}
    impl<T: ?Sized> PartialEq for *const T {}
    impl<T: ?Sized> PartialEq for *mut T {}
    impl<T: ?Sized> Eq for *const T {}
    impl<T: ?Sized> Eq for *mut T {}
    impl<T: ?Sized> PartialOrd for *const T {}
    impl<T: ?Sized> PartialOrd for *mut T {}
    impl<T: ?Sized> Ord for *const T {}
    impl<T: ?Sized> Ord for *mut T {}
    impl PartialEq for bool {}
    impl Eq for bool {}
    impl PartialOrd for bool {}
    impl Ord for bool {}
    impl PartialEq for char {}
    impl Eq for char {}
    impl PartialOrd for char {}
    impl Ord for char {}
    impl PartialEq for () {}
    impl Eq for () {}
    impl PartialOrd for () {}
    impl Ord for () {}

    impl<A: ?Sized, B: ?Sized> PartialEq<&B> for &A where A: PartialEq<B> {}
    impl<A: ?Sized, B: ?Sized> PartialEq<&mut B> for &mut A where A: PartialEq<B> {}
    impl<A: ?Sized, B: ?Sized> PartialEq<&mut B> for &A where A: PartialEq<B> {}
    impl<A: ?Sized, B: ?Sized> PartialEq<&B> for &mut A where A: PartialEq<B> {}
    impl<A: ?Sized> Eq for &A where A: Eq {}
    impl<A: ?Sized> Eq for &mut A where A: Eq {}
    impl<A: ?Sized, B: ?Sized> PartialOrd<&B> for &A where A: PartialOrd<B> {}
    impl<A: ?Sized, B: ?Sized> PartialOrd<&mut B> for &mut A where A: PartialOrd<B> {}
    impl<A: ?Sized> Ord for &A where A: Ord {}
    impl<A: ?Sized> Ord for &mut A where A: Ord {}

    #[each_tuple]
    impl<T: PartialEq> PartialEq for (T,) {}
    #[each_tuple]
    impl<T: Eq> Eq for (T,) {}
    #[each_tuple]
    impl<T: PartialOrd> PartialOrd for (T,) {}
    #[each_tuple]
    impl<T: Ord> Ord for (T,) {}
}
