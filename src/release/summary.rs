//! What `list`, `history`, `status` and `get` print of a release record, read without building
//! the rest.
//!
//! [`read_parts`] walks the release JSON once: it keeps the parts a command prints (always name,
//! namespace, version, `info`, `apply_method` and `chart.metadata`; on demand the config, the
//! chart's values, the manifest, the hooks and keys Helm does not know, see [`Want`]) and checks
//! every other field (chart templates and files, values, config, manifest, …) only for the
//! types the full decoder ([`super::codec::decode_json`]) requires, without allocating them. The
//! kept parts are then read by the full decoder's own rules ([`super::codec::from_value`]). It
//! never accepts a record the full decoder rejects: whenever it is unsure (a wrong type
//! anywhere, a key matched only case-insensitively with a different meaning, invalid UTF-8, …)
//! it gives `None` and the caller decodes the record in full, so a damaged record is reported
//! exactly as before.

use std::collections::BTreeMap;
use std::fmt;

use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::Deserialize;
use serde_json::Value;

use super::codec::{known, Schema, CHART, FILE, RELEASE};
use super::time::PlainTime;
use super::{Chart, GoTime, HelmTime, Info, Object, Release};

/// The parts of a record a read needs beyond what `list` and `history` print (name, namespace,
/// version, `info`, `apply_method` and `chart.metadata`, which are always read).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Want {
    /// The user-supplied values (`config`).
    pub config: bool,
    /// The chart's default values (`chart.values`).
    pub chart_values: bool,
    /// The rendered manifest (`manifest`).
    pub manifest: bool,
    /// The hooks (`hooks`).
    pub hooks: bool,
    /// Keys Helm does not know (`Release::extra`).
    pub unknown: bool,
    /// The whole chart (templates, files, lock, schema, …): the record is decoded in full.
    pub chart: bool,
}

impl Want {
    /// What `list` and `history` print.
    pub const SUMMARY: Want = Want {
        config: false,
        chart_values: false,
        manifest: false,
        hooks: false,
        unknown: false,
        chart: false,
    };
    /// The whole record.
    pub const ALL: Want = Want {
        config: true,
        chart_values: true,
        manifest: true,
        hooks: true,
        unknown: true,
        chart: true,
    };
    /// Everything but the chart's contents (what `status` prints).
    pub const NO_CHART: Want = Want {
        chart: false,
        chart_values: false,
        ..Want::ALL
    };

    /// True when the whole record is wanted (there is nothing to skip).
    pub fn full(self) -> bool {
        self.chart
    }

    /// A fully decoded record cut down to the wanted parts (what [`read_parts`] gives).
    pub fn strip(self, mut r: Release) -> Release {
        if self.full() {
            return r;
        }
        if !self.config {
            r.config = None;
        }
        if !self.manifest {
            r.manifest.clear();
        }
        if !self.hooks {
            r.hooks.clear();
        }
        if !self.unknown {
            r.extra.clear();
        }
        r.chart = r.chart.map(|c| Chart {
            metadata: c.metadata,
            values: if self.chart_values { c.values } else { None },
            ..Chart::default()
        });
        r
    }
}

/// The printed fields of a release record.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Summary {
    /// The release name.
    pub name: String,
    /// The namespace the release is in.
    pub namespace: String,
    /// The revision number.
    pub version: i64,
    /// Status, times and description.
    pub info: Option<Info>,
    /// The stored chart with its metadata only (`None` when the record has no chart).
    pub chart: Option<Chart>,
    /// Labels of the storage object (not part of the JSON).
    pub labels: BTreeMap<String, String>,
}

impl Summary {
    /// The status string of the record (`""` when there is no info).
    pub fn status(&self) -> &str {
        self.info.as_ref().map_or("", |i| i.status.as_str())
    }

    /// `info.last_deployed`, or Go's zero time.
    pub fn last_deployed(&self) -> GoTime {
        self.info
            .as_ref()
            .map_or_else(GoTime::zero, |i| i.last_deployed.time())
    }
}

