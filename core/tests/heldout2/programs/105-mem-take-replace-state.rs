#[derive(Debug, Default)]
struct Editor {
    buffer: String,
    undo: Vec<String>,
}

impl Editor {
    fn commit(&mut self) {
        let old = std::mem::take(&mut self.buffer);
        self.undo.push(old);
    }
    fn set(&mut self, s: &str) -> String {
        std::mem::replace(&mut self.buffer, s.to_string())
    }
}

fn main() {
    let mut e = Editor::default();
    e.set("hello");
    e.commit();
    let prev = e.set("world");
    println!("{prev:?} {:?}", e);
}
