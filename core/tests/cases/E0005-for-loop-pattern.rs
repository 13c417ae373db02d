// expect: E0005 4:9
fn main() {
    let results: Vec<Result<i32, String>> = vec![Ok(1), Err(String::from("bad"))];
    for Ok(n) in results {
        println!("{n}");
    }
}
