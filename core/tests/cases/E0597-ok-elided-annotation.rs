// expect: ok
fn keep<T>(_arg: T) {}
struct Pair<T>(T);
struct View<'a> { r: &'a u32 }
fn elided<'a>(d: &'a u32) {
    let c = 66;
    let _x: (&'a u32, &u32) = (d, &c);
    let _y: Vec<&u32> = vec![&c];
    let _v: View = View { r: &c };
    let _w: View<'_> = View { r: &c };
    keep::<&u32>(&c);
    keep::<&'a u32>(d);
    Pair::<&u32>(&c);
}
fn main() {
    elided(&1);
}
