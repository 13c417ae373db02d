// std::str (the str methods, its iterators, FromStr) and std::str::pattern
// (what `contains`, `split`, `trim_matches`, `replace` ... accept: char, &str,
// &String, &&str, [char; N], &[char; N], &[char], closures FnMut(char) -> bool).
pub mod str {
    use crate::fmt;
    use crate::iter::{DoubleEndedIterator, ExactSizeIterator, FusedIterator};
    use crate::slice::SliceIndex;
    use crate::string::String;
    use self::pattern::{DoubleEndedSearcher, Pattern, ReverseSearcher};

    impl str {
        pub fn len(&self) -> usize;
        pub fn is_empty(&self) -> bool;
        pub fn is_char_boundary(&self, index: usize) -> bool;
        pub fn floor_char_boundary(&self, index: usize) -> usize;
        pub fn ceil_char_boundary(&self, index: usize) -> usize;
        pub fn as_bytes(&self) -> &[u8];
        pub unsafe fn as_bytes_mut(&mut self) -> &mut [u8];
        pub fn as_ptr(&self) -> *const u8;
        pub fn as_mut_ptr(&mut self) -> *mut u8;
        pub fn get<I: SliceIndex<str>>(&self, i: I) -> Option<&I::Output>;
        pub fn get_mut<I: SliceIndex<str>>(&mut self, i: I) -> Option<&mut I::Output>;
        pub unsafe fn get_unchecked<I: SliceIndex<str>>(&self, i: I) -> &I::Output;
        pub unsafe fn get_unchecked_mut<I: SliceIndex<str>>(&mut self, i: I) -> &mut I::Output;
        pub fn split_at(&self, mid: usize) -> (&str, &str);
        pub fn split_at_mut(&mut self, mid: usize) -> (&mut str, &mut str);
        pub fn split_at_checked(&self, mid: usize) -> Option<(&str, &str)>;
        pub fn split_at_mut_checked(&mut self, mid: usize) -> Option<(&mut str, &mut str)>;
        pub fn chars(&self) -> Chars<'_>;
        pub fn char_indices(&self) -> CharIndices<'_>;
        pub fn bytes(&self) -> Bytes<'_>;
        pub fn split_whitespace(&self) -> SplitWhitespace<'_>;
        pub fn split_ascii_whitespace(&self) -> SplitAsciiWhitespace<'_>;
        pub fn lines(&self) -> Lines<'_>;
        pub fn encode_utf16(&self) -> EncodeUtf16<'_>;
        pub fn contains<P: Pattern>(&self, pat: P) -> bool;
        pub fn starts_with<P: Pattern>(&self, pat: P) -> bool;
        pub fn ends_with<P: Pattern>(&self, pat: P) -> bool where for<'a> P::Searcher<'a>: ReverseSearcher<'a>;
        pub fn find<P: Pattern>(&self, pat: P) -> Option<usize>;
        pub fn rfind<P: Pattern>(&self, pat: P) -> Option<usize> where for<'a> P::Searcher<'a>: ReverseSearcher<'a>;
        pub fn split<P: Pattern>(&self, pat: P) -> Split<'_, P>;
        pub fn split_inclusive<P: Pattern>(&self, pat: P) -> SplitInclusive<'_, P>;
        pub fn rsplit<P: Pattern>(&self, pat: P) -> RSplit<'_, P> where for<'a> P::Searcher<'a>: ReverseSearcher<'a>;
        pub fn split_terminator<P: Pattern>(&self, pat: P) -> SplitTerminator<'_, P>;
        pub fn rsplit_terminator<P: Pattern>(&self, pat: P) -> RSplitTerminator<'_, P> where for<'a> P::Searcher<'a>: ReverseSearcher<'a>;
        pub fn splitn<P: Pattern>(&self, n: usize, pat: P) -> SplitN<'_, P>;
        pub fn rsplitn<P: Pattern>(&self, n: usize, pat: P) -> RSplitN<'_, P> where for<'a> P::Searcher<'a>: ReverseSearcher<'a>;
        pub fn split_once<P: Pattern>(&self, delimiter: P) -> Option<(&'_ str, &'_ str)>;
        pub fn rsplit_once<P: Pattern>(&self, delimiter: P) -> Option<(&'_ str, &'_ str)> where for<'a> P::Searcher<'a>: ReverseSearcher<'a>;
        pub fn matches<P: Pattern>(&self, pat: P) -> Matches<'_, P>;
        pub fn rmatches<P: Pattern>(&self, pat: P) -> RMatches<'_, P> where for<'a> P::Searcher<'a>: ReverseSearcher<'a>;
        pub fn match_indices<P: Pattern>(&self, pat: P) -> MatchIndices<'_, P>;
        pub fn rmatch_indices<P: Pattern>(&self, pat: P) -> RMatchIndices<'_, P> where for<'a> P::Searcher<'a>: ReverseSearcher<'a>;
        pub fn trim(&self) -> &str;
        pub fn trim_start(&self) -> &str;
        pub fn trim_end(&self) -> &str;
        pub fn trim_left(&self) -> &str;
        pub fn trim_right(&self) -> &str;
        pub fn trim_matches<P: Pattern>(&self, pat: P) -> &str where for<'a> P::Searcher<'a>: DoubleEndedSearcher<'a>;
        pub fn trim_start_matches<P: Pattern>(&self, pat: P) -> &str;
        pub fn strip_prefix<P: Pattern>(&self, prefix: P) -> Option<&str>;
        pub fn strip_suffix<P: Pattern>(&self, suffix: P) -> Option<&str> where for<'a> P::Searcher<'a>: ReverseSearcher<'a>;
        pub fn trim_end_matches<P: Pattern>(&self, pat: P) -> &str where for<'a> P::Searcher<'a>: ReverseSearcher<'a>;
        pub fn trim_left_matches<P: Pattern>(&self, pat: P) -> &str;
        pub fn trim_right_matches<P: Pattern>(&self, pat: P) -> &str where for<'a> P::Searcher<'a>: ReverseSearcher<'a>;
        pub fn parse<F: FromStr>(&self) -> Result<F, F::Err>;
        pub fn is_ascii(&self) -> bool;
        pub fn eq_ignore_ascii_case(&self, other: &str) -> bool;
        pub fn make_ascii_uppercase(&mut self);
        pub fn make_ascii_lowercase(&mut self);
        pub fn trim_ascii_start(&self) -> &str;
        pub fn trim_ascii_end(&self) -> &str;
        pub fn trim_ascii(&self) -> &str;
        pub fn escape_debug(&self) -> EscapeDebug<'_>;
        pub fn escape_default(&self) -> EscapeDefault<'_>;
        pub fn escape_unicode(&self) -> EscapeUnicode<'_>;
        pub fn into_boxed_bytes(self: Box<str>) -> Box<[u8]>;
        pub fn replace<P: Pattern>(&self, from: P, to: &str) -> String;
        pub fn replacen<P: Pattern>(&self, pat: P, to: &str, count: usize) -> String;
        pub fn to_lowercase(&self) -> String;
        pub fn to_uppercase(&self) -> String;
        pub fn into_string(self: Box<str>) -> String;
        pub fn repeat(&self, n: usize) -> String;
        pub fn to_ascii_uppercase(&self) -> String;
        pub fn to_ascii_lowercase(&self) -> String;
    }

