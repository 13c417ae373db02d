// std::collections: HashMap, HashSet, BTreeMap, BTreeSet, VecDeque,
// BinaryHeap and their entry APIs and iterators. The hasher parameter S of
// HashMap/HashSet (default RandomState) and every allocator parameter are
// left out: HashMap<K, V> is HashMap<K, V, RandomState>.
pub mod collections {
    pub use self::binary_heap::BinaryHeap;
    pub use self::btree_map::BTreeMap;
    pub use self::btree_set::BTreeSet;
    pub use self::hash_map::HashMap;
    pub use self::hash_set::HashSet;
    pub use self::vec_deque::VecDeque;

    pub mod hash_map {
        use crate::borrow::Borrow;
        use crate::fmt::{self, Debug};
        use crate::hash::{BuildHasher, Hash, Hasher};
        use crate::iter::{ExactSizeIterator, FusedIterator};
        use crate::ops::Index;

        #[lang = "HashMap"]
        pub struct HashMap<K, V> {}

        impl<K, V> HashMap<K, V> {
            pub fn new() -> HashMap<K, V>;
            pub fn with_capacity(capacity: usize) -> HashMap<K, V>;
            pub fn capacity(&self) -> usize;
            pub fn keys(&self) -> Keys<'_, K, V>;
            pub fn into_keys(self) -> IntoKeys<K, V>;
            pub fn values(&self) -> Values<'_, K, V>;
            pub fn values_mut(&mut self) -> ValuesMut<'_, K, V>;
            pub fn into_values(self) -> IntoValues<K, V>;
            pub fn iter(&self) -> Iter<'_, K, V>;
            pub fn iter_mut(&mut self) -> IterMut<'_, K, V>;
            pub fn len(&self) -> usize;
            pub fn is_empty(&self) -> bool;
            pub fn drain(&mut self) -> Drain<'_, K, V>;
            pub fn extract_if<F>(&mut self, pred: F) -> ExtractIf<'_, K, V, F> where F: FnMut(&K, &mut V) -> bool;
            pub fn retain<F>(&mut self, f: F) where F: FnMut(&K, &mut V) -> bool;
            pub fn clear(&mut self);
            pub fn hasher(&self) -> &RandomState;
        }
        impl<K: Eq + Hash, V> HashMap<K, V> {
            pub fn reserve(&mut self, additional: usize);
            pub fn shrink_to_fit(&mut self);
            pub fn shrink_to(&mut self, min_capacity: usize);
            pub fn entry(&mut self, key: K) -> Entry<'_, K, V>;
            pub fn get<Q: ?Sized>(&self, k: &Q) -> Option<&V> where K: Borrow<Q>, Q: Hash + Eq;
            pub fn get_key_value<Q: ?Sized>(&self, k: &Q) -> Option<(&K, &V)> where K: Borrow<Q>, Q: Hash + Eq;
            pub fn contains_key<Q: ?Sized>(&self, k: &Q) -> bool where K: Borrow<Q>, Q: Hash + Eq;
            pub fn get_mut<Q: ?Sized>(&mut self, k: &Q) -> Option<&mut V> where K: Borrow<Q>, Q: Hash + Eq;
            pub fn insert(&mut self, k: K, v: V) -> Option<V>;
            pub fn remove<Q: ?Sized>(&mut self, k: &Q) -> Option<V> where K: Borrow<Q>, Q: Hash + Eq;
            pub fn remove_entry<Q: ?Sized>(&mut self, k: &Q) -> Option<(K, V)> where K: Borrow<Q>, Q: Hash + Eq;
        }

        impl<K: Clone, V: Clone> Clone for HashMap<K, V> {}
        impl<K, V> PartialEq for HashMap<K, V> where K: Eq + Hash, V: PartialEq {}
        impl<K, V> Eq for HashMap<K, V> where K: Eq + Hash, V: Eq {}
        impl<K, V> Debug for HashMap<K, V> where K: Debug, V: Debug {}
        impl<K, V> Default for HashMap<K, V> {}
        // std: impl<K, Q: ?Sized, V, S> Index<&Q> for HashMap<K, V, S> (S: BuildHasher)
        impl<K, Q: ?Sized, V> Index<&Q> for HashMap<K, V> where K: Eq + Hash + Borrow<Q>, Q: Eq + Hash { type Output = V; }
        impl<K, V, const N: usize> From<[(K, V); N]> for HashMap<K, V> where K: Eq + Hash {}
        impl<K, V> FromIterator<(K, V)> for HashMap<K, V> where K: Eq + Hash {}
        impl<K, V> Extend<(K, V)> for HashMap<K, V> where K: Eq + Hash {}
        impl<'a, K, V> Extend<(&'a K, &'a V)> for HashMap<K, V> where K: Eq + Hash + Copy, V: Copy {}

        impl<'a, K, V> IntoIterator for &'a HashMap<K, V> {
            type Item = (&'a K, &'a V);
            type IntoIter = Iter<'a, K, V>;
        }
        impl<'a, K, V> IntoIterator for &'a mut HashMap<K, V> {
            type Item = (&'a K, &'a mut V);
            type IntoIter = IterMut<'a, K, V>;
        }
        impl<K, V> IntoIterator for HashMap<K, V> {
            type Item = (K, V);
            type IntoIter = IntoIter<K, V>;
        }

