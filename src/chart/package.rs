//! Writing a loaded chart back as an archive (`NAME-VERSION.tgz`), as Helm's `chartutil.Save`
//! does for `file://` dependencies: every file of the chart as it was read (after
//! `.helmignore`), under a top folder named after the chart.

use std::io::Write as _;
use std::path::{Path, PathBuf};

use super::Chart;

/// A chart archive that could not be written.
#[derive(Debug, thiserror::Error)]
pub enum PackageError {
    /// The chart has no name or version.
    #[error("chart name and version are required to save {0}")]
    Incomplete(String),
    /// The archive could not be written.
    #[error("cannot write the chart archive {path}: {source}")]
    Io {
        /// The archive's path.
        path: String,
        /// Why it could not be written.
        #[source]
        source: std::io::Error,
    },
}

/// Writes `chart` as `dest_dir/NAME-VERSION.tgz` and returns that path.
pub fn save(chart: &Chart, dest_dir: &Path) -> Result<PathBuf, PackageError> {
    let (name, version) = (&chart.metadata.name, &chart.metadata.version);
    if name.is_empty() || version.is_empty() {
        return Err(PackageError::Incomplete(dest_dir.display().to_string()));
    }
    let path = dest_dir.join(format!("{name}-{version}.tgz"));
    let io = |source| PackageError::Io {
        path: path.display().to_string(),
        source,
    };
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    let gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    let mut tar = tar::Builder::new(gz);
    for f in &chart.raw {
        let mut h = tar::Header::new_gnu();
        h.set_size(f.data.len() as u64);
        h.set_mode(0o644);
        h.set_mtime(now);
        h.set_entry_type(tar::EntryType::Regular);
        tar.append_data(&mut h, format!("{name}/{}", f.name), &f.data[..])
            .map_err(io)?;
    }
    let data = tar.into_inner().and_then(|gz| gz.finish()).map_err(io)?;
    let mut file = std::fs::File::create(&path).map_err(io)?;
    file.write_all(&data).map_err(io)?;
    Ok(path)
}

#[cfg(test)]
mod tests {
    #[test]
    fn saved_archive_loads_as_the_folder_did() {
        let dir = tempfile::tempdir().unwrap();
        let src = dir.path().join("src");
        std::fs::create_dir_all(src.join("templates")).unwrap();
        std::fs::write(
            src.join("Chart.yaml"),
            "apiVersion: v2\nname: dep\nversion: 0.3.0\n",
        )
        .unwrap();
        std::fs::write(src.join("values.yaml"), "a: 1\n").unwrap();
        std::fs::write(src.join("templates/cm.yaml"), "kind: ConfigMap\n").unwrap();
        std::fs::write(src.join(".helmignore"), "ignored.txt\n").unwrap();
        std::fs::write(src.join("ignored.txt"), "x").unwrap();
        let chart = crate::chart::loader::load_dir(&src).unwrap();
        let path = super::save(&chart, dir.path()).unwrap();
        assert_eq!(path, dir.path().join("dep-0.3.0.tgz"));
        let back = crate::chart::loader::load(&path).unwrap();
        assert_eq!(back.metadata, chart.metadata);
        assert_eq!(back.values, chart.values);
        assert_eq!(back.templates.len(), 1);
        assert!(!back.raw.iter().any(|f| f.name == "ignored.txt"));
    }
}
