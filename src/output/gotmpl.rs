//! `helm get all --template`: Go's text/template (no Sprig, like Helm's `tpl` helper) over
//! `{"Release": <release>}`, where the release is seen through Go's field names
//! (`.Release.Info.Status`, `.Release.Chart.Metadata.Version`). Times print as Go's
//! `Time.String()`; a whole struct prints in Go's `{…}` form.

use std::any::Any;
use std::borrow::Cow;
use std::collections::BTreeMap;

use gotemplate::{FuncMap, Member, Object, Templates, Value};

use crate::release::{Chart, File, Hook, HookExecution, Info, Metadata, Release};

/// A Go struct (or pointer to one) with named fields.
pub(crate) struct Struct {
    pub(crate) type_name: &'static str,
    pub(crate) pointer: bool,
    pub(crate) fields: Vec<(&'static str, Value)>,
}

impl Object for Struct {
    fn type_name(&self) -> &'static str {
        self.type_name
    }

    fn kind(&self) -> &'static str {
        if self.pointer {
            "ptr"
        } else {
            "struct"
        }
    }

    fn member(&self, name: &str) -> Option<Member> {
        self.fields
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| Member::Field(v.clone()))
    }

    fn format(&self) -> Cow<'_, str> {
        let inner: Vec<String> = self.fields.iter().map(|(_, v)| fmt_value(v)).collect();
        format!(
            "{}{{{}}}",
            if self.pointer { "&" } else { "" },
            inner.join(" ")
        )
        .into()
    }

    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// A `time.Time`, printed like Go's `Time.String()`.
struct Time(String);

impl Object for Time {
    fn type_name(&self) -> &'static str {
        "time.Time"
    }

    fn kind(&self) -> &'static str {
        "struct"
    }

    fn member(&self, _name: &str) -> Option<Member> {
        None
    }

    fn format(&self) -> Cow<'_, str> {
        self.0.as_str().into()
    }

    fn as_any(&self) -> &dyn Any {
        self
    }
}

fn fmt_value(v: &Value) -> String {
    match v {
        Value::Nil => "<nil>".to_string(),
        Value::Bool(b) => b.to_string(),
        Value::Int(i) | Value::Int64(i) => i.to_string(),
        Value::String(s) => s.to_string(),
        Value::Object(o) => o.format().into_owned(),
        Value::List(l) => format!(
            "[{}]",
            l.items.iter().map(fmt_value).collect::<Vec<_>>().join(" ")
        ),
        Value::Map(m) => format!(
            "map[{}]",
            m.borrow()
                .entries
                .iter()
                .map(|(k, v)| format!("{k}:{}", fmt_value(v)))
                .collect::<Vec<_>>()
                .join(" ")
        ),
        Value::Float(f) => gostd::json::format_float(*f),
        Value::Bytes(b) => format!(
            "[{}]",
            b.iter().map(u8::to_string).collect::<Vec<_>>().join(" ")
        ),
    }
}

fn st(type_name: &'static str, fields: Vec<(&'static str, Value)>) -> Value {
    Value::object(Struct {
        type_name,
        pointer: true,
        fields,
    })
}

fn s(v: &str) -> Value {
    Value::from(v)
}

fn strings(v: &[String]) -> Value {
    Value::list(v.iter().map(|x| s(x)).collect())
}

fn time(t: &crate::release::HelmTime) -> Value {
    Value::object(Time(t.time().go_string()))
}

/// A Go map; a nil map prints as `map[]` like an empty one.
fn json_map(m: Option<&crate::release::Object>) -> Value {
    Value::from_json(&serde_json::Value::Object(m.cloned().unwrap_or_default()))
}

fn info(i: &Info) -> Value {
    st(
        "*v1.Info",
        vec![
            ("FirstDeployed", time(&i.first_deployed)),
            ("LastDeployed", time(&i.last_deployed)),
            ("Deleted", time(&i.deleted)),
            ("Description", s(&i.description)),
            ("Status", s(&i.status)),
            ("Notes", s(&i.notes)),
            ("Resources", json_map(i.resources.as_ref())),
        ],
    )
}

fn file(f: &File) -> Value {
    use base64::Engine as _;
    let data = base64::engine::general_purpose::STANDARD
        .decode(&f.data)
        .unwrap_or_default();
    st(
        "*common.File",
        vec![
            ("Name", s(&f.name)),
            ("Data", Value::Bytes(data.into())),
            ("ModTime", time(&f.modtime)),
        ],
    )
}

