//! Loading charts from directories, `.tgz` archives and in-memory file lists, as Helm's
//! `pkg/chart/loader` and `pkg/chart/v2/loader` do (same file classification, same errors).

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use serde_json::{Map, Value};

use super::archive::{self, BufferedFile};
use super::gofmt::json_kind;
use super::ignore::{Rules, HELM_IGNORE};
use super::metadata::{Lock, Metadata, API_VERSION_V1, API_VERSION_V2};
use super::{yaml, Chart, ChartError, File};

/// Go's text for an OS error: `open /x: no such file or directory`.
pub fn go_io_error(op: &str, path: &Path, err: &std::io::Error) -> String {
    format!("{op} {}: {}", path.display(), go_errno_text(err))
}

/// The errno part of a Go `*PathError` text.
pub fn go_errno_text(err: &std::io::Error) -> String {
    let s = err.to_string();
    let s = match s.find(" (os error ") {
        Some(i) => &s[..i],
        None => &s[..],
    };
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_lowercase().collect::<String>() + c.as_str(),
        None => String::new(),
    }
}

/// Loads a chart from a directory or an archive file (Helm's `loader.Load`). The lines Helm
/// logs while loading are in the chart's `load_warnings`.
pub fn load(path: impl AsRef<Path>) -> Result<Chart, ChartError> {
    with_warnings(|log| load_logged(path.as_ref(), log))
}

/// Helm's chart v2 `loader.Load`, which `show` uses: the same as [`load`] except that an
/// unreadable archive is reported with the archive reader's own error (`chart illegally
/// references parent directory`, ...) instead of `unable to load chart archive`.
pub fn load_v2(path: impl AsRef<Path>) -> Result<Chart, ChartError> {
    let path = path.as_ref();
    with_warnings(|log| {
        let md = fs::metadata(path).map_err(|e| ChartError::Load(go_io_error("stat", path, &e)))?;
        if md.is_dir() {
            load_dir_into(path, log)
        } else {
            load_archive_file_into(path, log, Loader::V2)
        }
    })
}

/// Which of Helm's loaders reads an archive file: they differ in how a damaged archive is
/// reported.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Loader {
    /// `pkg/chart/loader`: `unable to load chart archive` (rhelm adds the cause on a second line).
    Generic,
    /// `pkg/chart/v2/loader`: the archive reader's error as is.
    V2,
}

/// [`load`], appending the lines Helm logs while loading to `log` as it goes (so that those
/// logged before a failure are kept) instead of keeping them in the chart.
pub fn load_logged(path: &Path, log: &mut Vec<String>) -> Result<Chart, ChartError> {
    let md = fs::metadata(path).map_err(|e| ChartError::Load(go_io_error("stat", path, &e)))?;
    if md.is_dir() {
        load_dir_into(path, log)
    } else {
        load_file_into(path, log)
    }
}

/// Runs a loader with a fresh log and stores the log in the loaded chart.
fn with_warnings(
    f: impl FnOnce(&mut Vec<String>) -> Result<Chart, ChartError>,
) -> Result<Chart, ChartError> {
    let mut log = Vec::new();
    let mut c = f(&mut log)?;
    c.load_warnings = log;
    Ok(c)
}

