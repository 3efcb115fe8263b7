//! The loaded chart as a release record stores it (Helm's `chart.Chart` JSON): metadata, lock,
//! templates, default values, schema and files with their modification times. Subcharts are
//! not stored, as in Helm.

use std::time::{SystemTime, UNIX_EPOCH};

use base64::Engine as _;

use super::{Chart, File};
use crate::release::time::{GoTime, HelmTime, PlainTime};
use crate::release::{self, ZeroForm};

/// A file time as Go's `time.Time` in the local zone (how Helm's loader reads it).
fn go_time(t: SystemTime) -> GoTime {
    let (secs, nanos) = match t.duration_since(UNIX_EPOCH) {
        Ok(d) => (d.as_secs() as i64, d.subsec_nanos()),
        Err(e) => {
            let d = e.duration();
            let (s, n) = (d.as_secs() as i64, d.subsec_nanos());
            if n == 0 {
                (-s, 0)
            } else {
                (-s - 1, 1_000_000_000 - n)
            }
        }
    };
    let offset = jiff::Timestamp::from_second(secs)
        .map(|ts| gostd::time::local_zone().to_offset(ts).seconds())
        .unwrap_or(0);
    GoTime::from_unix(secs, nanos, offset, false)
}

fn helm_time(t: Option<SystemTime>) -> HelmTime {
    match t {
        Some(t) => HelmTime::At(go_time(t)),
        None => HelmTime::Zero(ZeroForm::Omitted),
    }
}

impl Chart {
    /// Files as stored; Go writes an empty list as `null`.
    fn stored_files(&self, files: &[File]) -> Option<Vec<release::File>> {
        if files.is_empty() {
            return None;
        }
        let stored = files
            .iter()
            .map(|f| release::File {
                name: f.name.clone(),
                data: base64::engine::general_purpose::STANDARD.encode(&f.data),
                modtime: helm_time(self.file_mod_times.get(&f.name).copied()),
                extra: Default::default(),
            })
            .collect();
        Some(stored)
    }

    /// The chart as a release record stores it.
    pub fn to_stored(&self) -> release::Chart {
        let metadata = serde_json::from_value(self.metadata.to_json())
            .expect("chart metadata JSON has the stored shape");
        release::Chart {
            metadata: Some(metadata),
            lock: self.lock.as_ref().map(|l| l.to_json()),
            templates: self.stored_files(&self.templates),
            // Go leaves the map nil (JSON `null`) when the chart has no values.yaml.
            values: (self.raw.iter().any(|f| f.name == "values.yaml") || !self.values.is_empty())
                .then(|| self.values.clone()),
            schema: self
                .schema
                .as_ref()
                .map(|s| base64::engine::general_purpose::STANDARD.encode(s)),
            schemamodtime: Some(PlainTime(helm_time(self.schema_mod_time))),
            files: self.stored_files(&self.files),
            modtime: helm_time(self.mod_time),
            extra: Default::default(),
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::chart::archive::BufferedFile;

    #[test]
    fn stored_chart_keeps_files_as_base64_and_metadata_as_json() {
        let c = crate::chart::load_files(vec![
            BufferedFile {
                name: "Chart.yaml".into(),
                data: b"apiVersion: v2\nname: demo\nversion: 0.1.0\nappVersion: \"1.0\"\n".to_vec(),
                mod_time: None,
            },
            BufferedFile {
                name: "values.yaml".into(),
                data: b"replicas: 2\n".to_vec(),
                mod_time: None,
            },
            BufferedFile {
                name: "templates/cm.yaml".into(),
                data: b"kind: ConfigMap\n".to_vec(),
                mod_time: None,
            },
            BufferedFile {
                name: "files/bin".into(),
                data: vec![0, 255, 1],
                mod_time: None,
            },
        ])
        .unwrap();
        let s = c.to_stored();
        let md = s.metadata.as_ref().unwrap();
        assert_eq!(
            (
                md.name.as_str(),
                md.version.as_str(),
                md.app_version.as_str()
            ),
            ("demo", "0.1.0", "1.0")
        );
        let t = &s.templates.as_ref().unwrap()[0];
        assert_eq!(t.name, "templates/cm.yaml");
        assert_eq!(t.data, "a2luZDogQ29uZmlnTWFwCg==");
        let f = &s.files.as_ref().unwrap()[0];
        assert_eq!((f.name.as_str(), f.data.as_str()), ("files/bin", "AP8B"));
        assert_eq!(s.values.as_ref().unwrap()["replicas"], 2.0);
    }
}
