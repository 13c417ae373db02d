fn read_age(s: &str) -> Option<u8> {
    let Ok(n) = s.trim().parse::<u8>() else {
        return None;
    };
    if n > 130 { None } else { Some(n) }
}

fn main() {
    let inputs = vec![" 42", "abc", "200"];
    for i in &inputs {
        let Some(age) = read_age(i) else {
            println!("bad input {i:?}");
            continue;
        };
        println!("age {age}");
    }
}
