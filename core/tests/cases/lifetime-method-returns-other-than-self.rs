// expect: lifetime 5:9
struct Foo { field: i32 }
impl Foo {
    fn foo<'a>(&self, x: &'a i32) -> &i32 {
        x
    }
    fn bar(&self, _x: &i32) -> &i32 {
        &self.field
    }
}
fn main() {
    let f = Foo { field: 1 };
    println!("{} {}", f.foo(&2), f.bar(&3));
}
