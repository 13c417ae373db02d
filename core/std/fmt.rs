// std::fmt: the formatting traits, Formatter and its builders, Arguments
// (what format_args! builds), fmt::Result and fmt::Error, fmt::Write; the
// impls for the primitive types and references.
pub mod fmt {
    pub type Result = crate::result::Result<(), Error>;

    #[derive(Copy, Clone, Debug, Default, Eq, Hash, Ord, PartialEq, PartialOrd)]
    pub struct Error;
    impl Display for Error {}
    impl crate::error::Error for Error {}

    #[derive(Copy, Clone, Debug, PartialEq, Eq)]
    pub enum Alignment {
        Left,
        Right,
        Center,
    }

    pub trait Write {
        fn write_str(&mut self, s: &str) -> Result;
        fn write_char(&mut self, c: char) -> Result;
        fn write_fmt(&mut self, args: Arguments<'_>) -> Result;
    }
    impl<W: Write + ?Sized> Write for &mut W {}

    #[lang = "Formatter"]
    pub struct Formatter<'a> {}
    impl Write for Formatter<'_> {}
    impl !Send for Formatter<'_> {}
    impl !Sync for Formatter<'_> {}
    impl<'a> Formatter<'a> {
        pub fn pad_integral(&mut self, is_nonnegative: bool, prefix: &str, buf: &str) -> Result;
        pub fn pad(&mut self, s: &str) -> Result;
        pub fn write_str(&mut self, data: &str) -> Result;
        pub fn write_fmt(&mut self, fmt: Arguments<'_>) -> Result;
        pub fn fill(&self) -> char;
        pub fn align(&self) -> Option<Alignment>;
        pub fn width(&self) -> Option<usize>;
        pub fn precision(&self) -> Option<usize>;
        pub fn sign_plus(&self) -> bool;
        pub fn sign_minus(&self) -> bool;
        pub fn alternate(&self) -> bool;
        pub fn sign_aware_zero_pad(&self) -> bool;
        pub fn debug_struct<'b>(&'b mut self, name: &str) -> DebugStruct<'b, 'a>;
        pub fn debug_tuple<'b>(&'b mut self, name: &str) -> DebugTuple<'b, 'a>;
        pub fn debug_list<'b>(&'b mut self) -> DebugList<'b, 'a>;
        pub fn debug_set<'b>(&'b mut self) -> DebugSet<'b, 'a>;
        pub fn debug_map<'b>(&'b mut self) -> DebugMap<'b, 'a>;
    }

    #[lang = "format_arguments"]
    #[derive(Copy, Clone)]
    pub struct Arguments<'a> {}
    impl<'a> Arguments<'a> {
        pub fn as_str(&self) -> Option<&'static str>;
    }
    impl !Send for Arguments<'_> {}
    impl !Sync for Arguments<'_> {}
    impl Debug for Arguments<'_> {}
    impl Display for Arguments<'_> {}

    pub fn write(output: &mut dyn Write, args: Arguments<'_>) -> Result;
    pub fn format(args: Arguments<'_>) -> crate::string::String;

    pub struct DebugStruct<'a, 'b: 'a> {}
    impl !Send for DebugStruct<'_, '_> {}
    impl !Sync for DebugStruct<'_, '_> {}
    impl<'a, 'b: 'a> DebugStruct<'a, 'b> {
        pub fn field(&mut self, name: &str, value: &dyn Debug) -> &mut DebugStruct<'a, 'b>;
        pub fn finish_non_exhaustive(&mut self) -> Result;
        pub fn finish(&mut self) -> Result;
    }
    pub struct DebugTuple<'a, 'b: 'a> {}
    impl !Send for DebugTuple<'_, '_> {}
    impl !Sync for DebugTuple<'_, '_> {}
    impl<'a, 'b: 'a> DebugTuple<'a, 'b> {
        pub fn field(&mut self, value: &dyn Debug) -> &mut DebugTuple<'a, 'b>;
        pub fn finish_non_exhaustive(&mut self) -> Result;
        pub fn finish(&mut self) -> Result;
    }
    pub struct DebugSet<'a, 'b: 'a> {}
    impl !Send for DebugSet<'_, '_> {}
    impl !Sync for DebugSet<'_, '_> {}
    impl<'a, 'b: 'a> DebugSet<'a, 'b> {
        pub fn entry(&mut self, entry: &dyn Debug) -> &mut DebugSet<'a, 'b>;
        pub fn entries<D, I>(&mut self, entries: I) -> &mut DebugSet<'a, 'b> where D: Debug, I: IntoIterator<Item = D>;
        pub fn finish_non_exhaustive(&mut self) -> Result;
        pub fn finish(&mut self) -> Result;
    }
    pub struct DebugList<'a, 'b: 'a> {}
    impl !Send for DebugList<'_, '_> {}
    impl !Sync for DebugList<'_, '_> {}
    impl<'a, 'b: 'a> DebugList<'a, 'b> {
        pub fn entry(&mut self, entry: &dyn Debug) -> &mut DebugList<'a, 'b>;
        pub fn entries<D, I>(&mut self, entries: I) -> &mut DebugList<'a, 'b> where D: Debug, I: IntoIterator<Item = D>;
        pub fn finish_non_exhaustive(&mut self) -> Result;
        pub fn finish(&mut self) -> Result;
    }
    pub struct DebugMap<'a, 'b: 'a> {}
    impl !Send for DebugMap<'_, '_> {}
    impl !Sync for DebugMap<'_, '_> {}
    impl<'a, 'b: 'a> DebugMap<'a, 'b> {
        pub fn entry(&mut self, key: &dyn Debug, value: &dyn Debug) -> &mut DebugMap<'a, 'b>;
        pub fn key(&mut self, key: &dyn Debug) -> &mut DebugMap<'a, 'b>;
        pub fn value(&mut self, value: &dyn Debug) -> &mut DebugMap<'a, 'b>;
        pub fn entries<K, V, I>(&mut self, entries: I) -> &mut DebugMap<'a, 'b> where K: Debug, V: Debug, I: IntoIterator<Item = (K, V)>;
        pub fn finish_non_exhaustive(&mut self) -> Result;
        pub fn finish(&mut self) -> Result;
    }

    #[lang = "Debug"]
    pub trait Debug {
        fn fmt(&self, f: &mut Formatter<'_>) -> Result;
    }
    #[lang = "Display"]
    pub trait Display {
        fn fmt(&self, f: &mut Formatter<'_>) -> Result;
    }
    #[lang = "Octal"]
    pub trait Octal {
        fn fmt(&self, f: &mut Formatter<'_>) -> Result;
    }
    #[lang = "Binary"]
    pub trait Binary {
        fn fmt(&self, f: &mut Formatter<'_>) -> Result;
    }
    #[lang = "LowerHex"]
    pub trait LowerHex {
        fn fmt(&self, f: &mut Formatter<'_>) -> Result;
    }
    #[lang = "UpperHex"]
    pub trait UpperHex {
        fn fmt(&self, f: &mut Formatter<'_>) -> Result;
    }
    #[lang = "Pointer"]
    pub trait Pointer {
        fn fmt(&self, f: &mut Formatter<'_>) -> Result;
    }
    #[lang = "LowerExp"]
    pub trait LowerExp {
        fn fmt(&self, f: &mut Formatter<'_>) -> Result;
    }
    #[lang = "UpperExp"]
    pub trait UpperExp {
        fn fmt(&self, f: &mut Formatter<'_>) -> Result;
    }
    impl<T: ?Sized + Debug> Debug for &T {}
    impl<T: ?Sized + Debug> Debug for &mut T {}
    impl<T: ?Sized + Display> Display for &T {}
    impl<T: ?Sized + Display> Display for &mut T {}
    impl<T: ?Sized + Octal> Octal for &T {}
    impl<T: ?Sized + Octal> Octal for &mut T {}
    impl<T: ?Sized + Binary> Binary for &T {}
    impl<T: ?Sized + Binary> Binary for &mut T {}
    impl<T: ?Sized + LowerHex> LowerHex for &T {}
    impl<T: ?Sized + LowerHex> LowerHex for &mut T {}
    impl<T: ?Sized + UpperHex> UpperHex for &T {}
    impl<T: ?Sized + UpperHex> UpperHex for &mut T {}
    impl<T: ?Sized + LowerExp> LowerExp for &T {}
    impl<T: ?Sized + LowerExp> LowerExp for &mut T {}
    impl<T: ?Sized + UpperExp> UpperExp for &T {}
    impl<T: ?Sized + UpperExp> UpperExp for &mut T {}
    impl<T: ?Sized> Pointer for &T {}
    impl<T: ?Sized> Pointer for &mut T {}
    impl<T: ?Sized> Pointer for *const T {}
    impl<T: ?Sized> Pointer for *mut T {}
    impl<T: ?Sized> Debug for *const T {}
    impl<T: ?Sized> Debug for *mut T {}
    #[each_int]
    impl Debug for Int {}
    #[each_int]
    impl Display for Int {}
    #[each_int]
    impl Octal for Int {}
    #[each_int]
    impl Binary for Int {}
    #[each_int]
    impl LowerHex for Int {}
    #[each_int]
    impl UpperHex for Int {}
    #[each_int]
    impl LowerExp for Int {}
    #[each_int]
    impl UpperExp for Int {}
    #[each_float]
    impl Debug for Float {}
    #[each_float]
    impl Display for Float {}
    #[each_float]
    impl LowerExp for Float {}
    #[each_float]
    impl UpperExp for Float {}
    impl Debug for bool {}
    impl Display for bool {}
    impl Debug for char {}
    impl Display for char {}
    impl Debug for str {}
    impl Display for str {}
    impl Debug for () {}
    impl<T: Debug> Debug for [T] {}
    impl<T: Debug, const N: usize> Debug for [T; N] {}
    #[each_tuple]
    impl<T: Debug> Debug for (T,) {}
}
