// std::clone and std::default, with their impls for the primitive types.
pub mod clone {
    #[lang = "clone"]
    pub trait Clone: Sized {
        fn clone(&self) -> Self;
        fn clone_from(&mut self, source: &Self);
    }

    // unstable to name; what Rc::make_mut and Arc::make_mut ask of T
    pub unsafe trait CloneToUninit {}
    unsafe impl<T: Clone> CloneToUninit for T {}
    unsafe impl<T: Clone> CloneToUninit for [T] {}
    unsafe impl CloneToUninit for str {}

    #[each_int]
    impl Clone for Int {}
    #[each_float]
    impl Clone for Float {}
    impl Clone for bool {}
    impl Clone for char {}
    impl Clone for () {}
    impl<T: ?Sized> Clone for &T {}
    impl<T: ?Sized> !Clone for &mut T {}
    impl<T: ?Sized> Clone for *const T {}
    impl<T: ?Sized> Clone for *mut T {}
    impl<T: Clone, const N: usize> Clone for [T; N] {}
    #[each_tuple]
    impl<T: Clone> Clone for (T,) {}
}

pub mod default {
    #[lang = "Default"]
    pub trait Default: Sized {
        fn default() -> Self;
    }

    #[each_int]
    impl Default for Int {}
    #[each_float]
    impl Default for Float {}
    impl Default for bool {}
    impl Default for char {}
    impl Default for () {}
    impl Default for &str {}
    impl Default for &mut str {}
    impl<T> Default for &[T] {}
    impl<T> Default for &mut [T] {}
    #[each_tuple]
    impl<T: Default> Default for (T,) {}
}
