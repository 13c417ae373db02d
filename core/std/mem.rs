// std::mem (swap, replace, take, drop, size_of ...) and std::any (Any, TypeId, type_name).
pub mod mem {
    pub fn forget<T>(t: T);
    pub fn size_of<T>() -> usize;
    pub fn size_of_val<T: ?Sized>(val: &T) -> usize;
    pub fn align_of<T>() -> usize;
    pub fn align_of_val<T: ?Sized>(val: &T) -> usize;
    pub fn needs_drop<T: ?Sized>() -> bool;
    pub unsafe fn zeroed<T>() -> T;
    pub fn swap<T>(x: &mut T, y: &mut T);
    pub fn take<T: Default>(dest: &mut T) -> T;
    pub fn replace<T>(dest: &mut T, src: T) -> T;
    pub fn drop<T>(_x: T);
    pub unsafe fn transmute_copy<Src, Dst>(src: &Src) -> Dst;
    pub fn discriminant<T>(v: &T) -> Discriminant<T>;

    pub struct Discriminant<T> {}
    impl<T> Copy for Discriminant<T> {}
    impl<T> Clone for Discriminant<T> {}
    impl<T> PartialEq for Discriminant<T> {}
    impl<T> Eq for Discriminant<T> {}
    impl<T> crate::hash::Hash for Discriminant<T> {}
    impl<T> crate::fmt::Debug for Discriminant<T> {}
    unsafe impl<T> Send for Discriminant<T> {}
    unsafe impl<T> Sync for Discriminant<T> {}
}

pub mod any {
    use crate::fmt;

    pub trait Any: 'static {
        fn type_id(&self) -> TypeId;
    }
    impl<T: 'static + ?Sized> Any for T {}
    impl dyn Any {
        pub fn is<T: Any>(&self) -> bool;
        pub fn downcast_ref<T: Any>(&self) -> Option<&T>;
        pub fn downcast_mut<T: Any>(&mut self) -> Option<&mut T>;
    }
    impl dyn Any + Send {
        pub fn is<T: Any>(&self) -> bool;
        pub fn downcast_ref<T: Any>(&self) -> Option<&T>;
        pub fn downcast_mut<T: Any>(&mut self) -> Option<&mut T>;
    }
    impl fmt::Debug for dyn Any {}
    impl fmt::Debug for dyn Any + Send {}
    impl fmt::Debug for dyn Any + Send + Sync {}

    #[derive(Clone, Copy, Eq, PartialEq, PartialOrd, Ord, Debug, Hash)]
    pub struct TypeId {}
    impl TypeId {
        pub fn of<T: ?Sized + 'static>() -> TypeId;
    }
    pub fn type_name<T: ?Sized>() -> &'static str;
    pub fn type_name_of_val<T: ?Sized>(_val: &T) -> &'static str;
}
