struct Picker {
    picks: u32,
}

impl Picker {
    fn pick<'a>(&mut self, v: &'a [i32]) -> &'a i32 {
        self.picks += 1;
        &v[v.len() - 1]
    }
}

fn main() {
    let data = vec![4, 5, 6];
    let mut p = Picker { picks: 0 };
    let a = p.pick(&data);
    let b = p.pick(&data[..2]);
    println!("{a} {b} {}", p.picks);
}
