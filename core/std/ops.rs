// std::ops: the operator traits, Deref, Drop, the Fn traits, indexing and
// the range types; the operator impls for the primitive types.
pub mod ops {
    use crate::marker::Tuple;

    #[lang = "add"]
    pub trait Add<Rhs = Self> {
        type Output;
        fn add(self, rhs: Rhs) -> Self::Output;
    }
    #[lang = "add_assign"]
    pub trait AddAssign<Rhs = Self> {
        fn add_assign(&mut self, rhs: Rhs);
    }
    #[lang = "sub"]
    pub trait Sub<Rhs = Self> {
        type Output;
        fn sub(self, rhs: Rhs) -> Self::Output;
    }
    #[lang = "sub_assign"]
    pub trait SubAssign<Rhs = Self> {
        fn sub_assign(&mut self, rhs: Rhs);
    }
    #[lang = "mul"]
    pub trait Mul<Rhs = Self> {
        type Output;
        fn mul(self, rhs: Rhs) -> Self::Output;
    }
    #[lang = "mul_assign"]
    pub trait MulAssign<Rhs = Self> {
        fn mul_assign(&mut self, rhs: Rhs);
    }
    #[lang = "div"]
    pub trait Div<Rhs = Self> {
        type Output;
        fn div(self, rhs: Rhs) -> Self::Output;
    }
    #[lang = "div_assign"]
    pub trait DivAssign<Rhs = Self> {
        fn div_assign(&mut self, rhs: Rhs);
    }
    #[lang = "rem"]
    pub trait Rem<Rhs = Self> {
        type Output;
        fn rem(self, rhs: Rhs) -> Self::Output;
    }
    #[lang = "rem_assign"]
    pub trait RemAssign<Rhs = Self> {
        fn rem_assign(&mut self, rhs: Rhs);
    }
    #[lang = "bitand"]
    pub trait BitAnd<Rhs = Self> {
        type Output;
        fn bitand(self, rhs: Rhs) -> Self::Output;
    }
    #[lang = "bitand_assign"]
    pub trait BitAndAssign<Rhs = Self> {
        fn bitand_assign(&mut self, rhs: Rhs);
    }
    #[lang = "bitor"]
    pub trait BitOr<Rhs = Self> {
        type Output;
        fn bitor(self, rhs: Rhs) -> Self::Output;
    }
    #[lang = "bitor_assign"]
    pub trait BitOrAssign<Rhs = Self> {
        fn bitor_assign(&mut self, rhs: Rhs);
    }
    #[lang = "bitxor"]
    pub trait BitXor<Rhs = Self> {
        type Output;
        fn bitxor(self, rhs: Rhs) -> Self::Output;
    }
    #[lang = "bitxor_assign"]
    pub trait BitXorAssign<Rhs = Self> {
        fn bitxor_assign(&mut self, rhs: Rhs);
    }
    #[lang = "shl"]
    pub trait Shl<Rhs = Self> {
        type Output;
        fn shl(self, rhs: Rhs) -> Self::Output;
    }
    #[lang = "shl_assign"]
    pub trait ShlAssign<Rhs = Self> {
        fn shl_assign(&mut self, rhs: Rhs);
    }
    #[lang = "shr"]
    pub trait Shr<Rhs = Self> {
        type Output;
        fn shr(self, rhs: Rhs) -> Self::Output;
    }
    #[lang = "shr_assign"]
    pub trait ShrAssign<Rhs = Self> {
        fn shr_assign(&mut self, rhs: Rhs);
    }
    #[lang = "neg"]
    pub trait Neg {
        type Output;
        fn neg(self) -> Self::Output;
    }
    #[lang = "not"]
    pub trait Not {
        type Output;
        fn not(self) -> Self::Output;
    }

    #[lang = "index"]
    pub trait Index<Idx: ?Sized> {
        type Output: ?Sized;
        fn index(&self, index: Idx) -> &Self::Output;
    }
    #[lang = "index_mut"]
    pub trait IndexMut<Idx: ?Sized>: Index<Idx> {
        fn index_mut(&mut self, index: Idx) -> &mut Self::Output;
    }

