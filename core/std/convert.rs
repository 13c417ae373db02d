// std::convert: the conversion traits, their blanket impls, and the
// conversions between the primitive types.
pub mod convert {
    #[lang = "AsRef"]
    pub trait AsRef<T: ?Sized> {
        fn as_ref(&self) -> &T;
    }
    #[lang = "AsMut"]
    pub trait AsMut<T: ?Sized> {
        fn as_mut(&mut self) -> &mut T;
    }
    #[lang = "Into"]
    pub trait Into<T>: Sized {
        fn into(self) -> T;
    }
    #[lang = "From"]
    pub trait From<T>: Sized {
        fn from(value: T) -> Self;
    }
    #[lang = "TryInto"]
    pub trait TryInto<T>: Sized {
        type Error;
        fn try_into(self) -> Result<T, Self::Error>;
    }
    #[lang = "TryFrom"]
    pub trait TryFrom<T>: Sized {
        type Error;
        fn try_from(value: T) -> Result<Self, Self::Error>;
    }

    #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
    pub enum Infallible {}
    impl crate::fmt::Display for Infallible {}
    impl crate::error::Error for Infallible {}

    pub fn identity<T>(x: T) -> T;

    impl<T, U> Into<U> for T where U: From<T> {}
    impl<T> From<T> for T {}
    impl<T, U> TryInto<U> for T where U: TryFrom<T> { type Error = U::Error; }
    impl<T, U> TryFrom<U> for T where U: Into<T> { type Error = Infallible; }
    impl<T: ?Sized, U: ?Sized> AsRef<U> for &T where T: AsRef<U> {}
    impl<T: ?Sized, U: ?Sized> AsRef<U> for &mut T where T: AsRef<U> {}
    impl<T: ?Sized, U: ?Sized> AsMut<U> for &mut T where T: AsMut<U> {}

