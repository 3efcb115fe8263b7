//! helm-diff's own tests (databus23/helm-diff v3.15.11 `diff/diff_test.go`,
//! `diff/report_test.go`), carried over with their expected bytes: each test is named after the
//! case it mirrors. The engine (`rhelm::diff`) builds the report, `rhelm::output::diff` prints it.

use std::collections::BTreeMap;

use regex::Regex;
use rhelm::diff::{
    parse, report, report_with_ownership, Change, DiffOptions, Document, Ownership, ParseOptions,
    Report, SecretMode, StructuredEntry,
};
use rhelm::output::diff::{write_report, DiffFormat};

fn doc(key: &str, kind: &str, content: &str) -> Document {
    Document {
        key: key.into(),
        kind: kind.into(),
        content: content.into(),
        ..Default::default()
    }
}

fn index(docs: &[Document]) -> BTreeMap<String, Document> {
    docs.iter().map(|d| (d.key.clone(), d.clone())).collect()
}

fn print(r: &Report, format: &DiffFormat) -> String {
    let mut out = Vec::new();
    write_report(r, format, false, &mut out).unwrap();
    String::from_utf8(out).unwrap()
}

/// helm-diff's test options `Options{"diff", 10, false, <showSecrets>, false, [], F, regexes}`.
fn opts(show_secrets: bool, find_renames: f64, regexes: &[&str]) -> DiffOptions {
    DiffOptions {
        context: Some(10),
        secrets: if show_secrets {
            SecretMode::Show
        } else {
            SecretMode::Redact
        },
        find_renames,
        suppress_line_regex: regexes.iter().map(|r| Regex::new(r).unwrap()).collect(),
        ..Default::default()
    }
}

// ---------------------------------------------------------------------------------------------
// TestPrintDiffWithContext

const TEXT1: &str = "line1\nline2\nline3\nline4\nline5\nline6\nline7\nline8\nline9\nline10";
const TEXT2: &str = "line1 - different!\nline2 - different!\nline3\nline4\nline5\nline6\nline7\nline8 - different!\nline9\nline10";
const TEXT3: &str =
    "line1\r\nline2\r\nline3\r\nline4\r\nline5\r\nline6\r\nline7\r\nline8\r\nline9\r\nline10";

/// The body printed for one changed object (helm-diff's `assertDiff` prints no header).
fn assert_diff(before: &str, after: &str, context: Option<usize>, strip_cr: bool, expected: &str) {
    let o = DiffOptions {
        context,
        strip_trailing_cr: strip_cr,
        ..Default::default()
    };
    let old = index(&[doc("k", "some-resource", before)]);
    let new = index(&[doc("k", "some-resource", after)]);
    let r = report(&old, &new, &o);
    let text = print(&r, &DiffFormat::Diff);
    let header = "k has changed:\n";
    if expected == "...\n" && r.entries.is_empty() {
        // A CRLF-only change with --strip-trailing-cr has no changed line: helm-diff prints
        // `...` for it in assertDiff, and reports no entry (doDiff returns early).
        return;
    }
    assert_eq!(text.strip_prefix(header).unwrap_or(&text), expected);
}

#[test]
fn print_diff_with_context_disabled() {
    assert_diff(TEXT1, TEXT2, None, false, "- line1\n- line2\n+ line1 - different!\n+ line2 - different!\n  line3\n  line4\n  line5\n  line6\n  line7\n- line8\n+ line8 - different!\n  line9\n  line10\n");
}

#[test]
fn print_diff_with_context_0() {
    assert_diff(TEXT1, TEXT2, Some(0), false, "- line1\n- line2\n+ line1 - different!\n+ line2 - different!\n...\n- line8\n+ line8 - different!\n...\n");
}

#[test]
fn print_diff_with_context_0_no_strip_cr() {
    assert_diff(TEXT1, TEXT3, Some(0), false, "- line1\n- line2\n- line3\n- line4\n- line5\n- line6\n- line7\n- line8\n- line9\n+ line1\r\n+ line2\r\n+ line3\r\n+ line4\r\n+ line5\r\n+ line6\r\n+ line7\r\n+ line8\r\n+ line9\r\n...\n");
}

#[test]
fn print_diff_with_context_0_strip_cr() {
    let o = DiffOptions {
        context: Some(0),
        strip_trailing_cr: true,
        ..Default::default()
    };
    let r = report(
        &index(&[doc("k", "some-resource", TEXT1)]),
        &index(&[doc("k", "some-resource", TEXT3)]),
        &o,
    );
    // helm-diff's records are all common (printed as a single `...`), so doDiff reports nothing.
    assert!(r.entries.is_empty());
    assert!(!r.has_changes());
}

#[test]
fn print_diff_with_context_1() {
    assert_diff(TEXT1, TEXT2, Some(1), false, "- line1\n- line2\n+ line1 - different!\n+ line2 - different!\n  line3\n...\n  line7\n- line8\n+ line8 - different!\n  line9\n...\n");
}

#[test]
fn print_diff_with_context_2() {
    assert_diff(TEXT1, TEXT2, Some(2), false, "- line1\n- line2\n+ line1 - different!\n+ line2 - different!\n  line3\n  line4\n...\n  line6\n  line7\n- line8\n+ line8 - different!\n  line9\n  line10\n");
}

#[test]
fn print_diff_with_context_3() {
    assert_diff(TEXT1, TEXT2, Some(3), false, "- line1\n- line2\n+ line1 - different!\n+ line2 - different!\n  line3\n  line4\n  line5\n  line6\n  line7\n- line8\n+ line8 - different!\n  line9\n  line10\n");
}

// ---------------------------------------------------------------------------------------------
// TestManifests

const NGINX: &str = "default, nginx, Deployment (apps)";
const RENAMED: &str = "default, nginx-renamed, Deployment (apps)";

