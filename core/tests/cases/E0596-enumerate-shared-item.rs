// expect: E0596 5:9
fn main() {
    let words = vec![String::from("a"), String::from("b")];
    for (_i, w) in words.iter().enumerate() {
        w.push('!');
    }
    println!("{}", words.len());
}
