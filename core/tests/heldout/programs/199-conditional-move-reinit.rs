fn main() {
    let mut s = String::from("a");
    let flag = s.len() == 1;
    if flag {
        drop(s);
        s = String::from("b");
    }
    println!("{s}");
}