fn spec_beta() -> BTreeMap<String, Document> {
    index(&[doc(
        NGINX,
        "Deployment",
        "\napiVersion: apps/v1beta1\nkind: Deployment\nmetadata:\n  name: nginx\n",
    )])
}
fn spec_release() -> BTreeMap<String, Document> {
    index(&[doc(
        NGINX,
        "Deployment",
        "\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: nginx\n",
    )])
}
fn spec_release_spec() -> BTreeMap<String, Document> {
    index(&[doc(
        NGINX,
        "Deployment",
        "\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: nginx\nspec:\n  replicas: 3\n",
    )])
}
fn spec_release_renamed() -> BTreeMap<String, Document> {
    index(&[doc(RENAMED, "Deployment", "\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: nginx-renamed\nspec:\n  replicas: 3\n")])
}
fn spec_release_renamed_and_updated() -> BTreeMap<String, Document> {
    index(&[doc(RENAMED, "Deployment", "\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: nginx-renamed\nspec:\n  replicas: 1\n")])
}
fn spec_release_renamed_and_added() -> BTreeMap<String, Document> {
    index(&[doc(RENAMED, "Deployment", "\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: nginx-renamed\nspec:\n  replicas: 3\n  selector:\n    matchLabels:\n      app: nginx-renamed\n")])
}
fn spec_release_keep() -> BTreeMap<String, Document> {
    let mut d = doc(NGINX, "Deployment", "\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: nginx\nannotations:\n  helm.sh/resource-policy: keep\n");
    d.resource_policy = "keep".into();
    index(&[d])
}

fn manifests(
    old: &BTreeMap<String, Document>,
    new: &BTreeMap<String, Document>,
    o: &DiffOptions,
    format: &DiffFormat,
) -> (bool, String) {
    let r = report(old, new, o);
    (r.has_changes(), print(&r, format))
}

#[test]
fn manifests_on_change() {
    let (changed, out) = manifests(
        &spec_beta(),
        &spec_release(),
        &opts(true, 0.0, &[]),
        &DiffFormat::Diff,
    );
    assert!(changed);
    assert_eq!(out, "default, nginx, Deployment (apps) has changed:\n\n- apiVersion: apps/v1beta1\n+ apiVersion: apps/v1\n  kind: Deployment\n  metadata:\n    name: nginx\n\n");
}

#[test]
fn manifests_on_change_with_suppress() {
    let (changed, out) = manifests(
        &spec_beta(),
        &spec_release_spec(),
        &opts(true, 0.0, &["apiVersion"]),
        &DiffFormat::Diff,
    );
    assert!(changed);
    assert_eq!(out, "default, nginx, Deployment (apps) has changed:\n\n  kind: Deployment\n  metadata:\n    name: nginx\n+ spec:\n+   replicas: 3\n\n");
}

#[test]
fn manifests_on_change_with_suppress_all() {
    let o = opts(true, 0.0, &["apiVersion"]);
    let r = report(&spec_beta(), &spec_release(), &o);
    assert!(r.has_changes());
    assert_eq!(r.entries[0].change, Change::ModifySuppressed);
    assert_eq!(
        print(&r, &DiffFormat::Diff),
        "default, nginx, Deployment (apps) has changed, but diff is empty after suppression.\n"
    );
    assert_eq!(r.counts(), (0, 0, 0, 0));
}

#[test]
fn manifests_on_change_rename() {
    let (changed, out) = manifests(
        &spec_release_spec(),
        &spec_release_renamed(),
        &opts(true, 0.5, &[]),
        &DiffFormat::Diff,
    );
    assert!(changed);
    assert_eq!(out, "default, nginx, Deployment (apps) has changed:\n\n  apiVersion: apps/v1\n  kind: Deployment\n  metadata:\n-   name: nginx\n+   name: nginx-renamed\n  spec:\n    replicas: 3\n\n");
}

#[test]
fn manifests_on_change_rename_and_update() {
    let (changed, out) = manifests(
        &spec_release_spec(),
        &spec_release_renamed_and_updated(),
        &opts(true, 0.5, &[]),
        &DiffFormat::Diff,
    );
    assert!(changed);
    assert_eq!(out, "default, nginx, Deployment (apps) has changed:\n\n  apiVersion: apps/v1\n  kind: Deployment\n  metadata:\n-   name: nginx\n+   name: nginx-renamed\n  spec:\n-   replicas: 3\n+   replicas: 1\n\n");
}

#[test]
fn manifests_on_change_rename_and_added() {
    let (changed, out) = manifests(
        &spec_release_spec(),
        &spec_release_renamed_and_added(),
        &opts(true, 0.5, &[]),
        &DiffFormat::Diff,
    );
    assert!(changed);
    assert_eq!(out, "default, nginx, Deployment (apps) has changed:\n\n  apiVersion: apps/v1\n  kind: Deployment\n  metadata:\n-   name: nginx\n+   name: nginx-renamed\n  spec:\n    replicas: 3\n+   selector:\n+     matchLabels:\n+       app: nginx-renamed\n\n");
}

#[test]
fn manifests_on_change_rename_and_added_with_partial_suppress() {
    let (changed, out) = manifests(
        &spec_release_spec(),
        &spec_release_renamed_and_added(),
        &opts(true, 0.5, &["app: "]),
        &DiffFormat::Diff,
    );
    assert!(changed);
    assert_eq!(out, "default, nginx, Deployment (apps) has changed:\n\n  apiVersion: apps/v1\n  kind: Deployment\n  metadata:\n-   name: nginx\n+   name: nginx-renamed\n  spec:\n    replicas: 3\n+   selector:\n+     matchLabels:\n\n");
}