        pub struct Iter<'a, K, V> {}
        unsafe impl<K: Sync, V: Sync> Send for Iter<'_, K, V> {}
        unsafe impl<K: Sync, V: Sync> Sync for Iter<'_, K, V> {}
        impl<'a, K, V> Iterator for Iter<'a, K, V> { type Item = (&'a K, &'a V); }
        impl<K, V> ExactSizeIterator for Iter<'_, K, V> {}
        impl<K, V> FusedIterator for Iter<'_, K, V> {}
        impl<K, V> Clone for Iter<'_, K, V> {}
        impl<K, V> Default for Iter<'_, K, V> {}
        impl<K: Debug, V: Debug> fmt::Debug for Iter<'_, K, V> {}
        pub struct IterMut<'a, K, V> {}
        impl<'a, K, V> Iterator for IterMut<'a, K, V> { type Item = (&'a K, &'a mut V); }
        impl<K, V> ExactSizeIterator for IterMut<'_, K, V> {}
        impl<K, V> FusedIterator for IterMut<'_, K, V> {}
        impl<K, V> Default for IterMut<'_, K, V> {}
        impl<K: Debug, V: Debug> fmt::Debug for IterMut<'_, K, V> {}
        pub struct IntoIter<K, V> {}
        impl<K, V> Iterator for IntoIter<K, V> { type Item = (K, V); }
        impl<K, V> ExactSizeIterator for IntoIter<K, V> {}
        impl<K, V> FusedIterator for IntoIter<K, V> {}
        impl<K, V> Default for IntoIter<K, V> {}
        impl<K: Debug, V: Debug> fmt::Debug for IntoIter<K, V> {}
        pub struct Keys<'a, K, V> {}
        unsafe impl<K: Sync, V: Sync> Send for Keys<'_, K, V> {}
        unsafe impl<K: Sync, V: Sync> Sync for Keys<'_, K, V> {}
        impl<'a, K, V> Iterator for Keys<'a, K, V> { type Item = &'a K; }
        impl<K, V> ExactSizeIterator for Keys<'_, K, V> {}
        impl<K, V> FusedIterator for Keys<'_, K, V> {}
        impl<K, V> Clone for Keys<'_, K, V> {}
        impl<K, V> Default for Keys<'_, K, V> {}
        impl<K: Debug, V> fmt::Debug for Keys<'_, K, V> {}
        pub struct Values<'a, K, V> {}
        unsafe impl<K: Sync, V: Sync> Send for Values<'_, K, V> {}
        unsafe impl<K: Sync, V: Sync> Sync for Values<'_, K, V> {}
        impl<'a, K, V> Iterator for Values<'a, K, V> { type Item = &'a V; }
        impl<K, V> ExactSizeIterator for Values<'_, K, V> {}
        impl<K, V> FusedIterator for Values<'_, K, V> {}
        impl<K, V> Clone for Values<'_, K, V> {}
        impl<K, V> Default for Values<'_, K, V> {}
        impl<K, V: Debug> fmt::Debug for Values<'_, K, V> {}
        pub struct ValuesMut<'a, K, V> {}
        impl<'a, K, V> Iterator for ValuesMut<'a, K, V> { type Item = &'a mut V; }
        impl<K, V> ExactSizeIterator for ValuesMut<'_, K, V> {}
        impl<K, V> FusedIterator for ValuesMut<'_, K, V> {}
        impl<K, V> Default for ValuesMut<'_, K, V> {}
        impl<K, V: Debug> fmt::Debug for ValuesMut<'_, K, V> {}
        pub struct IntoKeys<K, V> {}
        impl<K, V> Iterator for IntoKeys<K, V> { type Item = K; }
        impl<K, V> ExactSizeIterator for IntoKeys<K, V> {}
        impl<K, V> FusedIterator for IntoKeys<K, V> {}
        impl<K, V> Default for IntoKeys<K, V> {}
        impl<K: Debug, V> fmt::Debug for IntoKeys<K, V> {}
        pub struct IntoValues<K, V> {}
        impl<K, V> Iterator for IntoValues<K, V> { type Item = V; }
        impl<K, V> ExactSizeIterator for IntoValues<K, V> {}
        impl<K, V> FusedIterator for IntoValues<K, V> {}
        impl<K, V> Default for IntoValues<K, V> {}
        impl<K, V: Debug> fmt::Debug for IntoValues<K, V> {}
        pub struct Drain<'a, K, V> {}
        impl<'a, K, V> Iterator for Drain<'a, K, V> { type Item = (K, V); }
        impl<K, V> ExactSizeIterator for Drain<'_, K, V> {}
        impl<K, V> FusedIterator for Drain<'_, K, V> {}
        impl<K: Debug, V: Debug> fmt::Debug for Drain<'_, K, V> {}
        pub struct ExtractIf<'a, K, V, F> {}
        impl<K, V, F> Iterator for ExtractIf<'_, K, V, F> where F: FnMut(&K, &mut V) -> bool { type Item = (K, V); }
        impl<K, V, F> FusedIterator for ExtractIf<'_, K, V, F> where F: FnMut(&K, &mut V) -> bool {}

        #[lang = "HashMapEntry"]
        pub enum Entry<'a, K: 'a, V: 'a> {
            Occupied(OccupiedEntry<'a, K, V>),
            Vacant(VacantEntry<'a, K, V>),
        }
        impl<K: Debug, V: Debug> Debug for Entry<'_, K, V> {}
        impl<'a, K, V> Entry<'a, K, V> {
            pub fn or_insert(self, default: V) -> &'a mut V;
            pub fn or_insert_with<F: FnOnce() -> V>(self, default: F) -> &'a mut V;
            pub fn or_insert_with_key<F: FnOnce(&K) -> V>(self, default: F) -> &'a mut V;
            pub fn key(&self) -> &K;
            pub fn and_modify<F>(self, f: F) -> Entry<'a, K, V> where F: FnOnce(&mut V);
            pub fn insert_entry(self, value: V) -> OccupiedEntry<'a, K, V>;
        }
        impl<'a, K, V: Default> Entry<'a, K, V> {
            pub fn or_default(self) -> &'a mut V;
        }
        pub struct OccupiedEntry<'a, K: 'a, V: 'a> {}
        impl<K: Debug, V: Debug> Debug for OccupiedEntry<'_, K, V> {}
        impl<'a, K, V> OccupiedEntry<'a, K, V> {
            pub fn key(&self) -> &K;
            pub fn remove_entry(self) -> (K, V);
            pub fn get(&self) -> &V;
            pub fn get_mut(&mut self) -> &mut V;
            pub fn into_mut(self) -> &'a mut V;
            pub fn insert(&mut self, value: V) -> V;
            pub fn remove(self) -> V;
        }
        pub struct VacantEntry<'a, K: 'a, V: 'a> {}
        impl<K: Debug, V> Debug for VacantEntry<'_, K, V> {}
        impl<'a, K: 'a, V: 'a> VacantEntry<'a, K, V> {
            pub fn key(&self) -> &K;
            pub fn into_key(self) -> K;
            pub fn insert(self, value: V) -> &'a mut V;
            pub fn insert_entry(self, value: V) -> OccupiedEntry<'a, K, V>;
        }

        #[derive(Clone)]
        pub struct RandomState {}
        impl RandomState {
            pub fn new() -> RandomState;
        }
        impl BuildHasher for RandomState { type Hasher = DefaultHasher; }
        impl Default for RandomState {}
        impl Debug for RandomState {}

        #[derive(Clone, Debug)]
        pub struct DefaultHasher {}
        impl DefaultHasher {
            pub fn new() -> DefaultHasher;
        }
        impl Default for DefaultHasher {}
        impl Hasher for DefaultHasher {}
    }

    pub mod hash_set {
        use crate::borrow::Borrow;
        use crate::fmt::{self, Debug};
        use crate::hash::{BuildHasher, Hash};
        use super::hash_map::RandomState;
        use crate::iter::{ExactSizeIterator, FusedIterator};
        use crate::ops::{BitAnd, BitOr, BitXor, Sub};

        #[lang = "HashSet"]
        pub struct HashSet<T> {}

