// Compiling examples of std's documentation that borrowmap once rejected:
// a constant array borrowed by a method is promoted to 'static; a
// `collect` into an annotated `Result<Vec<u32>, &'static str>` holds no
// borrow of what was iterated; an associated type we cannot normalize
// has no inherent methods (only its bounds').
fn collect_as_strings<T>(collection: T) -> Vec<String>
where
    T: IntoIterator,
    T::Item: std::fmt::Debug,
{
    collection.into_iter().map(|item| format!("{item:?}")).collect()
}

fn main() {
    let mut iter = [1, 2, 3].iter().peekable();
    assert_eq!(iter.next(), Some(&1));
    let v = vec![1, 2];
    let res: Result<Vec<u32>, &'static str> = v.iter().map(|x: &u32| x.checked_add(1).ok_or("Overflow!")).collect();
    assert_eq!(res, Ok(vec![2, 3]));
    println!("{:?} {:?} {:?} {}", iter.peek(), collect_as_strings(v), ranges(), closure_returns_borrow());
}

// `|x| a..b` is a closure returning a range (tree-sitter-rust parses it as
// a range starting with a closure, or as a closure called with `(b)`).
fn ranges() -> Vec<i32> {
    let f = |x: i32| x..x + 3;
    let mut v: Vec<i32> = (0..3).flat_map(|x| (x * 10)..(x * 10 + 2)).collect();
    v.extend(f(1));
    v
}

// A non-move closure returning an iterator over what it captured by
// reference: the borrow is of the enclosing fn's `v`, not of the closure.
fn closure_returns_borrow() -> usize {
    let v = vec![1, 2, 3];
    let doubled = || v.iter().map(|x| x * 2);
    doubled().count()
}