    pub fn from_utf8(v: &[u8]) -> Result<&str, Utf8Error>;
    pub fn from_utf8_mut(v: &mut [u8]) -> Result<&mut str, Utf8Error>;
    pub unsafe fn from_utf8_unchecked(v: &[u8]) -> &str;

    #[lang = "FromStr"]
    pub trait FromStr: Sized {
        type Err;
        fn from_str(s: &str) -> Result<Self, Self::Err>;
    }
    #[each_int]
    impl FromStr for Int { type Err = crate::num::ParseIntError; }
    #[each_float]
    impl FromStr for Float { type Err = crate::num::ParseFloatError; }
    impl FromStr for bool { type Err = ParseBoolError; }
    impl FromStr for char { type Err = crate::char::ParseCharError; }

    #[derive(Debug, Clone, PartialEq, Eq)]
    pub struct ParseBoolError {}
    impl fmt::Display for ParseBoolError {}
    impl crate::error::Error for ParseBoolError {}

    #[derive(Copy, Eq, PartialEq, Clone, Debug)]
    pub struct Utf8Error {}
    impl Utf8Error {
        pub fn valid_up_to(&self) -> usize;
        pub fn error_len(&self) -> Option<usize>;
    }
    impl fmt::Display for Utf8Error {}
    impl crate::error::Error for Utf8Error {}

