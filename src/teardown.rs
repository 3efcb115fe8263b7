//! Whether what a command built is freed when the command is done.
//!
//! The `rhelm` binary ends with `_exit` right after its command (`cli::exit`): freeing
//! what the command built just before that is work on the command's critical path that the
//! exit makes moot (a large chart's parsed templates are tens of thousands of allocations: 2.6M
//! instructions, ~4% of a `template` of the prometheus chart). The binary says so once
//! ([`exit_follows`]), as compilers skip freeing their trees before exit; used as a library
//! (tests, fuzzing, repeated renders) everything is freed as usual.

use std::sync::atomic::{AtomicBool, Ordering};

static EXIT_FOLLOWS: AtomicBool = AtomicBool::new(false);

/// Declares that the process ends as soon as its one command is done, without freeing memory.
pub fn exit_follows() {
    EXIT_FOLLOWS.store(true, Ordering::Relaxed);
}

/// Drops `value`, or, when the process ends right after its command ([`exit_follows`]), leaves
/// its memory to the exit. For large structures whose drop does nothing but free memory.
pub fn discard<T>(value: T) {
    if EXIT_FOLLOWS.load(Ordering::Relaxed) {
        std::mem::forget(value);
    } else {
        drop(value);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::rc::Rc;

    #[test]
    fn a_discarded_value_is_freed_unless_the_exit_follows() {
        let value = Rc::new(());
        discard(Rc::clone(&value));
        assert_eq!(Rc::strong_count(&value), 1, "dropped");
        exit_follows();
        discard(Rc::clone(&value));
        assert_eq!(Rc::strong_count(&value), 2, "left to the exit");
        EXIT_FOLLOWS.store(false, Ordering::Relaxed);
    }
}
