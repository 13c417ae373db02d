// expect: E0596 7:9
// A fn declared in a const's initializer block is checked like any other.
const MUTATE: fn(&Vec<String>) = {
    #[allow(dead_code)]
    fn broken(x: &Vec<String>) {
        let _n = x.len();
        x.push(String::from("this is broken"));
    }
    broken
};

static KEEP: fn(&mut Vec<String>) = {
    fn fine(x: &mut Vec<String>) {
        x.push(String::from("fine"));
    }
    fine
};

fn main() {
    let mut v = Vec::new();
    KEEP(&mut v);
    MUTATE(&v);
}