impl From<&Release> for Summary {
    fn from(r: &Release) -> Summary {
        Summary {
            name: r.name.clone(),
            namespace: r.namespace.clone(),
            version: r.version,
            info: r.info.clone(),
            chart: r.chart.as_ref().map(|c| Chart {
                metadata: c.metadata.clone(),
                ..Chart::default()
            }),
            labels: r.labels.clone(),
        }
    }
}

impl From<Release> for Summary {
    fn from(r: Release) -> Summary {
        Summary {
            name: r.name,
            namespace: r.namespace,
            version: r.version,
            info: r.info,
            chart: r.chart.map(|c| Chart {
                metadata: c.metadata,
                ..Chart::default()
            }),
            labels: r.labels,
        }
    }
}

/// Reads the summary of release JSON, or `None` when only the full decoder can tell.
pub(crate) fn read(json: &[u8]) -> Option<Summary> {
    read_parts(json, Want::SUMMARY).map(Summary::from)
}

/// Reads the `want`ed parts of release JSON (as [`Want::strip`] would leave the full decoder's
/// result), or `None` when only the full decoder can tell.
pub(crate) fn read_parts(json: &[u8], want: Want) -> Option<Release> {
    // Nesting as deep as Go allows, like the full decoder (see `gojson::from_slice`).
    gostd::json::check_depth(json).ok()?;
    let mut de = serde_json::Deserializer::from_slice(json);
    de.disable_recursion_limit();
    let kept = de.deserialize_any(ReleaseVisitor { want }).ok()?;
    de.end().ok()?;
    let mut r = super::codec::from_value(kept.map_or(Value::Null, Value::Object)).ok()?;
    if !want.hooks {
        r.hooks.clear();
    }
    Some(r)
}

/// The known keys of one object read so far. The full decoder keeps the last of two keys that
/// fill the same field, but in an order that depends on their spelling; a repeated key is left
/// to it.
#[derive(Default)]
struct Seen(u32);

impl Seen {
    fn known<'s, E: de::Error>(
        &mut self,
        schema: &'s Schema,
        key: &str,
    ) -> Result<Option<&'s (&'static str, super::codec::Child)>, E> {
        let Some(i) = schema.index(key) else {
            return Ok(None);
        };
        if self.0 & (1 << i) != 0 {
            return Err(E::custom("repeated key"));
        }
        self.0 |= 1 << i;
        Ok(known(schema, key))
    }
}

/// The release object: the kept keys under their canonical names (`None` for `null`, which
/// reads as an empty record).
struct ReleaseVisitor {
    want: Want,
}

impl<'de> Visitor<'de> for ReleaseVisitor {
    type Value = Option<Object>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a release object")
    }

    fn visit_unit<E: de::Error>(self) -> Result<Option<Object>, E> {
        Ok(None)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Option<Object>, A::Error> {
        let want = self.want;
        let mut kept = Object::new();
        let mut seen = Seen::default();
        while let Some(key) = map.next_key::<String>()? {
            let Some((name, _)) = seen.known(&RELEASE, &key)? else {
                if want.unknown {
                    kept.insert(key, map.next_value::<Value>()?);
                } else {
                    map.next_value::<AnyJson>()?;
                }
                continue;
            };
            let keep = match *name {
                // Hooks are read even when not wanted: they are few, and reading them is how
                // their types are checked.
                "name" | "namespace" | "version" | "info" | "apply_method" | "hooks" => true,
                "chart" => {
                    let chart = map.next_value_seed(NullOr(ChartVisitor { want }))?;
                    kept.insert("chart".into(), chart.map_or(Value::Null, Value::Object));
                    continue;
                }
                "config" => want.config,
                "manifest" => want.manifest,
                _ => return Err(de::Error::custom("unexpected release key")),
            };
            if keep {
                kept.insert((*name).to_string(), map.next_value::<Value>()?);
            } else if *name == "config" {
                map.next_value_seed(NullOr(ObjectOf))?;
            } else {
                map.next_value_seed(NullOr(Text))?;
            }
        }
        Ok(Some(kept))
    }
}