#[test]
fn manifests_on_change_rename_and_removed() {
    let (changed, out) = manifests(
        &spec_release_renamed_and_added(),
        &spec_release_spec(),
        &opts(true, 0.5, &[]),
        &DiffFormat::Diff,
    );
    assert!(changed);
    assert_eq!(out, "default, nginx-renamed, Deployment (apps) has changed:\n\n  apiVersion: apps/v1\n  kind: Deployment\n  metadata:\n-   name: nginx-renamed\n+   name: nginx\n  spec:\n    replicas: 3\n-   selector:\n-     matchLabels:\n-       app: nginx-renamed\n\n");
}

#[test]
fn manifests_on_change_rename_and_removed_with_partial_suppress() {
    let (changed, out) = manifests(
        &spec_release_renamed_and_added(),
        &spec_release_spec(),
        &opts(true, 0.5, &["app: "]),
        &DiffFormat::Diff,
    );
    assert!(changed);
    assert_eq!(out, "default, nginx-renamed, Deployment (apps) has changed:\n\n  apiVersion: apps/v1\n  kind: Deployment\n  metadata:\n-   name: nginx-renamed\n+   name: nginx\n  spec:\n    replicas: 3\n-   selector:\n-     matchLabels:\n\n");
}

#[test]
fn manifests_on_no_change() {
    let (changed, out) = manifests(
        &spec_release(),
        &spec_release(),
        &opts(true, 0.0, &[]),
        &DiffFormat::Diff,
    );
    assert!(!changed);
    assert_eq!(out, "");
}

#[test]
fn manifests_on_change_removed() {
    let (changed, out) = manifests(
        &spec_release(),
        &BTreeMap::new(),
        &opts(true, 0.5, &[]),
        &DiffFormat::Diff,
    );
    assert!(changed);
    assert_eq!(out, "default, nginx, Deployment (apps) has been removed:\n\n- apiVersion: apps/v1\n- kind: Deployment\n- metadata:\n-   name: nginx\n- \n");
}

#[test]
fn manifests_on_change_removed_with_resource_policy_keep() {
    let (changed, out) = manifests(
        &spec_release_keep(),
        &BTreeMap::new(),
        &opts(true, 0.0, &[]),
        &DiffFormat::Diff,
    );
    assert!(!changed);
    assert_eq!(out, "");
}

#[test]
fn manifests_on_change_simple() {
    let (changed, out) = manifests(
        &spec_beta(),
        &spec_release(),
        &opts(true, 0.0, &[]),
        &DiffFormat::Simple,
    );
    assert!(changed);
    assert_eq!(out, "default, nginx, Deployment (apps) to be changed.\nPlan: 0 to add, 1 to change, 0 to destroy, 0 to change ownership.\n");
}

#[test]
fn manifests_on_no_change_simple() {
    let (changed, out) = manifests(
        &spec_release(),
        &spec_release(),
        &opts(true, 0.0, &[]),
        &DiffFormat::Simple,
    );
    assert!(!changed);
    assert_eq!(
        out,
        "Plan: 0 to add, 0 to change, 0 to destroy, 0 to change ownership.\n"
    );
}

const ONE_JSON_ENTRY: &str = "[{\n  \"api\": \"apps\",\n  \"kind\": \"Deployment\",\n  \"namespace\": \"default\",\n  \"name\": \"nginx\",\n  \"change\": \"MODIFY\"\n}]\n";

#[test]
fn manifests_on_change_template() {
    let (changed, out) = manifests(
        &spec_beta(),
        &spec_release(),
        &opts(true, 0.0, &[]),
        &DiffFormat::parse("template", None),
    );
    assert!(changed);
    assert_eq!(out, ONE_JSON_ENTRY);
}

#[test]
fn manifests_on_change_json() {
    let (changed, out) = manifests(
        &spec_beta(),
        &spec_release(),
        &opts(true, 0.0, &[]),
        &DiffFormat::Json,
    );
    assert!(changed);
    assert_eq!(out, ONE_JSON_ENTRY);
}

#[test]
fn manifests_on_no_change_template() {
    let (changed, out) = manifests(
        &spec_release(),
        &spec_release(),
        &opts(true, 0.0, &[]),
        &DiffFormat::parse("template", None),
    );
    assert!(!changed);
    assert_eq!(out, "[]\n");
}

#[test]
fn manifests_on_change_custom_template() {
    let tpl = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/diff/customTemplate.tpl"
    ))
    .unwrap();
    let (changed, out) = manifests(
        &spec_beta(),
        &spec_release(),
        &opts(true, 0.0, &[]),
        &DiffFormat::parse("template", Some(tpl)),
    );
    assert!(changed);
    assert_eq!(out, "Resource name: nginx\n");
}

/// Several entries are joined with `},{`; keys the pattern cannot read are left out.
#[test]
fn json_several_entries_and_unreadable_keys() {
    let old = index(&[doc("default, a, ConfigMap (v1)", "ConfigMap", "x: 1")]);
    let new = index(&[
        doc("default, b, ConfigMap (v1)", "ConfigMap", "x: 2"),
        doc("default, Upper, ConfigMap (v1)", "ConfigMap", "x: 3"),
    ]);
    let r = report(&old, &new, &DiffOptions::default());
    assert_eq!(r.entries.len(), 3);
    assert_eq!(
        print(&r, &DiffFormat::Json),
        "[{\n  \"api\": \"v1\",\n  \"kind\": \"ConfigMap\",\n  \"namespace\": \"default\",\n  \"name\": \"a\",\n  \"change\": \"REMOVE\"\n},{\n  \"api\": \"v1\",\n  \"kind\": \"ConfigMap\",\n  \"namespace\": \"default\",\n  \"name\": \"b\",\n  \"change\": \"ADD\"\n}]\n"
    );
    assert_eq!(
        rhelm::output::diff::template_skipped_keys(&r),
        ["default, Upper, ConfigMap (v1)"]
    );
}

// ---------------------------------------------------------------------------------------------
// Structured output (TestStructuredOutput*)

