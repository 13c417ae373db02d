struct Light {
    on: bool,
}

impl Light {
    fn toggle(&mut self) -> &'static str {
        self.on = !self.on;
        if self.on { "on" } else { "off" }
    }
}

fn main() {
    let mut l = Light { on: false };
    let a = l.toggle();
    let b = l.toggle();
    println!("{a} {b}");
}
