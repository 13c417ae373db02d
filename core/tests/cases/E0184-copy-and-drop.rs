// expect: E0184 6:8
// expect: E0184 20:15
// A Copy type cannot have a destructor: by derive (at the type's name) or
// by impl (at the impl's type).
#[derive(Clone, Copy)]
struct Token;

impl Drop for Token {
    fn drop(&mut self) {}
}

struct Handle(u32);

impl Clone for Handle {
    fn clone(&self) -> Handle {
        Handle(self.0)
    }
}

impl Copy for Handle {}

impl Drop for Handle {
    fn drop(&mut self) {}
}

fn main() {}
