fn main() {
    let v = vec![String::from("a"), String::from("b"), String::from("c")];
    let mut n = 0;
    for s in &v {
        n += 1;
        println!("{n}: {s}");
    }
    println!("{} items, {:?}", v.len(), v);
}