/// The stored chart: metadata (and values when wanted) kept, everything else checked.
struct ChartVisitor {
    want: Want,
}

impl<'de> DeserializeSeed<'de> for ChartVisitor {
    type Value = Object;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Object, D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for ChartVisitor {
    type Value = Object;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a chart object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Object, A::Error> {
        let mut chart = Object::new();
        let mut seen = Seen::default();
        while let Some(key) = map.next_key::<String>()? {
            let Some((name, _)) = seen.known(&CHART, &key)? else {
                map.next_value::<AnyJson>()?;
                continue;
            };
            match *name {
                "metadata" => {
                    chart.insert("metadata".into(), map.next_value::<Value>()?);
                }
                "values" if self.want.chart_values => {
                    chart.insert("values".into(), map.next_value::<Value>()?);
                }
                "templates" | "files" => map
                    .next_value_seed(NullOr(ListOfFiles))?
                    .unwrap_or_default(),
                "values" => map.next_value_seed(NullOr(ObjectOf))?.unwrap_or_default(),
                "lock" => {
                    map.next_value::<AnyJson>()?;
                }
                "schema" => map.next_value_seed(NullOr(Text))?.unwrap_or_default(),
                "schemamodtime" => {
                    map.next_value::<Option<PlainTime>>()?;
                }
                "modtime" => {
                    map.next_value::<HelmTime>()?;
                }
                _ => return Err(de::Error::custom("unexpected chart key")),
            }
        }
        Ok(chart)
    }
}

/// `null`, or a value read by the inner seed.
struct NullOr<T>(T);

impl<'de, T: DeserializeSeed<'de>> DeserializeSeed<'de> for NullOr<T> {
    type Value = Option<T::Value>;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_option(self)
    }
}

impl<'de, T: DeserializeSeed<'de>> Visitor<'de> for NullOr<T> {
    type Value = Option<T::Value>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("null or a value")
    }

    fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        self.0.deserialize(d).map(Some)
    }
}

/// A string, checked (escapes and UTF-8) and dropped.
struct Text;

impl<'de> DeserializeSeed<'de> for Text {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_str(self)
    }
}

impl<'de> Visitor<'de> for Text {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a string")
    }

    fn visit_str<E: de::Error>(self, _: &str) -> Result<(), E> {
        Ok(())
    }
}

/// A JSON object of any values, checked and dropped.
struct ObjectOf;

impl<'de> DeserializeSeed<'de> for ObjectOf {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for ObjectOf {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        while map.next_key::<AnyJson>()?.is_some() {
            map.next_value::<AnyJson>()?;
        }
        Ok(())
    }
}

/// Chart templates or files: a list of file objects, checked and dropped.
struct ListOfFiles;

impl<'de> DeserializeSeed<'de> for ListOfFiles {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_seq(self)
    }
}

impl<'de> Visitor<'de> for ListOfFiles {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a list of files")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        while seq.next_element_seed(FileObject)?.is_some() {}
        Ok(())
    }
}

/// One chart file: `name` and `data` strings, `modtime` a time, other keys anything.
struct FileObject;

impl<'de> DeserializeSeed<'de> for FileObject {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for FileObject {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a file object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        while let Some(key) = map.next_key::<String>()? {
            match known(&FILE, &key).map(|(name, _)| *name) {
                Some("name") | Some("data") => {
                    map.next_value_seed(NullOr(Text))?;
                }
                Some("modtime") => {
                    map.next_value::<HelmTime>()?;
                }
                _ => {
                    map.next_value::<AnyJson>()?;
                }
            }
        }
        Ok(())
    }
}

/// Any JSON value, checked as strictly as building a `serde_json::Value` would (string escapes
/// and UTF-8, number range) and dropped.
struct AnyJson;

