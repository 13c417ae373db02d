// expect: E0170 10:9
#[derive(Clone, Copy)]
enum Light {
    Red,
    Green,
}

fn go(l: Light) -> bool {
    match l {
        Red => false,
        Light::Green => true,
    }
}

fn main() {
    println!("{}", go(Light::Green));
}