    impl PartialEq for str {}
    impl Eq for str {}
    impl PartialOrd for str {}
    impl Ord for str {}
    impl AsRef<[u8]> for str {}
    impl AsRef<str> for str {}
    impl AsMut<str> for str {}
    impl ToOwned for str { type Owned = String; }
    impl crate::ops::Index<crate::ops::Range<usize>> for str { type Output = str; }
    impl crate::ops::Index<crate::ops::RangeTo<usize>> for str { type Output = str; }
    impl crate::ops::Index<crate::ops::RangeFrom<usize>> for str { type Output = str; }
    impl crate::ops::Index<crate::ops::RangeInclusive<usize>> for str { type Output = str; }
    impl crate::ops::Index<crate::ops::RangeToInclusive<usize>> for str { type Output = str; }
    impl crate::ops::Index<crate::ops::RangeFull> for str { type Output = str; }
    impl crate::ops::IndexMut<crate::ops::Range<usize>> for str {}
    impl crate::ops::IndexMut<crate::ops::RangeTo<usize>> for str {}
    impl crate::ops::IndexMut<crate::ops::RangeFrom<usize>> for str {}
    impl crate::ops::IndexMut<crate::ops::RangeInclusive<usize>> for str {}
    impl crate::ops::IndexMut<crate::ops::RangeToInclusive<usize>> for str {}
    impl crate::ops::IndexMut<crate::ops::RangeFull> for str {}
    unsafe impl SliceIndex<str> for crate::ops::RangeFull { type Output = str; }
    unsafe impl SliceIndex<str> for crate::ops::Range<usize> { type Output = str; }
    unsafe impl SliceIndex<str> for crate::ops::RangeTo<usize> { type Output = str; }
    unsafe impl SliceIndex<str> for crate::ops::RangeFrom<usize> { type Output = str; }
    unsafe impl SliceIndex<str> for crate::ops::RangeInclusive<usize> { type Output = str; }
    unsafe impl SliceIndex<str> for crate::ops::RangeToInclusive<usize> { type Output = str; }
    impl !crate::error::Error for &str {}

    #[derive(Clone)]
    pub struct Chars<'a> {}
    impl<'a> Iterator for Chars<'a> { type Item = char; }
    impl<'a> DoubleEndedIterator for Chars<'a> {}
    impl FusedIterator for Chars<'_> {}
    impl fmt::Debug for Chars<'_> {}
    impl<'a> Chars<'a> {
        pub fn as_str(&self) -> &'a str;
    }

    #[derive(Clone, Debug)]
    pub struct CharIndices<'a> {}
    impl<'a> Iterator for CharIndices<'a> { type Item = (usize, char); }
    impl<'a> DoubleEndedIterator for CharIndices<'a> {}
    impl FusedIterator for CharIndices<'_> {}
    impl<'a> CharIndices<'a> {
        pub fn as_str(&self) -> &'a str;
        pub fn offset(&self) -> usize;
    }

    #[derive(Clone, Debug)]
    pub struct Bytes<'a> {}
    impl Iterator for Bytes<'_> { type Item = u8; }
    impl DoubleEndedIterator for Bytes<'_> {}
    impl ExactSizeIterator for Bytes<'_> {}
    impl FusedIterator for Bytes<'_> {}

    #[derive(Clone, Debug)]
    pub struct SplitWhitespace<'a> {}
    impl<'a> Iterator for SplitWhitespace<'a> { type Item = &'a str; }
    impl<'a> DoubleEndedIterator for SplitWhitespace<'a> {}
    impl FusedIterator for SplitWhitespace<'_> {}

