//! Reading chart archives (`.tgz`) into memory with Helm's path safety checks and size limits.

use std::io::Read;

use super::ChartError;

/// Helm's limit on the total decompressed size of a chart archive (100 MiB).
pub const MAX_DECOMPRESSED_CHART_SIZE: u64 = 100 * 1024 * 1024;
/// Helm's limit on one decompressed file (5 MiB).
pub const MAX_DECOMPRESSED_FILE_SIZE: u64 = 5 * 1024 * 1024;

const UTF8_BOM: &[u8] = &[0xEF, 0xBB, 0xBF];

/// A file read from a chart, with its chart-relative `/`-separated name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BufferedFile {
    /// The chart-relative path.
    pub name: String,
    /// The file's bytes.
    pub data: Vec<u8>,
    /// Modification time from the file system or the tar header, when known.
    pub mod_time: Option<std::time::SystemTime>,
}

/// Go's `path.Clean`.
pub fn clean_path(p: &str) -> String {
    if p.is_empty() {
        return ".".into();
    }
    let rooted = p.starts_with('/');
    let mut out: Vec<&str> = Vec::new();
    for part in p.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                if matches!(out.last(), Some(l) if *l != "..") {
                    out.pop();
                } else if !rooted {
                    out.push("..");
                }
            }
            s => out.push(s),
        }
    }
    let joined = out.join("/");
    if rooted {
        format!("/{joined}")
    } else if joined.is_empty() {
        ".".into()
    } else {
        joined
    }
}

fn is_drive_path(n: &str) -> bool {
    let b = n.as_bytes();
    b.len() >= 3 && b[0].is_ascii_alphabetic() && b[1] == b':' && b[2] == b'/'
}

/// Helm's `LoadArchiveFiles`: un-gzips and un-tars `data`, dropping the top directory of each
/// entry name. Directories and PAX headers are skipped; absolute names, names escaping the
/// chart, Windows drive names and a top-level `Chart.yaml` outside a directory are errors.
pub fn load_archive_files(data: &[u8]) -> Result<Vec<BufferedFile>, ChartError> {
    // Go's gzip reader reads the 10-byte header first: short data is an EOF before any check.
    match data.len() {
        0 => return Err(ChartError::Archive("EOF".into())),
        1..10 => return Err(ChartError::Archive("unexpected EOF".into())),
        _ if data[0] != 0x1f || data[1] != 0x8b || data[2] != 8 => {
            return Err(ChartError::GzipHeader)
        }
        _ => {}
    }
    let gz = flate2::read::MultiGzDecoder::new(data);
    let mut ar = tar::Archive::new(gz);
    let entries = ar.entries().map_err(archive_error)?;
    let mut files = Vec::new();
    let mut remaining = MAX_DECOMPRESSED_CHART_SIZE;
    for entry in entries {
        let mut entry = entry.map_err(archive_error)?;
        let header = entry.header();
        let et = header.entry_type();
        let mode = header.mode().unwrap_or(0);
        if et.is_dir() || mode & 0o170000 == 0o040000 {
            continue;
        }
        if et.is_pax_global_extensions() || et.is_pax_local_extensions() {
            continue;
        }
        let raw_name = String::from_utf8_lossy(&entry.path_bytes()).into_owned();
        let delim = if raw_name.contains('\\') { '\\' } else { '/' };
        let parts: Vec<&str> = raw_name.split(delim).collect();
        let n = parts[1..].join(&delim.to_string()).replace(delim, "/");
        if n.starts_with('/') {
            return Err(ChartError::Load(
                "chart illegally contains absolute paths".into(),
            ));
        }
        let n = clean_path(&n);
        if n == "." {
            return Err(ChartError::Load(format!(
                "chart illegally contains content outside the base directory: {}",
                super::gofmt::quote(&raw_name)
            )));
        }
        if n.starts_with("..") {
            return Err(ChartError::Load(
                "chart illegally references parent directory".into(),
            ));
        }
        if is_drive_path(&n) {
            return Err(ChartError::Load(
                "chart contains illegally named files".into(),
            ));
        }
        if parts[0] == "Chart.yaml" {
            return Err(ChartError::Load("chart yaml not in base directory".into()));
        }
        let mod_time = entry_mod_time(&mut entry);
        let size = entry.size();
        if size > remaining {
            return Err(ChartError::Load(format!(
                "decompressed chart is larger than the maximum size {MAX_DECOMPRESSED_CHART_SIZE}"
            )));
        }
        if size > MAX_DECOMPRESSED_FILE_SIZE {
            return Err(ChartError::Load(format!(
                "decompressed chart file {} is larger than the maximum file size {MAX_DECOMPRESSED_FILE_SIZE}",
                super::gofmt::quote(&raw_name)
            )));
        }
        let mut buf = Vec::with_capacity(size as usize);
        (&mut entry)
            .take(remaining)
            .read_to_end(&mut buf)
            .map_err(archive_error)?;
        let written = buf.len() as u64;
        remaining -= written;
        if written < size || remaining == 0 {
            return Err(ChartError::Load(format!(
                "decompressed chart is larger than the maximum size {MAX_DECOMPRESSED_CHART_SIZE}"
            )));
        }
        if buf.starts_with(UTF8_BOM) {
            buf.drain(..3);
        }
        files.push(BufferedFile {
            name: n,
            data: buf,
            mod_time,
        });
    }
    if files.is_empty() {
        return Err(ChartError::Load("no files in chart archive".into()));
    }
    Ok(files)
}

