// crate: bin
// expect: E0131 4:8
// `main` has no generic parameters.
fn main<T: Default>() {
    let _t = T::default();
}
