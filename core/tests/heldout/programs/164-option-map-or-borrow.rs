fn main() {
    let name: Option<String> = None;
    let shown = name.as_deref().unwrap_or("guest");
    println!("hello {shown}");
    let n = name.map_or(0, |s| s.len());
    println!("{n}");
}
