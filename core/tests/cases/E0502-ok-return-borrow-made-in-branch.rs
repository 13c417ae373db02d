// expect: ok
fn find_or_add(v: &mut Vec<i32>, x: i32) -> &mut i32 {
    for i in 0..v.len() {
        if v[i] == x {
            return &mut v[i];
        }
    }
    v.push(x);
    v.last_mut().unwrap()
}

fn longest<'a>(words: &'a mut Vec<String>) -> &'a str {
    if words.is_empty() {
        words.push(String::from("none"));
        return &words[0];
    }
    let n = words.len();
    words.truncate(n);
    words[0].as_str()
}

fn main() {
    let mut v = vec![1, 2];
    *find_or_add(&mut v, 3) += 1;
    let mut w = Vec::new();
    println!("{:?} {}", v, longest(&mut w));
}