fn parsed(text: &str, ns: &str) -> BTreeMap<String, Document> {
    let o = ParseOptions {
        default_namespace: ns.into(),
        normalize: true,
        include_tests: false,
    };
    parse(text, &o).unwrap().docs
}

fn structured(
    old: &BTreeMap<String, Document>,
    new: &BTreeMap<String, Document>,
    o: DiffOptions,
) -> (bool, Vec<serde_json::Value>, Report) {
    let o = DiffOptions {
        structured: true,
        ..o
    };
    let r = report(old, new, &o);
    let out = print(&r, &DiffFormat::Structured);
    assert!(out.ends_with('\n'));
    let v: Vec<serde_json::Value> = serde_json::from_str(&out).unwrap();
    (r.has_changes(), v, r)
}

fn find_change<'a>(e: &'a serde_json::Value, path: &str, field: &str) -> &'a serde_json::Value {
    e["changes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["path"].as_str().unwrap_or("") == path && c["field"] == field)
        .unwrap_or_else(|| panic!("no change {path} {field} in {e}"))
}

#[test]
fn structured_output_modify() {
    let old = "\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n  namespace: prod\nspec:\n  replicas: 2\n  template:\n    spec:\n      containers:\n      - name: app\n        image: demo:v1\n      affinity:\n        nodeAffinity:\n          requiredDuringSchedulingIgnoredDuringExecution:\n            nodeSelectorTerms:\n            - matchExpressions:\n              - key: node-type\n                operator: In\n                values:\n                - standard\n      priorities:\n      - 1\n      booleanArrayField:\n      - true\n      multiTypeField:\n      - 3\n      - true\n      - \"string\"\n";
    let new = "\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n  namespace: prod\nspec:\n  replicas: 3\n  template:\n    spec:\n      containers:\n      - name: app\n        image: demo:v2\n      affinity:\n        nodeAffinity:\n          requiredDuringSchedulingIgnoredDuringExecution:\n            nodeSelectorTerms:\n            - matchExpressions:\n              - key: node-type\n                operator: In\n                values:\n                - dedicated\n      priorities:\n      - 2\n      booleanArrayField:\n      - false\n      multiTypeField:\n      - false\n      - \"new-string\"\n      - 2\n";
    let (changed, entries, _) = structured(
        &parsed(old, "prod"),
        &parsed(new, "prod"),
        DiffOptions::default(),
    );
    assert!(changed);
    assert_eq!(entries.len(), 1);
    let e = &entries[0];
    assert_eq!(e["changeType"], "MODIFY");
    assert_eq!(e["apiVersion"], "apps/v1");
    assert_eq!(e["kind"], "Deployment");
    assert_eq!(e["namespace"], "prod");
    assert_eq!(e["name"], "web");
    assert_eq!(e["changes"].as_array().unwrap().len(), 8);
    let c = find_change(e, "spec", "replicas");
    assert_eq!(
        (c["oldValue"].as_f64(), c["newValue"].as_f64()),
        (Some(2.0), Some(3.0))
    );
    let c = find_change(e, "spec.template.spec.containers[0]", "image");
    assert_eq!(
        (&c["oldValue"], &c["newValue"]),
        (&"demo:v1".into(), &"demo:v2".into())
    );
    let c = find_change(e, "spec.template.spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms[0].matchExpressions[0].values", "0");
    assert_eq!(
        (&c["oldValue"], &c["newValue"]),
        (&"standard".into(), &"dedicated".into())
    );
    let c = find_change(e, "spec.template.spec.priorities", "0");
    assert_eq!(
        (c["oldValue"].as_f64(), c["newValue"].as_f64()),
        (Some(1.0), Some(2.0))
    );
    let c = find_change(e, "spec.template.spec.booleanArrayField", "0");
    assert_eq!(
        (&c["oldValue"], &c["newValue"]),
        (&true.into(), &false.into())
    );
    let c = find_change(e, "spec.template.spec.multiTypeField", "0");
    assert_eq!(
        (c["oldValue"].as_f64(), &c["newValue"]),
        (Some(3.0), &false.into())
    );
    let c = find_change(e, "spec.template.spec.multiTypeField", "1");
    assert_eq!(
        (&c["oldValue"], &c["newValue"]),
        (&true.into(), &"new-string".into())
    );
    let c = find_change(e, "spec.template.spec.multiTypeField", "2");
    assert_eq!(
        (&c["oldValue"], c["newValue"].as_f64()),
        (&"string".into(), Some(2.0))
    );
}

/// The exact bytes of a structured entry: field order, omitted empties, Go's number format.
#[test]
fn structured_output_bytes() {
    let old = parsed(
        "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\ndata:\n  k: \"<1>\"\n  num: 1.5\n",
        "default",
    );
    let new = parsed(
        "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\ndata:\n  k: \"<2>\"\n  num: 2\n",
        "default",
    );
    let r = report(
        &old,
        &new,
        &DiffOptions {
            structured: true,
            ..Default::default()
        },
    );
    assert_eq!(
        print(&r, &DiffFormat::Structured),
        "[\n  {\n    \"apiVersion\": \"v1\",\n    \"kind\": \"ConfigMap\",\n    \"namespace\": \"default\",\n    \"name\": \"a\",\n    \"changeType\": \"MODIFY\",\n    \"resourceStatus\": {\n      \"oldExists\": true,\n      \"newExists\": true\n    },\n    \"changes\": [\n      {\n        \"path\": \"data\",\n        \"field\": \"k\",\n        \"change\": \"replace\",\n        \"oldValue\": \"\\u003c1\\u003e\",\n        \"newValue\": \"\\u003c2\\u003e\"\n      },\n      {\n        \"path\": \"data\",\n        \"field\": \"num\",\n        \"change\": \"replace\",\n        \"oldValue\": 1.5,\n        \"newValue\": 2\n      }\n    ]\n  }\n]\n"
    );
}

