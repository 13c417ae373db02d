use std::collections::HashMap;

fn get_default(map: &mut HashMap<u32, String>, key: u32) -> &mut String {
    if let Some(v) = map.get_mut(&key) {
        return v;
    }
    map.insert(key, String::new());
    map.get_mut(&key).unwrap()
}

fn main() {
    let mut m = HashMap::new();
    get_default(&mut m, 1).push('a');
    println!("{:?}", m);
}
