//! helm-diff's line diff (`diff/lcs.go` since v3.15.9): the common prefix and suffix are kept as
//! context, and the middle is split Hirschberg-style in linear memory. The tie-breaking is the
//! plugin's, so equal inputs give the same records (and so the same bytes) as helm-diff:
//!
//! - the suffix scan never reaches the index where the common prefix ended;
//! - the left half is split at the *first* column with the best forward+backward LCS score;
//! - a single left line matches its *last* occurrence on the right (additions before it,
//!   after it), and a single unmatched left line is removed before the right side is added.
//!
//! Memory is O(N+M) per level; time is O(N·M) in the middle part only.

use super::report::LineKind;

/// One record of a line diff: common, removed (left only) or added (right only).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Record<'a> {
    /// `Common`, `Removed` or `Added` (never `Elided`).
    pub kind: LineKind,
    /// The line, without its `\n`.
    pub text: &'a str,
}

fn rec(kind: LineKind, text: &str) -> Record<'_> {
    Record { kind, text }
}

/// Diffs two sequences of lines.
pub fn diff_lines<'a>(left: &[&'a str], right: &[&'a str]) -> Vec<Record<'a>> {
    let mut start = 0;
    while start < left.len() && start < right.len() && left[start] == right[start] {
        start += 1;
    }
    // The suffix scan stops before `start` on either side (as the plugin's does).
    let mut end = 0;
    if !left.is_empty() && !right.is_empty() {
        let (mut i, mut j) = (left.len() - 1, right.len() - 1);
        while i > start && j > start && left[i] == right[j] {
            i -= 1;
            j -= 1;
            end += 1;
        }
    }
    let mut out = Vec::with_capacity(left.len().max(right.len()) + 8);
    out.extend(left[..start].iter().map(|s| rec(LineKind::Common, s)));
    hirschberg(
        &left[start..left.len() - end],
        &right[start..right.len() - end],
        &mut out,
    );
    out.extend(
        left[left.len() - end..]
            .iter()
            .map(|s| rec(LineKind::Common, s)),
    );
    out
}

fn hirschberg<'a>(a: &[&'a str], b: &[&'a str], out: &mut Vec<Record<'a>>) {
    if a.is_empty() {
        out.extend(b.iter().map(|s| rec(LineKind::Added, s)));
        return;
    }
    if b.is_empty() {
        out.extend(a.iter().map(|s| rec(LineKind::Removed, s)));
        return;
    }
    if a.len() == 1 {
        single_line(a[0], b, out);
        return;
    }
    let mid = a.len() / 2;
    let forward = prefix_scores(&a[..mid], b);
    let backward = suffix_scores(&a[mid..], b);
    let mut split = 0;
    let mut best = None;
    for j in 0..=b.len() {
        let score = forward[j] + backward[j];
        if best.is_none_or(|m| score > m) {
            best = Some(score);
            split = j;
        }
    }
    drop(forward);
    drop(backward);
    hirschberg(&a[..mid], &b[..split], out);
    hirschberg(&a[mid..], &b[split..], out);
}

/// One left line against `b`: it matches its last occurrence, else it is removed first.
fn single_line<'a>(line: &'a str, b: &[&'a str], out: &mut Vec<Record<'a>>) {
    match b.iter().rposition(|s| *s == line) {
        Some(found) => {
            out.extend(b[..found].iter().map(|s| rec(LineKind::Added, s)));
            out.push(rec(LineKind::Common, line));
            out.extend(b[found + 1..].iter().map(|s| rec(LineKind::Added, s)));
        }
        None => {
            out.push(rec(LineKind::Removed, line));
            out.extend(b.iter().map(|s| rec(LineKind::Added, s)));
        }
    }
}

/// `scores[j]` = LCS length of `a` and `b[..j]`.
fn prefix_scores(a: &[&str], b: &[&str]) -> Vec<usize> {
    let mut prev = vec![0usize; b.len() + 1];
    let mut curr = vec![0usize; b.len() + 1];
    for ai in a {
        curr[0] = 0;
        for (j, bj) in b.iter().enumerate() {
            curr[j + 1] = if ai == bj {
                prev[j] + 1
            } else {
                prev[j + 1].max(curr[j])
            };
        }
        std::mem::swap(&mut prev, &mut curr);
    }
    prev
}