fn metadata(m: &Metadata) -> Value {
    let annotations: BTreeMap<String, Value> = m
        .annotations
        .clone()
        .unwrap_or_default()
        .into_iter()
        .map(|(k, v)| (k, Value::from(v)))
        .collect();
    let deps = m
        .dependencies
        .iter()
        .map(|d| match d {
            Some(d) => Value::from_json(&serde_json::to_value(d).unwrap_or_default()),
            None => Value::Nil,
        })
        .collect();
    let maint = m
        .maintainers
        .iter()
        .map(|x| match x {
            Some(x) => st(
                "*v2.Maintainer",
                vec![
                    ("Name", s(&x.name)),
                    ("Email", s(&x.email)),
                    ("URL", s(&x.url)),
                ],
            ),
            None => Value::Nil,
        })
        .collect();
    st(
        "*v2.Metadata",
        vec![
            ("Name", s(&m.name)),
            ("Home", s(&m.home)),
            ("Sources", strings(&m.sources)),
            ("Version", s(&m.version)),
            ("Description", s(&m.description)),
            ("Keywords", strings(&m.keywords)),
            ("Maintainers", Value::list(maint)),
            ("Icon", s(&m.icon)),
            ("APIVersion", s(&m.api_version)),
            ("Condition", s(&m.condition)),
            ("Tags", s(&m.tags)),
            ("AppVersion", s(&m.app_version)),
            ("Deprecated", Value::Bool(m.deprecated)),
            ("Annotations", Value::map(annotations)),
            ("KubeVersion", s(&m.kube_version)),
            ("Dependencies", Value::list(deps)),
            ("Type", s(&m.chart_type)),
        ],
    )
}

fn chart(c: &Chart) -> Value {
    use base64::Engine as _;
    let files = |v: &Option<Vec<File>>| match v {
        Some(v) => Value::list(v.iter().map(file).collect()),
        None => Value::list(Vec::new()),
    };
    let schema = c
        .schema
        .as_ref()
        .and_then(|s| base64::engine::general_purpose::STANDARD.decode(s).ok())
        .map_or(Value::Nil, |b| Value::Bytes(b.into()));
    st(
        "*v2.Chart",
        vec![
            ("Raw", Value::Nil),
            ("Metadata", c.metadata.as_ref().map_or(Value::Nil, metadata)),
            ("Lock", c.lock.as_ref().map_or(Value::Nil, Value::from_json)),
            ("Templates", files(&c.templates)),
            ("Values", json_map(c.values.as_ref())),
            ("Schema", schema),
            ("Files", files(&c.files)),
        ],
    )
}

fn hook_exec(h: &HookExecution) -> Value {
    Value::object(Struct {
        type_name: "v1.HookExecution",
        pointer: false,
        fields: vec![
            ("StartedAt", time(&h.started_at)),
            ("CompletedAt", time(&h.completed_at)),
            ("Phase", s(&h.phase)),
        ],
    })
}

fn hook(h: &Hook) -> Value {
    st(
        "*v1.Hook",
        vec![
            ("Name", s(&h.name)),
            ("Kind", s(&h.kind)),
            ("Path", s(&h.path)),
            ("Manifest", s(&h.manifest)),
            ("Events", strings(&h.events)),
            ("LastRun", hook_exec(&h.last_run)),
            ("Weight", Value::Int(h.weight)),
            ("DeletePolicies", strings(&h.delete_policies)),
            ("OutputLogPolicies", strings(&h.output_log_policies)),
        ],
    )
}

/// The template data `{"Release": …}`.
pub fn release_data(r: &Release) -> Value {
    let labels: BTreeMap<String, Value> = r
        .labels
        .iter()
        .map(|(k, v)| (k.clone(), Value::from(v.as_str())))
        .collect();
    let rel = st(
        "*v1.Release",
        vec![
            ("Name", s(&r.name)),
            ("Info", r.info.as_ref().map_or(Value::Nil, info)),
            ("Chart", r.chart.as_ref().map_or(Value::Nil, chart)),
            ("Config", json_map(r.config.as_ref())),
            ("Manifest", s(&r.manifest)),
            ("Hooks", Value::list(r.hooks.iter().map(hook).collect())),
            ("Version", Value::Int(r.version)),
            ("Namespace", s(&r.namespace)),
            ("Labels", Value::map(labels)),
            ("ApplyMethod", s(&r.apply_method)),
        ],
    );
    let mut data = BTreeMap::new();
    data.insert("Release".to_string(), rel);
    Value::map(data)
}

/// Executes a `--template` over the release.
pub fn render(template: &str, r: &Release) -> Result<String, gotemplate::Error> {
    let mut set = Templates::new("_", FuncMap::new());
    set.parse("_", template)?;
    set.execute("_", &release_data(r))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn go_field_names() {
        let r = crate::release::codec::from_value(serde_json::json!({
            "name": "x", "version": 3,
            "info": {"status": "deployed", "last_deployed": "2016-01-16T00:00:00Z"},
            "chart": {"metadata": {"name": "foo", "version": "0.1.0"}},
            "config": {"a": 1}
        }))
        .unwrap();
        let out = render(
            "{{.Release.Name}} {{.Release.Version}} {{.Release.Info.Status}} {{.Release.Chart.Metadata.Version}} {{.Release.Info.LastDeployed}} {{.Release.Config.a}}",
            &r,
        )
        .unwrap();
        assert_eq!(out, "x 3 deployed 0.1.0 2016-01-16 00:00:00 +0000 UTC 1");
        assert!(render("{{.Release.Nope}}", &r).is_err());
    }
}
