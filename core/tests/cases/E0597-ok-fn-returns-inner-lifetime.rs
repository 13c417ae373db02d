// expect: ok
// `&Pair<'a, 'b> -> &'a str`: the result borrows the left string, not the
// pair behind the reference.
struct Pair<'a, 'b> { left: &'a str, right: &'b str }
fn left_of<'a, 'b>(p: &Pair<'a, 'b>) -> &'a str {
    p.left
}
fn main() {
    let l = String::from("L");
    let out;
    {
        let r = String::from("R");
        let p = Pair { left: &l, right: &r };
        println!("{}", p.right);
        out = left_of(&p);
    }
    println!("{out}");
}
