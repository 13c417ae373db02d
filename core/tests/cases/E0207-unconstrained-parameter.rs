// expect: E0207 6:6
// expect: E0207 14:9
// An impl's type parameter that its self type and trait do not name.
struct Config;

impl<T: Default> Config {
    fn get(&self) -> T {
        T::default()
    }
}

trait Render {}

impl<T, U> Render for Vec<T> {}

fn main() {}