fn check_api_version(data: &[u8]) -> Result<(), ChartError> {
    let v = yaml::to_value(data)
        .map_err(|e| ChartError::Load(format!("cannot load Chart.yaml: {e}")))?;
    let api = match &v {
        Value::Object(m) => match m.get("apiVersion") {
            None | Some(Value::Null) => String::new(),
            Some(other @ (Value::Array(_) | Value::Object(_))) => {
                return Err(ChartError::Load(format!(
                    "cannot load Chart.yaml: error unmarshaling JSON: while decoding JSON: json: cannot unmarshal {} into Go struct field chartBase.apiVersion of type string",
                    json_kind(other)
                )))
            }
            Some(s) => super::metadata::scalar_to_string(s).unwrap_or_default(),
        },
        Value::Null => String::new(),
        other => {
            return Err(ChartError::Load(format!(
                "cannot load Chart.yaml: error unmarshaling JSON: while decoding JSON: json: cannot unmarshal {} into Go value of type loader.chartBase",
                json_kind(other)
            )))
        }
    };
    match api.as_str() {
        API_VERSION_V1 | API_VERSION_V2 | "" => Ok(()),
        "v3" => Err(ChartError::Load(
            "chart apiVersion v3 is not supported by rhelm".into(),
        )),
        _ => Err(ChartError::Load("unsupported chart version".into())),
    }
}

/// Loads a chart directory, honouring its `.helmignore` (Helm's `loader.LoadDir`).
pub fn load_dir(dir: impl AsRef<Path>) -> Result<Chart, ChartError> {
    with_warnings(|log| load_dir_into(dir.as_ref(), log))
}

fn load_dir_into(dir: &Path, log: &mut Vec<String>) -> Result<Chart, ChartError> {
    // Go's filepath.Abs also cleans the path (`a/../b` is `b`).
    let top = std::path::absolute(dir).map_err(|e| ChartError::Load(e.to_string()))?;
    let top = PathBuf::from(super::archive::clean_path(&top.to_string_lossy()));
    let chart_yaml = top.join("Chart.yaml");
    let data = fs::read(&chart_yaml).map_err(|e| {
        ChartError::Load(format!(
            "unable to detect chart at {}: {}",
            chart_yaml.display(),
            go_io_error("open", &chart_yaml, &e)
        ))
    })?;
    check_api_version(&data)?;

    let mut rules = Rules::empty();
    let ifile = top.join(HELM_IGNORE);
    if ifile.exists() {
        let text =
            fs::read(&ifile).map_err(|e| ChartError::Load(go_io_error("open", &ifile, &e)))?;
        rules = Rules::parse(&text)?;
    }
    rules.add_defaults();

    let mut found = Vec::new();
    let walked = walk(&top, "", &rules, &mut found, log);
    // Every file found precedes the one the walk failed on, if it failed: an error reading one
    // of them comes first, as when each file is read where it is found.
    let files = read_chart_files(found)?;
    walked?;
    load_files_into(files, log)
}

/// A chart file found by [`walk`], to be read: its path, its name in its folder, and its name
/// in the chart.
type FoundFile = (PathBuf, String, String);

/// Reads the files found, in order, stopping at the first error: on the lent thread as well as
/// this one when there is one ([`crate::parallel`]); each read is a handful of system calls.
fn read_chart_files(found: Vec<FoundFile>) -> Result<Vec<BufferedFile>, ChartError> {
    // What reading a file costs, in the bytes of template text that take as long to parse.
    const READ_WEIGHT: usize = 4 << 10;
    let weight = found.len() * READ_WEIGHT;
    crate::parallel::map_in_order_lending(
        found,
        weight,
        |_| true,
        |(path, name, n)| read_chart_file(path, name, n.clone()),
    )
    .into_iter()
    .collect()
}

