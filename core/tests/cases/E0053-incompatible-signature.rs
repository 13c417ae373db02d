// expect: E0053 16:28
// expect: E0053 17:32
// expect: E0053 20:13
// expect: E0053 30:22
// A parameter or return type that is not the trait's: rustc points at the
// first difference (`&mut` against `&`, `u16` against `i16`).
trait Store {
    fn put(&mut self, key: u16, value: &mut String);
    fn get(&self, key: u16) -> Option<String>;
    fn size(&self) -> usize;
}

struct Mem;

impl Store for Mem {
    fn put(&mut self, key: i16, value: &mut String) {}
    fn get(&self, key: u16) -> Option<&str> {
        None
    }
    fn size(&mut self) -> usize {
        0
    }
}

trait Greet {
    fn hi(&self, to: &mut Vec<String>);
}

impl Greet for Mem {
    fn hi(&self, to: &Vec<String>) {}
}

fn main() {}