    #[derive(Clone, Debug)]
    pub struct SplitAsciiWhitespace<'a> {}
    impl<'a> Iterator for SplitAsciiWhitespace<'a> { type Item = &'a str; }
    impl<'a> DoubleEndedIterator for SplitAsciiWhitespace<'a> {}
    impl FusedIterator for SplitAsciiWhitespace<'_> {}

    #[derive(Clone, Debug)]
    pub struct Lines<'a> {}
    impl<'a> Iterator for Lines<'a> { type Item = &'a str; }
    impl<'a> DoubleEndedIterator for Lines<'a> {}
    impl FusedIterator for Lines<'_> {}

    #[derive(Clone)]
    pub struct EncodeUtf16<'a> {}
    impl fmt::Debug for EncodeUtf16<'_> {}
    impl<'a> Iterator for EncodeUtf16<'a> { type Item = u16; }
    impl FusedIterator for EncodeUtf16<'_> {}

    #[derive(Clone, Debug)]
    pub struct EscapeDebug<'a> {}
    impl<'a> fmt::Display for EscapeDebug<'a> {}
    impl<'a> Iterator for EscapeDebug<'a> { type Item = char; }
    impl<'a> FusedIterator for EscapeDebug<'a> {}
    #[derive(Clone, Debug)]
    pub struct EscapeDefault<'a> {}
    impl<'a> fmt::Display for EscapeDefault<'a> {}
    impl<'a> Iterator for EscapeDefault<'a> { type Item = char; }
    impl<'a> FusedIterator for EscapeDefault<'a> {}
    #[derive(Clone, Debug)]
    pub struct EscapeUnicode<'a> {}
    impl<'a> fmt::Display for EscapeUnicode<'a> {}
    impl<'a> Iterator for EscapeUnicode<'a> { type Item = char; }
    impl<'a> FusedIterator for EscapeUnicode<'a> {}
    pub struct Split<'a, P: Pattern> {}
    impl<'a, P: Pattern> Iterator for Split<'a, P> { type Item = &'a str; }
    impl<'a, P: Pattern> FusedIterator for Split<'a, P> {}
    impl<'a, P> Clone for Split<'a, P> where P: Pattern, P::Searcher<'a>: Clone {}
    impl<'a, P> fmt::Debug for Split<'a, P> where P: Pattern, P::Searcher<'a>: fmt::Debug {}
    impl<'a, P> DoubleEndedIterator for Split<'a, P> where P: Pattern, P::Searcher<'a>: DoubleEndedSearcher<'a> {}
    unsafe impl<'a, P: Pattern> Send for Split<'a, P> where P::Searcher<'a>: Send {}
    unsafe impl<'a, P: Pattern> Sync for Split<'a, P> where P::Searcher<'a>: Sync {}
    pub struct RSplit<'a, P: Pattern> {}
    impl<'a, P> Iterator for RSplit<'a, P> where P: Pattern, P::Searcher<'a>: ReverseSearcher<'a> { type Item = &'a str; }
    impl<'a, P> FusedIterator for RSplit<'a, P> where P: Pattern, P::Searcher<'a>: ReverseSearcher<'a> {}
    impl<'a, P> Clone for RSplit<'a, P> where P: Pattern, P::Searcher<'a>: Clone {}
    impl<'a, P> fmt::Debug for RSplit<'a, P> where P: Pattern, P::Searcher<'a>: fmt::Debug {}
    impl<'a, P> DoubleEndedIterator for RSplit<'a, P> where P: Pattern, P::Searcher<'a>: DoubleEndedSearcher<'a> {}
    unsafe impl<'a, P: Pattern> Send for RSplit<'a, P> where P::Searcher<'a>: Send {}
    unsafe impl<'a, P: Pattern> Sync for RSplit<'a, P> where P::Searcher<'a>: Sync {}
    pub struct SplitTerminator<'a, P: Pattern> {}
    impl<'a, P: Pattern> Iterator for SplitTerminator<'a, P> { type Item = &'a str; }
    impl<'a, P: Pattern> FusedIterator for SplitTerminator<'a, P> {}
    impl<'a, P> Clone for SplitTerminator<'a, P> where P: Pattern, P::Searcher<'a>: Clone {}
    impl<'a, P> fmt::Debug for SplitTerminator<'a, P> where P: Pattern, P::Searcher<'a>: fmt::Debug {}
    impl<'a, P> DoubleEndedIterator for SplitTerminator<'a, P> where P: Pattern, P::Searcher<'a>: DoubleEndedSearcher<'a> {}
    unsafe impl<'a, P: Pattern> Send for SplitTerminator<'a, P> where P::Searcher<'a>: Send {}
    unsafe impl<'a, P: Pattern> Sync for SplitTerminator<'a, P> where P::Searcher<'a>: Sync {}
    pub struct RSplitTerminator<'a, P: Pattern> {}
    impl<'a, P> Iterator for RSplitTerminator<'a, P> where P: Pattern, P::Searcher<'a>: ReverseSearcher<'a> { type Item = &'a str; }
    impl<'a, P> FusedIterator for RSplitTerminator<'a, P> where P: Pattern, P::Searcher<'a>: ReverseSearcher<'a> {}
    impl<'a, P> Clone for RSplitTerminator<'a, P> where P: Pattern, P::Searcher<'a>: Clone {}
    impl<'a, P> fmt::Debug for RSplitTerminator<'a, P> where P: Pattern, P::Searcher<'a>: fmt::Debug {}
    impl<'a, P> DoubleEndedIterator for RSplitTerminator<'a, P> where P: Pattern, P::Searcher<'a>: DoubleEndedSearcher<'a> {}
    unsafe impl<'a, P: Pattern> Send for RSplitTerminator<'a, P> where P::Searcher<'a>: Send {}
    unsafe impl<'a, P: Pattern> Sync for RSplitTerminator<'a, P> where P::Searcher<'a>: Sync {}
    pub struct SplitN<'a, P: Pattern> {}
    impl<'a, P: Pattern> Iterator for SplitN<'a, P> { type Item = &'a str; }
    impl<'a, P: Pattern> FusedIterator for SplitN<'a, P> {}
    impl<'a, P> Clone for SplitN<'a, P> where P: Pattern, P::Searcher<'a>: Clone {}
    impl<'a, P> fmt::Debug for SplitN<'a, P> where P: Pattern, P::Searcher<'a>: fmt::Debug {}
    unsafe impl<'a, P: Pattern> Send for SplitN<'a, P> where P::Searcher<'a>: Send {}
    unsafe impl<'a, P: Pattern> Sync for SplitN<'a, P> where P::Searcher<'a>: Sync {}
    pub struct RSplitN<'a, P: Pattern> {}
    impl<'a, P> Iterator for RSplitN<'a, P> where P: Pattern, P::Searcher<'a>: ReverseSearcher<'a> { type Item = &'a str; }
    impl<'a, P> FusedIterator for RSplitN<'a, P> where P: Pattern, P::Searcher<'a>: ReverseSearcher<'a> {}
    impl<'a, P> Clone for RSplitN<'a, P> where P: Pattern, P::Searcher<'a>: Clone {}
    impl<'a, P> fmt::Debug for RSplitN<'a, P> where P: Pattern, P::Searcher<'a>: fmt::Debug {}
    unsafe impl<'a, P: Pattern> Send for RSplitN<'a, P> where P::Searcher<'a>: Send {}
    unsafe impl<'a, P: Pattern> Sync for RSplitN<'a, P> where P::Searcher<'a>: Sync {}
    pub struct MatchIndices<'a, P: Pattern> {}
    impl<'a, P: Pattern> Iterator for MatchIndices<'a, P> { type Item = (usize, &'a str); }
    impl<'a, P: Pattern> FusedIterator for MatchIndices<'a, P> {}
    impl<'a, P> Clone for MatchIndices<'a, P> where P: Pattern, P::Searcher<'a>: Clone {}
    impl<'a, P> fmt::Debug for MatchIndices<'a, P> where P: Pattern, P::Searcher<'a>: fmt::Debug {}
    impl<'a, P> DoubleEndedIterator for MatchIndices<'a, P> where P: Pattern, P::Searcher<'a>: DoubleEndedSearcher<'a> {}
    unsafe impl<'a, P: Pattern> Send for MatchIndices<'a, P> where P::Searcher<'a>: Send {}
    unsafe impl<'a, P: Pattern> Sync for MatchIndices<'a, P> where P::Searcher<'a>: Sync {}
    pub struct RMatchIndices<'a, P: Pattern> {}
    impl<'a, P> Iterator for RMatchIndices<'a, P> where P: Pattern, P::Searcher<'a>: ReverseSearcher<'a> { type Item = (usize, &'a str); }
    impl<'a, P> FusedIterator for RMatchIndices<'a, P> where P: Pattern, P::Searcher<'a>: ReverseSearcher<'a> {}
    impl<'a, P> Clone for RMatchIndices<'a, P> where P: Pattern, P::Searcher<'a>: Clone {}
    impl<'a, P> fmt::Debug for RMatchIndices<'a, P> where P: Pattern, P::Searcher<'a>: fmt::Debug {}
    impl<'a, P> DoubleEndedIterator for RMatchIndices<'a, P> where P: Pattern, P::Searcher<'a>: DoubleEndedSearcher<'a> {}
    unsafe impl<'a, P: Pattern> Send for RMatchIndices<'a, P> where P::Searcher<'a>: Send {}
    unsafe impl<'a, P: Pattern> Sync for RMatchIndices<'a, P> where P::Searcher<'a>: Sync {}
    pub struct Matches<'a, P: Pattern> {}
    impl<'a, P: Pattern> Iterator for Matches<'a, P> { type Item = &'a str; }
    impl<'a, P: Pattern> FusedIterator for Matches<'a, P> {}
    impl<'a, P> Clone for Matches<'a, P> where P: Pattern, P::Searcher<'a>: Clone {}
    impl<'a, P> fmt::Debug for Matches<'a, P> where P: Pattern, P::Searcher<'a>: fmt::Debug {}
    impl<'a, P> DoubleEndedIterator for Matches<'a, P> where P: Pattern, P::Searcher<'a>: DoubleEndedSearcher<'a> {}
    unsafe impl<'a, P: Pattern> Send for Matches<'a, P> where P::Searcher<'a>: Send {}
    unsafe impl<'a, P: Pattern> Sync for Matches<'a, P> where P::Searcher<'a>: Sync {}
    pub struct RMatches<'a, P: Pattern> {}
    impl<'a, P> Iterator for RMatches<'a, P> where P: Pattern, P::Searcher<'a>: ReverseSearcher<'a> { type Item = &'a str; }
    impl<'a, P> FusedIterator for RMatches<'a, P> where P: Pattern, P::Searcher<'a>: ReverseSearcher<'a> {}
    impl<'a, P> Clone for RMatches<'a, P> where P: Pattern, P::Searcher<'a>: Clone {}
    impl<'a, P> fmt::Debug for RMatches<'a, P> where P: Pattern, P::Searcher<'a>: fmt::Debug {}
    impl<'a, P> DoubleEndedIterator for RMatches<'a, P> where P: Pattern, P::Searcher<'a>: DoubleEndedSearcher<'a> {}
    unsafe impl<'a, P: Pattern> Send for RMatches<'a, P> where P::Searcher<'a>: Send {}
    unsafe impl<'a, P: Pattern> Sync for RMatches<'a, P> where P::Searcher<'a>: Sync {}
    pub struct SplitInclusive<'a, P: Pattern> {}
    impl<'a, P: Pattern> Iterator for SplitInclusive<'a, P> { type Item = &'a str; }
    impl<'a, P: Pattern> FusedIterator for SplitInclusive<'a, P> {}
    impl<'a, P> DoubleEndedIterator for SplitInclusive<'a, P> where P: Pattern, P::Searcher<'a>: DoubleEndedSearcher<'a> {}
    impl<'a, P> Clone for SplitInclusive<'a, P> where P: Pattern, P::Searcher<'a>: Clone {}
    impl<'a, P> fmt::Debug for SplitInclusive<'a, P> where P: Pattern, P::Searcher<'a>: fmt::Debug {}
    unsafe impl<'a, P: Pattern> Send for SplitInclusive<'a, P> where P::Searcher<'a>: Send {}
    unsafe impl<'a, P: Pattern> Sync for SplitInclusive<'a, P> where P::Searcher<'a>: Sync {}

    pub mod pattern {
        use crate::string::String;

        pub trait Pattern: Sized {
            type Searcher<'a>: Searcher<'a>;
        }
        pub unsafe trait Searcher<'a> {}
        pub unsafe trait ReverseSearcher<'a>: Searcher<'a> {}
        pub trait DoubleEndedSearcher<'a>: ReverseSearcher<'a> {}

        impl Pattern for char { type Searcher<'a> = CharSearcher<'a>; }
        impl<'b> Pattern for &'b str { type Searcher<'a> = StrSearcher<'a, 'b>; }
        impl<'b> Pattern for &'b String { type Searcher<'a> = StrSearcher<'a, 'b>; }
        impl<'b, 'c> Pattern for &'c &'b str { type Searcher<'a> = StrSearcher<'a, 'b>; }
        impl<const N: usize> Pattern for [char; N] { type Searcher<'a> = CharArraySearcher<'a, N>; }
        impl<'b, const N: usize> Pattern for &'b [char; N] { type Searcher<'a> = CharArrayRefSearcher<'a, 'b, N>; }
        impl<'b> Pattern for &'b [char] { type Searcher<'a> = CharSliceSearcher<'a, 'b>; }
        impl<F> Pattern for F where F: FnMut(char) -> bool { type Searcher<'a> = CharPredicateSearcher<'a, F>; }

        #[derive(Clone, Debug)]
        pub struct CharSearcher<'a> {}
        unsafe impl<'a> Searcher<'a> for CharSearcher<'a> {}
        unsafe impl<'a> ReverseSearcher<'a> for CharSearcher<'a> {}
        impl<'a> DoubleEndedSearcher<'a> for CharSearcher<'a> {}

        #[derive(Clone, Debug)]
        pub struct StrSearcher<'a, 'b> {}
        unsafe impl<'a, 'b> Searcher<'a> for StrSearcher<'a, 'b> {}
        unsafe impl<'a, 'b> ReverseSearcher<'a> for StrSearcher<'a, 'b> {}

        #[derive(Clone, Debug)]
        pub struct CharArraySearcher<'a, const N: usize> {}
        unsafe impl<'a, const N: usize> Searcher<'a> for CharArraySearcher<'a, N> {}
        unsafe impl<'a, const N: usize> ReverseSearcher<'a> for CharArraySearcher<'a, N> {}
        impl<'a, const N: usize> DoubleEndedSearcher<'a> for CharArraySearcher<'a, N> {}

        #[derive(Clone, Debug)]
        pub struct CharArrayRefSearcher<'a, 'b, const N: usize> {}
        unsafe impl<'a, 'b, const N: usize> Searcher<'a> for CharArrayRefSearcher<'a, 'b, N> {}
        unsafe impl<'a, 'b, const N: usize> ReverseSearcher<'a> for CharArrayRefSearcher<'a, 'b, N> {}
        impl<'a, 'b, const N: usize> DoubleEndedSearcher<'a> for CharArrayRefSearcher<'a, 'b, N> {}

        #[derive(Clone, Debug)]
        pub struct CharSliceSearcher<'a, 'b> {}
        unsafe impl<'a, 'b> Searcher<'a> for CharSliceSearcher<'a, 'b> {}
        unsafe impl<'a, 'b> ReverseSearcher<'a> for CharSliceSearcher<'a, 'b> {}
        impl<'a, 'b> DoubleEndedSearcher<'a> for CharSliceSearcher<'a, 'b> {}

        #[derive(Clone)]
        pub struct CharPredicateSearcher<'a, F> where F: FnMut(char) -> bool {}
        unsafe impl<'a, F> Searcher<'a> for CharPredicateSearcher<'a, F> where F: FnMut(char) -> bool {}
        unsafe impl<'a, F> ReverseSearcher<'a> for CharPredicateSearcher<'a, F> where F: FnMut(char) -> bool {}
        impl<'a, F> DoubleEndedSearcher<'a> for CharPredicateSearcher<'a, F> where F: FnMut(char) -> bool {}
    }
}
