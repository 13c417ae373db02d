// std::sync: Arc, sync::Weak, Mutex, RwLock, their guards, poisoning, OnceLock,
// std::sync::mpsc and std::sync::atomic (the common atomics).
pub mod sync {
    use crate::borrow::Borrow;
    use crate::clone::CloneToUninit;
    use crate::fmt;
    use crate::ops::{Deref, DerefMut};
    use crate::string::String;
    use crate::vec::Vec;

    #[lang = "Arc"]
    pub struct Arc<T: ?Sized> {}
    unsafe impl<T: ?Sized + Sync + Send> Send for Arc<T> {}
    unsafe impl<T: ?Sized + Sync + Send> Sync for Arc<T> {}
    impl<T> Arc<T> {
        pub fn new(data: T) -> Arc<T>;
        pub fn new_cyclic<F>(data_fn: F) -> Arc<T> where F: FnOnce(&Weak<T>) -> T;
        pub fn pin(data: T) -> crate::pin::Pin<Arc<T>>;
        pub fn try_unwrap(this: Arc<T>) -> Result<T, Arc<T>>;
        pub fn into_inner(this: Arc<T>) -> Option<T>;
    }
    impl<T: ?Sized> Arc<T> {
        pub unsafe fn from_raw(ptr: *const T) -> Arc<T>;
        pub fn into_raw(this: Arc<T>) -> *const T;
        pub fn as_ptr(this: &Arc<T>) -> *const T;
        pub fn downgrade(this: &Arc<T>) -> Weak<T>;
        pub fn weak_count(this: &Arc<T>) -> usize;
        pub fn strong_count(this: &Arc<T>) -> usize;
        pub fn ptr_eq(this: &Arc<T>, other: &Arc<T>) -> bool;
        pub fn get_mut(this: &mut Arc<T>) -> Option<&mut T>;
    }
    impl<T: ?Sized + CloneToUninit> Arc<T> {
        pub fn make_mut(this: &mut Arc<T>) -> &mut T;
    }
    impl<T: Clone> Arc<T> {
        pub fn unwrap_or_clone(this: Arc<T>) -> T;
    }
    impl<T: ?Sized> Deref for Arc<T> { type Target = T; }
    impl<T: ?Sized> Drop for Arc<T> {}
    impl<T: ?Sized> Clone for Arc<T> {}
    impl<T: Default> Default for Arc<T> {}
    impl Default for Arc<str> {}
    impl<T> Default for Arc<[T]> {}
    impl<T: ?Sized + PartialEq> PartialEq for Arc<T> {}
    impl<T: ?Sized + Eq> Eq for Arc<T> {}
    impl<T: ?Sized + PartialOrd> PartialOrd for Arc<T> {}
    impl<T: ?Sized + Ord> Ord for Arc<T> {}
    impl<T: ?Sized + crate::hash::Hash> crate::hash::Hash for Arc<T> {}
    impl<T: ?Sized + fmt::Display> fmt::Display for Arc<T> {}
    impl<T: ?Sized + fmt::Debug> fmt::Debug for Arc<T> {}
    impl<T: ?Sized> fmt::Pointer for Arc<T> {}
    impl<T: ?Sized> Borrow<T> for Arc<T> {}
    impl<T: ?Sized> AsRef<T> for Arc<T> {}
    impl<T: ?Sized> Unpin for Arc<T> {}
    impl<T: crate::error::Error + ?Sized> crate::error::Error for Arc<T> {}
    impl<T> From<T> for Arc<T> {}
    impl<T, const N: usize> From<[T; N]> for Arc<[T]> {}
    impl<T: Clone> From<&[T]> for Arc<[T]> {}
    impl From<&str> for Arc<str> {}
    impl From<String> for Arc<str> {}
    impl<T: ?Sized> From<Box<T>> for Arc<T> {}
    impl<T> From<Vec<T>> for Arc<[T]> {}
    impl<T> FromIterator<T> for Arc<[T]> {}

