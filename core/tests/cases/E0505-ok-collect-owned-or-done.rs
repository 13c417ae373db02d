// expect: ok
fn words(line: &str) -> Vec<&str> {
    line.split(' ').collect()
}

fn main() {
    let mut text = String::from("x y z");
    let rev: String = text.chars().rev().collect();
    let lens: Vec<usize> = text.split(' ').map(|w| w.len()).collect();
    let ws: Vec<&str> = text.split(' ').collect();
    println!("{:?} {:?}", ws, words(&text));
    text.push('!');
    let upper = text.split(' ').map(|w| w.to_uppercase()).collect::<Vec<String>>();
    text.clear();
    println!("{rev} {:?} {:?} {text}", lens, upper);
}
