// expect: ok
fn main() {
    let mut words = vec![String::from("ab"), String::from("c")];
    let mut lens = Vec::new();
    words.iter().for_each(|w| lens.push(w.len()));
    words.push(String::from("d"));
    let mut out = Vec::new();
    words.drain(..).for_each(|w| out.push(w));
    words.iter().for_each(|w| println!("{w}"));
    words.push(String::from("e"));
    println!("{:?} {:?} {:?}", words, lens, out);
}
