// expect: ok
fn count(s: &str) -> usize {
    s.len()
}

fn main() {
    let base = String::from("abc");
    let names = vec![String::from("ABC")];
    let has = names.contains(&base.to_uppercase());
    let n = count(&format!("{base}!"));
    let r = &String::from("kept");
    let nums: Vec<&i32> = vec![&1, &2];
    let mut refs: Vec<&i32> = Vec::new();
    refs.push(&3);
    println!("{has} {n} {r} {:?} {:?}", nums, refs);
}
