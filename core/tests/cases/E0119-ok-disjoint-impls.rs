// expect: ok
// No overlap: the blanket impl's bound does not hold for the local type,
// the trait arguments differ, PartialEq<i32> beside a derived PartialEq.
trait Describe {
    fn describe(&self) -> String;
}

impl<T: Clone> Describe for T {
    fn describe(&self) -> String {
        String::from("clone")
    }
}

struct Unique;

impl Describe for Unique {
    fn describe(&self) -> String {
        String::from("unique")
    }
}

trait Convert<T> {}
impl Convert<i32> for Unique {}
impl Convert<u32> for Unique {}

#[derive(PartialEq)]
struct Id(i32);

impl PartialEq<i32> for Id {
    fn eq(&self, other: &i32) -> bool {
        self.0 == *other
    }
}

fn main() {
    println!("{}", Unique.describe());
    println!("{}", Id(1) == 1);
}
