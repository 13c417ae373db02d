struct Button {
    label: String,
    on_click: Box<dyn Fn(&str) -> String>,
}

impl Button {
    fn click(&self) -> String {
        (self.on_click)(&self.label)
    }
}

fn main() {
    let greeting = String::from("Pressed");
    let b = Button {
        label: "OK".to_string(),
        on_click: Box::new(move |l| format!("{greeting} {l}")),
    };
    println!("{}", b.click());
    println!("{}", b.click());
}