    pub struct Weak<T: ?Sized> {}
    unsafe impl<T: ?Sized + Sync + Send> Send for Weak<T> {}
    unsafe impl<T: ?Sized + Sync + Send> Sync for Weak<T> {}
    impl<T> Weak<T> {
        pub fn new() -> Weak<T>;
    }
    impl<T: ?Sized> Weak<T> {
        pub fn as_ptr(&self) -> *const T;
        pub fn upgrade(&self) -> Option<Arc<T>>;
        pub fn strong_count(&self) -> usize;
        pub fn weak_count(&self) -> usize;
        pub fn ptr_eq(&self, other: &Weak<T>) -> bool;
    }
    impl<T: ?Sized> Drop for Weak<T> {}
    impl<T: ?Sized> Clone for Weak<T> {}
    impl<T: ?Sized> fmt::Debug for Weak<T> {}
    impl<T> Default for Weak<T> {}

    #[lang = "Mutex"]
    pub struct Mutex<T: ?Sized> {}
    unsafe impl<T: ?Sized + Send> Send for Mutex<T> {}
    unsafe impl<T: ?Sized + Send> Sync for Mutex<T> {}
    impl<T> Mutex<T> {
        pub fn new(t: T) -> Mutex<T>;
    }
    impl<T: ?Sized> Mutex<T> {
        pub fn lock(&self) -> LockResult<MutexGuard<'_, T>>;
        pub fn try_lock(&self) -> TryLockResult<MutexGuard<'_, T>>;
        pub fn is_poisoned(&self) -> bool;
        pub fn clear_poison(&self);
        pub fn into_inner(self) -> LockResult<T> where T: Sized;
        pub fn get_mut(&mut self) -> LockResult<&mut T>;
    }
    impl<T> From<T> for Mutex<T> {}
    impl<T: Default> Default for Mutex<T> {}
    impl<T: ?Sized + fmt::Debug> fmt::Debug for Mutex<T> {}

    #[lang = "MutexGuard"]
    pub struct MutexGuard<'a, T: ?Sized + 'a> {}
    impl<T: ?Sized> !Send for MutexGuard<'_, T> {}
    unsafe impl<T: ?Sized + Sync> Sync for MutexGuard<'_, T> {}
    impl<T: ?Sized> Deref for MutexGuard<'_, T> { type Target = T; }
    impl<T: ?Sized> DerefMut for MutexGuard<'_, T> {}
    impl<T: ?Sized> Drop for MutexGuard<'_, T> {}
    impl<T: ?Sized + fmt::Debug> fmt::Debug for MutexGuard<'_, T> {}
    impl<T: ?Sized + fmt::Display> fmt::Display for MutexGuard<'_, T> {}

    #[lang = "RwLock"]
    pub struct RwLock<T: ?Sized> {}
    unsafe impl<T: ?Sized + Send> Send for RwLock<T> {}
    unsafe impl<T: ?Sized + Send + Sync> Sync for RwLock<T> {}
    impl<T> RwLock<T> {
        pub fn new(t: T) -> RwLock<T>;
    }
    impl<T: ?Sized> RwLock<T> {
        pub fn read(&self) -> LockResult<RwLockReadGuard<'_, T>>;
        pub fn try_read(&self) -> TryLockResult<RwLockReadGuard<'_, T>>;
        pub fn write(&self) -> LockResult<RwLockWriteGuard<'_, T>>;
        pub fn try_write(&self) -> TryLockResult<RwLockWriteGuard<'_, T>>;
        pub fn is_poisoned(&self) -> bool;
        pub fn clear_poison(&self);
        pub fn into_inner(self) -> LockResult<T> where T: Sized;
        pub fn get_mut(&mut self) -> LockResult<&mut T>;
    }
    impl<T: ?Sized + fmt::Debug> fmt::Debug for RwLock<T> {}
    impl<T: Default> Default for RwLock<T> {}
    impl<T> From<T> for RwLock<T> {}

    pub struct RwLockReadGuard<'a, T: ?Sized + 'a> {}
    impl<T: ?Sized> !Send for RwLockReadGuard<'_, T> {}
    unsafe impl<T: ?Sized + Sync> Sync for RwLockReadGuard<'_, T> {}
    impl<T: ?Sized> Deref for RwLockReadGuard<'_, T> { type Target = T; }
    impl<T: ?Sized> Drop for RwLockReadGuard<'_, T> {}
    impl<T: ?Sized + fmt::Debug> fmt::Debug for RwLockReadGuard<'_, T> {}
    impl<T: ?Sized + fmt::Display> fmt::Display for RwLockReadGuard<'_, T> {}