    #[lang = "deref"]
    pub trait Deref {
        #[lang = "deref_target"]
        type Target: ?Sized;
        fn deref(&self) -> &Self::Target;
    }
    #[lang = "deref_mut"]
    pub trait DerefMut: Deref {
        fn deref_mut(&mut self) -> &mut Self::Target;
    }
    impl<T: ?Sized> Deref for &T { type Target = T; }
    impl<T: ?Sized> Deref for &mut T { type Target = T; }
    impl<T: ?Sized> DerefMut for &mut T {}

    #[lang = "drop"]
    pub trait Drop {
        fn drop(&mut self);
    }

    #[lang = "fn_once"]
    pub trait FnOnce<Args: Tuple> {
        #[lang = "fn_once_output"]
        type Output;
        extern "rust-call" fn call_once(self, args: Args) -> Self::Output;
    }
    #[lang = "fn_mut"]
    pub trait FnMut<Args: Tuple>: FnOnce<Args> {
        extern "rust-call" fn call_mut(&mut self, args: Args) -> Self::Output;
    }
    #[lang = "fn"]
    pub trait Fn<Args: Tuple>: FnMut<Args> {
        extern "rust-call" fn call(&self, args: Args) -> Self::Output;
    }
    // in the prelude since 1.85; what they can do is unstable to name
    pub trait AsyncFnOnce<Args: Tuple> {}
    pub trait AsyncFnMut<Args: Tuple>: AsyncFnOnce<Args> {}
    pub trait AsyncFn<Args: Tuple>: AsyncFnMut<Args> {}
    impl<A: Tuple, F: ?Sized> Fn<A> for &F where F: Fn<A> {}
    impl<A: Tuple, F: ?Sized> FnMut<A> for &F where F: Fn<A> {}
    impl<A: Tuple, F: ?Sized> FnOnce<A> for &F where F: Fn<A> { type Output = F::Output; }
    impl<A: Tuple, F: ?Sized> FnMut<A> for &mut F where F: FnMut<A> {}
    impl<A: Tuple, F: ?Sized> FnOnce<A> for &mut F where F: FnMut<A> { type Output = F::Output; }

    #[lang = "RangeFull"]
    #[derive(Copy, Clone, Default, PartialEq, Eq, Hash)]
    pub struct RangeFull;
    impl crate::fmt::Debug for RangeFull {}

    #[lang = "Range"]
    #[derive(Clone, Default, PartialEq, Eq, Hash)]
    pub struct Range<Idx> {
        pub start: Idx,
        pub end: Idx,
    }
    impl<Idx: crate::fmt::Debug> crate::fmt::Debug for Range<Idx> {}
    impl<Idx: PartialOrd<Idx>> Range<Idx> {
        pub fn contains<U>(&self, item: &U) -> bool where Idx: PartialOrd<U>, U: ?Sized + PartialOrd<Idx>;
        pub fn is_empty(&self) -> bool;
    }

    #[lang = "RangeFrom"]
    #[derive(Clone, PartialEq, Eq, Hash)]
    pub struct RangeFrom<Idx> {
        pub start: Idx,
    }
    impl<Idx: crate::fmt::Debug> crate::fmt::Debug for RangeFrom<Idx> {}
    impl<Idx: PartialOrd<Idx>> RangeFrom<Idx> {
        pub fn contains<U>(&self, item: &U) -> bool where Idx: PartialOrd<U>, U: ?Sized + PartialOrd<Idx>;
    }

    #[lang = "RangeTo"]
    #[derive(Copy, Clone, PartialEq, Eq, Hash)]
    pub struct RangeTo<Idx> {
        pub end: Idx,
    }
    impl<Idx: crate::fmt::Debug> crate::fmt::Debug for RangeTo<Idx> {}
    impl<Idx: PartialOrd<Idx>> RangeTo<Idx> {
        pub fn contains<U>(&self, item: &U) -> bool where Idx: PartialOrd<U>, U: ?Sized + PartialOrd<Idx>;
    }

