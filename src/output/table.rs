//! A byte-exact clone of gosuri/uitable v0.0.4 with its defaults (tab separator, no maximum
//! column width, no wrapping), including its handling of multi-line cells: a cell is first
//! resized to the column width as a whole (so a multi-line cell whose total width exceeds the
//! column is cut to `width - 3` bytes plus `...`), then split into lines.

use unicode_width::UnicodeWidthChar;

/// A table of string cells.
#[derive(Clone, Debug, Default)]
pub struct Table {
    rows: Vec<Vec<Vec<u8>>>,
    /// uitable's `MaxColWidth` (0: none): wider cells are cut to it with `...`.
    max_col_width: usize,
}

/// go-runewidth's `StringWidth` (control characters have width 0; invalid bytes count as U+FFFD).
fn width(s: &[u8]) -> usize {
    strip_ansi(&String::from_utf8_lossy(s))
        .chars()
        .map(|c| {
            if (c as u32) < 0x20 || (0x7f..0xa0).contains(&(c as u32)) {
                0
            } else {
                c.width().unwrap_or(0)
            }
        })
        .sum()
}

/// Removes ANSI CSI sequences (`ESC [ … final`), which take no columns on a terminal.
fn strip_ansi(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\x1b' && chars.peek() == Some(&'[') {
            chars.next();
            for f in chars.by_ref() {
                if ('\x40'..='\x7e').contains(&f) {
                    break;
                }
            }
            continue;
        }
        out.push(c);
    }
    out
}

fn pad_right(s: &[u8], len: usize) -> Vec<u8> {
    let mut out = s.to_vec();
    let w = width(s);
    if w < len {
        out.extend(std::iter::repeat_n(b' ', len - w));
    }
    out
}

/// `strutil.Resize`.
fn resize(s: &[u8], len: usize) -> Vec<u8> {
    let w = width(s);
    if w == len {
        return s.to_vec();
    }
    let padded = pad_right(s, len);
    if w > len {
        let keep = len.saturating_sub(3).min(padded.len());
        let mut out = padded[..keep].to_vec();
        out.extend_from_slice(b"...");
        return out;
    }
    padded
}

/// `Cell.String()`: `None` is a cell with no data.
fn cell_string(data: Option<&[u8]>, w: usize) -> Vec<u8> {
    match data {
        None => {
            if w > 1 {
                vec![b' '; w]
            } else {
                b" ".to_vec()
            }
        }
        Some(s) if w > 0 => resize(s, w),
        Some(s) => s.to_vec(),
    }
}

fn split_lines(s: &[u8]) -> Vec<&[u8]> {
    s.split(|b| *b == b'\n').collect()
}

impl Table {
    /// An empty table.
    pub fn new() -> Table {
        Table::default()
    }

    /// A table whose columns are at most `width` wide (uitable's `MaxColWidth`).
    pub fn with_max_col_width(width: usize) -> Table {
        Table {
            rows: Vec::new(),
            max_col_width: width,
        }
    }

    /// Appends a row.
    pub fn add_row<S: AsRef<str>>(&mut self, cells: &[S]) -> &mut Self {
        self.rows.push(
            cells
                .iter()
                .map(|c| c.as_ref().as_bytes().to_vec())
                .collect(),
        );
        self
    }

    /// True when no row was added.
    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    /// The table text (`Table.String()`), without a trailing newline.
    pub fn render(&self) -> Vec<u8> {
        let mut widths: Vec<usize> = Vec::new();
        for row in &self.rows {
            for (i, cell) in row.iter().enumerate() {
                if widths.len() <= i {
                    widths.push(0);
                }
                let mut w = split_lines(cell).into_iter().map(width).max().unwrap_or(0);
                if self.max_col_width > 0 {
                    w = w.min(self.max_col_width);
                }
                widths[i] = widths[i].max(w);
            }
        }
        let mut lines: Vec<Vec<u8>> = Vec::new();
        for row in &self.rows {
            let formatted: Vec<Vec<u8>> = row
                .iter()
                .enumerate()
                .map(|(i, c)| cell_string(Some(c), widths[i]))
                .collect();
            let count = formatted
                .iter()
                .map(|f| split_lines(f).len())
                .max()
                .unwrap_or(1);
            for x in 0..count {
                let parts: Vec<Vec<u8>> = formatted
                    .iter()
                    .enumerate()
                    .map(|(y, f)| cell_string(split_lines(f).get(x).copied(), widths[y]))
                    .collect();
                lines.push(parts.join(&b'\t'));
            }
        }
        lines.join(&b'\n')
    }

    /// Helm's `EncodeTable`: the table plus one newline.
    pub fn encode(&self) -> Vec<u8> {
        let mut out = self.render();
        out.push(b'\n');
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pads_every_cell_and_joins_with_tabs() {
        let mut t = Table::new();
        t.add_row(&["REVISION", "UPDATED", "DESCRIPTION"]);
        t.add_row(&["1", "Fri Sep  2 22:04:05 1977", "Release mock"]);
        assert_eq!(
            String::from_utf8(t.encode()).unwrap(),
            "REVISION\tUPDATED                 \tDESCRIPTION \n1       \tFri Sep  2 22:04:05 1977\tRelease mock\n"
        );
    }

    #[test]
    fn escape_sequences_take_no_width() {
        let mut t = Table::new();
        t.add_row(&["\x1b[1mNAME\x1b[22m", "X"]);
        t.add_row(&["abcdef", "y"]);
        assert_eq!(
            String::from_utf8(t.render()).unwrap(),
            "\x1b[1mNAME\x1b[22m  \tX\nabcdef\ty"
        );
    }

    #[test]
    fn empty_table_is_a_newline() {
        assert_eq!(Table::new().encode(), b"\n");
    }

    #[test]
    fn wide_characters_count_double() {
        let mut t = Table::new();
        t.add_row(&["日本", "x"]);
        t.add_row(&["abcde", "y"]);
        assert_eq!(String::from_utf8(t.render()).unwrap(), "日本 \tx\nabcde\ty");
    }

    #[test]
    fn multi_line_cells_follow_uitable() {
        let mut t = Table::new();
        t.add_row(&["A", "B"]);
        t.add_row(&["1", "ab\ncd"]);
        // "ab\ncd" has total width 4 > column width 2: cut to 0 bytes + "...".
        assert_eq!(String::from_utf8(t.render()).unwrap(), "A\tB \n1\t...");
        let mut t = Table::new();
        t.add_row(&["A", "BBBBBBBB"]);
        t.add_row(&["1", "ab\ncd"]);
        // Total width 4 <= 8: padded as a whole, then each line padded again.
        assert_eq!(
            String::from_utf8(t.render()).unwrap(),
            "A\tBBBBBBBB\n1\tab      \n \tcd      "
        );
    }
}
