fn main() {
    println!("{}", { fn g<T: Clone>(x: &T) -> &T { x } 1 });
    println!("{:?}", { fn h<'a>(x: &'a str) -> &'a str { x } h("s") });
}
