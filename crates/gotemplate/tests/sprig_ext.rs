//! Template-level tests of the Sprig math, regex, semver, dates, paths, urls, crypto, random and
//! network families: the functions run through the engine, with Go's argument conversion,
//! method calls on returned objects and Go printing. Expectations are Go/Sprig/Helm behaviour.

use std::collections::BTreeMap;

use gotemplate::{MissingKey, Templates, Value};

fn render_with(text: &str, data: Value) -> Result<String, String> {
    let mut set = Templates::new("t", gotemplate::sprig::funcs());
    set.set_missing_key(MissingKey::Zero);
    set.parse("t", text).map_err(|e| e.to_string())?;
    set.execute("t", &data).map_err(|e| e.to_string())
}

fn render(text: &str) -> String {
    render_with(text, Value::Nil).unwrap_or_else(|e| panic!("{text}: {e}"))
}

fn render_err(text: &str) -> String {
    match render_with(text, Value::Nil) {
        Ok(out) => panic!("{text}: expected an error, got {out:?}"),
        Err(e) => e,
    }
}

fn values(pairs: &[(&str, Value)]) -> Value {
    let m: BTreeMap<String, Value> = pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.clone()))
        .collect();
    Value::map(BTreeMap::from([("Values".to_string(), Value::map(m))]))
}

const TS: &str = r#"(toDate "2006-01-02T15:04:05Z07:00" "2024-03-05T14:07:09Z")"#;