/// Finds the chart files under `dir` (`rel` in the chart) in Helm's order, leaving out what
/// `rules` ignore.
fn walk(
    dir: &Path,
    rel: &str,
    rules: &Rules,
    out: &mut Vec<FoundFile>,
    warnings: &mut Vec<String>,
) -> Result<(), ChartError> {
    // The listing tells each entry's kind, so ordinary files and folders need no `lstat` of
    // their own (a chart has hundreds of files, and each system call counts).
    let mut entries: Vec<(String, std::io::Result<fs::FileType>)> = fs::read_dir(dir)
        .map_err(|e| ChartError::Load(go_io_error("open", dir, &e)))?
        .filter_map(|e| e.ok())
        .map(|e| (e.file_name().to_string_lossy().into_owned(), e.file_type()))
        .collect();
    entries.sort_by(|a, b| a.0.cmp(&b.0));
    for (name, kind) in entries {
        let path: PathBuf = dir.join(&name);
        let n = if rel.is_empty() {
            name.clone()
        } else {
            format!("{rel}/{name}")
        };
        let kind = kind.map_err(|e| ChartError::Load(go_io_error("lstat", &path, &e)))?;
        let (is_dir, is_file) = if kind.is_symlink() {
            let md = follow_symlink(dir, &path, warnings)?;
            (md.is_dir(), md.is_file())
        } else {
            (kind.is_dir(), kind.is_file())
        };
        if is_dir {
            if rules.ignore(&n, true) {
                continue;
            }
            walk(&path, &n, rules, out, warnings)?;
            continue;
        }
        if rules.ignore(&n, false) {
            continue;
        }
        if !is_file {
            return Err(ChartError::Load(format!(
                "cannot load irregular file {} as it has file mode type bits set",
                path.display()
            )));
        }
        out.push((path, name, n));
    }
    Ok(())
}

/// The metadata of what the symbolic link `path` (in `dir`) points to, with Helm's note that
/// the linked file is used.
fn follow_symlink(
    dir: &Path,
    path: &Path,
    warnings: &mut Vec<String>,
) -> Result<fs::Metadata, ChartError> {
    let resolved = fs::canonicalize(path).map_err(|e| {
        // Go's EvalSymlinks names the link's target, the path it could not find.
        let target = fs::read_link(path)
            .map(|t| dir.join(t))
            .map(|t| PathBuf::from(super::archive::clean_path(&t.to_string_lossy())))
            .unwrap_or_else(|_| path.to_path_buf());
        ChartError::Load(format!(
            "error evaluating symlink {}: {}",
            path.display(),
            go_io_error("lstat", &target, &e)
        ))
    })?;
    warnings.push(super::gofmt::slog_line(
        "INFO",
        "found symbolic link in path. Contents of linked file included and used",
        &[
            ("path", &path.display().to_string()),
            ("resolved", &resolved.display().to_string()),
        ],
    ));
    fs::metadata(&resolved).map_err(|e| ChartError::Load(go_io_error("lstat", &resolved, &e)))
}

/// Reads the chart file at `path` (`name` in its folder, `n` in the chart), refusing one over
/// the size limit; a leading UTF-8 byte order mark is dropped.
fn read_chart_file(path: &Path, name: &str, n: String) -> Result<BufferedFile, ChartError> {
    use std::io::Read;
    let read_error = |e: &std::io::Error| {
        ChartError::Load(format!(
            "error reading {n}: {}",
            go_io_error("read", path, e)
        ))
    };
    let mut f = fs::File::open(path).map_err(|e| read_error(&e))?;
    let md = f.metadata().map_err(|e| read_error(&e))?;
    if md.len() > archive::MAX_DECOMPRESSED_FILE_SIZE {
        return Err(ChartError::Load(format!(
            "chart file {} is larger than the maximum file size {}",
            super::gofmt::quote(name),
            archive::MAX_DECOMPRESSED_FILE_SIZE
        )));
    }
    // Read to the end into a buffer of the known size (`read_to_end` would ask for the size
    // again): one read fills it, a second finds the end.
    let mut data = vec![0; md.len() as usize + 1];
    let mut filled = 0;
    loop {
        match f.read(&mut data[filled..]) {
            Ok(0) => break,
            Ok(k) => filled += k,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(e) => return Err(read_error(&e)),
        }
        if filled == data.len() {
            data.resize(filled * 2, 0);
        }
    }
    data.truncate(filled);
    if data.starts_with(&[0xEF, 0xBB, 0xBF]) {
        data.drain(..3);
    }
    Ok(BufferedFile {
        name: n,
        data,
        mod_time: md.modified().ok(),
    })
}

