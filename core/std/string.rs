// std::string: String, ToString and their impls.
pub mod string {
    use crate::borrow::Cow;
    use crate::fmt;
    use crate::ops::{Add, AddAssign, Deref, DerefMut, Index, IndexMut, RangeBounds};
    use crate::ops::{Range, RangeFrom, RangeFull, RangeInclusive, RangeTo, RangeToInclusive};
    use crate::str::Utf8Error;
    use crate::vec::Vec;

    #[lang = "String"]
    #[derive(PartialEq, PartialOrd, Eq, Ord)]
    pub struct String {}

    impl String {
        pub fn new() -> String;
        pub fn with_capacity(capacity: usize) -> String;
        pub fn from_utf8(vec: Vec<u8>) -> Result<String, FromUtf8Error>;
        pub fn from_utf8_lossy(v: &[u8]) -> Cow<'_, str>;
        pub fn from_utf16(v: &[u16]) -> Result<String, FromUtf16Error>;
        pub fn from_utf16_lossy(v: &[u16]) -> String;
        pub unsafe fn from_raw_parts(buf: *mut u8, length: usize, capacity: usize) -> String;
        pub unsafe fn from_utf8_unchecked(bytes: Vec<u8>) -> String;
        pub fn into_bytes(self) -> Vec<u8>;
        pub fn as_str(&self) -> &str;
        pub fn as_mut_str(&mut self) -> &mut str;
        pub fn push_str(&mut self, string: &str);
        pub fn extend_from_within<R>(&mut self, src: R) where R: RangeBounds<usize>;
        pub fn capacity(&self) -> usize;
        pub fn reserve(&mut self, additional: usize);
        pub fn reserve_exact(&mut self, additional: usize);
        pub fn shrink_to_fit(&mut self);
        pub fn shrink_to(&mut self, min_capacity: usize);
        pub fn push(&mut self, ch: char);
        pub fn as_bytes(&self) -> &[u8];
        pub fn truncate(&mut self, new_len: usize);
        pub fn pop(&mut self) -> Option<char>;
        pub fn remove(&mut self, idx: usize) -> char;
        pub fn retain<F>(&mut self, f: F) where F: FnMut(char) -> bool;
        pub fn insert(&mut self, idx: usize, ch: char);
        pub fn insert_str(&mut self, idx: usize, string: &str);
        pub unsafe fn as_mut_vec(&mut self) -> &mut Vec<u8>;
        pub fn len(&self) -> usize;
        pub fn is_empty(&self) -> bool;
        pub fn split_off(&mut self, at: usize) -> String;
        pub fn clear(&mut self);
        pub fn drain<R>(&mut self, range: R) -> Drain<'_> where R: RangeBounds<usize>;
        pub fn replace_range<R>(&mut self, range: R, replace_with: &str) where R: RangeBounds<usize>;
        pub fn into_boxed_str(self) -> Box<str>;
        pub fn leak<'a>(self) -> &'a mut str;
    }

    impl Clone for String {}
    impl Default for String {}
    impl fmt::Display for String {}
    impl fmt::Debug for String {}
    impl crate::hash::Hash for String {}
    impl fmt::Write for String {}
    impl Deref for String { type Target = str; }
    impl DerefMut for String {}
    impl Add<&str> for String { type Output = String; }
    impl AddAssign<&str> for String {}
    impl crate::str::FromStr for String { type Err = crate::convert::Infallible; }
    impl crate::borrow::Borrow<str> for String {}
    impl crate::borrow::BorrowMut<str> for String {}
    impl AsRef<str> for String {}
    impl AsMut<str> for String {}
    impl AsRef<[u8]> for String {}

