//! Differential test against Go: every template below was run by Go 1.26's text/template with
//! Sprig v3.3.0's `TxtFuncMap()` (without `env`/`expandenv`, `missingkey=zero`, the data in
//! [`DATA`]), by the generator program kept in [`GENERATOR`]. The same templates run here
//! through this crate's engine with `gotemplate::sprig::funcs()` must give the same output and
//! error text.

use gotemplate::{MissingKey, Templates, Value};

const DATA: &str = r#"{"s":"str","n":3,"f":1000000,"fl":1.5,"b":true,"z":0,"e":"","nul":null,"list":["a","b","c"],"nums":[1,2,3],"empty":[],"emap":{},"m":{"b":2,"a":1,"c":{"d":"deep"}},"big":123456789,"neg":-2.5,"small":0.000001,"uni":"héllo wörld ☺"}"#;

/// The Go program that produced [`ORACLE`] (run with the case list on stdin).
#[allow(dead_code)]
const GENERATOR: &str = r###"package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"text/template"

	"github.com/Masterminds/sprig/v3"
)

func main() {
	var cases []string
	if err := json.NewDecoder(os.Stdin).Decode(&cases); err != nil {
		panic(err)
	}
	var data interface{}
	json.Unmarshal([]byte(`{"s":"str","n":3,"f":1000000,"fl":1.5,"b":true,"z":0,"e":"","nul":null,"list":["a","b","c"],"nums":[1,2,3],"empty":[],"emap":{},"m":{"b":2,"a":1,"c":{"d":"deep"}},"big":123456789,"neg":-2.5,"small":0.000001,"uni":"héllo wörld ☺"}`), &data)
	fm := sprig.TxtFuncMap()
	delete(fm, "env")
	delete(fm, "expandenv")
	type res struct {
		Tpl string `json:"tpl"`
		Out string `json:"out"`
		Err string `json:"err,omitempty"`
	}
	var out []res
	for _, c := range cases {
		r := res{Tpl: c}
		t, err := template.New("t").Option("missingkey=zero").Funcs(fm).Parse(c)
		if err != nil {
			r.Err = err.Error()
		} else {
			var b bytes.Buffer
			if err := t.Execute(&b, data); err != nil {
				r.Err = err.Error()
			}
			r.Out = b.String()
		}
		out = append(out, r)
	}
	enc := json.NewEncoder(os.Stdout)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", " ")
	if err := enc.Encode(out); err != nil {
		fmt.Fprintln(os.Stderr, err)
	}
}
"###;