    #[lang = "RangeInclusive"]
    #[derive(Clone, PartialEq, Eq, Hash)]
    pub struct RangeInclusive<Idx> {}
    impl<Idx: crate::fmt::Debug> crate::fmt::Debug for RangeInclusive<Idx> {}
    impl<Idx> RangeInclusive<Idx> {
        pub fn new(start: Idx, end: Idx) -> RangeInclusive<Idx>;
        pub fn start(&self) -> &Idx;
        pub fn end(&self) -> &Idx;
        pub fn into_inner(self) -> (Idx, Idx);
    }
    impl<Idx: PartialOrd<Idx>> RangeInclusive<Idx> {
        pub fn contains<U>(&self, item: &U) -> bool where Idx: PartialOrd<U>, U: ?Sized + PartialOrd<Idx>;
        pub fn is_empty(&self) -> bool;
    }

    #[lang = "RangeToInclusive"]
    #[derive(Copy, Clone, PartialEq, Eq, Hash)]
    pub struct RangeToInclusive<Idx> {
        pub end: Idx,
    }
    impl<Idx: crate::fmt::Debug> crate::fmt::Debug for RangeToInclusive<Idx> {}
    impl<Idx: PartialOrd<Idx>> RangeToInclusive<Idx> {
        pub fn contains<U>(&self, item: &U) -> bool where Idx: PartialOrd<U>, U: ?Sized + PartialOrd<Idx>;
    }

    #[derive(Clone, Copy, Debug, Hash, PartialEq, Eq)]
    pub enum Bound<T> {
        Included(T),
        Excluded(T),
        Unbounded,
    }
    impl<T> Bound<T> {
        pub fn as_ref(&self) -> Bound<&T>;
        pub fn map<U, F: FnOnce(T) -> U>(self, f: F) -> Bound<U>;
    }
    impl<T: Clone> Bound<&T> {
        pub fn cloned(self) -> Bound<T>;
    }

    #[lang = "RangeBounds"]
    pub trait RangeBounds<T: ?Sized> {
        fn start_bound(&self) -> Bound<&T>;
        fn end_bound(&self) -> Bound<&T>;
        fn contains<U>(&self, item: &U) -> bool where T: PartialOrd<U>, U: ?Sized + PartialOrd<T>;
    }
    impl<T: ?Sized> RangeBounds<T> for RangeFull {}
    impl<T> RangeBounds<T> for RangeFrom<T> {}
    impl<T> RangeBounds<T> for RangeTo<T> {}
    impl<T> RangeBounds<T> for Range<T> {}
    impl<T> RangeBounds<T> for RangeInclusive<T> {}
    impl<T> RangeBounds<T> for RangeToInclusive<T> {}
    impl<T> RangeBounds<T> for (Bound<T>, Bound<T>) {}
    impl<T> RangeBounds<T> for RangeFrom<&T> {}
    impl<T> RangeBounds<T> for RangeTo<&T> {}
    impl<T> RangeBounds<T> for Range<&T> {}
    impl<T> RangeBounds<T> for RangeInclusive<&T> {}
    impl<T> RangeBounds<T> for RangeToInclusive<&T> {}

    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum ControlFlow<B, C = ()> {
        Continue(C),
        Break(B),
    }
    impl<B, C> ControlFlow<B, C> {
        pub fn is_break(&self) -> bool;
        pub fn is_continue(&self) -> bool;
        pub fn break_value(self) -> Option<B>;
        pub fn continue_value(self) -> Option<C>;
        pub fn map_break<T, F>(self, f: F) -> ControlFlow<T, C> where F: FnOnce(B) -> T;
        pub fn map_continue<T, F>(self, f: F) -> ControlFlow<B, T> where F: FnOnce(C) -> T;
    }

