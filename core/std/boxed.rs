// std::boxed (Box) and std::pin (Pin). Allocator parameters are left out.
pub mod boxed {
    use crate::borrow::{Borrow, BorrowMut, Cow};
    use crate::error::Error;
    use crate::fmt;
    use crate::iter::{DoubleEndedIterator, ExactSizeIterator, FusedIterator};
    use crate::marker::Tuple;
    use crate::ops::{Deref, DerefMut};
    use crate::string::String;
    use crate::vec::Vec;

    #[lang = "owned_box"]
    pub struct Box<T: ?Sized> {}

    impl<T> Box<T> {
        pub fn new(x: T) -> Box<T>;
        pub fn pin(x: T) -> crate::pin::Pin<Box<T>>;
    }
    impl<T: ?Sized> Box<T> {
        pub unsafe fn from_raw(raw: *mut T) -> Box<T>;
        pub fn into_raw(b: Box<T>) -> *mut T;
        pub fn leak<'a>(b: Box<T>) -> &'a mut T;
        pub fn into_pin(boxed: Box<T>) -> crate::pin::Pin<Box<T>>;
    }

    impl<T: ?Sized> Deref for Box<T> { type Target = T; }
    impl<T: ?Sized> DerefMut for Box<T> {}
    impl<T: ?Sized> Drop for Box<T> {}
    impl<T: Default> Default for Box<T> {}
    impl<T> Default for Box<[T]> {}
    impl Default for Box<str> {}
    impl<T: Clone> Clone for Box<T> {}
    impl<T: Clone> Clone for Box<[T]> {}
    impl Clone for Box<str> {}
    impl<T: ?Sized + PartialEq> PartialEq for Box<T> {}
    impl<T: ?Sized + PartialOrd> PartialOrd for Box<T> {}
    impl<T: ?Sized + Ord> Ord for Box<T> {}
    impl<T: ?Sized + Eq> Eq for Box<T> {}
    impl<T: ?Sized + crate::hash::Hash> crate::hash::Hash for Box<T> {}
    impl<T: fmt::Display + ?Sized> fmt::Display for Box<T> {}
    impl<T: fmt::Debug + ?Sized> fmt::Debug for Box<T> {}
    impl<T: ?Sized> fmt::Pointer for Box<T> {}
    impl<Args: Tuple, F: FnOnce<Args> + ?Sized> FnOnce<Args> for Box<F> { type Output = F::Output; }
    impl<Args: Tuple, F: FnMut<Args> + ?Sized> FnMut<Args> for Box<F> {}
    impl<Args: Tuple, F: Fn<Args> + ?Sized> Fn<Args> for Box<F> {}
    impl<T: ?Sized> Borrow<T> for Box<T> {}
    impl<T: ?Sized> BorrowMut<T> for Box<T> {}
    impl<T: ?Sized> AsRef<T> for Box<T> {}
    impl<T: ?Sized> AsMut<T> for Box<T> {}
    impl<T: ?Sized> Unpin for Box<T> {}
    impl<E: Error> Error for Box<E> {}
    impl<I: Iterator + ?Sized> Iterator for Box<I> { type Item = I::Item; }
    impl<I: DoubleEndedIterator + ?Sized> DoubleEndedIterator for Box<I> {}
    impl<I: ExactSizeIterator + ?Sized> ExactSizeIterator for Box<I> {}
    impl<I: FusedIterator + ?Sized> FusedIterator for Box<I> {}
    impl<I> FromIterator<I> for Box<[I]> {}
    impl FromIterator<char> for Box<str> {}
    impl<'a> FromIterator<&'a str> for Box<str> {}
    impl FromIterator<String> for Box<str> {}

    impl<T> From<T> for Box<T> {}
    impl<T: Clone> From<&[T]> for Box<[T]> {}
    impl<T: Clone> From<&mut [T]> for Box<[T]> {}
    impl<T: Clone> From<Cow<'_, [T]>> for Box<[T]> {}
    impl From<&str> for Box<str> {}
    impl From<&mut str> for Box<str> {}
    impl From<Cow<'_, str>> for Box<str> {}
    impl From<Box<str>> for Box<[u8]> {}
    impl<T, const N: usize> From<[T; N]> for Box<[T]> {}
    impl<'a, E: Error + 'a> From<E> for Box<dyn Error + 'a> {}
    impl<'a, E: Error + Send + Sync + 'a> From<E> for Box<dyn Error + Send + Sync + 'a> {}
    impl<'a> From<String> for Box<dyn Error + Send + Sync + 'a> {}
    impl<'a> From<String> for Box<dyn Error + 'a> {}
    impl<'a> From<&str> for Box<dyn Error + Send + Sync + 'a> {}
    impl<'a> From<&str> for Box<dyn Error + 'a> {}
    impl<'a, 'b> From<Cow<'b, str>> for Box<dyn Error + Send + Sync + 'a> {}
    impl<'a, 'b> From<Cow<'b, str>> for Box<dyn Error + 'a> {}

    impl<I> IntoIterator for Box<[I]> {
        type Item = I;
        type IntoIter = crate::vec::IntoIter<I>;
    }
    impl<'a, I> IntoIterator for &'a Box<[I]> {
        type Item = &'a I;
        type IntoIter = crate::slice::Iter<'a, I>;
    }
    impl<'a, I> IntoIterator for &'a mut Box<[I]> {
        type Item = &'a mut I;
        type IntoIter = crate::slice::IterMut<'a, I>;
    }
    impl<I> !Iterator for Box<[I]> {}
}

pub mod pin {
    use crate::ops::{Deref, DerefMut};

    #[lang = "pin"]
    #[derive(Copy, Clone)]
    pub struct Pin<Ptr> {}
    impl<Ptr> Pin<Ptr> where Ptr: Deref, Ptr::Target: Unpin {
        pub fn new(pointer: Ptr) -> Pin<Ptr>;
        pub fn into_inner(pin: Pin<Ptr>) -> Ptr;
    }
    impl<Ptr: Deref> Deref for Pin<Ptr> { type Target = Ptr::Target; }
    impl<Ptr> DerefMut for Pin<Ptr> where Ptr: DerefMut, Ptr::Target: Unpin {}
}
