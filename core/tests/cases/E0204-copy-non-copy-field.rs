// expect: E0204 8:8
// expect: E0204 14:6
// expect: E0204 20:8
// expect: E0204 32:25
// Copy needs every field Copy: a String, a Vec of the parameter, a type
// parameter an impl does not bound by Copy.
#[derive(Clone, Copy)]
struct User {
    id: u32,
    name: String,
}

#[derive(Clone, Copy)]
enum Msg {
    Quit,
    Text(String),
}

#[derive(Clone, Copy)]
struct Stack<T>(Vec<T>);

struct Cell<T> {
    value: T,
}

impl<T: Clone> Clone for Cell<T> {
    fn clone(&self) -> Self {
        Cell { value: self.value.clone() }
    }
}

impl<T: Clone> Copy for Cell<T> {}

fn main() {}