/// `scores[j]` = LCS length of `a` and `b[j..]`.
fn suffix_scores(a: &[&str], b: &[&str]) -> Vec<usize> {
    let m = b.len();
    let mut prev = vec![0usize; m + 1];
    let mut curr = vec![0usize; m + 1];
    for ai in a.iter().rev() {
        curr[m] = 0;
        for j in (0..m).rev() {
            curr[j] = if *ai == b[j] {
                prev[j + 1] + 1
            } else {
                prev[j].max(curr[j + 1])
            };
        }
        std::mem::swap(&mut prev, &mut curr);
    }
    prev
}

#[cfg(test)]
mod tests {
    use super::*;

    /// aryann/difflib's `Diff`, the reference the plugin's tests compare with: a full suffix
    /// LCS table after stripping the common prefix and suffix; at each step a left-only line
    /// wins over a right-only one when both keep the LCS.
    fn difflib<'a>(a: &[&'a str], b: &[&'a str]) -> Vec<Record<'a>> {
        let mut start = 0;
        while start < a.len() && start < b.len() && a[start] == b[start] {
            start += 1;
        }
        let mut end = 0;
        if !a.is_empty() && !b.is_empty() {
            let (mut i, mut j) = (a.len() - 1, b.len() - 1);
            while i > start && j > start && a[i] == b[j] {
                i -= 1;
                j -= 1;
                end += 1;
            }
        }
        let (ma, mb) = (&a[start..a.len() - end], &b[start..b.len() - end]);
        let mut t = vec![vec![0usize; mb.len() + 1]; ma.len() + 1];
        for i in (0..ma.len()).rev() {
            for j in (0..mb.len()).rev() {
                t[i][j] = if ma[i] == mb[j] {
                    t[i + 1][j + 1] + 1
                } else {
                    t[i + 1][j].max(t[i][j + 1])
                };
            }
        }
        let mut out: Vec<Record> = a[..start]
            .iter()
            .map(|s| rec(LineKind::Common, s))
            .collect();
        let (mut i, mut j) = (0, 0);
        while i < ma.len() || j < mb.len() {
            if i < ma.len() && (j == mb.len() || t[i + 1][j] >= t[i][j]) {
                out.push(rec(LineKind::Removed, ma[i]));
                i += 1;
            } else if j < mb.len() && (i == ma.len() || t[i][j + 1] >= t[i][j]) {
                out.push(rec(LineKind::Added, mb[j]));
                j += 1;
            } else {
                out.push(rec(LineKind::Common, ma[i]));
                i += 1;
                j += 1;
            }
        }
        out.extend(a[a.len() - end..].iter().map(|s| rec(LineKind::Common, s)));
        out
    }

    fn show(r: &[Record]) -> String {
        r.iter()
            .map(|r| {
                let c = match r.kind {
                    LineKind::Common => ' ',
                    LineKind::Added => '+',
                    LineKind::Removed => '-',
                    LineKind::Elided => '.',
                };
                format!("{c}{}", r.text)
            })
            .collect::<Vec<_>>()
            .join(",")
    }

    /// The cases of helm-diff's `TestDiffLinesParityWithDifflib` (diff/lcs_test.go), each with
    /// difflib's result written out, and checked against the reference implementation too.
    #[test]
    fn diff_lines_parity_with_difflib() {
        let cases: &[(&str, &[&str], &[&str], &str)] = &[
            ("both empty", &[], &[], ""),
            ("first empty", &[], &["a", "b"], "+a,+b"),
            ("second empty", &["a", "b"], &[], "-a,-b"),
            ("identical", &["a", "b", "c"], &["a", "b", "c"], " a, b, c"),
            (
                "completely different",
                &["a", "b", "c"],
                &["x", "y", "z"],
                "-a,-b,-c,+x,+y,+z",
            ),
            (
                "common prefix only",
                &["a", "b", "c"],
                &["a", "b", "d"],
                " a, b,-c,+d",
            ),
            (
                "common suffix only",
                &["a", "b", "c"],
                &["x", "b", "c"],
                "-a,+x, b, c",
            ),
            (
                "interleaved changes",
                &["line1", "line2", "line3", "line4", "line5"],
                &[
                    "line1-changed",
                    "line2",
                    "line3-changed",
                    "line4",
                    "line5-changed",
                ],
                "-line1,+line1-changed, line2,-line3,+line3-changed, line4,-line5,+line5-changed",
            ),
            ("insertions", &["a", "c"], &["a", "b", "c"], " a,+b, c"),
            ("deletions", &["a", "b", "c"], &["a", "c"], " a,-b, c"),
            (
                "repeated elements",
                &["a", "a", "a", "b"],
                &["a", "b", "a"],
                " a,-a,-a, b,+a",
            ),
            (
                "single element match at end",
                &["x"],
                &["a", "b", "x"],
                "+a,+b, x",
            ),
            (
                "single element match at start",
                &["x"],
                &["x", "a", "b"],
                " x,+a,+b",
            ),
            ("single element no match", &["x"], &["a", "b"], "-x,+a,+b"),
            (
                "multiple matches of single element",
                &["x"],
                &["x", "a", "x", "b", "x"],
                " x,+a,+x,+b,+x",
            ),
        ];
        for (name, a, b, want) in cases {
            assert_eq!(show(&diff_lines(a, b)), *want, "{name}");
            assert_eq!(show(&difflib(a, b)), *want, "{name} (reference)");
        }
    }

    /// `TestDiffLinesSemanticValidity`: on random inputs the records replay both sides and keep
    /// a longest common subsequence.
    #[test]
    fn diff_lines_semantic_validity() {
        let mut seed = 42u64;
        let mut next = |n: u64| {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            ((seed >> 33) % n) as usize
        };
        let words: Vec<String> = (0..8).map(|i| format!("item-{i}")).collect();
        for iter in 0..1000 {
            let (la, ka) = (1 + next(30), 1 + next(8) as u64);
            let a: Vec<&str> = (0..la).map(|_| words[next(ka)].as_str()).collect();
            let (lb, kb) = (1 + next(30), 1 + next(8) as u64);
            let b: Vec<&str> = (0..lb).map(|_| words[next(kb)].as_str()).collect();
            let recs = diff_lines(&a, &b);
            let (mut i, mut j, mut common) = (0, 0, 0);
            for r in &recs {
                match r.kind {
                    LineKind::Common => {
                        assert_eq!((a[i], b[j]), (r.text, r.text), "iter {iter}");
                        i += 1;
                        j += 1;
                        common += 1;
                    }
                    LineKind::Removed => {
                        assert_eq!(a[i], r.text, "iter {iter}");
                        i += 1;
                    }
                    LineKind::Added => {
                        assert_eq!(b[j], r.text, "iter {iter}");
                        j += 1;
                    }
                    LineKind::Elided => panic!("no elided records from the diff"),
                }
            }
            assert_eq!((i, j), (a.len(), b.len()), "iter {iter}");
            let lcs = difflib(&a, &b)
                .iter()
                .filter(|r| r.kind == LineKind::Common)
                .count();
            assert_eq!(common, lcs, "iter {iter}: {a:?} {b:?}");
        }
    }

    /// `TestDiffLinesLargeInput`: 5000 lines, every third changed.
    #[test]
    fn diff_lines_large_input() {
        let a: Vec<String> = (0..5000).map(|i| format!("line {i}")).collect();
        let b: Vec<String> = (0..5000)
            .map(|i| {
                if i % 3 == 0 {
                    format!("changed {i}")
                } else {
                    format!("line {i}")
                }
            })
            .collect();
        let a: Vec<&str> = a.iter().map(String::as_str).collect();
        let b: Vec<&str> = b.iter().map(String::as_str).collect();
        let recs = diff_lines(&a, &b);
        let changed = recs.iter().filter(|r| r.kind != LineKind::Common).count();
        assert_eq!(changed, 2 * 1667);
    }
}
