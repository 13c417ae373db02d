use std::cell::RefCell;

struct Cache {
    hits: RefCell<u32>,
}

impl Cache {
    fn lookup(&self) -> u32 {
        *self.hits.borrow_mut() += 1;
        *self.hits.borrow()
    }
}

fn main() {
    let c = Cache { hits: RefCell::new(0) };
    c.lookup();
    println!("{}", c.lookup());
}