/// Loads a chart archive file (Helm's `loader.LoadFile`).
pub fn load_file(path: impl AsRef<Path>) -> Result<Chart, ChartError> {
    with_warnings(|log| load_file_into(path.as_ref(), log))
}

fn load_file_into(path: &Path, log: &mut Vec<String>) -> Result<Chart, ChartError> {
    load_archive_file_into(path, log, Loader::Generic)
}

fn load_archive_file_into(
    path: &Path,
    log: &mut Vec<String>,
    loader: Loader,
) -> Result<Chart, ChartError> {
    let md = fs::metadata(path).map_err(|e| ChartError::Load(go_io_error("stat", path, &e)))?;
    if md.is_dir() {
        return Err(ChartError::Load("cannot load a directory".into()));
    }
    let data = fs::read(path).map_err(|e| ChartError::Load(go_io_error("open", path, &e)))?;
    let name = path.display().to_string();
    let ctype = archive::detect_content_type(&data);
    if ctype != "application/x-gzip" && !data.starts_with(&[0x1f, 0x8b, 0x08]) {
        if name.ends_with(".yml") || name.ends_with(".yaml") {
            return Err(ChartError::Load(format!(
                "file '{name}' seems to be a YAML file, but expected a gzipped archive"
            )));
        }
        return Err(ChartError::Load(format!(
            "file '{name}' does not appear to be a gzipped archive; got '{ctype}'"
        )));
    }
    let files = match archive::load_archive_files(&data) {
        Ok(f) => f,
        Err(ChartError::GzipHeader) => {
            return Err(ChartError::Load(format!(
                "file '{name}' does not appear to be a valid chart file (details: gzip: invalid header)"
            )))
        }
        Err(e) if loader == Loader::V2 => return Err(e),
        Err(e) => {
            return Err(ChartError::UnreadableArchive {
                path: name,
                cause: e.to_string(),
            })
        }
    };
    match files.iter().find(|f| f.name == "Chart.yaml") {
        Some(f) => check_api_version(&f.data)?,
        None => {
            return Err(ChartError::Load(
                "unable to detect chart version, no Chart.yaml found".into(),
            ))
        }
    }
    load_files_into(files, log)
}

/// Loads a chart from gzipped tar bytes (Helm's v2 `LoadArchive`).
pub fn load_archive(data: &[u8]) -> Result<Chart, ChartError> {
    with_warnings(|log| load_archive_into(data, log))
}

fn load_archive_into(data: &[u8], log: &mut Vec<String>) -> Result<Chart, ChartError> {
    load_files_into(archive::load_archive_files(data)?, log)
}

fn file(f: &BufferedFile) -> File {
    File {
        name: f.name.clone(),
        data: std::sync::Arc::from(f.data.as_slice()),
    }
}

/// Builds a chart from its files (Helm's v2 `LoadFiles`): `Chart.yaml`, `Chart.lock`,
/// `values.yaml`, `values.schema.json`, `requirements.yaml`/`.lock`, `templates/`, `charts/`
/// (unpacked folders and archives, recursively) and everything else as `.Files`.
pub fn load_files(files: Vec<BufferedFile>) -> Result<Chart, ChartError> {
    with_warnings(|log| load_files_into(files, log))
}

