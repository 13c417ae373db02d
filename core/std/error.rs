// std::error: the Error trait.
pub mod error {
    use crate::fmt::{Debug, Display};

    #[lang = "Error"]
    pub trait Error: Debug + Display {
        fn source(&self) -> Option<&(dyn Error + 'static)>;
        fn description(&self) -> &str;
        fn cause(&self) -> Option<&dyn Error>;
    }
    impl<'a, T: Error + ?Sized> Error for &'a T {}
}