impl<'de> Deserialize<'de> for AnyJson {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<AnyJson, D::Error> {
        d.deserialize_any(AnyJsonVisitor)
    }
}

struct AnyJsonVisitor;

impl<'de> Visitor<'de> for AnyJsonVisitor {
    type Value = AnyJson;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_bool<E: de::Error>(self, _: bool) -> Result<AnyJson, E> {
        Ok(AnyJson)
    }

    fn visit_i64<E: de::Error>(self, _: i64) -> Result<AnyJson, E> {
        Ok(AnyJson)
    }

    fn visit_u64<E: de::Error>(self, _: u64) -> Result<AnyJson, E> {
        Ok(AnyJson)
    }

    fn visit_f64<E: de::Error>(self, _: f64) -> Result<AnyJson, E> {
        Ok(AnyJson)
    }

    fn visit_str<E: de::Error>(self, _: &str) -> Result<AnyJson, E> {
        Ok(AnyJson)
    }

    fn visit_unit<E: de::Error>(self) -> Result<AnyJson, E> {
        Ok(AnyJson)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<AnyJson, A::Error> {
        while seq.next_element::<AnyJson>()?.is_some() {}
        Ok(AnyJson)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<AnyJson, A::Error> {
        while map.next_key::<AnyJson>()?.is_some() {
            map.next_value::<AnyJson>()?;
        }
        Ok(AnyJson)
    }
}

#[cfg(test)]
mod tests {
    use serde_json::{json, Value};

    use super::*;
    use crate::release::codec::decode_json;

    /// A record with every part the full decoder reads: chart templates, files, values, lock,
    /// schema, config, manifest, hooks and keys Helm does not know.
    fn base() -> Value {
        json!({
            "name": "demo",
            "info": {"first_deployed": "2024-05-01T10:20:30.123456789Z",
                     "last_deployed": "2024-05-02T10:20:30Z", "deleted": "",
                     "description": "Upgrade complete", "status": "deployed", "notes": "n\u{e9}",
                     "resources": {"v1/Pod": [{"a": 1}]}},
            "chart": {"metadata": {"name": "demo", "version": "0.1.0", "appVersion": "1.16.0",
                                   "apiVersion": "v2", "annotations": {"a": "1"},
                                   "dependencies": [{"name": "sub", "version": "1"}],
                                   "maintainers": [{"name": "m"}]},
                      "lock": {"digest": "x", "dependencies": [null]},
                      "templates": [{"name": "templates/cm.yaml", "data": "YQ==",
                                     "modtime": "2026-11-27T05:15:18.297753972Z"}],
                      "values": {"a": [1, 2.5, "s", null, {"b": true}]},
                      "schema": "e30=",
                      "schemamodtime": "0001-01-01T00:00:00Z",
                      "files": [{"name": ".helmignore", "data": "Ki50bXAK", "x": 1}],
                      "modtime": "2026-11-27T05:15:18.295479377Z",
                      "future": {"k": [1]}},
            "config": {"replicaCount": 2, "nested": {"s": "\u{1F600}"}},
            "manifest": "---\n# Source: demo/templates/cm.yaml\n",
            "hooks": [{"name": "h", "kind": "Job", "events": ["pre-install"],
                       "last_run": {"started_at": "2024-05-01T10:20:31Z", "phase": "Succeeded"},
                       "weight": -5, "delete_policies": ["before-hook-creation"]}],
            "version": 3,
            "namespace": "play",
            "apply_method": "ssa",
            "unknown": [{"deep": null}]
        })
    }

    /// The partial readings a command asks for: `get values` (with and without `--all`),
    /// `get manifest`, `get hooks`, `status`.
    const WANTS: [Want; 5] = [
        Want {
            config: true,
            ..Want::SUMMARY
        },
        Want {
            config: true,
            chart_values: true,
            ..Want::SUMMARY
        },
        Want {
            manifest: true,
            ..Want::SUMMARY
        },
        Want {
            hooks: true,
            ..Want::SUMMARY
        },
        Want::NO_CHART,
    ];

    /// The quick reading of `json` never accepts what the full decoder rejects, and when it
    /// accepts, it reads the same printed fields; so does every partial reading, which reads
    /// the wanted parts as the full decoder reads them.
    fn same(json: &[u8]) -> bool {
        let fast = read(json);
        let full = decode_json(json);
        for want in WANTS {
            match (read_parts(json, want), &full) {
                (Some(p), Ok(r)) => assert_eq!(
                    p,
                    want.strip(r.clone()),
                    "{want:?}: {}",
                    String::from_utf8_lossy(json)
                ),
                (Some(p), Err(e)) => panic!(
                    "the {want:?} reading accepted what the full decoder rejects ({e}): {p:?}\n{}",
                    String::from_utf8_lossy(json)
                ),
                // A partial reading may leave to the full decoder what the summary reads (a
                // repeated key inside a part it keeps); never the other way round.
                (None, _) => assert!(
                    fast.is_none() || want != Want::SUMMARY,
                    "{}",
                    String::from_utf8_lossy(json)
                ),
            }
        }
        match (&fast, &full) {
            (Some(s), Ok(r)) => {
                assert_eq!(s, &Summary::from(r), "{}", String::from_utf8_lossy(json));
                true
            }
            (Some(s), Err(e)) => panic!(
                "the quick reading accepted what the full decoder rejects ({e}): {s:?}\n{}",
                String::from_utf8_lossy(json)
            ),
            (None, _) => false,
        }
    }

    /// Every position of a JSON tree, as a list of steps.
    fn paths(v: &Value, here: Vec<Step>, out: &mut Vec<Vec<Step>>) {
        out.push(here.clone());
        match v {
            Value::Object(m) => {
                for (k, c) in m {
                    let mut p = here.clone();
                    p.push(Step::Key(k.clone()));
                    paths(c, p, out);
                }
            }
            Value::Array(a) => {
                for (i, c) in a.iter().enumerate() {
                    let mut p = here.clone();
                    p.push(Step::Index(i));
                    paths(c, p, out);
                }
            }
            _ => {}
        }
    }

    #[derive(Clone, Debug)]
    enum Step {
        Key(String),
        Index(usize),
    }

    fn at<'v>(v: &'v mut Value, path: &[Step]) -> &'v mut Value {
        path.iter().fold(v, |v, s| match s {
            Step::Key(k) => &mut v[k.as_str()],
            Step::Index(i) => &mut v[*i],
        })
    }

