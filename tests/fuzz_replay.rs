//! The fuzz targets on stable Rust, without libFuzzer: every target of `fuzz/src/lib.rs` runs
//! on its seeds (`fuzz/seeds/<target>/`), on every input that once found a bug
//! (`fuzz/regressions/<target>/`), on a local cargo-fuzz corpus when there is one
//! (`fuzz/corpus/<target>/`), and on a bounded number of random mutations of those inputs
//! (`RHELM_FUZZ_ITERS` per target, default 400; `RHELM_FUZZ_SEED` picks the sequence). A failure
//! names the target and writes the input to `fuzz/artifacts/<target>/replay-<hash>` so that it
//! can be kept as a regression case.

#[path = "../fuzz/src/lib.rs"]
#[allow(dead_code, missing_docs)]
mod targets;

use std::path::{Path, PathBuf};

fn fuzz_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz")
}

fn inputs(target: &str) -> Vec<(String, Vec<u8>)> {
    let mut out = Vec::new();
    for kind in ["seeds", "regressions", "corpus"] {
        let dir = fuzz_dir().join(kind).join(target);
        let Ok(rd) = std::fs::read_dir(&dir) else {
            continue;
        };
        let mut files: Vec<PathBuf> = rd.flatten().map(|e| e.path()).collect();
        files.sort();
        for f in files {
            if f.is_file() {
                out.push((
                    format!(
                        "{kind}/{target}/{}",
                        f.file_name().unwrap().to_string_lossy()
                    ),
                    std::fs::read(&f).unwrap(),
                ));
            }
        }
    }
    out
}

/// xorshift64*: a small deterministic generator, enough to pick mutations.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// Tokens that reach the interesting paths of the parsers faster than random bytes.
const DICTIONARY: &[&[u8]] = &[
    b"{{",
    b"}}",
    b"{{-",
    b"-}}",
    b"(",
    b")",
    b"[",
    b"]",
    b"{",
    b"}",
    b"|",
    b"\"",
    b"'",
    b"\\",
    b"---\n",
    b"\n",
    b": ",
    b"- ",
    b"&a ",
    b"*a",
    b"<<: ",
    b"!!",
    b",",
    b"=",
    b".",
    b"[0]",
    b"include",
    b"tpl",
    b"define",
    b"template",
    b"range",
    b"end",
    b"if",
    b"with",
    b"$x :=",
    b"\x1f\x8b\x08",
    b"\0",
    b"\xff",
    b"\xc3",
    b"..",
    b"/",
    b"null",
    b"true",
    b"1e999",
    b"-0",
];

fn mutate(rng: &mut Rng, pool: &[(String, Vec<u8>)]) -> Vec<u8> {
    let mut data = pool[rng.below(pool.len())].1.clone();
    for _ in 0..=rng.below(4) {
        let at = rng.below(data.len() + 1);
        match rng.below(7) {
            0 if !data.is_empty() => {
                let i = at.min(data.len() - 1);
                data[i] ^= 1 << rng.below(8);
            }
            1 if !data.is_empty() => {
                let end = (at + 1 + rng.below(16)).min(data.len());
                data.drain(at.min(data.len() - 1)..end);
            }
            2 => {
                let t = DICTIONARY[rng.below(DICTIONARY.len())];
                data.splice(at..at, t.iter().copied());
            }
            3 if !data.is_empty() => {
                // Repeat a slice: deep nesting and long inputs.
                let start = rng.below(data.len());
                let len = 1 + rng.below((data.len() - start).min(8));
                let piece: Vec<u8> = data[start..start + len].to_vec();
                let times = 1 + rng.below(64);
                for _ in 0..times {
                    data.splice(at..at, piece.iter().copied());
                }
            }
            4 => {
                // Splice in part of another input.
                let other = &pool[rng.below(pool.len())].1;
                if !other.is_empty() {
                    let s = rng.below(other.len());
                    let e = s + rng.below(other.len() - s + 1);
                    data.splice(at..at, other[s..e].iter().copied());
                }
            }
            5 => data.insert(at, rng.next() as u8),
            _ => data.truncate(at),
        }
    }
    data
}

fn hash(data: &[u8]) -> u64 {
    data.iter().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x100_0000_01b3)
    })
}

/// Runs `f` on `data` on a thread with the CLI's stack; a panic is returned with the input.
fn run_one(target: &str, f: fn(&[u8]), name: &str, data: Vec<u8>) -> Result<(), String> {
    let copy = data.clone();
    let joined = std::thread::Builder::new()
        .stack_size(rhelm::render::engine::RENDER_STACK_BYTES)
        .spawn(move || f(&data))
        .unwrap()
        .join();
    joined.map_err(|p| {
        let msg = p
            .downcast_ref::<String>()
            .cloned()
            .or_else(|| p.downcast_ref::<&str>().map(|s| s.to_string()))
            .unwrap_or_default();
        let dir = fuzz_dir().join("artifacts").join(target);
        let file = dir.join(format!("replay-{:016x}", hash(&copy)));
        let _ = std::fs::create_dir_all(&dir);
        let _ = std::fs::write(&file, &copy);
        format!(
            "{target} panicked on {name} (saved as {}): {msg}",
            file.display()
        )
    })
}

#[test]
fn fuzz_targets_replay_and_mutate() {
    let iters: usize = std::env::var("RHELM_FUZZ_ITERS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(400);
    let seed: u64 = std::env::var("RHELM_FUZZ_SEED")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(0x5eed_1234_abcd_0001);
    // The targets' panics are reported by run_one; keep their default messages off stderr.
    let hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    let mut fails = Vec::new();
    for (target, f) in targets::TARGETS {
        let pool = inputs(target);
        assert!(
            !pool.is_empty(),
            "{target}: no seeds in fuzz/seeds/{target}"
        );
        let start = std::time::Instant::now();
        for (name, data) in &pool {
            fails.extend(run_one(target, *f, name, data.clone()).err());
        }
        let mut rng = Rng(seed ^ hash(target.as_bytes()));
        for i in 0..iters {
            let data = mutate(&mut rng, &pool);
            fails.extend(run_one(target, *f, &format!("mutation {i}"), data).err());
        }
        eprintln!(
            "{target:<16} {} stored inputs, {iters} mutations, {:?}",
            pool.len(),
            start.elapsed()
        );
    }
    std::panic::set_hook(hook);
    assert!(fails.is_empty(), "{}", fails.join("\n"));
}
