struct Board {
    pending: Vec<u32>,
    done: Vec<u32>,
}

impl Board {
    fn flush(&mut self) {
        for p in std::mem::take(&mut self.pending) {
            self.done.push(p);
        }
    }
}

fn main() {
    let mut b = Board { pending: vec![1, 2], done: vec![] };
    b.flush();
    println!("{:?} {:?}", b.pending, b.done);
}
