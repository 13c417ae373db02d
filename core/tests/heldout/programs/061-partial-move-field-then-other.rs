struct Pair {
    left: String,
    right: String,
}

fn main() {
    let p = Pair { left: "L".into(), right: "R".into() };
    let l = p.left;
    println!("{l} {}", p.right);
}
