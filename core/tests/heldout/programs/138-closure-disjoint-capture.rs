struct State {
    label: String,
    ticks: u32,
}

fn main() {
    let mut st = State { label: "clock".into(), ticks: 0 };
    let show = || st.label.len();
    st.ticks += 1;
    println!("{} {}", show(), st.ticks);
}