#[test]
fn math_types_and_values() {
    assert_eq!(render(r#"{{ add 1 2 | printf "%T %[1]v" }}"#), "int64 3");
    assert_eq!(
        render(r#"{{ addf 0.1 0.2 | printf "%T %[1]v" }}"#),
        "float64 0.3"
    );
    assert_eq!(
        render(r#"{{ until 3 | printf "%T %[1]v" }}"#),
        "[]int [0 1 2]"
    );
    assert_eq!(render(r#"{{ seq 3 | printf "%T %[1]v" }}"#), "string 1 2 3");
    assert_eq!(render("{{ mul 4294967296 4294967296 }}"), "0");
    assert_eq!(
        render(r#"{{ max 1 "7" 3.9 }} {{ biggest 2 5 }} {{ min 4 -2 }}"#),
        "7 5 -2"
    );
    assert_eq!(
        render("{{ round 1234.5678 -2 }} {{ floor -1.2 }} {{ ceil 1.2 }}"),
        "1200 -2 2"
    );
    assert_eq!(
        render_with(
            "{{ div .Values.n 2 }} {{ add1 .Values.n }}",
            values(&[("n", Value::Float(5.0))])
        )
        .unwrap(),
        "2 6"
    );
    assert!(render_err("{{ div 1 0 }}")
        .ends_with("error calling div: runtime error: integer divide by zero"));
    assert!(
        render_with("{{ until .Values.n }}", values(&[("n", Value::Float(4.0))]))
            .unwrap_err()
            .ends_with("wrong type for value; expected int; got float64")
    );
}

#[test]
fn regex_through_templates() {
    assert_eq!(
        render(r#"{{ regexReplaceAll "a(x*)b" "-ab-axxb-" "${1}W" }}"#),
        "-W-xxW-"
    );
    assert_eq!(
        render(r#"{{ regexFindAll "[0-9]+" "a1b22c333" -1 | printf "%T %[1]v" }}"#),
        "[]string [1 22 333]"
    );
    assert_eq!(render(r#"{{ regexSplit "z+" "pizza" -1 }}"#), "[pi a]");
    assert_eq!(render(r#"{{ regexMatch "^\\d+$" "123" }}"#), "true");
    assert!(render_err(r#"{{ regexFind "(" "x" }}"#).ends_with(
        "error calling regexFind: regexp: Compile(`(`): error parsing regexp: missing closing ): `(`"
    ));
}

#[test]
fn semver_objects_in_templates() {
    assert_eq!(
        render(
            r#"{{ $v := semver "v1.2.3-rc.1+b5" }}{{ $v.Major }}.{{ $v.Minor }}.{{ $v.Patch }} {{ $v.Prerelease }} {{ $v.Metadata }} {{ $v.Original }} {{ $v }}"#
        ),
        "1.2.3 rc.1 b5 v1.2.3-rc.1+b5 1.2.3-rc.1+b5"
    );
    assert_eq!(
        render(r#"{{ semver "1.2" | printf "%T" }}"#),
        "*semver.Version"
    );
    assert_eq!(
        render(
            r#"{{ (semver "1.2.3").LessThan (semver "1.10.0") }} {{ (semver "1.2.3").Compare (semver "1.2.3") }}"#
        ),
        "true 0"
    );
    assert_eq!(render(r#"{{ (semver "1.2.3").IncMinor }}"#), "1.3.0");
    assert_eq!(
        render(
            r#"{{ semverCompare ">=1.19-0" "v1.29.3-gke.1000" }} {{ semverCompare "<1.19" "v1.29.3" }}"#
        ),
        "true false"
    );
    assert!(render_err(r#"{{ semver "1.2.3.4" }}"#)
        .ends_with("error calling semver: invalid semantic version"));
}

#[test]
fn dates_in_templates() {
    assert_eq!(
        render(&format!("{{{{ {TS} }}}}")),
        "2024-03-05 14:07:09 +0000 UTC"
    );
    assert_eq!(
        render(&format!("{{{{ {TS} | printf \"%T\" }}}}")),
        "time.Time"
    );
    assert_eq!(
        render(&format!(
            "{{{{ dateInZone \"Mon Jan _2 15:04:05 MST 2006\" {TS} \"Asia/Tokyo\" }}}}"
        )),
        "Tue Mar  5 23:07:09 JST 2024"
    );
    assert_eq!(
        render(&format!(
            "{{{{ {TS}.Year }}}} {{{{ {TS}.Month }}}} {{{{ {TS}.Weekday }}}}"
        )),
        "2024 March Tuesday"
    );
    assert_eq!(
        render(&format!("{{{{ dateModify \"-2h\" {TS} | unixEpoch }}}}")),
        "1709640429"
    );
    assert_eq!(
        render(&format!(
            "{{{{ ({TS}.Sub (toDate \"2006-01-02T15:04:05Z07:00\" \"2024-03-05T12:00:00Z\")) }}}}"
        )),
        "2h7m9s"
    );
    assert_eq!(
        render("{{ dateInZone \"2006-01-02\" 86400 \"UTC\" }}"),
        "1970-01-02"
    );
    assert_eq!(
        render(r#"{{ duration "3725" }} {{ durationRound "49h" }}"#),
        "1h2m5s 2d"
    );
    assert!(render("{{ now }}").contains(" m=+"));
    assert!(
        render_err(&format!("{{{{ mustDateModify \"bogus\" {TS} }}}}"))
            .ends_with("error calling mustDateModify: time: invalid duration \"bogus\"")
    );
    assert!(render_err(r#"{{ mustToDate "2006" "x" }}"#).ends_with(
        "error calling mustToDate: parsing time \"x\" as \"2006\": cannot parse \"x\" as \"2006\""
    ));
    // A float64 from values means "now" to date.
    let year: i32 = render_with(
        r#"{{ dateInZone "2006" .Values.t "UTC" }}"#,
        values(&[("t", Value::Float(1_700_000_000.0))]),
    )
    .unwrap()
    .parse()
    .unwrap();
    assert!(year >= 2025);
}

#[test]
fn paths_urls_network_random() {
    assert_eq!(
        render(
            r#"{{ base "/a/b.txt" }} {{ dir "/a/b.txt" }} {{ ext "b.tar.gz" }} {{ clean "a/../b/" }} {{ isAbs "x" }}"#
        ),
        "b.txt /a .gz b false"
    );
    assert_eq!(render(r#"{{ osBase "/a/b" }} {{ osDir "a" }}"#), "b .");
    assert_eq!(
        render(
            r#"{{ $u := urlParse "https://u:p@example.com:8443/x?q=1#f" }}{{ $u.scheme }} {{ $u.host }} {{ $u.hostname }} {{ $u.path }} {{ $u.query }} {{ $u.fragment }} {{ $u.userinfo }}"#
        ),
        "https example.com:8443 example.com /x q=1 f u:p"
    );
    assert_eq!(
        render(r#"{{ urlJoin (urlParse "https://example.com/a?b=1") }}"#),
        "https://example.com/a?b=1"
    );
    assert_eq!(
        render(r#"{{ getHostByName "example.com" | printf "%q" }}"#),
        "\"\""
    );
    assert_eq!(
        render("{{ randAlphaNum 12 | len }} {{ randNumeric 0 | len }}"),
        "12 0"
    );
    assert_eq!(
        render(r#"{{ uuidv4 | len }} {{ shuffle "abc" | len }}"#),
        "36 3"
    );
    let n: i64 = render("{{ randInt 5 8 }}").parse().unwrap();
    assert!((5..8).contains(&n));
}

#[test]
fn crypto_in_templates() {
    assert_eq!(
        render(r#"{{ sha256sum "abc" }}"#),
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
    );
    assert_eq!(render(r#"{{ adler32sum "Wikipedia" }}"#), "300286872");
    assert_eq!(
        render(
            r#"{{ htpasswd "user" "pass" | regexMatch "^user:\\$2a\\$10\\$[./A-Za-z0-9]{53}$" }}"#
        ),
        "true"
    );
    assert_eq!(
        render(r#"{{ "secret" | encryptAES "k" | decryptAES "k" }}"#),
        "secret"
    );
    assert_eq!(
        render(
            r#"{{- $k := genPrivateKey "ed25519" }}{{- $c := genSelfSignedCertWithKey "host" (list "127.0.0.1") (list "a.example") 5 $k }}{{ eq $c.Key $k }} {{ regexMatch "^-----BEGIN CERTIFICATE-----\n" $c.Cert }} {{ printf "%T" $c }}"#
        ),
        "true true sprig.certificate"
    );
    assert_eq!(
        render(
            r#"{{- $ca := genCAWithKey "ca" 30 (genPrivateKey "ecdsa") }}{{- $c := genSignedCertWithKey "svc" nil (list "svc") 5 $ca (genPrivateKey "ed25519") }}{{ ne $c.Cert $ca.Cert }} {{ $b := buildCustomCert ($ca.Cert | b64enc) ($ca.Key | b64enc) }}{{ eq $b.Cert $ca.Cert }}"#
        ),
        "true true"
    );
    assert_eq!(
        render(r#"{{ genPrivateKey "bogus" }}"#),
        "Unknown type bogus"
    );
    assert!(render_err(r#"{{ htpasswd "a" "b" "c" }}"#)
        .contains("wrong number of args for htpasswd: want 2 got 3"));
}

#[test]
fn objects_marshal_like_go_json() {
    let Value::Object(t) = gotemplate::sprig::funcs()
        .get("toDate")
        .unwrap()
        .call(
            &mut gotemplate::NoEnv,
            &[
                "2006-01-02T15:04:05.999Z07:00".into(),
                "2024-01-15T10:00:00.5+02:00".into(),
            ],
        )
        .unwrap()
    else {
        panic!("toDate returns an object")
    };
    assert_eq!(
        t.to_json(),
        Some(serde_json::json!("2024-01-15T10:00:00.5+02:00"))
    );
    let Value::Object(v) = gotemplate::sprig::funcs()
        .get("semver")
        .unwrap()
        .call(&mut gotemplate::NoEnv, &["v1.2".into()])
        .unwrap()
    else {
        panic!("semver returns an object")
    };
    assert_eq!(v.to_json(), Some(serde_json::json!("1.2.0")));
    assert_eq!(
        render(
            r#"{{ toJson (toDate "2006-01-02T15:04:05Z07:00" "2024-01-15T00:00:00Z") }} {{ toJson (semver "1.2.3") }}"#
        ),
        r#""2024-01-15T00:00:00Z" "1.2.3""#
    );
    assert_eq!(
        render(
            r#"{{ $c := genSelfSignedCertWithKey "h" nil nil 1 (genPrivateKey "ed25519") }}{{ $j := toJson $c | fromJson }}{{ eq $j.Cert $c.Cert }} {{ eq $j.Key $c.Key }}"#
        ),
        "true true"
    );
}

/// Every function of these families with its Go signature (Sprig v3.3.0, as Helm 4 has it).
#[test]
fn signatures_match_sprig() {
    let m = gotemplate::sprig::funcs();
    let want = [
        "func ago(interface {})",
        "func date(string, interface {})",
        "func date_in_zone(string, interface {}, string)",
        "func dateInZone(string, interface {}, string)",
        "func date_modify(string, time.Time)",
        "func dateModify(string, time.Time)",
        "func must_date_modify(string, time.Time)",
        "func mustDateModify(string, time.Time)",
        "func duration(interface {})",
        "func durationRound(interface {})",
        "func htmlDate(interface {})",
        "func htmlDateInZone(interface {}, string)",
        "func mustToDate(string, string)",
        "func toDate(string, string)",
        "func now()",
        "func unixEpoch(time.Time)",
        "func randAlphaNum(int)",
        "func randAlpha(int)",
        "func randAscii(int)",
        "func randNumeric(int)",
        "func randInt(int, int)",
        "func shuffle(string)",
        "func uuidv4()",
        "func sha1sum(string)",
        "func sha256sum(string)",
        "func sha512sum(string)",
        "func adler32sum(string)",
        "func seq(...int)",
        "func until(int)",
        "func untilStep(int, int, int)",
        "func add1(interface {})",
        "func add(...interface {})",
        "func sub(interface {}, interface {})",
        "func div(interface {}, interface {})",
        "func mod(interface {}, interface {})",
        "func mul(interface {}, ...interface {})",
        "func add1f(interface {})",
        "func addf(...interface {})",
        "func subf(interface {}, ...interface {})",
        "func divf(interface {}, ...interface {})",
        "func mulf(interface {}, ...interface {})",
        "func biggest(interface {}, ...interface {})",
        "func max(interface {}, ...interface {})",
        "func min(interface {}, ...interface {})",
        "func maxf(interface {}, ...interface {})",
        "func minf(interface {}, ...interface {})",
        "func ceil(interface {})",
        "func floor(interface {})",
        "func round(interface {}, int, ...float64)",
        "func getHostByName(string)",
        "func base(string)",
        "func dir(string)",
        "func clean(string)",
        "func ext(string)",
        "func isAbs(string)",
        "func osBase(string)",
        "func osClean(string)",
        "func osDir(string)",
        "func osExt(string)",
        "func osIsAbs(string)",
        "func bcrypt(string)",
        "func htpasswd(string, string)",
        "func genPrivateKey(string)",
        "func derivePassword(int, string, string, string, string)",
        "func buildCustomCert(string, string)",
        "func genCA(string, int)",
        "func genCAWithKey(string, int, string)",
        "func genSelfSignedCert(string, []interface {}, []interface {}, int)",
        "func genSelfSignedCertWithKey(string, []interface {}, []interface {}, int, string)",
        "func genSignedCert(string, []interface {}, []interface {}, int, sprig.certificate)",
        "func genSignedCertWithKey(string, []interface {}, []interface {}, int, sprig.certificate, string)",
        "func encryptAES(string, string)",
        "func decryptAES(string, string)",
        "func randBytes(int)",
        "func semver(string)",
        "func semverCompare(string, string)",
        "func regexMatch(string, string)",
        "func mustRegexMatch(string, string)",
        "func regexFindAll(string, string, int)",
        "func mustRegexFindAll(string, string, int)",
        "func regexFind(string, string)",
        "func mustRegexFind(string, string)",
        "func regexReplaceAll(string, string, string)",
        "func mustRegexReplaceAll(string, string, string)",
        "func regexReplaceAllLiteral(string, string, string)",
        "func mustRegexReplaceAllLiteral(string, string, string)",
        "func regexSplit(string, string, int)",
        "func mustRegexSplit(string, string, int)",
        "func regexQuoteMeta(string)",
        "func urlParse(string)",
        "func urlJoin(map[string]interface {})",
    ];
    for sig in want {
        let name = sig[5..].split('(').next().unwrap();
        let f = m
            .get(name)
            .unwrap_or_else(|| panic!("{name} is not registered"));
        assert_eq!(format!("{f:?}"), sig);
    }
}
