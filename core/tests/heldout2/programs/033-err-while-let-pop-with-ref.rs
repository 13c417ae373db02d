fn main() {
    let mut work = vec![String::from("a"), String::from("b")];
    let peek = work.last();
    while let Some(job) = work.pop() {
        println!("doing {job}");
    }
    println!("{:?}", peek);
}