fn load_files_into(files: Vec<BufferedFile>, log: &mut Vec<String>) -> Result<Chart, ChartError> {
    let mut c = Chart::default();
    let mut metadata: Option<Metadata> = None;
    for f in &files {
        c.raw.push(file(f));
        if let Some(t) = f.mod_time {
            c.file_mod_times.insert(f.name.clone(), t);
        }
        if f.name == "Chart.yaml" {
            let md = metadata.get_or_insert_with(Metadata::default);
            let v = yaml::to_value(&f.data)
                .map_err(|e| ChartError::Load(format!("cannot load Chart.yaml: {e}")))?;
            md.decode_into(&v).map_err(|e| {
                ChartError::Load(format!(
                    "cannot load Chart.yaml: error unmarshaling JSON: while decoding JSON: {e}"
                ))
            })?;
            if md.api_version.is_empty() {
                md.api_version = API_VERSION_V1.into();
            }
            c.mod_time = f.mod_time;
        }
    }
    let mut subcharts: BTreeMap<String, Vec<BufferedFile>> = BTreeMap::new();
    // values.yaml is parsed below, beside the subcharts (the costly parts of a large chart);
    // an error it has still comes before any that follows it in file order, as in Helm.
    let mut values_text: Option<Vec<u8>> = None;
    let sorted = (|| -> Result<Metadata, ChartError> {
        // `raw` holds every file; the chart's templates and files share its copies.
        for (i, f) in files.into_iter().enumerate() {
            let name = f.name.as_str();
            match name {
                "Chart.yaml" => {}
                "Chart.lock" | "requirements.lock" => {
                    let which = name;
                    let v = yaml::to_value(&f.data)
                        .map_err(|e| ChartError::Load(format!("cannot load {which}: {e}")))?;
                    let lock = Lock::from_value(&v).map_err(|e| {
                        ChartError::Load(format!(
                            "cannot load {which}: error unmarshaling JSON: while decoding JSON: {e}"
                        ))
                    })?;
                    c.lock = Some(lock);
                    if which == "requirements.lock" {
                        let md = metadata.get_or_insert_with(Metadata::default);
                        if md.api_version != API_VERSION_V1 {
                            log.push(super::gofmt::slog_line(
                                "INFO",
                                "Warning: Dependency locking is handled in Chart.lock since apiVersion \"v2\". We recommend migrating to Chart.lock.",
                                &[],
                            ));
                        }
                        if md.api_version == API_VERSION_V1 {
                            c.files.push(c.raw[i].clone());
                        }
                    }
                }
                "values.yaml" => values_text = Some(f.data),
                "values.schema.json" => {
                    c.schema = Some(f.data.clone());
                    c.schema_mod_time = f.mod_time;
                }
                "requirements.yaml" => {
                    let md = metadata.get_or_insert_with(Metadata::default);
                    if md.api_version != API_VERSION_V1 {
                        log.push(super::gofmt::slog_line(
                            "INFO",
                            "Warning: Dependencies are handled in Chart.yaml since apiVersion \"v2\". We recommend migrating dependencies to Chart.yaml.",
                            &[],
                        ));
                    }
                    let v = yaml::to_value(&f.data).map_err(|e| {
                        ChartError::Load(format!("cannot load requirements.yaml: {e}"))
                    })?;
                    md.decode_into(&v).map_err(|e| {
                        ChartError::Load(format!(
                            "cannot load requirements.yaml: error unmarshaling JSON: while decoding JSON: {e}"
                        ))
                    })?;
                    if md.api_version == API_VERSION_V1 {
                        c.files.push(c.raw[i].clone());
                    }
                }
                _ if name.starts_with("templates/") => c.templates.push(c.raw[i].clone()),
                _ if name.starts_with("charts/") => {
                    if name.ends_with(".prov") {
                        c.files.push(c.raw[i].clone());
                        continue;
                    }
                    let fname = &name["charts/".len()..];
                    let cname = fname.split('/').next().unwrap_or("").to_string();
                    subcharts.entry(cname).or_default().push(BufferedFile {
                        name: fname.to_string(),
                        data: f.data,
                        mod_time: f.mod_time,
                    });
                }
                _ => c.files.push(c.raw[i].clone()),
            }
        }
        let Some(mut md) = metadata else {
            return Err(ChartError::Load("Chart.yaml file is missing".into()));
        };
        md.validate()?;
        Ok(md)
    })();
    let md = match sorted {
        Ok(md) => md,
        Err(e) => {
            if let Some(text) = &values_text {
                parse_values(text)?;
            }
            return Err(e);
        }
    };
    c.metadata = md;

    let mut jobs = Vec::new();
    let mut bytes = 0;
    if let Some(text) = values_text {
        bytes += text.len();
        jobs.push(Mutex::new(Some(LoadJob::Values(text))));
    }
    for (n, files) in subcharts {
        if n.starts_with('_') || n.starts_with('.') {
            continue;
        }
        bytes += files.iter().map(|f| f.data.len()).sum::<usize>();
        jobs.push(Mutex::new(Some(LoadJob::Subchart(n, files))));
    }
    let parent = c.name().to_string();
    // On the lent thread when there is one: a new thread would first touch fresh memory
    // (three 2 MiB huge pages for prometheus's subcharts, ~0.8 ms of the kernel zeroing them).
    let done = crate::parallel::map_in_order_lending(jobs, bytes, |_| true, {
        let parent = parent.clone();
        move |job| {
            let job = job.lock().ok().and_then(|mut j| j.take());
            match job.expect("each load job is taken once") {
                LoadJob::Values(text) => Loaded::Values(parse_values(&text)),
                LoadJob::Subchart(n, files) => load_subchart(&parent, n, files),
            }
        }
    });
    for loaded in done {
        match loaded {
            Loaded::Values(values) => c.values = values?,
            Loaded::Misnamed(e) => return Err(e),
            Loaded::Subchart(n, chart, sub_log) => {
                log.extend(sub_log);
                match *chart {
                    Ok(sc) => c.dependencies.push(sc),
                    Err(e) => {
                        return Err(ChartError::Load(format!(
                            "error unpacking subchart {n} in {parent}: {e}"
                        )))
                    }
                }
            }
        }
    }
    Ok(c)
}

