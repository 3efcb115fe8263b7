//! Objects of named map and slice types (Helm's `.Files`, `.Capabilities.APIVersions`) work
//! with `len`, `index`, `range` and Sprig's list functions, as the Go types they wrap do.

use std::any::Any;
use std::borrow::Cow;
use std::collections::BTreeMap;

use gotemplate::template::Templates;
use gotemplate::{GoType, Member, Object, Value};

struct Versions(Vec<&'static str>);

impl Object for Versions {
    fn type_name(&self) -> &'static str {
        "common.VersionSet"
    }
    fn kind(&self) -> &'static str {
        "slice"
    }
    fn member(&self, _name: &str) -> Option<Member> {
        None
    }
    fn format(&self) -> Cow<'_, str> {
        format!("[{}]", self.0.join(" ")).into()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn underlying(&self) -> Option<Value> {
        Some(Value::typed_list(
            GoType::String,
            self.0.iter().map(|s| Value::str(*s)).collect(),
        ))
    }
}

fn render(text: &str) -> String {
    let mut set = Templates::new("t", gotemplate::sprig::funcs());
    set.parse("t", text).expect("parses");
    let mut data = BTreeMap::new();
    data.insert(
        "V".to_string(),
        Value::object(Versions(vec!["v1", "apps/v1"])),
    );
    set.execute("t", &Value::map(data)).expect("executes")
}

#[test]
fn named_slices_behave_like_their_slice() {
    assert_eq!(render("{{ len .V }}"), "2");
    assert_eq!(render("{{ index .V 1 }}"), "apps/v1");
    assert_eq!(
        render("{{ range $i, $v := .V }}{{ $i }}={{ $v }};{{ end }}"),
        "0=v1;1=apps/v1;"
    );
    assert_eq!(
        render("{{ has \"v1\" .V }} {{ has \"x\" .V }}"),
        "true false"
    );
    assert_eq!(
        render("{{ .V }} {{ typeOf .V }}"),
        "[v1 apps/v1] common.VersionSet"
    );
}

#[test]
fn strings_with_invalid_utf8_keep_their_bytes() {
    // b64dec gives a Go string holding bytes that are not UTF-8: string functions accept it,
    // byte-level ones see the bytes, text-level ones the U+FFFD rendering.
    assert_eq!(
        render(r#"{{ $b := b64dec "AAH+/w==" }}{{ $b | b64enc }} {{ len $b }} {{ typeOf $b }}"#),
        "AAH+/w== 4 string"
    );
    assert_eq!(
        render(r#"{{ b64dec "AAH+/w==" | sha256sum | trunc 12 }}"#),
        "c5dbae22661a"
    );
    assert_eq!(
        render(r#"{{ b64dec "AAH+/w==" | upper | b64enc }}"#),
        "AAHvv73vv70="
    );
}