        impl<T> HashSet<T> {
            pub fn new() -> HashSet<T>;
            pub fn with_capacity(capacity: usize) -> HashSet<T>;
            pub fn capacity(&self) -> usize;
            pub fn iter(&self) -> Iter<'_, T>;
            pub fn len(&self) -> usize;
            pub fn is_empty(&self) -> bool;
            pub fn drain(&mut self) -> Drain<'_, T>;
            pub fn retain<F>(&mut self, f: F) where F: FnMut(&T) -> bool;
            pub fn clear(&mut self);
        }
        impl<T: Eq + Hash> HashSet<T> {
            pub fn reserve(&mut self, additional: usize);
            pub fn shrink_to_fit(&mut self);
            pub fn difference<'a>(&'a self, other: &'a HashSet<T>) -> Difference<'a, T, RandomState>;
            pub fn symmetric_difference<'a>(&'a self, other: &'a HashSet<T>) -> SymmetricDifference<'a, T, RandomState>;
            pub fn intersection<'a>(&'a self, other: &'a HashSet<T>) -> Intersection<'a, T, RandomState>;
            pub fn union<'a>(&'a self, other: &'a HashSet<T>) -> Union<'a, T, RandomState>;
            pub fn contains<Q: ?Sized>(&self, value: &Q) -> bool where T: Borrow<Q>, Q: Hash + Eq;
            pub fn get<Q: ?Sized>(&self, value: &Q) -> Option<&T> where T: Borrow<Q>, Q: Hash + Eq;
            pub fn is_disjoint(&self, other: &HashSet<T>) -> bool;
            pub fn is_subset(&self, other: &HashSet<T>) -> bool;
            pub fn is_superset(&self, other: &HashSet<T>) -> bool;
            pub fn insert(&mut self, value: T) -> bool;
            pub fn replace(&mut self, value: T) -> Option<T>;
            pub fn remove<Q: ?Sized>(&mut self, value: &Q) -> bool where T: Borrow<Q>, Q: Hash + Eq;
            pub fn take<Q: ?Sized>(&mut self, value: &Q) -> Option<T> where T: Borrow<Q>, Q: Hash + Eq;
        }
        impl<T: Clone> Clone for HashSet<T> {}
        impl<T> PartialEq for HashSet<T> where T: Eq + Hash {}
        impl<T> Eq for HashSet<T> where T: Eq + Hash {}
        impl<T> Debug for HashSet<T> where T: Debug {}
        impl<T> Default for HashSet<T> {}
        impl<T> FromIterator<T> for HashSet<T> where T: Eq + Hash {}
        impl<T, const N: usize> From<[T; N]> for HashSet<T> where T: Eq + Hash {}
        impl<T> Extend<T> for HashSet<T> where T: Eq + Hash {}
        impl<'a, T> Extend<&'a T> for HashSet<T> where T: 'a + Eq + Hash + Copy {}
        impl<T> BitOr<&HashSet<T>> for &HashSet<T> where T: Eq + Hash + Clone { type Output = HashSet<T>; }
        impl<T> BitAnd<&HashSet<T>> for &HashSet<T> where T: Eq + Hash + Clone { type Output = HashSet<T>; }
        impl<T> BitXor<&HashSet<T>> for &HashSet<T> where T: Eq + Hash + Clone { type Output = HashSet<T>; }
        impl<T> Sub<&HashSet<T>> for &HashSet<T> where T: Eq + Hash + Clone { type Output = HashSet<T>; }
        impl<'a, T> IntoIterator for &'a HashSet<T> {
            type Item = &'a T;
            type IntoIter = Iter<'a, T>;
        }
        impl<T> IntoIterator for HashSet<T> {
            type Item = T;
            type IntoIter = IntoIter<T>;
        }

        pub struct Iter<'a, K: 'a> {}
        unsafe impl<K: Sync> Send for Iter<'_, K> {}
        unsafe impl<K: Sync> Sync for Iter<'_, K> {}
        impl<'a, K> Iterator for Iter<'a, K> { type Item = &'a K; }
        impl<K> ExactSizeIterator for Iter<'_, K> {}
        impl<K> FusedIterator for Iter<'_, K> {}
        impl<K> Clone for Iter<'_, K> {}
        impl<K> Default for Iter<'_, K> {}
        impl<K: Debug> Debug for Iter<'_, K> {}
        pub struct IntoIter<K> {}
        impl<K> Iterator for IntoIter<K> { type Item = K; }
        impl<K> ExactSizeIterator for IntoIter<K> {}
        impl<K> FusedIterator for IntoIter<K> {}
        impl<K> Default for IntoIter<K> {}
        impl<K: Debug> Debug for IntoIter<K> {}
        pub struct Drain<'a, K: 'a> {}
        impl<K> Iterator for Drain<'_, K> { type Item = K; }
        impl<K> ExactSizeIterator for Drain<'_, K> {}
        impl<K> FusedIterator for Drain<'_, K> {}
        impl<K: Debug> Debug for Drain<'_, K> {}

        pub struct Intersection<'a, T: 'a, S: 'a> {}
        impl<'a, T, S> Iterator for Intersection<'a, T, S> where T: Eq + Hash, S: BuildHasher { type Item = &'a T; }
        impl<T, S> FusedIterator for Intersection<'_, T, S> where T: Eq + Hash, S: BuildHasher {}
        impl<T, S> Clone for Intersection<'_, T, S> {}
        impl<T, S> Debug for Intersection<'_, T, S> where T: Debug + Eq + Hash, S: BuildHasher {}
        unsafe impl<T: Sync, S: Sync> Send for Intersection<'_, T, S> {}
        unsafe impl<T: Sync, S: Sync> Sync for Intersection<'_, T, S> {}
        pub struct Difference<'a, T: 'a, S: 'a> {}
        impl<'a, T, S> Iterator for Difference<'a, T, S> where T: Eq + Hash, S: BuildHasher { type Item = &'a T; }
        impl<T, S> FusedIterator for Difference<'_, T, S> where T: Eq + Hash, S: BuildHasher {}
        impl<T, S> Clone for Difference<'_, T, S> {}
        impl<T, S> Debug for Difference<'_, T, S> where T: Debug + Eq + Hash, S: BuildHasher {}
        unsafe impl<T: Sync, S: Sync> Send for Difference<'_, T, S> {}
        unsafe impl<T: Sync, S: Sync> Sync for Difference<'_, T, S> {}
        pub struct SymmetricDifference<'a, T: 'a, S: 'a> {}
        impl<'a, T, S> Iterator for SymmetricDifference<'a, T, S> where T: Eq + Hash, S: BuildHasher { type Item = &'a T; }
        impl<T, S> FusedIterator for SymmetricDifference<'_, T, S> where T: Eq + Hash, S: BuildHasher {}
        impl<T, S> Clone for SymmetricDifference<'_, T, S> {}
        impl<T, S> Debug for SymmetricDifference<'_, T, S> where T: Debug + Eq + Hash, S: BuildHasher {}
        unsafe impl<T: Sync, S: Sync> Send for SymmetricDifference<'_, T, S> {}
        unsafe impl<T: Sync, S: Sync> Sync for SymmetricDifference<'_, T, S> {}
        pub struct Union<'a, T: 'a, S: 'a> {}
        impl<'a, T, S> Iterator for Union<'a, T, S> where T: Eq + Hash, S: BuildHasher { type Item = &'a T; }
        impl<T, S> FusedIterator for Union<'_, T, S> where T: Eq + Hash, S: BuildHasher {}
        impl<T, S> Clone for Union<'_, T, S> {}
        impl<T, S> Debug for Union<'_, T, S> where T: Debug + Eq + Hash, S: BuildHasher {}
        unsafe impl<T: Sync, S: Sync> Send for Union<'_, T, S> {}
        unsafe impl<T: Sync, S: Sync> Sync for Union<'_, T, S> {}
    }

