fn find<'a, T: PartialEq>(items: &'a [T], target: &T) -> Option<&'a T> {
    items.iter().find(|x| *x == target)
}

fn main() {
    let v = vec![String::from("a"), String::from("b")];
    let hit = find(&v, &String::from("b"));
    println!("{:?}", hit);
}
