//! The storage codec: `base64(gzip(json))`, as `pkg/storage/driver/util.go` writes and reads it.
//!
//! Reading accepts everything Helm accepts: gzip is detected by its magic bytes (plain JSON is
//! taken as is), newlines inside the base64 are ignored, keys match case-insensitively (Go's
//! `encoding/json` rule: exact match first, then a case-insensitive one), `null` fields are unset.

use std::io::{Read, Write};

use base64::Engine as _;
use flate2::read::MultiGzDecoder;
use flate2::write::GzEncoder;
use flate2::Compression;
use serde_json::Value;

use super::summary::{self, Summary, Want};
use super::{gojson, Object, Release};

/// Why a stored record could not be read.
#[derive(Debug, thiserror::Error)]
pub enum DecodeError {
    /// The record is not base64.
    #[error("the data is not valid base64: {0}")]
    Base64(#[from] base64::DecodeError),
    /// The record is gzip data that does not decompress.
    #[error("the data looks gzip-compressed but does not decompress: {0}")]
    Gzip(std::io::Error),
    /// The record's JSON does not read as a release.
    #[error("the release JSON is invalid: {0}")]
    Json(serde_json::Error),
    /// The record inflates past [`MAX_RECORD_BYTES`] (a decompression bomb, or not a record).
    #[error("the record is larger than {} MiB once decompressed (rhelm's limit for one release record, far above what Helm writes), so it is not read", MAX_RECORD_BYTES >> 20)]
    TooLarge,
}

/// The most release JSON one record may hold once base64-decoded and gunzipped. Helm writes
/// records into Secrets and ConfigMaps of at most 1 MiB; gzip inflates at most about 1000
/// times, so a real record stays far below this, while a crafted one (a gzip bomb) is refused
/// before it exhausts memory.
pub const MAX_RECORD_BYTES: u64 = 128 << 20;

/// Why a release could not be encoded.
#[derive(Debug, thiserror::Error)]
pub enum EncodeError {
    /// The release does not serialise to JSON.
    #[error("cannot serialise the release to JSON: {0}")]
    Json(#[from] serde_json::Error),
    /// Compressing the JSON failed.
    #[error("cannot compress the release: {0}")]
    Gzip(#[from] std::io::Error),
}

/// Encodes a release for storage: Go JSON, gzip at best compression, standard base64.
pub fn encode(rls: &Release) -> Result<String, EncodeError> {
    let json = gojson::to_string(&gojson::release_value(rls)?)?;
    let mut gz = GzEncoder::new(Vec::new(), Compression::best());
    gz.write_all(json.as_bytes())?;
    let bytes = gz.finish()?;
    Ok(base64::engine::general_purpose::STANDARD.encode(bytes))
}

/// Decodes a stored release string (base64 of gzip or of plain JSON).
pub fn decode(data: &str) -> Result<Release, DecodeError> {
    decode_json(&payload_json(data)?)
}

/// Reads only what `list` and `history` print of a stored release string; same errors as
/// [`decode`] (the record is read in full whenever the quick reading is not sure).
pub fn decode_summary(data: &str) -> Result<Summary, DecodeError> {
    with_json(data, |json| match summary::read(json) {
        Some(s) => Ok(s),
        None => decode_json(json).map(|r| Summary::from(&r)),
    })
}

/// Reads the `want`ed parts of a stored release string (the whole record when the chart is
/// wanted); same errors as [`decode`] (the record is read in full whenever the quick reading
/// is not sure).
pub fn decode_parts(data: &str, want: Want) -> Result<Release, DecodeError> {
    if want.full() {
        return decode(data);
    }
    with_json(data, |json| match summary::read_parts(json, want) {
        Some(r) => Ok(r),
        None => decode_json(json).map(|r| want.strip(r)),
    })
}

/// Hands the release JSON inside a stored release string to `read`.
///
/// `list` reads one record after another on one thread: the base64-decoded bytes and the
/// inflated JSON go to buffers of that thread that the next record reuses, instead of two
/// fresh allocations (and fresh pages from the system) per record.
fn with_json<T>(
    data: &str,
    read: impl FnOnce(&[u8]) -> Result<T, DecodeError>,
) -> Result<T, DecodeError> {
    thread_local! {
        static SCRATCH: std::cell::RefCell<(Vec<u8>, Vec<u8>)> = const {
            std::cell::RefCell::new((Vec::new(), Vec::new()))
        };
    }
    SCRATCH.with(|cell| {
        let Ok(mut scratch) = cell.try_borrow_mut() else {
            // Not reentrant; a nested call (there is none today) gets buffers of its own.
            return read(&payload_json(data)?);
        };
        let (raw, inflated) = &mut *scratch;
        raw.clear();
        inflated.clear();
        base64_into(data, raw)?;
        let r = if is_gzip(raw) {
            inflate_into(raw, inflated).and_then(|()| read(inflated))
        } else if raw.len() as u64 > MAX_RECORD_BYTES {
            Err(DecodeError::TooLarge)
        } else {
            read(raw)
        };
        // A huge record's buffers are not kept for the rest of the command.
        for b in [raw, inflated] {
            if b.capacity() > SCRATCH_KEEP {
                *b = Vec::new();
            }
        }
        r
    })
}

/// The largest scratch buffer [`with_json`] keeps between records.
const SCRATCH_KEEP: usize = 8 << 20;

/// Appends the bytes of a stored release string (base64; newlines ignored) to `out`.
fn base64_into(data: &str, out: &mut Vec<u8>) -> Result<(), DecodeError> {
    let b64 = base64::engine::general_purpose::STANDARD;
    if memchr::memchr2(b'\n', b'\r', data.as_bytes()).is_some() {
        let cleaned: Vec<u8> = data
            .bytes()
            .filter(|b| *b != b'\n' && *b != b'\r')
            .collect();
        b64.decode_vec(cleaned, out)?;
    } else {
        b64.decode_vec(data, out)?;
    }
    Ok(())
}

/// The release JSON inside a stored release string: base64 (newlines ignored), then gunzip
/// when the bytes start with gzip's magic.
fn payload_json(data: &str) -> Result<Vec<u8>, DecodeError> {
    let mut raw = Vec::new();
    base64_into(data, &mut raw)?;
    payload_bytes_json(raw)
}

fn is_gzip(raw: &[u8]) -> bool {
    raw.len() > 3 && raw[..3] == [0x1f, 0x8b, 0x08]
}

/// Inflates gzip bytes into `out` (empty), refusing more than [`MAX_RECORD_BYTES`].
fn inflate_into(raw: &[u8], out: &mut Vec<u8>) -> Result<(), DecodeError> {
    // gzip's trailer holds the uncompressed size (mod 2^32): a capacity hint, capped.
    let hint = raw[raw.len() - 4..]
        .try_into()
        .map_or(0, |t| u32::from_le_bytes(t) as usize);
    out.reserve(hint.min(64 << 20));
    MultiGzDecoder::new(raw)
        .take(MAX_RECORD_BYTES + 1)
        .read_to_end(out)
        .map_err(DecodeError::Gzip)?;
    if out.len() as u64 > MAX_RECORD_BYTES {
        return Err(DecodeError::TooLarge);
    }
    Ok(())
}

/// Decodes base64-decoded record bytes (gzip or plain JSON).
pub fn decode_bytes(raw: &[u8]) -> Result<Release, DecodeError> {
    decode_json(&payload_bytes_json(raw.to_vec())?)
}

/// The JSON of base64-decoded record bytes: gunzipped when they start with gzip's magic.
fn payload_bytes_json(raw: Vec<u8>) -> Result<Vec<u8>, DecodeError> {
    if is_gzip(&raw) {
        let mut out = Vec::new();
        inflate_into(&raw, &mut out)?;
        Ok(out)
    } else if raw.len() as u64 > MAX_RECORD_BYTES {
        Err(DecodeError::TooLarge)
    } else {
        Ok(raw)
    }
}

/// Decodes release JSON with Go's decoding rules.
pub fn decode_json(json: &[u8]) -> Result<Release, DecodeError> {
    let text = String::from_utf8_lossy(json);
    let value: Value = gojson::from_slice(text.as_bytes()).map_err(DecodeError::Json)?;
    from_value(value)
}

/// Turns a JSON value into a release (keys matched case-insensitively).
pub fn from_value(value: Value) -> Result<Release, DecodeError> {
    if value.is_null() {
        return Ok(Release::default());
    }
    let value = canon(value, &RELEASE);
    serde_json::from_value(value).map_err(DecodeError::Json)
}

/// Known keys of one object level and how to canonicalise their children.
pub(super) struct Schema {
    keys: &'static [(&'static str, Child)],
}

pub(super) enum Child {
    Leaf,
    Obj(&'static Schema),
    List(&'static Schema),
}

pub(super) static RELEASE: Schema = Schema {
    keys: &[
        ("name", Child::Leaf),
        ("info", Child::Obj(&INFO)),
        ("chart", Child::Obj(&CHART)),
        ("config", Child::Leaf),
        ("manifest", Child::Leaf),
        ("hooks", Child::List(&HOOK)),
        ("version", Child::Leaf),
        ("namespace", Child::Leaf),
        ("apply_method", Child::Leaf),
    ],
};
pub(super) static INFO: Schema = Schema {
    keys: &[
        ("first_deployed", Child::Leaf),
        ("last_deployed", Child::Leaf),
        ("deleted", Child::Leaf),
        ("description", Child::Leaf),
        ("status", Child::Leaf),
        ("rollback_revision", Child::Leaf),
        ("notes", Child::Leaf),
        ("resources", Child::Leaf),
    ],
};
pub(super) static HOOK: Schema = Schema {
    keys: &[
        ("name", Child::Leaf),
        ("kind", Child::Leaf),
        ("path", Child::Leaf),
        ("manifest", Child::Leaf),
        ("events", Child::Leaf),
        ("last_run", Child::Obj(&HOOK_EXEC)),
        ("weight", Child::Leaf),
        ("delete_policies", Child::Leaf),
        ("output_log_policies", Child::Leaf),
    ],
};
static HOOK_EXEC: Schema = Schema {
    keys: &[
        ("started_at", Child::Leaf),
        ("completed_at", Child::Leaf),
        ("phase", Child::Leaf),
    ],
};
pub(super) static CHART: Schema = Schema {
    keys: &[
        ("metadata", Child::Obj(&METADATA)),
        ("lock", Child::Leaf),
        ("templates", Child::List(&FILE)),
        ("values", Child::Leaf),
        ("schema", Child::Leaf),
        ("schemamodtime", Child::Leaf),
        ("files", Child::List(&FILE)),
        ("modtime", Child::Leaf),
    ],
};
pub(super) static FILE: Schema = Schema {
    keys: &[
        ("name", Child::Leaf),
        ("data", Child::Leaf),
        ("modtime", Child::Leaf),
    ],
};
pub(super) static METADATA: Schema = Schema {
    keys: &[
        ("name", Child::Leaf),
        ("home", Child::Leaf),
        ("sources", Child::Leaf),
        ("version", Child::Leaf),
        ("description", Child::Leaf),
        ("keywords", Child::Leaf),
        ("maintainers", Child::List(&MAINTAINER)),
        ("icon", Child::Leaf),
        ("apiVersion", Child::Leaf),
        ("condition", Child::Leaf),
        ("tags", Child::Leaf),
        ("appVersion", Child::Leaf),
        ("deprecated", Child::Leaf),
        ("annotations", Child::Leaf),
        ("kubeVersion", Child::Leaf),
        ("dependencies", Child::List(&DEPENDENCY)),
        ("type", Child::Leaf),
    ],
};
static MAINTAINER: Schema = Schema {
    keys: &[
        ("name", Child::Leaf),
        ("email", Child::Leaf),
        ("url", Child::Leaf),
    ],
};
static DEPENDENCY: Schema = Schema {
    keys: &[
        ("name", Child::Leaf),
        ("version", Child::Leaf),
        ("repository", Child::Leaf),
        ("condition", Child::Leaf),
        ("tags", Child::Leaf),
        ("enabled", Child::Leaf),
        ("import-values", Child::Leaf),
        ("alias", Child::Leaf),
    ],
};

/// The key of `schema` that JSON key `k` fills, with how its value is canonicalised: the exact
/// key, else one that matches case-insensitively (Go's rule).
pub(super) fn known<'s>(schema: &'s Schema, k: &str) -> Option<&'s (&'static str, Child)> {
    schema.keys.iter().find(|(name, _)| *name == k).or_else(|| {
        let lower = k.to_lowercase();
        schema
            .keys
            .iter()
            .find(|(name, _)| name.to_lowercase() == lower)
    })
}

impl Schema {
    /// The position of the key that JSON key `k` fills (see [`known`]).
    pub(super) fn index(&self, k: &str) -> Option<usize> {
        let (name, _) = known(self, k)?;
        self.keys.iter().position(|(n, _)| n == name)
    }
}

/// Canonicalises the keys of a value read for a key of type `child`.
pub(super) fn canon_child(value: Value, child: &Child) -> Value {
    match (child, value) {
        (Child::Obj(s), v) => canon(v, s),
        (Child::List(s), Value::Array(items)) => {
            Value::Array(items.into_iter().map(|i| canon(i, s)).collect())
        }
        (_, v) => v,
    }
}

fn canon(value: Value, schema: &Schema) -> Value {
    let Value::Object(map) = value else {
        return value;
    };
    let mut out = Object::new();
    for (k, v) in map {
        match known(schema, &k) {
            Some((name, child)) => {
                out.insert((*name).to_string(), canon_child(v, child));
            }
            None => {
                out.insert(k, v);
            }
        }
    }
    Value::Object(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::release::{HelmTime, ZeroForm};

    const H3: &str = r#"{"name":"demo","info":{"first_deployed":"2024-05-01T10:20:30.123456789Z","last_deployed":"2024-05-01T10:20:30.123456789Z","deleted":"","description":"Install complete","status":"deployed","notes":"Thanks \u003c\u003e\u0026"},"chart":{"metadata":{"name":"demo","version":"0.1.0","description":"A demo chart","apiVersion":"v2","appVersion":"1.16.0","type":"application"},"lock":null,"templates":[{"name":"templates/NOTES.txt","data":"VGhh"}],"values":{"replicaCount":1},"schema":null,"files":[{"name":".helmignore","data":"Ki50bXAK"}]},"config":{"replicaCount":2},"manifest":"---\n# Source: demo/templates/cm.yaml\n","hooks":[{"name":"demo-pre","kind":"Job","path":"demo/templates/pre.yaml","manifest":"x","events":["pre-install","pre-upgrade"],"last_run":{"started_at":"2024-05-01T10:20:31.005Z","completed_at":"2024-05-01T10:20:35Z","phase":"Succeeded"},"weight":-5,"delete_policies":["before-hook-creation"]}],"version":1,"namespace":"default"}"#;

    const H4: &str = r#"{"name":"r1","info":{"first_deployed":"2026-11-27T05:15:18.405125258Z","last_deployed":"2026-11-27T05:15:18.589527744Z","description":"Upgrade complete","status":"deployed","notes":"x\n"},"chart":{"metadata":{"name":"demo","version":"0.1.0","apiVersion":"v2","appVersion":"1.16.0","annotations":{"a":"1","b":"2"}},"lock":null,"templates":[{"name":"templates/cm.yaml","data":"YQ==","modtime":"2026-11-27T05:15:18.297753972Z"}],"values":{"big":123456789012345680,"count":1},"schema":null,"schemamodtime":"0001-01-01T00:00:00Z","files":null,"modtime":"2026-11-27T05:15:18.295479377Z"},"config":{"count":2},"manifest":"m","hooks":[{"name":"h","last_run":{"phase":""}}],"version":2,"namespace":"play","apply_method":"ssa"}"#;

    #[test]
    fn helm3_record_round_trips_byte_for_byte() {
        let r = decode_json(H3.as_bytes()).unwrap();
        assert_eq!(r.name, "demo");
        assert_eq!(
            r.info.as_ref().unwrap().deleted,
            HelmTime::Zero(ZeroForm::Empty)
        );
        assert_eq!(gojson::to_string(&r).unwrap(), H3);
    }

    #[test]
    fn helm4_record_round_trips_byte_for_byte() {
        let r = decode_json(H4.as_bytes()).unwrap();
        assert_eq!(r.apply_method, "ssa");
        assert_eq!(gojson::to_string(&r).unwrap(), H4);
    }

    #[test]
    fn helm4_view_of_helm3_record_omits_zero_times() {
        let r = decode_json(H3.as_bytes()).unwrap().helm4();
        let s = gojson::to_string(&r).unwrap();
        assert!(s.contains(r#""info":{"first_deployed":"2024-05-01T10:20:30.123456789Z","last_deployed":"2024-05-01T10:20:30.123456789Z","description""#));
    }

    #[test]
    fn base64_gzip_round_trip() {
        let r = decode_json(H4.as_bytes()).unwrap();
        let enc = encode(&r).unwrap();
        assert!(enc.starts_with("H4sI"));
        let back = decode(&enc).unwrap();
        assert_eq!(back, r);
        // Plain JSON (no gzip) is accepted too, and newlines in base64 are ignored.
        let plain = base64::engine::general_purpose::STANDARD.encode(H3);
        let wrapped = format!("{}\n{}", &plain[..10], &plain[10..]);
        assert_eq!(decode(&wrapped).unwrap().name, "demo");
    }

    #[test]
    fn keys_match_case_insensitively_and_unknown_keys_are_kept() {
        let json = r#"{"NAME":"x","Info":{"Status":"failed","LAST_DEPLOYED":"2016-01-16T00:00:00Z","future":1},"chart":{"metadata":{"appversion":"1.0","Version":"2"}},"Version":3,"extraKey":{"a":[1]},"config":null,"hooks":null}"#;
        let r = decode_json(json.as_bytes()).unwrap();
        assert_eq!(r.name, "x");
        assert_eq!(r.version, 3);
        assert_eq!(r.status(), "failed");
        assert_eq!(r.metadata().unwrap().app_version, "1.0");
        assert_eq!(r.metadata().unwrap().version, "2");
        assert_eq!(
            r.extra.get("extraKey").unwrap(),
            &serde_json::json!({"a":[1]})
        );
        assert_eq!(r.info.as_ref().unwrap().extra.get("future").unwrap(), 1);
        let again = gojson::to_string(&r).unwrap();
        assert!(again.contains(r#""extraKey":{"a":[1]}"#));
        assert!(again.contains(r#""future":1"#));
    }

    #[test]
    fn null_and_missing_times() {
        let r = decode_json(br#"{"name":"a","info":{"first_deployed":null}}"#).unwrap();
        let info = r.info.unwrap();
        assert!(info.first_deployed.is_zero());
        assert!(info.last_deployed.is_omitted());
        assert_eq!(decode_json(b"null").unwrap(), Release::default());
    }

    #[test]
    fn broken_input_is_an_error_not_a_panic() {
        assert!(matches!(decode("!!!"), Err(DecodeError::Base64(_))));
        let bad_gz = base64::engine::general_purpose::STANDARD.encode([0x1f, 0x8b, 0x08, 0, 1, 2]);
        assert!(matches!(decode(&bad_gz), Err(DecodeError::Gzip(_))));
        let bad_json = base64::engine::general_purpose::STANDARD.encode("{\"name\":");
        assert!(matches!(decode(&bad_json), Err(DecodeError::Json(_))));
        let wrong_type = base64::engine::general_purpose::STANDARD.encode("{\"version\":\"1\"}");
        assert!(matches!(decode(&wrong_type), Err(DecodeError::Json(_))));
        let array = base64::engine::general_purpose::STANDARD.encode("[1]");
        assert!(decode(&array).is_err());
    }

    /// A record with values nested as deep as Go allows reads (helm writes such records); one
    /// nested deeper is refused with Go's error, not a stack overflow.
    #[test]
    fn nesting_follows_go_s_limit() {
        let deep = |n: usize| {
            format!(
                r#"{{"name":"d","version":1,"config":{{"a":{}{}}}}}"#,
                "[".repeat(n),
                "]".repeat(n)
            )
        };
        let ok = deep(gostd::json::MAX_NESTING_DEPTH - 3);
        let r = std::thread::Builder::new()
            .stack_size(256 << 20)
            .spawn(move || {
                let full = decode_json(ok.as_bytes()).map(|r| r.name);
                let summary = summary::read(ok.as_bytes()).map(|s| s.name);
                (full.unwrap(), summary)
            })
            .unwrap()
            .join()
            .unwrap();
        assert_eq!(r, ("d".to_string(), Some("d".to_string())));
        let e = decode_json(deep(gostd::json::MAX_NESTING_DEPTH).as_bytes()).unwrap_err();
        assert!(e.to_string().contains("exceeded max depth"), "{e}");
    }

    /// The per-thread buffers `decode_summary` reuses carry nothing from one record to the
    /// next: gzip and plain records, and broken ones, in turn read as the full decoder reads them.
    #[test]
    fn summaries_in_a_row_read_each_record_alone() {
        let b64 = base64::engine::general_purpose::STANDARD;
        let h3 = decode_json(H3.as_bytes()).unwrap();
        let h4 = decode_json(H4.as_bytes()).unwrap();
        let inputs = [
            encode(&h4).unwrap(),
            b64.encode(H3),
            b64.encode("{\"name\":"),
            encode(&h3).unwrap(),
            b64.encode([0x1f, 0x8b, 0x08, 0, 1, 2]),
            b64.encode(H4),
            "!!!".to_string(),
            encode(&h3).unwrap(),
        ];
        for data in &inputs {
            match (decode_summary(data), decode(data)) {
                (Ok(s), Ok(r)) => assert_eq!(s, Summary::from(&r)),
                (Err(a), Err(b)) => assert_eq!(a.to_string(), b.to_string()),
                (a, b) => panic!("summary {a:?} but full decode {b:?}"),
            }
            let values = Want {
                config: true,
                ..Want::SUMMARY
            };
            for want in [values, Want::NO_CHART, Want::ALL] {
                match (decode_parts(data, want), decode(data)) {
                    (Ok(p), Ok(r)) => assert_eq!(p, want.strip(r)),
                    (Err(a), Err(b)) => assert_eq!(a.to_string(), b.to_string()),
                    (a, b) => panic!("{want:?} gives {a:?} but full decode {b:?}"),
                }
            }
        }
    }

    /// A small record that inflates past the limit (a gzip bomb) is refused, without inflating
    /// the rest of it.
    #[test]
    fn gzip_bomb_is_refused() {
        let mut gz = GzEncoder::new(Vec::new(), Compression::best());
        gz.write_all(br#"{"name":"bomb","manifest":""#).unwrap();
        let chunk = vec![b'x'; 1 << 20];
        for _ in 0..(MAX_RECORD_BYTES >> 20) + 8 {
            gz.write_all(&chunk).unwrap();
        }
        gz.write_all(br#""}"#).unwrap();
        let data = base64::engine::general_purpose::STANDARD.encode(gz.finish().unwrap());
        assert!(data.len() < 1 << 20, "the bomb is small: {}", data.len());
        assert!(matches!(decode(&data), Err(DecodeError::TooLarge)));
        assert!(matches!(decode_summary(&data), Err(DecodeError::TooLarge)));
        assert!(decode(&data)
            .unwrap_err()
            .to_string()
            .contains("larger than 128 MiB"));
    }
}