    pub struct RwLockWriteGuard<'a, T: ?Sized + 'a> {}
    impl<T: ?Sized> !Send for RwLockWriteGuard<'_, T> {}
    unsafe impl<T: ?Sized + Sync> Sync for RwLockWriteGuard<'_, T> {}
    impl<T: ?Sized> Deref for RwLockWriteGuard<'_, T> { type Target = T; }
    impl<T: ?Sized> DerefMut for RwLockWriteGuard<'_, T> {}
    impl<T: ?Sized> Drop for RwLockWriteGuard<'_, T> {}
    impl<T: ?Sized + fmt::Debug> fmt::Debug for RwLockWriteGuard<'_, T> {}
    impl<T: ?Sized + fmt::Display> fmt::Display for RwLockWriteGuard<'_, T> {}

    pub type LockResult<T> = Result<T, PoisonError<T>>;
    pub type TryLockResult<Guard> = Result<Guard, TryLockError<Guard>>;

    pub struct PoisonError<T> {}
    impl<T> PoisonError<T> {
        pub fn new(data: T) -> PoisonError<T>;
        pub fn into_inner(self) -> T;
        pub fn get_ref(&self) -> &T;
        pub fn get_mut(&mut self) -> &mut T;
    }
    impl<T> fmt::Debug for PoisonError<T> {}
    impl<T> fmt::Display for PoisonError<T> {}
    impl<T> crate::error::Error for PoisonError<T> {}

    pub enum TryLockError<T> {
        Poisoned(PoisonError<T>),
        WouldBlock,
    }
    impl<T> From<PoisonError<T>> for TryLockError<T> {}
    impl<T> fmt::Debug for TryLockError<T> {}
    impl<T> fmt::Display for TryLockError<T> {}
    impl<T> crate::error::Error for TryLockError<T> {}

    pub struct OnceLock<T> {}
    unsafe impl<T: Sync + Send> Sync for OnceLock<T> {}
    unsafe impl<T: Send> Send for OnceLock<T> {}
    impl<T> OnceLock<T> {
        pub fn new() -> OnceLock<T>;
        pub fn get(&self) -> Option<&T>;
        pub fn get_mut(&mut self) -> Option<&mut T>;
        pub fn wait(&self) -> &T;
        pub fn set(&self, value: T) -> Result<(), T>;
        pub fn get_or_init<F>(&self, f: F) -> &T where F: FnOnce() -> T;
        pub fn into_inner(self) -> Option<T>;
        pub fn take(&mut self) -> Option<T>;
    }
    impl<T> Default for OnceLock<T> {}
    impl<T: fmt::Debug> fmt::Debug for OnceLock<T> {}
    impl<T: Clone> Clone for OnceLock<T> {}
    impl<T> From<T> for OnceLock<T> {}
    impl<T: PartialEq> PartialEq for OnceLock<T> {}
    impl<T: Eq> Eq for OnceLock<T> {}

    pub mod mpsc {
        use crate::fmt;
        use crate::time::Duration;

        pub fn channel<T>() -> (Sender<T>, Receiver<T>);
        pub fn sync_channel<T>(bound: usize) -> (SyncSender<T>, Receiver<T>);

        pub struct Sender<T> {}
        unsafe impl<T: Send> Send for Sender<T> {}
        unsafe impl<T: Send> Sync for Sender<T> {}
        impl<T> Sender<T> {
            pub fn send(&self, t: T) -> Result<(), SendError<T>>;
        }
        impl<T> Clone for Sender<T> {}
        impl<T> fmt::Debug for Sender<T> {}

        pub struct SyncSender<T> {}
        unsafe impl<T: Send> Send for SyncSender<T> {}
        unsafe impl<T: Send> Sync for SyncSender<T> {}
        impl<T> SyncSender<T> {
            pub fn send(&self, t: T) -> Result<(), SendError<T>>;
            pub fn try_send(&self, t: T) -> Result<(), TrySendError<T>>;
        }
        impl<T> Clone for SyncSender<T> {}
        impl<T> fmt::Debug for SyncSender<T> {}