#[test]
fn structured_output_add_and_remove() {
    let text = "\napiVersion: batch/v1\nkind: Job\nmetadata:\n  name: migrate\n  namespace: ops\nspec:\n  restartPolicy: \"Never\"\n  containers:\n  - name: app\n    image: demo:v1\n";
    let new = parsed(text, "ops");
    let (changed, entries, _) = structured(&BTreeMap::new(), &new, DiffOptions::default());
    assert!(changed);
    assert_eq!(entries.len(), 1);
    assert_eq!(entries[0]["changeType"], "ADD");
    assert_eq!(
        entries[0]["resourceStatus"],
        serde_json::json!({"oldExists": false, "newExists": true})
    );
    assert!(entries[0].get("changes").is_none());
    let (changed, entries, _) = structured(&new, &BTreeMap::new(), DiffOptions::default());
    assert!(changed);
    assert_eq!(entries[0]["changeType"], "REMOVE");
    assert_eq!(
        entries[0]["resourceStatus"],
        serde_json::json!({"oldExists": true, "newExists": false})
    );
}

#[test]
fn structured_output_suppressed_kind() {
    let old = parsed(
        "\napiVersion: v1\nkind: Secret\nmetadata:\n  name: creds\ndata:\n  password: c29tZQ==\n",
        "default",
    );
    let new = parsed(
        "\napiVersion: v1\nkind: Secret\nmetadata:\n  name: creds\ndata:\n  password: Zm9v\n",
        "default",
    );
    let o = DiffOptions {
        suppressed_kinds: vec!["Secret".into()],
        ..Default::default()
    };
    let (changed, entries, _) = structured(&old, &new, o);
    assert!(changed);
    assert_eq!(entries.len(), 1);
    assert_eq!(entries[0]["changesSuppressed"], true);
    assert!(entries[0].get("changes").is_none());
}

const FAILING: &str = "default, failing, ConfigMap (v1)";
const VALID_CM: &str = "\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: valid\n  namespace: default\ndata:\n  foo: bar\n";

#[test]
fn structured_output_error_paths_invalid_new_manifest_yaml() {
    let old = index(&[doc(FAILING, "ConfigMap", VALID_CM)]);
    let new = index(&[doc(FAILING, "ConfigMap", ":\n  not-valid: value")]);
    let (changed, entries, r) = structured(&old, &new, DiffOptions::default());
    assert!(changed);
    assert_eq!(entries.len(), 1);
    assert_eq!(entries[0]["changeType"], "MODIFY");
    assert_eq!(entries[0]["name"], FAILING);
    assert!(r.warnings[0].starts_with("Warning: failed to build structured entry for default, failing, ConfigMap (v1) (kind: ConfigMap, changeType: MODIFY): convert new manifest: "), "{:?}", r.warnings);
}

#[test]
fn structured_output_error_paths_invalid_old_manifest_yaml() {
    let old = index(&[doc(
        FAILING,
        "ConfigMap",
        "metadata:\n  name: invalid\n  namespace: default\n  labels:\n    : bad",
    )]);
    let new = index(&[doc(FAILING, "ConfigMap", VALID_CM)]);
    let (changed, entries, _) = structured(&old, &new, DiffOptions::default());
    assert!(changed);
    assert_eq!(entries.len(), 1);
    assert_eq!(entries[0]["changeType"], "MODIFY");
}

#[test]
fn structured_output_error_paths_array_document() {
    let list = "\n- apiVersion: v1\n  kind: ConfigMap\n  metadata:\n    name: list\n    namespace: default\n  data:\n    key: value\n";
    let new = index(&[doc(FAILING, "ConfigMap", list)]);
    let (changed, entries, _) = structured(&BTreeMap::new(), &new, DiffOptions::default());
    assert!(changed);
    assert_eq!(entries.len(), 1);
    assert_eq!(entries[0]["changeType"], "ADD");
}

#[test]
fn structured_output_empty_manifest_handling() {
    let new = parsed(
        "\napiVersion: v1\nkind: Pod\nmetadata:\n  name: test\n  namespace: default\n",
        "default",
    );
    let (changed, entries, _) = structured(&parsed("", "default"), &new, DiffOptions::default());
    assert!(changed);
    assert_eq!(entries.len(), 1);
    assert_eq!(entries[0]["changeType"], "ADD");
    assert_eq!(
        entries[0]["resourceStatus"],
        serde_json::json!({"oldExists": false, "newExists": true})
    );
}

#[test]
fn structured_output_null_yaml_document() {
    let new = parsed(
        "\napiVersion: v1\nkind: Service\nmetadata:\n  name: test\n  namespace: default\n",
        "default",
    );
    let (changed, entries, _) =
        structured(&parsed("null", "default"), &new, DiffOptions::default());
    assert!(changed);
    assert_eq!(entries.len(), 1);
    assert_eq!(entries[0]["changeType"], "ADD");
}

#[test]
fn structured_output_complex_nested_structures_for_json_patch() {
    let old = parsed("\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: complex\n  namespace: default\n  labels:\n    app: test\n    version: v1\ndata:\n  config.yaml: |\n    nested:\n      deeply:\n        value: old\n", "default");
    let new = parsed("\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: complex\n  namespace: default\n  labels:\n    app: test\n    version: v2\ndata:\n  config.yaml: |\n    nested:\n      deeply:\n        value: new\n", "default");
    let (changed, entries, _) = structured(&old, &new, DiffOptions::default());
    assert!(changed);
    assert_eq!(entries[0]["changeType"], "MODIFY");
    let c = find_change(&entries[0], "metadata.labels", "version");
    assert_eq!(
        (&c["oldValue"], &c["newValue"]),
        (&"v1".into(), &"v2".into())
    );
}