const ORACLE: &str = r###"[
 {
  "tpl": "{{ printf \"%v\" .f }}",
  "out": "1e+06"
 },
 {
  "tpl": "{{ printf \"%d\" .n }}",
  "out": "%!d(float64=3)"
 },
 {
  "tpl": "{{ printf \"%s\" .nul }}",
  "out": "%!s(<nil>)"
 },
 {
  "tpl": "{{ printf \"%5.2f\" .fl }}",
  "out": " 1.50"
 },
 {
  "tpl": "{{ printf \"%x\" .s }}",
  "out": "737472"
 },
 {
  "tpl": "{{ printf \"%q\" .list }}",
  "out": "[\"a\" \"b\" \"c\"]"
 },
 {
  "tpl": "{{ printf \"%v\" .m }}",
  "out": "map[a:1 b:2 c:map[d:deep]]"
 },
 {
  "tpl": "{{ printf \"%T\" .m }}",
  "out": "map[string]interface {}"
 },
 {
  "tpl": "{{ printf \"%T\" .list }}",
  "out": "[]interface {}"
 },
 {
  "tpl": "{{ printf \"%08.3f\" .neg }}",
  "out": "-002.500"
 },
 {
  "tpl": "{{ printf \"%+d\" 5 }}",
  "out": "+5"
 },
 {
  "tpl": "{{ printf \"%v\" .small }}",
  "out": "1e-06"
 },
 {
  "tpl": "{{ printf \"%v\" .big }}",
  "out": "1.23456789e+08"
 },
 {
  "tpl": "{{ printf \"%c\" 65 }}",
  "out": "A"
 },
 {
  "tpl": "{{ printf \"%U\" 128512 }}",
  "out": "U+1F600"
 },
 {
  "tpl": "{{ printf \"%e\" .big }}",
  "out": "1.234568e+08"
 },
 {
  "tpl": "{{ printf \"%g\" .big }}",
  "out": "1.23456789e+08"
 },
 {
  "tpl": "{{ printf \"%.3g\" .fl }}",
  "out": "1.5"
 },
 {
  "tpl": "{{ printf \"%6.2v\" .fl }}",
  "out": "   1.5"
 },
 {
  "tpl": "{{ printf \"%-8s|\" .s }}",
  "out": "str     |"
 },
 {
  "tpl": "{{ printf \"%x\" .n }}",
  "out": "0x1.8p+01"
 },
 {
  "tpl": "{{ printf \"%X\" -1 }}",
  "out": "-1"
 },
 {
  "tpl": "{{ printf \"%o\" 8 }}",
  "out": "10"
 },
 {
  "tpl": "{{ printf \"%b\" 5 }}",
  "out": "101"
 },
 {
  "tpl": "{{ printf \"%#x\" 255 }}",
  "out": "0xff"
 },
 {
  "tpl": "{{ printf \"%#o\" 8 }}",
  "out": "010"
 },
 {
  "tpl": "{{ printf \"% d\" 5 }}",
  "out": " 5"
 },
 {
  "tpl": "{{ printf \"%t\" .b }}",
  "out": "true"
 },
 {
  "tpl": "{{ printf \"%t\" 1 }}",
  "out": "%!t(int=1)"
 },
 {
  "tpl": "{{ printf \"%q\" 65 }}",
  "out": "'A'"
 },
 {
  "tpl": "{{ printf \"%q\" .uni }}",
  "out": "\"héllo wörld ☺\""
 },
 {
  "tpl": "{{ printf \"%+q\" .uni }}",
  "out": "\"h\\u00e9llo w\\u00f6rld \\u263a\""
 },
 {
  "tpl": "{{ printf \"%#q\" \"a`b\" }}",
  "out": "\"a`b\""
 },
 {
  "tpl": "{{ printf \"%.2s\" .uni }}",
  "out": "hé"
 },
 {
  "tpl": "{{ printf \"%5.1q\" .uni }}",
  "out": "  \"h\""
 },
 {
  "tpl": "{{ printf \"%d\" (list 1 2) }}",
  "out": "[1 2]"
 },
 {
  "tpl": "{{ printf \"%s\" (list 1 \"a\") }}",
  "out": "[%!s(int=1) a]"
 },
 {
  "tpl": "{{ printf \"%v\" (dict \"a\" nil) }}",
  "out": "map[a:<nil>]"
 },
 {
  "tpl": "{{ printf \"%#v\" (list 1 \"a\" nil) }}",
  "out": "[]interface {}{1, \"a\", interface {}(nil)}"
 },
 {
  "tpl": "{{ printf \"%#v\" .m }}",
  "out": "map[string]interface {}{\"a\":1, \"b\":2, \"c\":map[string]interface {}{\"d\":\"deep\"}}"
 },
 {
  "tpl": "{{ printf \"%#v\" .fl }}",
  "out": "1.5"
 },
 {
  "tpl": "{{ printf \"%#v\" .f }}",
  "out": "1e+06"
 },
 {
  "tpl": "{{ printf \"%v\" (list) }}",
  "out": "[]"
 },
 {
  "tpl": "{{ printf \"%v\" .emap }}",
  "out": "map[]"
 },
 {
  "tpl": "{{ printf \"%x\" \"hi\" }}",
  "out": "6869"
 },
 {
  "tpl": "{{ printf \"% x\" \"hi\" }}",
  "out": "68 69"
 },
 {
  "tpl": "{{ printf \"%X\" (list \"a\" \"b\") }}",
  "out": "[61 62]"
 },
 {
  "tpl": "{{ printf \"%10.3e\" .neg }}",
  "out": "-2.500e+00"
 },
 {
  "tpl": "{{ printf \"%G\" 1e-10 }}",
  "out": "1E-10"
 },
 {
  "tpl": "{{ printf \"%v\" 1e21 }}",
  "out": "1e+21"
 },
 {
  "tpl": "{{ printf \"%v\" 123456.0 }}",
  "out": "123456"
 },
 {
  "tpl": "{{ printf \"%v\" 1234567.0 }}",
  "out": "1.234567e+06"
 },
 {
  "tpl": "{{ printf \"%v\" 0.0001 }}",
  "out": "0.0001"
 },
 {
  "tpl": "{{ printf \"%v\" 0.00001 }}",
  "out": "1e-05"
 },
 {
  "tpl": "{{ printf \"%.0f\" 2.5 }}",
  "out": "2"
 },
 {
  "tpl": "{{ printf \"%.0f\" 3.5 }}",
  "out": "4"
 },
 {
  "tpl": "{{ printf \"%.1f\" 0.05 }}",
  "out": "0.1"
 },
 {
  "tpl": "{{ printf \"%.2f\" 1.005 }}",
  "out": "1.00"
 },
 {
  "tpl": "{{ printf \"%5t\" true }}",
  "out": " true"
 },
 {
  "tpl": "{{ printf \"%p\" 1 }}",
  "out": "%!p(int=1)"
 },
 {
  "tpl": "{{ printf \"%d\" nil }}",
  "out": "%!d(<nil>)"
 },
 {
  "tpl": "{{ printf \"%s\" true }}",
  "out": "%!s(bool=true)"
 },
 {
  "tpl": "{{ printf \"%c\" .n }}",
  "out": "%!c(float64=3)"
 },
 {
  "tpl": "{{ printf \"%d\" (int64 5) }}",
  "out": "5"
 },
 {
  "tpl": "{{ printf \"%T\" (int64 5) }}",
  "out": "int64"
 },
 {
  "tpl": "{{ printf \"%T\" 1 }}",
  "out": "int"
 },
 {
  "tpl": "{{ printf \"%T\" nil }}",
  "out": "<nil>"
 },
 {
  "tpl": "{{ printf \"%T\" (toStrings (list 1)) }}",
  "out": "[]string"
 },
 {
  "tpl": "{{ printf \"%T\" (b64dec \"aGk=\") }}",
  "out": "string"
 },
 {
  "tpl": "{{ printf \"%T\" (split \",\" \"a\") }}",
  "out": "map[string]string"
 },
 {
  "tpl": "{{ printf \"%v\" (split \",\" \"a,b\") }}",
  "out": "map[_0:a _1:b]"
 },
 {
  "tpl": "{{ printf \"%s\" (list nil) }}",
  "out": "[<nil>]"
 },
 {
  "tpl": "{{ printf \"%v\" (list (list 1) (dict)) }}",
  "out": "[[1] map[]]"
 },
 {
  "tpl": "{{ printf \"%x\" 1.5 }}",
  "out": "0x1.8p+00"
 },
 {
  "tpl": "{{ printf \"%x\" .neg }}",
  "out": "-0x1.4p+01"
 },
 {
  "tpl": "{{ printf \"%b\" 2.0 }}",
  "out": "4503599627370496p-51"
 },
 {
  "tpl": "{{ printf \"%#g\" 1.0 }}",
  "out": "1.00000"
 },
 {
  "tpl": "{{ printf \"%#.3x\" 3.0 }}",
  "out": "0x1.800p+01"
 },
 {
  "tpl": "{{ printf \"%06.2f\" -1.5 }}",
  "out": "-01.50"
 },
 {
  "tpl": "{{ printf \"%+.1e\" 0.0 }}",
  "out": "+0.0e+00"
 },
 {
  "tpl": "{{ printf \"%v\" -0.0 }}",
  "out": "-0"
 },
 {
  "tpl": "{{ printf \"%.3v\" .s }}",
  "out": "str"
 },
 {
  "tpl": "{{ printf \"%q\" \"\\u00a0\\u200b\\x7f\" }}",
  "out": "\"\\u00a0\\u200b\\x7f\""
 },
 {
  "tpl": "{{ printf \"%x\" \"\" }}",
  "out": ""
 },
 {
  "tpl": "{{ printf \"%5x\" \"\" }}",
  "out": "     "
 },
 {
  "tpl": "{{ printf \"%U\" -1 }}",
  "out": "U+FFFFFFFFFFFFFFFF"
 },
 {
  "tpl": "{{ printf \"%#U\" 9786 }}",
  "out": "U+263A '☺'"
 },
 {
  "tpl": "{{ printf \"%c\" -1 }}",
  "out": "�"
 },
 {
  "tpl": "{{ printf \"%q\" 1114112 }}",
  "out": "'�'"
 },
 {
  "tpl": "{{ printf \"%08d\" -42 }}",
  "out": "-0000042"
 },
 {
  "tpl": "{{ printf \"%-08d|\" -42 }}",
  "out": "-42     |"
 },
 {
  "tpl": "{{ printf \"%x\" -255 }}",
  "out": "-ff"
 },
 {
  "tpl": "{{ printf \"%.0d\" 0 }}",
  "out": ""
 },
 {
  "tpl": "{{ printf \"%3.0d|\" 0 }}",
  "out": "   |"
 },
 {
  "tpl": "{{ printf \"%v\" (toStrings .nums) }}",
  "out": "[1 2 3]"
 },
 {
  "tpl": "{{ printf \"%d\" (toStrings .nums) }}",
  "out": "[%!d(string=1) %!d(string=2) %!d(string=3)]"
 },
 {
  "tpl": "{{ printf \"%s\" .emap }}",
  "out": "map[]"
 },
 {
  "tpl": "{{ printf \"%d\" .m }}",
  "out": "map[%!d(string=a):%!d(float64=1) %!d(string=b):%!d(float64=2) %!d(string=c):map[%!d(string=d):%!d(string=deep)]]"
 },
 {
  "tpl": "{{ printf \"%v\" (dict \"b\" (list 1) \"a\" (dict \"x\" nil)) }}",
  "out": "map[a:map[x:<nil>] b:[1]]"
 },
 {
  "tpl": "{{ printf \"%[2]d %[1]d\" 1 2 }}",
  "out": "2 1"
 },
 {
  "tpl": "{{ printf \"%d %d\" 1 }}",
  "out": "1 %!d(MISSING)"
 },
 {
  "tpl": "{{ printf \"%d\" 1 2 }}",
  "out": "1%!(EXTRA int=2)"
 },
 {
  "tpl": "{{ printf \"%!\" }}",
  "out": "%!!(MISSING)"
 },
 {
  "tpl": "{{ printf \"%\" }}",
  "out": "%!(NOVERB)"
 },
 {
  "tpl": "{{ printf \"%*d\" 5 3 }}",
  "out": "    3"
 },
 {
  "tpl": "{{ printf \"%-*d|\" 5 3 }}",
  "out": "3    |"
 },
 {
  "tpl": "{{ printf \"%.*f\" 2 .fl }}",
  "out": "1.50"
 },
 {
  "tpl": "{{ printf \"%[3]d\" 1 }}",
  "out": "%!d(BADINDEX)"
 },
 {
  "tpl": "{{ printf \"%[0]d\" 1 }}",
  "out": "%!d(BADINDEX)"
 },
 {
  "tpl": "{{ printf \"%v %v\" nil }}",
  "out": "<nil> %!v(MISSING)"
 },
 {
  "tpl": "{{ printf \"%*d\" \"x\" 3 }}",
  "out": "%!(BADWIDTH)3"
 },
 {
  "tpl": "{{ printf \"%.*d\" -1 3 }}",
  "out": "%!(BADPREC)3"
 },
 {
  "tpl": "{{ printf \"%[2]*[1]d\" 12 5 }}",
  "out": "   12"
 },
 {
  "tpl": "{{ printf \"%[1]d %d\" 1 2 }}",
  "out": "1 2"
 },
 {
  "tpl": "{{ printf \"%z\" 1 }}",
  "out": "%!z(int=1)"
 },
 {
  "tpl": "{{ printf \"%é\" 1 }}",
  "out": "%!é(int=1)"
 },
 {
  "tpl": "{{ printf \"%.[2]d\" 1 2 }}",
  "out": "2"
 },
 {
  "tpl": "{{ printf \"%d\" }}",
  "out": "%!d(MISSING)"
 },
 {
  "tpl": "{{ printf \"abc%%def\" }}",
  "out": "abc%def"
 },
 {
  "tpl": "{{ print .s .n }}",
  "out": "str3"
 },
 {
  "tpl": "{{ print 1 2 \"a\" 3 }}",
  "out": "1 2a3"
 },
 {
  "tpl": "{{ print .nul .nul }}",
  "out": "<nil> <nil>"
 },
 {
  "tpl": "{{ print \"a\" nil \"b\" }}",
  "out": "a<nil>b"
 },
 {
  "tpl": "{{ println .s .n }}",
  "out": "str 3\n"
 },
 {
  "tpl": "{{ print (list 1) 2 }}",
  "out": "[1] 2"
 },
 {
  "tpl": "{{ print }}",
  "out": ""
 },
 {
  "tpl": "{{ println }}",
  "out": "\n"
 },
 {
  "tpl": "{{ .f }}",
  "out": "1e+06"
 },
 {
  "tpl": "{{ .small }}",
  "out": "1e-06"
 },
 {
  "tpl": "{{ .big }}",
  "out": "1.23456789e+08"
 },
 {
  "tpl": "{{ .neg }}",
  "out": "-2.5"
 },
 {
  "tpl": "{{ .m }}",
  "out": "map[a:1 b:2 c:map[d:deep]]"
 },
 {
  "tpl": "{{ .list }}",
  "out": "[a b c]"
 },
 {
  "tpl": "{{ 1e21 }}",
  "out": "1e+21"
 },
 {
  "tpl": "{{ 0.1 }}",
  "out": "0.1"
 },
 {
  "tpl": "{{ trim \"  x  \" }}",
  "out": "x"
 },
 {
  "tpl": "{{ trimAll \"$\" \"$x$\" }}",
  "out": "x"
 },
 {
  "tpl": "{{ trimall \"ab\" \"abxba\" }}",
  "out": "x"
 },
 {
  "tpl": "{{ trimPrefix \"a\" \"aab\" }}",
  "out": "ab"
 },
 {
  "tpl": "{{ trimSuffix \"b\" \"abb\" }}",
  "out": "ab"
 },
 {
  "tpl": "{{ upper .uni }}",
  "out": "HÉLLO WÖRLD ☺"
 },
 {
  "tpl": "{{ lower \"ÀBÇ\" }}",
  "out": "àbç"
 },
 {
  "tpl": "{{ title \"hello wörld-x y_z o'neil\" }}",
  "out": "Hello Wörld-X Y_z O'Neil"
 },
 {
  "tpl": "{{ untitle \"Hello World\" }}",
  "out": "hello world"
 },
 {
  "tpl": "{{ repeat 3 \"ab\" }}",
  "out": "ababab"
 },
 {
  "tpl": "{{ substr 1 3 .uni | quote }}",
  "out": "\"é\""
 },
 {
  "tpl": "{{ substr -1 2 \"abc\" }}",
  "out": "ab"
 },
 {
  "tpl": "{{ substr 2 -1 \"abcd\" }}",
  "out": "cd"
 },
 {
  "tpl": "{{ substr 3 1 \"abcd\" }}",
  "out": "",
  "err": "template: t:1:3: executing \"t\" at <substr 3 1 \"abcd\">: error calling substr: runtime error: slice bounds out of range [3:1]"
 },
 {
  "tpl": "{{ substr 5 7 \"abc\" }}",
  "out": "",
  "err": "template: t:1:3: executing \"t\" at <substr 5 7 \"abc\">: error calling substr: runtime error: slice bounds out of range [5:3]"
 },
 {
  "tpl": "{{ substr -1 5 \"abc\" }}",
  "out": "",
  "err": "template: t:1:3: executing \"t\" at <substr -1 5 \"abc\">: error calling substr: runtime error: slice bounds out of range [:5] with length 3"
 },
 {
  "tpl": "{{ substr 0 -5 \"abc\" }}",
  "out": "abc"
 },
 {
  "tpl": "{{ substr -2 -5 \"abc\" }}",
  "out": "",
  "err": "template: t:1:3: executing \"t\" at <substr -2 -5 \"abc\">: error calling substr: runtime error: slice bounds out of range [:-5]"
 },
 {
  "tpl": "{{ nospace .uni | quote }}",
  "out": "\"hÃ©llowÃ¶rldâ\\u0098º\""
 },
 {
  "tpl": "{{ nospace \"a b\tc\" }}",
  "out": "abc"
 },
 {
  "tpl": "{{ trunc 5 .uni | quote }}",
  "out": "\"héll\""
 },
 {
  "tpl": "{{ trunc -5 .uni | quote }}",
  "out": "\"d ☺\""
 },
 {
  "tpl": "{{ trunc 2 \"héllo\" | quote }}",
  "out": "\"h\\xc3\""
 },
 {
  "tpl": "{{ trunc 0 \"abc\" | quote }}",
  "out": "\"\""
 },
 {
  "tpl": "{{ trunc -99 \"abc\" }}",
  "out": "abc"
 },
 {
  "tpl": "{{ abbrev 5 \"hello world\" }}",
  "out": "he..."
 },
 {
  "tpl": "{{ abbrev 3 \"hello\" }}",
  "out": "hello"
 },
 {
  "tpl": "{{ abbrev 20 \"hello\" }}",
  "out": "hello"
 },
 {
  "tpl": "{{ abbrevboth 5 10 \"1234 5678 9123\" }}",
  "out": "...5678..."
 },
 {
  "tpl": "{{ abbrevboth 0 5 \"hello world\" }}",
  "out": "he..."
 },
 {
  "tpl": "{{ abbrevboth 10 4 \"abcdefghijklmno\" }}",
  "out": "abcdefghijklmno"
 },
 {
  "tpl": "{{ abbrevboth 3 7 \"abcdefghijklmno\" }}",
  "out": "abcd..."
 },
 {
  "tpl": "{{ abbrevboth 12 10 \"abcdefghijklmno\" }}",
  "out": "...ijklmno"
 },
 {
  "tpl": "{{ initials .uni }}",
  "out": "hwâ"
 },
 {
  "tpl": "{{ initials \"a-b c\" }}",
  "out": "ac"
 },
 {
  "tpl": "{{ wrap 5 .uni | quote }}",
  "out": "\"héllo\\nwörld\\n☺\""
 },
 {
  "tpl": "{{ wrapWith 5 \"\\t\" \"Hello World\" | quote }}",
  "out": "\"Hello\\tWorld\""
 },
 {
  "tpl": "{{ wrapWith 3 \"|\" \"abcdefgh\" }}",
  "out": "abc|def|gh"
 },
 {
  "tpl": "{{ wrap 10 \"  leading spaces here and more\" | quote }}",
  "out": "\"leading\\nspaces\\nhere and\\nmore\""
 },
 {
  "tpl": "{{ contains \"ll\" \"hello\" }}",
  "out": "true"
 },
 {
  "tpl": "{{ hasPrefix \"he\" \"hello\" }}",
  "out": "true"
 },
 {
  "tpl": "{{ hasSuffix \"lo\" \"hello\" }}",
  "out": "true"
 },
 {
  "tpl": "{{ quote .nul }}",
  "out": ""
 },
 {
  "tpl": "{{ quote .list }}",
  "out": "\"[a b c]\""
 },
 {
  "tpl": "{{ quote nil \"a\" }}",
  "out": "\"a\""
 },
 {
  "tpl": "{{ quote }}",
  "out": ""
 },
 {
  "tpl": "{{ squote .m }}",
  "out": "'map[a:1 b:2 c:map[d:deep]]'"
 },
 {
  "tpl": "{{ squote nil }}",
  "out": ""
 },
 {
  "tpl": "{{ squote .s .n }}",
  "out": "'str' '3'"
 },
 {
  "tpl": "{{ cat .s .n .nul .list }}",
  "out": "str 3 [a b c]"
 },
 {
  "tpl": "{{ indent 2 .uni }}",
  "out": "  héllo wörld ☺"
 },
 {
  "tpl": "{{ nindent 0 \"a\" | quote }}",
  "out": "\"\\na\""
 },
 {
  "tpl": "{{ replace \"\" \"-\" \"abc\" }}",
  "out": "-a-b-c-"
 },
 {
  "tpl": "{{ replace \"l\" \"L\" .uni }}",
  "out": "héLLo wörLd ☺"
 },
 {
  "tpl": "{{ plural \"one\" \"many\" 1 }}",
  "out": "one"
 },
 {
  "tpl": "{{ plural \"one\" \"many\" 0 }}",
  "out": "many"
 },
 {
  "tpl": "{{ plural \"one\" \"many\" .n }}",
  "out": "",
  "err": "template: t:1:23: executing \"t\" at <.n>: wrong type for value; expected int; got float64"
 },
 {
  "tpl": "{{ snakecase \"HTTPServer\" }}",
  "out": "http_server"
 },
 {
  "tpl": "{{ camelcase \"foo_bar\" }}",
  "out": "FooBar"
 },
 {
  "tpl": "{{ kebabcase \"FooBar\" }}",
  "out": "foo-bar"
 },
 {
  "tpl": "{{ swapcase \"Hello World\" }}",
  "out": "hELLO wORLD"
 },
 {
  "tpl": "{{ swapcase .uni }}",
  "out": "HÉLLO WÖRLD ☺"
 },
 {
  "tpl": "{{ toString .f }}",
  "out": "1e+06"
 },
 {
  "tpl": "{{ toString .nul }}",
  "out": "<nil>"
 },
 {
  "tpl": "{{ split \",\" \"a,,b\" }}",
  "out": "map[_0:a _1: _2:b]"
 },
 {
  "tpl": "{{ split \"\" \"\" }}",
  "out": "map[]"
 },
 {
  "tpl": "{{ splitn \",\" 2 \"a,b,c\" }}",
  "out": "map[_0:a _1:b,c]"
 },
 {
  "tpl": "{{ splitList \",\" \"\" }}",
  "out": "[]"
 },
 {
  "tpl": "{{ splitList \"\" \"héllo\" }}",
  "out": "[h é l l o]"
 },
 {
  "tpl": "{{ splitn \"\" 2 \"héllo\" }}",
  "out": "map[_0:h _1:éllo]"
 },
 {
  "tpl": "{{ join \",\" .list }}",
  "out": "a,b,c"
 },
 {
  "tpl": "{{ join \",\" .nums }}",
  "out": "1,2,3"
 },
 {
  "tpl": "{{ join \",\" nil }}",
  "out": ""
 },
 {
  "tpl": "{{ join \",\" .m }}",
  "out": "map[a:1 b:2 c:map[d:deep]]"
 },
 {
  "tpl": "{{ sortAlpha (list \"b\" \"a\" 10) }}",
  "out": "[10 a b]"
 },
 {
  "tpl": "{{ sortAlpha .m }}",
  "out": "[map[a:1 b:2 c:map[d:deep]]]"
 },
 {
  "tpl": "{{ sortAlpha \"x\" }}",
  "out": "[x]"
 },
 {
  "tpl": "{{ repeat -1 \"x\" }}",
  "out": "",
  "err": "template: t:1:3: executing \"t\" at <repeat -1 \"x\">: error calling repeat: strings: negative Repeat count"
 },
 {
  "tpl": "{{ indent -1 \"x\" }}",
  "out": "",
  "err": "template: t:1:3: executing \"t\" at <indent -1 \"x\">: error calling indent: strings: negative Repeat count"
 },
 {
  "tpl": "{{ upper 1 }}",
  "out": "",
  "err": "template: t:1:9: executing \"t\" at <1>: expected string; found 1"
 },
 {
  "tpl": "{{ upper nil }}",
  "out": "",
  "err": "template: t:1:9: executing \"t\" at <nil>: cannot assign nil to string"
 },
 {
  "tpl": "{{ trim .n }}",
  "out": "",
  "err": "template: t:1:8: executing \"t\" at <.n>: wrong type for value; expected string; got float64"
 },
 {
  "tpl": "{{ hello }}",
  "out": "Hello!"
 },
 {
  "tpl": "{{ title \"ǆemal\" }}",
  "out": "ǅemal"
 },
 {
  "tpl": "{{ upper \"ǆ ß ﬁ\" }}",
  "out": "Ǆ ß ﬁ"
 },
 {
  "tpl": "{{ lower \"İI\" }}",
  "out": "ii"
 },
 {
  "tpl": "{{ snakecase \"Ⅻ Roman\" }}",
  "out": "Ⅻ_roman"
 },
 {
  "tpl": "{{ swapcase \"ǅ\" }}",
  "out": "ǆ"
 },
 {
  "tpl": "{{ initials \"\" }}",
  "out": ""
 },
 {
  "tpl": "{{ nospace \"\" }}",
  "out": ""
 },
 {
  "tpl": "{{ wrap 3 \"\" }}",
  "out": ""
 },
 {
  "tpl": "{{ camelcase \"\" }}",
  "out": ""
 },
 {
  "tpl": "{{ atoi \"12\" }}",
  "out": "12"
 },
 {
  "tpl": "{{ atoi \"x\" }}",
  "out": "0"
 },
 {
  "tpl": "{{ atoi \" 1\" }}",
  "out": "0"
 },
 {
  "tpl": "{{ atoi \"+7\" }}",
  "out": "7"
 },
 {
  "tpl": "{{ atoi \"-99999999999999999999\" }}",
  "out": "-9223372036854775808"
 },
 {
  "tpl": "{{ int \"0x1F\" }}",
  "out": "31"
 },
 {
  "tpl": "{{ int \"1e3\" }}",
  "out": "0"
 },
 {
  "tpl": "{{ int 3.9 }}",
  "out": "3"
 },
 {
  "tpl": "{{ int -3.9 }}",
  "out": "-3"
 },
 {
  "tpl": "{{ int .fl }}",
  "out": "1"
 },
 {
  "tpl": "{{ int true }}",
  "out": "1"
 },
 {
  "tpl": "{{ int nil }}",
  "out": "0"
 },
 {
  "tpl": "{{ int \"12.0\" }}",
  "out": "12"
 },
 {
  "tpl": "{{ int \"12.50\" }}",
  "out": "0"
 },
 {
  "tpl": "{{ int \"-0b11\" }}",
  "out": "-3"
 },
 {
  "tpl": "{{ int \"1_000\" }}",
  "out": "1000"
 },
 {
  "tpl": "{{ int \"0o\" }}",
  "out": "0"
 },
 {
  "tpl": "{{ int64 \"0777\" }}",
  "out": "511"
 },
 {
  "tpl": "{{ int64 \"08\" }}",
  "out": "0"
 },
 {
  "tpl": "{{ int64 .big }}",
  "out": "123456789"
 },
 {
  "tpl": "{{ float64 \"1e3\" }}",
  "out": "1000"
 },
 {
  "tpl": "{{ float64 \"abc\" }}",
  "out": "0"
 },
 {
  "tpl": "{{ float64 .n }}",
  "out": "3"
 },
 {
  "tpl": "{{ float64 true }}",
  "out": "1"
 },
 {
  "tpl": "{{ float64 \"inf\" }}",
  "out": "+Inf"
 },
 {
  "tpl": "{{ float64 \"-Infinity\" }}",
  "out": "-Inf"
 },
 {
  "tpl": "{{ float64 \"nan\" }}",
  "out": "NaN"
 },
 {
  "tpl": "{{ float64 \"0x1p-2\" }}",
  "out": "0.25"
 },
 {
  "tpl": "{{ float64 \"1_000.5\" }}",
  "out": "1000.5"
 },
 {
  "tpl": "{{ float64 \".5\" }}",
  "out": "0.5"
 },
 {
  "tpl": "{{ float64 \"5.\" }}",
  "out": "5"
 },
 {
  "tpl": "{{ float64 \"1e400\" }}",
  "out": "0"
 },
 {
  "tpl": "{{ float64 \" 1\" }}",
  "out": "0"
 },
 {
  "tpl": "{{ toDecimal \"0777\" }}",
  "out": "511"
 },
 {
  "tpl": "{{ toDecimal 777 }}",
  "out": "511"
 },
 {
  "tpl": "{{ toDecimal \"x\" }}",
  "out": "0"
 },
 {
  "tpl": "{{ toDecimal 8 }}",
  "out": "0"
 },
 {
  "tpl": "{{ toStrings .nums }}",
  "out": "[1 2 3]"
 },
 {
  "tpl": "{{ toStrings \"a\" }}",
  "out": "[a]"
 },
 {
  "tpl": "{{ toStrings nil }}",
  "out": "[]"
 },
 {
  "tpl": "{{ toStrings (list nil 1) }}",
  "out": "[1]"
 },
 {
  "tpl": "{{ toString 1.5 }}",
  "out": "1.5"
 },
 {
  "tpl": "{{ int \"9223372036854775808\" }}",
  "out": "0"
 },
 {
  "tpl": "{{ atoi \"99999999999999999999\" }}",
  "out": "9223372036854775807"
 },
 {
  "tpl": "{{ int (list 1) }}",
  "out": "0"
 },
 {
  "tpl": "{{ int .m }}",
  "out": "0"
 },
 {
  "tpl": "{{ float64 (list 1) }}",
  "out": "0"
 },
 {
  "tpl": "{{ int64 \"  5\" }}",
  "out": "0"
 },
 {
  "tpl": "{{ toString (list \"a\" 1) }}",
  "out": "[a 1]"
 },
 {
  "tpl": "{{ typeOf (int \"1\") }}",
  "out": "int"
 },
 {
  "tpl": "{{ typeOf (int64 \"1\") }}",
  "out": "int64"
 },
 {
  "tpl": "{{ typeOf (float64 1) }}",
  "out": "float64"
 },
 {
  "tpl": "{{ typeOf (toDecimal 1) }}",
  "out": "int64"
 },
 {
  "tpl": "{{ typeOf (atoi \"1\") }}",
  "out": "int"
 },
 {
  "tpl": "{{ list }}",
  "out": "[]"
 },
 {
  "tpl": "{{ list 1 \"a\" nil }}",
  "out": "[1 a <nil>]"
 },
 {
  "tpl": "{{ first .list }}",
  "out": "a"
 },
 {
  "tpl": "{{ first .empty }}",
  "out": "<no value>"
 },
 {
  "tpl": "{{ first \"s\" }}",
  "out": "",
  "err": "template: t:1:3: executing \"t\" at <first \"s\">: error calling first: Cannot find first on type string"
 },
 {
  "tpl": "{{ last .list }}",
  "out": "c"
 },
 {
  "tpl": "{{ rest .nums }}",
  "out": "[2 3]"
 },
 {
  "tpl": "{{ rest .empty }}",
  "out": "[]"
 },
 {
  "tpl": "{{ initial .list }}",
  "out": "[a b]"
 },
 {
  "tpl": "{{ initial .empty }}",
  "out": "[]"
 },
 {
  "tpl": "{{ append .list \"d\" }}",
  "out": "[a b c d]"
 },
 {
  "tpl": "{{ push .list \"d\" }}",
  "out": "[a b c d]"
 },
 {
  "tpl": "{{ prepend .list \"z\" }}",
  "out": "[z a b c]"
 },
 {
  "tpl": "{{ concat .list .nums }}",
  "out": "[a b c 1 2 3]"
 },
 {
  "tpl": "{{ reverse .list }}",
  "out": "[c b a]"
 },
 {
  "tpl": "{{ uniq (list 1 1 2 \"a\" \"a\") }}",
  "out": "[1 2 a]"
 },
 {
  "tpl": "{{ without .nums 2 }}",
  "out": "[1 2 3]"
 },
 {
  "tpl": "{{ without .nums 2.0 }}",
  "out": "[1 3]"
 },
 {
  "tpl": "{{ has 2 .nums }}",
  "out": "false"
 },
 {
  "tpl": "{{ has 2.0 .nums }}",
  "out": "true"
 },
 {
  "tpl": "{{ compact (list 0 1 \"\" nil false \"x\" (list) (dict)) }}",
  "out": "[1 x]"
 },
 {
  "tpl": "{{ slice .list 1 }}",
  "out": "[b c]"
 },
 {
  "tpl": "{{ slice .list 1 2 }}",
  "out": "[b]"
 },
 {
  "tpl": "{{ slice .list 2 1 }}",
  "out": "",
  "err": "template: t:1:3: executing \"t\" at <slice .list 2 1>: error calling slice: reflect.Value.Slice: slice index out of bounds"
 },
 {
  "tpl": "{{ slice .list 0 5 }}",
  "out": "",
  "err": "template: t:1:3: executing \"t\" at <slice .list 0 5>: error calling slice: reflect.Value.Slice: slice index out of bounds"
 },
 {
  "tpl": "{{ slice .empty }}",
  "out": "<no value>"
 },
 {
  "tpl": "{{ slice .list }}",
  "out": "[a b c]"
 },
 {
  "tpl": "{{ slice .list \"1\" }}",
  "out": "[b c]"
 },
 {
  "tpl": "{{ chunk 2 .nums }}",
  "out": "[[1 2] [3]]"
 },
 {
  "tpl": "{{ chunk 0 .nums }}",
  "out": "",
  "err": "template: t:1:3: executing \"t\" at <chunk 0 .nums>: error calling chunk: runtime error: makeslice: len out of range"
 },
 {
  "tpl": "{{ chunk 2 .empty }}",
  "out": "[]"
 },
 {
  "tpl": "{{ chunk -1 .nums }}",
  "out": "",
  "err": "template: t:1:3: executing \"t\" at <chunk -1 .nums>: error calling chunk: runtime error: makeslice: len out of range"
 },
 {
  "tpl": "{{ chunk 5 .nums }}",
  "out": "[[1 2 3]]"
 },
 {
  "tpl": "{{ mustFirst nil }}",
  "out": "",
  "err": "template: t:1:3: executing \"t\" at <mustFirst nil>: error calling mustFirst: runtime error: invalid memory address or nil pointer dereference"
 },
 {
  "tpl": "{{ first nil }}",
  "out": "",
  "err": "template: t:1:3: executing \"t\" at <first nil>: error calling first: runtime error: invalid memory address or nil pointer dereference"
 },
 {
  "tpl": "{{ tuple 1 2 }}",
  "out": "[1 2]"
 },
 {
  "tpl": "{{ mustSlice \"abc\" }}",
  "out": "",
  "err": "template: t:1:3: executing \"t\" at <mustSlice \"abc\">: error calling mustSlice: list should be type of slice or array but string"
 },
 {
  "tpl": "{{ mustHas 1 \"x\" }}",
  "out": "",
  "err": "template: t:1:3: executing \"t\" at <mustHas 1 \"x\">: error calling mustHas: Cannot find has on type string"
 },
 {
  "tpl": "{{ has 1 nil }}",
  "out": "false"
 },
 {
  "tpl": "{{ mustUniq .nums }}",
  "out": "[1 2 3]"
 },
 {
  "tpl": "{{ mustWithout .list \"a\" }}",
  "out": "[b c]"
 },
 {
  "tpl": "{{ mustRest \"x\" }}",
  "out": "",
  "err": "template: t:1:3: executing \"t\" at <mustRest \"x\">: error calling mustRest: Cannot find rest on type string"
 },
 {
  "tpl": "{{ mustInitial .m }}",
  "out": "",
  "err": "template: t:1:3: executing \"t\" at <mustInitial .m>: error calling mustInitial: Cannot find initial on type map"
 },
 {
  "tpl": "{{ mustReverse 1 }}",
  "out": "",
  "err": "template: t:1:3: executing \"t\" at <mustReverse 1>: error calling mustReverse: Cannot find reverse on type int"
 },
 {
  "tpl": "{{ mustChunk -1 .nums }}",
  "out": "",
  "err": "template: t:1:3: executing \"t\" at <mustChunk -1 .nums>: error calling mustChunk: runtime error: makeslice: len out of range"
 },
 {
  "tpl": "{{ concat (list) .nums }}",
  "out": "[1 2 3]"
 },
 {
  "tpl": "{{ concat 1 }}",
  "out": "",
  "err": "template: t:1:3: executing \"t\" at <concat 1>: error calling concat: Cannot concat type int as list"
 },
 {
  "tpl": "{{ concat }}",
  "out": "[]"
 },
 {
  "tpl": "{{ concat nil }}",
  "out": "",
  "err": "template: t:1:3: executing \"t\" at <concat nil>: error calling concat: runtime error: invalid memory address or nil pointer dereference"
 },
 {
  "tpl": "{{ append nil 1 }}",
  "out": "",
  "err": "template: t:1:3: executing \"t\" at <append nil 1>: error calling append: runtime error: invalid memory address or nil pointer dereference"
 },
 {
  "tpl": "{{ prepend \"x\" 1 }}",
  "out": "",
  "err": "template: t:1:3: executing \"t\" at <prepend \"x\" 1>: error calling prepend: Cannot prepend on type string"
 },
 {
  "tpl": "{{ last .empty }}",
  "out": "<no value>"
 },
 {
  "tpl": "{{ typeOf (list) }}",
  "out": "[]interface {}"
 },
 {
  "tpl": "{{ typeOf (rest .empty) }}",
  "out": "[]interface {}"
 },
 {
  "tpl": "{{ typeOf (slice (toStrings .nums) 1) }}",
  "out": "[]string"
 },
 {
  "tpl": "{{ typeOf (chunk 1 .nums) }}",
  "out": "[][]interface {}"
 },
 {
  "tpl": "{{ typeOf (concat) }}",
  "out": "[]interface {}"
 },
 {
  "tpl": "{{ reverse .empty }}",
  "out": "[]"
 },
 {
  "tpl": "{{ uniq .empty }}",
  "out": "[]"
 },
 {
  "tpl": "{{ compact .empty }}",
  "out": "[]"
 },
 {
  "tpl": "{{ without .empty }}",
  "out": "[]"
 },
 {
  "tpl": "{{ has nil (list nil) }}",
  "out": "true"
 },
 {
  "tpl": "{{ slice (b64dec \"aGVsbG8=\") 1 3 }}",
  "out": "",
  "err": "template: t:1:3: executing \"t\" at <slice (b64dec \"aGVsbG8=\") 1 3>: error calling slice: list should be type of slice or array but string"
 },
 {
  "tpl": "{{ first (toStrings .nums) | typeOf }}",
  "out": "string"
 },
 {
  "tpl": "{{ index (chunk 2 .nums) 1 }}",
  "out": "[3]"
 },
 {
  "tpl": "{{ len (chunk 2 .nums) }}",
  "out": "2"
 },
 {
  "tpl": "{{ dict \"a\" 1 \"b\" }}",
  "out": "map[a:1 b:]"
 },
 {
  "tpl": "{{ dict 1 2 nil 3 }}",
  "out": "map[1:2 <nil>:3]"
 },
 {
  "tpl": "{{ dict }}",
  "out": "map[]"
 },
 {
  "tpl": "{{ get .m \"a\" }}",
  "out": "1"
 },
 {
  "tpl": "{{ get .m \"z\" | quote }}",
  "out": "\"\""
 },
 {
  "tpl": "{{ set (dict) \"a\" 1 }}",
  "out": "map[a:1]"
 },
 {
  "tpl": "{{ $d := dict \"a\" 1 }}{{ $_ := set $d \"b\" 2 }}{{ $d }}",
  "out": "map[a:1 b:2]"
 },
 {
  "tpl": "{{ $d := dict \"a\" 1 }}{{ $_ := unset $d \"a\" }}{{ $d }}",
  "out": "map[]"
 },
 {
  "tpl": "{{ hasKey .m \"a\" }}",
  "out": "true"
 },
 {
  "tpl": "{{ hasKey .m \"z\" }}",
  "out": "false"
 },
 {
  "tpl": "{{ pluck \"a\" .m (dict \"a\" 5) (dict) }}",
  "out": "[1 5]"
 },
 {
  "tpl": "{{ keys .m | sortAlpha }}",
  "out": "[a b c]"
 },
 {
  "tpl": "{{ keys .m (dict \"z\" 1) | sortAlpha }}",
  "out": "[a b c z]"
 },
 {
  "tpl": "{{ values (dict \"a\" 1) }}",
  "out": "[1]"
 },
 {
  "tpl": "{{ pick .m \"a\" \"z\" }}",
  "out": "map[a:1]"
 },
 {
  "tpl": "{{ omit .m \"a\" }}",
  "out": "map[b:2 c:map[d:deep]]"
 },
 {
  "tpl": "{{ merge (dict \"a\" 1) (dict \"a\" 2 \"b\" 3) }}",
  "out": "map[a:1 b:3]"
 },
 {
  "tpl": "{{ mergeOverwrite (dict \"a\" 1) (dict \"a\" 2 \"b\" 3) }}",
  "out": "map[a:2 b:3]"
 },
 {
  "tpl": "{{ dig \"c\" \"d\" \"x\" .m }}",
  "out": "deep"
 },
 {
  "tpl": "{{ dig \"c\" \"x\" \"def\" .m }}",
  "out": "def"
 },
 {
  "tpl": "{{ dig \"a\" \"def\" .m }}",
  "out": "1"
 },
 {
  "tpl": "{{ dig \"a\" \"b\" \"def\" .m }}",
  "out": "",
  "err": "template: t:1:3: executing \"t\" at <dig \"a\" \"b\" \"def\" .m>: error calling dig: interface conversion: interface {} is float64, not map[string]interface {}"
 },
 {
  "tpl": "{{ dig \"a\" .m }}",
  "out": "",
  "err": "template: t:1:3: executing \"t\" at <dig \"a\" .m>: error calling dig: dig needs at least three arguments"
 },
 {
  "tpl": "{{ dig 1 \"def\" .m }}",
  "out": "",
  "err": "template: t:1:3: executing \"t\" at <dig 1 \"def\" .m>: error calling dig: interface conversion: interface {} is int, not string"
 },
 {
  "tpl": "{{ dig \"a\" \"def\" (split \",\" \"a\") }}",
  "out": "",
  "err": "template: t:1:3: executing \"t\" at <dig \"a\" \"def\" (split \",\" \"a\")>: error calling dig: interface conversion: interface {} is map[string]string, not map[string]interface {}"
 },
 {
  "tpl": "{{ deepCopy .m }}",
  "out": "map[a:1 b:2 c:map[d:deep]]"
 },
 {
  "tpl": "{{ mustDeepCopy .list }}",
  "out": "[a b c]"
 },
 {
  "tpl": "{{ deepCopy nil }}",
  "out": "",
  "err": "template: t:1:3: executing \"t\" at <deepCopy nil>: error calling deepCopy: reflect: call of reflect.Value.Type on zero Value"
 },
 {
  "tpl": "{{ mergeOverwrite (dict \"a\" 1) (dict \"a\" nil) }}",
  "out": "map[a:<nil>]"
 },
 {
  "tpl": "{{ merge (dict \"a\" \"\") (dict \"a\" \"x\") }}",
  "out": "map[a:x]"
 },
 {
  "tpl": "{{ merge (dict \"a\" 0) (dict \"a\" 5) }}",
  "out": "map[a:5]"
 },
 {
  "tpl": "{{ merge (dict \"a\" false) (dict \"a\" true) }}",
  "out": "map[a:true]"
 },
 {
  "tpl": "{{ mergeOverwrite (dict \"a\" 1) (dict \"a\" 0) }}",
  "out": "map[a:0]"
 },
 {
  "tpl": "{{ mergeOverwrite (dict \"a\" 1) (dict \"a\" false) }}",
  "out": "map[a:false]"
 },
 {
  "tpl": "{{ mergeOverwrite (dict \"a\" (list 1)) (dict \"a\" (list)) }}",
  "out": "map[a:[]]"
 },
 {
  "tpl": "{{ merge (dict \"a\" (list)) (dict \"a\" (list 1)) }}",
  "out": "map[a:[1]]"
 },
 {
  "tpl": "{{ merge (dict) (dict \"a\" (list 1)) }}",
  "out": "map[a:[1]]"
 },
 {
  "tpl": "{{ merge (dict \"x\" 1) (dict \"a\" (list 1)) }}",
  "out": "map[a:[1] x:1]"
 },
 {
  "tpl": "{{ mergeOverwrite (dict \"a\" (dict \"b\" 1)) (dict \"a\" (dict)) }}",
  "out": "map[a:map[b:1]]"
 },
 {
  "tpl": "{{ merge (dict \"a\" (dict)) (dict \"a\" (dict \"b\" 1)) }}",
  "out": "map[a:map[b:1]]"
 },
 {
  "tpl": "{{ merge (dict \"a\" \"s\") (dict \"a\" (dict \"b\" 1)) }}",
  "out": "map[a:s]"
 },
 {
  "tpl": "{{ mergeOverwrite (dict \"a\" \"s\") (dict \"a\" (dict \"b\" 1)) }}",
  "out": "map[a:map[b:1]]"
 },
 {
  "tpl": "{{ merge (dict \"a\" (dict \"b\" 1)) (dict \"a\" \"s\") }}",
  "out": "map[a:map[b:1]]"
 },
 {
  "tpl": "{{ merge (dict \"a\" nil) (dict \"a\" (list 1)) }}",
  "out": "map[a:[1]]"
 },
 {
  "tpl": "{{ merge (dict \"a\" \"x\") (dict \"a\" (list 1)) }}",
  "out": "map[a:x]"
 },
 {
  "tpl": "{{ mergeOverwrite (dict \"a\" \"x\") (dict \"a\" (list 1)) }}",
  "out": "map[a:[1]]"
 },
 {
  "tpl": "{{ merge (dict \"a\" (list 2)) (dict \"a\" (list 1) \"b\" (list 3)) }}",
  "out": "map[a:[2] b:[3]]"
 },
 {
  "tpl": "{{ $s := dict \"n\" (dict \"x\" 1) }}{{ $d := merge (dict) $s }}{{ $_ := merge $d (dict \"n\" (dict \"y\" 2)) }}{{ $s }}",
  "out": "map[n:map[x:1 y:2]]"
 },
 {
  "tpl": "{{ merge (dict \"a\" 1) }}",
  "out": "map[a:1]"
 },
 {
  "tpl": "{{ merge .m (dict \"z\" 1) }}{{ .m }}",
  "out": "map[a:1 b:2 c:map[d:deep] z:1]map[a:1 b:2 c:map[d:deep] z:1]"
 },
 {
  "tpl": "{{ mustMerge (dict \"a\" 1) (dict \"b\" 2) }}",
  "out": "map[a:1 b:2]"
 },
 {
  "tpl": "{{ mustMergeOverwrite (dict \"a\" 1) (dict \"a\" 2) }}",
  "out": "map[a:2]"
 },
 {
  "tpl": "{{ get nil \"a\" }}",
  "out": ""
 },
 {
  "tpl": "{{ set nil \"a\" 1 }}",
  "out": "",
  "err": "template: t:1:3: executing \"t\" at <set nil \"a\" 1>: error calling set: assignment to entry in nil map"
 },
 {
  "tpl": "{{ hasKey nil \"a\" }}",
  "out": "false"
 },
 {
  "tpl": "{{ keys }}",
  "out": "[]"
 },
 {
  "tpl": "{{ pick nil \"a\" }}",
  "out": "map[]"
 },
 {
  "tpl": "{{ merge nil (dict \"a\" 1) }}",
  "out": "map[a:1]"
 },
 {
  "tpl": "{{ unset nil \"a\" }}",
  "out": "map[]"
 },
 {
  "tpl": "{{ values nil }}",
  "out": "[]"
 },
 {
  "tpl": "{{ default \"d\" .e }}",
  "out": "d"
 },
 {
  "tpl": "{{ default \"d\" .z }}",
  "out": "d"
 },
 {
  "tpl": "{{ default \"d\" .s }}",
  "out": "str"
 },
 {
  "tpl": "{{ default \"d\" .emap }}",
  "out": "d"
 },
 {
  "tpl": "{{ default \"d\" }}",
  "out": "d"
 },
 {
  "tpl": "{{ default \"d\" .nul }}",
  "out": "d"
 },
 {
  "tpl": "{{ default \"d\" .missing }}",
  "out": "d"
 },
 {
  "tpl": "{{ empty .nul }}",
  "out": "true"
 },
 {
  "tpl": "{{ empty .e }}",
  "out": "true"
 },
 {
  "tpl": "{{ empty .list }}",
  "out": "false"
 },
 {
  "tpl": "{{ empty 0 }}",
  "out": "true"
 },
 {
  "tpl": "{{ empty .fl }}",
  "out": "false"
 },
 {
  "tpl": "{{ empty }}",
  "out": "",
  "err": "template: t:1:3: executing \"t\" at <empty>: wrong number of args for empty: want 1 got 0"
 },
 {
  "tpl": "{{ coalesce .nul .e .s }}",
  "out": "str"
 },
 {
  "tpl": "{{ coalesce }}",
  "out": "<no value>"
 },
 {
  "tpl": "{{ all }}",
  "out": "true"
 },
 {
  "tpl": "{{ all 1 \"\" }}",
  "out": "false"
 },
 {
  "tpl": "{{ any }}",
  "out": "false"
 },
 {
  "tpl": "{{ any 0 .s }}",
  "out": "true"
 },
 {
  "tpl": "{{ ternary \"a\" \"b\" true }}",
  "out": "a"
 },
 {
  "tpl": "{{ ternary \"a\" \"b\" .b }}",
  "out": "a"
 },
 {
  "tpl": "{{ ternary \"a\" \"b\" 1 }}",
  "out": "",
  "err": "template: t:1:19: executing \"t\" at <1>: expected bool; found 1"
 },
 {
  "tpl": "{{ ternary \"a\" \"b\" nil }}",
  "out": "",
  "err": "template: t:1:19: executing \"t\" at <nil>: cannot assign nil to bool"
 },
 {
  "tpl": "{{ fromJson \"{\\\"a\\\":1}\" }}",
  "out": "map[a:1]"
 },
 {
  "tpl": "{{ fromJson \"bad\" }}",
  "out": "<no value>"
 },
 {
  "tpl": "{{ mustFromJson \"[1,2\" }}",
  "out": "",
  "err": "template: t:1:3: executing \"t\" at <mustFromJson \"[1,2\">: error calling mustFromJson: unexpected end of JSON input"
 },
 {
  "tpl": "{{ mustFromJson \"{\\\"a\\\" 1}\" }}",
  "out": "",
  "err": "template: t:1:3: executing \"t\" at <mustFromJson \"{\\\"a\\\" 1}\">: error calling mustFromJson: invalid character '1' after object key"
 },
 {
  "tpl": "{{ mustFromJson \"{\\\"a\\\":1,}\" }}",
  "out": "",
  "err": "template: t:1:3: executing \"t\" at <mustFromJson \"{\\\"a\\\":1,}\">: error calling mustFromJson: invalid character '}' looking for beginning of object key string"
 },
 {
  "tpl": "{{ mustFromJson \"\\\"\\\\x\\\"\" }}",
  "out": "",
  "err": "template: t:1:3: executing \"t\" at <mustFromJson \"\\\"\\\\x\\\"\">: error calling mustFromJson: invalid character 'x' in string escape code"
 },
 {
  "tpl": "{{ mustFromJson \"\\\"\\\\u12\\\"\" }}",
  "out": "",
  "err": "template: t:1:3: executing \"t\" at <mustFromJson \"\\\"\\\\u12\\\"\">: error calling mustFromJson: invalid character '\"' in \\u hexadecimal character escape"
 },
 {
  "tpl": "{{ mustFromJson \"1.e5\" }}",
  "out": "",
  "err": "template: t:1:3: executing \"t\" at <mustFromJson \"1.e5\">: error calling mustFromJson: invalid character 'e' after decimal point in numeric literal"
 },
 {
  "tpl": "{{ mustFromJson \"-x\" }}",
  "out": "",
  "err": "template: t:1:3: executing \"t\" at <mustFromJson \"-x\">: error calling mustFromJson: invalid character 'x' in numeric literal"
 },
 {
  "tpl": "{{ mustFromJson \"1e\" }}",
  "out": "",
  "err": "template: t:1:3: executing \"t\" at <mustFromJson \"1e\">: error calling mustFromJson: invalid character ' ' in exponent of numeric literal"
 },
 {
  "tpl": "{{ mustFromJson \"01\" }}",
  "out": "",
  "err": "template: t:1:3: executing \"t\" at <mustFromJson \"01\">: error calling mustFromJson: invalid character '1' after top-level value"
 },
 {
  "tpl": "{{ mustFromJson \"tru\" }}",
  "out": "",
  "err": "template: t:1:3: executing \"t\" at <mustFromJson \"tru\">: error calling mustFromJson: invalid character ' ' in literal true (expecting 'e')"
 },
 {
  "tpl": "{{ mustFromJson \"nul\" }}",
  "out": "",
  "err": "template: t:1:3: executing \"t\" at <mustFromJson \"nul\">: error calling mustFromJson: invalid character ' ' in literal null (expecting 'l')"
 },
 {
  "tpl": "{{ mustFromJson \"[1 2]\" }}",
  "out": "",
  "err": "template: t:1:3: executing \"t\" at <mustFromJson \"[1 2]\">: error calling mustFromJson: invalid character '2' after array element"
 },
 {
  "tpl": "{{ mustFromJson \"{1:2}\" }}",
  "out": "",
  "err": "template: t:1:3: executing \"t\" at <mustFromJson \"{1:2}\">: error calling mustFromJson: invalid character '1' looking for beginning of object key string"
 },
 {
  "tpl": "{{ mustFromJson \"\\\"a\" }}",
  "out": "",
  "err": "template: t:1:3: executing \"t\" at <mustFromJson \"\\\"a\">: error calling mustFromJson: unexpected end of JSON input"
 },
 {
  "tpl": "{{ mustFromJson \"1e400\" }}",
  "out": "",
  "err": "template: t:1:3: executing \"t\" at <mustFromJson \"1e400\">: error calling mustFromJson: json: cannot unmarshal number 1e400 into Go value of type float64"
 },
 {
  "tpl": "{{ mustFromJson \"[1e400, x]\" }}",
  "out": "",
  "err": "template: t:1:3: executing \"t\" at <mustFromJson \"[1e400, x]\">: error calling mustFromJson: invalid character 'x' looking for beginning of value"
 },
 {
  "tpl": "{{ mustFromJson \"\\\"\\\\ud800\\\"\" }}",
  "out": "�"
 },
 {
  "tpl": "{{ mustFromJson \"\\\"é\\\"\" }}",
  "out": "é"
 },
 {
  "tpl": "{{ mustFromJson \" {} \" }}",
  "out": "map[]"
 },
 {
  "tpl": "{{ mustFromJson \"{\\\"a\\\":1,\\\"a\\\":2}\" }}",
  "out": "map[a:2]"
 },
 {
  "tpl": "{{ mustFromJson \"\\u00e9\" }}",
  "out": "",
  "err": "template: t:1:3: executing \"t\" at <mustFromJson \"\\u00e9\">: error calling mustFromJson: invalid character 'Ã' looking for beginning of value"
 },
 {
  "tpl": "{{ mustFromJson \"[]x\" }}",
  "out": "",
  "err": "template: t:1:3: executing \"t\" at <mustFromJson \"[]x\">: error calling mustFromJson: invalid character 'x' after top-level value"
 },
 {
  "tpl": "{{ mustFromJson \"\\t\" }}",
  "out": "",
  "err": "template: t:1:3: executing \"t\" at <mustFromJson \"\\t\">: error calling mustFromJson: unexpected end of JSON input"
 },
 {
  "tpl": "{{ toJson .m }}",
  "out": "{\"a\":1,\"b\":2,\"c\":{\"d\":\"deep\"},\"z\":1}"
 },
 {
  "tpl": "{{ toJson .uni }}",
  "out": "\"héllo wörld ☺\""
 },
 {
  "tpl": "{{ toJson \"<>&\" }}",
  "out": "\"\\u003c\\u003e\\u0026\""
 },
 {
  "tpl": "{{ toJson .small }}",
  "out": "0.000001"
 },
 {
  "tpl": "{{ toJson 1e21 }}",
  "out": "1e+21"
 },
 {
  "tpl": "{{ toJson .big }}",
  "out": "123456789"
 },
 {
  "tpl": "{{ toPrettyJson .m }}",
  "out": "{\n  \"a\": 1,\n  \"b\": 2,\n  \"c\": {\n    \"d\": \"deep\"\n  },\n  \"z\": 1\n}"
 },
 {
  "tpl": "{{ toPrettyJson .list }}",
  "out": "[\n  \"a\",\n  \"b\",\n  \"c\"\n]"
 },
 {
  "tpl": "{{ toRawJson \"<a>\" }}",
  "out": "\"<a>\""
 },
 {
  "tpl": "{{ mustToJson .nums }}",
  "out": "[1,2,3]"
 },
 {
  "tpl": "{{ toJson (list) }}",
  "out": "[]"
 },
 {
  "tpl": "{{ toJson nil }}",
  "out": "null"
 },
 {
  "tpl": "{{ toJson (dict \"a\" (list)) }}",
  "out": "{\"a\":[]}"
 },
 {
  "tpl": "{{ toJson 1.5 }}",
  "out": "1.5"
 },
 {
  "tpl": "{{ toJson .neg }}",
  "out": "-2.5"
 },
 {
  "tpl": "{{ toJson \"\\u2028\\u0001\\b\\f\\t\" }}",
  "out": "\"\\u2028\\u0001\\b\\f\\t\""
 },
 {
  "tpl": "{{ toJson (b64dec \"aGk=\") }}",
  "out": "\"hi\""
 },
 {
  "tpl": "{{ toJson 0.000001 }}",
  "out": "0.000001"
 },
 {
  "tpl": "{{ toJson 1e-7 }}",
  "out": "1e-7"
 },
 {
  "tpl": "{{ toJson 123456789012345678 }}",
  "out": "123456789012345678"
 },
 {
  "tpl": "{{ toJson 1e20 }}",
  "out": "100000000000000000000"
 },
 {
  "tpl": "{{ toJson (split \",\" \"a\") }}",
  "out": "{\"_0\":\"a\"}"
 },
 {
  "tpl": "{{ toPrettyJson (dict) }}",
  "out": "{}"
 },
 {
  "tpl": "{{ toPrettyJson nil }}",
  "out": "null"
 },
 {
  "tpl": "{{ toRawJson .m }}",
  "out": "{\"a\":1,\"b\":2,\"c\":{\"d\":\"deep\"},\"z\":1}"
 },
 {
  "tpl": "{{ toJson .emap }}",
  "out": "{}"
 },
 {
  "tpl": "{{ toJson (toStrings .nums) }}",
  "out": "[\"1\",\"2\",\"3\"]"
 },
 {
  "tpl": "{{ fail \"boom\" }}",
  "out": "",
  "err": "template: t:1:3: executing \"t\" at <fail \"boom\">: error calling fail: boom"
 },
 {
  "tpl": "{{ fail \"\" }}",
  "out": "",
  "err": "template: t:1:3: executing \"t\" at <fail \"\">: error calling fail: "
 },
 {
  "tpl": "{{ b64enc .uni }}",
  "out": "aMOpbGxvIHfDtnJsZCDimLo="
 },
 {
  "tpl": "{{ b64dec \"aGk\" }}",
  "out": "illegal base64 data at input byte 0"
 },
 {
  "tpl": "{{ b64dec \"aGk=x\" }}",
  "out": "illegal base64 data at input byte 4"
 },
 {
  "tpl": "{{ b64dec \"a\" }}",
  "out": "illegal base64 data at input byte 0"
 },
 {
  "tpl": "{{ b64dec \"====\" }}",
  "out": "illegal base64 data at input byte 0"
 },
 {
  "tpl": "{{ b64dec \"aG\\nk=\" }}",
  "out": "hi"
 },
 {
  "tpl": "{{ b64dec \"aGk==\" }}",
  "out": "illegal base64 data at input byte 4"
 },
 {
  "tpl": "{{ b64dec \"aGk=\\n\" }}",
  "out": "hi"
 },
 {
  "tpl": "{{ b64dec \"\" | quote }}",
  "out": "\"\""
 },
 {
  "tpl": "{{ b64dec \"aGVsbG8gd29ybGQ\" }}",
  "out": "illegal base64 data at input byte 12"
 },
 {
  "tpl": "{{ b64dec \"aA=\" }}",
  "out": "illegal base64 data at input byte 3"
 },
 {
  "tpl": "{{ b64dec \"aA=a\" }}",
  "out": "illegal base64 data at input byte 2"
 },
 {
  "tpl": "{{ b32enc .uni }}",
  "out": "NDB2S3DMN4QHPQ5WOJWGIIHCTC5A===="
 },
 {
  "tpl": "{{ b32enc \"\" | quote }}",
  "out": "\"\""
 },
 {
  "tpl": "{{ b32dec \"NBSWY3DP\" }}",
  "out": "hello"
 },
 {
  "tpl": "{{ b32dec \"NBSWY3D\" }}",
  "out": "illegal base32 data at input byte 0"
 },
 {
  "tpl": "{{ b32dec \"NBSWY3DP======\" }}",
  "out": "illegal base32 data at input byte 8"
 },
 {
  "tpl": "{{ b32dec \"ME=====\" }}",
  "out": "illegal base32 data at input byte 7"
 },
 {
  "tpl": "{{ b32dec \"MZXW6===\" }}",
  "out": "foo"
 },
 {
  "tpl": "{{ b32dec \"MZXW6YQ=\" }}",
  "out": "foob"
 },
 {
  "tpl": "{{ b32dec \"MZXW6YQ\" }}",
  "out": "illegal base32 data at input byte 0"
 },
 {
  "tpl": "{{ b32dec \"M=======\" }}",
  "out": "illegal base32 data at input byte 1"
 },
 {
  "tpl": "{{ b32dec \"MZX=====\" }}",
  "out": "illegal base32 data at input byte 3"
 },
 {
  "tpl": "{{ b32dec \"mzxw6yq=\" }}",
  "out": "illegal base32 data at input byte 0"
 },
 {
  "tpl": "{{ b32dec \"MZXW\\n6YQ=\" }}",
  "out": "foob"
 },
 {
  "tpl": "{{ b32dec \"MZXW6YQ=ME======\" }}",
  "out": "illegal base32 data at input byte 7"
 },
 {
  "tpl": "{{ b32dec \"\" | quote }}",
  "out": "\"\""
 },
 {
  "tpl": "{{ b64enc \"\" | quote }}",
  "out": "\"\""
 },
 {
  "tpl": "{{ b64dec \"!!!!\" }}",
  "out": "illegal base64 data at input byte 0"
 },
 {
  "tpl": "{{ typeOf .m }}",
  "out": "map[string]interface {}"
 },
 {
  "tpl": "{{ typeOf .n }}",
  "out": "float64"
 },
 {
  "tpl": "{{ typeOf nil }}",
  "out": "<nil>"
 },
 {
  "tpl": "{{ typeOf (list) }}",
  "out": "[]interface {}"
 },
 {
  "tpl": "{{ typeOf (toStrings .nums) }}",
  "out": "[]string"
 },
 {
  "tpl": "{{ typeOf (int 1) }}",
  "out": "int"
 },
 {
  "tpl": "{{ typeOf (int64 1) }}",
  "out": "int64"
 },
 {
  "tpl": "{{ typeIs \"float64\" .n }}",
  "out": "true"
 },
 {
  "tpl": "{{ typeIsLike \"map[string]interface {}\" .m }}",
  "out": "true"
 },
 {
  "tpl": "{{ kindOf .m }}",
  "out": "map"
 },
 {
  "tpl": "{{ kindOf nil }}",
  "out": "invalid"
 },
 {
  "tpl": "{{ kindOf .list }}",
  "out": "slice"
 },
 {
  "tpl": "{{ kindOf .s }}",
  "out": "string"
 },
 {
  "tpl": "{{ kindIs \"map\" .m }}",
  "out": "true"
 },
 {
  "tpl": "{{ deepEqual .list (list \"a\" \"b\" \"c\") }}",
  "out": "true"
 },
 {
  "tpl": "{{ deepEqual 1 1 }}",
  "out": "true"
 },
 {
  "tpl": "{{ deepEqual .n 3 }}",
  "out": "false"
 },
 {
  "tpl": "{{ deepEqual nil nil }}",
  "out": "true"
 },
 {
  "tpl": "{{ deepEqual (dict) .emap }}",
  "out": "true"
 },
 {
  "tpl": "{{ deepEqual (toStrings (list \"a\")) (list \"a\") }}",
  "out": "false"
 },
 {
  "tpl": "{{ typeOf (b64dec \"aGk=\") }}",
  "out": "string"
 },
 {
  "tpl": "{{ kindOf (b64dec \"aGk=\") }}",
  "out": "string"
 },
 {
  "tpl": "{{ typeOf 1.5 }}",
  "out": "float64"
 },
 {
  "tpl": "{{ typeOf \"s\" }}",
  "out": "string"
 },
 {
  "tpl": "{{ typeOf true }}",
  "out": "bool"
 },
 {
  "tpl": "{{ kindOf 1 }}",
  "out": "int"
 },
 {
  "tpl": "{{ kindIs \"invalid\" nil }}",
  "out": "true"
 },
 {
  "tpl": "{{ typeIs \"<nil>\" nil }}",
  "out": "true"
 },
 {
  "tpl": "{{ typeOf (dict) }}",
  "out": "map[string]interface {}"
 },
 {
  "tpl": "{{ typeOf (split \",\" \"a\") }}",
  "out": "map[string]string"
 }
]
"###;