        pub struct Receiver<T> {}
        unsafe impl<T: Send> Send for Receiver<T> {}
        impl<T> !Sync for Receiver<T> {}
        impl<T> Receiver<T> {
            pub fn try_recv(&self) -> Result<T, TryRecvError>;
            pub fn recv(&self) -> Result<T, RecvError>;
            pub fn recv_timeout(&self, timeout: Duration) -> Result<T, RecvTimeoutError>;
            pub fn iter(&self) -> Iter<'_, T>;
            pub fn try_iter(&self) -> TryIter<'_, T>;
        }
        impl<T> fmt::Debug for Receiver<T> {}
        impl<'a, T> IntoIterator for &'a Receiver<T> {
            type Item = T;
            type IntoIter = Iter<'a, T>;
        }
        impl<T> IntoIterator for Receiver<T> {
            type Item = T;
            type IntoIter = IntoIter<T>;
        }

        #[derive(Debug)]
        pub struct Iter<'a, T: 'a> {}
        impl<T> !Send for Iter<'_, T> {}
        impl<T> !Sync for Iter<'_, T> {}
        impl<'a, T> Iterator for Iter<'a, T> { type Item = T; }
        #[derive(Debug)]
        pub struct TryIter<'a, T: 'a> {}
        impl<T> !Send for TryIter<'_, T> {}
        impl<T> !Sync for TryIter<'_, T> {}
        impl<'a, T> Iterator for TryIter<'a, T> { type Item = T; }
        #[derive(Debug)]
        pub struct IntoIter<T> {}
        impl<T> !Sync for IntoIter<T> {}
        impl<T> Iterator for IntoIter<T> { type Item = T; }

        #[derive(PartialEq, Eq, Clone, Copy)]
        pub struct SendError<T>(pub T);
        impl<T> fmt::Debug for SendError<T> {}
        impl<T> fmt::Display for SendError<T> {}
        impl<T> crate::error::Error for SendError<T> {}

        #[derive(PartialEq, Eq, Clone, Copy, Debug)]
        pub struct RecvError;
        impl fmt::Display for RecvError {}
        impl crate::error::Error for RecvError {}

        #[derive(PartialEq, Eq, Clone, Copy, Debug)]
        pub enum TryRecvError {
            Empty,
            Disconnected,
        }
        impl fmt::Display for TryRecvError {}
        impl crate::error::Error for TryRecvError {}
        impl From<RecvError> for TryRecvError {}

        #[derive(PartialEq, Eq, Clone, Copy, Debug)]
        pub enum RecvTimeoutError {
            Timeout,
            Disconnected,
        }
        impl fmt::Display for RecvTimeoutError {}
        impl crate::error::Error for RecvTimeoutError {}
        impl From<RecvError> for RecvTimeoutError {}

        #[derive(PartialEq, Eq, Clone, Copy)]
        pub enum TrySendError<T> {
            Full(T),
            Disconnected(T),
        }
        impl<T> fmt::Debug for TrySendError<T> {}
        impl<T> fmt::Display for TrySendError<T> {}
        impl<T> crate::error::Error for TrySendError<T> {}
        impl<T> From<SendError<T>> for TrySendError<T> {}
    }

    pub mod atomic {
        #[derive(Copy, Clone, Debug, Eq, PartialEq, Hash)]
        #[non_exhaustive]
        pub enum Ordering {
            Relaxed,
            Release,
            Acquire,
            AcqRel,
            SeqCst,
        }
        pub fn fence(order: Ordering);

        pub struct AtomicBool {}
        impl AtomicBool {
            pub fn new(v: bool) -> AtomicBool;
            pub fn get_mut(&mut self) -> &mut bool;
            pub fn into_inner(self) -> bool;
            pub fn load(&self, order: Ordering) -> bool;
            pub fn store(&self, val: bool, order: Ordering);
            pub fn swap(&self, val: bool, order: Ordering) -> bool;
            pub fn compare_exchange(&self, current: bool, new: bool, success: Ordering, failure: Ordering) -> Result<bool, bool>;
            pub fn fetch_and(&self, val: bool, order: Ordering) -> bool;
            pub fn fetch_or(&self, val: bool, order: Ordering) -> bool;
            pub fn fetch_xor(&self, val: bool, order: Ordering) -> bool;
            pub fn fetch_not(&self, order: Ordering) -> bool;
        }
        impl Default for AtomicBool {}
        impl From<bool> for AtomicBool {}
        impl crate::fmt::Debug for AtomicBool {}

