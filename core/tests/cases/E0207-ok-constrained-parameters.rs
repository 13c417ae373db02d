// expect: ok
// Every parameter appears in the self type or the trait.
trait Wrap<T> {
    fn wrap(self) -> T;
}

struct Boxed<T>(T);

impl<T> Boxed<T> {
    fn get(&self) -> &T {
        &self.0
    }
}

impl<T, U: From<T>> Wrap<U> for Boxed<T> {
    fn wrap(self) -> U {
        U::from(self.0)
    }
}

impl<const N: usize> Wrap<usize> for [u8; N] {
    fn wrap(self) -> usize {
        N
    }
}

fn main() {
    let b = Boxed(3u8);
    let x: u32 = Boxed(4u8).wrap();
    println!("{} {} {}", b.get(), x, [0u8; 2].wrap());
}