/// A read error of the gzip or tar stream, with Go's text for a stream cut short.
fn archive_error(e: std::io::Error) -> ChartError {
    if e.kind() == std::io::ErrorKind::UnexpectedEof {
        return ChartError::Archive("unexpected EOF".into());
    }
    ChartError::Archive(e.to_string())
}

/// The entry's modification time: the PAX `mtime` (fractional seconds) if present, else the
/// header's whole seconds.
fn entry_mod_time<R: Read>(entry: &mut tar::Entry<'_, R>) -> Option<std::time::SystemTime> {
    let mut pax_mtime: Option<f64> = None;
    if let Ok(Some(exts)) = entry.pax_extensions() {
        for ext in exts.flatten() {
            if ext.key() == Ok("mtime") {
                pax_mtime = ext.value().ok().and_then(|v| v.parse::<f64>().ok());
            }
        }
    }
    let secs = match pax_mtime {
        Some(f) => f,
        None => entry.header().mtime().ok()? as f64,
    };
    if secs >= 0.0 {
        Some(std::time::UNIX_EPOCH + std::time::Duration::from_secs_f64(secs))
    } else {
        std::time::UNIX_EPOCH.checked_sub(std::time::Duration::from_secs_f64(-secs))
    }
}

/// A reduced `http.DetectContentType` for Helm's "not a gzipped archive" message.
pub fn detect_content_type(data: &[u8]) -> &'static str {
    let head = &data[..data.len().min(512)];
    if head.starts_with(&[0x1f, 0x8b, 0x08]) {
        return "application/x-gzip";
    }
    if head.starts_with(b"PK\x03\x04") {
        return "application/zip";
    }
    if head.is_empty() {
        return "text/plain; charset=utf-8";
    }
    let binary = head.iter().any(|&b| {
        b <= 0x08 || b == 0x0B || (0x0E..=0x1A).contains(&b) || (0x1C..=0x1F).contains(&b)
    });
    if binary {
        "application/octet-stream"
    } else {
        "text/plain; charset=utf-8"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    pub(crate) fn tgz(entries: &[(&str, &[u8])]) -> Vec<u8> {
        let gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        let mut b = tar::Builder::new(gz);
        for (name, data) in entries {
            let mut h = tar::Header::new_gnu();
            h.set_size(data.len() as u64);
            h.set_mode(0o644);
            h.set_mtime(1_700_000_000);
            h.set_entry_type(tar::EntryType::Regular);
            // Write the raw name so that unsafe names reach the reader unchanged.
            let raw = name.as_bytes();
            h.as_old_mut().name[..raw.len()].copy_from_slice(raw);
            h.set_cksum();
            b.append(&h, *data).unwrap();
        }
        b.into_inner().unwrap().finish().unwrap()
    }

    #[test]
    fn cleans_like_go() {
        assert_eq!(clean_path("a/./b/../c"), "a/c");
        assert_eq!(clean_path("../x"), "../x");
        assert_eq!(clean_path("a/../../x"), "../x");
        assert_eq!(clean_path("/../x"), "/x");
        assert_eq!(clean_path(""), ".");
        assert_eq!(clean_path("a/.."), ".");
    }

    #[test]
    fn reads_and_strips_top_dir() {
        let data = tgz(&[
            ("c/Chart.yaml", b"\xEF\xBB\xBFname: c"),
            ("c/templates/a.yaml", b"x"),
        ]);
        let files = load_archive_files(&data).unwrap();
        assert_eq!(files[0].name, "Chart.yaml");
        assert_eq!(files[0].data, b"name: c");
        assert_eq!(files[1].name, "templates/a.yaml");
        assert_eq!(
            files[1].mod_time,
            Some(std::time::UNIX_EPOCH + std::time::Duration::from_secs(1_700_000_000))
        );
    }

    #[test]
    fn rejects_unsafe_names() {
        let e = |name: &str| {
            load_archive_files(&tgz(&[(name, b"x")]))
                .unwrap_err()
                .to_string()
        };
        assert_eq!(
            e("c/../../etc/passwd"),
            "chart illegally references parent directory"
        );
        assert_eq!(
            e("c//etc/passwd"),
            "chart illegally contains absolute paths"
        );
        assert_eq!(
            e("Chart.yaml"),
            "chart illegally contains content outside the base directory: \"Chart.yaml\""
        );
        assert_eq!(e("c/C:/x"), "chart contains illegally named files");
        assert_eq!(
            e("c\\..\\..\\x"),
            "chart illegally references parent directory"
        );
        let e = |data: &[u8]| load_archive_files(data).unwrap_err().to_string();
        assert_eq!(e(b"not gzip at all"), "gzip: invalid header");
        assert_eq!(e(b"garbage"), "unexpected EOF");
        assert_eq!(e(b""), "EOF");
    }
}