        pub struct AtomicI8 {}
        impl AtomicI8 {
            pub fn new(v: i8) -> AtomicI8;
            pub fn get_mut(&mut self) -> &mut i8;
            pub fn into_inner(self) -> i8;
            pub fn load(&self, order: Ordering) -> i8;
            pub fn store(&self, val: i8, order: Ordering);
            pub fn swap(&self, val: i8, order: Ordering) -> i8;
            pub fn compare_exchange(&self, current: i8, new: i8, success: Ordering, failure: Ordering) -> Result<i8, i8>;
            pub fn fetch_add(&self, val: i8, order: Ordering) -> i8;
            pub fn fetch_sub(&self, val: i8, order: Ordering) -> i8;
            pub fn fetch_and(&self, val: i8, order: Ordering) -> i8;
            pub fn fetch_or(&self, val: i8, order: Ordering) -> i8;
            pub fn fetch_xor(&self, val: i8, order: Ordering) -> i8;
            pub fn fetch_max(&self, val: i8, order: Ordering) -> i8;
            pub fn fetch_min(&self, val: i8, order: Ordering) -> i8;
        }
        impl Default for AtomicI8 {}
        impl From<i8> for AtomicI8 {}
        impl crate::fmt::Debug for AtomicI8 {}

        pub struct AtomicU8 {}
        impl AtomicU8 {
            pub fn new(v: u8) -> AtomicU8;
            pub fn get_mut(&mut self) -> &mut u8;
            pub fn into_inner(self) -> u8;
            pub fn load(&self, order: Ordering) -> u8;
            pub fn store(&self, val: u8, order: Ordering);
            pub fn swap(&self, val: u8, order: Ordering) -> u8;
            pub fn compare_exchange(&self, current: u8, new: u8, success: Ordering, failure: Ordering) -> Result<u8, u8>;
            pub fn fetch_add(&self, val: u8, order: Ordering) -> u8;
            pub fn fetch_sub(&self, val: u8, order: Ordering) -> u8;
            pub fn fetch_and(&self, val: u8, order: Ordering) -> u8;
            pub fn fetch_or(&self, val: u8, order: Ordering) -> u8;
            pub fn fetch_xor(&self, val: u8, order: Ordering) -> u8;
            pub fn fetch_max(&self, val: u8, order: Ordering) -> u8;
            pub fn fetch_min(&self, val: u8, order: Ordering) -> u8;
        }
        impl Default for AtomicU8 {}
        impl From<u8> for AtomicU8 {}
        impl crate::fmt::Debug for AtomicU8 {}

        pub struct AtomicI16 {}
        impl AtomicI16 {
            pub fn new(v: i16) -> AtomicI16;
            pub fn get_mut(&mut self) -> &mut i16;
            pub fn into_inner(self) -> i16;
            pub fn load(&self, order: Ordering) -> i16;
            pub fn store(&self, val: i16, order: Ordering);
            pub fn swap(&self, val: i16, order: Ordering) -> i16;
            pub fn compare_exchange(&self, current: i16, new: i16, success: Ordering, failure: Ordering) -> Result<i16, i16>;
            pub fn fetch_add(&self, val: i16, order: Ordering) -> i16;
            pub fn fetch_sub(&self, val: i16, order: Ordering) -> i16;
            pub fn fetch_and(&self, val: i16, order: Ordering) -> i16;
            pub fn fetch_or(&self, val: i16, order: Ordering) -> i16;
            pub fn fetch_xor(&self, val: i16, order: Ordering) -> i16;
            pub fn fetch_max(&self, val: i16, order: Ordering) -> i16;
            pub fn fetch_min(&self, val: i16, order: Ordering) -> i16;
        }
        impl Default for AtomicI16 {}
        impl From<i16> for AtomicI16 {}
        impl crate::fmt::Debug for AtomicI16 {}