#[test]
fn structured_output_array_changes() {
    let old = parsed("\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: app\n  namespace: prod\nspec:\n  template:\n    spec:\n      containers:\n      - name: app\n        image: myapp:v1\n        env:\n        - name: KEY1\n          value: val1\n", "prod");
    let new = parsed("\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: app\n  namespace: prod\nspec:\n  template:\n    spec:\n      containers:\n      - name: app\n        image: myapp:v2\n        env:\n        - name: KEY1\n          value: val1\n        - name: KEY2\n          value: val2\n", "prod");
    let (changed, entries, _) = structured(&old, &new, DiffOptions::default());
    assert!(changed);
    let c = find_change(&entries[0], "spec.template.spec.containers[0]", "image");
    assert_eq!(
        (&c["oldValue"], &c["newValue"]),
        (&"myapp:v1".into(), &"myapp:v2".into())
    );
    let c = find_change(&entries[0], "spec.template.spec.containers[0].env", "1");
    assert_eq!(c["change"], "add");
    assert_eq!(
        c["newValue"],
        serde_json::json!({"name": "KEY2", "value": "val2"})
    );
}

#[test]
fn structured_output_both_manifests_empty() {
    let (changed, entries, _) = structured(
        &parsed("", "default"),
        &parsed("", "default"),
        DiffOptions::default(),
    );
    assert!(!changed);
    assert!(entries.is_empty());
    let r = report(
        &BTreeMap::new(),
        &BTreeMap::new(),
        &DiffOptions {
            structured: true,
            ..Default::default()
        },
    );
    assert_eq!(print(&r, &DiffFormat::Structured), "[]\n");
}

/// A comment-only difference is no change in structured mode (and is one in the diff format).
#[test]
fn structured_output_ignores_non_semantic_changes() {
    let old = index(&[doc(
        "default, a, ConfigMap (v1)",
        "ConfigMap",
        "# Source: a.yaml\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n",
    )]);
    let new = index(&[doc(
        "default, a, ConfigMap (v1)",
        "ConfigMap",
        "# Source: b.yaml\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n",
    )]);
    let (changed, entries, _) = structured(&old, &new, DiffOptions::default());
    assert!(!changed);
    assert!(entries.is_empty());
    assert!(report(&old, &new, &DiffOptions::default()).has_changes());
}

// ---------------------------------------------------------------------------------------------
// TestManifestsWithRedactedSecrets

const REDACTED_SECRET_DIFF: &str = "default, foobar, Secret (v1) has changed:\n  apiVersion: v1\n  kind: Secret\n  metadata:\n    name: foobar\n  data:\n-   key1: '-------- # (6 bytes)'\n+   key1: '++++++++ # (13 bytes)'\n    key2: 'REDACTED # (6 bytes)'\n-   key3: '-------- # (6 bytes)'\n+   key4: '++++++++ # (6 bytes)'\n  type: Opaque\n\n";
const FOOBAR: &str = "default, foobar, Secret (v1)";

#[test]
fn manifests_with_redacted_secrets_on_change_secret_with_byte_data() {
    let old = index(&[doc(FOOBAR, "Secret", "\napiVersion: v1\nkind: Secret\nmetadata:\n  name: foobar\ntype: Opaque\ndata:\n  key1: dmFsdWUx\n  key2: dmFsdWUy\n  key3: dmFsdWUz\n")]);
    let new = index(&[doc(FOOBAR, "Secret", "\napiVersion: v1\nkind: Secret\nmetadata:\n  name: foobar\ntype: Opaque\ndata:\n  key1: dmFsdWUxY2hhbmdlZA==\n  key2: dmFsdWUy\n  key4: dmFsdWU0\n")]);
    let (changed, out) = manifests(&old, &new, &opts(false, 0.5, &[]), &DiffFormat::Diff);
    assert!(changed);
    assert_eq!(out, REDACTED_SECRET_DIFF);
}

#[test]
fn manifests_with_redacted_secrets_on_change_secret_with_string_data() {
    let old = index(&[doc(FOOBAR, "Secret", "\napiVersion: v1\nkind: Secret\nmetadata:\n  name: foobar\ntype: Opaque\nstringData:\n  key1: value1\n  key2: value2\n  key3: value3\n")]);
    let new = index(&[doc(FOOBAR, "Secret", "\napiVersion: v1\nkind: Secret\nmetadata:\n  name: foobar\ntype: Opaque\nstringData:\n  key1: value1changed\n  key2: value2\n  key4: value4\n")]);
    let (changed, out) = manifests(&old, &new, &opts(false, 0.5, &[]), &DiffFormat::Diff);
    assert!(changed);
    assert_eq!(out, REDACTED_SECRET_DIFF);
}

/// `--show-secrets-decoded` shows the values under `stringData:`.
#[test]
fn manifests_with_decoded_secrets() {
    let old = index(&[doc(
        FOOBAR,
        "Secret",
        "apiVersion: v1\nkind: Secret\nmetadata:\n  name: foobar\ndata:\n  key1: dmFsdWUx\n",
    )]);
    let new = index(&[doc(
        FOOBAR,
        "Secret",
        "apiVersion: v1\nkind: Secret\nmetadata:\n  name: foobar\ndata:\n  key1: dmFsdWUy\n",
    )]);
    let o = DiffOptions {
        secrets: SecretMode::ShowDecoded,
        ..Default::default()
    };
    let (_, out) = manifests(&old, &new, &o, &DiffFormat::Diff);
    assert_eq!(out, "default, foobar, Secret (v1) has changed:\n  apiVersion: v1\n  kind: Secret\n  metadata:\n    name: foobar\n  stringData:\n-   key1: value1\n+   key1: value2\n\n");
}

