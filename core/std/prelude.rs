// std::prelude: what every module sees unqualified. Edition 2021 added
// TryFrom, TryInto and FromIterator; edition 2024 adds Future and IntoFuture.
// The prelude's derive macros are listed as empty macro_rules! so that a
// name such as `Debug` resolves to them (E0404 "expected trait, found
// derive macro `Debug`" when std::fmt::Debug is not imported); the other
// macros (println!...) are the core's, not declarations.
pub mod prelude {
    pub mod v1 {
        macro_rules! Clone { () => {} }
        macro_rules! Copy { () => {} }
        macro_rules! Debug { () => {} }
        macro_rules! Default { () => {} }
        macro_rules! Eq { () => {} }
        macro_rules! Hash { () => {} }
        macro_rules! Ord { () => {} }
        macro_rules! PartialEq { () => {} }
        macro_rules! PartialOrd { () => {} }
        pub use crate::marker::{Copy, Send, Sized, Sync, Unpin};
        pub use crate::ops::{Drop, Fn, FnMut, FnOnce};
        pub use crate::ops::{AsyncFn, AsyncFnMut, AsyncFnOnce};
        pub use crate::mem::drop;
        pub use crate::mem::{align_of, align_of_val, size_of, size_of_val};
        pub use crate::clone::Clone;
        pub use crate::cmp::{Eq, Ord, PartialEq, PartialOrd};
        pub use crate::convert::{AsMut, AsRef, From, Into};
        pub use crate::default::Default;
        pub use crate::iter::{DoubleEndedIterator, ExactSizeIterator};
        pub use crate::iter::{Extend, IntoIterator, Iterator};
        pub use crate::option::Option::{self, None, Some};
        pub use crate::result::Result::{self, Err, Ok};
        pub use crate::borrow::ToOwned;
        pub use crate::boxed::Box;
        pub use crate::string::{String, ToString};
        pub use crate::vec::Vec;
    }
    pub mod rust_2021 {
        pub use super::v1::*;
        pub use crate::iter::FromIterator;
        pub use crate::convert::{TryFrom, TryInto};
    }
    pub mod rust_2024 {
        pub use super::v1::*;
        pub use crate::iter::FromIterator;
        pub use crate::convert::{TryFrom, TryInto};
        pub use crate::future::{Future, IntoFuture};
    }
}

pub mod future {
    use crate::pin::Pin;
    use crate::task::{Context, Poll};

    #[lang = "future_trait"]
    pub trait Future {
        type Output;
        fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output>;
    }
    pub trait IntoFuture {
        type Output;
        type IntoFuture: Future<Output = Self::Output>;
        fn into_future(self) -> Self::IntoFuture;
    }
    impl<F: Future> IntoFuture for F {
        type Output = F::Output;
        type IntoFuture = F;
    }
}

pub mod task {
    #[derive(Copy, Clone, Debug, Eq, PartialEq, Ord, PartialOrd, Hash)]
    pub enum Poll<T> {
        Ready(T),
        Pending,
    }
    pub struct Context<'a> {}
    impl crate::fmt::Debug for Context<'_> {}
    impl !Send for Context<'_> {}
    impl !Sync for Context<'_> {}
}