    #[test]
    fn a_whole_record_is_read_quickly_and_the_same() {
        let json = serde_json::to_vec(&base()).unwrap();
        assert!(same(&json), "the base record must take the quick path");
        let s = read(&json).unwrap();
        assert_eq!(
            (s.name.as_str(), s.namespace.as_str(), s.version),
            ("demo", "play", 3)
        );
        assert_eq!(s.status(), "deployed");
        assert_eq!(s.chart.unwrap().metadata.unwrap().app_version, "1.16.0");
        // Each partial reading holds what it asked for and nothing of the chart's contents.
        let values = read_parts(&json, WANTS[1]).unwrap();
        assert_eq!(values.config.unwrap()["replicaCount"], 2);
        let chart = values.chart.unwrap();
        assert_eq!(chart.values.unwrap()["a"][1], 2.5);
        assert!(chart.templates.is_none() && chart.files.is_none() && chart.extra.is_empty());
        assert!(values.manifest.is_empty() && values.hooks.is_empty());
        let manifest = read_parts(&json, WANTS[2]).unwrap();
        assert!(manifest.manifest.starts_with("---\n# Source: demo/"));
        assert!(manifest.config.is_none());
        assert_eq!(read_parts(&json, WANTS[3]).unwrap().hooks[0].name, "h");
        let status = read_parts(&json, Want::NO_CHART).unwrap();
        assert_eq!(status.extra["unknown"][0], json!({"deep": null}));
        assert_eq!(status.apply_method, "ssa");
        assert_eq!(status.info.unwrap().notes, "n\u{e9}");
        assert!(same(b"null"));
        assert!(same(b" {} "));
    }