    pub mod btree_map {
        use crate::borrow::Borrow;
        use crate::fmt::{self, Debug};
        use crate::hash::Hash;
        use crate::iter::{DoubleEndedIterator, ExactSizeIterator, FusedIterator};
        use crate::ops::{Index, RangeBounds};

        #[lang = "BTreeMap"]
        pub struct BTreeMap<K, V> {}

        impl<K, V> BTreeMap<K, V> {
            pub fn new() -> BTreeMap<K, V>;
            pub fn clear(&mut self);
            pub fn get<Q: ?Sized>(&self, key: &Q) -> Option<&V> where K: Borrow<Q> + Ord, Q: Ord;
            pub fn get_key_value<Q: ?Sized>(&self, k: &Q) -> Option<(&K, &V)> where K: Borrow<Q> + Ord, Q: Ord;
            pub fn first_key_value(&self) -> Option<(&K, &V)> where K: Ord;
            pub fn first_entry(&mut self) -> Option<OccupiedEntry<'_, K, V>> where K: Ord;
            pub fn pop_first(&mut self) -> Option<(K, V)> where K: Ord;
            pub fn last_key_value(&self) -> Option<(&K, &V)> where K: Ord;
            pub fn last_entry(&mut self) -> Option<OccupiedEntry<'_, K, V>> where K: Ord;
            pub fn pop_last(&mut self) -> Option<(K, V)> where K: Ord;
            pub fn contains_key<Q: ?Sized>(&self, key: &Q) -> bool where K: Borrow<Q> + Ord, Q: Ord;
            pub fn get_mut<Q: ?Sized>(&mut self, key: &Q) -> Option<&mut V> where K: Borrow<Q> + Ord, Q: Ord;
            pub fn insert(&mut self, key: K, value: V) -> Option<V> where K: Ord;
            pub fn remove<Q: ?Sized>(&mut self, key: &Q) -> Option<V> where K: Borrow<Q> + Ord, Q: Ord;
            pub fn remove_entry<Q: ?Sized>(&mut self, key: &Q) -> Option<(K, V)> where K: Borrow<Q> + Ord, Q: Ord;
            pub fn retain<F>(&mut self, f: F) where K: Ord, F: FnMut(&K, &mut V) -> bool;
            pub fn append(&mut self, other: &mut BTreeMap<K, V>) where K: Ord;
            pub fn range<T: ?Sized, R>(&self, range: R) -> Range<'_, K, V> where T: Ord, K: Borrow<T> + Ord, R: RangeBounds<T>;
            pub fn range_mut<T: ?Sized, R>(&mut self, range: R) -> RangeMut<'_, K, V> where T: Ord, K: Borrow<T> + Ord, R: RangeBounds<T>;
            pub fn entry(&mut self, key: K) -> Entry<'_, K, V> where K: Ord;
            pub fn split_off<Q: ?Sized + Ord>(&mut self, key: &Q) -> BTreeMap<K, V> where K: Borrow<Q> + Ord;
            pub fn into_keys(self) -> IntoKeys<K, V>;
            pub fn into_values(self) -> IntoValues<K, V>;
            pub fn iter(&self) -> Iter<'_, K, V>;
            pub fn iter_mut(&mut self) -> IterMut<'_, K, V>;
            pub fn keys(&self) -> Keys<'_, K, V>;
            pub fn values(&self) -> Values<'_, K, V>;
            pub fn values_mut(&mut self) -> ValuesMut<'_, K, V>;
            pub fn len(&self) -> usize;
            pub fn is_empty(&self) -> bool;
        }
        impl<K: Clone, V: Clone> Clone for BTreeMap<K, V> {}
        impl<K: Hash, V: Hash> Hash for BTreeMap<K, V> {}
        impl<K, V> Default for BTreeMap<K, V> {}
        impl<K: PartialEq, V: PartialEq> PartialEq for BTreeMap<K, V> {}
        impl<K: Eq, V: Eq> Eq for BTreeMap<K, V> {}
        impl<K: PartialOrd, V: PartialOrd> PartialOrd for BTreeMap<K, V> {}
        impl<K: Ord, V: Ord> Ord for BTreeMap<K, V> {}
        impl<K: Debug, V: Debug> Debug for BTreeMap<K, V> {}
        impl<K, Q: ?Sized, V> Index<&Q> for BTreeMap<K, V> where K: Borrow<Q> + Ord, Q: Ord { type Output = V; }
        impl<K: Ord, V, const N: usize> From<[(K, V); N]> for BTreeMap<K, V> {}
        impl<K: Ord, V> FromIterator<(K, V)> for BTreeMap<K, V> {}
        impl<K: Ord, V> Extend<(K, V)> for BTreeMap<K, V> {}
        impl<'a, K: Ord + Copy, V: Copy> Extend<(&'a K, &'a V)> for BTreeMap<K, V> {}
        impl<'a, K, V> IntoIterator for &'a BTreeMap<K, V> {
            type Item = (&'a K, &'a V);
            type IntoIter = Iter<'a, K, V>;
        }
        impl<'a, K, V> IntoIterator for &'a mut BTreeMap<K, V> {
            type Item = (&'a K, &'a mut V);
            type IntoIter = IterMut<'a, K, V>;
        }
        impl<K, V> IntoIterator for BTreeMap<K, V> {
            type Item = (K, V);
            type IntoIter = IntoIter<K, V>;
        }

