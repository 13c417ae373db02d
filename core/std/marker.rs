// std::marker: the marker traits and their impls for the primitive types.
// Auto traits (Send, Sync, Unpin) carry #[auto_trait]: tree-sitter-rust 0.24
// does not parse `auto trait`. See README.md for the rule the loader applies
// to std types that declare no impl of them.
pub mod marker {
    #[lang = "sized"]
    pub trait Sized {}

    #[lang = "copy"]
    pub trait Copy: Clone {}

    #[lang = "send"]
    #[auto_trait]
    pub unsafe trait Send {}

    #[lang = "sync"]
    #[auto_trait]
    pub unsafe trait Sync {}

    #[lang = "unpin"]
    #[auto_trait]
    pub trait Unpin {}

    #[lang = "tuple_trait"]
    pub trait Tuple {}

    #[lang = "phantom_data"]
    pub struct PhantomData<T: ?Sized>;

    #[derive(Debug, Default, Copy, Clone, Eq, PartialEq, Ord, PartialOrd, Hash)]
    pub struct PhantomPinned;
    impl !Unpin for PhantomPinned {}

    impl<T: ?Sized> Clone for PhantomData<T> {}
    impl<T: ?Sized> Copy for PhantomData<T> {}
    impl<T: ?Sized> Default for PhantomData<T> {}
    impl<T: ?Sized> PartialEq for PhantomData<T> {}
    impl<T: ?Sized> Eq for PhantomData<T> {}
    impl<T: ?Sized> PartialOrd for PhantomData<T> {}
    impl<T: ?Sized> Ord for PhantomData<T> {}
    impl<T: ?Sized> crate::hash::Hash for PhantomData<T> {}
    impl<T: ?Sized> crate::fmt::Debug for PhantomData<T> {}
    unsafe impl<T: ?Sized + Send> Send for PhantomData<T> {}
    unsafe impl<T: ?Sized + Sync> Sync for PhantomData<T> {}

    #[each_int]
    impl Copy for Int {}
    #[each_float]
    impl Copy for Float {}
    impl Copy for bool {}
    impl Copy for char {}
    impl Copy for () {}
    impl<T: ?Sized> Copy for &T {}
    impl<T: ?Sized> Copy for *const T {}
    impl<T: ?Sized> Copy for *mut T {}
    impl<T: Copy, const N: usize> Copy for [T; N] {}
    #[each_tuple]
    impl<T: Copy> Copy for (T,) {}

    // The auto traits of the types the compiler builds: references, raw
    // pointers, slices, arrays, tuples (closures: from their captures).
    unsafe impl<T: ?Sized + Sync> Send for &T {}
    unsafe impl<T: ?Sized + Sync> Sync for &T {}
    unsafe impl<T: ?Sized + Send> Send for &mut T {}
    unsafe impl<T: ?Sized + Sync> Sync for &mut T {}
    impl<T: ?Sized> !Send for *const T {}
    impl<T: ?Sized> !Send for *mut T {}
    impl<T: ?Sized> !Sync for *const T {}
    impl<T: ?Sized> !Sync for *mut T {}
    unsafe impl<T: Send> Send for [T] {}
    unsafe impl<T: Sync> Sync for [T] {}
    unsafe impl<T: Send, const N: usize> Send for [T; N] {}
    unsafe impl<T: Sync, const N: usize> Sync for [T; N] {}
    #[each_tuple]
    unsafe impl<T: Send> Send for (T,) {}
    #[each_tuple]
    unsafe impl<T: Sync> Sync for (T,) {}
}