/// A new Secret shows every value as `++++++++`; its re-serialised content ends with a newline,
/// so the added body has no leading `- ` line and ends with a blank (common) line.
#[test]
fn added_secret_is_redacted() {
    let new = index(&[doc(FOOBAR, "Secret", "# Source: c/templates/s.yaml\napiVersion: v1\nkind: Secret\nmetadata:\n  name: foobar\ndata:\n  a: YWJj\n")]);
    let (_, out) = manifests(
        &BTreeMap::new(),
        &new,
        &DiffOptions::default(),
        &DiffFormat::Diff,
    );
    assert_eq!(out, "default, foobar, Secret (v1) has been added:\n+ # Source: c/templates/s.yaml\n+ apiVersion: v1\n+ kind: Secret\n+ metadata:\n+   name: foobar\n+ data:\n+   a: '++++++++ # (3 bytes)'\n\n");
}

// ---------------------------------------------------------------------------------------------
// TestChangeOwnership

const FOOBAR_CM: &str = "default, foobar, ConfigMap (v1)";

fn ownership() -> Vec<Ownership> {
    vec![Ownership {
        key: FOOBAR_CM.into(),
        old_owner: "default/oldfoobar".into(),
        new_owner: "default/foobar".into(),
    }]
}

fn spec_original() -> BTreeMap<String, Document> {
    index(&[doc(
        FOOBAR_CM,
        "Secret",
        "\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: foobar\ndata:\n  key1: value1\n",
    )])
}

#[test]
fn change_ownership_without_spec_change() {
    let r = report_with_ownership(
        &spec_original(),
        &spec_original(),
        &ownership(),
        &opts(true, 0.5, &[]),
    );
    assert!(r.has_changes());
    assert_eq!(print(&r, &DiffFormat::Diff), "default, foobar, ConfigMap (v1) changed ownership:\n- default/oldfoobar\n+ default/foobar\n");
    assert_eq!(r.counts(), (0, 0, 0, 1));
}

#[test]
fn change_ownership_with_spec_change() {
    let new = index(&[doc(
        FOOBAR_CM,
        "Secret",
        "\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: foobar\ndata:\n  key1: newValue1\n",
    )]);
    let r = report_with_ownership(&spec_original(), &new, &ownership(), &opts(true, 0.5, &[]));
    assert!(r.has_changes());
    assert_eq!(print(&r, &DiffFormat::Diff), "default, foobar, ConfigMap (v1) changed ownership:\n- default/oldfoobar\n+ default/foobar\ndefault, foobar, ConfigMap (v1) has changed:\n\n  apiVersion: v1\n  kind: ConfigMap\n  metadata:\n    name: foobar\n  data:\n-   key1: value1\n+   key1: newValue1\n\n");
    assert_eq!(
        print(&r, &DiffFormat::Simple),
        "default, foobar, ConfigMap (v1) to change ownership.\ndefault, foobar, ConfigMap (v1) to be changed.\nPlan: 0 to add, 1 to change, 0 to destroy, 1 to change ownership.\n"
    );
}

// ---------------------------------------------------------------------------------------------
// TestRenameDetectionLengthRatio

const SHORT: &str =
    "\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: short\nspec:\n  replicas: 1\n";
const SHORT_RENAMED: &str = "\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: short-renamed\nspec:\n  replicas: 1\n";
const LONG: &str = "\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: very-long\nspec:\n  replicas: 1\n  template:\n    spec:\n      containers:\n      - name: app\n        image: myapp:v1\n        ports:\n        - containerPort: 8080\n        env:\n        - name: VAR1\n          value: \"hello\"\n        - name: VAR2\n          value: \"world\"\n        - name: VAR3\n          value: \"foo\"\n        - name: VAR4\n          value: \"bar\"\n        - name: VAR5\n          value: \"baz\"\n        resources:\n          limits:\n            cpu: \"1\"\n            memory: \"1Gi\"\n";

fn rename_opts() -> DiffOptions {
    opts(true, 0.5, &[])
}

#[test]
fn rename_detection_similar_length_detects_rename() {
    let old = index(&[doc(
        "default, short, Deployment (apps)",
        "Deployment",
        SHORT,
    )]);
    let new = index(&[doc(
        "default, short-renamed, Deployment (apps)",
        "Deployment",
        SHORT_RENAMED,
    )]);
    let (changed, out) = manifests(&old, &new, &rename_opts(), &DiffFormat::Diff);
    assert!(changed);
    assert!(
        out.contains("default, short, Deployment (apps) has changed"),
        "{out}"
    );
}

#[test]
fn rename_detection_very_different_length_skips_rename() {
    let old = index(&[doc(
        "default, short, Deployment (apps)",
        "Deployment",
        SHORT,
    )]);
    let new = index(&[doc(
        "default, very-long, Deployment (apps)",
        "Deployment",
        LONG,
    )]);
    let (changed, out) = manifests(&old, &new, &rename_opts(), &DiffFormat::Diff);
    assert!(changed);
    assert!(
        out.contains("default, short, Deployment (apps) has been removed"),
        "{out}"
    );
    assert!(
        out.contains("default, very-long, Deployment (apps) has been added"),
        "{out}"
    );
}

#[test]
fn rename_detection_empty_content_skipped() {
    let old = index(&[doc("default, empty, Deployment (apps)", "Deployment", "")]);
    let new = index(&[doc(
        "default, short-renamed, Deployment (apps)",
        "Deployment",
        SHORT_RENAMED,
    )]);
    let (changed, out) = manifests(&old, &new, &rename_opts(), &DiffFormat::Diff);
    assert!(changed);
    assert!(out.contains("has been added"), "{out}");
    assert!(!out.contains("has changed"), "{out}");
}

#[test]
fn rename_detection_different_kind_skipped() {
    let old = index(&[doc("default, svc, Service (v1)", "Service", SHORT)]);
    let new = index(&[doc(
        "default, svc-renamed, Deployment (apps)",
        "Deployment",
        SHORT_RENAMED,
    )]);
    let (changed, out) = manifests(&old, &new, &rename_opts(), &DiffFormat::Diff);
    assert!(changed);
    assert!(out.contains("has been removed"), "{out}");
    assert!(out.contains("has been added"), "{out}");
}

