// std::process (exit, abort, ExitCode, Termination) and std::env (args).
pub mod process {
    pub fn exit(code: i32) -> !;
    pub fn abort() -> !;
    pub fn id() -> u32;

    #[derive(Clone, Copy, Debug, PartialEq)]
    pub struct ExitCode {}
    impl ExitCode {
        pub const SUCCESS: ExitCode;
        pub const FAILURE: ExitCode;
    }
    impl From<u8> for ExitCode {}
    impl Default for ExitCode {}

    pub trait Termination {
        fn report(self) -> ExitCode;
    }
    impl Termination for () {}
    impl Termination for ExitCode {}
    impl<T: Termination, E: crate::fmt::Debug> Termination for Result<T, E> {}
}

pub mod env {
    use crate::fmt;
    use crate::iter::{DoubleEndedIterator, ExactSizeIterator};
    use crate::string::String;

    pub fn args() -> Args;

    pub struct Args {}
    impl !Send for Args {}
    impl !Sync for Args {}
    impl Iterator for Args { type Item = String; }
    impl ExactSizeIterator for Args {}
    impl DoubleEndedIterator for Args {}
    impl fmt::Debug for Args {}
}
