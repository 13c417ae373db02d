fn main() {
    let data: Vec<u32> = (1..=10).collect();
    for chunk in data.chunks(3) {
        println!("{:?} sum {}", chunk, chunk.iter().sum::<u32>());
    }
    let tail: Vec<&u32> = data.iter().rev().skip(2).take(3).collect();
    println!("{:?}", tail);
    let evens = data.iter().enumerate().filter(|(i, _)| i % 2 == 0).map(|(_, v)| *v).collect::<Vec<_>>();
    println!("{evens:?}");
}