        pub struct Iter<'a, K: 'a, V: 'a> {}
        unsafe impl<K: Sync, V: Sync> Send for Iter<'_, K, V> {}
        unsafe impl<K: Sync, V: Sync> Sync for Iter<'_, K, V> {}
        impl<'a, K, V> Iterator for Iter<'a, K, V> { type Item = (&'a K, &'a V); }
        impl<'a, K, V> DoubleEndedIterator for Iter<'a, K, V> {}
        impl<K, V> ExactSizeIterator for Iter<'_, K, V> {}
        impl<K, V> FusedIterator for Iter<'_, K, V> {}
        impl<K, V> Clone for Iter<'_, K, V> {}
        impl<K, V> Default for Iter<'_, K, V> {}
        impl<K: Debug, V: Debug> Debug for Iter<'_, K, V> {}
        pub struct IterMut<'a, K: 'a, V: 'a> {}
        impl<'a, K, V> Iterator for IterMut<'a, K, V> { type Item = (&'a K, &'a mut V); }
        impl<'a, K, V> DoubleEndedIterator for IterMut<'a, K, V> {}
        impl<K, V> ExactSizeIterator for IterMut<'_, K, V> {}
        impl<K, V> FusedIterator for IterMut<'_, K, V> {}
        impl<K, V> Default for IterMut<'_, K, V> {}
        impl<K: Debug, V: Debug> Debug for IterMut<'_, K, V> {}
        pub struct IntoIter<K, V> {}
        impl<K, V> Iterator for IntoIter<K, V> { type Item = (K, V); }
        impl<K, V> DoubleEndedIterator for IntoIter<K, V> {}
        impl<K, V> ExactSizeIterator for IntoIter<K, V> {}
        impl<K, V> FusedIterator for IntoIter<K, V> {}
        impl<K, V> Default for IntoIter<K, V> {}
        impl<K: Debug, V: Debug> Debug for IntoIter<K, V> {}
        pub struct Keys<'a, K: 'a, V: 'a> {}
        unsafe impl<K: Sync, V: Sync> Send for Keys<'_, K, V> {}
        unsafe impl<K: Sync, V: Sync> Sync for Keys<'_, K, V> {}
        impl<'a, K, V> Iterator for Keys<'a, K, V> { type Item = &'a K; }
        impl<'a, K, V> DoubleEndedIterator for Keys<'a, K, V> {}
        impl<K, V> ExactSizeIterator for Keys<'_, K, V> {}
        impl<K, V> FusedIterator for Keys<'_, K, V> {}
        impl<K, V> Clone for Keys<'_, K, V> {}
        impl<K, V> Default for Keys<'_, K, V> {}
        impl<K: Debug, V> Debug for Keys<'_, K, V> {}
        pub struct Values<'a, K: 'a, V: 'a> {}
        unsafe impl<K: Sync, V: Sync> Send for Values<'_, K, V> {}
        unsafe impl<K: Sync, V: Sync> Sync for Values<'_, K, V> {}
        impl<'a, K, V> Iterator for Values<'a, K, V> { type Item = &'a V; }
        impl<'a, K, V> DoubleEndedIterator for Values<'a, K, V> {}
        impl<K, V> ExactSizeIterator for Values<'_, K, V> {}
        impl<K, V> FusedIterator for Values<'_, K, V> {}
        impl<K, V> Clone for Values<'_, K, V> {}
        impl<K, V> Default for Values<'_, K, V> {}
        impl<K, V: Debug> Debug for Values<'_, K, V> {}
        pub struct ValuesMut<'a, K: 'a, V: 'a> {}
        impl<'a, K, V> Iterator for ValuesMut<'a, K, V> { type Item = &'a mut V; }
        impl<'a, K, V> DoubleEndedIterator for ValuesMut<'a, K, V> {}
        impl<K, V> ExactSizeIterator for ValuesMut<'_, K, V> {}
        impl<K, V> FusedIterator for ValuesMut<'_, K, V> {}
        impl<K, V> Default for ValuesMut<'_, K, V> {}
        impl<K, V: Debug> Debug for ValuesMut<'_, K, V> {}
        pub struct IntoKeys<K, V> {}
        impl<K, V> Iterator for IntoKeys<K, V> { type Item = K; }
        impl<K, V> DoubleEndedIterator for IntoKeys<K, V> {}
        impl<K, V> ExactSizeIterator for IntoKeys<K, V> {}
        impl<K, V> FusedIterator for IntoKeys<K, V> {}
        impl<K, V> Default for IntoKeys<K, V> {}
        impl<K: Debug, V> Debug for IntoKeys<K, V> {}
        pub struct IntoValues<K, V> {}
        impl<K, V> Iterator for IntoValues<K, V> { type Item = V; }
        impl<K, V> DoubleEndedIterator for IntoValues<K, V> {}
        impl<K, V> ExactSizeIterator for IntoValues<K, V> {}
        impl<K, V> FusedIterator for IntoValues<K, V> {}
        impl<K, V> Default for IntoValues<K, V> {}
        impl<K, V: Debug> Debug for IntoValues<K, V> {}
        pub struct Range<'a, K: 'a, V: 'a> {}
        unsafe impl<K: Sync, V: Sync> Send for Range<'_, K, V> {}
        unsafe impl<K: Sync, V: Sync> Sync for Range<'_, K, V> {}
        impl<'a, K, V> Iterator for Range<'a, K, V> { type Item = (&'a K, &'a V); }
        impl<'a, K, V> DoubleEndedIterator for Range<'a, K, V> {}
        impl<K, V> FusedIterator for Range<'_, K, V> {}
        impl<K, V> Clone for Range<'_, K, V> {}
        impl<K, V> Default for Range<'_, K, V> {}
        impl<K: Debug, V: Debug> Debug for Range<'_, K, V> {}
        pub struct RangeMut<'a, K: 'a, V: 'a> {}
        impl<'a, K, V> Iterator for RangeMut<'a, K, V> { type Item = (&'a K, &'a mut V); }
        impl<'a, K, V> DoubleEndedIterator for RangeMut<'a, K, V> {}
        impl<K, V> FusedIterator for RangeMut<'_, K, V> {}
        impl<K, V> Default for RangeMut<'_, K, V> {}
        impl<K: Debug, V: Debug> Debug for RangeMut<'_, K, V> {}

        pub enum Entry<'a, K: 'a, V: 'a> {
            Vacant(VacantEntry<'a, K, V>),
            Occupied(OccupiedEntry<'a, K, V>),
        }
        impl<K: Debug + Ord, V: Debug> Debug for Entry<'_, K, V> {}
        impl<'a, K: Ord, V> Entry<'a, K, V> {
            pub fn or_insert(self, default: V) -> &'a mut V;
            pub fn or_insert_with<F: FnOnce() -> V>(self, default: F) -> &'a mut V;
            pub fn or_insert_with_key<F: FnOnce(&K) -> V>(self, default: F) -> &'a mut V;
            pub fn key(&self) -> &K;
            pub fn and_modify<F>(self, f: F) -> Entry<'a, K, V> where F: FnOnce(&mut V);
            pub fn insert_entry(self, value: V) -> OccupiedEntry<'a, K, V>;
        }
        impl<'a, K: Ord, V: Default> Entry<'a, K, V> {
            pub fn or_default(self) -> &'a mut V;
        }
        pub struct VacantEntry<'a, K, V> {}
        impl<K: Debug + Ord, V> Debug for VacantEntry<'_, K, V> {}
        impl<'a, K: Ord, V> VacantEntry<'a, K, V> {
            pub fn key(&self) -> &K;
            pub fn into_key(self) -> K;
            pub fn insert(self, value: V) -> &'a mut V;
            pub fn insert_entry(self, value: V) -> OccupiedEntry<'a, K, V>;
        }
        pub struct OccupiedEntry<'a, K, V> {}
        impl<K: Debug + Ord, V: Debug> Debug for OccupiedEntry<'_, K, V> {}
        impl<'a, K: Ord, V> OccupiedEntry<'a, K, V> {
            pub fn key(&self) -> &K;
            pub fn remove_entry(self) -> (K, V);
            pub fn get(&self) -> &V;
            pub fn get_mut(&mut self) -> &mut V;
            pub fn into_mut(self) -> &'a mut V;
            pub fn insert(&mut self, value: V) -> V;
            pub fn remove(self) -> V;
        }
    }

    pub mod btree_set {
        use crate::borrow::Borrow;
        use crate::fmt::{self, Debug};
        use crate::hash::Hash;
        use crate::iter::{DoubleEndedIterator, ExactSizeIterator, FusedIterator};
        use crate::ops::{BitAnd, BitOr, BitXor, RangeBounds, Sub};

