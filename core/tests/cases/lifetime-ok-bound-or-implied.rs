// expect: ok
struct Holder<'b> { r: &'b i32 }
fn pick<'a, 'b: 'a>(x: &'a i32, y: &'b i32) -> &'a i32 {
    if *x > 0 { y } else { x }
}
fn pick2<'a, 'b>(x: &'a i32, y: &'b i32) -> &'a i32 where 'b: 'a {
    if *x > 0 { y } else { x }
}
fn implied<'a, 'b>(h: &'a Holder<'b>, y: &'b i32) -> &'a i32 {
    if *h.r > 0 { y } else { h.r }
}
fn stat<'a>(_x: &'a i32, y: &'static i32) -> &'a i32 {
    y
}
fn main() {
    let (a, b) = (1, 2);
    let h = Holder { r: &b };
    println!("{} {} {} {}", pick(&a, &b), pick2(&a, &b), implied(&h, &b), stat(&a, &3));
}
