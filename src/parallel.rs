//! Independent work items spread over the machine's cores, results kept in input order.

use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{mpsc, Arc, Mutex};

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

/// Work handed to the lent thread.
type Job = Box<dyn FnOnce() + Send>;

/// Where jobs for the lent thread go while one is lent (see [`lend_current_thread`]).
static LENT: Mutex<Option<mpsc::Sender<Job>>> = Mutex::new(None);

/// Below this many bytes of input, the lent thread is not asked: handing it work costs a
/// wake-up and its results come back through a channel.
pub(crate) const LEND_MIN_BYTES: usize = 24 * 1024;

/// While a thread is lent: ends the lending when dropped (on the thread doing the work, so
/// the lent thread stops serving once that work is done, even if it panics).
pub struct Lending(bool);

impl Drop for Lending {
    fn drop(&mut self) {
        if self.0 {
            if let Ok(mut lent) = LENT.lock() {
                *lent = None;
            }
        }
    }
}

/// The jobs a lent thread runs (see [`Jobs::serve`]).
pub struct Jobs(Option<mpsc::Receiver<Job>>);

impl Jobs {
    /// Runs the jobs handed over until the [`Lending`] is dropped. A job that panics is
    /// abandoned; whoever handed it over does its part again ([`map_in_order_lending`]).
    pub fn serve(self) {
        let Some(jobs) = self.0 else {
            return;
        };
        while let Ok(job) = jobs.recv() {
            let _ = std::panic::catch_unwind(std::panic::AssertUnwindSafe(job));
        }
    }
}

/// Lends the calling thread to the process's work: it is about to wait for another thread
/// (the command runs on one with a large stack), so it may as well work. A thread that
/// already exists costs nothing to start and has its stack and heap in place, where a new one
/// touches fresh memory first (on a VM, a fresh 2 MiB huge page costs ~0.3 ms), so much
/// smaller inputs are worth splitting. Give the [`Lending`] to the working thread and call
/// [`Jobs::serve`] here; when a thread is lent already, nothing is lent a second time.
pub fn lend_current_thread() -> (Lending, Jobs) {
    let Ok(mut lent) = LENT.lock() else {
        return (Lending(false), Jobs(None));
    };
    if lent.is_some() {
        return (Lending(false), Jobs(None));
    }
    let (tx, rx) = mpsc::channel();
    *lent = Some(tx);
    (Lending(true), Jobs(Some(rx)))
}

/// A function of an item, shareable with the lent thread.
type ItemFn<T, R> = Box<dyn Fn(&T) -> R + Send + Sync>;

/// Whether a thread is lent now (see [`lend_current_thread`]) and `bytes` of input are enough
/// to hand it work.
pub fn worth_lending(bytes: usize) -> bool {
    lent_for(bytes).is_some()
}

/// Where to send work for the lent thread, when one is lent and `bytes` of input are enough.
fn lent_for(bytes: usize) -> Option<mpsc::Sender<Job>> {
    if bytes < LEND_MIN_BYTES {
        return None;
    }
    LENT.lock().ok().and_then(|l| l.clone())
}

/// What the calling thread and the lent one share in a [`LentMap`].
struct Shared<T, R> {
    items: Vec<T>,
    f: ItemFn<T, R>,
    lendable: ItemFn<T, bool>,
    claimed: Vec<AtomicBool>,
    /// Set when the map is stopped: the lent thread claims nothing more.
    stopped: AtomicBool,
}

impl<T, R> Shared<T, R> {
    fn claim(&self, i: usize) -> bool {
        !self.claimed[i].swap(true, Ordering::AcqRel)
    }
}

/// `f` over `items`, begun on the lent thread (see [`lend_current_thread`]) and finished, or
/// stopped part-way, by the thread that started it.
pub struct LentMap<T, R> {
    shared: Arc<Shared<T, R>>,
    bytes: usize,
    /// The lent thread's results; `None` when nothing was lent.
    done: Option<mpsc::Receiver<(usize, R)>>,
}

impl<T: Send + Sync + 'static, R: Send + 'static> LentMap<T, R> {
    /// Hands `f` over `items` to the lent thread, when there is one and the input (`bytes` in
    /// all) is large enough; it takes the items in order, those for which `lendable` (asked on
    /// it) says yes, until the map is finished or stopped.
    pub fn start(
        items: Vec<T>,
        bytes: usize,
        lendable: impl Fn(&T) -> bool + Send + Sync + 'static,
        f: impl Fn(&T) -> R + Send + Sync + 'static,
    ) -> LentMap<T, R> {
        let shared = Arc::new(Shared {
            claimed: (0..items.len()).map(|_| AtomicBool::new(false)).collect(),
            items,
            f: Box::new(f),
            lendable: Box::new(lendable),
            stopped: AtomicBool::new(false),
        });
        let lent = if shared.items.is_empty() {
            None
        } else {
            lent_for(bytes)
        };
        let Some(lent) = lent else {
            return LentMap {
                shared,
                bytes,
                done: None,
            };
        };
        let (done_tx, done) = mpsc::channel();
        let theirs = Arc::clone(&shared);
        let job: Job = Box::new(move || {
            for (i, item) in theirs.items.iter().enumerate() {
                if theirs.stopped.load(Ordering::Acquire) {
                    return;
                }
                if (theirs.lendable)(item) && theirs.claim(i) {
                    let r = (theirs.f)(item);
                    if done_tx.send((i, r)).is_err() {
                        return;
                    }
                }
            }
        });
        // When the lent thread has stopped serving, the job is dropped and nothing comes back.
        let _ = lent.send(job);
        LentMap {
            shared,
            bytes,
            done: Some(done),
        }
    }

