// std::hash: Hash, Hasher, BuildHasher and the impls for the primitive types.
pub mod hash {
    #[lang = "Hash"]
    pub trait Hash {
        fn hash<H: Hasher>(&self, state: &mut H);
        fn hash_slice<H: Hasher>(data: &[Self], state: &mut H) where Self: Sized;
    }
    pub trait Hasher {
        fn finish(&self) -> u64;
        fn write(&mut self, bytes: &[u8]);
        fn write_u8(&mut self, i: u8);
        fn write_u16(&mut self, i: u16);
        fn write_u32(&mut self, i: u32);
        fn write_u64(&mut self, i: u64);
        fn write_u128(&mut self, i: u128);
        fn write_usize(&mut self, i: usize);
        fn write_i8(&mut self, i: i8);
        fn write_i16(&mut self, i: i16);
        fn write_i32(&mut self, i: i32);
        fn write_i64(&mut self, i: i64);
        fn write_i128(&mut self, i: i128);
        fn write_isize(&mut self, i: isize);
    }
    impl<H: Hasher + ?Sized> Hasher for &mut H {}
    pub trait BuildHasher {
        type Hasher: Hasher;
        fn build_hasher(&self) -> Self::Hasher;
        fn hash_one<T: Hash>(&self, x: T) -> u64 where Self: Sized;
    }
    pub struct BuildHasherDefault<H> {}
    impl<H> BuildHasherDefault<H> {
        pub fn new() -> BuildHasherDefault<H>;
    }
    impl<H: Default + Hasher> BuildHasher for BuildHasherDefault<H> { type Hasher = H; }
    impl<H> Clone for BuildHasherDefault<H> {}
    impl<H> Default for BuildHasherDefault<H> {}
    impl<H> crate::fmt::Debug for BuildHasherDefault<H> {}
    unsafe impl<H> Send for BuildHasherDefault<H> {}
    unsafe impl<H> Sync for BuildHasherDefault<H> {}

    pub use crate::collections::hash_map::{DefaultHasher, RandomState};

    #[each_int]
    impl Hash for Int {}
    impl Hash for bool {}
    impl Hash for char {}
    impl Hash for str {}
    impl Hash for () {}
    impl<T: ?Sized + Hash> Hash for &T {}
    impl<T: ?Sized + Hash> Hash for &mut T {}
    impl<T: ?Sized> Hash for *const T {}
    impl<T: ?Sized> Hash for *mut T {}
    impl<T: Hash> Hash for [T] {}
    impl<T: Hash, const N: usize> Hash for [T; N] {}
    #[each_tuple]
    impl<T: Hash> Hash for (T,) {}
}