        #[lang = "BTreeSet"]
        pub struct BTreeSet<T> {}

        impl<T> BTreeSet<T> {
            pub fn new() -> BTreeSet<T>;
            pub fn range<K: ?Sized, R>(&self, range: R) -> Range<'_, T> where K: Ord, T: Borrow<K> + Ord, R: RangeBounds<K>;
            pub fn difference<'a>(&'a self, other: &'a BTreeSet<T>) -> Difference<'a, T> where T: Ord;
            pub fn symmetric_difference<'a>(&'a self, other: &'a BTreeSet<T>) -> SymmetricDifference<'a, T> where T: Ord;
            pub fn intersection<'a>(&'a self, other: &'a BTreeSet<T>) -> Intersection<'a, T> where T: Ord;
            pub fn union<'a>(&'a self, other: &'a BTreeSet<T>) -> Union<'a, T> where T: Ord;
            pub fn clear(&mut self);
            pub fn contains<Q: ?Sized>(&self, value: &Q) -> bool where T: Borrow<Q> + Ord, Q: Ord;
            pub fn get<Q: ?Sized>(&self, value: &Q) -> Option<&T> where T: Borrow<Q> + Ord, Q: Ord;
            pub fn is_disjoint(&self, other: &BTreeSet<T>) -> bool where T: Ord;
            pub fn is_subset(&self, other: &BTreeSet<T>) -> bool where T: Ord;
            pub fn is_superset(&self, other: &BTreeSet<T>) -> bool where T: Ord;
            pub fn first(&self) -> Option<&T> where T: Ord;
            pub fn last(&self) -> Option<&T> where T: Ord;
            pub fn pop_first(&mut self) -> Option<T> where T: Ord;
            pub fn pop_last(&mut self) -> Option<T> where T: Ord;
            pub fn insert(&mut self, value: T) -> bool where T: Ord;
            pub fn replace(&mut self, value: T) -> Option<T> where T: Ord;
            pub fn remove<Q: ?Sized>(&mut self, value: &Q) -> bool where T: Borrow<Q> + Ord, Q: Ord;
            pub fn take<Q: ?Sized>(&mut self, value: &Q) -> Option<T> where T: Borrow<Q> + Ord, Q: Ord;
            pub fn retain<F>(&mut self, f: F) where T: Ord, F: FnMut(&T) -> bool;
            pub fn append(&mut self, other: &mut BTreeSet<T>) where T: Ord;
            pub fn split_off<Q: ?Sized + Ord>(&mut self, value: &Q) -> BTreeSet<T> where T: Borrow<Q> + Ord;
            pub fn iter(&self) -> Iter<'_, T>;
            pub fn len(&self) -> usize;
            pub fn is_empty(&self) -> bool;
        }
        impl<T: Clone> Clone for BTreeSet<T> {}
        impl<T: Hash> Hash for BTreeSet<T> {}
        impl<T: PartialEq> PartialEq for BTreeSet<T> {}
        impl<T: Eq> Eq for BTreeSet<T> {}
        impl<T: PartialOrd> PartialOrd for BTreeSet<T> {}
        impl<T: Ord> Ord for BTreeSet<T> {}
        impl<T: Debug> Debug for BTreeSet<T> {}
        impl<T> Default for BTreeSet<T> {}
        impl<T: Ord> FromIterator<T> for BTreeSet<T> {}
        impl<T: Ord, const N: usize> From<[T; N]> for BTreeSet<T> {}
        impl<T: Ord> Extend<T> for BTreeSet<T> {}
        impl<'a, T: 'a + Ord + Copy> Extend<&'a T> for BTreeSet<T> {}
        impl<T: Ord + Clone> Sub<&BTreeSet<T>> for &BTreeSet<T> { type Output = BTreeSet<T>; }
        impl<T: Ord + Clone> BitXor<&BTreeSet<T>> for &BTreeSet<T> { type Output = BTreeSet<T>; }
        impl<T: Ord + Clone> BitAnd<&BTreeSet<T>> for &BTreeSet<T> { type Output = BTreeSet<T>; }
        impl<T: Ord + Clone> BitOr<&BTreeSet<T>> for &BTreeSet<T> { type Output = BTreeSet<T>; }
        impl<'a, T> IntoIterator for &'a BTreeSet<T> {
            type Item = &'a T;
            type IntoIter = Iter<'a, T>;
        }
        impl<T> IntoIterator for BTreeSet<T> {
            type Item = T;
            type IntoIter = IntoIter<T>;
        }
        pub struct Iter<'a, T: 'a> {}
        unsafe impl<T: Sync> Send for Iter<'_, T> {}
        unsafe impl<T: Sync> Sync for Iter<'_, T> {}
        impl<'a, T> Iterator for Iter<'a, T> { type Item = &'a T; }
        impl<'a, T> DoubleEndedIterator for Iter<'a, T> {}
        impl<T> ExactSizeIterator for Iter<'_, T> {}
        impl<T> FusedIterator for Iter<'_, T> {}
        impl<T> Clone for Iter<'_, T> {}
        impl<T> Default for Iter<'_, T> {}
        impl<T: Debug> Debug for Iter<'_, T> {}
        #[derive(Debug)]
        pub struct IntoIter<T> {}
        impl<T> Iterator for IntoIter<T> { type Item = T; }
        impl<T> DoubleEndedIterator for IntoIter<T> {}
        impl<T> ExactSizeIterator for IntoIter<T> {}
        impl<T> FusedIterator for IntoIter<T> {}
        impl<T> Default for IntoIter<T> {}
        #[derive(Debug)]
        pub struct Range<'a, T: 'a> {}
        unsafe impl<T: Sync> Send for Range<'_, T> {}
        unsafe impl<T: Sync> Sync for Range<'_, T> {}
        impl<'a, T> Iterator for Range<'a, T> { type Item = &'a T; }
        impl<'a, T> DoubleEndedIterator for Range<'a, T> {}
        impl<T> FusedIterator for Range<'_, T> {}
        impl<T> Clone for Range<'_, T> {}
        impl<T> Default for Range<'_, T> {}

