fn find(names: &[&str], target: &str) -> Option<usize> {
    names.iter().position(|n| *n == target)
}

fn main() {
    let names = ["ann", "bob"];
    println!("{:?}", find(&names, "bob"));
    let i = find(&names, "cat").unwrap();
    println!("{i}");
}
