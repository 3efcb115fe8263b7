//! Objects of named map and slice types (Helm's `.Files`, `.Capabilities.APIVersions`) work
//! with `len`, `index`, `range` and Sprig's list functions, as the Go types they wrap do.

use std::any::Any;
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
    fn format(&self) -> String {
        format!("[{}]", self.0.join(" "))
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
