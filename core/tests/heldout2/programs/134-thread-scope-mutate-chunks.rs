use std::thread;

fn main() {
    let mut pixels = vec![0u8; 12];
    thread::scope(|s| {
        for (i, chunk) in pixels.chunks_mut(4).enumerate() {
            s.spawn(move || {
                for p in chunk.iter_mut() {
                    *p = (i as u8 + 1) * 10;
                }
            });
        }
    });
    println!("{:?}", pixels);
}
