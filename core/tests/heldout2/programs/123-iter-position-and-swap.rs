fn main() {
    let mut playlist = vec!["intro", "verse", "chorus", "outro"];
    let i = playlist.iter().position(|&s| s == "chorus").unwrap();
    let j = playlist.len() - 1;
    playlist.swap(i, j);
    let first = playlist.first().copied();
    playlist.insert(0, "count-in");
    println!("{:?} first was {:?}", playlist, first);
}
