// std::thread: spawn, scope, sleep, JoinHandle, Builder.
pub mod thread {
    use crate::fmt;
    use crate::time::Duration;

    pub type Result<T> = crate::result::Result<T, Box<dyn crate::any::Any + Send + 'static>>;

    pub fn spawn<F, T>(f: F) -> JoinHandle<T> where F: FnOnce() -> T, F: Send + 'static, T: Send + 'static;
    pub fn scope<'env, F, T>(f: F) -> T where F: for<'scope> FnOnce(&'scope Scope<'scope, 'env>) -> T;
    pub fn current() -> Thread;
    pub fn yield_now();
    pub fn panicking() -> bool;
    pub fn sleep(dur: Duration);
    pub fn park();
    pub fn park_timeout(dur: Duration);

    pub struct JoinHandle<T> {}
    unsafe impl<T> Send for JoinHandle<T> {}
    unsafe impl<T> Sync for JoinHandle<T> {}
    impl<T> JoinHandle<T> {
        pub fn thread(&self) -> &Thread;
        pub fn join(self) -> Result<T>;
        pub fn is_finished(&self) -> bool;
    }
    impl<T> fmt::Debug for JoinHandle<T> {}

    pub struct Scope<'scope, 'env: 'scope> {}
    impl<'scope, 'env> Scope<'scope, 'env> {
        pub fn spawn<F, T>(&'scope self, f: F) -> ScopedJoinHandle<'scope, T> where F: FnOnce() -> T + Send + 'scope, T: Send + 'scope;
    }
    impl fmt::Debug for Scope<'_, '_> {}

    pub struct ScopedJoinHandle<'scope, T> {}
    unsafe impl<'scope, T: Send> Send for ScopedJoinHandle<'scope, T> {}
    unsafe impl<'scope, T: Send> Sync for ScopedJoinHandle<'scope, T> {}
    impl<'scope, T> ScopedJoinHandle<'scope, T> {
        pub fn thread(&self) -> &Thread;
        pub fn join(self) -> Result<T>;
        pub fn is_finished(&self) -> bool;
    }
    impl<'scope, T> fmt::Debug for ScopedJoinHandle<'scope, T> {}

    #[derive(Clone)]
    pub struct Thread {}
    impl Thread {
        pub fn unpark(&self);
        pub fn id(&self) -> ThreadId;
        pub fn name(&self) -> Option<&str>;
    }
    impl fmt::Debug for Thread {}

    #[derive(Eq, PartialEq, Clone, Copy, Hash, Debug)]
    pub struct ThreadId {}

    #[derive(Debug)]
    pub struct Builder {}
    impl Builder {
        pub fn new() -> Builder;
        pub fn name(self, name: crate::string::String) -> Builder;
        pub fn stack_size(self, size: usize) -> Builder;
        pub fn spawn<F, T>(self, f: F) -> crate::io::Result<JoinHandle<T>> where F: FnOnce() -> T, F: Send + 'static, T: Send + 'static;
        pub fn spawn_scoped<'scope, 'env, F, T>(self, scope: &'scope Scope<'scope, 'env>, f: F) -> crate::io::Result<ScopedJoinHandle<'scope, T>> where F: FnOnce() -> T + Send + 'scope, T: Send + 'scope;
    }
}
