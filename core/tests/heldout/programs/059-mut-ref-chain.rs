fn bump(x: &mut i32) -> &mut i32 {
    *x += 1;
    x
}

fn main() {
    let mut n = 0;
    *bump(bump(&mut n)) += 10;
    println!("{n}");
}