    // Lossless integer conversions (From); every other pair is a TryFrom.
    impl From<u8> for u16 {}
    impl From<u8> for u32 {}
    impl From<u8> for u64 {}
    impl From<u8> for u128 {}
    impl From<u8> for usize {}
    impl From<u8> for i16 {}
    impl From<u8> for i32 {}
    impl From<u8> for i64 {}
    impl From<u8> for i128 {}
    impl From<u8> for isize {}
    impl From<u16> for u32 {}
    impl From<u16> for u64 {}
    impl From<u16> for u128 {}
    impl From<u16> for usize {}
    impl From<u16> for i32 {}
    impl From<u16> for i64 {}
    impl From<u16> for i128 {}
    impl From<u32> for u64 {}
    impl From<u32> for u128 {}
    impl From<u32> for i64 {}
    impl From<u32> for i128 {}
    impl From<u64> for u128 {}
    impl From<u64> for i128 {}
    impl From<i8> for i16 {}
    impl From<i8> for i32 {}
    impl From<i8> for i64 {}
    impl From<i8> for i128 {}
    impl From<i8> for isize {}
    impl From<i16> for i32 {}
    impl From<i16> for i64 {}
    impl From<i16> for i128 {}
    impl From<i16> for isize {}
    impl From<i32> for i64 {}
    impl From<i32> for i128 {}
    impl From<i64> for i128 {}
    #[each_int]
    impl From<bool> for Int {}
    #[each_float]
    impl From<bool> for Float {}
    impl From<i8> for f32 {}
    impl From<i8> for f64 {}
    impl From<i16> for f32 {}
    impl From<i16> for f64 {}
    impl From<i32> for f64 {}
    impl From<u8> for f32 {}
    impl From<u8> for f64 {}
    impl From<u16> for f32 {}
    impl From<u16> for f64 {}
    impl From<u32> for f64 {}
    impl From<f32> for f64 {}
    impl From<char> for u32 {}
    impl From<char> for u64 {}
    impl From<char> for u128 {}
    impl From<u8> for char {}
    impl TryFrom<u32> for char { type Error = crate::char::CharTryFromError; }
    impl TryFrom<char> for u8 { type Error = crate::char::TryFromCharError; }
    impl TryFrom<char> for u16 { type Error = crate::char::TryFromCharError; }
    impl TryFrom<char> for usize { type Error = crate::char::TryFromCharError; }
    impl TryFrom<i8> for u8 { type Error = crate::num::TryFromIntError; }
    impl TryFrom<i8> for u16 { type Error = crate::num::TryFromIntError; }
    impl TryFrom<i8> for u32 { type Error = crate::num::TryFromIntError; }
    impl TryFrom<i8> for u64 { type Error = crate::num::TryFromIntError; }
    impl TryFrom<i8> for u128 { type Error = crate::num::TryFromIntError; }
    impl TryFrom<i8> for usize { type Error = crate::num::TryFromIntError; }
    impl TryFrom<i16> for i8 { type Error = crate::num::TryFromIntError; }
    impl TryFrom<i16> for u8 { type Error = crate::num::TryFromIntError; }
    impl TryFrom<i16> for u16 { type Error = crate::num::TryFromIntError; }
    impl TryFrom<i16> for u32 { type Error = crate::num::TryFromIntError; }
    impl TryFrom<i16> for u64 { type Error = crate::num::TryFromIntError; }
    impl TryFrom<i16> for u128 { type Error = crate::num::TryFromIntError; }
    impl TryFrom<i16> for usize { type Error = crate::num::TryFromIntError; }
    impl TryFrom<i32> for i8 { type Error = crate::num::TryFromIntError; }
    impl TryFrom<i32> for i16 { type Error = crate::num::TryFromIntError; }
    impl TryFrom<i32> for isize { type Error = crate::num::TryFromIntError; }
    impl TryFrom<i32> for u8 { type Error = crate::num::TryFromIntError; }
    impl TryFrom<i32> for u16 { type Error = crate::num::TryFromIntError; }
    impl TryFrom<i32> for u32 { type Error = crate::num::TryFromIntError; }
    impl TryFrom<i32> for u64 { type Error = crate::num::TryFromIntError; }
    impl TryFrom<i32> for u128 { type Error = crate::num::TryFromIntError; }
    impl TryFrom<i32> for usize { type Error = crate::num::TryFromIntError; }
    impl TryFrom<i64> for i8 { type Error = crate::num::TryFromIntError; }
    impl TryFrom<i64> for i16 { type Error = crate::num::TryFromIntError; }
    impl TryFrom<i64> for i32 { type Error = crate::num::TryFromIntError; }
    impl TryFrom<i64> for isize { type Error = crate::num::TryFromIntError; }
    impl TryFrom<i64> for u8 { type Error = crate::num::TryFromIntError; }
    impl TryFrom<i64> for u16 { type Error = crate::num::TryFromIntError; }
    impl TryFrom<i64> for u32 { type Error = crate::num::TryFromIntError; }
    impl TryFrom<i64> for u64 { type Error = crate::num::TryFromIntError; }
    impl TryFrom<i64> for u128 { type Error = crate::num::TryFromIntError; }
    impl TryFrom<i64> for usize { type Error = crate::num::TryFromIntError; }
    impl TryFrom<i128> for i8 { type Error = crate::num::TryFromIntError; }
    impl TryFrom<i128> for i16 { type Error = crate::num::TryFromIntError; }
    impl TryFrom<i128> for i32 { type Error = crate::num::TryFromIntError; }
    impl TryFrom<i128> for i64 { type Error = crate::num::TryFromIntError; }
    impl TryFrom<i128> for isize { type Error = crate::num::TryFromIntError; }
    impl TryFrom<i128> for u8 { type Error = crate::num::TryFromIntError; }
    impl TryFrom<i128> for u16 { type Error = crate::num::TryFromIntError; }
    impl TryFrom<i128> for u32 { type Error = crate::num::TryFromIntError; }
    impl TryFrom<i128> for u64 { type Error = crate::num::TryFromIntError; }
    impl TryFrom<i128> for u128 { type Error = crate::num::TryFromIntError; }
    impl TryFrom<i128> for usize { type Error = crate::num::TryFromIntError; }
    impl TryFrom<isize> for i8 { type Error = crate::num::TryFromIntError; }
    impl TryFrom<isize> for i16 { type Error = crate::num::TryFromIntError; }
    impl TryFrom<isize> for i32 { type Error = crate::num::TryFromIntError; }
    impl TryFrom<isize> for i64 { type Error = crate::num::TryFromIntError; }
    impl TryFrom<isize> for i128 { type Error = crate::num::TryFromIntError; }
    impl TryFrom<isize> for u8 { type Error = crate::num::TryFromIntError; }
    impl TryFrom<isize> for u16 { type Error = crate::num::TryFromIntError; }
    impl TryFrom<isize> for u32 { type Error = crate::num::TryFromIntError; }
    impl TryFrom<isize> for u64 { type Error = crate::num::TryFromIntError; }
    impl TryFrom<isize> for u128 { type Error = crate::num::TryFromIntError; }
    impl TryFrom<isize> for usize { type Error = crate::num::TryFromIntError; }
    impl TryFrom<u8> for i8 { type Error = crate::num::TryFromIntError; }
    impl TryFrom<u16> for i8 { type Error = crate::num::TryFromIntError; }
    impl TryFrom<u16> for i16 { type Error = crate::num::TryFromIntError; }
    impl TryFrom<u16> for isize { type Error = crate::num::TryFromIntError; }
    impl TryFrom<u16> for u8 { type Error = crate::num::TryFromIntError; }
    impl TryFrom<u32> for i8 { type Error = crate::num::TryFromIntError; }
    impl TryFrom<u32> for i16 { type Error = crate::num::TryFromIntError; }
    impl TryFrom<u32> for i32 { type Error = crate::num::TryFromIntError; }
    impl TryFrom<u32> for isize { type Error = crate::num::TryFromIntError; }
    impl TryFrom<u32> for u8 { type Error = crate::num::TryFromIntError; }
    impl TryFrom<u32> for u16 { type Error = crate::num::TryFromIntError; }
    impl TryFrom<u32> for usize { type Error = crate::num::TryFromIntError; }
    impl TryFrom<u64> for i8 { type Error = crate::num::TryFromIntError; }
    impl TryFrom<u64> for i16 { type Error = crate::num::TryFromIntError; }
    impl TryFrom<u64> for i32 { type Error = crate::num::TryFromIntError; }
    impl TryFrom<u64> for i64 { type Error = crate::num::TryFromIntError; }
    impl TryFrom<u64> for isize { type Error = crate::num::TryFromIntError; }
    impl TryFrom<u64> for u8 { type Error = crate::num::TryFromIntError; }
    impl TryFrom<u64> for u16 { type Error = crate::num::TryFromIntError; }
    impl TryFrom<u64> for u32 { type Error = crate::num::TryFromIntError; }
    impl TryFrom<u64> for usize { type Error = crate::num::TryFromIntError; }
    impl TryFrom<u128> for i8 { type Error = crate::num::TryFromIntError; }
    impl TryFrom<u128> for i16 { type Error = crate::num::TryFromIntError; }
    impl TryFrom<u128> for i32 { type Error = crate::num::TryFromIntError; }
    impl TryFrom<u128> for i64 { type Error = crate::num::TryFromIntError; }
    impl TryFrom<u128> for i128 { type Error = crate::num::TryFromIntError; }
    impl TryFrom<u128> for isize { type Error = crate::num::TryFromIntError; }
    impl TryFrom<u128> for u8 { type Error = crate::num::TryFromIntError; }
    impl TryFrom<u128> for u16 { type Error = crate::num::TryFromIntError; }
    impl TryFrom<u128> for u32 { type Error = crate::num::TryFromIntError; }
    impl TryFrom<u128> for u64 { type Error = crate::num::TryFromIntError; }
    impl TryFrom<u128> for usize { type Error = crate::num::TryFromIntError; }
    impl TryFrom<usize> for i8 { type Error = crate::num::TryFromIntError; }
    impl TryFrom<usize> for i16 { type Error = crate::num::TryFromIntError; }
    impl TryFrom<usize> for i32 { type Error = crate::num::TryFromIntError; }
    impl TryFrom<usize> for i64 { type Error = crate::num::TryFromIntError; }
    impl TryFrom<usize> for i128 { type Error = crate::num::TryFromIntError; }
    impl TryFrom<usize> for isize { type Error = crate::num::TryFromIntError; }
    impl TryFrom<usize> for u8 { type Error = crate::num::TryFromIntError; }
    impl TryFrom<usize> for u16 { type Error = crate::num::TryFromIntError; }
    impl TryFrom<usize> for u32 { type Error = crate::num::TryFromIntError; }
    impl TryFrom<usize> for u64 { type Error = crate::num::TryFromIntError; }
    impl TryFrom<usize> for u128 { type Error = crate::num::TryFromIntError; }
    impl TryFrom<u8> for bool { type Error = crate::num::TryFromIntError; }
    impl TryFrom<u16> for bool { type Error = crate::num::TryFromIntError; }
    impl TryFrom<u32> for bool { type Error = crate::num::TryFromIntError; }
    impl TryFrom<u64> for bool { type Error = crate::num::TryFromIntError; }
    impl TryFrom<u128> for bool { type Error = crate::num::TryFromIntError; }
    impl TryFrom<i8> for bool { type Error = crate::num::TryFromIntError; }
    impl TryFrom<i16> for bool { type Error = crate::num::TryFromIntError; }
    impl TryFrom<i32> for bool { type Error = crate::num::TryFromIntError; }
    impl TryFrom<i64> for bool { type Error = crate::num::TryFromIntError; }
    impl TryFrom<i128> for bool { type Error = crate::num::TryFromIntError; }
}