    #[test]
    fn every_value_replaced_by_every_type_reads_as_the_full_decoder_reads_it() {
        let base = base();
        let mut all = Vec::new();
        paths(&base, Vec::new(), &mut all);
        let replacements = [
            json!(null),
            json!(0),
            json!(-7),
            json!(1.5),
            json!(u64::MAX),
            json!(""),
            json!("x"),
            json!("2024-01-01T00:00:00Z"),
            json!([]),
            json!([null]),
            json!({}),
            json!({"name": "z"}),
            json!(true),
        ];
        let (mut quick, mut total) = (0, 0);
        for path in &all {
            for r in &replacements {
                let mut v = base.clone();
                *at(&mut v, path) = r.clone();
                total += 1;
                if same(&serde_json::to_vec(&v).unwrap()) {
                    quick += 1;
                }
            }
        }
        // Most variants are valid records; the quick reading must take most of them.
        assert!(
            quick * 3 > total,
            "only {quick} of {total} variants read quickly"
        );
    }

    #[test]
    fn keys_in_other_cases_and_repeated_keys_read_as_the_full_decoder_reads_them() {
        let base = base();
        let text = serde_json::to_string(&base).unwrap();
        let mut all = Vec::new();
        paths(&base, Vec::new(), &mut all);
        for path in &all {
            let Some(Step::Key(k)) = path.last() else {
                continue;
            };
            let needle = format!("\"{k}\":");
            for spelled in [
                k.to_uppercase(),
                k.to_lowercase(),
                format!("{k}_"),
                "\u{212a}".into(),
            ] {
                let json = text.replacen(&needle, &format!("\"{spelled}\":"), 1);
                same(json.as_bytes());
            }
            // The key twice, the first time with another value.
            for first in ["\"other\"", "7", "null", "{}"] {
                for spelled in [k.clone(), k.to_uppercase()] {
                    let json =
                        text.replacen(&needle, &format!("\"{spelled}\":{first},{needle}"), 1);
                    same(json.as_bytes());
                    let json =
                        text.replacen(&needle, &format!("{needle}{first},\"{spelled}\":"), 1);
                    same(json.as_bytes());
                }
            }
        }
    }

    #[test]
    fn strings_and_numbers_the_full_decoder_rejects_are_left_to_it() {
        let text = serde_json::to_string(&base()).unwrap();
        for (from, to) in [
            ("\"replicaCount\":2", "\"replicaCount\":1e400"),
            ("\"replicaCount\":2", "\"replicaCount\":\"\\ud800\""),
            ("\"a\":\"1\"", "\"a\":\"\\ud800x\""),
            ("\"data\":\"YQ==\"", "\"data\":\"\\ud800\""),
            ("\"data\":\"YQ==\"", "\"data\":\"\\q\""),
            ("\"version\":3", "\"version\":3.0"),
            ("\"version\":3", "\"version\":99999999999999999999"),
            ("\"x\":1", "\"x\":[1,]"),
        ] {
            assert!(text.contains(from), "{from}");
            let json = text.replacen(from, to, 1);
            assert!(!same(json.as_bytes()), "{to} must not be read quickly");
        }
        // Invalid UTF-8 inside a string: the full decoder reads it (as U+FFFD), the quick one
        // leaves it to it.
        let mut bytes = text.into_bytes();
        let i = bytes.windows(4).position(|w| w == b"Ki50").unwrap();
        bytes[i] = 0xff;
        assert!(!same(&bytes));
        assert!(decode_json(&bytes).is_ok());
        // Not a release at all.
        for bad in [&b"[1]"[..], b"1", b"\"x\"", b"{", b"{} x"] {
            assert!(!same(bad));
        }
    }
}
