fn add_one(v: &mut Vec<i32>) {
    v.push(1);
}

fn add_twice(v: &mut Vec<i32>) {
    add_one(v);
    add_one(v);
    v.push(v.len() as i32);
}

fn main() {
    let mut data = Vec::new();
    let r = &mut data;
    add_twice(r);
    add_one(r);
    println!("{:?}", data);
}
