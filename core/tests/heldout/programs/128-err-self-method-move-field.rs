struct Envelope {
    letter: String,
}

impl Envelope {
    fn open(&self) -> String {
        self.letter
    }
}

fn main() {
    let e = Envelope { letter: "hi".into() };
    println!("{}", e.open());
}
