fn main() {
    let raw = ["3", "x", "10", "", "7"];
    let nums: Vec<i32> = raw.iter().filter_map(|s| s.parse().ok()).collect();
    let names = vec!["ann", "bob", "cy"];
    let paired: Vec<String> = names.iter().zip(nums.iter()).map(|(n, v)| format!("{n}={v}")).collect();
    println!("{:?}", paired);
    let any_big = nums.iter().any(|&n| n > 9);
    let all_pos = nums.iter().all(|n| *n > 0);
    println!("{any_big} {all_pos}");
}
