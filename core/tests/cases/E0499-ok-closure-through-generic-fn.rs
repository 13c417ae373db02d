// expect: ok
fn to_fn_mut<F: FnMut()>(f: F) -> F {
    f
}

fn first<T>(a: T, _n: usize) -> T {
    a
}

fn main() {
    let mut count = 0;
    let mut inc = to_fn_mut(|| count += 1);
    inc();
    inc();
    let mut also_inc = to_fn_mut(|| count += 2);
    also_inc();
    let mut names = vec![String::from("a")];
    let n = names.len();
    let r = first(&names[0], n);
    println!("{r}");
    names.push(String::from("b"));
    println!("{count} {:?}", names);
}
