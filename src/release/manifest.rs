//! A release manifest as text: its split into YAML documents, as Helm does it. Rendering
//! produces manifests and applying reads them, so this sits below both.

/// The hooks of a record as `helm get hooks` prints them: `---`, a `# Source:` line with the
/// template path, and the hook's manifest, one after another.
pub fn hooks_text(hooks: &[super::Hook]) -> String {
    hooks
        .iter()
        .map(|h| format!("---\n# Source: {}\n{}\n", h.path, h.manifest))
        .collect()
}

/// Splits a rendered file into YAML documents, as Helm 3 and Helm 4.1 do: the whole text is
/// trimmed, split on the separator regexp `(?:^|\s*\n)---\s*` (Go's ASCII `\s`), and each
/// document trimmed; empty pieces before trimming are dropped.
///
/// The regexp's matches are found by hand: compiling it cost more than rendering a small chart.
pub fn split_manifests(text: &str) -> Vec<String> {
    let t = text.trim();
    let mut pieces = Vec::new();
    let mut piece_start = 0;
    for (start, end) in separator_matches(t) {
        pieces.push(&t[piece_start..start]);
        piece_start = end;
    }
    pieces.push(&t[piece_start..]);
    pieces
        .into_iter()
        .filter(|d| !d.is_empty())
        .map(|d| d.trim().to_string())
        .collect()
}

/// Go's `\s`.
fn is_go_space(b: u8) -> bool {
    matches!(b, b'\t' | b'\n' | 0x0c | b'\r' | b' ')
}

/// The leftmost-first, non-overlapping matches of `(?:^|\s*\n)---\s*` in `t`, as byte ranges.
fn separator_matches(t: &str) -> Vec<(usize, usize)> {
    let b = t.as_bytes();
    let skip_space = |mut e: usize| {
        while e < b.len() && is_go_space(b[e]) {
            e += 1;
        }
        e
    };
    let mut found = Vec::new();
    let mut pos = 0;
    if t.starts_with("---") {
        pos = skip_space(3);
        found.push((0, pos));
    }
    while let Some(i) = t[pos..].find("\n---") {
        let newline = pos + i;
        // The match starts where the run of spaces ending in that newline starts, but not before
        // the end of the previous match.
        let mut start = newline;
        while start > pos && is_go_space(b[start - 1]) {
            start -= 1;
        }
        let end = skip_space(newline + 4);
        found.push((start, end));
        pos = end;
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn separator_matches_are_the_regexps() {
        let re = regex::Regex::new(r"(?:^|[\t\n\x0C\r ]*\n)---[\t\n\x0C\r ]*").unwrap();
        const PARTS: &[&str] = &[
            "-", "--", "---", "\n", " ", "\t", "\r", "\x0c", "a", "\n---", "é",
        ];
        let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
        for _ in 0..200_000 {
            let mut t = String::new();
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            let mut r = seed;
            for _ in 0..(r % 12) {
                r = r.rotate_left(7) ^ 0x9e37_79b9;
                t.push_str(PARTS[(r % PARTS.len() as u64) as usize]);
            }
            let want: Vec<(usize, usize)> =
                re.find_iter(&t).map(|m| (m.start(), m.end())).collect();
            assert_eq!(separator_matches(&t), want, "{t:?}");
        }
    }

    #[test]
    fn split_trims_and_drops_empty_pieces() {
        let docs = split_manifests("\n---\nkind: A\n---   \n\nkind: B\n---\n");
        assert_eq!(docs, vec!["kind: A", "kind: B"]);
        // Helm's regexp also splits a separator glued to the next line.
        assert_eq!(
            split_manifests("kind: A\n---kind: B"),
            vec!["kind: A", "kind: B"]
        );
        // A separator must start a line (or the text).
        assert_eq!(split_manifests("a: x---y"), vec!["a: x---y"]);
    }
}