    // Arithmetic on the primitive types, by value and by reference.
    #[each_int]
    impl Add for Int { type Output = Int; }
    #[each_int]
    impl Add<&Int> for Int { type Output = Int; }
    #[each_int]
    impl Add<Int> for &Int { type Output = Int; }
    #[each_int]
    impl Add<&Int> for &Int { type Output = Int; }
    #[each_int]
    impl AddAssign for Int {}
    #[each_int]
    impl AddAssign<&Int> for Int {}
    #[each_int]
    impl Sub for Int { type Output = Int; }
    #[each_int]
    impl Sub<&Int> for Int { type Output = Int; }
    #[each_int]
    impl Sub<Int> for &Int { type Output = Int; }
    #[each_int]
    impl Sub<&Int> for &Int { type Output = Int; }
    #[each_int]
    impl SubAssign for Int {}
    #[each_int]
    impl SubAssign<&Int> for Int {}
    #[each_int]
    impl Mul for Int { type Output = Int; }
    #[each_int]
    impl Mul<&Int> for Int { type Output = Int; }
    #[each_int]
    impl Mul<Int> for &Int { type Output = Int; }
    #[each_int]
    impl Mul<&Int> for &Int { type Output = Int; }
    #[each_int]
    impl MulAssign for Int {}
    #[each_int]
    impl MulAssign<&Int> for Int {}
    #[each_int]
    impl Div for Int { type Output = Int; }
    #[each_int]
    impl Div<&Int> for Int { type Output = Int; }
    #[each_int]
    impl Div<Int> for &Int { type Output = Int; }
    #[each_int]
    impl Div<&Int> for &Int { type Output = Int; }
    #[each_int]
    impl DivAssign for Int {}
    #[each_int]
    impl DivAssign<&Int> for Int {}
    #[each_int]
    impl Rem for Int { type Output = Int; }
    #[each_int]
    impl Rem<&Int> for Int { type Output = Int; }
    #[each_int]
    impl Rem<Int> for &Int { type Output = Int; }
    #[each_int]
    impl Rem<&Int> for &Int { type Output = Int; }
    #[each_int]
    impl RemAssign for Int {}
    #[each_int]
    impl RemAssign<&Int> for Int {}
    #[each_int]
    impl BitAnd for Int { type Output = Int; }
    #[each_int]
    impl BitAnd<&Int> for Int { type Output = Int; }
    #[each_int]
    impl BitAnd<Int> for &Int { type Output = Int; }
    #[each_int]
    impl BitAnd<&Int> for &Int { type Output = Int; }
    #[each_int]
    impl BitAndAssign for Int {}
    #[each_int]
    impl BitAndAssign<&Int> for Int {}
    #[each_int]
    impl BitOr for Int { type Output = Int; }
    #[each_int]
    impl BitOr<&Int> for Int { type Output = Int; }
    #[each_int]
    impl BitOr<Int> for &Int { type Output = Int; }
    #[each_int]
    impl BitOr<&Int> for &Int { type Output = Int; }
    #[each_int]
    impl BitOrAssign for Int {}
    #[each_int]
    impl BitOrAssign<&Int> for Int {}
    #[each_int]
    impl BitXor for Int { type Output = Int; }
    #[each_int]
    impl BitXor<&Int> for Int { type Output = Int; }
    #[each_int]
    impl BitXor<Int> for &Int { type Output = Int; }
    #[each_int]
    impl BitXor<&Int> for &Int { type Output = Int; }
    #[each_int]
    impl BitXorAssign for Int {}
    #[each_int]
    impl BitXorAssign<&Int> for Int {}
    #[each_float]
    impl Add for Float { type Output = Float; }
    #[each_float]
    impl Add<&Float> for Float { type Output = Float; }
    #[each_float]
    impl Add<Float> for &Float { type Output = Float; }
    #[each_float]
    impl Add<&Float> for &Float { type Output = Float; }
    #[each_float]
    impl AddAssign for Float {}
    #[each_float]
    impl AddAssign<&Float> for Float {}
    #[each_float]
    impl Sub for Float { type Output = Float; }
    #[each_float]
    impl Sub<&Float> for Float { type Output = Float; }
    #[each_float]
    impl Sub<Float> for &Float { type Output = Float; }
    #[each_float]
    impl Sub<&Float> for &Float { type Output = Float; }
    #[each_float]
    impl SubAssign for Float {}
    #[each_float]
    impl SubAssign<&Float> for Float {}
    #[each_float]
    impl Mul for Float { type Output = Float; }
    #[each_float]
    impl Mul<&Float> for Float { type Output = Float; }
    #[each_float]
    impl Mul<Float> for &Float { type Output = Float; }
    #[each_float]
    impl Mul<&Float> for &Float { type Output = Float; }
    #[each_float]
    impl MulAssign for Float {}
    #[each_float]
    impl MulAssign<&Float> for Float {}
    #[each_float]
    impl Div for Float { type Output = Float; }
    #[each_float]
    impl Div<&Float> for Float { type Output = Float; }
    #[each_float]
    impl Div<Float> for &Float { type Output = Float; }
    #[each_float]
    impl Div<&Float> for &Float { type Output = Float; }
    #[each_float]
    impl DivAssign for Float {}
    #[each_float]
    impl DivAssign<&Float> for Float {}
    #[each_float]
    impl Rem for Float { type Output = Float; }
    #[each_float]
    impl Rem<&Float> for Float { type Output = Float; }
    #[each_float]
    impl Rem<Float> for &Float { type Output = Float; }
    #[each_float]
    impl Rem<&Float> for &Float { type Output = Float; }
    #[each_float]
    impl RemAssign for Float {}
    #[each_float]
    impl RemAssign<&Float> for Float {}
    impl BitAnd for bool { type Output = bool; }
    impl BitAnd<&bool> for bool { type Output = bool; }
    impl BitAnd<bool> for &bool { type Output = bool; }
    impl BitAnd<&bool> for &bool { type Output = bool; }
    impl BitAndAssign for bool {}
    impl BitAndAssign<&bool> for bool {}
    impl BitOr for bool { type Output = bool; }
    impl BitOr<&bool> for bool { type Output = bool; }
    impl BitOr<bool> for &bool { type Output = bool; }
    impl BitOr<&bool> for &bool { type Output = bool; }
    impl BitOrAssign for bool {}
    impl BitOrAssign<&bool> for bool {}
    impl BitXor for bool { type Output = bool; }
    impl BitXor<&bool> for bool { type Output = bool; }
    impl BitXor<bool> for &bool { type Output = bool; }
    impl BitXor<&bool> for &bool { type Output = bool; }
    impl BitXorAssign for bool {}
    impl BitXorAssign<&bool> for bool {}
    // Shifts: any integer type by any integer type.
    #[each_int_pair]
    impl Shl<Int2> for Int { type Output = Int; }
    #[each_int_pair]
    impl Shl<&Int2> for Int { type Output = Int; }
    #[each_int_pair]
    impl Shl<Int2> for &Int { type Output = Int; }
    #[each_int_pair]
    impl Shl<&Int2> for &Int { type Output = Int; }
    #[each_int_pair]
    impl ShlAssign<Int2> for Int {}
    #[each_int_pair]
    impl ShlAssign<&Int2> for Int {}
    #[each_int_pair]
    impl Shr<Int2> for Int { type Output = Int; }
    #[each_int_pair]
    impl Shr<&Int2> for Int { type Output = Int; }
    #[each_int_pair]
    impl Shr<Int2> for &Int { type Output = Int; }
    #[each_int_pair]
    impl Shr<&Int2> for &Int { type Output = Int; }
    #[each_int_pair]
    impl ShrAssign<Int2> for Int {}
    #[each_int_pair]
    impl ShrAssign<&Int2> for Int {}
    #[each_signed]
    impl Neg for Int { type Output = Int; }
    #[each_signed]
    impl Neg for &Int { type Output = Int; }
    #[each_float]
    impl Neg for Float { type Output = Float; }
    #[each_float]
    impl Neg for &Float { type Output = Float; }
    #[each_int]
    impl Not for Int { type Output = Int; }
    #[each_int]
    impl Not for &Int { type Output = Int; }
    impl Not for bool { type Output = bool; }
    impl Not for &bool { type Output = bool; }
}