        pub struct Intersection<'a, T: 'a> {}
        unsafe impl<T: Sync> Send for Intersection<'_, T> {}
        unsafe impl<T: Sync> Sync for Intersection<'_, T> {}
        impl<'a, T: Ord> Iterator for Intersection<'a, T> { type Item = &'a T; }
        impl<T: Ord> FusedIterator for Intersection<'_, T> {}
        impl<T> Clone for Intersection<'_, T> {}
        impl<T: Debug> Debug for Intersection<'_, T> {}
        pub struct Difference<'a, T: 'a> {}
        unsafe impl<T: Sync> Send for Difference<'_, T> {}
        unsafe impl<T: Sync> Sync for Difference<'_, T> {}
        impl<'a, T: Ord> Iterator for Difference<'a, T> { type Item = &'a T; }
        impl<T: Ord> FusedIterator for Difference<'_, T> {}
        impl<T> Clone for Difference<'_, T> {}
        impl<T: Debug> Debug for Difference<'_, T> {}
        pub struct SymmetricDifference<'a, T: 'a> {}
        unsafe impl<T: Sync> Send for SymmetricDifference<'_, T> {}
        unsafe impl<T: Sync> Sync for SymmetricDifference<'_, T> {}
        impl<'a, T: Ord> Iterator for SymmetricDifference<'a, T> { type Item = &'a T; }
        impl<T: Ord> FusedIterator for SymmetricDifference<'_, T> {}
        impl<T> Clone for SymmetricDifference<'_, T> {}
        impl<T: Debug> Debug for SymmetricDifference<'_, T> {}
        pub struct Union<'a, T: 'a> {}
        unsafe impl<T: Sync> Send for Union<'_, T> {}
        unsafe impl<T: Sync> Sync for Union<'_, T> {}
        impl<'a, T: Ord> Iterator for Union<'a, T> { type Item = &'a T; }
        impl<T: Ord> FusedIterator for Union<'_, T> {}
        impl<T> Clone for Union<'_, T> {}
        impl<T: Debug> Debug for Union<'_, T> {}
    }

    pub mod vec_deque {
        use crate::cmp::Ordering;
        use crate::fmt::{self, Debug};
        use crate::hash::Hash;
        use crate::iter::{DoubleEndedIterator, ExactSizeIterator, FusedIterator};
        use crate::ops::{Index, IndexMut, RangeBounds};
        use crate::vec::Vec;

        #[lang = "VecDeque"]
        pub struct VecDeque<T> {}

        impl<T> VecDeque<T> {
            pub fn new() -> VecDeque<T>;
            pub fn with_capacity(capacity: usize) -> VecDeque<T>;
            pub fn get(&self, index: usize) -> Option<&T>;
            pub fn get_mut(&mut self, index: usize) -> Option<&mut T>;
            pub fn swap(&mut self, i: usize, j: usize);
            pub fn capacity(&self) -> usize;
            pub fn reserve_exact(&mut self, additional: usize);
            pub fn reserve(&mut self, additional: usize);
            pub fn shrink_to_fit(&mut self);
            pub fn shrink_to(&mut self, min_capacity: usize);
            pub fn truncate(&mut self, len: usize);
            pub fn iter(&self) -> Iter<'_, T>;
            pub fn iter_mut(&mut self) -> IterMut<'_, T>;
            pub fn as_slices(&self) -> (&[T], &[T]);
            pub fn as_mut_slices(&mut self) -> (&mut [T], &mut [T]);
            pub fn len(&self) -> usize;
            pub fn is_empty(&self) -> bool;
            pub fn range<R>(&self, range: R) -> Iter<'_, T> where R: RangeBounds<usize>;
            pub fn range_mut<R>(&mut self, range: R) -> IterMut<'_, T> where R: RangeBounds<usize>;
            pub fn drain<R>(&mut self, range: R) -> Drain<'_, T> where R: RangeBounds<usize>;
            pub fn clear(&mut self);
            pub fn contains(&self, x: &T) -> bool where T: PartialEq<T>;
            pub fn front(&self) -> Option<&T>;
            pub fn front_mut(&mut self) -> Option<&mut T>;
            pub fn back(&self) -> Option<&T>;
            pub fn back_mut(&mut self) -> Option<&mut T>;
            pub fn pop_front(&mut self) -> Option<T>;
            pub fn pop_back(&mut self) -> Option<T>;
            pub fn pop_front_if(&mut self, predicate: impl FnOnce(&mut T) -> bool) -> Option<T>;
            pub fn pop_back_if(&mut self, predicate: impl FnOnce(&mut T) -> bool) -> Option<T>;
            pub fn push_front(&mut self, value: T);
            pub fn push_back(&mut self, value: T);
            pub fn swap_remove_front(&mut self, index: usize) -> Option<T>;
            pub fn swap_remove_back(&mut self, index: usize) -> Option<T>;
            pub fn insert(&mut self, index: usize, value: T);
            pub fn remove(&mut self, index: usize) -> Option<T>;
            pub fn split_off(&mut self, at: usize) -> VecDeque<T>;
            pub fn append(&mut self, other: &mut VecDeque<T>);
            pub fn retain<F>(&mut self, f: F) where F: FnMut(&T) -> bool;
            pub fn retain_mut<F>(&mut self, f: F) where F: FnMut(&mut T) -> bool;
            pub fn resize_with(&mut self, new_len: usize, generator: impl FnMut() -> T);
            pub fn make_contiguous(&mut self) -> &mut [T];
            pub fn rotate_left(&mut self, n: usize);
            pub fn rotate_right(&mut self, n: usize);
            pub fn binary_search(&self, x: &T) -> Result<usize, usize> where T: Ord;
            pub fn binary_search_by<'a, F>(&'a self, f: F) -> Result<usize, usize> where F: FnMut(&'a T) -> Ordering;
            pub fn binary_search_by_key<'a, B, F>(&'a self, b: &B, f: F) -> Result<usize, usize> where F: FnMut(&'a T) -> B, B: Ord;
            pub fn partition_point<P>(&self, pred: P) -> usize where P: FnMut(&T) -> bool;
        }
        impl<T: Clone> VecDeque<T> {
            pub fn resize(&mut self, new_len: usize, value: T);
        }
        impl<T: Clone> Clone for VecDeque<T> {}
        impl<T: PartialEq> PartialEq for VecDeque<T> {}
        impl<T, U> PartialEq<Vec<U>> for VecDeque<T> where T: PartialEq<U> {}
        impl<T, U> PartialEq<&[U]> for VecDeque<T> where T: PartialEq<U> {}
        impl<T, U> PartialEq<&mut [U]> for VecDeque<T> where T: PartialEq<U> {}
        impl<T, U, const N: usize> PartialEq<[U; N]> for VecDeque<T> where T: PartialEq<U> {}
        impl<T, U, const N: usize> PartialEq<&[U; N]> for VecDeque<T> where T: PartialEq<U> {}
        impl<T, U, const N: usize> PartialEq<&mut [U; N]> for VecDeque<T> where T: PartialEq<U> {}
        impl<T: Eq> Eq for VecDeque<T> {}
        impl<T: PartialOrd> PartialOrd for VecDeque<T> {}
        impl<T: Ord> Ord for VecDeque<T> {}
        impl<T: Hash> Hash for VecDeque<T> {}
        impl<T: Debug> Debug for VecDeque<T> {}
        impl<T> Default for VecDeque<T> {}
        impl<T> Index<usize> for VecDeque<T> { type Output = T; }
        impl<T> IndexMut<usize> for VecDeque<T> {}
        impl<T> FromIterator<T> for VecDeque<T> {}
        impl<T> Extend<T> for VecDeque<T> {}
        impl<'a, T: 'a + Copy> Extend<&'a T> for VecDeque<T> {}
        impl<T> From<Vec<T>> for VecDeque<T> {}
        impl<T, const N: usize> From<[T; N]> for VecDeque<T> {}
        impl<T, U> PartialEq<Vec<U>> for VecDeque<T> where T: PartialEq<U> {}
        impl<T, U> PartialEq<&[U]> for VecDeque<T> where T: PartialEq<U> {}
        impl<T, U, const N: usize> PartialEq<[U; N]> for VecDeque<T> where T: PartialEq<U> {}
        impl<T> IntoIterator for VecDeque<T> {
            type Item = T;
            type IntoIter = IntoIter<T>;
        }
        impl<'a, T> IntoIterator for &'a VecDeque<T> {
            type Item = &'a T;
            type IntoIter = Iter<'a, T>;
        }
        impl<'a, T> IntoIterator for &'a mut VecDeque<T> {
            type Item = &'a mut T;
            type IntoIter = IterMut<'a, T>;
        }
        pub struct Iter<'a, T: 'a> {}
        unsafe impl<T: Sync> Send for Iter<'_, T> {}
        unsafe impl<T: Sync> Sync for Iter<'_, T> {}
        impl<'a, T> Iterator for Iter<'a, T> { type Item = &'a T; }
        impl<'a, T> DoubleEndedIterator for Iter<'a, T> {}
        impl<T> ExactSizeIterator for Iter<'_, T> {}
        impl<T> FusedIterator for Iter<'_, T> {}
        impl<T> Clone for Iter<'_, T> {}
        impl<T> Default for Iter<'_, T> {}
        impl<T: Debug> Debug for Iter<'_, T> {}
        pub struct IterMut<'a, T: 'a> {}
        impl<'a, T> Iterator for IterMut<'a, T> { type Item = &'a mut T; }
        impl<'a, T> DoubleEndedIterator for IterMut<'a, T> {}
        impl<T> ExactSizeIterator for IterMut<'_, T> {}
        impl<T> FusedIterator for IterMut<'_, T> {}
        impl<T> Default for IterMut<'_, T> {}
        impl<T: Debug> Debug for IterMut<'_, T> {}
        #[derive(Clone)]
        pub struct IntoIter<T> {}
        impl<T> Iterator for IntoIter<T> { type Item = T; }
        impl<T> DoubleEndedIterator for IntoIter<T> {}
        impl<T> ExactSizeIterator for IntoIter<T> {}
        impl<T> FusedIterator for IntoIter<T> {}
        impl<T: Debug> Debug for IntoIter<T> {}
        pub struct Drain<'a, T: 'a> {}
        impl<T> Iterator for Drain<'_, T> { type Item = T; }
        impl<T> DoubleEndedIterator for Drain<'_, T> {}
        impl<T> ExactSizeIterator for Drain<'_, T> {}
        impl<T> FusedIterator for Drain<'_, T> {}
        impl<T: Debug> Debug for Drain<'_, T> {}
    }