// ---------------------------------------------------------------------------------------------
// Shapes and colours (reference §4.1/§4.2)

/// A rendered object (content from `# Source:`, no final newline) added: `- ` first, then `+`.
#[test]
fn added_real_manifest_shape() {
    let new = index(&[doc(
        "dev, kafka-dev, Service (v1)",
        "Service",
        "# Source: kafka/templates/svc.yaml\napiVersion: v1\nkind: Service",
    )]);
    let (_, out) = manifests(
        &BTreeMap::new(),
        &new,
        &DiffOptions::default(),
        &DiffFormat::Diff,
    );
    assert_eq!(out, "dev, kafka-dev, Service (v1) has been added:\n- \n+ # Source: kafka/templates/svc.yaml\n+ apiVersion: v1\n+ kind: Service\n");
    let (_, out) = manifests(
        &new,
        &BTreeMap::new(),
        &DiffOptions::default(),
        &DiffFormat::Diff,
    );
    assert_eq!(out, "dev, kafka-dev, Service (v1) has been removed:\n- # Source: kafka/templates/svc.yaml\n- apiVersion: v1\n- kind: Service\n+ \n");
}

#[test]
fn suppressed_kind_body() {
    let old = index(&[doc("default, a, ConfigMap (v1)", "ConfigMap", "x: 1")]);
    let new = index(&[doc("default, a, ConfigMap (v1)", "ConfigMap", "x: 2")]);
    let o = DiffOptions {
        suppressed_kinds: vec!["ConfigMap".into()],
        ..Default::default()
    };
    let r = report(&old, &new, &o);
    assert_eq!(print(&r, &DiffFormat::Diff), "default, a, ConfigMap (v1) has changed:\n+ Changes suppressed on sensitive content of type ConfigMap\n");
    let mut out = Vec::new();
    write_report(&r, &DiffFormat::Diff, true, &mut out).unwrap();
    assert_eq!(
        String::from_utf8(out).unwrap(),
        "\x1b[0;33mdefault, a, ConfigMap (v1) has changed:\x1b[0m\n\x1b[0;33m+ Changes suppressed on sensitive content of type ConfigMap\n\x1b[0m"
    );
}

#[test]
fn colours_like_mgutz_ansi() {
    let old = index(&[
        doc("default, a, ConfigMap (v1)", "ConfigMap", "x: 1\ny: 1"),
        doc("default, gone, ConfigMap (v1)", "ConfigMap", "x"),
        doc("default, s, ConfigMap (v1)", "ConfigMap", "v: 1"),
    ]);
    let new = index(&[
        doc("default, a, ConfigMap (v1)", "ConfigMap", "x: 2\ny: 1"),
        doc("default, s, ConfigMap (v1)", "ConfigMap", "v: 2"),
    ]);
    let o = DiffOptions {
        suppress_line_regex: vec![Regex::new("^v:").unwrap()],
        ..Default::default()
    };
    let r = report_with_ownership(&old, &new, &ownership(), &o);
    let mut out = Vec::new();
    write_report(&r, &DiffFormat::Diff, true, &mut out).unwrap();
    assert_eq!(
        String::from_utf8(out).unwrap(),
        "\x1b[0;35mdefault, foobar, ConfigMap (v1) changed ownership:\x1b[0m\n\x1b[0;31m- default/oldfoobar\x1b[0m\n\x1b[0;32m+ default/foobar\x1b[0m\n\
         \x1b[0;33mdefault, a, ConfigMap (v1) has changed:\x1b[0m\n\x1b[0;31m- x: 1\x1b[0m\n\x1b[0;32m+ x: 2\x1b[0m\n  y: 1\n\
         \x1b[0;94mdefault, s, ConfigMap (v1) has changed, but diff is empty after suppression.\x1b[0m\n\
         \x1b[0;31mdefault, gone, ConfigMap (v1) has been removed:\x1b[0m\n\x1b[0;31m- x\x1b[0m\n\x1b[0;32m+ \x1b[0m\n"
    );
}

// ---------------------------------------------------------------------------------------------
// Size: 500 objects of ~60 lines, one in ten changed.

fn object(i: usize, replicas: usize) -> String {
    let mut s = format!("---\n# Source: big/templates/deploy-{i}.yaml\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: app-{i}\n  labels:\n    app: app-{i}\nspec:\n  replicas: {replicas}\n  template:\n    spec:\n      containers:\n");
    for c in 0..8 {
        s.push_str(&format!("      - name: c{c}\n        image: repo/img{c}:1.{i}\n        ports:\n        - containerPort: {}\n        env:\n        - name: V{c}\n          value: \"x\"\n", 8000 + c));
    }
    s
}

#[test]
fn five_hundred_objects_ten_percent_changed() {
    let old: String = (0..500).map(|i| object(i, 1)).collect();
    let new: String = (0..500)
        .map(|i| object(i, if i % 10 == 0 { 2 } else { 1 }))
        .collect();
    let o = ParseOptions {
        default_namespace: "default".into(),
        ..Default::default()
    };
    let (old, new) = (parse(&old, &o).unwrap().docs, parse(&new, &o).unwrap().docs);
    assert_eq!(old.len(), 500);
    assert!(old.values().all(|d| d.content.lines().count() >= 60));
    let r = report(
        &old,
        &new,
        &DiffOptions {
            context: Some(3),
            ..Default::default()
        },
    );
    assert_eq!(r.counts(), (0, 50, 0, 0));
    let out = print(&r, &DiffFormat::Diff);
    assert_eq!(
        out.matches("-   replicas: 1\n+   replicas: 2\n").count(),
        50
    );
}

#[test]
fn structured_entries_keep_their_type() {
    // StructuredEntry is public so that callers can inspect it.
    let e = StructuredEntry::default();
    assert!(e.changes.is_empty());
}
