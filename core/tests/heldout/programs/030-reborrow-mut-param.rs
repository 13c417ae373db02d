fn add_one(v: &mut Vec<i32>) {
    v.push(1);
}

fn main() {
    let mut v = Vec::new();
    let r = &mut v;
    add_one(r);
    add_one(r);
    r.push(5);
    println!("{:?}", v);
}
