// crate: bin
// expect: E0580 5:1
// `main` takes no parameters (command-line arguments come from
// std::env::args).
fn main(args: Vec<String>) {
    println!("{}", args.len());
}
