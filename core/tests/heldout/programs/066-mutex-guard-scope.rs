use std::sync::Mutex;

fn main() {
    let m = Mutex::new(vec![1]);
    {
        let mut g = m.lock().unwrap();
        g.push(2);
    }
    let len = m.lock().unwrap().len();
    println!("{len}");
}