/// A piece of a chart's loading that can run on another core.
enum LoadJob {
    /// The text of values.yaml.
    Values(Vec<u8>),
    /// A subchart's name under charts/ and its files.
    Subchart(String, Vec<BufferedFile>),
}

/// What a [`LoadJob`] gave: the values, or the subchart (with the warnings its loading logged).
enum Loaded {
    Values(Result<Map<String, Value>, ChartError>),
    Subchart(String, Box<Result<Chart, ChartError>>, Vec<String>),
    /// A subchart archive whose file is not named as its folder entry says (reported as is,
    /// not as an error of the subchart's contents).
    Misnamed(ChartError),
}

fn parse_values(text: &[u8]) -> Result<Map<String, Value>, ChartError> {
    yaml::load_values(text).map_err(|e| ChartError::Load(format!("cannot load values.yaml: {e}")))
}

/// Loads the subchart `name` (a folder's files, or one `.tgz`) of the chart `parent`.
fn load_subchart(parent: &str, name: String, files: Vec<BufferedFile>) -> Loaded {
    let mut log = Vec::new();
    if name.ends_with(".tgz") {
        let first = &files[0];
        if first.name != name {
            return Loaded::Misnamed(ChartError::Load(format!(
                "error unpacking subchart tar in {parent}: expected {name}, got {}",
                first.name
            )));
        }
        let chart = load_archive_into(&first.data, &mut log);
        return Loaded::Subchart(name, Box::new(chart), log);
    }
    let buff: Vec<BufferedFile> = files
        .into_iter()
        .filter_map(|f| {
            f.name.split_once('/').map(|(_, rest)| BufferedFile {
                name: rest.to_string(),
                data: f.data,
                mod_time: f.mod_time,
            })
        })
        .collect();
    let chart = load_files_into(buff, &mut log);
    Loaded::Subchart(name, Box::new(chart), log)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f(name: &str, data: &str) -> BufferedFile {
        BufferedFile {
            name: name.into(),
            data: data.as_bytes().to_vec(),
            mod_time: None,
        }
    }

    /// values.yaml padded with a comment past the size at which the parts load in parallel
    /// (`pad`), or as is.
    fn values(text: &str, pad: bool) -> BufferedFile {
        let mut text = text.to_string();
        if pad {
            text.push_str(&format!(
                "# {}\n",
                "x".repeat(crate::parallel::PARALLEL_MIN_BYTES)
            ));
        }
        f("values.yaml", &text)
    }

    fn error_of(files: Vec<BufferedFile>) -> String {
        load_files(files).unwrap_err().to_string()
    }

    #[test]
    fn parts_loaded_in_parallel_come_back_in_order_with_their_warnings() {
        for pad in [false, true] {
            let c = load_files(vec![
                f("Chart.yaml", "apiVersion: v2\nname: top\nversion: 1.0.0\n"),
                f(
                    "charts/b/Chart.yaml",
                    "apiVersion: v2\nname: b\nversion: 1.0.0\n",
                ),
                f("charts/b/requirements.yaml", "dependencies: []\n"),
                f(
                    "charts/a/Chart.yaml",
                    "apiVersion: v2\nname: a\nversion: 1.0.0\n",
                ),
                f("charts/a/values.yaml", "sub: 1\n"),
                values("top: 2\n", pad),
            ])
            .unwrap();
            assert_eq!(c.values["top"], 2.0, "pad {pad}");
            let names: Vec<&str> = c.dependencies.iter().map(|d| d.name()).collect();
            assert_eq!(names, ["a", "b"]);
            assert_eq!(c.dependencies[0].values["sub"], 1.0);
            assert_eq!(c.load_warnings.len(), 1, "pad {pad}: {:?}", c.load_warnings);
        }
    }

    #[test]
    fn errors_keep_helms_order_when_parts_load_in_parallel() {
        for pad in [false, true] {
            let bad_values = || values("a: [\n", pad);
            // values.yaml is read before Chart.yaml's absence is noticed.
            assert!(
                error_of(vec![bad_values()]).starts_with("cannot load values.yaml:"),
                "pad {pad}"
            );
            // A file sorted before values.yaml fails first; one after it, second.
            let lock_error = error_of(vec![
                f("Chart.yaml", "apiVersion: v2\nname: top\nversion: 1.0.0\n"),
                f("Chart.lock", "a: [\n"),
                bad_values(),
            ]);
            assert!(
                lock_error.starts_with("cannot load Chart.lock:"),
                "{lock_error}"
            );
            let values_error = error_of(vec![
                f("Chart.yaml", "apiVersion: v2\nname: top\nversion: 1.0.0\n"),
                bad_values(),
                f("requirements.yaml", "a: [\n"),
            ]);
            assert!(
                values_error.starts_with("cannot load values.yaml:"),
                "{values_error}"
            );
            // values.yaml before the subcharts, then the subcharts by name.
            let broken_subcharts = |values: BufferedFile| {
                error_of(vec![
                    f("Chart.yaml", "apiVersion: v2\nname: top\nversion: 1.0.0\n"),
                    f("charts/b/Chart.yaml", "name: [\n"),
                    f("charts/a/Chart.yaml", "apiVersion: v2\nname: a\n"),
                    values,
                ])
            };
            assert!(broken_subcharts(bad_values()).starts_with("cannot load values.yaml:"));
            assert_eq!(
                broken_subcharts(values("ok: 1\n", pad)),
                "error unpacking subchart a in top: validation: chart.metadata.version is required"
            );
            // A misnamed subchart archive is reported as it is, after the subcharts before it.
            let misnamed = error_of(vec![
                f("Chart.yaml", "apiVersion: v2\nname: top\nversion: 1.0.0\n"),
                f("charts/z.tgz/inner", ""),
                values("ok: 1\n", pad),
            ]);
            assert_eq!(
                misnamed,
                "error unpacking subchart tar in top: expected z.tgz, got z.tgz/inner"
            );
        }
    }
}
