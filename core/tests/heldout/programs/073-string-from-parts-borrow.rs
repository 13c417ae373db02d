fn describe(name: &str, age: u32) -> String {
    format!("{name} is {age}")
}

fn main() {
    let name = String::from("Lee");
    let a = describe(&name, 3);
    let b = describe(&name, 4);
    println!("{a}; {b}; {name}");
}
