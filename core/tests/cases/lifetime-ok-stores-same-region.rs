// expect: ok
struct Ref<'a> { r: &'a u32 }
struct Pair<'a, 'b> { a: &'a u32, b: &'b u32 }
struct Count { n: u32 }
fn push_same<'a>(x: &mut Vec<Ref<'a>>, y: Ref<'a>) {
    x.push(y);
}
fn push_bounded<'a, 'b: 'a>(x: &mut Vec<&'a u8>, y: &'b u8) {
    x.push(y);
}
fn push_static(x: &mut Vec<&u8>, y: &'static u8) {
    x.push(y);
}
fn push_owned<'a>(mut v: Vec<&'a u32>, y: &'a u32) -> usize {
    v.push(y);
    v.len()
}
fn set_same<'a, 'b>(p: &mut Pair<'a, 'b>, y: &'b u32) {
    p.b = y;
}
fn copy_field<'a>(p: &mut Pair<'a, 'a>) {
    p.a = p.b;
}
fn set_from_struct<'a>(x: &mut Ref<'a>, y: Ref<'a>) {
    x.r = y.r;
}
fn set_plain(c: &mut Count, n: u32) {
    c.n = n;
}
fn shadowed(x: &mut Vec<&u8>, y: &u8) {
    let _ = y;
    let y = &5;
    x.push(y);
}
fn main() {
    let (a, b) = (1, 2);
    let mut v = vec![Ref { r: &a }];
    push_same(&mut v, Ref { r: &b });
    let mut w: Vec<&u8> = Vec::new();
    push_bounded(&mut w, &3);
    push_static(&mut w, &4);
    push_owned(Vec::new(), &a);
    let mut p = Pair { a: &a, b: &b };
    set_same(&mut p, &a);
    copy_field(&mut p);
    let mut r = Ref { r: &a };
    set_from_struct(&mut r, Ref { r: &b });
    let mut c = Count { n: 0 };
    set_plain(&mut c, 3);
    shadowed(&mut w, &1);
    println!("{} {} {} {}", v.len(), p.a, r.r, c.n);
}
