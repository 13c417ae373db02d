fn main() {
    let mut s = String::from("abc");
    let m = &mut s;
    let view: &String = &*m;
    println!("{view}");
    m.push('d');
    println!("{s}");
}
