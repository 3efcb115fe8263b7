//! Independent work items spread over the machine's cores, results kept in input order.

use std::sync::atomic::{AtomicUsize, Ordering};

/// Below this many bytes of input, one thread beats starting others (a thread costs tens of
/// microseconds; parsing runs at tens of megabytes a second).
pub(crate) const PARALLEL_MIN_BYTES: usize = 128 * 1024;

/// The stack of a worker thread: as deep as the work may need on the render thread (parsing
/// nests once per parenthesis, up to Go's 10000 levels). Untouched stack costs nothing.
const WORKER_STACK_BYTES: usize = 256 << 20;

/// `items.iter().map(f).collect()`, computed by up to as many threads as there are cores when
/// the input is large (`bytes` of it in all); each thread takes the next unclaimed item.
pub fn map_in_order<T: Sync, R: Send>(
    items: &[T],
    bytes: usize,
    f: impl Fn(&T) -> R + Sync,
) -> Vec<R> {
    // Small inputs (most charts) stay on this thread without asking how many cores there are:
    // `available_parallelism` reads cgroup files.
    if bytes < PARALLEL_MIN_BYTES || items.len() < 2 {
        return items.iter().map(f).collect();
    }
    let workers = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1)
        .min(items.len())
        .min(8);
    if workers < 2 {
        return items.iter().map(f).collect();
    }
    let next = AtomicUsize::new(0);
    let work = || {
        let mut done = Vec::new();
        loop {
            let i = next.fetch_add(1, Ordering::Relaxed);
            let Some(item) = items.get(i) else {
                return done;
            };
            done.push((i, f(item)));
        }
    };
    let mut slots: Vec<Option<R>> = (0..items.len()).map(|_| None).collect();
    std::thread::scope(|s| {
        let helpers: Vec<_> = (1..workers)
            .map(|_| {
                std::thread::Builder::new()
                    .stack_size(WORKER_STACK_BYTES)
                    .spawn_scoped(s, work)
                    .expect("spawn worker thread")
            })
            .collect();
        let mut all = work();
        for h in helpers {
            all.extend(h.join().unwrap_or_else(|p| std::panic::resume_unwind(p)));
        }
        for (i, r) in all {
            slots[i] = Some(r);
        }
    });
    slots
        .into_iter()
        .map(|r| r.expect("every item was processed"))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn results_keep_input_order_on_both_paths() {
        let items: Vec<usize> = (0..1000).collect();
        let small = map_in_order(&items, 0, |i| i * 2);
        let large = map_in_order(&items, usize::MAX, |i| i * 2);
        let want: Vec<usize> = items.iter().map(|i| i * 2).collect();
        assert_eq!(small, want);
        assert_eq!(large, want);
    }
}
