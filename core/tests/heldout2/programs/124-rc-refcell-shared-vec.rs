use std::cell::RefCell;
use std::rc::Rc;

struct Logger {
    lines: Rc<RefCell<Vec<String>>>,
    prefix: String,
}

impl Logger {
    fn log(&self, msg: &str) {
        self.lines.borrow_mut().push(format!("{}: {}", self.prefix, msg));
    }
}

fn main() {
    let store = Rc::new(RefCell::new(Vec::new()));
    let net = Logger { lines: Rc::clone(&store), prefix: "net".into() };
    let db = Logger { lines: store.clone(), prefix: "db".into() };
    net.log("connected");
    db.log("query ok");
    for l in store.borrow().iter() {
        println!("{l}");
    }
}