    pub mod binary_heap {
        use crate::fmt::{self, Debug};
        use crate::iter::{DoubleEndedIterator, ExactSizeIterator, FusedIterator};
        use crate::ops::{Deref, DerefMut};
        use crate::vec::Vec;

        #[lang = "BinaryHeap"]
        pub struct BinaryHeap<T> {}

        impl<T: Ord> BinaryHeap<T> {
            pub fn peek_mut(&mut self) -> Option<PeekMut<'_, T>>;
            pub fn pop(&mut self) -> Option<T>;
            pub fn push(&mut self, item: T);
            pub fn into_sorted_vec(self) -> Vec<T>;
            pub fn append(&mut self, other: &mut BinaryHeap<T>);
            pub fn retain<F>(&mut self, f: F) where F: FnMut(&T) -> bool;
        }
        impl<T> BinaryHeap<T> {
            pub fn new() -> BinaryHeap<T>;
            pub fn with_capacity(capacity: usize) -> BinaryHeap<T>;
            pub fn iter(&self) -> Iter<'_, T>;
            pub fn peek(&self) -> Option<&T>;
            pub fn capacity(&self) -> usize;
            pub fn reserve(&mut self, additional: usize);
            pub fn shrink_to_fit(&mut self);
            pub fn as_slice(&self) -> &[T];
            pub fn into_vec(self) -> Vec<T>;
            pub fn len(&self) -> usize;
            pub fn is_empty(&self) -> bool;
            pub fn drain(&mut self) -> Drain<'_, T>;
            pub fn clear(&mut self);
        }
        impl<T: Clone> Clone for BinaryHeap<T> {}
        impl<T> Default for BinaryHeap<T> {}
        impl<T: Debug> Debug for BinaryHeap<T> {}
        impl<T: Ord> FromIterator<T> for BinaryHeap<T> {}
        impl<T: Ord> Extend<T> for BinaryHeap<T> {}
        impl<'a, T: 'a + Ord + Copy> Extend<&'a T> for BinaryHeap<T> {}
        impl<T: Ord> From<Vec<T>> for BinaryHeap<T> {}
        impl<T: Ord, const N: usize> From<[T; N]> for BinaryHeap<T> {}
        impl<T> IntoIterator for BinaryHeap<T> {
            type Item = T;
            type IntoIter = IntoIter<T>;
        }
        impl<'a, T> IntoIterator for &'a BinaryHeap<T> {
            type Item = &'a T;
            type IntoIter = Iter<'a, T>;
        }
        pub struct PeekMut<'a, T: 'a + Ord> {}
        impl<T: Ord> Deref for PeekMut<'_, T> { type Target = T; }
        impl<T: Ord> DerefMut for PeekMut<'_, T> {}
        impl<T: Ord + Debug> Debug for PeekMut<'_, T> {}
        impl<'a, T: Ord> PeekMut<'a, T> {
            pub fn pop(this: PeekMut<'a, T>) -> T;
        }
        pub struct Iter<'a, T: 'a> {}
        unsafe impl<T: Sync> Send for Iter<'_, T> {}
        unsafe impl<T: Sync> Sync for Iter<'_, T> {}
        impl<'a, T> Iterator for Iter<'a, T> { type Item = &'a T; }
        impl<'a, T> DoubleEndedIterator for Iter<'a, T> {}
        impl<T> ExactSizeIterator for Iter<'_, T> {}
        impl<T> FusedIterator for Iter<'_, T> {}
        impl<T> Clone for Iter<'_, T> {}
        impl<T> Default for Iter<'_, T> {}
        impl<T: Debug> Debug for Iter<'_, T> {}
        #[derive(Clone)]
        pub struct IntoIter<T> {}
        impl<T> Iterator for IntoIter<T> { type Item = T; }
        impl<T> DoubleEndedIterator for IntoIter<T> {}
        impl<T> ExactSizeIterator for IntoIter<T> {}
        impl<T> FusedIterator for IntoIter<T> {}
        impl<T: Debug> Debug for IntoIter<T> {}
        #[derive(Debug)]
        pub struct Drain<'a, T: 'a> {}
        impl<T> Iterator for Drain<'_, T> { type Item = T; }
        impl<T> DoubleEndedIterator for Drain<'_, T> {}
        impl<T> ExactSizeIterator for Drain<'_, T> {}
        impl<T> FusedIterator for Drain<'_, T> {}
    }
}
