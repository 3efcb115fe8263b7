//! go-yaml v2's "natural" map key order (`keyList.Less`) for string keys.

use std::cmp::Ordering;

/// A character unit: bytes for ASCII-only keys (no allocation), chars otherwise.
trait Unit: Copy + PartialEq + PartialOrd {
    fn ch(self) -> char;
}

impl Unit for u8 {
    fn ch(self) -> char {
        self as char
    }
}

impl Unit for char {
    fn ch(self) -> char {
        self
    }
}

fn is_letter<T: Unit>(c: T) -> bool {
    c.ch().is_alphabetic()
}

fn is_digit<T: Unit>(c: T) -> bool {
    c.ch().is_ascii_digit()
}

/// Whether `a` sorts before `b`. `v3` selects yaml.v3's variant, where after a run of equal
/// digits a letter sorts after a non-letter.
fn less<T: Unit>(a: &[T], b: &[T], v3: bool) -> bool {
    let n = a.len().min(b.len());
    let mut digits = false;
    for i in 0..n {
        if a[i] == b[i] {
            digits = is_digit(a[i]);
            continue;
        }
        let al = is_letter(a[i]);
        let bl = is_letter(b[i]);
        if al && bl {
            return a[i] < b[i];
        }
        if al || bl {
            return if v3 && digits { al } else { bl };
        }
        let (mut an, mut bn): (i64, i64) = (0, 0);
        if a[i].ch() == '0' || b[i].ch() == '0' {
            let mut j = i;
            while j > 0 && is_digit(a[j - 1]) {
                j -= 1;
                if a[j].ch() != '0' {
                    an = 1;
                    bn = 1;
                    break;
                }
            }
        }
        let mut ai = i;
        while ai < a.len() && is_digit(a[ai]) {
            an = an
                .wrapping_mul(10)
                .wrapping_add(a[ai].ch() as i64 - '0' as i64);
            ai += 1;
        }
        let mut bi = i;
        while bi < b.len() && is_digit(b[bi]) {
            bn = bn
                .wrapping_mul(10)
                .wrapping_add(b[bi].ch() as i64 - '0' as i64);
            bi += 1;
        }
        if an != bn {
            return an < bn;
        }
        if ai != bi {
            return ai < bi;
        }
        return a[i] < b[i];
    }
    a.len() < b.len()
}

/// go-yaml v2's order (Go's sort.Sort is not stable, but keys are distinct).
pub(crate) fn compare(a: &str, b: &str) -> Ordering {
    compare_with(a, b, false)
}

/// yaml.v3's order.
pub(crate) fn compare_v3(a: &str, b: &str) -> Ordering {
    compare_with(a, b, true)
}

fn ordering<T: Unit>(a: &[T], b: &[T], v3: bool) -> Ordering {
    if less(a, b, v3) {
        Ordering::Less
    } else if less(b, a, v3) {
        Ordering::Greater
    } else {
        Ordering::Equal
    }
}

fn compare_with(a: &str, b: &str, v3: bool) -> Ordering {
    if a == b {
        return Ordering::Equal;
    }
    if a.is_ascii() && b.is_ascii() {
        return ordering(a.as_bytes(), b.as_bytes(), v3);
    }
    let ac: Vec<char> = a.chars().collect();
    let bc: Vec<char> = b.chars().collect();
    ordering(&ac, &bc, v3)
}

/// A stable merge sort for Go's key order. That order is not transitive for some mixes of
/// number-like and other keys (Go's own output then depends on map iteration order), and the
/// standard library's sort may panic on such a comparison. This one never does, and for keys
/// that are totally ordered it gives the same result.
pub(crate) fn sort_keys<T>(items: &mut Vec<T>, cmp: impl Fn(&T, &T) -> Ordering + Copy) {
    if items.len() <= 1 {
        return;
    }
    let right = items.split_off(items.len() / 2);
    let mut left = std::mem::take(items);
    let mut right = right;
    sort_keys(&mut left, cmp);
    sort_keys(&mut right, cmp);
    let mut out = Vec::with_capacity(left.len() + right.len());
    let (mut l, mut r) = (left.into_iter().peekable(), right.into_iter().peekable());
    while let (Some(a), Some(b)) = (l.peek(), r.peek()) {
        if cmp(b, a) == Ordering::Less {
            out.extend(r.next());
        } else {
            out.extend(l.next());
        }
    }
    out.extend(l);
    out.extend(r);
    *items = out;
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sorted(mut v: Vec<&str>) -> Vec<&str> {
        v.sort_by(|a, b| compare(a, b));
        v
    }

    #[test]
    fn merge_sort_matches_the_standard_sort_on_ordinary_keys() {
        let keys = vec!["b", "a10", "a2", "A", "1", "10", "2", "x.y", "-", "_z"];
        let mut ours = keys.clone();
        sort_keys(&mut ours, |a, b| compare(a, b));
        assert_eq!(ours, sorted(keys));
    }

    #[test]
    fn natural() {
        assert_eq!(sorted(vec!["a10", "a2", "a1"]), vec!["a1", "a2", "a10"]);
        assert_eq!(sorted(vec!["b", "_a", "A", "1"]), vec!["_a", "1", "A", "b"]);
        assert_eq!(sorted(vec!["ab", "a"]), vec!["a", "ab"]);
    }
}