        pub struct AtomicU16 {}
        impl AtomicU16 {
            pub fn new(v: u16) -> AtomicU16;
            pub fn get_mut(&mut self) -> &mut u16;
            pub fn into_inner(self) -> u16;
            pub fn load(&self, order: Ordering) -> u16;
            pub fn store(&self, val: u16, order: Ordering);
            pub fn swap(&self, val: u16, order: Ordering) -> u16;
            pub fn compare_exchange(&self, current: u16, new: u16, success: Ordering, failure: Ordering) -> Result<u16, u16>;
            pub fn fetch_add(&self, val: u16, order: Ordering) -> u16;
            pub fn fetch_sub(&self, val: u16, order: Ordering) -> u16;
            pub fn fetch_and(&self, val: u16, order: Ordering) -> u16;
            pub fn fetch_or(&self, val: u16, order: Ordering) -> u16;
            pub fn fetch_xor(&self, val: u16, order: Ordering) -> u16;
            pub fn fetch_max(&self, val: u16, order: Ordering) -> u16;
            pub fn fetch_min(&self, val: u16, order: Ordering) -> u16;
        }
        impl Default for AtomicU16 {}
        impl From<u16> for AtomicU16 {}
        impl crate::fmt::Debug for AtomicU16 {}

        pub struct AtomicI32 {}
        impl AtomicI32 {
            pub fn new(v: i32) -> AtomicI32;
            pub fn get_mut(&mut self) -> &mut i32;
            pub fn into_inner(self) -> i32;
            pub fn load(&self, order: Ordering) -> i32;
            pub fn store(&self, val: i32, order: Ordering);
            pub fn swap(&self, val: i32, order: Ordering) -> i32;
            pub fn compare_exchange(&self, current: i32, new: i32, success: Ordering, failure: Ordering) -> Result<i32, i32>;
            pub fn fetch_add(&self, val: i32, order: Ordering) -> i32;
            pub fn fetch_sub(&self, val: i32, order: Ordering) -> i32;
            pub fn fetch_and(&self, val: i32, order: Ordering) -> i32;
            pub fn fetch_or(&self, val: i32, order: Ordering) -> i32;
            pub fn fetch_xor(&self, val: i32, order: Ordering) -> i32;
            pub fn fetch_max(&self, val: i32, order: Ordering) -> i32;
            pub fn fetch_min(&self, val: i32, order: Ordering) -> i32;
        }
        impl Default for AtomicI32 {}
        impl From<i32> for AtomicI32 {}
        impl crate::fmt::Debug for AtomicI32 {}

        pub struct AtomicU32 {}
        impl AtomicU32 {
            pub fn new(v: u32) -> AtomicU32;
            pub fn get_mut(&mut self) -> &mut u32;
            pub fn into_inner(self) -> u32;
            pub fn load(&self, order: Ordering) -> u32;
            pub fn store(&self, val: u32, order: Ordering);
            pub fn swap(&self, val: u32, order: Ordering) -> u32;
            pub fn compare_exchange(&self, current: u32, new: u32, success: Ordering, failure: Ordering) -> Result<u32, u32>;
            pub fn fetch_add(&self, val: u32, order: Ordering) -> u32;
            pub fn fetch_sub(&self, val: u32, order: Ordering) -> u32;
            pub fn fetch_and(&self, val: u32, order: Ordering) -> u32;
            pub fn fetch_or(&self, val: u32, order: Ordering) -> u32;
            pub fn fetch_xor(&self, val: u32, order: Ordering) -> u32;
            pub fn fetch_max(&self, val: u32, order: Ordering) -> u32;
            pub fn fetch_min(&self, val: u32, order: Ordering) -> u32;
        }
        impl Default for AtomicU32 {}
        impl From<u32> for AtomicU32 {}
        impl crate::fmt::Debug for AtomicU32 {}

        pub struct AtomicI64 {}
        impl AtomicI64 {
            pub fn new(v: i64) -> AtomicI64;
            pub fn get_mut(&mut self) -> &mut i64;
            pub fn into_inner(self) -> i64;
            pub fn load(&self, order: Ordering) -> i64;
            pub fn store(&self, val: i64, order: Ordering);
            pub fn swap(&self, val: i64, order: Ordering) -> i64;
            pub fn compare_exchange(&self, current: i64, new: i64, success: Ordering, failure: Ordering) -> Result<i64, i64>;
            pub fn fetch_add(&self, val: i64, order: Ordering) -> i64;
            pub fn fetch_sub(&self, val: i64, order: Ordering) -> i64;
            pub fn fetch_and(&self, val: i64, order: Ordering) -> i64;
            pub fn fetch_or(&self, val: i64, order: Ordering) -> i64;
            pub fn fetch_xor(&self, val: i64, order: Ordering) -> i64;
            pub fn fetch_max(&self, val: i64, order: Ordering) -> i64;
            pub fn fetch_min(&self, val: i64, order: Ordering) -> i64;
        }
        impl Default for AtomicI64 {}
        impl From<i64> for AtomicI64 {}
        impl crate::fmt::Debug for AtomicI64 {}

