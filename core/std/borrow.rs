// std::borrow: Borrow, BorrowMut, ToOwned, Cow.
pub mod borrow {
    #[lang = "Borrow"]
    pub trait Borrow<Borrowed: ?Sized> {
        fn borrow(&self) -> &Borrowed;
    }
    #[lang = "BorrowMut"]
    pub trait BorrowMut<Borrowed: ?Sized>: Borrow<Borrowed> {
        fn borrow_mut(&mut self) -> &mut Borrowed;
    }
    impl<T: ?Sized> Borrow<T> for T {}
    impl<T: ?Sized> BorrowMut<T> for T {}
    impl<T: ?Sized> Borrow<T> for &T {}
    impl<T: ?Sized> Borrow<T> for &mut T {}
    impl<T: ?Sized> BorrowMut<T> for &mut T {}
    impl<T, const N: usize> Borrow<[T]> for [T; N] {}
    impl<T, const N: usize> BorrowMut<[T]> for [T; N] {}

    #[lang = "ToOwned"]
    pub trait ToOwned {
        type Owned: Borrow<Self>;
        fn to_owned(&self) -> Self::Owned;
        fn clone_into(&self, target: &mut Self::Owned);
    }
    impl<T: Clone> ToOwned for T { type Owned = T; }

    #[lang = "Cow"]
    pub enum Cow<'a, B: ?Sized + 'a> where B: ToOwned {
        Borrowed(&'a B),
        Owned(<B as ToOwned>::Owned),
    }
    impl<B: ?Sized + ToOwned> Cow<'_, B> {
        pub fn into_owned(self) -> <B as ToOwned>::Owned;
        pub fn to_mut(&mut self) -> &mut <B as ToOwned>::Owned;
    }
    impl<B: ?Sized + ToOwned> crate::ops::Deref for Cow<'_, B> { type Target = B; }
    unsafe impl<'a, B: ?Sized + ToOwned + Sync> Send for Cow<'a, B> where B::Owned: Send {}
    unsafe impl<'a, B: ?Sized + ToOwned + Sync> Sync for Cow<'a, B> where B::Owned: Sync {}
    impl<B: ?Sized + ToOwned> Clone for Cow<'_, B> {}
    impl<'a, B: ?Sized> Borrow<B> for Cow<'a, B> where B: ToOwned {}
    impl<B: ?Sized> crate::fmt::Debug for Cow<'_, B> where B: crate::fmt::Debug + ToOwned, B::Owned: crate::fmt::Debug {}
    impl<B: ?Sized> crate::fmt::Display for Cow<'_, B> where B: crate::fmt::Display + ToOwned, B::Owned: crate::fmt::Display {}
    impl<B: ?Sized> Default for Cow<'_, B> where B: ToOwned, B::Owned: Default {}
    impl<B: ?Sized> Eq for Cow<'_, B> where B: Eq + ToOwned {}
    impl<B: ?Sized> Ord for Cow<'_, B> where B: Ord + ToOwned {}
    impl<'a, 'b, B: ?Sized, C: ?Sized> PartialEq<Cow<'b, C>> for Cow<'a, B> where B: PartialEq<C> + ToOwned, C: ToOwned {}
    impl<'a, B: ?Sized> PartialOrd for Cow<'a, B> where B: PartialOrd + ToOwned {}
    impl<B: ?Sized> crate::hash::Hash for Cow<'_, B> where B: crate::hash::Hash + ToOwned {}
    impl<T: ?Sized + ToOwned> AsRef<T> for Cow<'_, T> {}
}