#[test]
fn sprig_core_agrees_with_go() {
    let cases: Vec<serde_json::Value> = serde_json::from_str(ORACLE).expect("oracle json");
    let data = Value::from_json(&serde_json::from_str(DATA).expect("data json"));
    let mut failures = vec![];
    for c in &cases {
        let tmpl = c["tpl"].as_str().unwrap_or_default();
        let want_out = c["out"].as_str().unwrap_or_default();
        let want_err = c["err"].as_str().unwrap_or_default();
        let mut set = Templates::new("root", gotemplate::sprig::funcs());
        set.set_missing_key(MissingKey::Zero);
        let mut out = String::new();
        let err = match set.parse("t", tmpl) {
            Err(e) => e.to_string(),
            Ok(()) => match set.execute_into("t", &data, &mut out) {
                Ok(()) => String::new(),
                Err(e) => e.to_string(),
            },
        };
        if out != want_out || err != want_err {
            failures.push(format!(
                "{tmpl}\n  want out {want_out:?} err {want_err:?}\n  got  out {out:?} err {err:?}"
            ));
        }
    }
    for f in &failures {
        println!("{f}");
    }
    println!(
        "{} of {} cases agree with Go",
        cases.len() - failures.len(),
        cases.len()
    );
    assert!(
        failures.is_empty(),
        "{} cases differ from Go",
        failures.len()
    );
}