    impl Index<Range<usize>> for String { type Output = str; }
    impl Index<RangeTo<usize>> for String { type Output = str; }
    impl Index<RangeFrom<usize>> for String { type Output = str; }
    impl Index<RangeInclusive<usize>> for String { type Output = str; }
    impl Index<RangeToInclusive<usize>> for String { type Output = str; }
    impl Index<RangeFull> for String { type Output = str; }
    impl IndexMut<Range<usize>> for String {}
    impl IndexMut<RangeTo<usize>> for String {}
    impl IndexMut<RangeFrom<usize>> for String {}
    impl IndexMut<RangeInclusive<usize>> for String {}
    impl IndexMut<RangeToInclusive<usize>> for String {}
    impl IndexMut<RangeFull> for String {}

    impl PartialEq<str> for String {}
    impl PartialEq<String> for str {}
    impl<'a> PartialEq<&'a str> for String {}
    impl<'a> PartialEq<String> for &'a str {}
    impl<'a> PartialEq<str> for Cow<'a, str> {}
    impl<'a> PartialEq<Cow<'a, str>> for str {}
    impl<'a, 'b> PartialEq<&'b str> for Cow<'a, str> {}
    impl<'a, 'b> PartialEq<Cow<'a, str>> for &'b str {}
    impl<'a> PartialEq<String> for Cow<'a, str> {}
    impl<'a> PartialEq<Cow<'a, str>> for String {}

    impl FromIterator<char> for String {}
    impl<'a> FromIterator<&'a char> for String {}
    impl<'a> FromIterator<&'a str> for String {}
    impl FromIterator<String> for String {}
    impl FromIterator<Box<str>> for String {}
    impl<'a> FromIterator<Cow<'a, str>> for String {}
    impl Extend<char> for String {}
    impl<'a> Extend<&'a char> for String {}
    impl<'a> Extend<&'a str> for String {}
    impl Extend<Box<str>> for String {}
    impl Extend<String> for String {}
    impl<'a> Extend<Cow<'a, str>> for String {}

    impl From<&str> for String {}
    impl From<&mut str> for String {}
    impl From<&String> for String {}
    impl From<Box<str>> for String {}
    impl From<char> for String {}
    impl<'a> From<Cow<'a, str>> for String {}
    impl From<String> for Box<str> {}
    impl<'a> From<&'a str> for Cow<'a, str> {}
    impl<'a> From<String> for Cow<'a, str> {}
    impl<'a> From<&'a String> for Cow<'a, str> {}
    impl From<String> for Vec<u8> {}
    impl From<&str> for Vec<u8> {}
    impl TryFrom<Vec<u8>> for String { type Error = FromUtf8Error; }
    impl<'a> FromIterator<char> for Cow<'a, str> {}
    impl<'a, 'b> FromIterator<&'b str> for Cow<'a, str> {}
    impl<'a> FromIterator<String> for Cow<'a, str> {}

    #[lang = "ToString"]
    pub trait ToString {
        fn to_string(&self) -> String;
    }
    impl<T: fmt::Display + ?Sized> ToString for T {}

    pub type ParseError = crate::convert::Infallible;

    #[derive(Debug, PartialEq, Eq, Clone)]
    pub struct FromUtf8Error {}
    impl FromUtf8Error {
        pub fn as_bytes(&self) -> &[u8];
        pub fn into_bytes(self) -> Vec<u8>;
        pub fn utf8_error(&self) -> Utf8Error;
    }
    impl fmt::Display for FromUtf8Error {}
    impl crate::error::Error for FromUtf8Error {}

    #[derive(Debug)]
    pub struct FromUtf16Error {}
    impl fmt::Display for FromUtf16Error {}
    impl crate::error::Error for FromUtf16Error {}

    pub struct Drain<'a> {}
    impl fmt::Debug for Drain<'_> {}
    impl<'a> Drain<'a> {
        pub fn as_str(&self) -> &str;
    }
    impl Iterator for Drain<'_> { type Item = char; }
    impl DoubleEndedIterator for Drain<'_> {}
    impl crate::iter::FusedIterator for Drain<'_> {}
    impl Drop for Drain<'_> {}
}
