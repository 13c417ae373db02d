// std::io: the traits (Read, Write, BufRead), stdin/stdout/stderr, io::Error
// and io::Result, BufReader, Lines.
pub mod io {
    use crate::fmt;
    use crate::string::String;
    use crate::vec::Vec;

    pub type Result<T> = crate::result::Result<T, Error>;

    pub struct Error {}
    impl Error {
        pub fn new<E>(kind: ErrorKind, error: E) -> Error where E: Into<Box<dyn crate::error::Error + Send + Sync>>;
        pub fn other<E>(error: E) -> Error where E: Into<Box<dyn crate::error::Error + Send + Sync>>;
        pub fn last_os_error() -> Error;
        pub fn kind(&self) -> ErrorKind;
        pub fn raw_os_error(&self) -> Option<i32>;
    }
    impl fmt::Debug for Error {}
    impl fmt::Display for Error {}
    impl crate::error::Error for Error {}
    impl From<ErrorKind> for Error {}

    #[derive(Clone, Copy, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[non_exhaustive]
    pub enum ErrorKind {
        NotFound,
        PermissionDenied,
        ConnectionRefused,
        ConnectionReset,
        ConnectionAborted,
        NotConnected,
        AddrInUse,
        AddrNotAvailable,
        BrokenPipe,
        AlreadyExists,
        WouldBlock,
        InvalidInput,
        InvalidData,
        TimedOut,
        WriteZero,
        Interrupted,
        Unsupported,
        UnexpectedEof,
        OutOfMemory,
        Other,
    }
    impl fmt::Display for ErrorKind {}

    pub trait Read {
        fn read(&mut self, buf: &mut [u8]) -> Result<usize>;
        fn read_to_end(&mut self, buf: &mut Vec<u8>) -> Result<usize>;
        fn read_to_string(&mut self, buf: &mut String) -> Result<usize>;
        fn read_exact(&mut self, buf: &mut [u8]) -> Result<()>;
        fn by_ref(&mut self) -> &mut Self where Self: Sized;
        fn bytes(self) -> Bytes<Self> where Self: Sized;
        fn take(self, limit: u64) -> Take<Self> where Self: Sized;
    }
    pub trait Write {
        fn write(&mut self, buf: &[u8]) -> Result<usize>;
        fn flush(&mut self) -> Result<()>;
        fn write_all(&mut self, buf: &[u8]) -> Result<()>;
        fn write_fmt(&mut self, args: fmt::Arguments<'_>) -> Result<()>;
        fn by_ref(&mut self) -> &mut Self where Self: Sized;
    }
    pub trait BufRead: Read {
        fn fill_buf(&mut self) -> Result<&[u8]>;
        fn consume(&mut self, amount: usize);
        fn read_until(&mut self, byte: u8, buf: &mut Vec<u8>) -> Result<usize>;
        fn read_line(&mut self, buf: &mut String) -> Result<usize>;
        fn split(self, byte: u8) -> Split<Self> where Self: Sized;
        fn lines(self) -> Lines<Self> where Self: Sized;
    }
    impl<R: Read + ?Sized> Read for &mut R {}
    impl<R: Read + ?Sized> Read for Box<R> {}
    impl<W: Write + ?Sized> Write for &mut W {}
    impl<W: Write + ?Sized> Write for Box<W> {}
    impl<B: BufRead + ?Sized> BufRead for &mut B {}
    impl<B: BufRead + ?Sized> BufRead for Box<B> {}
    impl Read for &[u8] {}
    impl BufRead for &[u8] {}
    impl Write for Vec<u8> {}

    #[derive(Debug)]
    pub struct Lines<B> {}
    impl<B: BufRead> Iterator for Lines<B> { type Item = Result<String>; }
    #[derive(Debug)]
    pub struct Split<B> {}
    impl<B: BufRead> Iterator for Split<B> { type Item = Result<Vec<u8>>; }
    #[derive(Debug)]
    pub struct Bytes<R> {}
    impl<R: Read> Iterator for Bytes<R> { type Item = Result<u8>; }
    #[derive(Debug)]
    pub struct Take<T> {}
    impl<T: Read> Read for Take<T> {}

    pub fn stdin() -> Stdin;
    pub fn stdout() -> Stdout;
    pub fn stderr() -> Stderr;

    pub struct Stdin {}
    impl Stdin {
        pub fn lock(&self) -> StdinLock<'static>;
        pub fn read_line(&self, buf: &mut String) -> Result<usize>;
        pub fn lines(self) -> Lines<StdinLock<'static>>;
    }
    impl fmt::Debug for Stdin {}
    impl Read for Stdin {}
    impl Read for &Stdin {}
    pub struct StdinLock<'a> {}
    impl !Send for StdinLock<'_> {}
    impl Read for StdinLock<'_> {}
    impl BufRead for StdinLock<'_> {}
    impl fmt::Debug for StdinLock<'_> {}

    pub struct Stdout {}
    impl Stdout {
        pub fn lock(&self) -> StdoutLock<'static>;
    }
    impl fmt::Debug for Stdout {}
    impl Write for Stdout {}
    impl Write for &Stdout {}
    pub struct StdoutLock<'a> {}
    impl !Send for StdoutLock<'_> {}
    impl !Sync for StdoutLock<'_> {}
    impl Write for StdoutLock<'_> {}
    impl fmt::Debug for StdoutLock<'_> {}

    pub struct Stderr {}
    impl Stderr {
        pub fn lock(&self) -> StderrLock<'static>;
    }
    impl fmt::Debug for Stderr {}
    impl Write for Stderr {}
    impl Write for &Stderr {}
    pub struct StderrLock<'a> {}
    impl !Send for StderrLock<'_> {}
    impl !Sync for StderrLock<'_> {}
    impl Write for StderrLock<'_> {}
    impl fmt::Debug for StderrLock<'_> {}

    pub struct BufReader<R: ?Sized> {}
    impl<R: Read> BufReader<R> {
        pub fn new(inner: R) -> BufReader<R>;
        pub fn with_capacity(capacity: usize, inner: R) -> BufReader<R>;
    }
    impl<R: ?Sized> BufReader<R> {
        pub fn get_ref(&self) -> &R;
        pub fn get_mut(&mut self) -> &mut R;
        pub fn into_inner(self) -> R where R: Sized;
    }
    impl<R: ?Sized + Read> Read for BufReader<R> {}
    impl<R: ?Sized + Read> BufRead for BufReader<R> {}
    impl<R: ?Sized + fmt::Debug> fmt::Debug for BufReader<R> {}

    pub mod prelude {
        pub use super::{BufRead, Read, Write};
    }
}