    /// The results in item order: this thread does every item the lent thread has not taken
    /// (all of them on several new threads when nothing was lent and the input is large).
    pub fn finish(self) -> Vec<R> {
        if self.done.is_none() {
            return map_in_order(&self.shared.items, self.bytes, |t| (self.shared.f)(t));
        }
        let shared = Arc::clone(&self.shared);
        self.collect(|item| Some((shared.f)(item)))
            .into_iter()
            .enumerate()
            .map(|(i, r)| r.unwrap_or_else(|| (shared.f)(&shared.items[i])))
            .collect()
    }

    /// Stops the lent thread and returns what it has done, in item order (`None` for the
    /// items it had not taken).
    pub fn stop(self) -> Vec<Option<R>> {
        self.shared.stopped.store(true, Ordering::Release);
        self.collect(|_| None)
    }

    /// Claims every item the lent thread has not, passing each to `mine`, then waits for the
    /// lent thread's items (an item it failed on stays `None`).
    fn collect(mut self, mine: impl Fn(&T) -> Option<R>) -> Vec<Option<R>> {
        let n = self.shared.items.len();
        let mut slots: Vec<Option<R>> = (0..n).map(|_| None).collect();
        let mut own = 0;
        for (i, item) in self.shared.items.iter().enumerate() {
            if self.shared.claim(i) {
                slots[i] = mine(item);
                own += 1;
            }
        }
        if let Some(done) = self.done.take() {
            for _ in own..n {
                match done.recv() {
                    Ok((i, r)) => slots[i] = Some(r),
                    // The lent thread's job panicked.
                    Err(_) => break,
                }
            }
        }
        slots
    }
}

impl<T, R> Drop for LentMap<T, R> {
    /// A map dropped unfinished (its caller failed) lets the lent thread go.
    fn drop(&mut self) {
        self.shared.stopped.store(true, Ordering::Release);
    }
}

/// [`map_in_order`] for owned items, shared with the lent thread when there is one (see
/// [`LentMap::start`]).
pub fn map_in_order_lending<T, R>(
    items: Vec<T>,
    bytes: usize,
    lendable: impl Fn(&T) -> bool + Send + Sync + 'static,
    f: impl Fn(&T) -> R + Send + Sync + 'static,
) -> Vec<R>
where
    T: Send + Sync + 'static,
    R: Send + 'static,
{
    LentMap::start(items, bytes, lendable, f).finish()
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

    /// One test for all lending, since the lent thread is one per process.
    #[test]
    fn a_lent_thread_shares_the_work_and_its_failures_are_redone() {
        use std::thread::ThreadId;
        let (lending, jobs) = lend_current_thread();
        let lent_id = std::thread::current().id();
        let worker = std::thread::spawn(move || {
            let _lending = lending;
            let items: Vec<usize> = (0..400).collect();
            let slow = |i: &usize| {
                std::thread::sleep(std::time::Duration::from_micros(200));
                (*i * 3, std::thread::current().id())
            };
            // Every item may be lent: both threads work, results stay in order.
            let shared = map_in_order_lending(items.clone(), usize::MAX, |_| true, slow);
            // Odd items may not go to the lent thread.
            let even_only = map_in_order_lending(items.clone(), usize::MAX, |i| i % 2 == 0, slow);
            // The lent thread's work fails: the worker does it again.
            let failing = map_in_order_lending(
                items.clone(),
                usize::MAX,
                |_| true,
                move |i: &usize| {
                    if std::thread::current().id() == lent_id {
                        panic!("lent thread fails");
                    }
                    slow(i)
                },
            );
            // Too small an input is not lent.
            let small = map_in_order_lending(items.clone(), 0, |_| true, slow);
            // Stopped part-way: what the lent thread finished, and nothing for the rest.
            let started = LentMap::start(items, usize::MAX, |_| true, slow);
            std::thread::sleep(std::time::Duration::from_millis(10));
            let stopped = started.stop();
            (shared, even_only, failing, small, stopped)
        });
        jobs.serve();
        let (shared, even_only, failing, small, stopped) = worker.join().expect("worker");
        let taken: Vec<usize> = stopped.iter().flatten().map(|(x, _)| x / 3).collect();
        assert!(
            !taken.is_empty() && taken.len() < 400,
            "{} items taken",
            taken.len()
        );
        assert!(stopped.iter().flatten().all(|(_, t)| *t == lent_id));
        // The lent thread takes items in order.
        assert_eq!(taken, (0..taken.len()).collect::<Vec<_>>());
        let values = |v: &[(usize, ThreadId)]| v.iter().map(|(x, _)| *x).collect::<Vec<_>>();
        let want: Vec<usize> = (0..400).map(|i| i * 3).collect();
        for got in [&shared, &even_only, &failing, &small] {
            assert_eq!(values(got), want);
        }
        let lent_did = |v: &[(usize, ThreadId)]| v.iter().filter(|(_, t)| *t == lent_id).count();
        assert!(lent_did(&shared) > 0, "the lent thread took no item");
        assert!(lent_did(&shared) < 400, "the worker took no item");
        assert!(even_only
            .iter()
            .all(|(x, t)| *t != lent_id || (x / 3) % 2 == 0));
        assert_eq!(lent_did(&failing), 0);
        assert_eq!(lent_did(&small), 0);
        // The lending ended with the worker: nothing is lent now.
        assert!(LENT.lock().map(|l| l.is_none()).unwrap_or(false));
    }
}