        pub struct AtomicU64 {}
        impl AtomicU64 {
            pub fn new(v: u64) -> AtomicU64;
            pub fn get_mut(&mut self) -> &mut u64;
            pub fn into_inner(self) -> u64;
            pub fn load(&self, order: Ordering) -> u64;
            pub fn store(&self, val: u64, order: Ordering);
            pub fn swap(&self, val: u64, order: Ordering) -> u64;
            pub fn compare_exchange(&self, current: u64, new: u64, success: Ordering, failure: Ordering) -> Result<u64, u64>;
            pub fn fetch_add(&self, val: u64, order: Ordering) -> u64;
            pub fn fetch_sub(&self, val: u64, order: Ordering) -> u64;
            pub fn fetch_and(&self, val: u64, order: Ordering) -> u64;
            pub fn fetch_or(&self, val: u64, order: Ordering) -> u64;
            pub fn fetch_xor(&self, val: u64, order: Ordering) -> u64;
            pub fn fetch_max(&self, val: u64, order: Ordering) -> u64;
            pub fn fetch_min(&self, val: u64, order: Ordering) -> u64;
        }
        impl Default for AtomicU64 {}
        impl From<u64> for AtomicU64 {}
        impl crate::fmt::Debug for AtomicU64 {}

        pub struct AtomicIsize {}
        impl AtomicIsize {
            pub fn new(v: isize) -> AtomicIsize;
            pub fn get_mut(&mut self) -> &mut isize;
            pub fn into_inner(self) -> isize;
            pub fn load(&self, order: Ordering) -> isize;
            pub fn store(&self, val: isize, order: Ordering);
            pub fn swap(&self, val: isize, order: Ordering) -> isize;
            pub fn compare_exchange(&self, current: isize, new: isize, success: Ordering, failure: Ordering) -> Result<isize, isize>;
            pub fn fetch_add(&self, val: isize, order: Ordering) -> isize;
            pub fn fetch_sub(&self, val: isize, order: Ordering) -> isize;
            pub fn fetch_and(&self, val: isize, order: Ordering) -> isize;
            pub fn fetch_or(&self, val: isize, order: Ordering) -> isize;
            pub fn fetch_xor(&self, val: isize, order: Ordering) -> isize;
            pub fn fetch_max(&self, val: isize, order: Ordering) -> isize;
            pub fn fetch_min(&self, val: isize, order: Ordering) -> isize;
        }
        impl Default for AtomicIsize {}
        impl From<isize> for AtomicIsize {}
        impl crate::fmt::Debug for AtomicIsize {}

        pub struct AtomicUsize {}
        impl AtomicUsize {
            pub fn new(v: usize) -> AtomicUsize;
            pub fn get_mut(&mut self) -> &mut usize;
            pub fn into_inner(self) -> usize;
            pub fn load(&self, order: Ordering) -> usize;
            pub fn store(&self, val: usize, order: Ordering);
            pub fn swap(&self, val: usize, order: Ordering) -> usize;
            pub fn compare_exchange(&self, current: usize, new: usize, success: Ordering, failure: Ordering) -> Result<usize, usize>;
            pub fn fetch_add(&self, val: usize, order: Ordering) -> usize;
            pub fn fetch_sub(&self, val: usize, order: Ordering) -> usize;
            pub fn fetch_and(&self, val: usize, order: Ordering) -> usize;
            pub fn fetch_or(&self, val: usize, order: Ordering) -> usize;
            pub fn fetch_xor(&self, val: usize, order: Ordering) -> usize;
            pub fn fetch_max(&self, val: usize, order: Ordering) -> usize;
            pub fn fetch_min(&self, val: usize, order: Ordering) -> usize;
        }
        impl Default for AtomicUsize {}
        impl From<usize> for AtomicUsize {}
        impl crate::fmt::Debug for AtomicUsize {}
    }
}
