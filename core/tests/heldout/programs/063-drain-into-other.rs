fn main() {
    let mut src = vec![String::from("a"), String::from("b"), String::from("c")];
    let mut dst = Vec::new();
    for s in src.drain(..2) {
        dst.push(s);
    }
    src.push(String::from("d"));
    println!("{:?} {:?}", src, dst);
}
