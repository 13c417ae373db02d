// std::char: the char methods and the types they return.
pub mod char {
    use crate::fmt;
    use crate::iter::{DoubleEndedIterator, ExactSizeIterator, FusedIterator};

    impl char {
        pub const MIN: char;
        pub const MAX: char;
        pub const REPLACEMENT_CHARACTER: char;
        pub fn from_u32(i: u32) -> Option<char>;
        pub unsafe fn from_u32_unchecked(i: u32) -> char;
        pub fn from_digit(num: u32, radix: u32) -> Option<char>;
        pub fn is_digit(self, radix: u32) -> bool;
        pub fn to_digit(self, radix: u32) -> Option<u32>;
        pub fn escape_unicode(self) -> EscapeUnicode;
        pub fn escape_debug(self) -> EscapeDebug;
        pub fn escape_default(self) -> EscapeDefault;
        pub fn len_utf8(self) -> usize;
        pub fn len_utf16(self) -> usize;
        pub fn encode_utf8(self, dst: &mut [u8]) -> &mut str;
        pub fn encode_utf16(self, dst: &mut [u16]) -> &mut [u16];
        pub fn is_alphabetic(self) -> bool;
        pub fn is_lowercase(self) -> bool;
        pub fn is_uppercase(self) -> bool;
        pub fn is_whitespace(self) -> bool;
        pub fn is_alphanumeric(self) -> bool;
        pub fn is_control(self) -> bool;
        pub fn is_numeric(self) -> bool;
        pub fn to_lowercase(self) -> ToLowercase;
        pub fn to_uppercase(self) -> ToUppercase;
        pub fn is_ascii(&self) -> bool;
        pub fn to_ascii_uppercase(&self) -> char;
        pub fn to_ascii_lowercase(&self) -> char;
        pub fn eq_ignore_ascii_case(&self, other: &char) -> bool;
        pub fn make_ascii_uppercase(&mut self);
        pub fn make_ascii_lowercase(&mut self);
        pub fn is_ascii_alphabetic(&self) -> bool;
        pub fn is_ascii_uppercase(&self) -> bool;
        pub fn is_ascii_lowercase(&self) -> bool;
        pub fn is_ascii_alphanumeric(&self) -> bool;
        pub fn is_ascii_digit(&self) -> bool;
        pub fn is_ascii_hexdigit(&self) -> bool;
        pub fn is_ascii_punctuation(&self) -> bool;
        pub fn is_ascii_graphic(&self) -> bool;
        pub fn is_ascii_whitespace(&self) -> bool;
        pub fn is_ascii_control(&self) -> bool;
    }

    pub fn from_u32(i: u32) -> Option<char>;
    pub fn from_digit(num: u32, radix: u32) -> Option<char>;

    #[derive(Debug, Clone)]
    pub struct ToUppercase {}
    #[derive(Debug, Clone)]
    pub struct ToLowercase {}
    impl Iterator for ToUppercase { type Item = char; }
    impl DoubleEndedIterator for ToUppercase {}
    impl ExactSizeIterator for ToUppercase {}
    impl FusedIterator for ToUppercase {}
    impl fmt::Display for ToUppercase {}
    impl Iterator for ToLowercase { type Item = char; }
    impl DoubleEndedIterator for ToLowercase {}
    impl ExactSizeIterator for ToLowercase {}
    impl FusedIterator for ToLowercase {}
    impl fmt::Display for ToLowercase {}

    #[derive(Clone, Debug)]
    pub struct EscapeUnicode {}
    #[derive(Clone, Debug)]
    pub struct EscapeDefault {}
    #[derive(Clone, Debug)]
    pub struct EscapeDebug {}
    impl Iterator for EscapeUnicode { type Item = char; }
    impl ExactSizeIterator for EscapeUnicode {}
    impl FusedIterator for EscapeUnicode {}
    impl fmt::Display for EscapeUnicode {}
    impl Iterator for EscapeDefault { type Item = char; }
    impl ExactSizeIterator for EscapeDefault {}
    impl FusedIterator for EscapeDefault {}
    impl fmt::Display for EscapeDefault {}
    impl Iterator for EscapeDebug { type Item = char; }
    impl ExactSizeIterator for EscapeDebug {}
    impl FusedIterator for EscapeDebug {}
    impl fmt::Display for EscapeDebug {}

    #[derive(Copy, Clone, Debug, PartialEq, Eq)]
    pub struct CharTryFromError {}
    impl fmt::Display for CharTryFromError {}
    impl crate::error::Error for CharTryFromError {}

    #[derive(Debug, Copy, Clone, PartialEq, Eq)]
    pub struct TryFromCharError {}
    impl fmt::Display for TryFromCharError {}
    impl crate::error::Error for TryFromCharError {}

    #[derive(Clone, Debug, PartialEq, Eq)]
    pub struct ParseCharError {}
    impl fmt::Display for ParseCharError {}
    impl crate::error::Error for ParseCharError {}
}
