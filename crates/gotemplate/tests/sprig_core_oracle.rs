//! Differential test against Go: every template below was run by Go 1.26's text/template with
//! Sprig v3.3.0's `TxtFuncMap()` (without `env`/`expandenv`, `missingkey=zero`, the data in
//! [`DATA`]), by the generator program kept in [`GENERATOR`] (its JSON output re-encoded as ASCII). The same templates run here
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
"out": "\"h\u00e9llo w\u00f6rld \u263a\""
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
"out": "h\u00e9"
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
"out": "U+263A '\u263a'"
},
{
"tpl": "{{ printf \"%c\" -1 }}",
"out": "\ufffd"
},
{
"tpl": "{{ printf \"%q\" 1114112 }}",
"out": "'\ufffd'"
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
"tpl": "{{ printf \"%\u00e9\" 1 }}",
"out": "%!\u00e9(int=1)"
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
"out": "H\u00c9LLO W\u00d6RLD \u263a"
},
{
"tpl": "{{ lower \"\u00c0B\u00c7\" }}",
"out": "\u00e0b\u00e7"
},
{
"tpl": "{{ title \"hello w\u00f6rld-x y_z o'neil\" }}",
"out": "Hello W\u00f6rld-X Y_z O'Neil"
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
"out": "\"\u00e9\""
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
"out": "\"h\u00c3\u00a9llow\u00c3\u00b6rld\u00e2\\u0098\u00ba\""
},
{
"tpl": "{{ nospace \"a b\tc\" }}",
"out": "abc"
},
{
"tpl": "{{ trunc 5 .uni | quote }}",
"out": "\"h\u00e9ll\""
},
{
"tpl": "{{ trunc -5 .uni | quote }}",
"out": "\"d \u263a\""
},
{
"tpl": "{{ trunc 2 \"h\u00e9llo\" | quote }}",
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
"out": "hw\u00e2"
},
{
"tpl": "{{ initials \"a-b c\" }}",
"out": "ac"
},
{
"tpl": "{{ wrap 5 .uni | quote }}",
"out": "\"h\u00e9llo\\nw\u00f6rld\\n\u263a\""
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
"out": "  h\u00e9llo w\u00f6rld \u263a"
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
"out": "h\u00e9LLo w\u00f6rLd \u263a"
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
"out": "H\u00c9LLO W\u00d6RLD \u263a"
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
"tpl": "{{ splitList \"\" \"h\u00e9llo\" }}",
"out": "[h \u00e9 l l o]"
},
{
"tpl": "{{ splitn \"\" 2 \"h\u00e9llo\" }}",
"out": "map[_0:h _1:\u00e9llo]"
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
"tpl": "{{ title \"\u01c6emal\" }}",
"out": "\u01c5emal"
},
{
"tpl": "{{ upper \"\u01c6 \u00df \ufb01\" }}",
"out": "\u01c4 \u00df \ufb01"
},
{
"tpl": "{{ lower \"\u0130I\" }}",
"out": "ii"
},
{
"tpl": "{{ snakecase \"\u216b Roman\" }}",
"out": "\u216b_roman"
},
{
"tpl": "{{ swapcase \"\u01c5\" }}",
"out": "\u01c6"
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
"out": "\ufffd"
},
{
"tpl": "{{ mustFromJson \"\\\"\u00e9\\\"\" }}",
"out": "\u00e9"
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
"err": "template: t:1:3: executing \"t\" at <mustFromJson \"\\u00e9\">: error calling mustFromJson: invalid character '\u00c3' looking for beginning of value"
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
"out": "\"h\u00e9llo w\u00f6rld \u263a\""
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
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" 11133106816.568039 11133106816.568039 11133106816.568039 11133106816.568039 11133106816.568039 11133106816.568039 11133106816.568039 11133106816.568039 11133106816.568039 11133106816.568039 }}",
"out": "1.1133106816568039e+10|1.113311e+10|11133106816.568|1.1133106816568039e+10|1.113310682e+10|0x1.4bcadd4048b58p+33|1.11E+10|1.1133106816568039e+10|11133106817|1.1133106816568039E+10"
},
{
"tpl": "{{ toJson 11133106816.568039 }} {{ toString 11133106816.568039 }} {{ int64 11133106816.568039 }} {{ 11133106816.568039 }}",
"out": "11133106816.568039 1.1133106816568039e+10 11133106816 1.1133106816568039e+10"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" 2.232107381488228e-15 2.232107381488228e-15 2.232107381488228e-15 2.232107381488228e-15 2.232107381488228e-15 2.232107381488228e-15 2.232107381488228e-15 2.232107381488228e-15 2.232107381488228e-15 2.232107381488228e-15 }}",
"out": "2.232107381488228e-15|2.232107e-15|0.000|2.232107381488228e-15|2.232107381e-15|0x1.41ae3a2b445cbp-49|2.23E-15|2.232107381488228e-15|0|2.232107381488228E-15"
},
{
"tpl": "{{ toJson 2.232107381488228e-15 }} {{ toString 2.232107381488228e-15 }} {{ int64 2.232107381488228e-15 }} {{ 2.232107381488228e-15 }}",
"out": "2.232107381488228e-15 2.232107381488228e-15 0 2.232107381488228e-15"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" 74066774466767.58 74066774466767.58 74066774466767.58 74066774466767.58 74066774466767.58 74066774466767.58 74066774466767.58 74066774466767.58 74066774466767.58 74066774466767.58 }}",
"out": "7.406677446676758e+13|7.406677e+13|74066774466767.578|7.406677446676758e+13|7.406677447e+13|0x1.0d740f20833e5p+46|7.41E+13|7.406677446676758e+13|74066774466768|7.406677446676758E+13"
},
{
"tpl": "{{ toJson 74066774466767.58 }} {{ toString 74066774466767.58 }} {{ int64 74066774466767.58 }} {{ 74066774466767.58 }}",
"out": "74066774466767.58 7.406677446676758e+13 74066774466767 7.406677446676758e+13"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" -42192181.96852704 -42192181.96852704 -42192181.96852704 -42192181.96852704 -42192181.96852704 -42192181.96852704 -42192181.96852704 -42192181.96852704 -42192181.96852704 -42192181.96852704 }}",
"out": "-4.219218196852704e+07|-4.219218e+07|-42192181.969|-4.219218196852704e+07|-42192181.97|-0x1.41e69afbf8b1bp+25|-4.22E+07|-4.219218196852704e+07|-42192182|-4.219218196852704E+07"
},
{
"tpl": "{{ toJson -42192181.96852704 }} {{ toString -42192181.96852704 }} {{ int64 -42192181.96852704 }} {{ -42192181.96852704 }}",
"out": "-42192181.96852704 -4.219218196852704e+07 -42192181 -4.219218196852704e+07"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" 2.3266089339073963e-17 2.3266089339073963e-17 2.3266089339073963e-17 2.3266089339073963e-17 2.3266089339073963e-17 2.3266089339073963e-17 2.3266089339073963e-17 2.3266089339073963e-17 2.3266089339073963e-17 2.3266089339073963e-17 }}",
"out": "2.3266089339073963e-17|2.326609e-17|0.000|2.3266089339073963e-17|2.326608934e-17|0x1.ad2f001f9b8b8p-56|2.33E-17|2.3266089339073963e-17|0|2.3266089339073963E-17"
},
{
"tpl": "{{ toJson 2.3266089339073963e-17 }} {{ toString 2.3266089339073963e-17 }} {{ int64 2.3266089339073963e-17 }} {{ 2.3266089339073963e-17 }}",
"out": "2.3266089339073963e-17 2.3266089339073963e-17 0 2.3266089339073963e-17"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" 198837.6506866485 198837.6506866485 198837.6506866485 198837.6506866485 198837.6506866485 198837.6506866485 198837.6506866485 198837.6506866485 198837.6506866485 198837.6506866485 }}",
"out": "198837.6506866485|1.988377e+05|198837.651|198837.6506866485|198837.6507|0x1.845ad349b339ap+17|1.99E+05|198837.6506866485|198838|198837.6506866485"
},
{
"tpl": "{{ toJson 198837.6506866485 }} {{ toString 198837.6506866485 }} {{ int64 198837.6506866485 }} {{ 198837.6506866485 }}",
"out": "198837.6506866485 198837.6506866485 198837 198837.6506866485"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" 41951.98209616588 41951.98209616588 41951.98209616588 41951.98209616588 41951.98209616588 41951.98209616588 41951.98209616588 41951.98209616588 41951.98209616588 41951.98209616588 }}",
"out": "41951.98209616588|4.195198e+04|41951.982|41951.98209616588|41951.9821|0x1.47bff6d54f03fp+15|4.20E+04|41951.98209616588|41952|41951.98209616588"
},
{
"tpl": "{{ toJson 41951.98209616588 }} {{ toString 41951.98209616588 }} {{ int64 41951.98209616588 }} {{ 41951.98209616588 }}",
"out": "41951.98209616588 41951.98209616588 41951 41951.98209616588"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" -8.094304566778266e-13 -8.094304566778266e-13 -8.094304566778266e-13 -8.094304566778266e-13 -8.094304566778266e-13 -8.094304566778266e-13 -8.094304566778266e-13 -8.094304566778266e-13 -8.094304566778266e-13 -8.094304566778266e-13 }}",
"out": "-8.094304566778266e-13|-8.094305e-13|-0.000|-8.094304566778266e-13|-8.094304567e-13|-0x1.c7ab38f5a892p-41|-8.09E-13|-8.094304566778266e-13|-0|-8.094304566778266E-13"
},
{
"tpl": "{{ toJson -8.094304566778266e-13 }} {{ toString -8.094304566778266e-13 }} {{ int64 -8.094304566778266e-13 }} {{ -8.094304566778266e-13 }}",
"out": "-8.094304566778266e-13 -8.094304566778266e-13 0 -8.094304566778266e-13"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" 1.5965931637689011e+21 1.5965931637689011e+21 1.5965931637689011e+21 1.5965931637689011e+21 1.5965931637689011e+21 1.5965931637689011e+21 1.5965931637689011e+21 1.5965931637689011e+21 1.5965931637689011e+21 1.5965931637689011e+21 }}",
"out": "1.5965931637689011e+21|1.596593e+21|1596593163768901140480.000|1.5965931637689011e+21|1.596593164e+21|0x1.5a34b97d56b9bp+70|1.60E+21|1.5965931637689011e+21|1596593163768901140480|1.5965931637689011E+21"
},
{
"tpl": "{{ toJson 1.5965931637689011e+21 }} {{ toString 1.5965931637689011e+21 }} {{ int64 1.5965931637689011e+21 }} {{ 1.5965931637689011e+21 }}",
"out": "1.5965931637689011e+21 1.5965931637689011e+21 -9223372036854775808 1.5965931637689011e+21"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" 1.5547949981178155e-13 1.5547949981178155e-13 1.5547949981178155e-13 1.5547949981178155e-13 1.5547949981178155e-13 1.5547949981178155e-13 1.5547949981178155e-13 1.5547949981178155e-13 1.5547949981178155e-13 1.5547949981178155e-13 }}",
"out": "1.5547949981178155e-13|1.554795e-13|0.000|1.5547949981178155e-13|1.554794998e-13|0x1.5e1bd45579d84p-43|1.55E-13|1.5547949981178155e-13|0|1.5547949981178155E-13"
},
{
"tpl": "{{ toJson 1.5547949981178155e-13 }} {{ toString 1.5547949981178155e-13 }} {{ int64 1.5547949981178155e-13 }} {{ 1.5547949981178155e-13 }}",
"out": "1.5547949981178155e-13 1.5547949981178155e-13 0 1.5547949981178155e-13"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" 1.0221027651984872e-09 1.0221027651984872e-09 1.0221027651984872e-09 1.0221027651984872e-09 1.0221027651984872e-09 1.0221027651984872e-09 1.0221027651984872e-09 1.0221027651984872e-09 1.0221027651984872e-09 1.0221027651984872e-09 }}",
"out": "1.0221027651984872e-09|1.022103e-09|0.000|1.0221027651984872e-09|1.022102765e-09|0x1.18f41687a96ep-30|1.02E-09|1.0221027651984872e-09|0|1.0221027651984872E-09"
},
{
"tpl": "{{ toJson 1.0221027651984872e-09 }} {{ toString 1.0221027651984872e-09 }} {{ int64 1.0221027651984872e-09 }} {{ 1.0221027651984872e-09 }}",
"out": "1.0221027651984872e-9 1.0221027651984872e-09 0 1.0221027651984872e-09"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" 8.474943663474598e-08 8.474943663474598e-08 8.474943663474598e-08 8.474943663474598e-08 8.474943663474598e-08 8.474943663474598e-08 8.474943663474598e-08 8.474943663474598e-08 8.474943663474598e-08 8.474943663474598e-08 }}",
"out": "8.474943663474598e-08|8.474944e-08|0.000|8.474943663474598e-08|8.474943663e-08|0x1.6bfefdb3f8394p-24|8.47E-08|8.474943663474598e-08|0|8.474943663474598E-08"
},
{
"tpl": "{{ toJson 8.474943663474598e-08 }} {{ toString 8.474943663474598e-08 }} {{ int64 8.474943663474598e-08 }} {{ 8.474943663474598e-08 }}",
"out": "8.474943663474598e-8 8.474943663474598e-08 0 8.474943663474598e-08"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" 4.345044292309719e+20 4.345044292309719e+20 4.345044292309719e+20 4.345044292309719e+20 4.345044292309719e+20 4.345044292309719e+20 4.345044292309719e+20 4.345044292309719e+20 4.345044292309719e+20 4.345044292309719e+20 }}",
"out": "4.345044292309719e+20|4.345044e+20|434504429230971879424.000|4.345044292309719e+20|4.345044292e+20|0x1.78df5d4484defp+68|4.35E+20|4.345044292309719e+20|434504429230971879424|4.345044292309719E+20"
},
{
"tpl": "{{ toJson 4.345044292309719e+20 }} {{ toString 4.345044292309719e+20 }} {{ int64 4.345044292309719e+20 }} {{ 4.345044292309719e+20 }}",
"out": "434504429230971900000 4.345044292309719e+20 -9223372036854775808 4.345044292309719e+20"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" 9.731157639793705e-23 9.731157639793705e-23 9.731157639793705e-23 9.731157639793705e-23 9.731157639793705e-23 9.731157639793705e-23 9.731157639793705e-23 9.731157639793705e-23 9.731157639793705e-23 9.731157639793705e-23 }}",
"out": "9.731157639793705e-23|9.731158e-23|0.000|9.731157639793705e-23|9.73115764e-23|0x1.d691e58eb8526p-74|9.73E-23|9.731157639793705e-23|0|9.731157639793705E-23"
},
{
"tpl": "{{ toJson 9.731157639793705e-23 }} {{ toString 9.731157639793705e-23 }} {{ int64 9.731157639793705e-23 }} {{ 9.731157639793705e-23 }}",
"out": "9.731157639793705e-23 9.731157639793705e-23 0 9.731157639793705e-23"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" 293178.2814070929 293178.2814070929 293178.2814070929 293178.2814070929 293178.2814070929 293178.2814070929 293178.2814070929 293178.2814070929 293178.2814070929 293178.2814070929 }}",
"out": "293178.2814070929|2.931783e+05|293178.281|293178.2814070929|293178.2814|0x1.1e4e920292e53p+18|2.93E+05|293178.2814070929|293178|293178.2814070929"
},
{
"tpl": "{{ toJson 293178.2814070929 }} {{ toString 293178.2814070929 }} {{ int64 293178.2814070929 }} {{ 293178.2814070929 }}",
"out": "293178.2814070929 293178.2814070929 293178 293178.2814070929"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" 8.617069003107772e+26 8.617069003107772e+26 8.617069003107772e+26 8.617069003107772e+26 8.617069003107772e+26 8.617069003107772e+26 8.617069003107772e+26 8.617069003107772e+26 8.617069003107772e+26 8.617069003107772e+26 }}",
"out": "8.617069003107772e+26|8.617069e+26|861706900310777241068896256.000|8.617069003107772e+26|8.617069003e+26|0x1.6464c45585706p+89|8.62E+26|8.617069003107772e+26|861706900310777241068896256|8.617069003107772E+26"
},
{
"tpl": "{{ toJson 8.617069003107772e+26 }} {{ toString 8.617069003107772e+26 }} {{ int64 8.617069003107772e+26 }} {{ 8.617069003107772e+26 }}",
"out": "8.617069003107772e+26 8.617069003107772e+26 -9223372036854775808 8.617069003107772e+26"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" 695551488237409.2 695551488237409.2 695551488237409.2 695551488237409.2 695551488237409.2 695551488237409.2 695551488237409.2 695551488237409.2 695551488237409.2 695551488237409.2 }}",
"out": "6.955514882374092e+14|6.955515e+14|695551488237409.250|6.955514882374092e+14|6.955514882e+14|0x1.3c4cd9b08fb0ap+49|6.96E+14|6.955514882374092e+14|695551488237409|6.955514882374092E+14"
},
{
"tpl": "{{ toJson 695551488237409.2 }} {{ toString 695551488237409.2 }} {{ int64 695551488237409.2 }} {{ 695551488237409.2 }}",
"out": "695551488237409.2 6.955514882374092e+14 695551488237409 6.955514882374092e+14"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" -2.8938796360210715e+19 -2.8938796360210715e+19 -2.8938796360210715e+19 -2.8938796360210715e+19 -2.8938796360210715e+19 -2.8938796360210715e+19 -2.8938796360210715e+19 -2.8938796360210715e+19 -2.8938796360210715e+19 -2.8938796360210715e+19 }}",
"out": "-2.8938796360210715e+19|-2.893880e+19|-28938796360210714624.000|-2.8938796360210715e+19|-2.893879636e+19|-0x1.919b41f71dba1p+64|-2.89E+19|-2.8938796360210715e+19|-28938796360210714624|-2.8938796360210715E+19"
},
{
"tpl": "{{ toJson -2.8938796360210715e+19 }} {{ toString -2.8938796360210715e+19 }} {{ int64 -2.8938796360210715e+19 }} {{ -2.8938796360210715e+19 }}",
"out": "-28938796360210715000 -2.8938796360210715e+19 -9223372036854775808 -2.8938796360210715e+19"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" 8.664836667552697e-16 8.664836667552697e-16 8.664836667552697e-16 8.664836667552697e-16 8.664836667552697e-16 8.664836667552697e-16 8.664836667552697e-16 8.664836667552697e-16 8.664836667552697e-16 8.664836667552697e-16 }}",
"out": "8.664836667552697e-16|8.664837e-16|0.000|8.664836667552697e-16|8.664836668e-16|0x1.f37e6b681e516p-51|8.66E-16|8.664836667552697e-16|0|8.664836667552697E-16"
},
{
"tpl": "{{ toJson 8.664836667552697e-16 }} {{ toString 8.664836667552697e-16 }} {{ int64 8.664836667552697e-16 }} {{ 8.664836667552697e-16 }}",
"out": "8.664836667552697e-16 8.664836667552697e-16 0 8.664836667552697e-16"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" 0.6356844442644003 0.6356844442644003 0.6356844442644003 0.6356844442644003 0.6356844442644003 0.6356844442644003 0.6356844442644003 0.6356844442644003 0.6356844442644003 0.6356844442644003 }}",
"out": "0.6356844442644003|6.356844e-01|0.636|0.6356844442644003|0.6356844443|0x1.45786e756210cp-01|6.36E-01|0.6356844442644003|1|0.6356844442644003"
},
{
"tpl": "{{ toJson 0.6356844442644003 }} {{ toString 0.6356844442644003 }} {{ int64 0.6356844442644003 }} {{ 0.6356844442644003 }}",
"out": "0.6356844442644003 0.6356844442644003 0 0.6356844442644003"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" 3.552707002275215e-07 3.552707002275215e-07 3.552707002275215e-07 3.552707002275215e-07 3.552707002275215e-07 3.552707002275215e-07 3.552707002275215e-07 3.552707002275215e-07 3.552707002275215e-07 3.552707002275215e-07 }}",
"out": "3.552707002275215e-07|3.552707e-07|0.000|3.552707002275215e-07|3.552707002e-07|0x1.7d781104a42b3p-22|3.55E-07|3.552707002275215e-07|0|3.552707002275215E-07"
},
{
"tpl": "{{ toJson 3.552707002275215e-07 }} {{ toString 3.552707002275215e-07 }} {{ int64 3.552707002275215e-07 }} {{ 3.552707002275215e-07 }}",
"out": "3.552707002275215e-7 3.552707002275215e-07 0 3.552707002275215e-07"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" 936654587712494.0 936654587712494.0 936654587712494.0 936654587712494.0 936654587712494.0 936654587712494.0 936654587712494.0 936654587712494.0 936654587712494.0 936654587712494.0 }}",
"out": "9.36654587712494e+14|9.366546e+14|936654587712494.000|9.36654587712494e+14|9.366545877e+14|0x1.a9f0f1fd29f7p+49|9.37E+14|9.36654587712494e+14|936654587712494|9.36654587712494E+14"
},
{
"tpl": "{{ toJson 936654587712494.0 }} {{ toString 936654587712494.0 }} {{ int64 936654587712494.0 }} {{ 936654587712494.0 }}",
"out": "936654587712494 9.36654587712494e+14 936654587712494 9.36654587712494e+14"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" 634978288.1970602 634978288.1970602 634978288.1970602 634978288.1970602 634978288.1970602 634978288.1970602 634978288.1970602 634978288.1970602 634978288.1970602 634978288.1970602 }}",
"out": "6.349782881970602e+08|6.349783e+08|634978288.197|6.349782881970602e+08|634978288.2|0x1.2ec7ff8193945p+29|6.35E+08|6.349782881970602e+08|634978288|6.349782881970602E+08"
},
{
"tpl": "{{ toJson 634978288.1970602 }} {{ toString 634978288.1970602 }} {{ int64 634978288.1970602 }} {{ 634978288.1970602 }}",
"out": "634978288.1970602 6.349782881970602e+08 634978288 6.349782881970602e+08"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" 1.634024937619284e-15 1.634024937619284e-15 1.634024937619284e-15 1.634024937619284e-15 1.634024937619284e-15 1.634024937619284e-15 1.634024937619284e-15 1.634024937619284e-15 1.634024937619284e-15 1.634024937619284e-15 }}",
"out": "1.634024937619284e-15|1.634025e-15|0.000|1.634024937619284e-15|1.634024938e-15|0x1.d6f9c263edb52p-50|1.63E-15|1.634024937619284e-15|0|1.634024937619284E-15"
},
{
"tpl": "{{ toJson 1.634024937619284e-15 }} {{ toString 1.634024937619284e-15 }} {{ int64 1.634024937619284e-15 }} {{ 1.634024937619284e-15 }}",
"out": "1.634024937619284e-15 1.634024937619284e-15 0 1.634024937619284e-15"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" 6.399997598540929e+29 6.399997598540929e+29 6.399997598540929e+29 6.399997598540929e+29 6.399997598540929e+29 6.399997598540929e+29 6.399997598540929e+29 6.399997598540929e+29 6.399997598540929e+29 6.399997598540929e+29 }}",
"out": "6.399997598540929e+29|6.399998e+29|639999759854092890806109077504.000|6.399997598540929e+29|6.399997599e+29|0x1.027e6c96a669fp+99|6.40E+29|6.399997598540929e+29|639999759854092890806109077504|6.399997598540929E+29"
},
{
"tpl": "{{ toJson 6.399997598540929e+29 }} {{ toString 6.399997598540929e+29 }} {{ int64 6.399997598540929e+29 }} {{ 6.399997598540929e+29 }}",
"out": "6.399997598540929e+29 6.399997598540929e+29 -9223372036854775808 6.399997598540929e+29"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" 32428273441532.184 32428273441532.184 32428273441532.184 32428273441532.184 32428273441532.184 32428273441532.184 32428273441532.184 32428273441532.184 32428273441532.184 32428273441532.184 }}",
"out": "3.2428273441532184e+13|3.242827e+13|32428273441532.184|3.2428273441532184e+13|3.242827344e+13|0x1.d7e4bb81afc2fp+44|3.24E+13|3.2428273441532184e+13|32428273441532|3.2428273441532184E+13"
},
{
"tpl": "{{ toJson 32428273441532.184 }} {{ toString 32428273441532.184 }} {{ int64 32428273441532.184 }} {{ 32428273441532.184 }}",
"out": "32428273441532.184 3.2428273441532184e+13 32428273441532 3.2428273441532184e+13"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" -2.290480719641044e-27 -2.290480719641044e-27 -2.290480719641044e-27 -2.290480719641044e-27 -2.290480719641044e-27 -2.290480719641044e-27 -2.290480719641044e-27 -2.290480719641044e-27 -2.290480719641044e-27 -2.290480719641044e-27 }}",
"out": "-2.290480719641044e-27|-2.290481e-27|-0.000|-2.290480719641044e-27|-2.29048072e-27|-0x1.6af0efb0b4753p-89|-2.29E-27|-2.290480719641044e-27|-0|-2.290480719641044E-27"
},
{
"tpl": "{{ toJson -2.290480719641044e-27 }} {{ toString -2.290480719641044e-27 }} {{ int64 -2.290480719641044e-27 }} {{ -2.290480719641044e-27 }}",
"out": "-2.290480719641044e-27 -2.290480719641044e-27 0 -2.290480719641044e-27"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" -4.011647870223289e-10 -4.011647870223289e-10 -4.011647870223289e-10 -4.011647870223289e-10 -4.011647870223289e-10 -4.011647870223289e-10 -4.011647870223289e-10 -4.011647870223289e-10 -4.011647870223289e-10 -4.011647870223289e-10 }}",
"out": "-4.011647870223289e-10|-4.011648e-10|-0.000|-4.011647870223289e-10|-4.01164787e-10|-0x1.b915d95d95c92p-32|-4.01E-10|-4.011647870223289e-10|-0|-4.011647870223289E-10"
},
{
"tpl": "{{ toJson -4.011647870223289e-10 }} {{ toString -4.011647870223289e-10 }} {{ int64 -4.011647870223289e-10 }} {{ -4.011647870223289e-10 }}",
"out": "-4.011647870223289e-10 -4.011647870223289e-10 0 -4.011647870223289e-10"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" 9.429097143350544e+28 9.429097143350544e+28 9.429097143350544e+28 9.429097143350544e+28 9.429097143350544e+28 9.429097143350544e+28 9.429097143350544e+28 9.429097143350544e+28 9.429097143350544e+28 9.429097143350544e+28 }}",
"out": "9.429097143350544e+28|9.429097e+28|94290971433505442269314940928.000|9.429097143350544e+28|9.429097143e+28|0x1.30aba9dbb2e21p+96|9.43E+28|9.429097143350544e+28|94290971433505442269314940928|9.429097143350544E+28"
},
{
"tpl": "{{ toJson 9.429097143350544e+28 }} {{ toString 9.429097143350544e+28 }} {{ int64 9.429097143350544e+28 }} {{ 9.429097143350544e+28 }}",
"out": "9.429097143350544e+28 9.429097143350544e+28 -9223372036854775808 9.429097143350544e+28"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" 2.1262654405414061e-10 2.1262654405414061e-10 2.1262654405414061e-10 2.1262654405414061e-10 2.1262654405414061e-10 2.1262654405414061e-10 2.1262654405414061e-10 2.1262654405414061e-10 2.1262654405414061e-10 2.1262654405414061e-10 }}",
"out": "2.1262654405414061e-10|2.126265e-10|0.000|2.1262654405414061e-10|2.126265441e-10|0x1.d3921a62e35cp-33|2.13E-10|2.1262654405414061e-10|0|2.1262654405414061E-10"
},
{
"tpl": "{{ toJson 2.1262654405414061e-10 }} {{ toString 2.1262654405414061e-10 }} {{ int64 2.1262654405414061e-10 }} {{ 2.1262654405414061e-10 }}",
"out": "2.1262654405414061e-10 2.1262654405414061e-10 0 2.1262654405414061e-10"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" 9.145475897405436e+26 9.145475897405436e+26 9.145475897405436e+26 9.145475897405436e+26 9.145475897405436e+26 9.145475897405436e+26 9.145475897405436e+26 9.145475897405436e+26 9.145475897405436e+26 9.145475897405436e+26 }}",
"out": "9.145475897405436e+26|9.145476e+26|914547589740543571316965376.000|9.145475897405436e+26|9.145475897e+26|0x1.7a3f7e1748a1p+89|9.15E+26|9.145475897405436e+26|914547589740543571316965376|9.145475897405436E+26"
},
{
"tpl": "{{ toJson 9.145475897405436e+26 }} {{ toString 9.145475897405436e+26 }} {{ int64 9.145475897405436e+26 }} {{ 9.145475897405436e+26 }}",
"out": "9.145475897405436e+26 9.145475897405436e+26 -9223372036854775808 9.145475897405436e+26"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" 1.3963031952550632e-14 1.3963031952550632e-14 1.3963031952550632e-14 1.3963031952550632e-14 1.3963031952550632e-14 1.3963031952550632e-14 1.3963031952550632e-14 1.3963031952550632e-14 1.3963031952550632e-14 1.3963031952550632e-14 }}",
"out": "1.3963031952550632e-14|1.396303e-14|0.000|1.3963031952550632e-14|1.396303195e-14|0x1.f7123d0bc5719p-47|1.40E-14|1.3963031952550632e-14|0|1.3963031952550632E-14"
},
{
"tpl": "{{ toJson 1.3963031952550632e-14 }} {{ toString 1.3963031952550632e-14 }} {{ int64 1.3963031952550632e-14 }} {{ 1.3963031952550632e-14 }}",
"out": "1.3963031952550632e-14 1.3963031952550632e-14 0 1.3963031952550632e-14"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" 26274.160852293528 26274.160852293528 26274.160852293528 26274.160852293528 26274.160852293528 26274.160852293528 26274.160852293528 26274.160852293528 26274.160852293528 26274.160852293528 }}",
"out": "26274.160852293528|2.627416e+04|26274.161|26274.160852293528|26274.16085|0x1.9a88a4b676b0cp+14|2.63E+04|26274.160852293528|26274|26274.160852293528"
},
{
"tpl": "{{ toJson 26274.160852293528 }} {{ toString 26274.160852293528 }} {{ int64 26274.160852293528 }} {{ 26274.160852293528 }}",
"out": "26274.160852293528 26274.160852293528 26274 26274.160852293528"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" 5.835329249456562e+27 5.835329249456562e+27 5.835329249456562e+27 5.835329249456562e+27 5.835329249456562e+27 5.835329249456562e+27 5.835329249456562e+27 5.835329249456562e+27 5.835329249456562e+27 5.835329249456562e+27 }}",
"out": "5.835329249456562e+27|5.835329e+27|5835329249456561974585327616.000|5.835329249456562e+27|5.835329249e+27|0x1.2dadf0878b0fdp+92|5.84E+27|5.835329249456562e+27|5835329249456561974585327616|5.835329249456562E+27"
},
{
"tpl": "{{ toJson 5.835329249456562e+27 }} {{ toString 5.835329249456562e+27 }} {{ int64 5.835329249456562e+27 }} {{ 5.835329249456562e+27 }}",
"out": "5.835329249456562e+27 5.835329249456562e+27 -9223372036854775808 5.835329249456562e+27"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" -5.095262936764646e-22 -5.095262936764646e-22 -5.095262936764646e-22 -5.095262936764646e-22 -5.095262936764646e-22 -5.095262936764646e-22 -5.095262936764646e-22 -5.095262936764646e-22 -5.095262936764646e-22 -5.095262936764646e-22 }}",
"out": "-5.095262936764646e-22|-5.095263e-22|-0.000|-5.095262936764646e-22|-5.095262937e-22|-0x1.33fd60001699cp-71|-5.10E-22|-5.095262936764646e-22|-0|-5.095262936764646E-22"
},
{
"tpl": "{{ toJson -5.095262936764646e-22 }} {{ toString -5.095262936764646e-22 }} {{ int64 -5.095262936764646e-22 }} {{ -5.095262936764646e-22 }}",
"out": "-5.095262936764646e-22 -5.095262936764646e-22 0 -5.095262936764646e-22"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" -8.611029096666659e-27 -8.611029096666659e-27 -8.611029096666659e-27 -8.611029096666659e-27 -8.611029096666659e-27 -8.611029096666659e-27 -8.611029096666659e-27 -8.611029096666659e-27 -8.611029096666659e-27 -8.611029096666659e-27 }}",
"out": "-8.611029096666659e-27|-8.611029e-27|-0.000|-8.611029096666659e-27|-8.611029097e-27|-0x1.551e35a9e7669p-87|-8.61E-27|-8.611029096666659e-27|-0|-8.611029096666659E-27"
},
{
"tpl": "{{ toJson -8.611029096666659e-27 }} {{ toString -8.611029096666659e-27 }} {{ int64 -8.611029096666659e-27 }} {{ -8.611029096666659e-27 }}",
"out": "-8.611029096666659e-27 -8.611029096666659e-27 0 -8.611029096666659e-27"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" 7.92079364362964e-20 7.92079364362964e-20 7.92079364362964e-20 7.92079364362964e-20 7.92079364362964e-20 7.92079364362964e-20 7.92079364362964e-20 7.92079364362964e-20 7.92079364362964e-20 7.92079364362964e-20 }}",
"out": "7.92079364362964e-20|7.920794e-20|0.000|7.92079364362964e-20|7.920793644e-20|0x1.760c84fc64f82p-64|7.92E-20|7.92079364362964e-20|0|7.92079364362964E-20"
},
{
"tpl": "{{ toJson 7.92079364362964e-20 }} {{ toString 7.92079364362964e-20 }} {{ int64 7.92079364362964e-20 }} {{ 7.92079364362964e-20 }}",
"out": "7.92079364362964e-20 7.92079364362964e-20 0 7.92079364362964e-20"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" 3.847673116745001e-26 3.847673116745001e-26 3.847673116745001e-26 3.847673116745001e-26 3.847673116745001e-26 3.847673116745001e-26 3.847673116745001e-26 3.847673116745001e-26 3.847673116745001e-26 3.847673116745001e-26 }}",
"out": "3.847673116745001e-26|3.847673e-26|0.000|3.847673116745001e-26|3.847673117e-26|0x1.7d0e1a4bc2111p-85|3.85E-26|3.847673116745001e-26|0|3.847673116745001E-26"
},
{
"tpl": "{{ toJson 3.847673116745001e-26 }} {{ toString 3.847673116745001e-26 }} {{ int64 3.847673116745001e-26 }} {{ 3.847673116745001e-26 }}",
"out": "3.847673116745001e-26 3.847673116745001e-26 0 3.847673116745001e-26"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" 0.529114345099137 0.529114345099137 0.529114345099137 0.529114345099137 0.529114345099137 0.529114345099137 0.529114345099137 0.529114345099137 0.529114345099137 0.529114345099137 }}",
"out": "0.529114345099137|5.291143e-01|0.529|0.529114345099137|0.5291143451|0x1.0ee81350172b3p-01|5.29E-01|0.529114345099137|1|0.529114345099137"
},
{
"tpl": "{{ toJson 0.529114345099137 }} {{ toString 0.529114345099137 }} {{ int64 0.529114345099137 }} {{ 0.529114345099137 }}",
"out": "0.529114345099137 0.529114345099137 0 0.529114345099137"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" 9.424308613798099e+25 9.424308613798099e+25 9.424308613798099e+25 9.424308613798099e+25 9.424308613798099e+25 9.424308613798099e+25 9.424308613798099e+25 9.424308613798099e+25 9.424308613798099e+25 9.424308613798099e+25 }}",
"out": "9.424308613798099e+25|9.424309e+25|94243086137980988352888832.000|9.424308613798099e+25|9.424308614e+25|0x1.37d2ffbf1b1dap+86|9.42E+25|9.424308613798099e+25|94243086137980988352888832|9.424308613798099E+25"
},
{
"tpl": "{{ toJson 9.424308613798099e+25 }} {{ toString 9.424308613798099e+25 }} {{ int64 9.424308613798099e+25 }} {{ 9.424308613798099e+25 }}",
"out": "9.424308613798099e+25 9.424308613798099e+25 -9223372036854775808 9.424308613798099e+25"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" 6.817103690265748e-23 6.817103690265748e-23 6.817103690265748e-23 6.817103690265748e-23 6.817103690265748e-23 6.817103690265748e-23 6.817103690265748e-23 6.817103690265748e-23 6.817103690265748e-23 6.817103690265748e-23 }}",
"out": "6.817103690265748e-23|6.817104e-23|0.000|6.817103690265748e-23|6.81710369e-23|0x1.49a7a7f642ebcp-74|6.82E-23|6.817103690265748e-23|0|6.817103690265748E-23"
},
{
"tpl": "{{ toJson 6.817103690265748e-23 }} {{ toString 6.817103690265748e-23 }} {{ int64 6.817103690265748e-23 }} {{ 6.817103690265748e-23 }}",
"out": "6.817103690265748e-23 6.817103690265748e-23 0 6.817103690265748e-23"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" 7.685987326574459e-13 7.685987326574459e-13 7.685987326574459e-13 7.685987326574459e-13 7.685987326574459e-13 7.685987326574459e-13 7.685987326574459e-13 7.685987326574459e-13 7.685987326574459e-13 7.685987326574459e-13 }}",
"out": "7.685987326574459e-13|7.685987e-13|0.000|7.685987326574459e-13|7.685987327e-13|0x1.b0aec03bc1561p-41|7.69E-13|7.685987326574459e-13|0|7.685987326574459E-13"
},
{
"tpl": "{{ toJson 7.685987326574459e-13 }} {{ toString 7.685987326574459e-13 }} {{ int64 7.685987326574459e-13 }} {{ 7.685987326574459e-13 }}",
"out": "7.685987326574459e-13 7.685987326574459e-13 0 7.685987326574459e-13"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" 4.34765250669105e-12 4.34765250669105e-12 4.34765250669105e-12 4.34765250669105e-12 4.34765250669105e-12 4.34765250669105e-12 4.34765250669105e-12 4.34765250669105e-12 4.34765250669105e-12 4.34765250669105e-12 }}",
"out": "4.34765250669105e-12|4.347653e-12|0.000|4.34765250669105e-12|4.347652507e-12|0x1.31f0584730c4cp-38|4.35E-12|4.34765250669105e-12|0|4.34765250669105E-12"
},
{
"tpl": "{{ toJson 4.34765250669105e-12 }} {{ toString 4.34765250669105e-12 }} {{ int64 4.34765250669105e-12 }} {{ 4.34765250669105e-12 }}",
"out": "4.34765250669105e-12 4.34765250669105e-12 0 4.34765250669105e-12"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" -8.758529403781941e+16 -8.758529403781941e+16 -8.758529403781941e+16 -8.758529403781941e+16 -8.758529403781941e+16 -8.758529403781941e+16 -8.758529403781941e+16 -8.758529403781941e+16 -8.758529403781941e+16 -8.758529403781941e+16 }}",
"out": "-8.758529403781941e+16|-8.758529e+16|-87585294037819408.000|-8.758529403781941e+16|-8.758529404e+16|-0x1.372a5c62ac201p+56|-8.76E+16|-8.758529403781941e+16|-87585294037819408|-8.758529403781941E+16"
},
{
"tpl": "{{ toJson -8.758529403781941e+16 }} {{ toString -8.758529403781941e+16 }} {{ int64 -8.758529403781941e+16 }} {{ -8.758529403781941e+16 }}",
"out": "-87585294037819410 -8.758529403781941e+16 -87585294037819408 -8.758529403781941e+16"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" 761.9621990520646 761.9621990520646 761.9621990520646 761.9621990520646 761.9621990520646 761.9621990520646 761.9621990520646 761.9621990520646 761.9621990520646 761.9621990520646 }}",
"out": "761.9621990520646|7.619622e+02|761.962|761.9621990520646|761.9621991|0x1.7cfb2956aa6e1p+09|7.62E+02|761.9621990520646|762|761.9621990520646"
},
{
"tpl": "{{ toJson 761.9621990520646 }} {{ toString 761.9621990520646 }} {{ int64 761.9621990520646 }} {{ 761.9621990520646 }}",
"out": "761.9621990520646 761.9621990520646 761 761.9621990520646"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" -8.705185698367669e-24 -8.705185698367669e-24 -8.705185698367669e-24 -8.705185698367669e-24 -8.705185698367669e-24 -8.705185698367669e-24 -8.705185698367669e-24 -8.705185698367669e-24 -8.705185698367669e-24 -8.705185698367669e-24 }}",
"out": "-8.705185698367669e-24|-8.705186e-24|-0.000|-8.705185698367669e-24|-8.705185698e-24|-0x1.50c3fbc05318ap-77|-8.71E-24|-8.705185698367669e-24|-0|-8.705185698367669E-24"
},
{
"tpl": "{{ toJson -8.705185698367669e-24 }} {{ toString -8.705185698367669e-24 }} {{ int64 -8.705185698367669e-24 }} {{ -8.705185698367669e-24 }}",
"out": "-8.705185698367669e-24 -8.705185698367669e-24 0 -8.705185698367669e-24"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" -50766288197.76342 -50766288197.76342 -50766288197.76342 -50766288197.76342 -50766288197.76342 -50766288197.76342 -50766288197.76342 -50766288197.76342 -50766288197.76342 -50766288197.76342 }}",
"out": "-5.076628819776342e+10|-5.076629e+10|-50766288197.763|-5.076628819776342e+10|-5.07662882e+10|-0x1.7a3d02a8b86dfp+35|-5.08E+10|-5.076628819776342e+10|-50766288198|-5.076628819776342E+10"
},
{
"tpl": "{{ toJson -50766288197.76342 }} {{ toString -50766288197.76342 }} {{ int64 -50766288197.76342 }} {{ -50766288197.76342 }}",
"out": "-50766288197.76342 -5.076628819776342e+10 -50766288197 -5.076628819776342e+10"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" 7.625108000751512e-07 7.625108000751512e-07 7.625108000751512e-07 7.625108000751512e-07 7.625108000751512e-07 7.625108000751512e-07 7.625108000751512e-07 7.625108000751512e-07 7.625108000751512e-07 7.625108000751512e-07 }}",
"out": "7.625108000751512e-07|7.625108e-07|0.000|7.625108000751512e-07|7.625108001e-07|0x1.995eafb62b3a6p-21|7.63E-07|7.625108000751512e-07|0|7.625108000751512E-07"
},
{
"tpl": "{{ toJson 7.625108000751512e-07 }} {{ toString 7.625108000751512e-07 }} {{ int64 7.625108000751512e-07 }} {{ 7.625108000751512e-07 }}",
"out": "7.625108000751512e-7 7.625108000751512e-07 0 7.625108000751512e-07"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" 9.224340806182747e+19 9.224340806182747e+19 9.224340806182747e+19 9.224340806182747e+19 9.224340806182747e+19 9.224340806182747e+19 9.224340806182747e+19 9.224340806182747e+19 9.224340806182747e+19 9.224340806182747e+19 }}",
"out": "9.224340806182747e+19|9.224341e+19|92243408061827465216.000|9.224340806182747e+19|9.224340806e+19|0x1.40089ab9f7285p+66|9.22E+19|9.224340806182747e+19|92243408061827465216|9.224340806182747E+19"
},
{
"tpl": "{{ toJson 9.224340806182747e+19 }} {{ toString 9.224340806182747e+19 }} {{ int64 9.224340806182747e+19 }} {{ 9.224340806182747e+19 }}",
"out": "92243408061827470000 9.224340806182747e+19 -9223372036854775808 9.224340806182747e+19"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" -324156057.00467306 -324156057.00467306 -324156057.00467306 -324156057.00467306 -324156057.00467306 -324156057.00467306 -324156057.00467306 -324156057.00467306 -324156057.00467306 -324156057.00467306 }}",
"out": "-3.2415605700467306e+08|-3.241561e+08|-324156057.005|-3.2415605700467306e+08|-324156057|-0x1.3523a99013241p+28|-3.24E+08|-3.2415605700467306e+08|-324156057|-3.2415605700467306E+08"
},
{
"tpl": "{{ toJson -324156057.00467306 }} {{ toString -324156057.00467306 }} {{ int64 -324156057.00467306 }} {{ -324156057.00467306 }}",
"out": "-324156057.00467306 -3.2415605700467306e+08 -324156057 -3.2415605700467306e+08"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" 3.629807671809335e+29 3.629807671809335e+29 3.629807671809335e+29 3.629807671809335e+29 3.629807671809335e+29 3.629807671809335e+29 3.629807671809335e+29 3.629807671809335e+29 3.629807671809335e+29 3.629807671809335e+29 }}",
"out": "3.629807671809335e+29|3.629808e+29|362980767180933531602612387840.000|3.629807671809335e+29|3.629807672e+29|0x1.2536a9d059acap+98|3.63E+29|3.629807671809335e+29|362980767180933531602612387840|3.629807671809335E+29"
},
{
"tpl": "{{ toJson 3.629807671809335e+29 }} {{ toString 3.629807671809335e+29 }} {{ int64 3.629807671809335e+29 }} {{ 3.629807671809335e+29 }}",
"out": "3.629807671809335e+29 3.629807671809335e+29 -9223372036854775808 3.629807671809335e+29"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" -3.0751412540266145e+21 -3.0751412540266145e+21 -3.0751412540266145e+21 -3.0751412540266145e+21 -3.0751412540266145e+21 -3.0751412540266145e+21 -3.0751412540266145e+21 -3.0751412540266145e+21 -3.0751412540266145e+21 -3.0751412540266145e+21 }}",
"out": "-3.0751412540266145e+21|-3.075141e+21|-3075141254026614538240.000|-3.0751412540266145e+21|-3.075141254e+21|-0x1.4d6850cb7b2b4p+71|-3.08E+21|-3.0751412540266145e+21|-3075141254026614538240|-3.0751412540266145E+21"
},
{
"tpl": "{{ toJson -3.0751412540266145e+21 }} {{ toString -3.0751412540266145e+21 }} {{ int64 -3.0751412540266145e+21 }} {{ -3.0751412540266145e+21 }}",
"out": "-3.0751412540266145e+21 -3.0751412540266145e+21 -9223372036854775808 -3.0751412540266145e+21"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" -5.6735694368891e+26 -5.6735694368891e+26 -5.6735694368891e+26 -5.6735694368891e+26 -5.6735694368891e+26 -5.6735694368891e+26 -5.6735694368891e+26 -5.6735694368891e+26 -5.6735694368891e+26 -5.6735694368891e+26 }}",
"out": "-5.6735694368891e+26|-5.673569e+26|-567356943688910010752958464.000|-5.6735694368891e+26|-5.673569437e+26|-0x1.d54e818bce094p+88|-5.67E+26|-5.6735694368891e+26|-567356943688910010752958464|-5.6735694368891E+26"
},
{
"tpl": "{{ toJson -5.6735694368891e+26 }} {{ toString -5.6735694368891e+26 }} {{ int64 -5.6735694368891e+26 }} {{ -5.6735694368891e+26 }}",
"out": "-5.6735694368891e+26 -5.6735694368891e+26 -9223372036854775808 -5.6735694368891e+26"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" -4.859904633166138e+16 -4.859904633166138e+16 -4.859904633166138e+16 -4.859904633166138e+16 -4.859904633166138e+16 -4.859904633166138e+16 -4.859904633166138e+16 -4.859904633166138e+16 -4.859904633166138e+16 -4.859904633166138e+16 }}",
"out": "-4.859904633166138e+16|-4.859905e+16|-48599046331661376.000|-4.859904633166138e+16|-4.859904633e+16|-0x1.5951267a0af88p+55|-4.86E+16|-4.859904633166138e+16|-48599046331661376|-4.859904633166138E+16"
},
{
"tpl": "{{ toJson -4.859904633166138e+16 }} {{ toString -4.859904633166138e+16 }} {{ int64 -4.859904633166138e+16 }} {{ -4.859904633166138e+16 }}",
"out": "-48599046331661380 -4.859904633166138e+16 -48599046331661376 -4.859904633166138e+16"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" -5.327061695295157e+18 -5.327061695295157e+18 -5.327061695295157e+18 -5.327061695295157e+18 -5.327061695295157e+18 -5.327061695295157e+18 -5.327061695295157e+18 -5.327061695295157e+18 -5.327061695295157e+18 -5.327061695295157e+18 }}",
"out": "-5.327061695295157e+18|-5.327062e+18|-5327061695295157248.000|-5.327061695295157e+18|-5.327061695e+18|-0x1.27b6198d32a1dp+62|-5.33E+18|-5.327061695295157e+18|-5327061695295157248|-5.327061695295157E+18"
},
{
"tpl": "{{ toJson -5.327061695295157e+18 }} {{ toString -5.327061695295157e+18 }} {{ int64 -5.327061695295157e+18 }} {{ -5.327061695295157e+18 }}",
"out": "-5327061695295157000 -5.327061695295157e+18 -5327061695295157248 -5.327061695295157e+18"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" 4752823780987.313 4752823780987.313 4752823780987.313 4752823780987.313 4752823780987.313 4752823780987.313 4752823780987.313 4752823780987.313 4752823780987.313 4752823780987.313 }}",
"out": "4.752823780987313e+12|4.752824e+12|4752823780987.313|4.752823780987313e+12|4.752823781e+12|0x1.14a697e19ed41p+42|4.75E+12|4.752823780987313e+12|4752823780987|4.752823780987313E+12"
},
{
"tpl": "{{ toJson 4752823780987.313 }} {{ toString 4752823780987.313 }} {{ int64 4752823780987.313 }} {{ 4752823780987.313 }}",
"out": "4752823780987.313 4.752823780987313e+12 4752823780987 4.752823780987313e+12"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" 5.2767378741825406e-14 5.2767378741825406e-14 5.2767378741825406e-14 5.2767378741825406e-14 5.2767378741825406e-14 5.2767378741825406e-14 5.2767378741825406e-14 5.2767378741825406e-14 5.2767378741825406e-14 5.2767378741825406e-14 }}",
"out": "5.2767378741825406e-14|5.276738e-14|0.000|5.2767378741825406e-14|5.276737874e-14|0x1.db494a984c0f1p-45|5.28E-14|5.2767378741825406e-14|0|5.2767378741825406E-14"
},
{
"tpl": "{{ toJson 5.2767378741825406e-14 }} {{ toString 5.2767378741825406e-14 }} {{ int64 5.2767378741825406e-14 }} {{ 5.2767378741825406e-14 }}",
"out": "5.2767378741825406e-14 5.2767378741825406e-14 0 5.2767378741825406e-14"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" 9.28913493002177e-17 9.28913493002177e-17 9.28913493002177e-17 9.28913493002177e-17 9.28913493002177e-17 9.28913493002177e-17 9.28913493002177e-17 9.28913493002177e-17 9.28913493002177e-17 9.28913493002177e-17 }}",
"out": "9.28913493002177e-17|9.289135e-17|0.000|9.28913493002177e-17|9.28913493e-17|0x1.ac62bfa59fbc5p-54|9.29E-17|9.28913493002177e-17|0|9.28913493002177E-17"
},
{
"tpl": "{{ toJson 9.28913493002177e-17 }} {{ toString 9.28913493002177e-17 }} {{ int64 9.28913493002177e-17 }} {{ 9.28913493002177e-17 }}",
"out": "9.28913493002177e-17 9.28913493002177e-17 0 9.28913493002177e-17"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" 201151063389695.94 201151063389695.94 201151063389695.94 201151063389695.94 201151063389695.94 201151063389695.94 201151063389695.94 201151063389695.94 201151063389695.94 201151063389695.94 }}",
"out": "2.0115106338969594e+14|2.011511e+14|201151063389695.938|2.0115106338969594e+14|2.011510634e+14|0x1.6de4435bebffep+47|2.01E+14|2.0115106338969594e+14|201151063389696|2.0115106338969594E+14"
},
{
"tpl": "{{ toJson 201151063389695.94 }} {{ toString 201151063389695.94 }} {{ int64 201151063389695.94 }} {{ 201151063389695.94 }}",
"out": "201151063389695.94 2.0115106338969594e+14 201151063389695 2.0115106338969594e+14"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" 6498780576394.535 6498780576394.535 6498780576394.535 6498780576394.535 6498780576394.535 6498780576394.535 6498780576394.535 6498780576394.535 6498780576394.535 6498780576394.535 }}",
"out": "6.498780576394535e+12|6.498781e+12|6498780576394.535|6.498780576394535e+12|6.498780576e+12|0x1.7a47607ea2a24p+42|6.50E+12|6.498780576394535e+12|6498780576395|6.498780576394535E+12"
},
{
"tpl": "{{ toJson 6498780576394.535 }} {{ toString 6498780576394.535 }} {{ int64 6498780576394.535 }} {{ 6498780576394.535 }}",
"out": "6498780576394.535 6.498780576394535e+12 6498780576394 6.498780576394535e+12"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" -4514.861413911298 -4514.861413911298 -4514.861413911298 -4514.861413911298 -4514.861413911298 -4514.861413911298 -4514.861413911298 -4514.861413911298 -4514.861413911298 -4514.861413911298 }}",
"out": "-4514.861413911298|-4.514861e+03|-4514.861|-4514.861413911298|-4514.861414|-0x1.1a2dc859f4158p+12|-4.51E+03|-4514.861413911298|-4515|-4514.861413911298"
},
{
"tpl": "{{ toJson -4514.861413911298 }} {{ toString -4514.861413911298 }} {{ int64 -4514.861413911298 }} {{ -4514.861413911298 }}",
"out": "-4514.861413911298 -4514.861413911298 -4514 -4514.861413911298"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" 3.380855621474553e-26 3.380855621474553e-26 3.380855621474553e-26 3.380855621474553e-26 3.380855621474553e-26 3.380855621474553e-26 3.380855621474553e-26 3.380855621474553e-26 3.380855621474553e-26 3.380855621474553e-26 }}",
"out": "3.380855621474553e-26|3.380856e-26|0.000|3.380855621474553e-26|3.380855621e-26|0x1.4ed2df8736a6dp-85|3.38E-26|3.380855621474553e-26|0|3.380855621474553E-26"
},
{
"tpl": "{{ toJson 3.380855621474553e-26 }} {{ toString 3.380855621474553e-26 }} {{ int64 3.380855621474553e-26 }} {{ 3.380855621474553e-26 }}",
"out": "3.380855621474553e-26 3.380855621474553e-26 0 3.380855621474553e-26"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" -5.88440114410351e-16 -5.88440114410351e-16 -5.88440114410351e-16 -5.88440114410351e-16 -5.88440114410351e-16 -5.88440114410351e-16 -5.88440114410351e-16 -5.88440114410351e-16 -5.88440114410351e-16 -5.88440114410351e-16 }}",
"out": "-5.88440114410351e-16|-5.884401e-16|-0.000|-5.88440114410351e-16|-5.884401144e-16|-0x1.53366efcdc7cbp-51|-5.88E-16|-5.88440114410351e-16|-0|-5.88440114410351E-16"
},
{
"tpl": "{{ toJson -5.88440114410351e-16 }} {{ toString -5.88440114410351e-16 }} {{ int64 -5.88440114410351e-16 }} {{ -5.88440114410351e-16 }}",
"out": "-5.88440114410351e-16 -5.88440114410351e-16 0 -5.88440114410351e-16"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" -6311029572700989.0 -6311029572700989.0 -6311029572700989.0 -6311029572700989.0 -6311029572700989.0 -6311029572700989.0 -6311029572700989.0 -6311029572700989.0 -6311029572700989.0 -6311029572700989.0 }}",
"out": "-6.311029572700989e+15|-6.311030e+15|-6311029572700989.000|-6.311029572700989e+15|-6.311029573e+15|-0x1.66bd913d90b3dp+52|-6.31E+15|-6.311029572700989e+15|-6311029572700989|-6.311029572700989E+15"
},
{
"tpl": "{{ toJson -6311029572700989.0 }} {{ toString -6311029572700989.0 }} {{ int64 -6311029572700989.0 }} {{ -6311029572700989.0 }}",
"out": "-6311029572700989 -6.311029572700989e+15 -6311029572700989 -6.311029572700989e+15"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" 3.141295805301814e+26 3.141295805301814e+26 3.141295805301814e+26 3.141295805301814e+26 3.141295805301814e+26 3.141295805301814e+26 3.141295805301814e+26 3.141295805301814e+26 3.141295805301814e+26 3.141295805301814e+26 }}",
"out": "3.141295805301814e+26|3.141296e+26|314129580530181397773549568.000|3.141295805301814e+26|3.141295805e+26|0x1.03d786aec1706p+88|3.14E+26|3.141295805301814e+26|314129580530181397773549568|3.141295805301814E+26"
},
{
"tpl": "{{ toJson 3.141295805301814e+26 }} {{ toString 3.141295805301814e+26 }} {{ int64 3.141295805301814e+26 }} {{ 3.141295805301814e+26 }}",
"out": "3.141295805301814e+26 3.141295805301814e+26 -9223372036854775808 3.141295805301814e+26"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" 238.00463436899523 238.00463436899523 238.00463436899523 238.00463436899523 238.00463436899523 238.00463436899523 238.00463436899523 238.00463436899523 238.00463436899523 238.00463436899523 }}",
"out": "238.00463436899523|2.380046e+02|238.005|238.00463436899523|238.0046344|0x1.dc025f6f9e8b5p+07|2.38E+02|238.00463436899523|238|238.00463436899523"
},
{
"tpl": "{{ toJson 238.00463436899523 }} {{ toString 238.00463436899523 }} {{ int64 238.00463436899523 }} {{ 238.00463436899523 }}",
"out": "238.00463436899523 238.00463436899523 238 238.00463436899523"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" 5.3923393139475464e-17 5.3923393139475464e-17 5.3923393139475464e-17 5.3923393139475464e-17 5.3923393139475464e-17 5.3923393139475464e-17 5.3923393139475464e-17 5.3923393139475464e-17 5.3923393139475464e-17 5.3923393139475464e-17 }}",
"out": "5.3923393139475464e-17|5.392339e-17|0.000|5.3923393139475464e-17|5.392339314e-17|0x1.f15b031faf76ep-55|5.39E-17|5.3923393139475464e-17|0|5.3923393139475464E-17"
},
{
"tpl": "{{ toJson 5.3923393139475464e-17 }} {{ toString 5.3923393139475464e-17 }} {{ int64 5.3923393139475464e-17 }} {{ 5.3923393139475464e-17 }}",
"out": "5.3923393139475464e-17 5.3923393139475464e-17 0 5.3923393139475464e-17"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" 5.7104309332528444e+26 5.7104309332528444e+26 5.7104309332528444e+26 5.7104309332528444e+26 5.7104309332528444e+26 5.7104309332528444e+26 5.7104309332528444e+26 5.7104309332528444e+26 5.7104309332528444e+26 5.7104309332528444e+26 }}",
"out": "5.7104309332528444e+26|5.710431e+26|571043093325284440664965120.000|5.7104309332528444e+26|5.710430933e+26|0x1.d85b141e494ap+88|5.71E+26|5.7104309332528444e+26|571043093325284440664965120|5.7104309332528444E+26"
},
{
"tpl": "{{ toJson 5.7104309332528444e+26 }} {{ toString 5.7104309332528444e+26 }} {{ int64 5.7104309332528444e+26 }} {{ 5.7104309332528444e+26 }}",
"out": "5.7104309332528444e+26 5.7104309332528444e+26 -9223372036854775808 5.7104309332528444e+26"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" 4.729729429445937e+20 4.729729429445937e+20 4.729729429445937e+20 4.729729429445937e+20 4.729729429445937e+20 4.729729429445937e+20 4.729729429445937e+20 4.729729429445937e+20 4.729729429445937e+20 4.729729429445937e+20 }}",
"out": "4.729729429445937e+20|4.729729e+20|472972942944593707008.000|4.729729429445937e+20|4.729729429e+20|0x1.9a3d171b0a79bp+68|4.73E+20|4.729729429445937e+20|472972942944593707008|4.729729429445937E+20"
},
{
"tpl": "{{ toJson 4.729729429445937e+20 }} {{ toString 4.729729429445937e+20 }} {{ int64 4.729729429445937e+20 }} {{ 4.729729429445937e+20 }}",
"out": "472972942944593700000 4.729729429445937e+20 -9223372036854775808 4.729729429445937e+20"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" 9.693081422882332e-25 9.693081422882332e-25 9.693081422882332e-25 9.693081422882332e-25 9.693081422882332e-25 9.693081422882332e-25 9.693081422882332e-25 9.693081422882332e-25 9.693081422882332e-25 9.693081422882332e-25 }}",
"out": "9.693081422882332e-25|9.693081e-25|0.000|9.693081422882332e-25|9.693081423e-25|0x1.2bfc80c627c9dp-80|9.69E-25|9.693081422882332e-25|0|9.693081422882332E-25"
},
{
"tpl": "{{ toJson 9.693081422882332e-25 }} {{ toString 9.693081422882332e-25 }} {{ int64 9.693081422882332e-25 }} {{ 9.693081422882332e-25 }}",
"out": "9.693081422882332e-25 9.693081422882332e-25 0 9.693081422882332e-25"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" 0.004111022760497381 0.004111022760497381 0.004111022760497381 0.004111022760497381 0.004111022760497381 0.004111022760497381 0.004111022760497381 0.004111022760497381 0.004111022760497381 0.004111022760497381 }}",
"out": "0.004111022760497381|4.111023e-03|0.004|0.004111022760497381|0.00411102276|0x1.0d6b844f37fa2p-08|4.11E-03|0.004111022760497381|0|0.004111022760497381"
},
{
"tpl": "{{ toJson 0.004111022760497381 }} {{ toString 0.004111022760497381 }} {{ int64 0.004111022760497381 }} {{ 0.004111022760497381 }}",
"out": "0.004111022760497381 0.004111022760497381 0 0.004111022760497381"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" 6.733645472933016e-27 6.733645472933016e-27 6.733645472933016e-27 6.733645472933016e-27 6.733645472933016e-27 6.733645472933016e-27 6.733645472933016e-27 6.733645472933016e-27 6.733645472933016e-27 6.733645472933016e-27 }}",
"out": "6.733645472933016e-27|6.733645e-27|0.000|6.733645472933016e-27|6.733645473e-27|0x1.0abf471e280dfp-87|6.73E-27|6.733645472933016e-27|0|6.733645472933016E-27"
},
{
"tpl": "{{ toJson 6.733645472933016e-27 }} {{ toString 6.733645472933016e-27 }} {{ int64 6.733645472933016e-27 }} {{ 6.733645472933016e-27 }}",
"out": "6.733645472933016e-27 6.733645472933016e-27 0 6.733645472933016e-27"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" 6.061267407701365e-25 6.061267407701365e-25 6.061267407701365e-25 6.061267407701365e-25 6.061267407701365e-25 6.061267407701365e-25 6.061267407701365e-25 6.061267407701365e-25 6.061267407701365e-25 6.061267407701365e-25 }}",
"out": "6.061267407701365e-25|6.061267e-25|0.000|6.061267407701365e-25|6.061267408e-25|0x1.772c9da7f3104p-81|6.06E-25|6.061267407701365e-25|0|6.061267407701365E-25"
},
{
"tpl": "{{ toJson 6.061267407701365e-25 }} {{ toString 6.061267407701365e-25 }} {{ int64 6.061267407701365e-25 }} {{ 6.061267407701365e-25 }}",
"out": "6.061267407701365e-25 6.061267407701365e-25 0 6.061267407701365e-25"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" -8.61672536352791e+21 -8.61672536352791e+21 -8.61672536352791e+21 -8.61672536352791e+21 -8.61672536352791e+21 -8.61672536352791e+21 -8.61672536352791e+21 -8.61672536352791e+21 -8.61672536352791e+21 -8.61672536352791e+21 }}",
"out": "-8.61672536352791e+21|-8.616725e+21|-8616725363527910424576.000|-8.61672536352791e+21|-8.616725364e+21|-0x1.d31d1610c2d3cp+72|-8.62E+21|-8.61672536352791e+21|-8616725363527910424576|-8.61672536352791E+21"
},
{
"tpl": "{{ toJson -8.61672536352791e+21 }} {{ toString -8.61672536352791e+21 }} {{ int64 -8.61672536352791e+21 }} {{ -8.61672536352791e+21 }}",
"out": "-8.61672536352791e+21 -8.61672536352791e+21 -9223372036854775808 -8.61672536352791e+21"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" -5.362857539103444e-18 -5.362857539103444e-18 -5.362857539103444e-18 -5.362857539103444e-18 -5.362857539103444e-18 -5.362857539103444e-18 -5.362857539103444e-18 -5.362857539103444e-18 -5.362857539103444e-18 -5.362857539103444e-18 }}",
"out": "-5.362857539103444e-18|-5.362858e-18|-0.000|-5.362857539103444e-18|-5.362857539e-18|-0x1.8bb583c8a3bddp-58|-5.36E-18|-5.362857539103444e-18|-0|-5.362857539103444E-18"
},
{
"tpl": "{{ toJson -5.362857539103444e-18 }} {{ toString -5.362857539103444e-18 }} {{ int64 -5.362857539103444e-18 }} {{ -5.362857539103444e-18 }}",
"out": "-5.362857539103444e-18 -5.362857539103444e-18 0 -5.362857539103444e-18"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" -2.7854514466694045e-19 -2.7854514466694045e-19 -2.7854514466694045e-19 -2.7854514466694045e-19 -2.7854514466694045e-19 -2.7854514466694045e-19 -2.7854514466694045e-19 -2.7854514466694045e-19 -2.7854514466694045e-19 -2.7854514466694045e-19 }}",
"out": "-2.7854514466694045e-19|-2.785451e-19|-0.000|-2.7854514466694045e-19|-2.785451447e-19|-0x1.48d91ab54ed3p-62|-2.79E-19|-2.7854514466694045e-19|-0|-2.7854514466694045E-19"
},
{
"tpl": "{{ toJson -2.7854514466694045e-19 }} {{ toString -2.7854514466694045e-19 }} {{ int64 -2.7854514466694045e-19 }} {{ -2.7854514466694045e-19 }}",
"out": "-2.7854514466694045e-19 -2.7854514466694045e-19 0 -2.7854514466694045e-19"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" 7.538488837428936e+28 7.538488837428936e+28 7.538488837428936e+28 7.538488837428936e+28 7.538488837428936e+28 7.538488837428936e+28 7.538488837428936e+28 7.538488837428936e+28 7.538488837428936e+28 7.538488837428936e+28 }}",
"out": "7.538488837428936e+28|7.538489e+28|75384888374289357254252560384.000|7.538488837428936e+28|7.538488837e+28|0x1.e729d616cc555p+95|7.54E+28|7.538488837428936e+28|75384888374289357254252560384|7.538488837428936E+28"
},
{
"tpl": "{{ toJson 7.538488837428936e+28 }} {{ toString 7.538488837428936e+28 }} {{ int64 7.538488837428936e+28 }} {{ 7.538488837428936e+28 }}",
"out": "7.538488837428936e+28 7.538488837428936e+28 -9223372036854775808 7.538488837428936e+28"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" -5.503253124498481e+24 -5.503253124498481e+24 -5.503253124498481e+24 -5.503253124498481e+24 -5.503253124498481e+24 -5.503253124498481e+24 -5.503253124498481e+24 -5.503253124498481e+24 -5.503253124498481e+24 -5.503253124498481e+24 }}",
"out": "-5.503253124498481e+24|-5.503253e+24|-5503253124498481163010048.000|-5.503253124498481e+24|-5.503253124e+24|-0x1.2356fcc753abap+82|-5.50E+24|-5.503253124498481e+24|-5503253124498481163010048|-5.503253124498481E+24"
},
{
"tpl": "{{ toJson -5.503253124498481e+24 }} {{ toString -5.503253124498481e+24 }} {{ int64 -5.503253124498481e+24 }} {{ -5.503253124498481e+24 }}",
"out": "-5.503253124498481e+24 -5.503253124498481e+24 -9223372036854775808 -5.503253124498481e+24"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" 83602.7585079952 83602.7585079952 83602.7585079952 83602.7585079952 83602.7585079952 83602.7585079952 83602.7585079952 83602.7585079952 83602.7585079952 83602.7585079952 }}",
"out": "83602.7585079952|8.360276e+04|83602.759|83602.7585079952|83602.75851|0x1.4692c22d94792p+16|8.36E+04|83602.7585079952|83603|83602.7585079952"
},
{
"tpl": "{{ toJson 83602.7585079952 }} {{ toString 83602.7585079952 }} {{ int64 83602.7585079952 }} {{ 83602.7585079952 }}",
"out": "83602.7585079952 83602.7585079952 83602 83602.7585079952"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" -7.535655040196756e+29 -7.535655040196756e+29 -7.535655040196756e+29 -7.535655040196756e+29 -7.535655040196756e+29 -7.535655040196756e+29 -7.535655040196756e+29 -7.535655040196756e+29 -7.535655040196756e+29 -7.535655040196756e+29 }}",
"out": "-7.535655040196756e+29|-7.535655e+29|-753565504019675636158009704448.000|-7.535655040196756e+29|-7.53565504e+29|-0x1.305cd8ce8d39fp+99|-7.54E+29|-7.535655040196756e+29|-753565504019675636158009704448|-7.535655040196756E+29"
},
{
"tpl": "{{ toJson -7.535655040196756e+29 }} {{ toString -7.535655040196756e+29 }} {{ int64 -7.535655040196756e+29 }} {{ -7.535655040196756e+29 }}",
"out": "-7.535655040196756e+29 -7.535655040196756e+29 -9223372036854775808 -7.535655040196756e+29"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" -0.0004856411254507185 -0.0004856411254507185 -0.0004856411254507185 -0.0004856411254507185 -0.0004856411254507185 -0.0004856411254507185 -0.0004856411254507185 -0.0004856411254507185 -0.0004856411254507185 -0.0004856411254507185 }}",
"out": "-0.0004856411254507185|-4.856411e-04|-0.000|-0.0004856411254507185|-0.0004856411255|-0x1.fd3b4c05bfa4ep-12|-4.86E-04|-0.0004856411254507185|-0|-0.0004856411254507185"
},
{
"tpl": "{{ toJson -0.0004856411254507185 }} {{ toString -0.0004856411254507185 }} {{ int64 -0.0004856411254507185 }} {{ -0.0004856411254507185 }}",
"out": "-0.0004856411254507185 -0.0004856411254507185 0 -0.0004856411254507185"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" -9.024428655105487e-05 -9.024428655105487e-05 -9.024428655105487e-05 -9.024428655105487e-05 -9.024428655105487e-05 -9.024428655105487e-05 -9.024428655105487e-05 -9.024428655105487e-05 -9.024428655105487e-05 -9.024428655105487e-05 }}",
"out": "-9.024428655105487e-05|-9.024429e-05|-0.000|-9.024428655105487e-05|-9.024428655e-05|-0x1.7a831099ce968p-14|-9.02E-05|-9.024428655105487e-05|-0|-9.024428655105487E-05"
},
{
"tpl": "{{ toJson -9.024428655105487e-05 }} {{ toString -9.024428655105487e-05 }} {{ int64 -9.024428655105487e-05 }} {{ -9.024428655105487e-05 }}",
"out": "-0.00009024428655105487 -9.024428655105487e-05 0 -9.024428655105487e-05"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" -9.85308843779726e-30 -9.85308843779726e-30 -9.85308843779726e-30 -9.85308843779726e-30 -9.85308843779726e-30 -9.85308843779726e-30 -9.85308843779726e-30 -9.85308843779726e-30 -9.85308843779726e-30 -9.85308843779726e-30 }}",
"out": "-9.85308843779726e-30|-9.853088e-30|-0.000|-9.85308843779726e-30|-9.853088438e-30|-0x1.8fb051fe30a1bp-97|-9.85E-30|-9.85308843779726e-30|-0|-9.85308843779726E-30"
},
{
"tpl": "{{ toJson -9.85308843779726e-30 }} {{ toString -9.85308843779726e-30 }} {{ int64 -9.85308843779726e-30 }} {{ -9.85308843779726e-30 }}",
"out": "-9.85308843779726e-30 -9.85308843779726e-30 0 -9.85308843779726e-30"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" -7.851293567941216e+20 -7.851293567941216e+20 -7.851293567941216e+20 -7.851293567941216e+20 -7.851293567941216e+20 -7.851293567941216e+20 -7.851293567941216e+20 -7.851293567941216e+20 -7.851293567941216e+20 -7.851293567941216e+20 }}",
"out": "-7.851293567941216e+20|-7.851294e+20|-785129356794121551872.000|-7.851293567941216e+20|-7.851293568e+20|-0x1.547ede71af645p+69|-7.85E+20|-7.851293567941216e+20|-785129356794121551872|-7.851293567941216E+20"
},
{
"tpl": "{{ toJson -7.851293567941216e+20 }} {{ toString -7.851293567941216e+20 }} {{ int64 -7.851293567941216e+20 }} {{ -7.851293567941216e+20 }}",
"out": "-785129356794121600000 -7.851293567941216e+20 -9223372036854775808 -7.851293567941216e+20"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" 957317640859673.1 957317640859673.1 957317640859673.1 957317640859673.1 957317640859673.1 957317640859673.1 957317640859673.1 957317640859673.1 957317640859673.1 957317640859673.1 }}",
"out": "9.573176408596731e+14|9.573176e+14|957317640859673.125|9.573176408596731e+14|9.573176409e+14|0x1.b35670f5d80c9p+49|9.57E+14|9.573176408596731e+14|957317640859673|9.573176408596731E+14"
},
{
"tpl": "{{ toJson 957317640859673.1 }} {{ toString 957317640859673.1 }} {{ int64 957317640859673.1 }} {{ 957317640859673.1 }}",
"out": "957317640859673.1 9.573176408596731e+14 957317640859673 9.573176408596731e+14"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" 661871.3119507453 661871.3119507453 661871.3119507453 661871.3119507453 661871.3119507453 661871.3119507453 661871.3119507453 661871.3119507453 661871.3119507453 661871.3119507453 }}",
"out": "661871.3119507453|6.618713e+05|661871.312|661871.3119507453|661871.312|0x1.432de9fb80212p+19|6.62E+05|661871.3119507453|661871|661871.3119507453"
},
{
"tpl": "{{ toJson 661871.3119507453 }} {{ toString 661871.3119507453 }} {{ int64 661871.3119507453 }} {{ 661871.3119507453 }}",
"out": "661871.3119507453 661871.3119507453 661871 661871.3119507453"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" 2.9670782549456425e-18 2.9670782549456425e-18 2.9670782549456425e-18 2.9670782549456425e-18 2.9670782549456425e-18 2.9670782549456425e-18 2.9670782549456425e-18 2.9670782549456425e-18 2.9670782549456425e-18 2.9670782549456425e-18 }}",
"out": "2.9670782549456425e-18|2.967078e-18|0.000|2.9670782549456425e-18|2.967078255e-18|0x1.b5dd0c16fafc5p-59|2.97E-18|2.9670782549456425e-18|0|2.9670782549456425E-18"
},
{
"tpl": "{{ toJson 2.9670782549456425e-18 }} {{ toString 2.9670782549456425e-18 }} {{ int64 2.9670782549456425e-18 }} {{ 2.9670782549456425e-18 }}",
"out": "2.9670782549456425e-18 2.9670782549456425e-18 0 2.9670782549456425e-18"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" -73573717.87890434 -73573717.87890434 -73573717.87890434 -73573717.87890434 -73573717.87890434 -73573717.87890434 -73573717.87890434 -73573717.87890434 -73573717.87890434 -73573717.87890434 }}",
"out": "-7.357371787890434e+07|-7.357372e+07|-73573717.879|-7.357371787890434e+07|-73573717.88|-0x1.18a955783ff8p+26|-7.36E+07|-7.357371787890434e+07|-73573718|-7.357371787890434E+07"
},
{
"tpl": "{{ toJson -73573717.87890434 }} {{ toString -73573717.87890434 }} {{ int64 -73573717.87890434 }} {{ -73573717.87890434 }}",
"out": "-73573717.87890434 -7.357371787890434e+07 -73573717 -7.357371787890434e+07"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" 5.716527290748308e-11 5.716527290748308e-11 5.716527290748308e-11 5.716527290748308e-11 5.716527290748308e-11 5.716527290748308e-11 5.716527290748308e-11 5.716527290748308e-11 5.716527290748308e-11 5.716527290748308e-11 }}",
"out": "5.716527290748308e-11|5.716527e-11|0.000|5.716527290748308e-11|5.716527291e-11|0x1.f6d4c039d3278p-35|5.72E-11|5.716527290748308e-11|0|5.716527290748308E-11"
},
{
"tpl": "{{ toJson 5.716527290748308e-11 }} {{ toString 5.716527290748308e-11 }} {{ int64 5.716527290748308e-11 }} {{ 5.716527290748308e-11 }}",
"out": "5.716527290748308e-11 5.716527290748308e-11 0 5.716527290748308e-11"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" 919.3871308320752 919.3871308320752 919.3871308320752 919.3871308320752 919.3871308320752 919.3871308320752 919.3871308320752 919.3871308320752 919.3871308320752 919.3871308320752 }}",
"out": "919.3871308320752|9.193871e+02|919.387|919.3871308320752|919.3871308|0x1.cbb18d80cb84ap+09|9.19E+02|919.3871308320752|919|919.3871308320752"
},
{
"tpl": "{{ toJson 919.3871308320752 }} {{ toString 919.3871308320752 }} {{ int64 919.3871308320752 }} {{ 919.3871308320752 }}",
"out": "919.3871308320752 919.3871308320752 919 919.3871308320752"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" -9.607789032744505e-27 -9.607789032744505e-27 -9.607789032744505e-27 -9.607789032744505e-27 -9.607789032744505e-27 -9.607789032744505e-27 -9.607789032744505e-27 -9.607789032744505e-27 -9.607789032744505e-27 -9.607789032744505e-27 }}",
"out": "-9.607789032744505e-27|-9.607789e-27|-0.000|-9.607789032744505e-27|-9.607789033e-27|-0x1.7c9a8e67f5aacp-87|-9.61E-27|-9.607789032744505e-27|-0|-9.607789032744505E-27"
},
{
"tpl": "{{ toJson -9.607789032744505e-27 }} {{ toString -9.607789032744505e-27 }} {{ int64 -9.607789032744505e-27 }} {{ -9.607789032744505e-27 }}",
"out": "-9.607789032744505e-27 -9.607789032744505e-27 0 -9.607789032744505e-27"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" -6.852133270379235e-20 -6.852133270379235e-20 -6.852133270379235e-20 -6.852133270379235e-20 -6.852133270379235e-20 -6.852133270379235e-20 -6.852133270379235e-20 -6.852133270379235e-20 -6.852133270379235e-20 -6.852133270379235e-20 }}",
"out": "-6.852133270379235e-20|-6.852133e-20|-0.000|-6.852133270379235e-20|-6.85213327e-20|-0x1.439535532668cp-64|-6.85E-20|-6.852133270379235e-20|-0|-6.852133270379235E-20"
},
{
"tpl": "{{ toJson -6.852133270379235e-20 }} {{ toString -6.852133270379235e-20 }} {{ int64 -6.852133270379235e-20 }} {{ -6.852133270379235e-20 }}",
"out": "-6.852133270379235e-20 -6.852133270379235e-20 0 -6.852133270379235e-20"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" -2.352038950009312e+25 -2.352038950009312e+25 -2.352038950009312e+25 -2.352038950009312e+25 -2.352038950009312e+25 -2.352038950009312e+25 -2.352038950009312e+25 -2.352038950009312e+25 -2.352038950009312e+25 -2.352038950009312e+25 }}",
"out": "-2.352038950009312e+25|-2.352039e+25|-23520389500093119812599808.000|-2.352038950009312e+25|-2.35203895e+25|-0x1.374a2dea3b24ep+84|-2.35E+25|-2.352038950009312e+25|-23520389500093119812599808|-2.352038950009312E+25"
},
{
"tpl": "{{ toJson -2.352038950009312e+25 }} {{ toString -2.352038950009312e+25 }} {{ int64 -2.352038950009312e+25 }} {{ -2.352038950009312e+25 }}",
"out": "-2.352038950009312e+25 -2.352038950009312e+25 -9223372036854775808 -2.352038950009312e+25"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" 5.696754101381849e+26 5.696754101381849e+26 5.696754101381849e+26 5.696754101381849e+26 5.696754101381849e+26 5.696754101381849e+26 5.696754101381849e+26 5.696754101381849e+26 5.696754101381849e+26 5.696754101381849e+26 }}",
"out": "5.696754101381849e+26|5.696754e+26|569675410138184907971624960.000|5.696754101381849e+26|5.696754101e+26|0x1.d73975dd3a371p+88|5.70E+26|5.696754101381849e+26|569675410138184907971624960|5.696754101381849E+26"
},
{
"tpl": "{{ toJson 5.696754101381849e+26 }} {{ toString 5.696754101381849e+26 }} {{ int64 5.696754101381849e+26 }} {{ 5.696754101381849e+26 }}",
"out": "5.696754101381849e+26 5.696754101381849e+26 -9223372036854775808 5.696754101381849e+26"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" 6.19381510332103e-28 6.19381510332103e-28 6.19381510332103e-28 6.19381510332103e-28 6.19381510332103e-28 6.19381510332103e-28 6.19381510332103e-28 6.19381510332103e-28 6.19381510332103e-28 6.19381510332103e-28 }}",
"out": "6.19381510332103e-28|6.193815e-28|0.000|6.19381510332103e-28|6.193815103e-28|0x1.8894655cd6fd6p-91|6.19E-28|6.19381510332103e-28|0|6.19381510332103E-28"
},
{
"tpl": "{{ toJson 6.19381510332103e-28 }} {{ toString 6.19381510332103e-28 }} {{ int64 6.19381510332103e-28 }} {{ 6.19381510332103e-28 }}",
"out": "6.19381510332103e-28 6.19381510332103e-28 0 6.19381510332103e-28"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" 56522692.38440894 56522692.38440894 56522692.38440894 56522692.38440894 56522692.38440894 56522692.38440894 56522692.38440894 56522692.38440894 56522692.38440894 56522692.38440894 }}",
"out": "5.652269238440894e+07|5.652269e+07|56522692.384|5.652269238440894e+07|56522692.38|0x1.af3be231344ffp+25|5.65E+07|5.652269238440894e+07|56522692|5.652269238440894E+07"
},
{
"tpl": "{{ toJson 56522692.38440894 }} {{ toString 56522692.38440894 }} {{ int64 56522692.38440894 }} {{ 56522692.38440894 }}",
"out": "56522692.38440894 5.652269238440894e+07 56522692 5.652269238440894e+07"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" 2.042591994235364e-14 2.042591994235364e-14 2.042591994235364e-14 2.042591994235364e-14 2.042591994235364e-14 2.042591994235364e-14 2.042591994235364e-14 2.042591994235364e-14 2.042591994235364e-14 2.042591994235364e-14 }}",
"out": "2.042591994235364e-14|2.042592e-14|0.000|2.042591994235364e-14|2.042591994e-14|0x1.6ff5ededec54cp-46|2.04E-14|2.042591994235364e-14|0|2.042591994235364E-14"
},
{
"tpl": "{{ toJson 2.042591994235364e-14 }} {{ toString 2.042591994235364e-14 }} {{ int64 2.042591994235364e-14 }} {{ 2.042591994235364e-14 }}",
"out": "2.042591994235364e-14 2.042591994235364e-14 0 2.042591994235364e-14"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" -2.6561451253135384e-15 -2.6561451253135384e-15 -2.6561451253135384e-15 -2.6561451253135384e-15 -2.6561451253135384e-15 -2.6561451253135384e-15 -2.6561451253135384e-15 -2.6561451253135384e-15 -2.6561451253135384e-15 -2.6561451253135384e-15 }}",
"out": "-2.6561451253135384e-15|-2.656145e-15|-0.000|-2.6561451253135384e-15|-2.656145125e-15|-0x1.7eca756d45281p-49|-2.66E-15|-2.6561451253135384e-15|-0|-2.6561451253135384E-15"
},
{
"tpl": "{{ toJson -2.6561451253135384e-15 }} {{ toString -2.6561451253135384e-15 }} {{ int64 -2.6561451253135384e-15 }} {{ -2.6561451253135384e-15 }}",
"out": "-2.6561451253135384e-15 -2.6561451253135384e-15 0 -2.6561451253135384e-15"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" 299997079798.7622 299997079798.7622 299997079798.7622 299997079798.7622 299997079798.7622 299997079798.7622 299997079798.7622 299997079798.7622 299997079798.7622 299997079798.7622 }}",
"out": "2.999970797987622e+11|2.999971e+11|299997079798.762|2.999970797987622e+11|2.999970798e+11|0x1.1764e0a3db0c8p+38|3.00E+11|2.999970797987622e+11|299997079799|2.999970797987622E+11"
},
{
"tpl": "{{ toJson 299997079798.7622 }} {{ toString 299997079798.7622 }} {{ int64 299997079798.7622 }} {{ 299997079798.7622 }}",
"out": "299997079798.7622 2.999970797987622e+11 299997079798 2.999970797987622e+11"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" -9.357342874448234e+18 -9.357342874448234e+18 -9.357342874448234e+18 -9.357342874448234e+18 -9.357342874448234e+18 -9.357342874448234e+18 -9.357342874448234e+18 -9.357342874448234e+18 -9.357342874448234e+18 -9.357342874448234e+18 }}",
"out": "-9.357342874448234e+18|-9.357343e+18|-9357342874448234496.000|-9.357342874448234e+18|-9.357342874e+18|-0x1.03b7eb88b20a1p+63|-9.36E+18|-9.357342874448234e+18|-9357342874448234496|-9.357342874448234E+18"
},
{
"tpl": "{{ toJson -9.357342874448234e+18 }} {{ toString -9.357342874448234e+18 }} {{ int64 -9.357342874448234e+18 }} {{ -9.357342874448234e+18 }}",
"out": "-9357342874448234000 -9.357342874448234e+18 -9223372036854775808 -9.357342874448234e+18"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" 9984544408.544422 9984544408.544422 9984544408.544422 9984544408.544422 9984544408.544422 9984544408.544422 9984544408.544422 9984544408.544422 9984544408.544422 9984544408.544422 }}",
"out": "9.984544408544422e+09|9.984544e+09|9984544408.544|9.984544408544422e+09|9984544409|0x1.2990074c45afap+33|9.98E+09|9.984544408544422e+09|9984544409|9.984544408544422E+09"
},
{
"tpl": "{{ toJson 9984544408.544422 }} {{ toString 9984544408.544422 }} {{ int64 9984544408.544422 }} {{ 9984544408.544422 }}",
"out": "9984544408.544422 9.984544408544422e+09 9984544408 9.984544408544422e+09"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" 5.376344041016274e-26 5.376344041016274e-26 5.376344041016274e-26 5.376344041016274e-26 5.376344041016274e-26 5.376344041016274e-26 5.376344041016274e-26 5.376344041016274e-26 5.376344041016274e-26 5.376344041016274e-26 }}",
"out": "5.376344041016274e-26|5.376344e-26|0.000|5.376344041016274e-26|5.376344041e-26|0x1.0a3941ebee702p-84|5.38E-26|5.376344041016274e-26|0|5.376344041016274E-26"
},
{
"tpl": "{{ toJson 5.376344041016274e-26 }} {{ toString 5.376344041016274e-26 }} {{ int64 5.376344041016274e-26 }} {{ 5.376344041016274e-26 }}",
"out": "5.376344041016274e-26 5.376344041016274e-26 0 5.376344041016274e-26"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" 9.33259377993709e-22 9.33259377993709e-22 9.33259377993709e-22 9.33259377993709e-22 9.33259377993709e-22 9.33259377993709e-22 9.33259377993709e-22 9.33259377993709e-22 9.33259377993709e-22 9.33259377993709e-22 }}",
"out": "9.33259377993709e-22|9.332594e-22|0.000|9.33259377993709e-22|9.33259378e-22|0x1.1a0f726abab9cp-70|9.33E-22|9.33259377993709e-22|0|9.33259377993709E-22"
},
{
"tpl": "{{ toJson 9.33259377993709e-22 }} {{ toString 9.33259377993709e-22 }} {{ int64 9.33259377993709e-22 }} {{ 9.33259377993709e-22 }}",
"out": "9.33259377993709e-22 9.33259377993709e-22 0 9.33259377993709e-22"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" -2.442844165081314e+26 -2.442844165081314e+26 -2.442844165081314e+26 -2.442844165081314e+26 -2.442844165081314e+26 -2.442844165081314e+26 -2.442844165081314e+26 -2.442844165081314e+26 -2.442844165081314e+26 -2.442844165081314e+26 }}",
"out": "-2.442844165081314e+26|-2.442844e+26|-244284416508131394157805568.000|-2.442844165081314e+26|-2.442844165e+26|-0x1.942279821c798p+87|-2.44E+26|-2.442844165081314e+26|-244284416508131394157805568|-2.442844165081314E+26"
},
{
"tpl": "{{ toJson -2.442844165081314e+26 }} {{ toString -2.442844165081314e+26 }} {{ int64 -2.442844165081314e+26 }} {{ -2.442844165081314e+26 }}",
"out": "-2.442844165081314e+26 -2.442844165081314e+26 -9223372036854775808 -2.442844165081314e+26"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" 0.0833744954639807 0.0833744954639807 0.0833744954639807 0.0833744954639807 0.0833744954639807 0.0833744954639807 0.0833744954639807 0.0833744954639807 0.0833744954639807 0.0833744954639807 }}",
"out": "0.0833744954639807|8.337450e-02|0.083|0.0833744954639807|0.08337449546|0x1.55807eb569aa9p-04|8.34E-02|0.0833744954639807|0|0.0833744954639807"
},
{
"tpl": "{{ toJson 0.0833744954639807 }} {{ toString 0.0833744954639807 }} {{ int64 0.0833744954639807 }} {{ 0.0833744954639807 }}",
"out": "0.0833744954639807 0.0833744954639807 0 0.0833744954639807"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" 9838533102.514824 9838533102.514824 9838533102.514824 9838533102.514824 9838533102.514824 9838533102.514824 9838533102.514824 9838533102.514824 9838533102.514824 9838533102.514824 }}",
"out": "9.838533102514824e+09|9.838533e+09|9838533102.515|9.838533102514824e+09|9838533103|0x1.25360cf741e5cp+33|9.84E+09|9.838533102514824e+09|9838533103|9.838533102514824E+09"
},
{
"tpl": "{{ toJson 9838533102.514824 }} {{ toString 9838533102.514824 }} {{ int64 9838533102.514824 }} {{ 9838533102.514824 }}",
"out": "9838533102.514824 9.838533102514824e+09 9838533102 9.838533102514824e+09"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" 78.23107152157948 78.23107152157948 78.23107152157948 78.23107152157948 78.23107152157948 78.23107152157948 78.23107152157948 78.23107152157948 78.23107152157948 78.23107152157948 }}",
"out": "78.23107152157948|7.823107e+01|78.231|78.23107152157948|78.23107152|0x1.38ec9e0350e22p+06|7.82E+01|78.23107152157948|78|78.23107152157948"
},
{
"tpl": "{{ toJson 78.23107152157948 }} {{ toString 78.23107152157948 }} {{ int64 78.23107152157948 }} {{ 78.23107152157948 }}",
"out": "78.23107152157948 78.23107152157948 78 78.23107152157948"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" -9.317560394360773e-11 -9.317560394360773e-11 -9.317560394360773e-11 -9.317560394360773e-11 -9.317560394360773e-11 -9.317560394360773e-11 -9.317560394360773e-11 -9.317560394360773e-11 -9.317560394360773e-11 -9.317560394360773e-11 }}",
"out": "-9.317560394360773e-11|-9.317560e-11|-0.000|-9.317560394360773e-11|-9.317560394e-11|-0x1.99ca675f71b83p-34|-9.32E-11|-9.317560394360773e-11|-0|-9.317560394360773E-11"
},
{
"tpl": "{{ toJson -9.317560394360773e-11 }} {{ toString -9.317560394360773e-11 }} {{ int64 -9.317560394360773e-11 }} {{ -9.317560394360773e-11 }}",
"out": "-9.317560394360773e-11 -9.317560394360773e-11 0 -9.317560394360773e-11"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" -1.3429111439336773e+26 -1.3429111439336773e+26 -1.3429111439336773e+26 -1.3429111439336773e+26 -1.3429111439336773e+26 -1.3429111439336773e+26 -1.3429111439336773e+26 -1.3429111439336773e+26 -1.3429111439336773e+26 -1.3429111439336773e+26 }}",
"out": "-1.3429111439336773e+26|-1.342911e+26|-134291114393367727229108224.000|-1.3429111439336773e+26|-1.342911144e+26|-0x1.bc54ff981ab8bp+86|-1.34E+26|-1.3429111439336773e+26|-134291114393367727229108224|-1.3429111439336773E+26"
},
{
"tpl": "{{ toJson -1.3429111439336773e+26 }} {{ toString -1.3429111439336773e+26 }} {{ int64 -1.3429111439336773e+26 }} {{ -1.3429111439336773e+26 }}",
"out": "-1.3429111439336773e+26 -1.3429111439336773e+26 -9223372036854775808 -1.3429111439336773e+26"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" -7.424166839809987e-24 -7.424166839809987e-24 -7.424166839809987e-24 -7.424166839809987e-24 -7.424166839809987e-24 -7.424166839809987e-24 -7.424166839809987e-24 -7.424166839809987e-24 -7.424166839809987e-24 -7.424166839809987e-24 }}",
"out": "-7.424166839809987e-24|-7.424167e-24|-0.000|-7.424166839809987e-24|-7.42416684e-24|-0x1.1f356319f2aecp-77|-7.42E-24|-7.424166839809987e-24|-0|-7.424166839809987E-24"
},
{
"tpl": "{{ toJson -7.424166839809987e-24 }} {{ toString -7.424166839809987e-24 }} {{ int64 -7.424166839809987e-24 }} {{ -7.424166839809987e-24 }}",
"out": "-7.424166839809987e-24 -7.424166839809987e-24 0 -7.424166839809987e-24"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" 6.048298270302239e-12 6.048298270302239e-12 6.048298270302239e-12 6.048298270302239e-12 6.048298270302239e-12 6.048298270302239e-12 6.048298270302239e-12 6.048298270302239e-12 6.048298270302239e-12 6.048298270302239e-12 }}",
"out": "6.048298270302239e-12|6.048298e-12|0.000|6.048298270302239e-12|6.04829827e-12|0x1.a99c749184b83p-38|6.05E-12|6.048298270302239e-12|0|6.048298270302239E-12"
},
{
"tpl": "{{ toJson 6.048298270302239e-12 }} {{ toString 6.048298270302239e-12 }} {{ int64 6.048298270302239e-12 }} {{ 6.048298270302239e-12 }}",
"out": "6.048298270302239e-12 6.048298270302239e-12 0 6.048298270302239e-12"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" 6.874971288013306e-17 6.874971288013306e-17 6.874971288013306e-17 6.874971288013306e-17 6.874971288013306e-17 6.874971288013306e-17 6.874971288013306e-17 6.874971288013306e-17 6.874971288013306e-17 6.874971288013306e-17 }}",
"out": "6.874971288013306e-17|6.874971e-17|0.000|6.874971288013306e-17|6.874971288e-17|0x1.3d0d55bf7b0c7p-54|6.87E-17|6.874971288013306e-17|0|6.874971288013306E-17"
},
{
"tpl": "{{ toJson 6.874971288013306e-17 }} {{ toString 6.874971288013306e-17 }} {{ int64 6.874971288013306e-17 }} {{ 6.874971288013306e-17 }}",
"out": "6.874971288013306e-17 6.874971288013306e-17 0 6.874971288013306e-17"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" 488.5318521493765 488.5318521493765 488.5318521493765 488.5318521493765 488.5318521493765 488.5318521493765 488.5318521493765 488.5318521493765 488.5318521493765 488.5318521493765 }}",
"out": "488.5318521493765|4.885319e+02|488.532|488.5318521493765|488.5318521|0x1.e888277663e12p+08|4.89E+02|488.5318521493765|489|488.5318521493765"
},
{
"tpl": "{{ toJson 488.5318521493765 }} {{ toString 488.5318521493765 }} {{ int64 488.5318521493765 }} {{ 488.5318521493765 }}",
"out": "488.5318521493765 488.5318521493765 488 488.5318521493765"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" 5.079889366253065e+23 5.079889366253065e+23 5.079889366253065e+23 5.079889366253065e+23 5.079889366253065e+23 5.079889366253065e+23 5.079889366253065e+23 5.079889366253065e+23 5.079889366253065e+23 5.079889366253065e+23 }}",
"out": "5.079889366253065e+23|5.079889e+23|507988936625306527072256.000|5.079889366253065e+23|5.079889366e+23|0x1.ae488aaf4febap+78|5.08E+23|5.079889366253065e+23|507988936625306527072256|5.079889366253065E+23"
},
{
"tpl": "{{ toJson 5.079889366253065e+23 }} {{ toString 5.079889366253065e+23 }} {{ int64 5.079889366253065e+23 }} {{ 5.079889366253065e+23 }}",
"out": "5.079889366253065e+23 5.079889366253065e+23 -9223372036854775808 5.079889366253065e+23"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" -2.7668022397225166e+23 -2.7668022397225166e+23 -2.7668022397225166e+23 -2.7668022397225166e+23 -2.7668022397225166e+23 -2.7668022397225166e+23 -2.7668022397225166e+23 -2.7668022397225166e+23 -2.7668022397225166e+23 -2.7668022397225166e+23 }}",
"out": "-2.7668022397225166e+23|-2.766802e+23|-276680223972251662286848.000|-2.7668022397225166e+23|-2.76680224e+23|-0x1.d4b6eb82e0e15p+77|-2.77E+23|-2.7668022397225166e+23|-276680223972251662286848|-2.7668022397225166E+23"
},
{
"tpl": "{{ toJson -2.7668022397225166e+23 }} {{ toString -2.7668022397225166e+23 }} {{ int64 -2.7668022397225166e+23 }} {{ -2.7668022397225166e+23 }}",
"out": "-2.7668022397225166e+23 -2.7668022397225166e+23 -9223372036854775808 -2.7668022397225166e+23"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" 1.3081966070170225e+19 1.3081966070170225e+19 1.3081966070170225e+19 1.3081966070170225e+19 1.3081966070170225e+19 1.3081966070170225e+19 1.3081966070170225e+19 1.3081966070170225e+19 1.3081966070170225e+19 1.3081966070170225e+19 }}",
"out": "1.3081966070170225e+19|1.308197e+19|13081966070170224640.000|1.3081966070170225e+19|1.308196607e+19|0x1.6b18f5a8c06b1p+63|1.31E+19|1.3081966070170225e+19|13081966070170224640|1.3081966070170225E+19"
},
{
"tpl": "{{ toJson 1.3081966070170225e+19 }} {{ toString 1.3081966070170225e+19 }} {{ int64 1.3081966070170225e+19 }} {{ 1.3081966070170225e+19 }}",
"out": "13081966070170225000 1.3081966070170225e+19 -9223372036854775808 1.3081966070170225e+19"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" 7.412309083479309e-20 7.412309083479309e-20 7.412309083479309e-20 7.412309083479309e-20 7.412309083479309e-20 7.412309083479309e-20 7.412309083479309e-20 7.412309083479309e-20 7.412309083479309e-20 7.412309083479309e-20 }}",
"out": "7.412309083479309e-20|7.412309e-20|0.000|7.412309083479309e-20|7.412309083e-20|0x1.5e09517eb7f3dp-64|7.41E-20|7.412309083479309e-20|0|7.412309083479309E-20"
},
{
"tpl": "{{ toJson 7.412309083479309e-20 }} {{ toString 7.412309083479309e-20 }} {{ int64 7.412309083479309e-20 }} {{ 7.412309083479309e-20 }}",
"out": "7.412309083479309e-20 7.412309083479309e-20 0 7.412309083479309e-20"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" -0.005609068647747463 -0.005609068647747463 -0.005609068647747463 -0.005609068647747463 -0.005609068647747463 -0.005609068647747463 -0.005609068647747463 -0.005609068647747463 -0.005609068647747463 -0.005609068647747463 }}",
"out": "-0.005609068647747463|-5.609069e-03|-0.006|-0.005609068647747463|-0.005609068648|-0x1.6f988e6731302p-08|-5.61E-03|-0.005609068647747463|-0|-0.005609068647747463"
},
{
"tpl": "{{ toJson -0.005609068647747463 }} {{ toString -0.005609068647747463 }} {{ int64 -0.005609068647747463 }} {{ -0.005609068647747463 }}",
"out": "-0.005609068647747463 -0.005609068647747463 0 -0.005609068647747463"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" 8.831063933001429e+30 8.831063933001429e+30 8.831063933001429e+30 8.831063933001429e+30 8.831063933001429e+30 8.831063933001429e+30 8.831063933001429e+30 8.831063933001429e+30 8.831063933001429e+30 8.831063933001429e+30 }}",
"out": "8.831063933001429e+30|8.831064e+30|8831063933001429200575574048768.000|8.831063933001429e+30|8.831063933e+30|0x1.bddad37e8fb4ep+102|8.83E+30|8.831063933001429e+30|8831063933001429200575574048768|8.831063933001429E+30"
},
{
"tpl": "{{ toJson 8.831063933001429e+30 }} {{ toString 8.831063933001429e+30 }} {{ int64 8.831063933001429e+30 }} {{ 8.831063933001429e+30 }}",
"out": "8.831063933001429e+30 8.831063933001429e+30 -9223372036854775808 8.831063933001429e+30"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" 3602.8138060830606 3602.8138060830606 3602.8138060830606 3602.8138060830606 3602.8138060830606 3602.8138060830606 3602.8138060830606 3602.8138060830606 3602.8138060830606 3602.8138060830606 }}",
"out": "3602.8138060830606|3.602814e+03|3602.814|3602.8138060830606|3602.813806|0x1.c25a0ab30e01p+11|3.60E+03|3602.8138060830606|3603|3602.8138060830606"
},
{
"tpl": "{{ toJson 3602.8138060830606 }} {{ toString 3602.8138060830606 }} {{ int64 3602.8138060830606 }} {{ 3602.8138060830606 }}",
"out": "3602.8138060830606 3602.8138060830606 3602 3602.8138060830606"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" -148093.78556748264 -148093.78556748264 -148093.78556748264 -148093.78556748264 -148093.78556748264 -148093.78556748264 -148093.78556748264 -148093.78556748264 -148093.78556748264 -148093.78556748264 }}",
"out": "-148093.78556748264|-1.480938e+05|-148093.786|-148093.78556748264|-148093.7856|-0x1.213ee48d79ab6p+17|-1.48E+05|-148093.78556748264|-148094|-148093.78556748264"
},
{
"tpl": "{{ toJson -148093.78556748264 }} {{ toString -148093.78556748264 }} {{ int64 -148093.78556748264 }} {{ -148093.78556748264 }}",
"out": "-148093.78556748264 -148093.78556748264 -148093 -148093.78556748264"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" 3.64651515327256e-11 3.64651515327256e-11 3.64651515327256e-11 3.64651515327256e-11 3.64651515327256e-11 3.64651515327256e-11 3.64651515327256e-11 3.64651515327256e-11 3.64651515327256e-11 3.64651515327256e-11 }}",
"out": "3.64651515327256e-11|3.646515e-11|0.000|3.64651515327256e-11|3.646515153e-11|0x1.40c038af773f9p-35|3.65E-11|3.64651515327256e-11|0|3.64651515327256E-11"
},
{
"tpl": "{{ toJson 3.64651515327256e-11 }} {{ toString 3.64651515327256e-11 }} {{ int64 3.64651515327256e-11 }} {{ 3.64651515327256e-11 }}",
"out": "3.64651515327256e-11 3.64651515327256e-11 0 3.64651515327256e-11"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" 3.989487811121817e+24 3.989487811121817e+24 3.989487811121817e+24 3.989487811121817e+24 3.989487811121817e+24 3.989487811121817e+24 3.989487811121817e+24 3.989487811121817e+24 3.989487811121817e+24 3.989487811121817e+24 }}",
"out": "3.989487811121817e+24|3.989488e+24|3989487811121817029967872.000|3.989487811121817e+24|3.989487811e+24|0x1.a66748a6fd7c1p+81|3.99E+24|3.989487811121817e+24|3989487811121817029967872|3.989487811121817E+24"
},
{
"tpl": "{{ toJson 3.989487811121817e+24 }} {{ toString 3.989487811121817e+24 }} {{ int64 3.989487811121817e+24 }} {{ 3.989487811121817e+24 }}",
"out": "3.989487811121817e+24 3.989487811121817e+24 -9223372036854775808 3.989487811121817e+24"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" -24952973922292.445 -24952973922292.445 -24952973922292.445 -24952973922292.445 -24952973922292.445 -24952973922292.445 -24952973922292.445 -24952973922292.445 -24952973922292.445 -24952973922292.445 }}",
"out": "-2.4952973922292445e+13|-2.495297e+13|-24952973922292.445|-2.4952973922292445e+13|-2.495297392e+13|-0x1.6b1d1258ff472p+44|-2.50E+13|-2.4952973922292445e+13|-24952973922292|-2.4952973922292445E+13"
},
{
"tpl": "{{ toJson -24952973922292.445 }} {{ toString -24952973922292.445 }} {{ int64 -24952973922292.445 }} {{ -24952973922292.445 }}",
"out": "-24952973922292.445 -2.4952973922292445e+13 -24952973922292 -2.4952973922292445e+13"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" 5.598835191438697e+19 5.598835191438697e+19 5.598835191438697e+19 5.598835191438697e+19 5.598835191438697e+19 5.598835191438697e+19 5.598835191438697e+19 5.598835191438697e+19 5.598835191438697e+19 5.598835191438697e+19 }}",
"out": "5.598835191438697e+19|5.598835e+19|55988351914386972672.000|5.598835191438697e+19|5.598835191e+19|0x1.847f4ab6ac4c7p+65|5.60E+19|5.598835191438697e+19|55988351914386972672|5.598835191438697E+19"
},
{
"tpl": "{{ toJson 5.598835191438697e+19 }} {{ toString 5.598835191438697e+19 }} {{ int64 5.598835191438697e+19 }} {{ 5.598835191438697e+19 }}",
"out": "55988351914386970000 5.598835191438697e+19 -9223372036854775808 5.598835191438697e+19"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" 7494776111.435392 7494776111.435392 7494776111.435392 7494776111.435392 7494776111.435392 7494776111.435392 7494776111.435392 7494776111.435392 7494776111.435392 7494776111.435392 }}",
"out": "7.494776111435392e+09|7.494776e+09|7494776111.435|7.494776111435392e+09|7494776111|0x1.beb9352f6f75ep+32|7.49E+09|7.494776111435392e+09|7494776111|7.494776111435392E+09"
},
{
"tpl": "{{ toJson 7494776111.435392 }} {{ toString 7494776111.435392 }} {{ int64 7494776111.435392 }} {{ 7494776111.435392 }}",
"out": "7494776111.435392 7.494776111435392e+09 7494776111 7.494776111435392e+09"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" 8.64605696219964e-15 8.64605696219964e-15 8.64605696219964e-15 8.64605696219964e-15 8.64605696219964e-15 8.64605696219964e-15 8.64605696219964e-15 8.64605696219964e-15 8.64605696219964e-15 8.64605696219964e-15 }}",
"out": "8.64605696219964e-15|8.646057e-15|0.000|8.64605696219964e-15|8.646056962e-15|0x1.3781cccdbb21ep-47|8.65E-15|8.64605696219964e-15|0|8.64605696219964E-15"
},
{
"tpl": "{{ toJson 8.64605696219964e-15 }} {{ toString 8.64605696219964e-15 }} {{ int64 8.64605696219964e-15 }} {{ 8.64605696219964e-15 }}",
"out": "8.64605696219964e-15 8.64605696219964e-15 0 8.64605696219964e-15"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" 1.7705237032038123e+21 1.7705237032038123e+21 1.7705237032038123e+21 1.7705237032038123e+21 1.7705237032038123e+21 1.7705237032038123e+21 1.7705237032038123e+21 1.7705237032038123e+21 1.7705237032038123e+21 1.7705237032038123e+21 }}",
"out": "1.7705237032038123e+21|1.770524e+21|1770523703203812343808.000|1.7705237032038123e+21|1.770523703e+21|0x1.7febcf1db5818p+70|1.77E+21|1.7705237032038123e+21|1770523703203812343808|1.7705237032038123E+21"
},
{
"tpl": "{{ toJson 1.7705237032038123e+21 }} {{ toString 1.7705237032038123e+21 }} {{ int64 1.7705237032038123e+21 }} {{ 1.7705237032038123e+21 }}",
"out": "1.7705237032038123e+21 1.7705237032038123e+21 -9223372036854775808 1.7705237032038123e+21"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" 7.365644717550821e-19 7.365644717550821e-19 7.365644717550821e-19 7.365644717550821e-19 7.365644717550821e-19 7.365644717550821e-19 7.365644717550821e-19 7.365644717550821e-19 7.365644717550821e-19 7.365644717550821e-19 }}",
"out": "7.365644717550821e-19|7.365645e-19|0.000|7.365644717550821e-19|7.365644718e-19|0x1.b2ca79d8ce3cbp-61|7.37E-19|7.365644717550821e-19|0|7.365644717550821E-19"
},
{
"tpl": "{{ toJson 7.365644717550821e-19 }} {{ toString 7.365644717550821e-19 }} {{ int64 7.365644717550821e-19 }} {{ 7.365644717550821e-19 }}",
"out": "7.365644717550821e-19 7.365644717550821e-19 0 7.365644717550821e-19"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" 4.1171316655155365e+29 4.1171316655155365e+29 4.1171316655155365e+29 4.1171316655155365e+29 4.1171316655155365e+29 4.1171316655155365e+29 4.1171316655155365e+29 4.1171316655155365e+29 4.1171316655155365e+29 4.1171316655155365e+29 }}",
"out": "4.1171316655155365e+29|4.117132e+29|411713166551553645226665967616.000|4.1171316655155365e+29|4.117131666e+29|0x1.4c94498e33756p+98|4.12E+29|4.1171316655155365e+29|411713166551553645226665967616|4.1171316655155365E+29"
},
{
"tpl": "{{ toJson 4.1171316655155365e+29 }} {{ toString 4.1171316655155365e+29 }} {{ int64 4.1171316655155365e+29 }} {{ 4.1171316655155365e+29 }}",
"out": "4.1171316655155365e+29 4.1171316655155365e+29 -9223372036854775808 4.1171316655155365e+29"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" -8.10749316574389e+17 -8.10749316574389e+17 -8.10749316574389e+17 -8.10749316574389e+17 -8.10749316574389e+17 -8.10749316574389e+17 -8.10749316574389e+17 -8.10749316574389e+17 -8.10749316574389e+17 -8.10749316574389e+17 }}",
"out": "-8.10749316574389e+17|-8.107493e+17|-810749316574388992.000|-8.10749316574389e+17|-8.107493166e+17|-0x1.680b86a709d46p+59|-8.11E+17|-8.10749316574389e+17|-810749316574388992|-8.10749316574389E+17"
},
{
"tpl": "{{ toJson -8.10749316574389e+17 }} {{ toString -8.10749316574389e+17 }} {{ int64 -8.10749316574389e+17 }} {{ -8.10749316574389e+17 }}",
"out": "-810749316574389000 -8.10749316574389e+17 -810749316574388992 -8.10749316574389e+17"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" 7.012781881399126e+20 7.012781881399126e+20 7.012781881399126e+20 7.012781881399126e+20 7.012781881399126e+20 7.012781881399126e+20 7.012781881399126e+20 7.012781881399126e+20 7.012781881399126e+20 7.012781881399126e+20 }}",
"out": "7.012781881399126e+20|7.012782e+20|701278188139912626176.000|7.012781881399126e+20|7.012781881e+20|0x1.302184e4a8486p+69|7.01E+20|7.012781881399126e+20|701278188139912626176|7.012781881399126E+20"
},
{
"tpl": "{{ toJson 7.012781881399126e+20 }} {{ toString 7.012781881399126e+20 }} {{ int64 7.012781881399126e+20 }} {{ 7.012781881399126e+20 }}",
"out": "701278188139912600000 7.012781881399126e+20 -9223372036854775808 7.012781881399126e+20"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" -8.585932513377815e-28 -8.585932513377815e-28 -8.585932513377815e-28 -8.585932513377815e-28 -8.585932513377815e-28 -8.585932513377815e-28 -8.585932513377815e-28 -8.585932513377815e-28 -8.585932513377815e-28 -8.585932513377815e-28 }}",
"out": "-8.585932513377815e-28|-8.585933e-28|-0.000|-8.585932513377815e-28|-8.585932513e-28|-0x1.10195c2aae421p-90|-8.59E-28|-8.585932513377815e-28|-0|-8.585932513377815E-28"
},
{
"tpl": "{{ toJson -8.585932513377815e-28 }} {{ toString -8.585932513377815e-28 }} {{ int64 -8.585932513377815e-28 }} {{ -8.585932513377815e-28 }}",
"out": "-8.585932513377815e-28 -8.585932513377815e-28 0 -8.585932513377815e-28"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" 9.18451901229495e+22 9.18451901229495e+22 9.18451901229495e+22 9.18451901229495e+22 9.18451901229495e+22 9.18451901229495e+22 9.18451901229495e+22 9.18451901229495e+22 9.18451901229495e+22 9.18451901229495e+22 }}",
"out": "9.18451901229495e+22|9.184519e+22|91845190122949507547136.000|9.18451901229495e+22|9.184519012e+22|0x1.372f00f48265dp+76|9.18E+22|9.18451901229495e+22|91845190122949507547136|9.18451901229495E+22"
},
{
"tpl": "{{ toJson 9.18451901229495e+22 }} {{ toString 9.18451901229495e+22 }} {{ int64 9.18451901229495e+22 }} {{ 9.18451901229495e+22 }}",
"out": "9.18451901229495e+22 9.18451901229495e+22 -9223372036854775808 9.18451901229495e+22"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" -7.953454991528618e+22 -7.953454991528618e+22 -7.953454991528618e+22 -7.953454991528618e+22 -7.953454991528618e+22 -7.953454991528618e+22 -7.953454991528618e+22 -7.953454991528618e+22 -7.953454991528618e+22 -7.953454991528618e+22 }}",
"out": "-7.953454991528618e+22|-7.953455e+22|-79534549915286175219712.000|-7.953454991528618e+22|-7.953454992e+22|-0x1.0d7939b6bd8e7p+76|-7.95E+22|-7.953454991528618e+22|-79534549915286175219712|-7.953454991528618E+22"
},
{
"tpl": "{{ toJson -7.953454991528618e+22 }} {{ toString -7.953454991528618e+22 }} {{ int64 -7.953454991528618e+22 }} {{ -7.953454991528618e+22 }}",
"out": "-7.953454991528618e+22 -7.953454991528618e+22 -9223372036854775808 -7.953454991528618e+22"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" 6.60033182748629e-29 6.60033182748629e-29 6.60033182748629e-29 6.60033182748629e-29 6.60033182748629e-29 6.60033182748629e-29 6.60033182748629e-29 6.60033182748629e-29 6.60033182748629e-29 6.60033182748629e-29 }}",
"out": "6.60033182748629e-29|6.600332e-29|0.000|6.60033182748629e-29|6.600331827e-29|0x1.4ead349dcd355p-94|6.60E-29|6.60033182748629e-29|0|6.60033182748629E-29"
},
{
"tpl": "{{ toJson 6.60033182748629e-29 }} {{ toString 6.60033182748629e-29 }} {{ int64 6.60033182748629e-29 }} {{ 6.60033182748629e-29 }}",
"out": "6.60033182748629e-29 6.60033182748629e-29 0 6.60033182748629e-29"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" 8.643529420302864e-13 8.643529420302864e-13 8.643529420302864e-13 8.643529420302864e-13 8.643529420302864e-13 8.643529420302864e-13 8.643529420302864e-13 8.643529420302864e-13 8.643529420302864e-13 8.643529420302864e-13 }}",
"out": "8.643529420302864e-13|8.643529e-13|0.000|8.643529420302864e-13|8.64352942e-13|0x1.e6966305a08f6p-41|8.64E-13|8.643529420302864e-13|0|8.643529420302864E-13"
},
{
"tpl": "{{ toJson 8.643529420302864e-13 }} {{ toString 8.643529420302864e-13 }} {{ int64 8.643529420302864e-13 }} {{ 8.643529420302864e-13 }}",
"out": "8.643529420302864e-13 8.643529420302864e-13 0 8.643529420302864e-13"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" 3.511461290827522e-13 3.511461290827522e-13 3.511461290827522e-13 3.511461290827522e-13 3.511461290827522e-13 3.511461290827522e-13 3.511461290827522e-13 3.511461290827522e-13 3.511461290827522e-13 3.511461290827522e-13 }}",
"out": "3.511461290827522e-13|3.511461e-13|0.000|3.511461290827522e-13|3.511461291e-13|0x1.8b5afb1a477b8p-42|3.51E-13|3.511461290827522e-13|0|3.511461290827522E-13"
},
{
"tpl": "{{ toJson 3.511461290827522e-13 }} {{ toString 3.511461290827522e-13 }} {{ int64 3.511461290827522e-13 }} {{ 3.511461290827522e-13 }}",
"out": "3.511461290827522e-13 3.511461290827522e-13 0 3.511461290827522e-13"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" 98114968719826.02 98114968719826.02 98114968719826.02 98114968719826.02 98114968719826.02 98114968719826.02 98114968719826.02 98114968719826.02 98114968719826.02 98114968719826.02 }}",
"out": "9.811496871982602e+13|9.811497e+13|98114968719826.016|9.811496871982602e+13|9.811496872e+13|0x1.64f0af6e47481p+46|9.81E+13|9.811496871982602e+13|98114968719826|9.811496871982602E+13"
},
{
"tpl": "{{ toJson 98114968719826.02 }} {{ toString 98114968719826.02 }} {{ int64 98114968719826.02 }} {{ 98114968719826.02 }}",
"out": "98114968719826.02 9.811496871982602e+13 98114968719826 9.811496871982602e+13"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" 2.7600535119635894e+29 2.7600535119635894e+29 2.7600535119635894e+29 2.7600535119635894e+29 2.7600535119635894e+29 2.7600535119635894e+29 2.7600535119635894e+29 2.7600535119635894e+29 2.7600535119635894e+29 2.7600535119635894e+29 }}",
"out": "2.7600535119635894e+29|2.760054e+29|276005351196358944200903884800.000|2.7600535119635894e+29|2.760053512e+29|0x1.bde923429e305p+97|2.76E+29|2.7600535119635894e+29|276005351196358944200903884800|2.7600535119635894E+29"
},
{
"tpl": "{{ toJson 2.7600535119635894e+29 }} {{ toString 2.7600535119635894e+29 }} {{ int64 2.7600535119635894e+29 }} {{ 2.7600535119635894e+29 }}",
"out": "2.7600535119635894e+29 2.7600535119635894e+29 -9223372036854775808 2.7600535119635894e+29"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" 1.7856781617246365e-14 1.7856781617246365e-14 1.7856781617246365e-14 1.7856781617246365e-14 1.7856781617246365e-14 1.7856781617246365e-14 1.7856781617246365e-14 1.7856781617246365e-14 1.7856781617246365e-14 1.7856781617246365e-14 }}",
"out": "1.7856781617246365e-14|1.785678e-14|0.000|1.7856781617246365e-14|1.785678162e-14|0x1.41addec013c6cp-46|1.79E-14|1.7856781617246365e-14|0|1.7856781617246365E-14"
},
{
"tpl": "{{ toJson 1.7856781617246365e-14 }} {{ toString 1.7856781617246365e-14 }} {{ int64 1.7856781617246365e-14 }} {{ 1.7856781617246365e-14 }}",
"out": "1.7856781617246365e-14 1.7856781617246365e-14 0 1.7856781617246365e-14"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" 3.8257197353262715e-15 3.8257197353262715e-15 3.8257197353262715e-15 3.8257197353262715e-15 3.8257197353262715e-15 3.8257197353262715e-15 3.8257197353262715e-15 3.8257197353262715e-15 3.8257197353262715e-15 3.8257197353262715e-15 }}",
"out": "3.8257197353262715e-15|3.825720e-15|0.000|3.8257197353262715e-15|3.825719735e-15|0x1.13ac12a6a52a3p-48|3.83E-15|3.8257197353262715e-15|0|3.8257197353262715E-15"
},
{
"tpl": "{{ toJson 3.8257197353262715e-15 }} {{ toString 3.8257197353262715e-15 }} {{ int64 3.8257197353262715e-15 }} {{ 3.8257197353262715e-15 }}",
"out": "3.8257197353262715e-15 3.8257197353262715e-15 0 3.8257197353262715e-15"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" 7.285450606527043e-08 7.285450606527043e-08 7.285450606527043e-08 7.285450606527043e-08 7.285450606527043e-08 7.285450606527043e-08 7.285450606527043e-08 7.285450606527043e-08 7.285450606527043e-08 7.285450606527043e-08 }}",
"out": "7.285450606527043e-08|7.285451e-08|0.000|7.285450606527043e-08|7.285450607e-08|0x1.38e86065e2906p-24|7.29E-08|7.285450606527043e-08|0|7.285450606527043E-08"
},
{
"tpl": "{{ toJson 7.285450606527043e-08 }} {{ toString 7.285450606527043e-08 }} {{ int64 7.285450606527043e-08 }} {{ 7.285450606527043e-08 }}",
"out": "7.285450606527043e-8 7.285450606527043e-08 0 7.285450606527043e-08"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" -984235849.31659 -984235849.31659 -984235849.31659 -984235849.31659 -984235849.31659 -984235849.31659 -984235849.31659 -984235849.31659 -984235849.31659 -984235849.31659 }}",
"out": "-9.8423584931659e+08|-9.842358e+08|-984235849.317|-9.8423584931659e+08|-984235849.3|-0x1.d551fa4a88605p+29|-9.84E+08|-9.8423584931659e+08|-984235849|-9.8423584931659E+08"
},
{
"tpl": "{{ toJson -984235849.31659 }} {{ toString -984235849.31659 }} {{ int64 -984235849.31659 }} {{ -984235849.31659 }}",
"out": "-984235849.31659 -9.8423584931659e+08 -984235849 -9.8423584931659e+08"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" -5.765880434965995e+27 -5.765880434965995e+27 -5.765880434965995e+27 -5.765880434965995e+27 -5.765880434965995e+27 -5.765880434965995e+27 -5.765880434965995e+27 -5.765880434965995e+27 -5.765880434965995e+27 -5.765880434965995e+27 }}",
"out": "-5.765880434965995e+27|-5.765880e+27|-5765880434965994590630313984.000|-5.765880434965995e+27|-5.765880435e+27|-0x1.2a16cacb1afdfp+92|-5.77E+27|-5.765880434965995e+27|-5765880434965994590630313984|-5.765880434965995E+27"
},
{
"tpl": "{{ toJson -5.765880434965995e+27 }} {{ toString -5.765880434965995e+27 }} {{ int64 -5.765880434965995e+27 }} {{ -5.765880434965995e+27 }}",
"out": "-5.765880434965995e+27 -5.765880434965995e+27 -9223372036854775808 -5.765880434965995e+27"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" 4360575154549723.0 4360575154549723.0 4360575154549723.0 4360575154549723.0 4360575154549723.0 4360575154549723.0 4360575154549723.0 4360575154549723.0 4360575154549723.0 4360575154549723.0 }}",
"out": "4.360575154549723e+15|4.360575e+15|4360575154549723.000|4.360575154549723e+15|4.360575155e+15|0x1.efbd70a34e7b6p+51|4.36E+15|4.360575154549723e+15|4360575154549723|4.360575154549723E+15"
},
{
"tpl": "{{ toJson 4360575154549723.0 }} {{ toString 4360575154549723.0 }} {{ int64 4360575154549723.0 }} {{ 4360575154549723.0 }}",
"out": "4360575154549723 4.360575154549723e+15 4360575154549723 4.360575154549723e+15"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" 5.384519970927919e+21 5.384519970927919e+21 5.384519970927919e+21 5.384519970927919e+21 5.384519970927919e+21 5.384519970927919e+21 5.384519970927919e+21 5.384519970927919e+21 5.384519970927919e+21 5.384519970927919e+21 }}",
"out": "5.384519970927919e+21|5.384520e+21|5384519970927918710784.000|5.384519970927919e+21|5.384519971e+21|0x1.23e539c126434p+72|5.38E+21|5.384519970927919e+21|5384519970927918710784|5.384519970927919E+21"
},
{
"tpl": "{{ toJson 5.384519970927919e+21 }} {{ toString 5.384519970927919e+21 }} {{ int64 5.384519970927919e+21 }} {{ 5.384519970927919e+21 }}",
"out": "5.384519970927919e+21 5.384519970927919e+21 -9223372036854775808 5.384519970927919e+21"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" -7.370376934903003e+17 -7.370376934903003e+17 -7.370376934903003e+17 -7.370376934903003e+17 -7.370376934903003e+17 -7.370376934903003e+17 -7.370376934903003e+17 -7.370376934903003e+17 -7.370376934903003e+17 -7.370376934903003e+17 }}",
"out": "-7.370376934903003e+17|-7.370377e+17|-737037693490300288.000|-7.370376934903003e+17|-7.370376935e+17|-0x1.474f7c125200bp+59|-7.37E+17|-7.370376934903003e+17|-737037693490300288|-7.370376934903003E+17"
},
{
"tpl": "{{ toJson -7.370376934903003e+17 }} {{ toString -7.370376934903003e+17 }} {{ int64 -7.370376934903003e+17 }} {{ -7.370376934903003e+17 }}",
"out": "-737037693490300300 -7.370376934903003e+17 -737037693490300288 -7.370376934903003e+17"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" 0.0006997381112631018 0.0006997381112631018 0.0006997381112631018 0.0006997381112631018 0.0006997381112631018 0.0006997381112631018 0.0006997381112631018 0.0006997381112631018 0.0006997381112631018 0.0006997381112631018 }}",
"out": "0.0006997381112631018|6.997381e-04|0.001|0.0006997381112631018|0.0006997381113|0x1.6edd426ddab85p-11|7.00E-04|0.0006997381112631018|0|0.0006997381112631018"
},
{
"tpl": "{{ toJson 0.0006997381112631018 }} {{ toString 0.0006997381112631018 }} {{ int64 0.0006997381112631018 }} {{ 0.0006997381112631018 }}",
"out": "0.0006997381112631018 0.0006997381112631018 0 0.0006997381112631018"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" 6.231554099464091e-09 6.231554099464091e-09 6.231554099464091e-09 6.231554099464091e-09 6.231554099464091e-09 6.231554099464091e-09 6.231554099464091e-09 6.231554099464091e-09 6.231554099464091e-09 6.231554099464091e-09 }}",
"out": "6.231554099464091e-09|6.231554e-09|0.000|6.231554099464091e-09|6.231554099e-09|0x1.ac3aa8b864a29p-28|6.23E-09|6.231554099464091e-09|0|6.231554099464091E-09"
},
{
"tpl": "{{ toJson 6.231554099464091e-09 }} {{ toString 6.231554099464091e-09 }} {{ int64 6.231554099464091e-09 }} {{ 6.231554099464091e-09 }}",
"out": "6.231554099464091e-9 6.231554099464091e-09 0 6.231554099464091e-09"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" 0.1 0.1 0.1 0.1 0.1 0.1 0.1 0.1 0.1 0.1 }}",
"out": "0.1|1.000000e-01|0.100|0.1|0.1|0x1.999999999999ap-04|1.00E-01|0.100000|0|0.1"
},
{
"tpl": "{{ toJson 0.1 }} {{ toString 0.1 }} {{ int64 0.1 }} {{ 0.1 }}",
"out": "0.1 0.1 0 0.1"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" 0.2 0.2 0.2 0.2 0.2 0.2 0.2 0.2 0.2 0.2 }}",
"out": "0.2|2.000000e-01|0.200|0.2|0.2|0x1.999999999999ap-03|2.00E-01|0.200000|0|0.2"
},
{
"tpl": "{{ toJson 0.2 }} {{ toString 0.2 }} {{ int64 0.2 }} {{ 0.2 }}",
"out": "0.2 0.2 0 0.2"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" 0.3 0.3 0.3 0.3 0.3 0.3 0.3 0.3 0.3 0.3 }}",
"out": "0.3|3.000000e-01|0.300|0.3|0.3|0x1.3333333333333p-02|3.00E-01|0.300000|0|0.3"
},
{
"tpl": "{{ toJson 0.3 }} {{ toString 0.3 }} {{ int64 0.3 }} {{ 0.3 }}",
"out": "0.3 0.3 0 0.3"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" 1e6 1e6 1e6 1e6 1e6 1e6 1e6 1e6 1e6 1e6 }}",
"out": "1e+06|1.000000e+06|1000000.000|1e+06|1000000|0x1.e848p+19|1.00E+06|1.00000e+06|1000000|1E+06"
},
{
"tpl": "{{ toJson 1e6 }} {{ toString 1e6 }} {{ int64 1e6 }} {{ 1e6 }}",
"out": "1000000 1e+06 1000000 1e+06"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" 1e21 1e21 1e21 1e21 1e21 1e21 1e21 1e21 1e21 1e21 }}",
"out": "1e+21|1.000000e+21|1000000000000000000000.000|1e+21|1e+21|0x1.b1ae4d6e2ef5p+69|1.00E+21|1.00000e+21|1000000000000000000000|1E+21"
},
{
"tpl": "{{ toJson 1e21 }} {{ toString 1e21 }} {{ int64 1e21 }} {{ 1e21 }}",
"out": "1e+21 1e+21 -9223372036854775808 1e+21"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" 1e20 1e20 1e20 1e20 1e20 1e20 1e20 1e20 1e20 1e20 }}",
"out": "1e+20|1.000000e+20|100000000000000000000.000|1e+20|1e+20|0x1.5af1d78b58c4p+66|1.00E+20|1.00000e+20|100000000000000000000|1E+20"
},
{
"tpl": "{{ toJson 1e20 }} {{ toString 1e20 }} {{ int64 1e20 }} {{ 1e20 }}",
"out": "100000000000000000000 1e+20 -9223372036854775808 1e+20"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" 123456.0 123456.0 123456.0 123456.0 123456.0 123456.0 123456.0 123456.0 123456.0 123456.0 }}",
"out": "123456|1.234560e+05|123456.000|123456|123456|0x1.e24p+16|1.23E+05|123456.|123456|123456"
},
{
"tpl": "{{ toJson 123456.0 }} {{ toString 123456.0 }} {{ int64 123456.0 }} {{ 123456.0 }}",
"out": "123456 123456 123456 123456"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" 999999.5 999999.5 999999.5 999999.5 999999.5 999999.5 999999.5 999999.5 999999.5 999999.5 }}",
"out": "999999.5|9.999995e+05|999999.500|999999.5|999999.5|0x1.e847fp+19|1.00E+06|999999.5|1000000|999999.5"
},
{
"tpl": "{{ toJson 999999.5 }} {{ toString 999999.5 }} {{ int64 999999.5 }} {{ 999999.5 }}",
"out": "999999.5 999999.5 999999 999999.5"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" 1e-5 1e-5 1e-5 1e-5 1e-5 1e-5 1e-5 1e-5 1e-5 1e-5 }}",
"out": "1e-05|1.000000e-05|0.000|1e-05|1e-05|0x1.4f8b588e368f1p-17|1.00E-05|1.00000e-05|0|1E-05"
},
{
"tpl": "{{ toJson 1e-5 }} {{ toString 1e-5 }} {{ int64 1e-5 }} {{ 1e-5 }}",
"out": "0.00001 1e-05 0 1e-05"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" 1e-4 1e-4 1e-4 1e-4 1e-4 1e-4 1e-4 1e-4 1e-4 1e-4 }}",
"out": "0.0001|1.000000e-04|0.000|0.0001|0.0001|0x1.a36e2eb1c432dp-14|1.00E-04|0.000100000|0|0.0001"
},
{
"tpl": "{{ toJson 1e-4 }} {{ toString 1e-4 }} {{ int64 1e-4 }} {{ 1e-4 }}",
"out": "0.0001 0.0001 0 0.0001"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" 5e-324 5e-324 5e-324 5e-324 5e-324 5e-324 5e-324 5e-324 5e-324 5e-324 }}",
"out": "5e-324|4.940656e-324|0.000|5e-324|4.940656458e-324|0x1p-1074|4.94E-324|5.00000e-324|0|5E-324"
},
{
"tpl": "{{ toJson 5e-324 }} {{ toString 5e-324 }} {{ int64 5e-324 }} {{ 5e-324 }}",
"out": "5e-324 5e-324 0 5e-324"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" 1.7976931348623157e308 1.7976931348623157e308 1.7976931348623157e308 1.7976931348623157e308 1.7976931348623157e308 1.7976931348623157e308 1.7976931348623157e308 1.7976931348623157e308 1.7976931348623157e308 1.7976931348623157e308 }}",
"out": "1.7976931348623157e+308|1.797693e+308|179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368.000|1.7976931348623157e+308|1.797693135e+308|0x1.fffffffffffffp+1023|1.80E+308|1.7976931348623157e+308|179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368|1.7976931348623157E+308"
},
{
"tpl": "{{ toJson 1.7976931348623157e308 }} {{ toString 1.7976931348623157e308 }} {{ int64 1.7976931348623157e308 }} {{ 1.7976931348623157e308 }}",
"out": "1.7976931348623157e+308 1.7976931348623157e+308 -9223372036854775808 1.7976931348623157e+308"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" 2.5 2.5 2.5 2.5 2.5 2.5 2.5 2.5 2.5 2.5 }}",
"out": "2.5|2.500000e+00|2.500|2.5|2.5|0x1.4p+01|2.50E+00|2.50000|2|2.5"
},
{
"tpl": "{{ toJson 2.5 }} {{ toString 2.5 }} {{ int64 2.5 }} {{ 2.5 }}",
"out": "2.5 2.5 2 2.5"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" 0.5 0.5 0.5 0.5 0.5 0.5 0.5 0.5 0.5 0.5 }}",
"out": "0.5|5.000000e-01|0.500|0.5|0.5|0x1p-01|5.00E-01|0.500000|0|0.5"
},
{
"tpl": "{{ toJson 0.5 }} {{ toString 0.5 }} {{ int64 0.5 }} {{ 0.5 }}",
"out": "0.5 0.5 0 0.5"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" 1.5 1.5 1.5 1.5 1.5 1.5 1.5 1.5 1.5 1.5 }}",
"out": "1.5|1.500000e+00|1.500|1.5|1.5|0x1.8p+00|1.50E+00|1.50000|2|1.5"
},
{
"tpl": "{{ toJson 1.5 }} {{ toString 1.5 }} {{ int64 1.5 }} {{ 1.5 }}",
"out": "1.5 1.5 1 1.5"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" 0.125 0.125 0.125 0.125 0.125 0.125 0.125 0.125 0.125 0.125 }}",
"out": "0.125|1.250000e-01|0.125|0.125|0.125|0x1p-03|1.25E-01|0.125000|0|0.125"
},
{
"tpl": "{{ toJson 0.125 }} {{ toString 0.125 }} {{ int64 0.125 }} {{ 0.125 }}",
"out": "0.125 0.125 0 0.125"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" 0.375 0.375 0.375 0.375 0.375 0.375 0.375 0.375 0.375 0.375 }}",
"out": "0.375|3.750000e-01|0.375|0.375|0.375|0x1.8p-02|3.75E-01|0.375000|0|0.375"
},
{
"tpl": "{{ toJson 0.375 }} {{ toString 0.375 }} {{ int64 0.375 }} {{ 0.375 }}",
"out": "0.375 0.375 0 0.375"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" 100.0 100.0 100.0 100.0 100.0 100.0 100.0 100.0 100.0 100.0 }}",
"out": "100|1.000000e+02|100.000|100|100|0x1.9p+06|1.00E+02|100.000|100|100"
},
{
"tpl": "{{ toJson 100.0 }} {{ toString 100.0 }} {{ int64 100.0 }} {{ 100.0 }}",
"out": "100 100 100 100"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" 1e100 1e100 1e100 1e100 1e100 1e100 1e100 1e100 1e100 1e100 }}",
"out": "1e+100|1.000000e+100|10000000000000000159028911097599180468360808563945281389781327557747838772170381060813469985856815104.000|1e+100|1e+100|0x1.249ad2594c37dp+332|1.00E+100|1.00000e+100|10000000000000000159028911097599180468360808563945281389781327557747838772170381060813469985856815104|1E+100"
},
{
"tpl": "{{ toJson 1e100 }} {{ toString 1e100 }} {{ int64 1e100 }} {{ 1e100 }}",
"out": "1e+100 1e+100 -9223372036854775808 1e+100"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" 9007199254740993.0 9007199254740993.0 9007199254740993.0 9007199254740993.0 9007199254740993.0 9007199254740993.0 9007199254740993.0 9007199254740993.0 9007199254740993.0 9007199254740993.0 }}",
"out": "9.007199254740992e+15|9.007199e+15|9007199254740992.000|9.007199254740992e+15|9.007199255e+15|0x1p+53|9.01E+15|9.007199254740992e+15|9007199254740992|9.007199254740992E+15"
},
{
"tpl": "{{ toJson 9007199254740993.0 }} {{ toString 9007199254740993.0 }} {{ int64 9007199254740993.0 }} {{ 9007199254740993.0 }}",
"out": "9007199254740992 9.007199254740992e+15 9007199254740992 9.007199254740992e+15"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" 0.000001 0.000001 0.000001 0.000001 0.000001 0.000001 0.000001 0.000001 0.000001 0.000001 }}",
"out": "1e-06|1.000000e-06|0.000|1e-06|1e-06|0x1.0c6f7a0b5ed8dp-20|1.00E-06|1.00000e-06|0|1E-06"
},
{
"tpl": "{{ toJson 0.000001 }} {{ toString 0.000001 }} {{ int64 0.000001 }} {{ 0.000001 }}",
"out": "0.000001 1e-06 0 1e-06"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" 1e-7 1e-7 1e-7 1e-7 1e-7 1e-7 1e-7 1e-7 1e-7 1e-7 }}",
"out": "1e-07|1.000000e-07|0.000|1e-07|1e-07|0x1.ad7f29abcaf48p-24|1.00E-07|1.00000e-07|0|1E-07"
},
{
"tpl": "{{ toJson 1e-7 }} {{ toString 1e-7 }} {{ int64 1e-7 }} {{ 1e-7 }}",
"out": "1e-7 1e-07 0 1e-07"
},
{
"tpl": "{{ printf \"%v|%e|%.3f|%g|%.10g|%x|%8.2E|%#g|%.0f|%G\" 33.333333333333336 33.333333333333336 33.333333333333336 33.333333333333336 33.333333333333336 33.333333333333336 33.333333333333336 33.333333333333336 33.333333333333336 33.333333333333336 }}",
"out": "33.333333333333336|3.333333e+01|33.333|33.333333333333336|33.33333333|0x1.0aaaaaaaaaaabp+05|3.33E+01|33.333333333333336|33|33.333333333333336"
},
{
"tpl": "{{ toJson 33.333333333333336 }} {{ toString 33.333333333333336 }} {{ int64 33.333333333333336 }} {{ 33.333333333333336 }}",
"out": "33.333333333333336 33.333333333333336 33 33.333333333333336"
},
{
"tpl": "{{ printf \"%d|%x|%X|%o|%O|%b|%08d|%-6d|%+d|%#x|%q|%c|%U|%v|%5.3d\" 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 }}",
"out": "0|0|0|0|0o0|0|00000000|0     |+0|0x0|'\\x00'|\u0000|U+0000|0|  000"
},
{
"tpl": "{{ printf \"%d|%x|%X|%o|%O|%b|%08d|%-6d|%+d|%#x|%q|%c|%U|%v|%5.3d\" 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 }}",
"out": "1|1|1|1|0o1|1|00000001|1     |+1|0x1|'\\x01'|\u0001|U+0001|1|  001"
},
{
"tpl": "{{ printf \"%d|%x|%X|%o|%O|%b|%08d|%-6d|%+d|%#x|%q|%c|%U|%v|%5.3d\" -1 -1 -1 -1 -1 -1 -1 -1 -1 -1 -1 -1 -1 -1 -1 }}",
"out": "-1|-1|-1|-1|-0o1|-1|-0000001|-1    |-1|-0x1|'\ufffd'|\ufffd|U+FFFFFFFFFFFFFFFF|-1| -001"
},
{
"tpl": "{{ printf \"%d|%x|%X|%o|%O|%b|%08d|%-6d|%+d|%#x|%q|%c|%U|%v|%5.3d\" 7 7 7 7 7 7 7 7 7 7 7 7 7 7 7 }}",
"out": "7|7|7|7|0o7|111|00000007|7     |+7|0x7|'\\a'|\u0007|U+0007|7|  007"
},
{
"tpl": "{{ printf \"%d|%x|%X|%o|%O|%b|%08d|%-6d|%+d|%#x|%q|%c|%U|%v|%5.3d\" 255 255 255 255 255 255 255 255 255 255 255 255 255 255 255 }}",
"out": "255|ff|FF|377|0o377|11111111|00000255|255   |+255|0xff|'\u00ff'|\u00ff|U+00FF|255|  255"
},
{
"tpl": "{{ printf \"%d|%x|%X|%o|%O|%b|%08d|%-6d|%+d|%#x|%q|%c|%U|%v|%5.3d\" -255 -255 -255 -255 -255 -255 -255 -255 -255 -255 -255 -255 -255 -255 -255 }}",
"out": "-255|-ff|-FF|-377|-0o377|-11111111|-0000255|-255  |-255|-0xff|'\ufffd'|\ufffd|U+FFFFFFFFFFFFFF01|-255| -255"
},
{
"tpl": "{{ printf \"%d|%x|%X|%o|%O|%b|%08d|%-6d|%+d|%#x|%q|%c|%U|%v|%5.3d\" 1024 1024 1024 1024 1024 1024 1024 1024 1024 1024 1024 1024 1024 1024 1024 }}",
"out": "1024|400|400|2000|0o2000|10000000000|00001024|1024  |+1024|0x400|'\u0400'|\u0400|U+0400|1024| 1024"
},
{
"tpl": "{{ printf \"%d|%x|%X|%o|%O|%b|%08d|%-6d|%+d|%#x|%q|%c|%U|%v|%5.3d\" 123456789 123456789 123456789 123456789 123456789 123456789 123456789 123456789 123456789 123456789 123456789 123456789 123456789 123456789 123456789 }}",
"out": "123456789|75bcd15|75BCD15|726746425|0o726746425|111010110111100110100010101|123456789|123456789|+123456789|0x75bcd15|'\ufffd'|\ufffd|U+75BCD15|123456789|123456789"
},
{
"tpl": "{{ printf \"%d|%x|%X|%o|%O|%b|%08d|%-6d|%+d|%#x|%q|%c|%U|%v|%5.3d\" -987654321 -987654321 -987654321 -987654321 -987654321 -987654321 -987654321 -987654321 -987654321 -987654321 -987654321 -987654321 -987654321 -987654321 -987654321 }}",
"out": "-987654321|-3ade68b1|-3ADE68B1|-7267464261|-0o7267464261|-111010110111100110100010110001|-987654321|-987654321|-987654321|-0x3ade68b1|'\ufffd'|\ufffd|U+FFFFFFFFC521974F|-987654321|-987654321"
},
{
"tpl": "{{ printf \"%d|%x|%X|%o|%O|%b|%08d|%-6d|%+d|%#x|%q|%c|%U|%v|%5.3d\" 4611686018427387904 4611686018427387904 4611686018427387904 4611686018427387904 4611686018427387904 4611686018427387904 4611686018427387904 4611686018427387904 4611686018427387904 4611686018427387904 4611686018427387904 4611686018427387904 4611686018427387904 4611686018427387904 4611686018427387904 }}",
"out": "4611686018427387904|4000000000000000|4000000000000000|400000000000000000000|0o400000000000000000000|100000000000000000000000000000000000000000000000000000000000000|4611686018427387904|4611686018427387904|+4611686018427387904|0x4000000000000000|'\ufffd'|\ufffd|U+4000000000000000|4611686018427387904|4611686018427387904"
},
{
"tpl": "{{ printf \"%d|%x|%X|%o|%O|%b|%08d|%-6d|%+d|%#x|%q|%c|%U|%v|%5.3d\" -4611686018427387904 -4611686018427387904 -4611686018427387904 -4611686018427387904 -4611686018427387904 -4611686018427387904 -4611686018427387904 -4611686018427387904 -4611686018427387904 -4611686018427387904 -4611686018427387904 -4611686018427387904 -4611686018427387904 -4611686018427387904 -4611686018427387904 }}",
"out": "-4611686018427387904|-4000000000000000|-4000000000000000|-400000000000000000000|-0o400000000000000000000|-100000000000000000000000000000000000000000000000000000000000000|-4611686018427387904|-4611686018427387904|-4611686018427387904|-0x4000000000000000|'\ufffd'|\ufffd|U+C000000000000000|-4611686018427387904|-4611686018427387904"
},
{
"tpl": "{{ printf \"%d|%x|%X|%o|%O|%b|%08d|%-6d|%+d|%#x|%q|%c|%U|%v|%5.3d\" 9223372036854775807 9223372036854775807 9223372036854775807 9223372036854775807 9223372036854775807 9223372036854775807 9223372036854775807 9223372036854775807 9223372036854775807 9223372036854775807 9223372036854775807 9223372036854775807 9223372036854775807 9223372036854775807 9223372036854775807 }}",
"out": "9223372036854775807|7fffffffffffffff|7FFFFFFFFFFFFFFF|777777777777777777777|0o777777777777777777777|111111111111111111111111111111111111111111111111111111111111111|9223372036854775807|9223372036854775807|+9223372036854775807|0x7fffffffffffffff|'\ufffd'|\ufffd|U+7FFFFFFFFFFFFFFF|9223372036854775807|9223372036854775807"
},
{
"tpl": "{{ printf \"%d|%x|%X|%o|%O|%b|%08d|%-6d|%+d|%#x|%q|%c|%U|%v|%5.3d\" -9223372036854775807 -9223372036854775807 -9223372036854775807 -9223372036854775807 -9223372036854775807 -9223372036854775807 -9223372036854775807 -9223372036854775807 -9223372036854775807 -9223372036854775807 -9223372036854775807 -9223372036854775807 -9223372036854775807 -9223372036854775807 -9223372036854775807 }}",
"out": "-9223372036854775807|-7fffffffffffffff|-7FFFFFFFFFFFFFFF|-777777777777777777777|-0o777777777777777777777|-111111111111111111111111111111111111111111111111111111111111111|-9223372036854775807|-9223372036854775807|-9223372036854775807|-0x7fffffffffffffff|'\ufffd'|\ufffd|U+8000000000000001|-9223372036854775807|-9223372036854775807"
},
{
"tpl": "{{ int64 \"12\" }} {{ int \"12\" }} {{ float64 \"12\" }} {{ atoi \"12\" }} {{ toDecimal \"12\" }}",
"out": "12 12 12 12 10"
},
{
"tpl": "{{ int64 \"-12\" }} {{ int \"-12\" }} {{ float64 \"-12\" }} {{ atoi \"-12\" }} {{ toDecimal \"-12\" }}",
"out": "-12 -12 -12 -12 -10"
},
{
"tpl": "{{ int64 \"+12\" }} {{ int \"+12\" }} {{ float64 \"+12\" }} {{ atoi \"+12\" }} {{ toDecimal \"+12\" }}",
"out": "12 12 12 12 10"
},
{
"tpl": "{{ int64 \"0x1f\" }} {{ int \"0x1f\" }} {{ float64 \"0x1f\" }} {{ atoi \"0x1f\" }} {{ toDecimal \"0x1f\" }}",
"out": "31 31 0 0 0"
},
{
"tpl": "{{ int64 \"0X1F\" }} {{ int \"0X1F\" }} {{ float64 \"0X1F\" }} {{ atoi \"0X1F\" }} {{ toDecimal \"0X1F\" }}",
"out": "31 31 0 0 0"
},
{
"tpl": "{{ int64 \"0o17\" }} {{ int \"0o17\" }} {{ float64 \"0o17\" }} {{ atoi \"0o17\" }} {{ toDecimal \"0o17\" }}",
"out": "15 15 0 0 0"
},
{
"tpl": "{{ int64 \"0O17\" }} {{ int \"0O17\" }} {{ float64 \"0O17\" }} {{ atoi \"0O17\" }} {{ toDecimal \"0O17\" }}",
"out": "15 15 0 0 0"
},
{
"tpl": "{{ int64 \"017\" }} {{ int \"017\" }} {{ float64 \"017\" }} {{ atoi \"017\" }} {{ toDecimal \"017\" }}",
"out": "15 15 17 17 15"
},
{
"tpl": "{{ int64 \"0b101\" }} {{ int \"0b101\" }} {{ float64 \"0b101\" }} {{ atoi \"0b101\" }} {{ toDecimal \"0b101\" }}",
"out": "5 5 0 0 0"
},
{
"tpl": "{{ int64 \"0B101\" }} {{ int \"0B101\" }} {{ float64 \"0B101\" }} {{ atoi \"0B101\" }} {{ toDecimal \"0B101\" }}",
"out": "5 5 0 0 0"
},
{
"tpl": "{{ int64 \"1_000\" }} {{ int \"1_000\" }} {{ float64 \"1_000\" }} {{ atoi \"1_000\" }} {{ toDecimal \"1_000\" }}",
"out": "1000 1000 1000 0 0"
},
{
"tpl": "{{ int64 \"1__000\" }} {{ int \"1__000\" }} {{ float64 \"1__000\" }} {{ atoi \"1__000\" }} {{ toDecimal \"1__000\" }}",
"out": "0 0 0 0 0"
},
{
"tpl": "{{ int64 \"_1\" }} {{ int \"_1\" }} {{ float64 \"_1\" }} {{ atoi \"_1\" }} {{ toDecimal \"_1\" }}",
"out": "0 0 0 0 0"
},
{
"tpl": "{{ int64 \"1_\" }} {{ int \"1_\" }} {{ float64 \"1_\" }} {{ atoi \"1_\" }} {{ toDecimal \"1_\" }}",
"out": "0 0 0 0 0"
},
{
"tpl": "{{ int64 \"0x_1f\" }} {{ int \"0x_1f\" }} {{ float64 \"0x_1f\" }} {{ atoi \"0x_1f\" }} {{ toDecimal \"0x_1f\" }}",
"out": "31 31 0 0 0"
},
{
"tpl": "{{ int64 \"0_17\" }} {{ int \"0_17\" }} {{ float64 \"0_17\" }} {{ atoi \"0_17\" }} {{ toDecimal \"0_17\" }}",
"out": "15 15 17 0 0"
},
{
"tpl": "{{ int64 \"12.0\" }} {{ int \"12.0\" }} {{ float64 \"12.0\" }} {{ atoi \"12.0\" }} {{ toDecimal \"12.0\" }}",
"out": "12 12 12 0 0"
},
{
"tpl": "{{ int64 \"12.00\" }} {{ int \"12.00\" }} {{ float64 \"12.00\" }} {{ atoi \"12.00\" }} {{ toDecimal \"12.00\" }}",
"out": "12 12 12 0 0"
},
{
"tpl": "{{ int64 \"12.\" }} {{ int \"12.\" }} {{ float64 \"12.\" }} {{ atoi \"12.\" }} {{ toDecimal \"12.\" }}",
"out": "0 0 12 0 0"
},
{
"tpl": "{{ int64 \"12.5\" }} {{ int \"12.5\" }} {{ float64 \"12.5\" }} {{ atoi \"12.5\" }} {{ toDecimal \"12.5\" }}",
"out": "0 0 12.5 0 0"
},
{
"tpl": "{{ int64 \"1e3\" }} {{ int \"1e3\" }} {{ float64 \"1e3\" }} {{ atoi \"1e3\" }} {{ toDecimal \"1e3\" }}",
"out": "0 0 1000 0 0"
},
{
"tpl": "{{ int64 \"\" }} {{ int \"\" }} {{ float64 \"\" }} {{ atoi \"\" }} {{ toDecimal \"\" }}",
"out": "0 0 0 0 0"
},
{
"tpl": "{{ int64 \" \" }} {{ int \" \" }} {{ float64 \" \" }} {{ atoi \" \" }} {{ toDecimal \" \" }}",
"out": "0 0 0 0 0"
},
{
"tpl": "{{ int64 \"abc\" }} {{ int \"abc\" }} {{ float64 \"abc\" }} {{ atoi \"abc\" }} {{ toDecimal \"abc\" }}",
"out": "0 0 0 0 0"
},
{
"tpl": "{{ int64 \"9223372036854775807\" }} {{ int \"9223372036854775807\" }} {{ float64 \"9223372036854775807\" }} {{ atoi \"9223372036854775807\" }} {{ toDecimal \"9223372036854775807\" }}",
"out": "9223372036854775807 9223372036854775807 9.223372036854776e+18 9223372036854775807 0"
},
{
"tpl": "{{ int64 \"9223372036854775808\" }} {{ int \"9223372036854775808\" }} {{ float64 \"9223372036854775808\" }} {{ atoi \"9223372036854775808\" }} {{ toDecimal \"9223372036854775808\" }}",
"out": "0 0 9.223372036854776e+18 9223372036854775807 0"
},
{
"tpl": "{{ int64 \"-9223372036854775808\" }} {{ int \"-9223372036854775808\" }} {{ float64 \"-9223372036854775808\" }} {{ atoi \"-9223372036854775808\" }} {{ toDecimal \"-9223372036854775808\" }}",
"out": "-9223372036854775808 -9223372036854775808 -9.223372036854776e+18 -9223372036854775808 0"
},
{
"tpl": "{{ int64 \"0x\" }} {{ int \"0x\" }} {{ float64 \"0x\" }} {{ atoi \"0x\" }} {{ toDecimal \"0x\" }}",
"out": "0 0 0 0 0"
},
{
"tpl": "{{ int64 \"-0\" }} {{ int \"-0\" }} {{ float64 \"-0\" }} {{ atoi \"-0\" }} {{ toDecimal \"-0\" }}",
"out": "0 0 -0 0 0"
},
{
"tpl": "{{ int64 \"00\" }} {{ int \"00\" }} {{ float64 \"00\" }} {{ atoi \"00\" }} {{ toDecimal \"00\" }}",
"out": "0 0 0 0 0"
},
{
"tpl": "{{ int64 \"08\" }} {{ int \"08\" }} {{ float64 \"08\" }} {{ atoi \"08\" }} {{ toDecimal \"08\" }}",
"out": "0 0 8 8 0"
},
{
"tpl": "{{ int64 \"0.0\" }} {{ int \"0.0\" }} {{ float64 \"0.0\" }} {{ atoi \"0.0\" }} {{ toDecimal \"0.0\" }}",
"out": "0 0 0 0 0"
},
{
"tpl": "{{ int64 \".0\" }} {{ int \".0\" }} {{ float64 \".0\" }} {{ atoi \".0\" }} {{ toDecimal \".0\" }}",
"out": "0 0 0 0 0"
},
{
"tpl": "{{ int64 \"1.0e0\" }} {{ int \"1.0e0\" }} {{ float64 \"1.0e0\" }} {{ atoi \"1.0e0\" }} {{ toDecimal \"1.0e0\" }}",
"out": "0 0 1 0 0"
},
{
"tpl": "{{ int64 \"\u0661\u0662\" }} {{ int \"\u0661\u0662\" }} {{ float64 \"\u0661\u0662\" }} {{ atoi \"\u0661\u0662\" }} {{ toDecimal \"\u0661\u0662\" }}",
"out": "0 0 0 0 0"
},
{
"tpl": "{{ float64 \"1.5\" }}",
"out": "1.5"
},
{
"tpl": "{{ float64 \"-1.5\" }}",
"out": "-1.5"
},
{
"tpl": "{{ float64 \"+1.5\" }}",
"out": "1.5"
},
{
"tpl": "{{ float64 \"1e10\" }}",
"out": "1e+10"
},
{
"tpl": "{{ float64 \"1E10\" }}",
"out": "1e+10"
},
{
"tpl": "{{ float64 \"1e-10\" }}",
"out": "1e-10"
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
"tpl": "{{ float64 \"0x1p4\" }}",
"out": "16"
},
{
"tpl": "{{ float64 \"0x1.8p1\" }}",
"out": "3"
},
{
"tpl": "{{ float64 \"0X1P-2\" }}",
"out": "0.25"
},
{
"tpl": "{{ float64 \"0x1\" }}",
"out": "0"
},
{
"tpl": "{{ float64 \"1_0.5\" }}",
"out": "10.5"
},
{
"tpl": "{{ float64 \"1._5\" }}",
"out": "0"
},
{
"tpl": "{{ float64 \"inf\" }}",
"out": "+Inf"
},
{
"tpl": "{{ float64 \"+inf\" }}",
"out": "+Inf"
},
{
"tpl": "{{ float64 \"-inf\" }}",
"out": "-Inf"
},
{
"tpl": "{{ float64 \"Inf\" }}",
"out": "+Inf"
},
{
"tpl": "{{ float64 \"INFINITY\" }}",
"out": "+Inf"
},
{
"tpl": "{{ float64 \"infinity\" }}",
"out": "+Inf"
},
{
"tpl": "{{ float64 \"nan\" }}",
"out": "NaN"
},
{
"tpl": "{{ float64 \"NaN\" }}",
"out": "NaN"
},
{
"tpl": "{{ float64 \"-nan\" }}",
"out": "0"
},
{
"tpl": "{{ float64 \"1e309\" }}",
"out": "0"
},
{
"tpl": "{{ float64 \"-1e309\" }}",
"out": "0"
},
{
"tpl": "{{ float64 \"4.9e-324\" }}",
"out": "5e-324"
},
{
"tpl": "{{ float64 \"2e-324\" }}",
"out": "0"
},
{
"tpl": "{{ float64 \"1e\" }}",
"out": "0"
},
{
"tpl": "{{ float64 \"e1\" }}",
"out": "0"
},
{
"tpl": "{{ float64 \"1.5.5\" }}",
"out": "0"
},
{
"tpl": "{{ float64 \"0x1.8\" }}",
"out": "0"
},
{
"tpl": "{{ quote \"\\u0378\" }} {{ printf \"%q %+q %#q %x\" \"\\u0378\" \"\\u0378\" \"\\u0378\" \"\\u0378\" }} {{ toJson \"\\u0378\" }}",
"out": "\"\\u0378\" \"\\u0378\" \"\\u0378\" `\u0378` cdb8 \"\u0378\""
},
{
"tpl": "{{ quote \"\\u00ad\" }} {{ printf \"%q %+q %#q %x\" \"\\u00ad\" \"\\u00ad\" \"\\u00ad\" \"\\u00ad\" }} {{ toJson \"\\u00ad\" }}",
"out": "\"\\u00ad\" \"\\u00ad\" \"\\u00ad\" `\u00ad` c2ad \"\u00ad\""
},
{
"tpl": "{{ quote \"\\u200b\" }} {{ printf \"%q %+q %#q %x\" \"\\u200b\" \"\\u200b\" \"\\u200b\" \"\\u200b\" }} {{ toJson \"\\u200b\" }}",
"out": "\"\\u200b\" \"\\u200b\" \"\\u200b\" `\u200b` e2808b \"\u200b\""
},
{
"tpl": "{{ quote \"\\u2028\" }} {{ printf \"%q %+q %#q %x\" \"\\u2028\" \"\\u2028\" \"\\u2028\" \"\\u2028\" }} {{ toJson \"\\u2028\" }}",
"out": "\"\\u2028\" \"\\u2028\" \"\\u2028\" `\u2028` e280a8 \"\\u2028\""
},
{
"tpl": "{{ quote \"\\ufeff\" }} {{ printf \"%q %+q %#q %x\" \"\\ufeff\" \"\\ufeff\" \"\\ufeff\" \"\\ufeff\" }} {{ toJson \"\\ufeff\" }}",
"out": "\"\\ufeff\" \"\\ufeff\" \"\\ufeff\" \"\\ufeff\" efbbbf \"\ufeff\""
},
{
"tpl": "{{ quote \"\\U0001F600\" }} {{ printf \"%q %+q %#q %x\" \"\\U0001F600\" \"\\U0001F600\" \"\\U0001F600\" \"\\U0001F600\" }} {{ toJson \"\\U0001F600\" }}",
"out": "\"\ud83d\ude00\" \"\ud83d\ude00\" \"\\U0001f600\" `\ud83d\ude00` f09f9880 \"\ud83d\ude00\""
},
{
"tpl": "{{ quote \"\\ue000\" }} {{ printf \"%q %+q %#q %x\" \"\\ue000\" \"\\ue000\" \"\\ue000\" \"\\ue000\" }} {{ toJson \"\\ue000\" }}",
"out": "\"\\ue000\" \"\\ue000\" \"\\ue000\" `\ue000` ee8080 \"\ue000\""
},
{
"tpl": "{{ quote \"\\U0010FFFF\" }} {{ printf \"%q %+q %#q %x\" \"\\U0010FFFF\" \"\\U0010FFFF\" \"\\U0010FFFF\" \"\\U0010FFFF\" }} {{ toJson \"\\U0010FFFF\" }}",
"out": "\"\\U0010ffff\" \"\\U0010ffff\" \"\\U0010ffff\" `\udbff\udfff` f48fbfbf \"\udbff\udfff\""
},
{
"tpl": "{{ quote \"e\\u0301\" }} {{ printf \"%q %+q %#q %x\" \"e\\u0301\" \"e\\u0301\" \"e\\u0301\" \"e\\u0301\" }} {{ toJson \"e\\u0301\" }}",
"out": "\"e\u0301\" \"e\u0301\" \"e\\u0301\" `e\u0301` 65cc81 \"e\u0301\""
},
{
"tpl": "{{ quote \"\\u0600\" }} {{ printf \"%q %+q %#q %x\" \"\\u0600\" \"\\u0600\" \"\\u0600\" \"\\u0600\" }} {{ toJson \"\\u0600\" }}",
"out": "\"\\u0600\" \"\\u0600\" \"\\u0600\" `\u0600` d880 \"\u0600\""
},
{
"tpl": "{{ quote \"\\u00a0\" }} {{ printf \"%q %+q %#q %x\" \"\\u00a0\" \"\\u00a0\" \"\\u00a0\" \"\\u00a0\" }} {{ toJson \"\\u00a0\" }}",
"out": "\"\\u00a0\" \"\\u00a0\" \"\\u00a0\" `\u00a0` c2a0 \"\u00a0\""
},
{
"tpl": "{{ quote \"\\u3000\" }} {{ printf \"%q %+q %#q %x\" \"\\u3000\" \"\\u3000\" \"\\u3000\" \"\\u3000\" }} {{ toJson \"\\u3000\" }}",
"out": "\"\\u3000\" \"\\u3000\" \"\\u3000\" `\u3000` e38080 \"\u3000\""
},
{
"tpl": "{{ quote \"\\u1680\" }} {{ printf \"%q %+q %#q %x\" \"\\u1680\" \"\\u1680\" \"\\u1680\" \"\\u1680\" }} {{ toJson \"\\u1680\" }}",
"out": "\"\\u1680\" \"\\u1680\" \"\\u1680\" `\u1680` e19a80 \"\u1680\""
},
{
"tpl": "{{ quote \"\\u061c\" }} {{ printf \"%q %+q %#q %x\" \"\\u061c\" \"\\u061c\" \"\\u061c\" \"\\u061c\" }} {{ toJson \"\\u061c\" }}",
"out": "\"\\u061c\" \"\\u061c\" \"\\u061c\" `\u061c` d89c \"\u061c\""
},
{
"tpl": "{{ quote \"\\U000E0001\" }} {{ printf \"%q %+q %#q %x\" \"\\U000E0001\" \"\\U000E0001\" \"\\U000E0001\" \"\\U000E0001\" }} {{ toJson \"\\U000E0001\" }}",
"out": "\"\\U000e0001\" \"\\U000e0001\" \"\\U000e0001\" `\udb40\udc01` f3a08081 \"\udb40\udc01\""
},
{
"tpl": "{{ quote \"\\u0085\" }} {{ printf \"%q %+q %#q %x\" \"\\u0085\" \"\\u0085\" \"\\u0085\" \"\\u0085\" }} {{ toJson \"\\u0085\" }}",
"out": "\"\\u0085\" \"\\u0085\" \"\\u0085\" `\u0085` c285 \"\u0085\""
},
{
"tpl": "{{ quote \"\\u007f\" }} {{ printf \"%q %+q %#q %x\" \"\\u007f\" \"\\u007f\" \"\\u007f\" \"\\u007f\" }} {{ toJson \"\\u007f\" }}",
"out": "\"\\x7f\" \"\\x7f\" \"\\x7f\" \"\\x7f\" 7f \"\u007f\""
},
{
"tpl": "{{ quote \"\\x01\" }} {{ printf \"%q %+q %#q %x\" \"\\x01\" \"\\x01\" \"\\x01\" \"\\x01\" }} {{ toJson \"\\x01\" }}",
"out": "\"\\x01\" \"\\x01\" \"\\x01\" \"\\x01\" 01 \"\\u0001\""
},
{
"tpl": "{{ quote \"\\u2066\" }} {{ printf \"%q %+q %#q %x\" \"\\u2066\" \"\\u2066\" \"\\u2066\" \"\\u2066\" }} {{ toJson \"\\u2066\" }}",
"out": "\"\\u2066\" \"\\u2066\" \"\\u2066\" `\u2066` e281a6 \"\u2066\""
},
{
"tpl": "{{ quote \"\\U0001D173\" }} {{ printf \"%q %+q %#q %x\" \"\\U0001D173\" \"\\U0001D173\" \"\\U0001D173\" \"\\U0001D173\" }} {{ toJson \"\\U0001D173\" }}",
"out": "\"\\U0001d173\" \"\\U0001d173\" \"\\U0001d173\" `\ud834\udd73` f09d85b3 \"\ud834\udd73\""
},
{
"tpl": "{{ quote \"\\u0e00\" }} {{ printf \"%q %+q %#q %x\" \"\\u0e00\" \"\\u0e00\" \"\\u0e00\" \"\\u0e00\" }} {{ toJson \"\\u0e00\" }}",
"out": "\"\\u0e00\" \"\\u0e00\" \"\\u0e00\" `\u0e00` e0b880 \"\u0e00\""
},
{
"tpl": "{{ quote \"\\u08a0\" }} {{ printf \"%q %+q %#q %x\" \"\\u08a0\" \"\\u08a0\" \"\\u08a0\" \"\\u08a0\" }} {{ toJson \"\\u08a0\" }}",
"out": "\"\u08a0\" \"\u08a0\" \"\\u08a0\" `\u08a0` e0a2a0 \"\u08a0\""
},
{
"tpl": "{{ quote \"\\u0890\" }} {{ printf \"%q %+q %#q %x\" \"\\u0890\" \"\\u0890\" \"\\u0890\" \"\\u0890\" }} {{ toJson \"\\u0890\" }}",
"out": "\"\\u0890\" \"\\u0890\" \"\\u0890\" `\u0890` e0a290 \"\u0890\""
},
{
"tpl": "{{ quote \"\\U00016FE4\" }} {{ printf \"%q %+q %#q %x\" \"\\U00016FE4\" \"\\U00016FE4\" \"\\U00016FE4\" \"\\U00016FE4\" }} {{ toJson \"\\U00016FE4\" }}",
"out": "\"\ud81b\udfe4\" \"\ud81b\udfe4\" \"\\U00016fe4\" `\ud81b\udfe4` f096bfa4 \"\ud81b\udfe4\""
},
{
"tpl": "{{ quote \"\\U0001F774\" }} {{ printf \"%q %+q %#q %x\" \"\\U0001F774\" \"\\U0001F774\" \"\\U0001F774\" \"\\U0001F774\" }} {{ toJson \"\\U0001F774\" }}",
"out": "\"\ud83d\udf74\" \"\ud83d\udf74\" \"\\U0001f774\" `\ud83d\udf74` f09f9db4 \"\ud83d\udf74\""
},
{
"tpl": "{{ quote \"\\U0001FAE8\" }} {{ printf \"%q %+q %#q %x\" \"\\U0001FAE8\" \"\\U0001FAE8\" \"\\U0001FAE8\" \"\\U0001FAE8\" }} {{ toJson \"\\U0001FAE8\" }}",
"out": "\"\ud83e\udee8\" \"\ud83e\udee8\" \"\\U0001fae8\" `\ud83e\udee8` f09faba8 \"\ud83e\udee8\""
},
{
"tpl": "{{ quote \"\\U0002B739\" }} {{ printf \"%q %+q %#q %x\" \"\\U0002B739\" \"\\U0002B739\" \"\\U0002B739\" \"\\U0002B739\" }} {{ toJson \"\\U0002B739\" }}",
"out": "\"\ud86d\udf39\" \"\ud86d\udf39\" \"\\U0002b739\" `\ud86d\udf39` f0ab9cb9 \"\ud86d\udf39\""
},
{
"tpl": "{{ upper \"h\u00e9llo w\u00f6rld\" }}|{{ lower \"h\u00e9llo w\u00f6rld\" }}|{{ title \"h\u00e9llo w\u00f6rld\" }}|{{ untitle \"h\u00e9llo w\u00f6rld\" }}|{{ swapcase \"h\u00e9llo w\u00f6rld\" }}|{{ snakecase \"h\u00e9llo w\u00f6rld\" }}|{{ camelcase \"h\u00e9llo w\u00f6rld\" }}|{{ initials \"h\u00e9llo w\u00f6rld\" }}|{{ nospace \"h\u00e9llo w\u00f6rld\" }}",
"out": "H\u00c9LLO W\u00d6RLD|h\u00e9llo w\u00f6rld|H\u00e9llo W\u00f6rld|h\u00e9llo w\u00f6rld|H\u00c9LLO W\u00d6RLD|h\u00e9llo_w\u00f6rld|H\u00e9lloW\u00f6rld|hw|h\u00c3\u00a9llow\u00c3\u00b6rld"
},
{
"tpl": "{{ upper \"\u00c0\u00c9\u00ce\u00d5\u00dc\" }}|{{ lower \"\u00c0\u00c9\u00ce\u00d5\u00dc\" }}|{{ title \"\u00c0\u00c9\u00ce\u00d5\u00dc\" }}|{{ untitle \"\u00c0\u00c9\u00ce\u00d5\u00dc\" }}|{{ swapcase \"\u00c0\u00c9\u00ce\u00d5\u00dc\" }}|{{ snakecase \"\u00c0\u00c9\u00ce\u00d5\u00dc\" }}|{{ camelcase \"\u00c0\u00c9\u00ce\u00d5\u00dc\" }}|{{ initials \"\u00c0\u00c9\u00ce\u00d5\u00dc\" }}|{{ nospace \"\u00c0\u00c9\u00ce\u00d5\u00dc\" }}",
"out": "\u00c0\u00c9\u00ce\u00d5\u00dc|\u00e0\u00e9\u00ee\u00f5\u00fc|\u00c0\u00c9\u00ce\u00d5\u00dc|\u00e0\u00c9\u00ce\u00d5\u00dc|\u00e0\u00e9\u00ee\u00f5\u00fc|\u00e0\u00e9\u00ee\u00f5\u00fc|\u00c0\u00e9\u00ee\u00f5\u00fc|\u00c3|\u00c0\u00c9\u00ce\u00d5\u00dc"
},
{
"tpl": "{{ upper \"\u01c5\u01c8\u01cb\u01f2\" }}|{{ lower \"\u01c5\u01c8\u01cb\u01f2\" }}|{{ title \"\u01c5\u01c8\u01cb\u01f2\" }}|{{ untitle \"\u01c5\u01c8\u01cb\u01f2\" }}|{{ swapcase \"\u01c5\u01c8\u01cb\u01f2\" }}|{{ snakecase \"\u01c5\u01c8\u01cb\u01f2\" }}|{{ camelcase \"\u01c5\u01c8\u01cb\u01f2\" }}|{{ initials \"\u01c5\u01c8\u01cb\u01f2\" }}|{{ nospace \"\u01c5\u01c8\u01cb\u01f2\" }}",
"out": "\u01c4\u01c7\u01ca\u01f1|\u01c6\u01c9\u01cc\u01f3|\u01c5\u01c8\u01cb\u01f2|\u01c6\u01c8\u01cb\u01f2|\u01c6\u01c9\u01cc\u01f3|\u01c5\u01c8\u01cb\u01f2|\u01c4\u01c8\u01cb\u01f2|\u00c7\u00c7|\u00c7\u00c7\u0088\u00c7\u008b\u00c7\u00b2"
},
{
"tpl": "{{ upper \"\u03a3\u0391\u03a3 \u03c3\u03b1\u03c2\" }}|{{ lower \"\u03a3\u0391\u03a3 \u03c3\u03b1\u03c2\" }}|{{ title \"\u03a3\u0391\u03a3 \u03c3\u03b1\u03c2\" }}|{{ untitle \"\u03a3\u0391\u03a3 \u03c3\u03b1\u03c2\" }}|{{ swapcase \"\u03a3\u0391\u03a3 \u03c3\u03b1\u03c2\" }}|{{ snakecase \"\u03a3\u0391\u03a3 \u03c3\u03b1\u03c2\" }}|{{ camelcase \"\u03a3\u0391\u03a3 \u03c3\u03b1\u03c2\" }}|{{ initials \"\u03a3\u0391\u03a3 \u03c3\u03b1\u03c2\" }}|{{ nospace \"\u03a3\u0391\u03a3 \u03c3\u03b1\u03c2\" }}",
"out": "\u03a3\u0391\u03a3 \u03a3\u0391\u03a3|\u03c3\u03b1\u03c3 \u03c3\u03b1\u03c2|\u03a3\u0391\u03a3 \u03a3\u03b1\u03c2|\u03c3\u0391\u03a3 \u03c3\u03b1\u03c2|\u03c3\u03b1\u03c3 \u03a3\u0391\u03a3|\u03c3\u03b1\u03c3_\u03c3\u03b1\u03c2|\u03a3\u03b1\u03c3\u03a3\u03b1\u03c2|\u00ce\u00cf|\u00ce\u00a3\u00ce\u0091\u00ce\u00a3\u00cf\u0083\u00ce\u00b1\u00cf\u0082"
},
{
"tpl": "{{ upper \"\u0133 \u0132\" }}|{{ lower \"\u0133 \u0132\" }}|{{ title \"\u0133 \u0132\" }}|{{ untitle \"\u0133 \u0132\" }}|{{ swapcase \"\u0133 \u0132\" }}|{{ snakecase \"\u0133 \u0132\" }}|{{ camelcase \"\u0133 \u0132\" }}|{{ initials \"\u0133 \u0132\" }}|{{ nospace \"\u0133 \u0132\" }}",
"out": "\u0132 \u0132|\u0133 \u0133|\u0132 \u0132|\u0133 \u0133|\u0132 \u0133|\u0133_\u0133|\u0132\u0132|\u00c4\u00c4|\u00c4\u00b3\u00c4\u00b2"
},
{
"tpl": "{{ upper \"\ufb03\" }}|{{ lower \"\ufb03\" }}|{{ title \"\ufb03\" }}|{{ untitle \"\ufb03\" }}|{{ swapcase \"\ufb03\" }}|{{ snakecase \"\ufb03\" }}|{{ camelcase \"\ufb03\" }}|{{ initials \"\ufb03\" }}|{{ nospace \"\ufb03\" }}",
"out": "\ufb03|\ufb03|\ufb03|\ufb03|\ufb03|\ufb03|\ufb03|\u00ef|\ufb03"
},
{
"tpl": "{{ upper \"\u00df \u1e9e\" }}|{{ lower \"\u00df \u1e9e\" }}|{{ title \"\u00df \u1e9e\" }}|{{ untitle \"\u00df \u1e9e\" }}|{{ swapcase \"\u00df \u1e9e\" }}|{{ snakecase \"\u00df \u1e9e\" }}|{{ camelcase \"\u00df \u1e9e\" }}|{{ initials \"\u00df \u1e9e\" }}|{{ nospace \"\u00df \u1e9e\" }}",
"out": "\u00df \u1e9e|\u00df \u00df|\u00df \u1e9e|\u00df \u00df|\u00df \u00df|\u00df_\u00df|\u00df\u1e9e|\u00c3\u00e1|\u00c3\u009f\u00e1\u00ba\u009e"
},
{
"tpl": "{{ upper \"\u0130\u0131\" }}|{{ lower \"\u0130\u0131\" }}|{{ title \"\u0130\u0131\" }}|{{ untitle \"\u0130\u0131\" }}|{{ swapcase \"\u0130\u0131\" }}|{{ snakecase \"\u0130\u0131\" }}|{{ camelcase \"\u0130\u0131\" }}|{{ initials \"\u0130\u0131\" }}|{{ nospace \"\u0130\u0131\" }}",
"out": "\u0130I|i\u0131|\u0130\u0131|i\u0131|iI|i\u0131|\u0130\u0131|\u00c4|\u0130\u0131"
},
{
"tpl": "{{ upper \"\u216b \u217b\" }}|{{ lower \"\u216b \u217b\" }}|{{ title \"\u216b \u217b\" }}|{{ untitle \"\u216b \u217b\" }}|{{ swapcase \"\u216b \u217b\" }}|{{ snakecase \"\u216b \u217b\" }}|{{ camelcase \"\u216b \u217b\" }}|{{ initials \"\u216b \u217b\" }}|{{ nospace \"\u216b \u217b\" }}",
"out": "\u216b \u216b|\u217b \u217b|\u216b \u216b|\u217b \u217b|\u216b \u217b|\u216b_\u217b|\u216b\u216b|\u00e2\u00ab\u00e2\u00bb|\u00e2\u00ab\u00e2\u00bb"
},
{
"tpl": "{{ upper \"\u24d0\u24b6\" }}|{{ lower \"\u24d0\u24b6\" }}|{{ title \"\u24d0\u24b6\" }}|{{ untitle \"\u24d0\u24b6\" }}|{{ swapcase \"\u24d0\u24b6\" }}|{{ snakecase \"\u24d0\u24b6\" }}|{{ camelcase \"\u24d0\u24b6\" }}|{{ initials \"\u24d0\u24b6\" }}|{{ nospace \"\u24d0\u24b6\" }}",
"out": "\u24b6\u24b6|\u24d0\u24d0|\u24b6\u24b6|\u24d0\u24b6|\u24d0\u24b6|\u24d0\u24b6|\u24b6\u24b6|\u00e2|\u24d0\u24b6"
},
{
"tpl": "{{ upper \"\u01f0\" }}|{{ lower \"\u01f0\" }}|{{ title \"\u01f0\" }}|{{ untitle \"\u01f0\" }}|{{ swapcase \"\u01f0\" }}|{{ snakecase \"\u01f0\" }}|{{ camelcase \"\u01f0\" }}|{{ initials \"\u01f0\" }}|{{ nospace \"\u01f0\" }}",
"out": "\u01f0|\u01f0|\u01f0|\u01f0|\u01f0|\u01f0|\u01f0|\u00c7|\u01f0"
},
{
"tpl": "{{ upper \"\u0149\" }}|{{ lower \"\u0149\" }}|{{ title \"\u0149\" }}|{{ untitle \"\u0149\" }}|{{ swapcase \"\u0149\" }}|{{ snakecase \"\u0149\" }}|{{ camelcase \"\u0149\" }}|{{ initials \"\u0149\" }}|{{ nospace \"\u0149\" }}",
"out": "\u0149|\u0149|\u0149|\u0149|\u0149|\u0149|\u0149|\u00c5|\u0149"
},
{
"tpl": "{{ upper \"\u1fb3 \u1fbc\" }}|{{ lower \"\u1fb3 \u1fbc\" }}|{{ title \"\u1fb3 \u1fbc\" }}|{{ untitle \"\u1fb3 \u1fbc\" }}|{{ swapcase \"\u1fb3 \u1fbc\" }}|{{ snakecase \"\u1fb3 \u1fbc\" }}|{{ camelcase \"\u1fb3 \u1fbc\" }}|{{ initials \"\u1fb3 \u1fbc\" }}|{{ nospace \"\u1fb3 \u1fbc\" }}",
"out": "\u1fbc \u1fbc|\u1fb3 \u1fb3|\u1fbc \u1fbc|\u1fb3 \u1fb3|\u1fbc \u1fb3|\u1fb3_\u1fbc|\u1fbc\u1fbc|\u00e1\u00e1|\u00e1\u00be\u00b3\u00e1\u00be\u00bc"
},
{
"tpl": "{{ wrap 1 \"hello\" | quote }} {{ wrapWith 1 \"|\" \"hello\" }} {{ trunc 1 \"hello\" | quote }} {{ abbrev 4 \"hello\" }} {{ abbrevboth 1 7 \"hello\" }}",
"out": "\"hello\" h|e|l|l|o \"h\" h... hello"
},
{
"tpl": "{{ substr 1 5 \"hello\" | quote }} {{ substr -1 1 \"hello\" | quote }}",
"out": "\"ello\" \"h\""
},
{
"tpl": "{{ wrap 3 \"hello\" | quote }} {{ wrapWith 3 \"|\" \"hello\" }} {{ trunc 3 \"hello\" | quote }} {{ abbrev 6 \"hello\" }} {{ abbrevboth 3 9 \"hello\" }}",
"out": "\"hello\" hel|lo \"hel\" hello hello"
},
{
"tpl": "{{ substr 3 7 \"hello\" | quote }} {{ substr -1 3 \"hello\" | quote }}",
"out": "\"lo\" \"hel\""
},
{
"tpl": "{{ wrap 5 \"hello\" | quote }} {{ wrapWith 5 \"|\" \"hello\" }} {{ trunc 5 \"hello\" | quote }} {{ abbrev 8 \"hello\" }} {{ abbrevboth 5 11 \"hello\" }}",
"out": "\"hello\" hello \"hello\" hello hello"
},
{
"tpl": "{{ substr 5 9 \"hello\" | quote }} {{ substr -1 5 \"hello\" | quote }}",
"out": "\"\" \"hello\""
},
{
"tpl": "{{ wrap 8 \"hello\" | quote }} {{ wrapWith 8 \"|\" \"hello\" }} {{ trunc 8 \"hello\" | quote }} {{ abbrev 11 \"hello\" }} {{ abbrevboth 8 14 \"hello\" }}",
"out": "\"hello\" hello \"hello\" hello hello"
},
{
"tpl": "{{ substr 8 12 \"hello\" | quote }} {{ substr -1 8 \"hello\" | quote }}",
"out": "",
"err": "template: t:1:3: executing \"t\" at <substr 8 12 \"hello\">: error calling substr: runtime error: slice bounds out of range [8:5]"
},
{
"tpl": "{{ wrap 12 \"hello\" | quote }} {{ wrapWith 12 \"|\" \"hello\" }} {{ trunc 12 \"hello\" | quote }} {{ abbrev 15 \"hello\" }} {{ abbrevboth 12 18 \"hello\" }}",
"out": "\"hello\" hello \"hello\" hello hello"
},
{
"tpl": "{{ substr 12 16 \"hello\" | quote }} {{ substr -1 12 \"hello\" | quote }}",
"out": "",
"err": "template: t:1:3: executing \"t\" at <substr 12 16 \"hello\">: error calling substr: runtime error: slice bounds out of range [12:5]"
},
{
"tpl": "{{ wrap 1 \"h\u00e9llo w\u00f6rld\" | quote }} {{ wrapWith 1 \"|\" \"h\u00e9llo w\u00f6rld\" }} {{ trunc 1 \"h\u00e9llo w\u00f6rld\" | quote }} {{ abbrev 4 \"h\u00e9llo w\u00f6rld\" }} {{ abbrevboth 1 7 \"h\u00e9llo w\u00f6rld\" }}",
"out": "\"h\u00e9llo\\nw\u00f6rld\" h|\ufffd|\ufffd|l|l|o|w|\ufffd|\ufffd|r|l|d \"h\" h... h\u00e9l..."
},
{
"tpl": "{{ substr 1 5 \"h\u00e9llo w\u00f6rld\" | quote }} {{ substr -1 1 \"h\u00e9llo w\u00f6rld\" | quote }}",
"out": "\"\u00e9ll\" \"h\""
},
{
"tpl": "{{ wrap 3 \"h\u00e9llo w\u00f6rld\" | quote }} {{ wrapWith 3 \"|\" \"h\u00e9llo w\u00f6rld\" }} {{ trunc 3 \"h\u00e9llo w\u00f6rld\" | quote }} {{ abbrev 6 \"h\u00e9llo w\u00f6rld\" }} {{ abbrevboth 3 9 \"h\u00e9llo w\u00f6rld\" }}",
"out": "\"h\u00e9llo\\nw\u00f6rld\" h\u00e9|llo|w\u00f6|rld \"h\u00e9\" h\u00e9... h\u00e9llo..."
},
{
"tpl": "{{ substr 3 7 \"h\u00e9llo w\u00f6rld\" | quote }} {{ substr -1 3 \"h\u00e9llo w\u00f6rld\" | quote }}",
"out": "\"llo \" \"h\u00e9\""
},
{
"tpl": "{{ wrap 5 \"h\u00e9llo w\u00f6rld\" | quote }} {{ wrapWith 5 \"|\" \"h\u00e9llo w\u00f6rld\" }} {{ trunc 5 \"h\u00e9llo w\u00f6rld\" | quote }} {{ abbrev 8 \"h\u00e9llo w\u00f6rld\" }} {{ abbrevboth 5 11 \"h\u00e9llo w\u00f6rld\" }}",
"out": "\"h\u00e9llo\\nw\u00f6rld\" h\u00e9ll|o|w\u00f6rl|d \"h\u00e9ll\" h\u00e9ll... ...o w\u00f6rld"
},
{
"tpl": "{{ substr 5 9 \"h\u00e9llo w\u00f6rld\" | quote }} {{ substr -1 5 \"h\u00e9llo w\u00f6rld\" | quote }}",
"out": "\"o w\\xc3\" \"h\u00e9ll\""
},
{
"tpl": "{{ wrap 8 \"h\u00e9llo w\u00f6rld\" | quote }} {{ wrapWith 8 \"|\" \"h\u00e9llo w\u00f6rld\" }} {{ trunc 8 \"h\u00e9llo w\u00f6rld\" | quote }} {{ abbrev 11 \"h\u00e9llo w\u00f6rld\" }} {{ abbrevboth 8 14 \"h\u00e9llo w\u00f6rld\" }}",
"out": "\"h\u00e9llo\\nw\u00f6rld\" h\u00e9llo|w\u00f6rld \"h\u00e9llo w\" h\u00e9llo w... h\u00e9llo w\u00f6rld"
},
{
"tpl": "{{ substr 8 12 \"h\u00e9llo w\u00f6rld\" | quote }} {{ substr -1 8 \"h\u00e9llo w\u00f6rld\" | quote }}",
"out": "\"\u00f6rl\" \"h\u00e9llo w\""
},
{
"tpl": "{{ wrap 12 \"h\u00e9llo w\u00f6rld\" | quote }} {{ wrapWith 12 \"|\" \"h\u00e9llo w\u00f6rld\" }} {{ trunc 12 \"h\u00e9llo w\u00f6rld\" | quote }} {{ abbrev 15 \"h\u00e9llo w\u00f6rld\" }} {{ abbrevboth 12 18 \"h\u00e9llo w\u00f6rld\" }}",
"out": "\"h\u00e9llo\\nw\u00f6rld\" h\u00e9llo|w\u00f6rld \"h\u00e9llo w\u00f6rl\" h\u00e9llo w\u00f6rld h\u00e9llo w\u00f6rld"
},
{
"tpl": "{{ substr 12 16 \"h\u00e9llo w\u00f6rld\" | quote }} {{ substr -1 12 \"h\u00e9llo w\u00f6rld\" | quote }}",
"out": "\"d\" \"h\u00e9llo w\u00f6rl\""
},
{
"tpl": "{{ wrap 1 \"The quick brown fox jumps over the lazy dog\" | quote }} {{ wrapWith 1 \"|\" \"The quick brown fox jumps over the lazy dog\" }} {{ trunc 1 \"The quick brown fox jumps over the lazy dog\" | quote }} {{ abbrev 4 \"The quick brown fox jumps over the lazy dog\" }} {{ abbrevboth 1 7 \"The quick brown fox jumps over the lazy dog\" }}",
"out": "\"The\\nquick\\nbrown\\nfox\\njumps\\nover\\nthe\\nlazy\\ndog\" T|h|e|q|u|i|c|k|b|r|o|w|n|f|o|x|j|u|m|p|s|o|v|e|r|t|h|e|l|a|z|y|d|o|g \"T\" T... The ..."
},
{
"tpl": "{{ substr 1 5 \"The quick brown fox jumps over the lazy dog\" | quote }} {{ substr -1 1 \"The quick brown fox jumps over the lazy dog\" | quote }}",
"out": "\"he q\" \"T\""
},
{
"tpl": "{{ wrap 3 \"The quick brown fox jumps over the lazy dog\" | quote }} {{ wrapWith 3 \"|\" \"The quick brown fox jumps over the lazy dog\" }} {{ trunc 3 \"The quick brown fox jumps over the lazy dog\" | quote }} {{ abbrev 6 \"The quick brown fox jumps over the lazy dog\" }} {{ abbrevboth 3 9 \"The quick brown fox jumps over the lazy dog\" }}",
"out": "\"The\\nquick\\nbrown\\nfox\\njumps\\nover\\nthe\\nlazy\\ndog\" The|qui|ck|bro|wn|fox|jum|ps|ove|r|the|laz|y|dog \"The\" The... The qu..."
},
{
"tpl": "{{ substr 3 7 \"The quick brown fox jumps over the lazy dog\" | quote }} {{ substr -1 3 \"The quick brown fox jumps over the lazy dog\" | quote }}",
"out": "\" qui\" \"The\""
},
{
"tpl": "{{ wrap 5 \"The quick brown fox jumps over the lazy dog\" | quote }} {{ wrapWith 5 \"|\" \"The quick brown fox jumps over the lazy dog\" }} {{ trunc 5 \"The quick brown fox jumps over the lazy dog\" | quote }} {{ abbrev 8 \"The quick brown fox jumps over the lazy dog\" }} {{ abbrevboth 5 11 \"The quick brown fox jumps over the lazy dog\" }}",
"out": "\"The\\nquick\\nbrown\\nfox\\njumps\\nover\\nthe\\nlazy\\ndog\" The|quick|brown|fox|jumps|over|the|lazy|dog \"The q\" The q... ...uick ..."
},
{
"tpl": "{{ substr 5 9 \"The quick brown fox jumps over the lazy dog\" | quote }} {{ substr -1 5 \"The quick brown fox jumps over the lazy dog\" | quote }}",
"out": "\"uick\" \"The q\""
},
{
"tpl": "{{ wrap 8 \"The quick brown fox jumps over the lazy dog\" | quote }} {{ wrapWith 8 \"|\" \"The quick brown fox jumps over the lazy dog\" }} {{ trunc 8 \"The quick brown fox jumps over the lazy dog\" | quote }} {{ abbrev 11 \"The quick brown fox jumps over the lazy dog\" }} {{ abbrevboth 8 14 \"The quick brown fox jumps over the lazy dog\" }}",
"out": "\"The\\nquick\\nbrown\\nfox\\njumps\\nover the\\nlazy dog\" The|quick|brown|fox|jumps|over the|lazy dog \"The quic\" The quic... ...k brown ..."
},
{
"tpl": "{{ substr 8 12 \"The quick brown fox jumps over the lazy dog\" | quote }} {{ substr -1 8 \"The quick brown fox jumps over the lazy dog\" | quote }}",
"out": "\"k br\" \"The quic\""
},
{
"tpl": "{{ wrap 12 \"The quick brown fox jumps over the lazy dog\" | quote }} {{ wrapWith 12 \"|\" \"The quick brown fox jumps over the lazy dog\" }} {{ trunc 12 \"The quick brown fox jumps over the lazy dog\" | quote }} {{ abbrev 15 \"The quick brown fox jumps over the lazy dog\" }} {{ abbrevboth 12 18 \"The quick brown fox jumps over the lazy dog\" }}",
"out": "\"The quick\\nbrown fox\\njumps over\\nthe lazy dog\" The quick|brown fox|jumps over|the lazy dog \"The quick br\" The quick br... ...own fox jump..."
},
{
"tpl": "{{ substr 12 16 \"The quick brown fox jumps over the lazy dog\" | quote }} {{ substr -1 12 \"The quick brown fox jumps over the lazy dog\" | quote }}",
"out": "\"own \" \"The quick br\""
},
{
"tpl": "{{ wrap 1 \"a b c d e f g\" | quote }} {{ wrapWith 1 \"|\" \"a b c d e f g\" }} {{ trunc 1 \"a b c d e f g\" | quote }} {{ abbrev 4 \"a b c d e f g\" }} {{ abbrevboth 1 7 \"a b c d e f g\" }}",
"out": "\"a\\nb\\nc\\nd\\ne\\nf\\ng\" a|b|c|d|e|f|g \"a\" a... a b ..."
},
{
"tpl": "{{ substr 1 5 \"a b c d e f g\" | quote }} {{ substr -1 1 \"a b c d e f g\" | quote }}",
"out": "\" b c\" \"a\""
},
{
"tpl": "{{ wrap 3 \"a b c d e f g\" | quote }} {{ wrapWith 3 \"|\" \"a b c d e f g\" }} {{ trunc 3 \"a b c d e f g\" | quote }} {{ abbrev 6 \"a b c d e f g\" }} {{ abbrevboth 3 9 \"a b c d e f g\" }}",
"out": "\"a b\\nc d\\ne f\\ng\" a b|c d|e f|g \"a b\" a b... a b c ..."
},
{
"tpl": "{{ substr 3 7 \"a b c d e f g\" | quote }} {{ substr -1 3 \"a b c d e f g\" | quote }}",
"out": "\" c d\" \"a b\""
},
{
"tpl": "{{ wrap 5 \"a b c d e f g\" | quote }} {{ wrapWith 5 \"|\" \"a b c d e f g\" }} {{ trunc 5 \"a b c d e f g\" | quote }} {{ abbrev 8 \"a b c d e f g\" }} {{ abbrevboth 5 11 \"a b c d e f g\" }}",
"out": "\"a b c\\nd e f\\ng\" a b c|d e f|g \"a b c\" a b c... ... d e f g"
},
{
"tpl": "{{ substr 5 9 \"a b c d e f g\" | quote }} {{ substr -1 5 \"a b c d e f g\" | quote }}",
"out": "\" d e\" \"a b c\""
},
{
"tpl": "{{ wrap 8 \"a b c d e f g\" | quote }} {{ wrapWith 8 \"|\" \"a b c d e f g\" }} {{ trunc 8 \"a b c d e f g\" | quote }} {{ abbrev 11 \"a b c d e f g\" }} {{ abbrevboth 8 14 \"a b c d e f g\" }}",
"out": "\"a b c d\\ne f g\" a b c d|e f g \"a b c d \" a b c d ... a b c d e f g"
},
{
"tpl": "{{ substr 8 12 \"a b c d e f g\" | quote }} {{ substr -1 8 \"a b c d e f g\" | quote }}",
"out": "\"e f \" \"a b c d \""
},
{
"tpl": "{{ wrap 12 \"a b c d e f g\" | quote }} {{ wrapWith 12 \"|\" \"a b c d e f g\" }} {{ trunc 12 \"a b c d e f g\" | quote }} {{ abbrev 15 \"a b c d e f g\" }} {{ abbrevboth 12 18 \"a b c d e f g\" }}",
"out": "\"a b c d e f\\ng\" a b c d e f|g \"a b c d e f \" a b c d e f g a b c d e f g"
},
{
"tpl": "{{ substr 12 16 \"a b c d e f g\" | quote }} {{ substr -1 12 \"a b c d e f g\" | quote }}",
"out": "\"g\" \"a b c d e f \""
},
{
"tpl": "{{ wrap 1 \"supercalifragilistic expialidocious\" | quote }} {{ wrapWith 1 \"|\" \"supercalifragilistic expialidocious\" }} {{ trunc 1 \"supercalifragilistic expialidocious\" | quote }} {{ abbrev 4 \"supercalifragilistic expialidocious\" }} {{ abbrevboth 1 7 \"supercalifragilistic expialidocious\" }}",
"out": "\"supercalifragilistic\\nexpialidocious\" s|u|p|e|r|c|a|l|i|f|r|a|g|i|l|i|s|t|i|c|e|x|p|i|a|l|i|d|o|c|i|o|u|s \"s\" s... supe..."
},
{
"tpl": "{{ substr 1 5 \"supercalifragilistic expialidocious\" | quote }} {{ substr -1 1 \"supercalifragilistic expialidocious\" | quote }}",
"out": "\"uper\" \"s\""
},
{
"tpl": "{{ wrap 3 \"supercalifragilistic expialidocious\" | quote }} {{ wrapWith 3 \"|\" \"supercalifragilistic expialidocious\" }} {{ trunc 3 \"supercalifragilistic expialidocious\" | quote }} {{ abbrev 6 \"supercalifragilistic expialidocious\" }} {{ abbrevboth 3 9 \"supercalifragilistic expialidocious\" }}",
"out": "\"supercalifragilistic\\nexpialidocious\" sup|erc|ali|fra|gil|ist|ic|exp|ial|ido|cio|us \"sup\" sup... superc..."
},
{
"tpl": "{{ substr 3 7 \"supercalifragilistic expialidocious\" | quote }} {{ substr -1 3 \"supercalifragilistic expialidocious\" | quote }}",
"out": "\"erca\" \"sup\""
},
{
"tpl": "{{ wrap 5 \"supercalifragilistic expialidocious\" | quote }} {{ wrapWith 5 \"|\" \"supercalifragilistic expialidocious\" }} {{ trunc 5 \"supercalifragilistic expialidocious\" | quote }} {{ abbrev 8 \"supercalifragilistic expialidocious\" }} {{ abbrevboth 5 11 \"supercalifragilistic expialidocious\" }}",
"out": "\"supercalifragilistic\\nexpialidocious\" super|calif|ragil|istic|expia|lidoc|ious \"super\" super... ...calif..."
},
{
"tpl": "{{ substr 5 9 \"supercalifragilistic expialidocious\" | quote }} {{ substr -1 5 \"supercalifragilistic expialidocious\" | quote }}",
"out": "\"cali\" \"super\""
},
{
"tpl": "{{ wrap 8 \"supercalifragilistic expialidocious\" | quote }} {{ wrapWith 8 \"|\" \"supercalifragilistic expialidocious\" }} {{ trunc 8 \"supercalifragilistic expialidocious\" | quote }} {{ abbrev 11 \"supercalifragilistic expialidocious\" }} {{ abbrevboth 8 14 \"supercalifragilistic expialidocious\" }}",
"out": "\"supercalifragilistic\\nexpialidocious\" supercal|ifragili|stic|expialid|ocious \"supercal\" supercal... ...ifragili..."
},
{
"tpl": "{{ substr 8 12 \"supercalifragilistic expialidocious\" | quote }} {{ substr -1 8 \"supercalifragilistic expialidocious\" | quote }}",
"out": "\"ifra\" \"supercal\""
},
{
"tpl": "{{ wrap 12 \"supercalifragilistic expialidocious\" | quote }} {{ wrapWith 12 \"|\" \"supercalifragilistic expialidocious\" }} {{ trunc 12 \"supercalifragilistic expialidocious\" | quote }} {{ abbrev 15 \"supercalifragilistic expialidocious\" }} {{ abbrevboth 12 18 \"supercalifragilistic expialidocious\" }}",
"out": "\"supercalifragilistic\\nexpialidocious\" supercalifra|gilistic|expialidocio|us \"supercalifra\" supercalifra... ...gilistic exp..."
},
{
"tpl": "{{ substr 12 16 \"supercalifragilistic expialidocious\" | quote }} {{ substr -1 12 \"supercalifragilistic expialidocious\" | quote }}",
"out": "\"gili\" \"supercalifra\""
},
{
"tpl": "{{ wrap 1 \"x  y   z\" | quote }} {{ wrapWith 1 \"|\" \"x  y   z\" }} {{ trunc 1 \"x  y   z\" | quote }} {{ abbrev 4 \"x  y   z\" }} {{ abbrevboth 1 7 \"x  y   z\" }}",
"out": "\"x\\ny\\nz\" x|y|z \"x\" x... x  y..."
},
{
"tpl": "{{ substr 1 5 \"x  y   z\" | quote }} {{ substr -1 1 \"x  y   z\" | quote }}",
"out": "\"  y \" \"x\""
},
{
"tpl": "{{ wrap 3 \"x  y   z\" | quote }} {{ wrapWith 3 \"|\" \"x  y   z\" }} {{ trunc 3 \"x  y   z\" | quote }} {{ abbrev 6 \"x  y   z\" }} {{ abbrevboth 3 9 \"x  y   z\" }}",
"out": "\"x \\ny  \\nz\" x |y  |z \"x  \" x  ... x  y   z"
},
{
"tpl": "{{ substr 3 7 \"x  y   z\" | quote }} {{ substr -1 3 \"x  y   z\" | quote }}",
"out": "\"y   \" \"x  \""
},
{
"tpl": "{{ wrap 5 \"x  y   z\" | quote }} {{ wrapWith 5 \"|\" \"x  y   z\" }} {{ trunc 5 \"x  y   z\" | quote }} {{ abbrev 8 \"x  y   z\" }} {{ abbrevboth 5 11 \"x  y   z\" }}",
"out": "\"x  y \\n z\" x  y | z \"x  y \" x  y   z x  y   z"
},
{
"tpl": "{{ substr 5 9 \"x  y   z\" | quote }} {{ substr -1 5 \"x  y   z\" | quote }}",
"out": "\"  z\" \"x  y \""
},
{
"tpl": "{{ wrap 8 \"x  y   z\" | quote }} {{ wrapWith 8 \"|\" \"x  y   z\" }} {{ trunc 8 \"x  y   z\" | quote }} {{ abbrev 11 \"x  y   z\" }} {{ abbrevboth 8 14 \"x  y   z\" }}",
"out": "\"x  y   z\" x  y   z \"x  y   z\" x  y   z x  y   z"
},
{
"tpl": "{{ substr 8 12 \"x  y   z\" | quote }} {{ substr -1 8 \"x  y   z\" | quote }}",
"out": "\"\" \"x  y   z\""
},
{
"tpl": "{{ wrap 12 \"x  y   z\" | quote }} {{ wrapWith 12 \"|\" \"x  y   z\" }} {{ trunc 12 \"x  y   z\" | quote }} {{ abbrev 15 \"x  y   z\" }} {{ abbrevboth 12 18 \"x  y   z\" }}",
"out": "\"x  y   z\" x  y   z \"x  y   z\" x  y   z x  y   z"
},
{
"tpl": "{{ substr 12 16 \"x  y   z\" | quote }} {{ substr -1 12 \"x  y   z\" | quote }}",
"out": "",
"err": "template: t:1:3: executing \"t\" at <substr 12 16 \"x  y   z\">: error calling substr: runtime error: slice bounds out of range [12:8]"
},
{
"tpl": "{{ wrap 1 \" lead\" | quote }} {{ wrapWith 1 \"|\" \" lead\" }} {{ trunc 1 \" lead\" | quote }} {{ abbrev 4 \" lead\" }} {{ abbrevboth 1 7 \" lead\" }}",
"out": "\"lead\" l|e|a|d \" \"  ...  lead"
},
{
"tpl": "{{ substr 1 5 \" lead\" | quote }} {{ substr -1 1 \" lead\" | quote }}",
"out": "\"lead\" \" \""
},
{
"tpl": "{{ wrap 3 \" lead\" | quote }} {{ wrapWith 3 \"|\" \" lead\" }} {{ trunc 3 \" lead\" | quote }} {{ abbrev 6 \" lead\" }} {{ abbrevboth 3 9 \" lead\" }}",
"out": "\"lead\" lea|d \" le\"  lead  lead"
},
{
"tpl": "{{ substr 3 7 \" lead\" | quote }} {{ substr -1 3 \" lead\" | quote }}",
"out": "\"ad\" \" le\""
},
{
"tpl": "{{ wrap 5 \" lead\" | quote }} {{ wrapWith 5 \"|\" \" lead\" }} {{ trunc 5 \" lead\" | quote }} {{ abbrev 8 \" lead\" }} {{ abbrevboth 5 11 \" lead\" }}",
"out": "\" lead\"  lead \" lead\"  lead  lead"
},
{
"tpl": "{{ substr 5 9 \" lead\" | quote }} {{ substr -1 5 \" lead\" | quote }}",
"out": "\"\" \" lead\""
},
{
"tpl": "{{ wrap 8 \" lead\" | quote }} {{ wrapWith 8 \"|\" \" lead\" }} {{ trunc 8 \" lead\" | quote }} {{ abbrev 11 \" lead\" }} {{ abbrevboth 8 14 \" lead\" }}",
"out": "\" lead\"  lead \" lead\"  lead  lead"
},
{
"tpl": "{{ substr 8 12 \" lead\" | quote }} {{ substr -1 8 \" lead\" | quote }}",
"out": "",
"err": "template: t:1:3: executing \"t\" at <substr 8 12 \" lead\">: error calling substr: runtime error: slice bounds out of range [8:5]"
},
{
"tpl": "{{ wrap 12 \" lead\" | quote }} {{ wrapWith 12 \"|\" \" lead\" }} {{ trunc 12 \" lead\" | quote }} {{ abbrev 15 \" lead\" }} {{ abbrevboth 12 18 \" lead\" }}",
"out": "\" lead\"  lead \" lead\"  lead  lead"
},
{
"tpl": "{{ substr 12 16 \" lead\" | quote }} {{ substr -1 12 \" lead\" | quote }}",
"out": "",
"err": "template: t:1:3: executing \"t\" at <substr 12 16 \" lead\">: error calling substr: runtime error: slice bounds out of range [12:5]"
},
{
"tpl": "{{ wrap 1 \"trail \" | quote }} {{ wrapWith 1 \"|\" \"trail \" }} {{ trunc 1 \"trail \" | quote }} {{ abbrev 4 \"trail \" }} {{ abbrevboth 1 7 \"trail \" }}",
"out": "\"trail\\n\" t|r|a|i|l| \"t\" t... trail "
},
{
"tpl": "{{ substr 1 5 \"trail \" | quote }} {{ substr -1 1 \"trail \" | quote }}",
"out": "\"rail\" \"t\""
},
{
"tpl": "{{ wrap 3 \"trail \" | quote }} {{ wrapWith 3 \"|\" \"trail \" }} {{ trunc 3 \"trail \" | quote }} {{ abbrev 6 \"trail \" }} {{ abbrevboth 3 9 \"trail \" }}",
"out": "\"trail\\n\" tra|il  \"tra\" trail  trail "
},
{
"tpl": "{{ substr 3 7 \"trail \" | quote }} {{ substr -1 3 \"trail \" | quote }}",
"out": "\"il \" \"tra\""
},
{
"tpl": "{{ wrap 5 \"trail \" | quote }} {{ wrapWith 5 \"|\" \"trail \" }} {{ trunc 5 \"trail \" | quote }} {{ abbrev 8 \"trail \" }} {{ abbrevboth 5 11 \"trail \" }}",
"out": "\"trail\\n\" trail| \"trail\" trail  trail "
},
{
"tpl": "{{ substr 5 9 \"trail \" | quote }} {{ substr -1 5 \"trail \" | quote }}",
"out": "\" \" \"trail\""
},
{
"tpl": "{{ wrap 8 \"trail \" | quote }} {{ wrapWith 8 \"|\" \"trail \" }} {{ trunc 8 \"trail \" | quote }} {{ abbrev 11 \"trail \" }} {{ abbrevboth 8 14 \"trail \" }}",
"out": "\"trail \" trail  \"trail \" trail  trail "
},
{
"tpl": "{{ substr 8 12 \"trail \" | quote }} {{ substr -1 8 \"trail \" | quote }}",
"out": "",
"err": "template: t:1:3: executing \"t\" at <substr 8 12 \"trail \">: error calling substr: runtime error: slice bounds out of range [8:6]"
},
{
"tpl": "{{ wrap 12 \"trail \" | quote }} {{ wrapWith 12 \"|\" \"trail \" }} {{ trunc 12 \"trail \" | quote }} {{ abbrev 15 \"trail \" }} {{ abbrevboth 12 18 \"trail \" }}",
"out": "\"trail \" trail  \"trail \" trail  trail "
},
{
"tpl": "{{ substr 12 16 \"trail \" | quote }} {{ substr -1 12 \"trail \" | quote }}",
"out": "",
"err": "template: t:1:3: executing \"t\" at <substr 12 16 \"trail \">: error calling substr: runtime error: slice bounds out of range [12:6]"
},
{
"tpl": "{{ wrap 1 \"tab\there\" | quote }} {{ wrapWith 1 \"|\" \"tab\there\" }} {{ trunc 1 \"tab\there\" | quote }} {{ abbrev 4 \"tab\there\" }} {{ abbrevboth 1 7 \"tab\there\" }}",
"out": "\"tab\\there\" t|a|b|\t|h|e|r|e \"t\" t... tab\t..."
},
{
"tpl": "{{ substr 1 5 \"tab\there\" | quote }} {{ substr -1 1 \"tab\there\" | quote }}",
"out": "\"ab\\th\" \"t\""
},
{
"tpl": "{{ wrap 3 \"tab\there\" | quote }} {{ wrapWith 3 \"|\" \"tab\there\" }} {{ trunc 3 \"tab\there\" | quote }} {{ abbrev 6 \"tab\there\" }} {{ abbrevboth 3 9 \"tab\there\" }}",
"out": "\"tab\\there\" tab|\the|re \"tab\" tab... tab\there"
},
{
"tpl": "{{ substr 3 7 \"tab\there\" | quote }} {{ substr -1 3 \"tab\there\" | quote }}",
"out": "\"\\ther\" \"tab\""
},
{
"tpl": "{{ wrap 5 \"tab\there\" | quote }} {{ wrapWith 5 \"|\" \"tab\there\" }} {{ trunc 5 \"tab\there\" | quote }} {{ abbrev 8 \"tab\there\" }} {{ abbrevboth 5 11 \"tab\there\" }}",
"out": "\"tab\\there\" tab\th|ere \"tab\\th\" tab\there tab\there"
},
{
"tpl": "{{ substr 5 9 \"tab\there\" | quote }} {{ substr -1 5 \"tab\there\" | quote }}",
"out": "\"ere\" \"tab\\th\""
},
{
"tpl": "{{ wrap 8 \"tab\there\" | quote }} {{ wrapWith 8 \"|\" \"tab\there\" }} {{ trunc 8 \"tab\there\" | quote }} {{ abbrev 11 \"tab\there\" }} {{ abbrevboth 8 14 \"tab\there\" }}",
"out": "\"tab\\there\" tab\there \"tab\\there\" tab\there tab\there"
},
{
"tpl": "{{ substr 8 12 \"tab\there\" | quote }} {{ substr -1 8 \"tab\there\" | quote }}",
"out": "\"\" \"tab\\there\""
},
{
"tpl": "{{ wrap 12 \"tab\there\" | quote }} {{ wrapWith 12 \"|\" \"tab\there\" }} {{ trunc 12 \"tab\there\" | quote }} {{ abbrev 15 \"tab\there\" }} {{ abbrevboth 12 18 \"tab\there\" }}",
"out": "\"tab\\there\" tab\there \"tab\\there\" tab\there tab\there"
},
{
"tpl": "{{ substr 12 16 \"tab\there\" | quote }} {{ substr -1 12 \"tab\there\" | quote }}",
"out": "",
"err": "template: t:1:3: executing \"t\" at <substr 12 16 \"tab\there\">: error calling substr: runtime error: slice bounds out of range [12:8]"
},
{
"tpl": "{{ wrap 1 \"line\nbreak here now\" | quote }} {{ wrapWith 1 \"|\" \"line\nbreak here now\" }} {{ trunc 1 \"line\nbreak here now\" | quote }} {{ abbrev 4 \"line\nbreak here now\" }} {{ abbrevboth 1 7 \"line\nbreak here now\" }}",
"out": "",
"err": "template: t:1: unterminated quoted string"
},
{
"tpl": "{{ substr 1 5 \"line\nbreak here now\" | quote }} {{ substr -1 1 \"line\nbreak here now\" | quote }}",
"out": "",
"err": "template: t:1: unterminated quoted string"
},
{
"tpl": "{{ wrap 3 \"line\nbreak here now\" | quote }} {{ wrapWith 3 \"|\" \"line\nbreak here now\" }} {{ trunc 3 \"line\nbreak here now\" | quote }} {{ abbrev 6 \"line\nbreak here now\" }} {{ abbrevboth 3 9 \"line\nbreak here now\" }}",
"out": "",
"err": "template: t:1: unterminated quoted string"
},
{
"tpl": "{{ substr 3 7 \"line\nbreak here now\" | quote }} {{ substr -1 3 \"line\nbreak here now\" | quote }}",
"out": "",
"err": "template: t:1: unterminated quoted string"
},
{
"tpl": "{{ wrap 5 \"line\nbreak here now\" | quote }} {{ wrapWith 5 \"|\" \"line\nbreak here now\" }} {{ trunc 5 \"line\nbreak here now\" | quote }} {{ abbrev 8 \"line\nbreak here now\" }} {{ abbrevboth 5 11 \"line\nbreak here now\" }}",
"out": "",
"err": "template: t:1: unterminated quoted string"
},
{
"tpl": "{{ substr 5 9 \"line\nbreak here now\" | quote }} {{ substr -1 5 \"line\nbreak here now\" | quote }}",
"out": "",
"err": "template: t:1: unterminated quoted string"
},
{
"tpl": "{{ wrap 8 \"line\nbreak here now\" | quote }} {{ wrapWith 8 \"|\" \"line\nbreak here now\" }} {{ trunc 8 \"line\nbreak here now\" | quote }} {{ abbrev 11 \"line\nbreak here now\" }} {{ abbrevboth 8 14 \"line\nbreak here now\" }}",
"out": "",
"err": "template: t:1: unterminated quoted string"
},
{
"tpl": "{{ substr 8 12 \"line\nbreak here now\" | quote }} {{ substr -1 8 \"line\nbreak here now\" | quote }}",
"out": "",
"err": "template: t:1: unterminated quoted string"
},
{
"tpl": "{{ wrap 12 \"line\nbreak here now\" | quote }} {{ wrapWith 12 \"|\" \"line\nbreak here now\" }} {{ trunc 12 \"line\nbreak here now\" | quote }} {{ abbrev 15 \"line\nbreak here now\" }} {{ abbrevboth 12 18 \"line\nbreak here now\" }}",
"out": "",
"err": "template: t:1: unterminated quoted string"
},
{
"tpl": "{{ substr 12 16 \"line\nbreak here now\" | quote }} {{ substr -1 12 \"line\nbreak here now\" | quote }}",
"out": "",
"err": "template: t:1: unterminated quoted string"
},
{
"tpl": "{{ b64enc \"\" }} {{ b32enc \"\" }} {{ b64enc \"\" | b64dec | quote }} {{ b32enc \"\" | b32dec | quote }}",
"out": "  \"\" \"\""
},
{
"tpl": "{{ b64enc \"f\" }} {{ b32enc \"f\" }} {{ b64enc \"f\" | b64dec | quote }} {{ b32enc \"f\" | b32dec | quote }}",
"out": "Zg== MY====== \"f\" \"f\""
},
{
"tpl": "{{ b64enc \"fo\" }} {{ b32enc \"fo\" }} {{ b64enc \"fo\" | b64dec | quote }} {{ b32enc \"fo\" | b32dec | quote }}",
"out": "Zm8= MZXQ==== \"fo\" \"fo\""
},
{
"tpl": "{{ b64enc \"foo\" }} {{ b32enc \"foo\" }} {{ b64enc \"foo\" | b64dec | quote }} {{ b32enc \"foo\" | b32dec | quote }}",
"out": "Zm9v MZXW6=== \"foo\" \"foo\""
},
{
"tpl": "{{ b64enc \"foob\" }} {{ b32enc \"foob\" }} {{ b64enc \"foob\" | b64dec | quote }} {{ b32enc \"foob\" | b32dec | quote }}",
"out": "Zm9vYg== MZXW6YQ= \"foob\" \"foob\""
},
{
"tpl": "{{ b64enc \"fooba\" }} {{ b32enc \"fooba\" }} {{ b64enc \"fooba\" | b64dec | quote }} {{ b32enc \"fooba\" | b32dec | quote }}",
"out": "Zm9vYmE= MZXW6YTB \"fooba\" \"fooba\""
},
{
"tpl": "{{ b64enc \"foobar\" }} {{ b32enc \"foobar\" }} {{ b64enc \"foobar\" | b64dec | quote }} {{ b32enc \"foobar\" | b32dec | quote }}",
"out": "Zm9vYmFy MZXW6YTBOI====== \"foobar\" \"foobar\""
},
{
"tpl": "{{ b64enc \"h\u00e9llo\" }} {{ b32enc \"h\u00e9llo\" }} {{ b64enc \"h\u00e9llo\" | b64dec | quote }} {{ b32enc \"h\u00e9llo\" | b32dec | quote }}",
"out": "aMOpbGxv NDB2S3DMN4====== \"h\u00e9llo\" \"h\u00e9llo\""
},
{
"tpl": "{{ b64enc \"\\x00\\x7f\" }} {{ b32enc \"\\x00\\x7f\" }} {{ b64enc \"\\x00\\x7f\" | b64dec | quote }} {{ b32enc \"\\x00\\x7f\" | b32dec | quote }}",
"out": "AH8= AB7Q==== \"\\x00\\x7f\" \"\\x00\\x7f\""
},
{
"tpl": "{{ b64dec \"Zg\" | quote }}",
"out": "\"illegal base64 data at input byte 0\""
},
{
"tpl": "{{ b64dec \"Zg=\" | quote }}",
"out": "\"illegal base64 data at input byte 3\""
},
{
"tpl": "{{ b64dec \"Zg==\" | quote }}",
"out": "\"f\""
},
{
"tpl": "{{ b64dec \"Zm9v\" | quote }}",
"out": "\"foo\""
},
{
"tpl": "{{ b64dec \"Zm9vYg\" | quote }}",
"out": "\"illegal base64 data at input byte 4\""
},
{
"tpl": "{{ b64dec \"Zm9vYg=\" | quote }}",
"out": "\"illegal base64 data at input byte 7\""
},
{
"tpl": "{{ b64dec \"Zm9vYg==\" | quote }}",
"out": "\"foob\""
},
{
"tpl": "{{ b64dec \"Zm9vYmE=\" | quote }}",
"out": "\"fooba\""
},
{
"tpl": "{{ b64dec \"Zm9v\\r\\nYmFy\" | quote }}",
"out": "\"foobar\""
},
{
"tpl": "{{ b64dec \"Zm9v YmFy\" | quote }}",
"out": "\"illegal base64 data at input byte 4\""
},
{
"tpl": "{{ b64dec \"Zm9vYmFy=\" | quote }}",
"out": "\"illegal base64 data at input byte 8\""
},
{
"tpl": "{{ b64dec \"Zm==\" | quote }}",
"out": "\"f\""
},
{
"tpl": "{{ b64dec \"Z===\" | quote }}",
"out": "\"illegal base64 data at input byte 1\""
},
{
"tpl": "{{ b64dec \"=\" | quote }}",
"out": "\"illegal base64 data at input byte 0\""
},
{
"tpl": "{{ b64dec \"==\" | quote }}",
"out": "\"illegal base64 data at input byte 0\""
},
{
"tpl": "{{ b64dec \"Zm9vYmFyZg==Zg==\" | quote }}",
"out": "\"illegal base64 data at input byte 12\""
},
{
"tpl": "{{ b64dec \"Zm9vYmFy\\n\" | quote }}",
"out": "\"foobar\""
},
{
"tpl": "{{ b64dec \"\\nZm9v\" | quote }}",
"out": "\"foo\""
},
{
"tpl": "{{ b64dec \"Zm9-\" | quote }}",
"out": "\"illegal base64 data at input byte 3\""
},
{
"tpl": "{{ b64dec \"Zm9_\" | quote }}",
"out": "\"illegal base64 data at input byte 3\""
},
{
"tpl": "{{ b32dec \"MY======\" | quote }}",
"out": "\"f\""
},
{
"tpl": "{{ b32dec \"MZXQ====\" | quote }}",
"out": "\"fo\""
},
{
"tpl": "{{ b32dec \"MZXW6===\" | quote }}",
"out": "\"foo\""
},
{
"tpl": "{{ b32dec \"MZXW6YQ=\" | quote }}",
"out": "\"foob\""
},
{
"tpl": "{{ b32dec \"MZXW6YTB\" | quote }}",
"out": "\"fooba\""
},
{
"tpl": "{{ b32dec \"MZXW6YTBOI======\" | quote }}",
"out": "\"foobar\""
},
{
"tpl": "{{ b32dec \"MY\" | quote }}",
"out": "\"illegal base32 data at input byte 0\""
},
{
"tpl": "{{ b32dec \"MY=====\" | quote }}",
"out": "\"illegal base32 data at input byte 7\""
},
{
"tpl": "{{ b32dec \"MY=======\" | quote }}",
"out": "\"f\""
},
{
"tpl": "{{ b32dec \"MZXQ===\" | quote }}",
"out": "\"illegal base32 data at input byte 7\""
},
{
"tpl": "{{ b32dec \"M1======\" | quote }}",
"out": "\"illegal base32 data at input byte 1\""
},
{
"tpl": "{{ b32dec \"MZXW6YQ\" | quote }}",
"out": "\"illegal base32 data at input byte 0\""
},
{
"tpl": "{{ b32dec \"my======\" | quote }}",
"out": "\"illegal base32 data at input byte 0\""
},
{
"tpl": "{{ b32dec \"MY======MY======\" | quote }}",
"out": "\"illegal base32 data at input byte 2\""
},
{
"tpl": "{{ b32dec \"MZXW6YTBOI\" | quote }}",
"out": "\"illegal base32 data at input byte 8\""
},
{
"tpl": "{{ b32dec \"========\" | quote }}",
"out": "\"illegal base32 data at input byte 0\""
},
{
"tpl": "{{ b32dec \"MZXW6Y=Q\" | quote }}",
"out": "\"illegal base32 data at input byte 6\""
},
{
"tpl": "{{ b32dec \"MZXW6YTB\\nOI======\" | quote }}",
"out": "\"foobar\""
},
{
"tpl": "{{ printf \"%v %.10e %.10f %.10g %g\" 7.761117632285041e+178 7.761117632285041e+178 7.761117632285041e+178 7.761117632285041e+178 7.761117632285041e+178 }} {{ toJson 7.761117632285041e+178 }}",
"out": "7.761117632285041e+178 7.7611176323e+178 77611176322850410205396077726384600498844428523271495964109781678695897797503704585752225419164419007468426363564698524404428180208049865571506479979574200570825826167097816776704.0000000000 7.761117632e+178 7.761117632285041e+178 7.761117632285041e+178"
},
{
"tpl": "{{ printf \"%v %.1e %.1f %.1g %g\" -1.9577373031172786e-264 -1.9577373031172786e-264 -1.9577373031172786e-264 -1.9577373031172786e-264 -1.9577373031172786e-264 }} {{ toJson -1.9577373031172786e-264 }}",
"out": "-1.9577373031172786e-264 -2.0e-264 -0.0 -2e-264 -1.9577373031172786e-264 -1.9577373031172786e-264"
},
{
"tpl": "{{ printf \"%v %.8e %.8f %.8g %g\" -1.7160537630466207e+197 -1.7160537630466207e+197 -1.7160537630466207e+197 -1.7160537630466207e+197 -1.7160537630466207e+197 }} {{ toJson -1.7160537630466207e+197 }}",
"out": "-1.7160537630466207e+197 -1.71605376e+197 -171605376304662069026650158589513291894844543958629280276025510914707430447847877066872574453112507838661110095788185295688385367849778400241927492969645097165094230778152152119682461104277540569088.00000000 -1.7160538e+197 -1.7160537630466207e+197 -1.7160537630466207e+197"
},
{
"tpl": "{{ printf \"%v %.6e %.6f %.6g %g\" 5.745816001913329e+226 5.745816001913329e+226 5.745816001913329e+226 5.745816001913329e+226 5.745816001913329e+226 }} {{ toJson 5.745816001913329e+226 }}",
"out": "5.745816001913329e+226 5.745816e+226 57458160019133291778146696732776703627733352807979816961963224979248216483063876154181613216490400203798422278338886735349316463906088544961211529167202528516491063502955706363648732282643721657948871932906216763613155063496704.000000 5.74582e+226 5.745816001913329e+226 5.745816001913329e+226"
},
{
"tpl": "{{ printf \"%v %.6e %.6f %.6g %g\" -9.973130378568733e-246 -9.973130378568733e-246 -9.973130378568733e-246 -9.973130378568733e-246 -9.973130378568733e-246 }} {{ toJson -9.973130378568733e-246 }}",
"out": "-9.973130378568733e-246 -9.973130e-246 -0.000000 -9.97313e-246 -9.973130378568733e-246 -9.973130378568733e-246"
},
{
"tpl": "{{ printf \"%v %.3e %.3f %.3g %g\" 5.094081006146714e-156 5.094081006146714e-156 5.094081006146714e-156 5.094081006146714e-156 5.094081006146714e-156 }} {{ toJson 5.094081006146714e-156 }}",
"out": "5.094081006146714e-156 5.094e-156 0.000 5.09e-156 5.094081006146714e-156 5.094081006146714e-156"
},
{
"tpl": "{{ printf \"%v %.0e %.0f %.0g %g\" 74.625e5 74.625e5 74.625e5 74.625e5 74.625e5 }} {{ toJson 74.625e5 }}",
"out": "7.4625e+06 7e+06 7462500 7e+06 7.4625e+06 7462500"
},
{
"tpl": "{{ printf \"%v %.6e %.6f %.6g %g\" 72.25e-2 72.25e-2 72.25e-2 72.25e-2 72.25e-2 }} {{ toJson 72.25e-2 }}",
"out": "0.7225 7.225000e-01 0.722500 0.7225 0.7225 0.7225"
},
{
"tpl": "{{ printf \"%v %.4e %.4f %.4g %g\" -3.2367190832119987e-221 -3.2367190832119987e-221 -3.2367190832119987e-221 -3.2367190832119987e-221 -3.2367190832119987e-221 }} {{ toJson -3.2367190832119987e-221 }}",
"out": "-3.2367190832119987e-221 -3.2367e-221 -0.0000 -3.237e-221 -3.2367190832119987e-221 -3.2367190832119987e-221"
},
{
"tpl": "{{ printf \"%v %.10e %.10f %.10g %g\" 108062.625e16 108062.625e16 108062.625e16 108062.625e16 108062.625e16 }} {{ toJson 108062.625e16 }}",
"out": "1.08062625e+21 1.0806262500e+21 1080626249999999959040.0000000000 1.08062625e+21 1.08062625e+21 1.08062625e+21"
},
{
"tpl": "{{ printf \"%v %.11e %.11f %.11g %g\" -8.722783496930154e-250 -8.722783496930154e-250 -8.722783496930154e-250 -8.722783496930154e-250 -8.722783496930154e-250 }} {{ toJson -8.722783496930154e-250 }}",
"out": "-8.722783496930154e-250 -8.72278349693e-250 -0.00000000000 -8.7227834969e-250 -8.722783496930154e-250 -8.722783496930154e-250"
},
{
"tpl": "{{ printf \"%v %.3e %.3f %.3g %g\" -6.505141861548772e-162 -6.505141861548772e-162 -6.505141861548772e-162 -6.505141861548772e-162 -6.505141861548772e-162 }} {{ toJson -6.505141861548772e-162 }}",
"out": "-6.505141861548772e-162 -6.505e-162 -0.000 -6.51e-162 -6.505141861548772e-162 -6.505141861548772e-162"
},
{
"tpl": "{{ printf \"%v %.12e %.12f %.12g %g\" 2.0023521584613723e+219 2.0023521584613723e+219 2.0023521584613723e+219 2.0023521584613723e+219 2.0023521584613723e+219 }} {{ toJson 2.0023521584613723e+219 }}",
"out": "2.0023521584613723e+219 2.002352158461e+219 2002352158461372276681817621457049298175314207108191720745480570393705338417324087354001827914478035162455474488646183278228979230035509404940940259953656366971212449572921837656170350524983800608478099528678766366687232.000000000000 2.00235215846e+219 2.0023521584613723e+219 2.0023521584613723e+219"
},
{
"tpl": "{{ printf \"%v %.7e %.7f %.7g %g\" -1.525315701232403e+214 -1.525315701232403e+214 -1.525315701232403e+214 -1.525315701232403e+214 -1.525315701232403e+214 }} {{ toJson -1.525315701232403e+214 }}",
"out": "-1.525315701232403e+214 -1.5253157e+214 -15253157012324029441518442740545233014018097561210623676962351037741705679908561159903642050218758572200559843350513253244703843366541354661914384035094035170364927280664009693195538346922190615937477565243142963200.0000000 -1.525316e+214 -1.525315701232403e+214 -1.525315701232403e+214"
},
{
"tpl": "{{ printf \"%v %.2e %.2f %.2g %g\" -1.0901301243108798e+55 -1.0901301243108798e+55 -1.0901301243108798e+55 -1.0901301243108798e+55 -1.0901301243108798e+55 }} {{ toJson -1.0901301243108798e+55 }}",
"out": "-1.0901301243108798e+55 -1.09e+55 -10901301243108798410802720070538569474013778789628116992.00 -1.1e+55 -1.0901301243108798e+55 -1.0901301243108798e+55"
},
{
"tpl": "{{ printf \"%v %.8e %.8f %.8g %g\" 10986394.625e-1 10986394.625e-1 10986394.625e-1 10986394.625e-1 10986394.625e-1 }} {{ toJson 10986394.625e-1 }}",
"out": "1.0986394625e+06 1.09863946e+06 1098639.46250000 1098639.5 1.0986394625e+06 1098639.4625"
},
{
"tpl": "{{ printf \"%v %.7e %.7f %.7g %g\" -9.346583470705478e-26 -9.346583470705478e-26 -9.346583470705478e-26 -9.346583470705478e-26 -9.346583470705478e-26 }} {{ toJson -9.346583470705478e-26 }}",
"out": "-9.346583470705478e-26 -9.3465835e-26 -0.0000000 -9.346583e-26 -9.346583470705478e-26 -9.346583470705478e-26"
},
{
"tpl": "{{ printf \"%v %.1e %.1f %.1g %g\" 2.0745096302730225e-218 2.0745096302730225e-218 2.0745096302730225e-218 2.0745096302730225e-218 2.0745096302730225e-218 }} {{ toJson 2.0745096302730225e-218 }}",
"out": "2.0745096302730225e-218 2.1e-218 0.0 2e-218 2.0745096302730225e-218 2.0745096302730225e-218"
},
{
"tpl": "{{ printf \"%v %.7e %.7f %.7g %g\" 793920.125e-11 793920.125e-11 793920.125e-11 793920.125e-11 793920.125e-11 }} {{ toJson 793920.125e-11 }}",
"out": "7.93920125e-06 7.9392013e-06 0.0000079 7.939201e-06 7.93920125e-06 0.00000793920125"
},
{
"tpl": "{{ printf \"%v %.1e %.1f %.1g %g\" -2.892221502281467e-101 -2.892221502281467e-101 -2.892221502281467e-101 -2.892221502281467e-101 -2.892221502281467e-101 }} {{ toJson -2.892221502281467e-101 }}",
"out": "-2.892221502281467e-101 -2.9e-101 -0.0 -3e-101 -2.892221502281467e-101 -2.892221502281467e-101"
},
{
"tpl": "{{ printf \"%v %.7e %.7f %.7g %g\" 95950094915.125e18 95950094915.125e18 95950094915.125e18 95950094915.125e18 95950094915.125e18 }} {{ toJson 95950094915.125e18 }}",
"out": "9.5950094915125e+28 9.5950095e+28 95950094915125006549622194176.0000000 9.595009e+28 9.5950094915125e+28 9.5950094915125e+28"
},
{
"tpl": "{{ printf \"%v %.7e %.7f %.7g %g\" 945717734175442.5e-3 945717734175442.5e-3 945717734175442.5e-3 945717734175442.5e-3 945717734175442.5e-3 }} {{ toJson 945717734175442.5e-3 }}",
"out": "9.457177341754425e+11 9.4571773e+11 945717734175.4425049 9.457177e+11 9.457177341754425e+11 945717734175.4425"
},
{
"tpl": "{{ printf \"%v %.10e %.10f %.10g %g\" 63.75e-1 63.75e-1 63.75e-1 63.75e-1 63.75e-1 }} {{ toJson 63.75e-1 }}",
"out": "6.375 6.3750000000e+00 6.3750000000 6.375 6.375 6.375"
},
{
"tpl": "{{ printf \"%v %.0e %.0f %.0g %g\" 806849483587760.375e2 806849483587760.375e2 806849483587760.375e2 806849483587760.375e2 806849483587760.375e2 }} {{ toJson 806849483587760.375e2 }}",
"out": "8.068494835877603e+16 8e+16 80684948358776032 8e+16 8.068494835877603e+16 80684948358776030"
},
{
"tpl": "{{ printf \"%v %.0e %.0f %.0g %g\" 670736660455.5e11 670736660455.5e11 670736660455.5e11 670736660455.5e11 670736660455.5e11 }} {{ toJson 670736660455.5e11 }}",
"out": "6.707366604555e+22 7e+22 67073666045550002176000 7e+22 6.707366604555e+22 6.707366604555e+22"
},
{
"tpl": "{{ printf \"%v %.11e %.11f %.11g %g\" 3.47537661855496e-149 3.47537661855496e-149 3.47537661855496e-149 3.47537661855496e-149 3.47537661855496e-149 }} {{ toJson 3.47537661855496e-149 }}",
"out": "3.47537661855496e-149 3.47537661855e-149 0.00000000000 3.4753766186e-149 3.47537661855496e-149 3.47537661855496e-149"
},
{
"tpl": "{{ printf \"%v %.7e %.7f %.7g %g\" -1.0267710304426359e+206 -1.0267710304426359e+206 -1.0267710304426359e+206 -1.0267710304426359e+206 -1.0267710304426359e+206 }} {{ toJson -1.0267710304426359e+206 }}",
"out": "-1.0267710304426359e+206 -1.0267710e+206 -102677103044263588443808433913834414999946165091642418675559625000359713042859285652967839871376899104273568210565977246230607302079529017020479504915679623476366924144278059970196058772960847152665279332352.0000000 -1.026771e+206 -1.0267710304426359e+206 -1.0267710304426359e+206"
},
{
"tpl": "{{ printf \"%v %.8e %.8f %.8g %g\" 1.9751801151887592e+187 1.9751801151887592e+187 1.9751801151887592e+187 1.9751801151887592e+187 1.9751801151887592e+187 }} {{ toJson 1.9751801151887592e+187 }}",
"out": "1.9751801151887592e+187 1.97518012e+187 19751801151887592023759922150794927823220505765813669262439443166490992890335734335641586238525495732684693015811690356655140964553232031676658587394810297809551178749480476701419150245888.00000000 1.9751801e+187 1.9751801151887592e+187 1.9751801151887592e+187"
},
{
"tpl": "{{ printf \"%v %.6e %.6f %.6g %g\" -5.502342665287363e+85 -5.502342665287363e+85 -5.502342665287363e+85 -5.502342665287363e+85 -5.502342665287363e+85 }} {{ toJson -5.502342665287363e+85 }}",
"out": "-5.502342665287363e+85 -5.502343e+85 -55023426652873633082532528267089124504828387574502229314445751787917079084087149330432.000000 -5.50234e+85 -5.502342665287363e+85 -5.502342665287363e+85"
},
{
"tpl": "{{ printf \"%v %.10e %.10f %.10g %g\" 758487695.375e2 758487695.375e2 758487695.375e2 758487695.375e2 758487695.375e2 }} {{ toJson 758487695.375e2 }}",
"out": "7.58487695375e+10 7.5848769538e+10 75848769537.5000000000 7.584876954e+10 7.58487695375e+10 75848769537.5"
},
{
"tpl": "{{ printf \"%v %.2e %.2f %.2g %g\" 20256262.5e-9 20256262.5e-9 20256262.5e-9 20256262.5e-9 20256262.5e-9 }} {{ toJson 20256262.5e-9 }}",
"out": "0.0202562625 2.03e-02 0.02 0.02 0.0202562625 0.0202562625"
},
{
"tpl": "{{ printf \"%v %.7e %.7f %.7g %g\" 8.832790543982714e-294 8.832790543982714e-294 8.832790543982714e-294 8.832790543982714e-294 8.832790543982714e-294 }} {{ toJson 8.832790543982714e-294 }}",
"out": "8.832790543982714e-294 8.8327905e-294 0.0000000 8.832791e-294 8.832790543982714e-294 8.832790543982714e-294"
},
{
"tpl": "{{ printf \"%v %.2e %.2f %.2g %g\" 275510.125e-20 275510.125e-20 275510.125e-20 275510.125e-20 275510.125e-20 }} {{ toJson 275510.125e-20 }}",
"out": "2.75510125e-15 2.76e-15 0.00 2.8e-15 2.75510125e-15 2.75510125e-15"
},
{
"tpl": "{{ printf \"%v %.9e %.9f %.9g %g\" -2.8977267740353203e-173 -2.8977267740353203e-173 -2.8977267740353203e-173 -2.8977267740353203e-173 -2.8977267740353203e-173 }} {{ toJson -2.8977267740353203e-173 }}",
"out": "-2.8977267740353203e-173 -2.897726774e-173 -0.000000000 -2.89772677e-173 -2.8977267740353203e-173 -2.8977267740353203e-173"
},
{
"tpl": "{{ printf \"%v %.8e %.8f %.8g %g\" -8.92837551424945e-74 -8.92837551424945e-74 -8.92837551424945e-74 -8.92837551424945e-74 -8.92837551424945e-74 }} {{ toJson -8.92837551424945e-74 }}",
"out": "-8.92837551424945e-74 -8.92837551e-74 -0.00000000 -8.9283755e-74 -8.92837551424945e-74 -8.92837551424945e-74"
},
{
"tpl": "{{ printf \"%v %.6e %.6f %.6g %g\" 59.75e15 59.75e15 59.75e15 59.75e15 59.75e15 }} {{ toJson 59.75e15 }}",
"out": "5.975e+16 5.975000e+16 59750000000000000.000000 5.975e+16 5.975e+16 59750000000000000"
},
{
"tpl": "{{ printf \"%v %.7e %.7f %.7g %g\" 5.24366251661249e-181 5.24366251661249e-181 5.24366251661249e-181 5.24366251661249e-181 5.24366251661249e-181 }} {{ toJson 5.24366251661249e-181 }}",
"out": "5.24366251661249e-181 5.2436625e-181 0.0000000 5.243663e-181 5.24366251661249e-181 5.24366251661249e-181"
},
{
"tpl": "{{ printf \"%v %.7e %.7f %.7g %g\" 25.5e-7 25.5e-7 25.5e-7 25.5e-7 25.5e-7 }} {{ toJson 25.5e-7 }}",
"out": "2.55e-06 2.5500000e-06 0.0000026 2.55e-06 2.55e-06 0.00000255"
},
{
"tpl": "{{ printf \"%v %.0e %.0f %.0g %g\" -1.8578815093690756e-184 -1.8578815093690756e-184 -1.8578815093690756e-184 -1.8578815093690756e-184 -1.8578815093690756e-184 }} {{ toJson -1.8578815093690756e-184 }}",
"out": "-1.8578815093690756e-184 -2e-184 -0 -2e-184 -1.8578815093690756e-184 -1.8578815093690756e-184"
},
{
"tpl": "{{ printf \"%v %.8e %.8f %.8g %g\" 3.827031705188305e-122 3.827031705188305e-122 3.827031705188305e-122 3.827031705188305e-122 3.827031705188305e-122 }} {{ toJson 3.827031705188305e-122 }}",
"out": "3.827031705188305e-122 3.82703171e-122 0.00000000 3.8270317e-122 3.827031705188305e-122 3.827031705188305e-122"
},
{
"tpl": "{{ printf \"%v %.0e %.0f %.0g %g\" -1.979700384530873e-168 -1.979700384530873e-168 -1.979700384530873e-168 -1.979700384530873e-168 -1.979700384530873e-168 }} {{ toJson -1.979700384530873e-168 }}",
"out": "-1.979700384530873e-168 -2e-168 -0 -2e-168 -1.979700384530873e-168 -1.979700384530873e-168"
},
{
"tpl": "{{ printf \"%v %.6e %.6f %.6g %g\" -5.200218817792794e-168 -5.200218817792794e-168 -5.200218817792794e-168 -5.200218817792794e-168 -5.200218817792794e-168 }} {{ toJson -5.200218817792794e-168 }}",
"out": "-5.200218817792794e-168 -5.200219e-168 -0.000000 -5.20022e-168 -5.200218817792794e-168 -5.200218817792794e-168"
},
{
"tpl": "{{ printf \"%v %.5e %.5f %.5g %g\" -4.683524268002167e+253 -4.683524268002167e+253 -4.683524268002167e+253 -4.683524268002167e+253 -4.683524268002167e+253 }} {{ toJson -4.683524268002167e+253 }}",
"out": "-4.683524268002167e+253 -4.68352e+253 -46835242680021668385132522610269651824363467948505821470146983528444812129402180816693398237088787562253965937948713407916340515460551423935959342394154342501112998389190436779758457352020633120824379335450755621175767298060535801533473541288812469026816.00000 -4.6835e+253 -4.683524268002167e+253 -4.683524268002167e+253"
},
{
"tpl": "{{ printf \"%v %.7e %.7f %.7g %g\" 2078021669525164.375e9 2078021669525164.375e9 2078021669525164.375e9 2078021669525164.375e9 2078021669525164.375e9 }} {{ toJson 2078021669525164.375e9 }}",
"out": "2.0780216695251645e+24 2.0780217e+24 2078021669525164497305600.0000000 2.078022e+24 2.0780216695251645e+24 2.0780216695251645e+24"
},
{
"tpl": "{{ printf \"%v %.1e %.1f %.1g %g\" 5.884498686465263e-131 5.884498686465263e-131 5.884498686465263e-131 5.884498686465263e-131 5.884498686465263e-131 }} {{ toJson 5.884498686465263e-131 }}",
"out": "5.884498686465263e-131 5.9e-131 0.0 6e-131 5.884498686465263e-131 5.884498686465263e-131"
},
{
"tpl": "{{ printf \"%v %.8e %.8f %.8g %g\" 513916393.75e-10 513916393.75e-10 513916393.75e-10 513916393.75e-10 513916393.75e-10 }} {{ toJson 513916393.75e-10 }}",
"out": "0.051391639375 5.13916394e-02 0.05139164 0.051391639 0.051391639375 0.051391639375"
},
{
"tpl": "{{ printf \"%v %.8e %.8f %.8g %g\" -2.6451545124100877e+249 -2.6451545124100877e+249 -2.6451545124100877e+249 -2.6451545124100877e+249 -2.6451545124100877e+249 }} {{ toJson -2.6451545124100877e+249 }}",
"out": "-2.6451545124100877e+249 -2.64515451e+249 -2645154512410087694286089024063795332296255221057141475122529881778034099094431211231831477290873648319745133013502286839429978920263044862405888910750916572170339479600057131212047393922799039073298398470072149531666083171419420512645225084578955264.00000000 -2.6451545e+249 -2.6451545124100877e+249 -2.6451545124100877e+249"
},
{
"tpl": "{{ printf \"%v %.0e %.0f %.0g %g\" -1.9545633593303549e-255 -1.9545633593303549e-255 -1.9545633593303549e-255 -1.9545633593303549e-255 -1.9545633593303549e-255 }} {{ toJson -1.9545633593303549e-255 }}",
"out": "-1.9545633593303549e-255 -2e-255 -0 -2e-255 -1.9545633593303549e-255 -1.9545633593303549e-255"
},
{
"tpl": "{{ printf \"%v %.8e %.8f %.8g %g\" 3707952787.75e-4 3707952787.75e-4 3707952787.75e-4 3707952787.75e-4 3707952787.75e-4 }} {{ toJson 3707952787.75e-4 }}",
"out": "370795.278775 3.70795279e+05 370795.27877500 370795.28 370795.278775 370795.278775"
},
{
"tpl": "{{ printf \"%v %.12e %.12f %.12g %g\" 4.284334760083779e+130 4.284334760083779e+130 4.284334760083779e+130 4.284334760083779e+130 4.284334760083779e+130 }} {{ toJson 4.284334760083779e+130 }}",
"out": "4.284334760083779e+130 4.284334760084e+130 42843347600837790833634659011184241919521550178859773471383710253036543694636087589330323848615839251773520644214398691247258599424.000000000000 4.28433476008e+130 4.284334760083779e+130 4.284334760083779e+130"
},
{
"tpl": "{{ printf \"%v %.8e %.8f %.8g %g\" -1.340951915053711e+36 -1.340951915053711e+36 -1.340951915053711e+36 -1.340951915053711e+36 -1.340951915053711e+36 }} {{ toJson -1.340951915053711e+36 }}",
"out": "-1.340951915053711e+36 -1.34095192e+36 -1340951915053710978408405295307948032.00000000 -1.3409519e+36 -1.340951915053711e+36 -1.340951915053711e+36"
},
{
"tpl": "{{ printf \"%v %.12e %.12f %.12g %g\" -4.7239295389576093e-169 -4.7239295389576093e-169 -4.7239295389576093e-169 -4.7239295389576093e-169 -4.7239295389576093e-169 }} {{ toJson -4.7239295389576093e-169 }}",
"out": "-4.7239295389576093e-169 -4.723929538958e-169 -0.000000000000 -4.72392953896e-169 -4.7239295389576093e-169 -4.7239295389576093e-169"
},
{
"tpl": "{{ printf \"%v %.3e %.3f %.3g %g\" 4016259.375e-6 4016259.375e-6 4016259.375e-6 4016259.375e-6 4016259.375e-6 }} {{ toJson 4016259.375e-6 }}",
"out": "4.016259375 4.016e+00 4.016 4.02 4.016259375 4.016259375"
},
{
"tpl": "{{ printf \"%v %.7e %.7f %.7g %g\" 33204409334.5e-3 33204409334.5e-3 33204409334.5e-3 33204409334.5e-3 33204409334.5e-3 }} {{ toJson 33204409334.5e-3 }}",
"out": "3.32044093345e+07 3.3204409e+07 33204409.3345000 3.320441e+07 3.32044093345e+07 33204409.3345"
},
{
"tpl": "{{ printf \"%v %.5e %.5f %.5g %g\" -5.088065966122347e-179 -5.088065966122347e-179 -5.088065966122347e-179 -5.088065966122347e-179 -5.088065966122347e-179 }} {{ toJson -5.088065966122347e-179 }}",
"out": "-5.088065966122347e-179 -5.08807e-179 -0.00000 -5.0881e-179 -5.088065966122347e-179 -5.088065966122347e-179"
},
{
"tpl": "{{ printf \"%v %.5e %.5f %.5g %g\" -1.4884388187324959e-33 -1.4884388187324959e-33 -1.4884388187324959e-33 -1.4884388187324959e-33 -1.4884388187324959e-33 }} {{ toJson -1.4884388187324959e-33 }}",
"out": "-1.4884388187324959e-33 -1.48844e-33 -0.00000 -1.4884e-33 -1.4884388187324959e-33 -1.4884388187324959e-33"
},
{
"tpl": "{{ printf \"%v %.7e %.7f %.7g %g\" 240864077212.5e-6 240864077212.5e-6 240864077212.5e-6 240864077212.5e-6 240864077212.5e-6 }} {{ toJson 240864077212.5e-6 }}",
"out": "240864.0772125 2.4086408e+05 240864.0772125 240864.1 240864.0772125 240864.0772125"
},
{
"tpl": "{{ printf \"%v %.9e %.9f %.9g %g\" 1.4830591812993337e+287 1.4830591812993337e+287 1.4830591812993337e+287 1.4830591812993337e+287 1.4830591812993337e+287 }} {{ toJson 1.4830591812993337e+287 }}",
"out": "1.4830591812993337e+287 1.483059181e+287 148305918129933368271830234718717618390166331248035040128619418897488534346855369140807982908589934161043104493742948281926069836078821625972091816564151963490252421566463210352608851200957844834166976865719712095837489050201351264294764875211840859217370005581244642065825046428372697088.000000000 1.48305918e+287 1.4830591812993337e+287 1.4830591812993337e+287"
},
{
"tpl": "{{ printf \"%v %.12e %.12f %.12g %g\" 8.75e2 8.75e2 8.75e2 8.75e2 8.75e2 }} {{ toJson 8.75e2 }}",
"out": "875 8.750000000000e+02 875.000000000000 875 875 875"
},
{
"tpl": "{{ printf \"%v %.7e %.7f %.7g %g\" 6366.75e-8 6366.75e-8 6366.75e-8 6366.75e-8 6366.75e-8 }} {{ toJson 6366.75e-8 }}",
"out": "6.36675e-05 6.3667500e-05 0.0000637 6.36675e-05 6.36675e-05 0.0000636675"
},
{
"tpl": "{{ printf \"%v %.12e %.12f %.12g %g\" 89489032923040.125e-15 89489032923040.125e-15 89489032923040.125e-15 89489032923040.125e-15 89489032923040.125e-15 }} {{ toJson 89489032923040.125e-15 }}",
"out": "0.08948903292304013 8.948903292304e-02 0.089489032923 0.089489032923 0.08948903292304013 0.08948903292304013"
},
{
"tpl": "{{ printf \"%v %.11e %.11f %.11g %g\" 7062915494000.75e-15 7062915494000.75e-15 7062915494000.75e-15 7062915494000.75e-15 7062915494000.75e-15 }} {{ toJson 7062915494000.75e-15 }}",
"out": "0.00706291549400075 7.06291549400e-03 0.00706291549 0.007062915494 0.00706291549400075 0.00706291549400075"
},
{
"tpl": "{{ printf \"%v %.0e %.0f %.0g %g\" 5.152041848693916e-152 5.152041848693916e-152 5.152041848693916e-152 5.152041848693916e-152 5.152041848693916e-152 }} {{ toJson 5.152041848693916e-152 }}",
"out": "5.152041848693916e-152 5e-152 0 5e-152 5.152041848693916e-152 5.152041848693916e-152"
},
{
"tpl": "{{ printf \"%v %.12e %.12f %.12g %g\" 7.026130324622278e+265 7.026130324622278e+265 7.026130324622278e+265 7.026130324622278e+265 7.026130324622278e+265 }} {{ toJson 7.026130324622278e+265 }}",
"out": "7.026130324622278e+265 7.026130324622e+265 70261303246222783957445982335286838146133993217607777706044578769020202983630468223782959003034573880133775191687601123566845678235644534906788940725599121012367337577249144575277850986629540234187392167769086222159417350454904436522039791059137836965339480230723584.000000000000 7.02613032462e+265 7.026130324622278e+265 7.026130324622278e+265"
},
{
"tpl": "{{ printf \"%v %.2e %.2f %.2g %g\" 2808669598404243.625e15 2808669598404243.625e15 2808669598404243.625e15 2808669598404243.625e15 2808669598404243.625e15 }} {{ toJson 2808669598404243.625e15 }}",
"out": "2.8086695984042436e+30 2.81e+30 2808669598404243646516712964096.00 2.8e+30 2.8086695984042436e+30 2.8086695984042436e+30"
},
{
"tpl": "{{ printf \"%v %.11e %.11f %.11g %g\" -4.7772162810011576e+272 -4.7772162810011576e+272 -4.7772162810011576e+272 -4.7772162810011576e+272 -4.7772162810011576e+272 }} {{ toJson -4.7772162810011576e+272 }}",
"out": "-4.7772162810011576e+272 -4.77721628100e+272 -477721628100115762776854147433495609541173241883855269419378476213691067083684470958023821753491455244719999726144990122186202207601726654532216373140509827798194990516546325509014250556781841075260305300133769182516973218962562377289066201643309225856956841621464159354880.00000000000 -4.777216281e+272 -4.7772162810011576e+272 -4.7772162810011576e+272"
},
{
"tpl": "{{ printf \"%v %.0e %.0f %.0g %g\" 62518528106164105.25e-7 62518528106164105.25e-7 62518528106164105.25e-7 62518528106164105.25e-7 62518528106164105.25e-7 }} {{ toJson 62518528106164105.25e-7 }}",
"out": "6.25185281061641e+09 6e+09 6251852811 6e+09 6.25185281061641e+09 6251852810.61641"
},
{
"tpl": "{{ printf \"%v %.3e %.3f %.3g %g\" -3.131546820234317e-307 -3.131546820234317e-307 -3.131546820234317e-307 -3.131546820234317e-307 -3.131546820234317e-307 }} {{ toJson -3.131546820234317e-307 }}",
"out": "-3.131546820234317e-307 -3.132e-307 -0.000 -3.13e-307 -3.131546820234317e-307 -3.131546820234317e-307"
},
{
"tpl": "{{ printf \"%v %.0e %.0f %.0g %g\" 74128407346.375e-12 74128407346.375e-12 74128407346.375e-12 74128407346.375e-12 74128407346.375e-12 }} {{ toJson 74128407346.375e-12 }}",
"out": "0.074128407346375 7e-02 0 0.07 0.074128407346375 0.074128407346375"
},
{
"tpl": "{{ printf \"%v %.8e %.8f %.8g %g\" 506366782971.75e17 506366782971.75e17 506366782971.75e17 506366782971.75e17 506366782971.75e17 }} {{ toJson 506366782971.75e17 }}",
"out": "5.0636678297175e+28 5.06366783e+28 50636678297175004068433625088.00000000 5.0636678e+28 5.0636678297175e+28 5.0636678297175e+28"
},
{
"tpl": "{{ printf \"%v %.8e %.8f %.8g %g\" -2.1740225479195393e+158 -2.1740225479195393e+158 -2.1740225479195393e+158 -2.1740225479195393e+158 -2.1740225479195393e+158 }} {{ toJson -2.1740225479195393e+158 }}",
"out": "-2.1740225479195393e+158 -2.17402255e+158 -217402254791953927407177379783210392401728055732489166507002609197148895260916411720137225022932196397447577089582531941290284976271456584259656426366439522304.00000000 -2.1740225e+158 -2.1740225479195393e+158 -2.1740225479195393e+158"
},
{
"tpl": "{{ printf \"%v %.8e %.8f %.8g %g\" -1.1308758025602558e-279 -1.1308758025602558e-279 -1.1308758025602558e-279 -1.1308758025602558e-279 -1.1308758025602558e-279 }} {{ toJson -1.1308758025602558e-279 }}",
"out": "-1.1308758025602558e-279 -1.13087580e-279 -0.00000000 -1.1308758e-279 -1.1308758025602558e-279 -1.1308758025602558e-279"
},
{
"tpl": "{{ printf \"%v %.2e %.2f %.2g %g\" -1.0184894430053454e+33 -1.0184894430053454e+33 -1.0184894430053454e+33 -1.0184894430053454e+33 -1.0184894430053454e+33 }} {{ toJson -1.0184894430053454e+33 }}",
"out": "-1.0184894430053454e+33 -1.02e+33 -1018489443005345440712808223211520.00 -1e+33 -1.0184894430053454e+33 -1.0184894430053454e+33"
},
{
"tpl": "{{ printf \"%v %.9e %.9f %.9g %g\" 22590.25e10 22590.25e10 22590.25e10 22590.25e10 22590.25e10 }} {{ toJson 22590.25e10 }}",
"out": "2.259025e+14 2.259025000e+14 225902500000000.000000000 2.259025e+14 2.259025e+14 225902500000000"
},
{
"tpl": "{{ printf \"%v %.8e %.8f %.8g %g\" 42.75e13 42.75e13 42.75e13 42.75e13 42.75e13 }} {{ toJson 42.75e13 }}",
"out": "4.275e+14 4.27500000e+14 427500000000000.00000000 4.275e+14 4.275e+14 427500000000000"
},
{
"tpl": "{{ printf \"%v %.3e %.3f %.3g %g\" 9180.5e-5 9180.5e-5 9180.5e-5 9180.5e-5 9180.5e-5 }} {{ toJson 9180.5e-5 }}",
"out": "0.091805 9.180e-02 0.092 0.0918 0.091805 0.091805"
},
{
"tpl": "{{ printf \"%v %.8e %.8f %.8g %g\" 3.920406565770441e-188 3.920406565770441e-188 3.920406565770441e-188 3.920406565770441e-188 3.920406565770441e-188 }} {{ toJson 3.920406565770441e-188 }}",
"out": "3.920406565770441e-188 3.92040657e-188 0.00000000 3.9204066e-188 3.920406565770441e-188 3.920406565770441e-188"
},
{
"tpl": "{{ printf \"%v %.1e %.1f %.1g %g\" -4248274265158.7197 -4248274265158.7197 -4248274265158.7197 -4248274265158.7197 -4248274265158.7197 }} {{ toJson -4248274265158.7197 }}",
"out": "-4.2482742651587197e+12 -4.2e+12 -4248274265158.7 -4e+12 -4.2482742651587197e+12 -4248274265158.7197"
},
{
"tpl": "{{ printf \"%v %.8e %.8f %.8g %g\" -5.217166335787948e+275 -5.217166335787948e+275 -5.217166335787948e+275 -5.217166335787948e+275 -5.217166335787948e+275 }} {{ toJson -5.217166335787948e+275 }}",
"out": "-5.217166335787948e+275 -5.21716634e+275 -521716633578794804591992982130829873009385638241395780127455742378819594576894880808421085896979373667101969154381732869564475335527374049054956924981491699918900114648707108288061217855556669762693626614920458695325692695817649123598671132051344494595649177759795309642252288.00000000 -5.2171663e+275 -5.217166335787948e+275 -5.217166335787948e+275"
},
{
"tpl": "{{ printf \"%v %.8e %.8f %.8g %g\" 4650402.375e12 4650402.375e12 4650402.375e12 4650402.375e12 4650402.375e12 }} {{ toJson 4650402.375e12 }}",
"out": "4.650402375e+18 4.65040238e+18 4650402375000000512.00000000 4.6504024e+18 4.650402375e+18 4650402375000000000"
},
{
"tpl": "{{ printf \"%v %.4e %.4f %.4g %g\" 35690963230144463.75e13 35690963230144463.75e13 35690963230144463.75e13 35690963230144463.75e13 35690963230144463.75e13 }} {{ toJson 35690963230144463.75e13 }}",
"out": "3.5690963230144464e+29 3.5691e+29 356909632301444644492040732672.0000 3.569e+29 3.5690963230144464e+29 3.5690963230144464e+29"
},
{
"tpl": "{{ printf \"%v %.1e %.1f %.1g %g\" 7508278.25e6 7508278.25e6 7508278.25e6 7508278.25e6 7508278.25e6 }} {{ toJson 7508278.25e6 }}",
"out": "7.50827825e+12 7.5e+12 7508278250000.0 8e+12 7.50827825e+12 7508278250000"
},
{
"tpl": "{{ printf \"%v %.10e %.10f %.10g %g\" 3.254399723084647e-219 3.254399723084647e-219 3.254399723084647e-219 3.254399723084647e-219 3.254399723084647e-219 }} {{ toJson 3.254399723084647e-219 }}",
"out": "3.254399723084647e-219 3.2543997231e-219 0.0000000000 3.254399723e-219 3.254399723084647e-219 3.254399723084647e-219"
},
{
"tpl": "{{ printf \"%v %.10e %.10f %.10g %g\" 2.062382214439184e-46 2.062382214439184e-46 2.062382214439184e-46 2.062382214439184e-46 2.062382214439184e-46 }} {{ toJson 2.062382214439184e-46 }}",
"out": "2.062382214439184e-46 2.0623822144e-46 0.0000000000 2.062382214e-46 2.062382214439184e-46 2.062382214439184e-46"
},
{
"tpl": "{{ printf \"%v %.12e %.12f %.12g %g\" -4.0508370619616805e+181 -4.0508370619616805e+181 -4.0508370619616805e+181 -4.0508370619616805e+181 -4.0508370619616805e+181 }} {{ toJson -4.0508370619616805e+181 }}",
"out": "-4.0508370619616805e+181 -4.050837061962e+181 -40508370619616805415832166201874913637030121783142262801140213751888164606954122722709551908247066446510740807005520908155117580273974287678283563367547201998353783196036233762439168.000000000000 -4.05083706196e+181 -4.0508370619616805e+181 -4.0508370619616805e+181"
},
{
"tpl": "{{ printf \"%v %.10e %.10f %.10g %g\" -9.03882553686194e-132 -9.03882553686194e-132 -9.03882553686194e-132 -9.03882553686194e-132 -9.03882553686194e-132 }} {{ toJson -9.03882553686194e-132 }}",
"out": "-9.03882553686194e-132 -9.0388255369e-132 -0.0000000000 -9.038825537e-132 -9.03882553686194e-132 -9.03882553686194e-132"
},
{
"tpl": "{{ printf \"%v %.2e %.2f %.2g %g\" -1.2476426541539826e+164 -1.2476426541539826e+164 -1.2476426541539826e+164 -1.2476426541539826e+164 -1.2476426541539826e+164 }} {{ toJson -1.2476426541539826e+164 }}",
"out": "-1.2476426541539826e+164 -1.25e+164 -124764265415398258116086061508418974045702736304228288767735292366568188800198688425800080368580696351080186913334302466079345060857415633618442528541681122086486016.00 -1.2e+164 -1.2476426541539826e+164 -1.2476426541539826e+164"
},
{
"tpl": "{{ printf \"%v %.2e %.2f %.2g %g\" 12633304.375e11 12633304.375e11 12633304.375e11 12633304.375e11 12633304.375e11 }} {{ toJson 12633304.375e11 }}",
"out": "1.2633304375e+18 1.26e+18 1263330437500000000.00 1.3e+18 1.2633304375e+18 1263330437500000000"
},
{
"tpl": "{{ printf \"%v %.8e %.8f %.8g %g\" 21671608.75e7 21671608.75e7 21671608.75e7 21671608.75e7 21671608.75e7 }} {{ toJson 21671608.75e7 }}",
"out": "2.167160875e+14 2.16716088e+14 216716087500000.00000000 2.1671609e+14 2.167160875e+14 216716087500000"
},
{
"tpl": "{{ printf \"%v %.5e %.5f %.5g %g\" 2.626359771423248e-67 2.626359771423248e-67 2.626359771423248e-67 2.626359771423248e-67 2.626359771423248e-67 }} {{ toJson 2.626359771423248e-67 }}",
"out": "2.626359771423248e-67 2.62636e-67 0.00000 2.6264e-67 2.626359771423248e-67 2.626359771423248e-67"
},
{
"tpl": "{{ printf \"%v %.0e %.0f %.0g %g\" 1.8940340011793877e+143 1.8940340011793877e+143 1.8940340011793877e+143 1.8940340011793877e+143 1.8940340011793877e+143 }} {{ toJson 1.8940340011793877e+143 }}",
"out": "1.8940340011793877e+143 2e+143 189403400117938773249726374746718749676840341898233277535228182437718671310149663110934017618045986612654829994040818247029623629705976270028800 2e+143 1.8940340011793877e+143 1.8940340011793877e+143"
},
{
"tpl": "{{ printf \"%v %.11e %.11f %.11g %g\" 1.4198183775900221e+235 1.4198183775900221e+235 1.4198183775900221e+235 1.4198183775900221e+235 1.4198183775900221e+235 }} {{ toJson 1.4198183775900221e+235 }}",
"out": "1.4198183775900221e+235 1.41981837759e+235 14198183775900221487871503336119263436681908271372767936469824103547334119638099793508596412984136739710860682434994102040162102979118170834664763490629125657277468084337285182593591506674727820523224273186119926775776379910056235237376.00000000000 1.4198183776e+235 1.4198183775900221e+235 1.4198183775900221e+235"
},
{
"tpl": "{{ printf \"%v %.9e %.9f %.9g %g\" -3.701489353730741e-287 -3.701489353730741e-287 -3.701489353730741e-287 -3.701489353730741e-287 -3.701489353730741e-287 }} {{ toJson -3.701489353730741e-287 }}",
"out": "-3.701489353730741e-287 -3.701489354e-287 -0.000000000 -3.70148935e-287 -3.701489353730741e-287 -3.701489353730741e-287"
},
{
"tpl": "{{ printf \"%v %.1e %.1f %.1g %g\" 2.201501557331374e-229 2.201501557331374e-229 2.201501557331374e-229 2.201501557331374e-229 2.201501557331374e-229 }} {{ toJson 2.201501557331374e-229 }}",
"out": "2.201501557331374e-229 2.2e-229 0.0 2e-229 2.201501557331374e-229 2.201501557331374e-229"
},
{
"tpl": "{{ printf \"%v %.4e %.4f %.4g %g\" 14063280.5e-4 14063280.5e-4 14063280.5e-4 14063280.5e-4 14063280.5e-4 }} {{ toJson 14063280.5e-4 }}",
"out": "1406.32805 1.4063e+03 1406.3281 1406 1406.32805 1406.32805"
},
{
"tpl": "{{ printf \"%v %.4e %.4f %.4g %g\" 8.4136843870646e-85 8.4136843870646e-85 8.4136843870646e-85 8.4136843870646e-85 8.4136843870646e-85 }} {{ toJson 8.4136843870646e-85 }}",
"out": "8.4136843870646e-85 8.4137e-85 0.0000 8.414e-85 8.4136843870646e-85 8.4136843870646e-85"
},
{
"tpl": "{{ printf \"%v %.8e %.8f %.8g %g\" 36399615912067.375e-11 36399615912067.375e-11 36399615912067.375e-11 36399615912067.375e-11 36399615912067.375e-11 }} {{ toJson 36399615912067.375e-11 }}",
"out": "363.9961591206737 3.63996159e+02 363.99615912 363.99616 363.9961591206737 363.9961591206737"
},
{
"tpl": "{{ printf \"%v %.0e %.0f %.0g %g\" 5891581446885071.5e-3 5891581446885071.5e-3 5891581446885071.5e-3 5891581446885071.5e-3 5891581446885071.5e-3 }} {{ toJson 5891581446885071.5e-3 }}",
"out": "5.891581446885071e+12 6e+12 5891581446885 6e+12 5.891581446885071e+12 5891581446885.071"
},
{
"tpl": "{{ printf \"%v %.0e %.0f %.0g %g\" 445978.5e-3 445978.5e-3 445978.5e-3 445978.5e-3 445978.5e-3 }} {{ toJson 445978.5e-3 }}",
"out": "445.9785 4e+02 446 4e+02 445.9785 445.9785"
},
{
"tpl": "{{ printf \"%v %.1e %.1f %.1g %g\" 89917851.625e-6 89917851.625e-6 89917851.625e-6 89917851.625e-6 89917851.625e-6 }} {{ toJson 89917851.625e-6 }}",
"out": "89.917851625 9.0e+01 89.9 9e+01 89.917851625 89.917851625"
},
{
"tpl": "{{ printf \"%v %.0e %.0f %.0g %g\" 3.794871347582317e+251 3.794871347582317e+251 3.794871347582317e+251 3.794871347582317e+251 3.794871347582317e+251 }} {{ toJson 3.794871347582317e+251 }}",
"out": "3.794871347582317e+251 4e+251 379487134758231701080620995039508946065168980168189839510263975270298332953659773622410753250719447557007561357832314741146505184453269276902102420383439408257114696990987076560532732548494341060606413990951393158985216985989890215808006337634179743744 4e+251 3.794871347582317e+251 3.794871347582317e+251"
},
{
"tpl": "{{ printf \"%v %.4e %.4f %.4g %g\" 1.472105314435056e+207 1.472105314435056e+207 1.472105314435056e+207 1.472105314435056e+207 1.472105314435056e+207 }} {{ toJson 1.472105314435056e+207 }}",
"out": "1.472105314435056e+207 1.4721e+207 1472105314435056032568575122922364170690105944316176897922842745450859295656953044774176590576959549008106777036323132339321197110576818806930195004607669573862517424275736341416182674292497789686968989253632.0000 1.472e+207 1.472105314435056e+207 1.472105314435056e+207"
},
{
"tpl": "{{ printf \"%v %.1e %.1f %.1g %g\" 68.75e-5 68.75e-5 68.75e-5 68.75e-5 68.75e-5 }} {{ toJson 68.75e-5 }}",
"out": "0.0006875 6.9e-04 0.0 0.0007 0.0006875 0.0006875"
},
{
"tpl": "{{ printf \"%v %.4e %.4f %.4g %g\" 54094811.25e-8 54094811.25e-8 54094811.25e-8 54094811.25e-8 54094811.25e-8 }} {{ toJson 54094811.25e-8 }}",
"out": "0.5409481125 5.4095e-01 0.5409 0.5409 0.5409481125 0.5409481125"
},
{
"tpl": "{{ printf \"%v %.8e %.8f %.8g %g\" 29669216435993155.125e8 29669216435993155.125e8 29669216435993155.125e8 29669216435993155.125e8 29669216435993155.125e8 }} {{ toJson 29669216435993155.125e8 }}",
"out": "2.9669216435993153e+24 2.96692164e+24 2966921643599315322535936.00000000 2.9669216e+24 2.9669216435993153e+24 2.9669216435993153e+24"
},
{
"tpl": "{{ printf \"%v %.0e %.0f %.0g %g\" 372589511.5e-4 372589511.5e-4 372589511.5e-4 372589511.5e-4 372589511.5e-4 }} {{ toJson 372589511.5e-4 }}",
"out": "37258.95115 4e+04 37259 4e+04 37258.95115 37258.95115"
},
{
"tpl": "{{ printf \"%v %.8e %.8f %.8g %g\" -1.0813714171954622e-301 -1.0813714171954622e-301 -1.0813714171954622e-301 -1.0813714171954622e-301 -1.0813714171954622e-301 }} {{ toJson -1.0813714171954622e-301 }}",
"out": "-1.0813714171954622e-301 -1.08137142e-301 -0.00000000 -1.0813714e-301 -1.0813714171954622e-301 -1.0813714171954622e-301"
},
{
"tpl": "{{ printf \"%v %.10e %.10f %.10g %g\" 35406149059209681.375e-14 35406149059209681.375e-14 35406149059209681.375e-14 35406149059209681.375e-14 35406149059209681.375e-14 }} {{ toJson 35406149059209681.375e-14 }}",
"out": "354.0614905920968 3.5406149059e+02 354.0614905921 354.0614906 354.0614905920968 354.0614905920968"
},
{
"tpl": "{{ printf \"%v %.8e %.8f %.8g %g\" 69667189227682.625e5 69667189227682.625e5 69667189227682.625e5 69667189227682.625e5 69667189227682.625e5 }} {{ toJson 69667189227682.625e5 }}",
"out": "6.966718922768262e+18 6.96671892e+18 6966718922768262144.00000000 6.9667189e+18 6.966718922768262e+18 6966718922768262000"
},
{
"tpl": "{{ printf \"%v %.3e %.3f %.3g %g\" -8.195563106457263e+286 -8.195563106457263e+286 -8.195563106457263e+286 -8.195563106457263e+286 -8.195563106457263e+286 }} {{ toJson -8.195563106457263e+286 }}",
"out": "-8.195563106457263e+286 -8.196e+286 -81955631064572626821228356061961914925541792985237563513821517276377375779412687301334287829545951462385502525974908555676031158649291751179923632052177561480417428107597146511373546549751064920855597138387881531045009755903678266905059038665981627822172936157472661409818801381234966528.000 -8.2e+286 -8.195563106457263e+286 -8.195563106457263e+286"
},
{
"tpl": "{{ printf \"%v %.11e %.11f %.11g %g\" -9.916308905502244e+162 -9.916308905502244e+162 -9.916308905502244e+162 -9.916308905502244e+162 -9.916308905502244e+162 }} {{ toJson -9.916308905502244e+162 }}",
"out": "-9.916308905502244e+162 -9.91630890550e+162 -9916308905502243738026872852130109262384611151318925294340324283513114012785062887474305099629152777649769389369449452930898341851888144226866753146008611114188800.00000000000 -9.9163089055e+162 -9.916308905502244e+162 -9.916308905502244e+162"
},
{
"tpl": "{{ printf \"%v %.2e %.2f %.2g %g\" 53045.125e-17 53045.125e-17 53045.125e-17 53045.125e-17 53045.125e-17 }} {{ toJson 53045.125e-17 }}",
"out": "5.3045125e-13 5.30e-13 0.00 5.3e-13 5.3045125e-13 5.3045125e-13"
},
{
"tpl": "{{ printf \"%v %.4e %.4f %.4g %g\" -1.2239102963387208e-11 -1.2239102963387208e-11 -1.2239102963387208e-11 -1.2239102963387208e-11 -1.2239102963387208e-11 }} {{ toJson -1.2239102963387208e-11 }}",
"out": "-1.2239102963387208e-11 -1.2239e-11 -0.0000 -1.224e-11 -1.2239102963387208e-11 -1.2239102963387208e-11"
},
{
"tpl": "{{ printf \"%v %.10e %.10f %.10g %g\" 1.6745271620484025e-204 1.6745271620484025e-204 1.6745271620484025e-204 1.6745271620484025e-204 1.6745271620484025e-204 }} {{ toJson 1.6745271620484025e-204 }}",
"out": "1.6745271620484025e-204 1.6745271620e-204 0.0000000000 1.674527162e-204 1.6745271620484025e-204 1.6745271620484025e-204"
},
{
"tpl": "{{ printf \"%v %.0e %.0f %.0g %g\" 86293062487951247.25e-2 86293062487951247.25e-2 86293062487951247.25e-2 86293062487951247.25e-2 86293062487951247.25e-2 }} {{ toJson 86293062487951247.25e-2 }}",
"out": "8.629306248795125e+14 9e+14 862930624879512 9e+14 8.629306248795125e+14 862930624879512.5"
},
{
"tpl": "{{ printf \"%v %.7e %.7f %.7g %g\" 5.967150344717586e+23 5.967150344717586e+23 5.967150344717586e+23 5.967150344717586e+23 5.967150344717586e+23 }} {{ toJson 5.967150344717586e+23 }}",
"out": "5.967150344717586e+23 5.9671503e+23 596715034471758617903104.0000000 5.96715e+23 5.967150344717586e+23 5.967150344717586e+23"
},
{
"tpl": "{{ printf \"%v %.5e %.5f %.5g %g\" -2.9080673571541374e+261 -2.9080673571541374e+261 -2.9080673571541374e+261 -2.9080673571541374e+261 -2.9080673571541374e+261 }} {{ toJson -2.9080673571541374e+261 }}",
"out": "-2.9080673571541374e+261 -2.90807e+261 -2908067357154137432869250264338178234281549038191775848302352882448021562945520357164098013870771633273984123434202684486319287182921417011135679614158149377416206913691583438946013849464455047684133544952972033746483438762765149533462974905427870244183117660160.00000 -2.9081e+261 -2.9080673571541374e+261 -2.9080673571541374e+261"
},
{
"tpl": "{{ printf \"%v %.5e %.5f %.5g %g\" 5344857013.125e-7 5344857013.125e-7 5344857013.125e-7 5344857013.125e-7 5344857013.125e-7 }} {{ toJson 5344857013.125e-7 }}",
"out": "534.4857013125 5.34486e+02 534.48570 534.49 534.4857013125 534.4857013125"
},
{
"tpl": "{{ printf \"%v %.1e %.1f %.1g %g\" 4.112330730106457e+162 4.112330730106457e+162 4.112330730106457e+162 4.112330730106457e+162 4.112330730106457e+162 }} {{ toJson 4.112330730106457e+162 }}",
"out": "4.112330730106457e+162 4.1e+162 4112330730106457065787929552186132160567958403766701267173445416765116335248992647498021053605341562967556433649445812662022880110852319719722781464977588342489088.0 4e+162 4.112330730106457e+162 4.112330730106457e+162"
},
{
"tpl": "{{ printf \"%v %.3e %.3f %.3g %g\" -2.66286802862368e-116 -2.66286802862368e-116 -2.66286802862368e-116 -2.66286802862368e-116 -2.66286802862368e-116 }} {{ toJson -2.66286802862368e-116 }}",
"out": "-2.66286802862368e-116 -2.663e-116 -0.000 -2.66e-116 -2.66286802862368e-116 -2.66286802862368e-116"
},
{
"tpl": "{{ printf \"%v %.1e %.1f %.1g %g\" 1.4901717654283264e-302 1.4901717654283264e-302 1.4901717654283264e-302 1.4901717654283264e-302 1.4901717654283264e-302 }} {{ toJson 1.4901717654283264e-302 }}",
"out": "1.4901717654283264e-302 1.5e-302 0.0 1e-302 1.4901717654283264e-302 1.4901717654283264e-302"
},
{
"tpl": "{{ printf \"%v %.6e %.6f %.6g %g\" 2.866445912411708e-131 2.866445912411708e-131 2.866445912411708e-131 2.866445912411708e-131 2.866445912411708e-131 }} {{ toJson 2.866445912411708e-131 }}",
"out": "2.866445912411708e-131 2.866446e-131 0.000000 2.86645e-131 2.866445912411708e-131 2.866445912411708e-131"
},
{
"tpl": "{{ printf \"%v %.3e %.3f %.3g %g\" 5270021483840.125e20 5270021483840.125e20 5270021483840.125e20 5270021483840.125e20 5270021483840.125e20 }} {{ toJson 5270021483840.125e20 }}",
"out": "5.270021483840125e+32 5.270e+32 527002148384012508211529713188864.000 5.27e+32 5.270021483840125e+32 5.270021483840125e+32"
},
{
"tpl": "{{ printf \"%v %.12e %.12f %.12g %g\" -1.1537469410644516e-272 -1.1537469410644516e-272 -1.1537469410644516e-272 -1.1537469410644516e-272 -1.1537469410644516e-272 }} {{ toJson -1.1537469410644516e-272 }}",
"out": "-1.1537469410644516e-272 -1.153746941064e-272 -0.000000000000 -1.15374694106e-272 -1.1537469410644516e-272 -1.1537469410644516e-272"
},
{
"tpl": "{{ printf \"%v %.12e %.12f %.12g %g\" -2.452485644934517e-42 -2.452485644934517e-42 -2.452485644934517e-42 -2.452485644934517e-42 -2.452485644934517e-42 }} {{ toJson -2.452485644934517e-42 }}",
"out": "-2.452485644934517e-42 -2.452485644935e-42 -0.000000000000 -2.45248564493e-42 -2.452485644934517e-42 -2.452485644934517e-42"
},
{
"tpl": "{{ printf \"%v %.2e %.2f %.2g %g\" 5737064032394.75e11 5737064032394.75e11 5737064032394.75e11 5737064032394.75e11 5737064032394.75e11 }} {{ toJson 5737064032394.75e11 }}",
"out": "5.73706403239475e+23 5.74e+23 573706403239474988318720.00 5.7e+23 5.73706403239475e+23 5.73706403239475e+23"
},
{
"tpl": "{{ printf \"%v %.2e %.2f %.2g %g\" -4.584033100522268e-132 -4.584033100522268e-132 -4.584033100522268e-132 -4.584033100522268e-132 -4.584033100522268e-132 }} {{ toJson -4.584033100522268e-132 }}",
"out": "-4.584033100522268e-132 -4.58e-132 -0.00 -4.6e-132 -4.584033100522268e-132 -4.584033100522268e-132"
},
{
"tpl": "{{ printf \"%v %.8e %.8f %.8g %g\" -1.5112015530447678e-43 -1.5112015530447678e-43 -1.5112015530447678e-43 -1.5112015530447678e-43 -1.5112015530447678e-43 }} {{ toJson -1.5112015530447678e-43 }}",
"out": "-1.5112015530447678e-43 -1.51120155e-43 -0.00000000 -1.5112016e-43 -1.5112015530447678e-43 -1.5112015530447678e-43"
},
{
"tpl": "{{ printf \"%v %.12e %.12f %.12g %g\" 81926529107260951.5e17 81926529107260951.5e17 81926529107260951.5e17 81926529107260951.5e17 81926529107260951.5e17 }} {{ toJson 81926529107260951.5e17 }}",
"out": "8.192652910726095e+33 8.192652910726e+33 8192652910726095128647663735537664.000000000000 8.19265291073e+33 8.192652910726095e+33 8.192652910726095e+33"
},
{
"tpl": "{{ printf \"%v %.2e %.2f %.2g %g\" 11420816.5e-18 11420816.5e-18 11420816.5e-18 11420816.5e-18 11420816.5e-18 }} {{ toJson 11420816.5e-18 }}",
"out": "1.14208165e-11 1.14e-11 0.00 1.1e-11 1.14208165e-11 1.14208165e-11"
},
{
"tpl": "{{ printf \"%v %.0e %.0f %.0g %g\" 6171.375e15 6171.375e15 6171.375e15 6171.375e15 6171.375e15 }} {{ toJson 6171.375e15 }}",
"out": "6.171375e+18 6e+18 6171375000000000000 6e+18 6.171375e+18 6171375000000000000"
},
{
"tpl": "{{ printf \"%v %.7e %.7f %.7g %g\" 65671972.125e-20 65671972.125e-20 65671972.125e-20 65671972.125e-20 65671972.125e-20 }} {{ toJson 65671972.125e-20 }}",
"out": "6.5671972125e-13 6.5671972e-13 0.0000000 6.567197e-13 6.5671972125e-13 6.5671972125e-13"
},
{
"tpl": "{{ printf \"%v %.1e %.1f %.1g %g\" 77130422422208130.5e13 77130422422208130.5e13 77130422422208130.5e13 77130422422208130.5e13 77130422422208130.5e13 }} {{ toJson 77130422422208130.5e13 }}",
"out": "7.713042242220813e+29 7.7e+29 771304224222081330274403090432.0 8e+29 7.713042242220813e+29 7.713042242220813e+29"
},
{
"tpl": "{{ printf \"%v %.3e %.3f %.3g %g\" 4229521724907453.75e-7 4229521724907453.75e-7 4229521724907453.75e-7 4229521724907453.75e-7 4229521724907453.75e-7 }} {{ toJson 4229521724907453.75e-7 }}",
"out": "4.2295217249074537e+08 4.230e+08 422952172.491 4.23e+08 4.2295217249074537e+08 422952172.49074537"
},
{
"tpl": "{{ printf \"%v %.7e %.7f %.7g %g\" 951981622652256.375e-16 951981622652256.375e-16 951981622652256.375e-16 951981622652256.375e-16 951981622652256.375e-16 }} {{ toJson 951981622652256.375e-16 }}",
"out": "0.09519816226522564 9.5198162e-02 0.0951982 0.09519816 0.09519816226522564 0.09519816226522564"
},
{
"tpl": "{{ printf \"%v %.10e %.10f %.10g %g\" 3294111536.625e20 3294111536.625e20 3294111536.625e20 3294111536.625e20 3294111536.625e20 }} {{ toJson 3294111536.625e20 }}",
"out": "3.294111536625e+29 3.2941115366e+29 329411153662500005538881863680.0000000000 3.294111537e+29 3.294111536625e+29 3.294111536625e+29"
},
{
"tpl": "{{ printf \"%v %.5e %.5f %.5g %g\" 6.8439003164922054e-127 6.8439003164922054e-127 6.8439003164922054e-127 6.8439003164922054e-127 6.8439003164922054e-127 }} {{ toJson 6.8439003164922054e-127 }}",
"out": "6.8439003164922054e-127 6.84390e-127 0.00000 6.8439e-127 6.8439003164922054e-127 6.8439003164922054e-127"
},
{
"tpl": "{{ printf \"%v %.4e %.4f %.4g %g\" -7.711378216380325e-71 -7.711378216380325e-71 -7.711378216380325e-71 -7.711378216380325e-71 -7.711378216380325e-71 }} {{ toJson -7.711378216380325e-71 }}",
"out": "-7.711378216380325e-71 -7.7114e-71 -0.0000 -7.711e-71 -7.711378216380325e-71 -7.711378216380325e-71"
},
{
"tpl": "{{ printf \"%v %.7e %.7f %.7g %g\" 1635.375e-17 1635.375e-17 1635.375e-17 1635.375e-17 1635.375e-17 }} {{ toJson 1635.375e-17 }}",
"out": "1.635375e-14 1.6353750e-14 0.0000000 1.635375e-14 1.635375e-14 1.635375e-14"
},
{
"tpl": "{{ printf \"%v %.11e %.11f %.11g %g\" 5.9942747849457996e-186 5.9942747849457996e-186 5.9942747849457996e-186 5.9942747849457996e-186 5.9942747849457996e-186 }} {{ toJson 5.9942747849457996e-186 }}",
"out": "5.9942747849457996e-186 5.99427478495e-186 0.00000000000 5.9942747849e-186 5.9942747849457996e-186 5.9942747849457996e-186"
},
{
"tpl": "{{ printf \"%v %.11e %.11f %.11g %g\" 5.043959319171281e+50 5.043959319171281e+50 5.043959319171281e+50 5.043959319171281e+50 5.043959319171281e+50 }} {{ toJson 5.043959319171281e+50 }}",
"out": "5.043959319171281e+50 5.04395931917e+50 504395931917128119082874553914578726664468300824576.00000000000 5.0439593192e+50 5.043959319171281e+50 5.043959319171281e+50"
},
{
"tpl": "{{ printf \"%v %.3e %.3f %.3g %g\" 525053163016395.5e15 525053163016395.5e15 525053163016395.5e15 525053163016395.5e15 525053163016395.5e15 }} {{ toJson 525053163016395.5e15 }}",
"out": "5.250531630163955e+29 5.251e+29 525053163016395478590061281280.000 5.25e+29 5.250531630163955e+29 5.250531630163955e+29"
},
{
"tpl": "{{ printf \"%v %.7e %.7f %.7g %g\" -9.207303379039639e+229 -9.207303379039639e+229 -9.207303379039639e+229 -9.207303379039639e+229 -9.207303379039639e+229 }} {{ toJson -9.207303379039639e+229 }}",
"out": "-9.207303379039639e+229 -9.2073034e+229 -92073033790396393224506737120025695411487464408158262111824734004607874509159144181709859853137408456819258112921423410193987644765490195708785216840784714049631918405375854921188589171115229695418801818738133759063315035021377536.0000000 -9.207303e+229 -9.207303379039639e+229 -9.207303379039639e+229"
},
{
"tpl": "{{ printf \"%v %.8e %.8f %.8g %g\" 2.2232263673817204e-214 2.2232263673817204e-214 2.2232263673817204e-214 2.2232263673817204e-214 2.2232263673817204e-214 }} {{ toJson 2.2232263673817204e-214 }}",
"out": "2.2232263673817204e-214 2.22322637e-214 0.00000000 2.2232264e-214 2.2232263673817204e-214 2.2232263673817204e-214"
},
{
"tpl": "{{ printf \"%v %.3e %.3f %.3g %g\" 302481635843688.375e-7 302481635843688.375e-7 302481635843688.375e-7 302481635843688.375e-7 302481635843688.375e-7 }} {{ toJson 302481635843688.375e-7 }}",
"out": "3.0248163584368836e+07 3.025e+07 30248163.584 3.02e+07 3.0248163584368836e+07 30248163.584368836"
},
{
"tpl": "{{ printf \"%v %.11e %.11f %.11g %g\" 6.91130933189248e-134 6.91130933189248e-134 6.91130933189248e-134 6.91130933189248e-134 6.91130933189248e-134 }} {{ toJson 6.91130933189248e-134 }}",
"out": "6.91130933189248e-134 6.91130933189e-134 0.00000000000 6.9113093319e-134 6.91130933189248e-134 6.91130933189248e-134"
},
{
"tpl": "{{ printf \"%v %.4e %.4f %.4g %g\" 661994498019.75e12 661994498019.75e12 661994498019.75e12 661994498019.75e12 661994498019.75e12 }} {{ toJson 661994498019.75e12 }}",
"out": "6.6199449801975e+23 6.6199e+23 661994498019750011994112.0000 6.62e+23 6.6199449801975e+23 6.6199449801975e+23"
},
{
"tpl": "{{ printf \"%v %.0e %.0f %.0g %g\" 546454631616.375e5 546454631616.375e5 546454631616.375e5 546454631616.375e5 546454631616.375e5 }} {{ toJson 546454631616.375e5 }}",
"out": "5.46454631616375e+16 5e+16 54645463161637504 5e+16 5.46454631616375e+16 54645463161637500"
},
{
"tpl": "{{ printf \"%v %.10e %.10f %.10g %g\" 2.079451997685704e+298 2.079451997685704e+298 2.079451997685704e+298 2.079451997685704e+298 2.079451997685704e+298 }} {{ toJson 2.079451997685704e+298 }}",
"out": "2.079451997685704e+298 2.0794519977e+298 20794519976857040223123299041198909994187762721143697728976831130453138281876789533966907196155853314847072325978709698500694493842126281763060295593391785113200263754723157301188531870887282570613452568029159137627944816805950686488337760878996086673815297929722409509149321278753510991344833658880.0000000000 2.079451998e+298 2.079451997685704e+298 2.079451997685704e+298"
},
{
"tpl": "{{ printf \"%v %.2e %.2f %.2g %g\" -1.5556519070125905e-28 -1.5556519070125905e-28 -1.5556519070125905e-28 -1.5556519070125905e-28 -1.5556519070125905e-28 }} {{ toJson -1.5556519070125905e-28 }}",
"out": "-1.5556519070125905e-28 -1.56e-28 -0.00 -1.6e-28 -1.5556519070125905e-28 -1.5556519070125905e-28"
},
{
"tpl": "{{ printf \"%v %.1e %.1f %.1g %g\" 6.282094907852781e+81 6.282094907852781e+81 6.282094907852781e+81 6.282094907852781e+81 6.282094907852781e+81 }} {{ toJson 6.282094907852781e+81 }}",
"out": "6.282094907852781e+81 6.3e+81 6282094907852781177488763579884605263912652841345270514105526619006632462368374784.0 6e+81 6.282094907852781e+81 6.282094907852781e+81"
},
{
"tpl": "{{ printf \"%v %.1e %.1f %.1g %g\" 6.125e5 6.125e5 6.125e5 6.125e5 6.125e5 }} {{ toJson 6.125e5 }}",
"out": "612500 6.1e+05 612500.0 6e+05 612500 612500"
},
{
"tpl": "{{ printf \"%v %.4e %.4f %.4g %g\" 196657.75e-2 196657.75e-2 196657.75e-2 196657.75e-2 196657.75e-2 }} {{ toJson 196657.75e-2 }}",
"out": "1966.5775 1.9666e+03 1966.5775 1967 1966.5775 1966.5775"
},
{
"tpl": "{{ printf \"%v %.9e %.9f %.9g %g\" 1.3599584374248545e+173 1.3599584374248545e+173 1.3599584374248545e+173 1.3599584374248545e+173 1.3599584374248545e+173 }} {{ toJson 1.3599584374248545e+173 }}",
"out": "1.3599584374248545e+173 1.359958437e+173 135995843742485453233071121688225251215813038843777004427336048008522655647692108493212401081372143120737094805309983864741305670940151108598308276143894917128075108270735360.000000000 1.35995844e+173 1.3599584374248545e+173 1.3599584374248545e+173"
},
{
"tpl": "{{ printf \"%v %.12e %.12f %.12g %g\" 7.365366784274439e+219 7.365366784274439e+219 7.365366784274439e+219 7.365366784274439e+219 7.365366784274439e+219 }} {{ toJson 7.365366784274439e+219 }}",
"out": "7.365366784274439e+219 7.365366784274e+219 7365366784274438720640405852488138031980659692165967540538912407976814596819588790807844698761131344195231642645054749236235742841062586023979368087291209287657485145555527216065836573601894092280973268148919764602847232.000000000000 7.36536678427e+219 7.365366784274439e+219 7.365366784274439e+219"
},
{
"tpl": "{{ printf \"%v %.1e %.1f %.1g %g\" 1.2693032501224703e+38 1.2693032501224703e+38 1.2693032501224703e+38 1.2693032501224703e+38 1.2693032501224703e+38 }} {{ toJson 1.2693032501224703e+38 }}",
"out": "1.2693032501224703e+38 1.3e+38 126930325012247032831573201109815132160.0 1e+38 1.2693032501224703e+38 1.2693032501224703e+38"
},
{
"tpl": "{{ printf \"%v %.10e %.10f %.10g %g\" 1.7060853253571924e+44 1.7060853253571924e+44 1.7060853253571924e+44 1.7060853253571924e+44 1.7060853253571924e+44 }} {{ toJson 1.7060853253571924e+44 }}",
"out": "1.7060853253571924e+44 1.7060853254e+44 170608532535719236942836022713164993853915136.0000000000 1.706085325e+44 1.7060853253571924e+44 1.7060853253571924e+44"
},
{
"tpl": "{{ printf \"%v %.5e %.5f %.5g %g\" 35665411.375e12 35665411.375e12 35665411.375e12 35665411.375e12 35665411.375e12 }} {{ toJson 35665411.375e12 }}",
"out": "3.5665411375e+19 3.56654e+19 35665411374999998464.00000 3.5665e+19 3.5665411375e+19 35665411375000000000"
},
{
"tpl": "{{ printf \"%v %.6e %.6f %.6g %g\" -4.336133925107891e+43 -4.336133925107891e+43 -4.336133925107891e+43 -4.336133925107891e+43 -4.336133925107891e+43 }} {{ toJson -4.336133925107891e+43 }}",
"out": "-4.336133925107891e+43 -4.336134e+43 -43361339251078911214453706051603558526091264.000000 -4.33613e+43 -4.336133925107891e+43 -4.336133925107891e+43"
},
{
"tpl": "{{ printf \"%v %.11e %.11f %.11g %g\" 9749321067351.625e-7 9749321067351.625e-7 9749321067351.625e-7 9749321067351.625e-7 9749321067351.625e-7 }} {{ toJson 9749321067351.625e-7 }}",
"out": "974932.1067351626 9.74932106735e+05 974932.10673516255 974932.10674 974932.1067351626 974932.1067351626"
},
{
"tpl": "{{ printf \"%v %.6e %.6f %.6g %g\" -3.6331625045908555e-22 -3.6331625045908555e-22 -3.6331625045908555e-22 -3.6331625045908555e-22 -3.6331625045908555e-22 }} {{ toJson -3.6331625045908555e-22 }}",
"out": "-3.6331625045908555e-22 -3.633163e-22 -0.000000 -3.63316e-22 -3.6331625045908555e-22 -3.6331625045908555e-22"
},
{
"tpl": "{{ printf \"%v %.10e %.10f %.10g %g\" 8.561713287248172e-138 8.561713287248172e-138 8.561713287248172e-138 8.561713287248172e-138 8.561713287248172e-138 }} {{ toJson 8.561713287248172e-138 }}",
"out": "8.561713287248172e-138 8.5617132872e-138 0.0000000000 8.561713287e-138 8.561713287248172e-138 8.561713287248172e-138"
},
{
"tpl": "{{ printf \"%v %.7e %.7f %.7g %g\" 9909872216851131.25e-10 9909872216851131.25e-10 9909872216851131.25e-10 9909872216851131.25e-10 9909872216851131.25e-10 }} {{ toJson 9909872216851131.25e-10 }}",
"out": "990987.2216851132 9.9098722e+05 990987.2216851 990987.2 990987.2216851132 990987.2216851132"
},
{
"tpl": "{{ printf \"%v %.4e %.4f %.4g %g\" 1.6808375478419497e+59 1.6808375478419497e+59 1.6808375478419497e+59 1.6808375478419497e+59 1.6808375478419497e+59 }} {{ toJson 1.6808375478419497e+59 }}",
"out": "1.6808375478419497e+59 1.6808e+59 168083754784194966727042221202610118909766174404088235556864.0000 1.681e+59 1.6808375478419497e+59 1.6808375478419497e+59"
},
{
"tpl": "{{ printf \"%v %.4e %.4f %.4g %g\" 436163879.75e-5 436163879.75e-5 436163879.75e-5 436163879.75e-5 436163879.75e-5 }} {{ toJson 436163879.75e-5 }}",
"out": "4361.6387975 4.3616e+03 4361.6388 4362 4361.6387975 4361.6387975"
},
{
"tpl": "{{ printf \"%v %.1e %.1f %.1g %g\" 2.1564887167376288e+178 2.1564887167376288e+178 2.1564887167376288e+178 2.1564887167376288e+178 2.1564887167376288e+178 }} {{ toJson 2.1564887167376288e+178 }}",
"out": "2.1564887167376288e+178 2.2e+178 21564887167376287673819452294987318654649580298809653756388259560675553619430862954928367360588534641861881544028475145191024386971413083896395914949249354871303868966626199076864.0 2e+178 2.1564887167376288e+178 2.1564887167376288e+178"
},
{
"tpl": "{{ printf \"%v %.3e %.3f %.3g %g\" 5.5079932067900084e-216 5.5079932067900084e-216 5.5079932067900084e-216 5.5079932067900084e-216 5.5079932067900084e-216 }} {{ toJson 5.5079932067900084e-216 }}",
"out": "5.5079932067900084e-216 5.508e-216 0.000 5.51e-216 5.5079932067900084e-216 5.5079932067900084e-216"
},
{
"tpl": "{{ printf \"%v %.12e %.12f %.12g %g\" 3963621522940400.375e1 3963621522940400.375e1 3963621522940400.375e1 3963621522940400.375e1 3963621522940400.375e1 }} {{ toJson 3963621522940400.375e1 }}",
"out": "3.9636215229404e+16 3.963621522940e+16 39636215229404000.000000000000 3.96362152294e+16 3.9636215229404e+16 39636215229404000"
},
{
"tpl": "{{ printf \"%v %.3e %.3f %.3g %g\" -9.65735638522518e-250 -9.65735638522518e-250 -9.65735638522518e-250 -9.65735638522518e-250 -9.65735638522518e-250 }} {{ toJson -9.65735638522518e-250 }}",
"out": "-9.65735638522518e-250 -9.657e-250 -0.000 -9.66e-250 -9.65735638522518e-250 -9.65735638522518e-250"
},
{
"tpl": "{{ printf \"%v %.8e %.8f %.8g %g\" 5.074989665390383e+113 5.074989665390383e+113 5.074989665390383e+113 5.074989665390383e+113 5.074989665390383e+113 }} {{ toJson 5.074989665390383e+113 }}",
"out": "5.074989665390383e+113 5.07498967e+113 507498966539038290883179512154874291894268876822956266931396786972757435772127200750513640761981509629368359452672.00000000 5.0749897e+113 5.074989665390383e+113 5.074989665390383e+113"
},
{
"tpl": "{{ printf \"%v %.4e %.4f %.4g %g\" 1.5770110315783763e+146 1.5770110315783763e+146 1.5770110315783763e+146 1.5770110315783763e+146 1.5770110315783763e+146 }} {{ toJson 1.5770110315783763e+146 }}",
"out": "1.5770110315783763e+146 1.5770e+146 157701103157837632213345758090075748156043350544074158695033234191781998678720834327062897059088911161980995020991969689121706299279038578262278144.0000 1.577e+146 1.5770110315783763e+146 1.5770110315783763e+146"
},
{
"tpl": "{{ printf \"%v %.6e %.6f %.6g %g\" 336916.75e6 336916.75e6 336916.75e6 336916.75e6 336916.75e6 }} {{ toJson 336916.75e6 }}",
"out": "3.3691675e+11 3.369168e+11 336916750000.000000 3.36917e+11 3.3691675e+11 336916750000"
},
{
"tpl": "{{ printf \"%v %.6e %.6f %.6g %g\" 1.0094201672757467e-49 1.0094201672757467e-49 1.0094201672757467e-49 1.0094201672757467e-49 1.0094201672757467e-49 }} {{ toJson 1.0094201672757467e-49 }}",
"out": "1.0094201672757467e-49 1.009420e-49 0.000000 1.00942e-49 1.0094201672757467e-49 1.0094201672757467e-49"
},
{
"tpl": "{{ printf \"%v %.7e %.7f %.7g %g\" 3.8511062478523794e-232 3.8511062478523794e-232 3.8511062478523794e-232 3.8511062478523794e-232 3.8511062478523794e-232 }} {{ toJson 3.8511062478523794e-232 }}",
"out": "3.8511062478523794e-232 3.8511062e-232 0.0000000 3.851106e-232 3.8511062478523794e-232 3.8511062478523794e-232"
},
{
"tpl": "{{ printf \"%v %.2e %.2f %.2g %g\" 1.3430700733141117e+136 1.3430700733141117e+136 1.3430700733141117e+136 1.3430700733141117e+136 1.3430700733141117e+136 }} {{ toJson 1.3430700733141117e+136 }}",
"out": "1.3430700733141117e+136 1.34e+136 13430700733141116725110408569806261032804383498749312785466099590382422554551380160499252727471649727862415004642650998383512950207938560.00 1.3e+136 1.3430700733141117e+136 1.3430700733141117e+136"
},
{
"tpl": "{{ printf \"%v %.6e %.6f %.6g %g\" 13344799323675743.125e-5 13344799323675743.125e-5 13344799323675743.125e-5 13344799323675743.125e-5 13344799323675743.125e-5 }} {{ toJson 13344799323675743.125e-5 }}",
"out": "1.3344799323675743e+11 1.334480e+11 133447993236.757431 1.33448e+11 1.3344799323675743e+11 133447993236.75743"
},
{
"tpl": "{{ printf \"%v %.4e %.4f %.4g %g\" 3.3369933512340675e+224 3.3369933512340675e+224 3.3369933512340675e+224 3.3369933512340675e+224 3.3369933512340675e+224 }} {{ toJson 3.3369933512340675e+224 }}",
"out": "3.3369933512340675e+224 3.3370e+224 333699335123406751459902200583694996672001320267252051508483803666125539313441890501599724351661513462783635893528673425274439548737712325851620027411851804365390426255107730308672926538165925911625027430973309170586732199936.0000 3.337e+224 3.3369933512340675e+224 3.3369933512340675e+224"
},
{
"tpl": "{{ printf \"%v %.11e %.11f %.11g %g\" 3.5e7 3.5e7 3.5e7 3.5e7 3.5e7 }} {{ toJson 3.5e7 }}",
"out": "3.5e+07 3.50000000000e+07 35000000.00000000000 35000000 3.5e+07 35000000"
},
{
"tpl": "{{ printf \"%v %.8e %.8f %.8g %g\" 3219034284342.5e5 3219034284342.5e5 3219034284342.5e5 3219034284342.5e5 3219034284342.5e5 }} {{ toJson 3219034284342.5e5 }}",
"out": "3.2190342843425e+17 3.21903428e+17 321903428434249984.00000000 3.2190343e+17 3.2190342843425e+17 321903428434250000"
},
{
"tpl": "{{ printf \"%v %.2e %.2f %.2g %g\" 881697723476915.5e-6 881697723476915.5e-6 881697723476915.5e-6 881697723476915.5e-6 881697723476915.5e-6 }} {{ toJson 881697723476915.5e-6 }}",
"out": "8.816977234769155e+08 8.82e+08 881697723.48 8.8e+08 8.816977234769155e+08 881697723.4769155"
},
{
"tpl": "{{ printf \"%v %.1e %.1f %.1g %g\" -3.663986289029834e-84 -3.663986289029834e-84 -3.663986289029834e-84 -3.663986289029834e-84 -3.663986289029834e-84 }} {{ toJson -3.663986289029834e-84 }}",
"out": "-3.663986289029834e-84 -3.7e-84 -0.0 -4e-84 -3.663986289029834e-84 -3.663986289029834e-84"
},
{
"tpl": "{{ printf \"%v %.12e %.12f %.12g %g\" 620932377004059.5e-20 620932377004059.5e-20 620932377004059.5e-20 620932377004059.5e-20 620932377004059.5e-20 }} {{ toJson 620932377004059.5e-20 }}",
"out": "6.209323770040595e-06 6.209323770041e-06 0.000006209324 6.20932377004e-06 6.209323770040595e-06 0.000006209323770040595"
},
{
"tpl": "{{ printf \"%v %.0e %.0f %.0g %g\" -6.55142814639195e+209 -6.55142814639195e+209 -6.55142814639195e+209 -6.55142814639195e+209 -6.55142814639195e+209 }} {{ toJson -6.55142814639195e+209 }}",
"out": "-6.55142814639195e+209 -7e+209 -655142814639195011885541324340142348642958236230012757435560598965248722509891259712197009827850220629380069313489823006306470789356200757588162791920636430618324259196837975541957133114274143465061686221733888 -7e+209 -6.55142814639195e+209 -6.55142814639195e+209"
},
{
"tpl": "{{ printf \"%v %.8e %.8f %.8g %g\" 4133626415.75e-4 4133626415.75e-4 4133626415.75e-4 4133626415.75e-4 4133626415.75e-4 }} {{ toJson 4133626415.75e-4 }}",
"out": "413362.641575 4.13362642e+05 413362.64157500 413362.64 413362.641575 413362.641575"
},
{
"tpl": "{{ printf \"%v %.8e %.8f %.8g %g\" 1630.5e-1 1630.5e-1 1630.5e-1 1630.5e-1 1630.5e-1 }} {{ toJson 1630.5e-1 }}",
"out": "163.05 1.63050000e+02 163.05000000 163.05 163.05 163.05"
},
{
"tpl": "{{ printf \"%v %.12e %.12f %.12g %g\" 6510935.125e-6 6510935.125e-6 6510935.125e-6 6510935.125e-6 6510935.125e-6 }} {{ toJson 6510935.125e-6 }}",
"out": "6.510935125 6.510935125000e+00 6.510935125000 6.510935125 6.510935125 6.510935125"
},
{
"tpl": "{{ printf \"%v %.4e %.4f %.4g %g\" 9.125e9 9.125e9 9.125e9 9.125e9 9.125e9 }} {{ toJson 9.125e9 }}",
"out": "9.125e+09 9.1250e+09 9125000000.0000 9.125e+09 9.125e+09 9125000000"
},
{
"tpl": "{{ printf \"%v %.8e %.8f %.8g %g\" 63794253.625e-5 63794253.625e-5 63794253.625e-5 63794253.625e-5 63794253.625e-5 }} {{ toJson 63794253.625e-5 }}",
"out": "637.94253625 6.37942536e+02 637.94253625 637.94254 637.94253625 637.94253625"
},
{
"tpl": "{{ printf \"%v %.11e %.11f %.11g %g\" 6.790981018329783e+199 6.790981018329783e+199 6.790981018329783e+199 6.790981018329783e+199 6.790981018329783e+199 }} {{ toJson 6.790981018329783e+199 }}",
"out": "6.790981018329783e+199 6.79098101833e+199 67909810183297828873388535048963777962194649669867426605188139424919850675493961601299389842369012454574763135834073546468396115880448840485998695293536590305497788490456122142703853121674194548948992.00000000000 6.7909810183e+199 6.790981018329783e+199 6.790981018329783e+199"
},
{
"tpl": "{{ printf \"%v %.10e %.10f %.10g %g\" 3.25e11 3.25e11 3.25e11 3.25e11 3.25e11 }} {{ toJson 3.25e11 }}",
"out": "3.25e+11 3.2500000000e+11 325000000000.0000000000 3.25e+11 3.25e+11 325000000000"
},
{
"tpl": "{{ printf \"%v %.5e %.5f %.5g %g\" 264.25e7 264.25e7 264.25e7 264.25e7 264.25e7 }} {{ toJson 264.25e7 }}",
"out": "2.6425e+09 2.64250e+09 2642500000.00000 2.6425e+09 2.6425e+09 2642500000"
},
{
"tpl": "{{ printf \"%v %.5e %.5f %.5g %g\" -3.2348499677327836e-67 -3.2348499677327836e-67 -3.2348499677327836e-67 -3.2348499677327836e-67 -3.2348499677327836e-67 }} {{ toJson -3.2348499677327836e-67 }}",
"out": "-3.2348499677327836e-67 -3.23485e-67 -0.00000 -3.2348e-67 -3.2348499677327836e-67 -3.2348499677327836e-67"
},
{
"tpl": "{{ printf \"%v %.12e %.12f %.12g %g\" 436723298475.25e-20 436723298475.25e-20 436723298475.25e-20 436723298475.25e-20 436723298475.25e-20 }} {{ toJson 436723298475.25e-20 }}",
"out": "4.3672329847525e-09 4.367232984752e-09 0.000000004367 4.36723298475e-09 4.3672329847525e-09 4.3672329847525e-9"
},
{
"tpl": "{{ printf \"%v %.1e %.1f %.1g %g\" -1.1560136737735751e-302 -1.1560136737735751e-302 -1.1560136737735751e-302 -1.1560136737735751e-302 -1.1560136737735751e-302 }} {{ toJson -1.1560136737735751e-302 }}",
"out": "-1.1560136737735751e-302 -1.2e-302 -0.0 -1e-302 -1.1560136737735751e-302 -1.1560136737735751e-302"
},
{
"tpl": "{{ printf \"%v %.4e %.4f %.4g %g\" 1.4740325671933004e-61 1.4740325671933004e-61 1.4740325671933004e-61 1.4740325671933004e-61 1.4740325671933004e-61 }} {{ toJson 1.4740325671933004e-61 }}",
"out": "1.4740325671933004e-61 1.4740e-61 0.0000 1.474e-61 1.4740325671933004e-61 1.4740325671933004e-61"
},
{
"tpl": "{{ printf \"%v %.4e %.4f %.4g %g\" 3872330.375e-6 3872330.375e-6 3872330.375e-6 3872330.375e-6 3872330.375e-6 }} {{ toJson 3872330.375e-6 }}",
"out": "3.872330375 3.8723e+00 3.8723 3.872 3.872330375 3.872330375"
},
{
"tpl": "{{ printf \"%v %.3e %.3f %.3g %g\" 6973296087.625e-9 6973296087.625e-9 6973296087.625e-9 6973296087.625e-9 6973296087.625e-9 }} {{ toJson 6973296087.625e-9 }}",
"out": "6.973296087625 6.973e+00 6.973 6.97 6.973296087625 6.973296087625"
},
{
"tpl": "{{ printf \"%v %.0e %.0f %.0g %g\" -7.29207497686096e-105 -7.29207497686096e-105 -7.29207497686096e-105 -7.29207497686096e-105 -7.29207497686096e-105 }} {{ toJson -7.29207497686096e-105 }}",
"out": "-7.29207497686096e-105 -7e-105 -0 -7e-105 -7.29207497686096e-105 -7.29207497686096e-105"
},
{
"tpl": "{{ printf \"%v %.0e %.0f %.0g %g\" 51572.5e-7 51572.5e-7 51572.5e-7 51572.5e-7 51572.5e-7 }} {{ toJson 51572.5e-7 }}",
"out": "0.00515725 5e-03 0 0.005 0.00515725 0.00515725"
},
{
"tpl": "{{ printf \"%v %.2e %.2f %.2g %g\" 54446.5e-17 54446.5e-17 54446.5e-17 54446.5e-17 54446.5e-17 }} {{ toJson 54446.5e-17 }}",
"out": "5.44465e-13 5.44e-13 0.00 5.4e-13 5.44465e-13 5.44465e-13"
},
{
"tpl": "{{ printf \"%v %.5e %.5f %.5g %g\" -3.271816680982098e-47 -3.271816680982098e-47 -3.271816680982098e-47 -3.271816680982098e-47 -3.271816680982098e-47 }} {{ toJson -3.271816680982098e-47 }}",
"out": "-3.271816680982098e-47 -3.27182e-47 -0.00000 -3.2718e-47 -3.271816680982098e-47 -3.271816680982098e-47"
},
{
"tpl": "{{ printf \"%v %.3e %.3f %.3g %g\" 954.25e1 954.25e1 954.25e1 954.25e1 954.25e1 }} {{ toJson 954.25e1 }}",
"out": "9542.5 9.542e+03 9542.500 9.54e+03 9542.5 9542.5"
},
{
"tpl": "{{ printf \"%v %.11e %.11f %.11g %g\" -4.4308088939424706e-278 -4.4308088939424706e-278 -4.4308088939424706e-278 -4.4308088939424706e-278 -4.4308088939424706e-278 }} {{ toJson -4.4308088939424706e-278 }}",
"out": "-4.4308088939424706e-278 -4.43080889394e-278 -0.00000000000 -4.4308088939e-278 -4.4308088939424706e-278 -4.4308088939424706e-278"
},
{
"tpl": "{{ printf \"%v %.11e %.11f %.11g %g\" -6.560739833430464e-106 -6.560739833430464e-106 -6.560739833430464e-106 -6.560739833430464e-106 -6.560739833430464e-106 }} {{ toJson -6.560739833430464e-106 }}",
"out": "-6.560739833430464e-106 -6.56073983343e-106 -0.00000000000 -6.5607398334e-106 -6.560739833430464e-106 -6.560739833430464e-106"
},
{
"tpl": "{{ printf \"%v %.5e %.5f %.5g %g\" -1.1615411560611562e+290 -1.1615411560611562e+290 -1.1615411560611562e+290 -1.1615411560611562e+290 -1.1615411560611562e+290 }} {{ toJson -1.1615411560611562e+290 }}",
"out": "-1.1615411560611562e+290 -1.16154e+290 -116154115606115624912504486014791724687561370196761168198130540714462004971005891999613987658166797790039375676687012230609864861421881762823059545653901250591186252672035522962763353261281648786262128563109467321467043561704981889025639575193104363270514632085877592300289915990547688849408.00000 -1.1615e+290 -1.1615411560611562e+290 -1.1615411560611562e+290"
},
{
"tpl": "{{ printf \"%v %.1e %.1f %.1g %g\" 4.006686822507912e-305 4.006686822507912e-305 4.006686822507912e-305 4.006686822507912e-305 4.006686822507912e-305 }} {{ toJson 4.006686822507912e-305 }}",
"out": "4.006686822507912e-305 4.0e-305 0.0 4e-305 4.006686822507912e-305 4.006686822507912e-305"
},
{
"tpl": "{{ printf \"%v %.1e %.1f %.1g %g\" 1.4073660605776658e+210 1.4073660605776658e+210 1.4073660605776658e+210 1.4073660605776658e+210 1.4073660605776658e+210 }} {{ toJson 1.4073660605776658e+210 }}",
"out": "1.4073660605776658e+210 1.4e+210 1407366060577665802741484144800695821676212725246241798586291682938251258225983503395475395225401543956882246318283604559603170014388262668325926990822257887741141943743414241959285151882420001949094839257661440.0 1e+210 1.4073660605776658e+210 1.4073660605776658e+210"
},
{
"tpl": "{{ printf \"%v %.12e %.12f %.12g %g\" 6377518.125e-1 6377518.125e-1 6377518.125e-1 6377518.125e-1 6377518.125e-1 }} {{ toJson 6377518.125e-1 }}",
"out": "637751.8125 6.377518125000e+05 637751.812500000000 637751.8125 637751.8125 637751.8125"
},
{
"tpl": "{{ printf \"%v %.7e %.7f %.7g %g\" -1.4115704831779343e-55 -1.4115704831779343e-55 -1.4115704831779343e-55 -1.4115704831779343e-55 -1.4115704831779343e-55 }} {{ toJson -1.4115704831779343e-55 }}",
"out": "-1.4115704831779343e-55 -1.4115705e-55 -0.0000000 -1.41157e-55 -1.4115704831779343e-55 -1.4115704831779343e-55"
},
{
"tpl": "{{ printf \"%v %.7e %.7f %.7g %g\" -2.134108048026979e+209 -2.134108048026979e+209 -2.134108048026979e+209 -2.134108048026979e+209 -2.134108048026979e+209 }} {{ toJson -2.134108048026979e+209 }}",
"out": "-2.134108048026979e+209 -2.1341080e+209 -213410804802697892189522137375591484972546021027903399201457931437210673215579281518283585715819807677254722972190387198279378848733343311899973881348301344416041881087948282080339589652870573992588679697137664.0000000 -2.134108e+209 -2.134108048026979e+209 -2.134108048026979e+209"
},
{
"tpl": "{{ printf \"%v %.7e %.7f %.7g %g\" -4.7158405358333e-16 -4.7158405358333e-16 -4.7158405358333e-16 -4.7158405358333e-16 -4.7158405358333e-16 }} {{ toJson -4.7158405358333e-16 }}",
"out": "-4.7158405358333e-16 -4.7158405e-16 -0.0000000 -4.715841e-16 -4.7158405358333e-16 -4.7158405358333e-16"
},
{
"tpl": "{{ printf \"%v %.12e %.12f %.12g %g\" 0.007271213124699262 0.007271213124699262 0.007271213124699262 0.007271213124699262 0.007271213124699262 }} {{ toJson 0.007271213124699262 }}",
"out": "0.007271213124699262 7.271213124699e-03 0.007271213125 0.0072712131247 0.007271213124699262 0.007271213124699262"
},
{
"tpl": "{{ printf \"%v %.1e %.1f %.1g %g\" 6605834289470.5e9 6605834289470.5e9 6605834289470.5e9 6605834289470.5e9 6605834289470.5e9 }} {{ toJson 6605834289470.5e9 }}",
"out": "6.6058342894705e+21 6.6e+21 6605834289470499717120.0 7e+21 6.6058342894705e+21 6.6058342894705e+21"
},
{
"tpl": "{{ printf \"%v %.9e %.9f %.9g %g\" 33.25e-16 33.25e-16 33.25e-16 33.25e-16 33.25e-16 }} {{ toJson 33.25e-16 }}",
"out": "3.325e-15 3.325000000e-15 0.000000000 3.325e-15 3.325e-15 3.325e-15"
},
{
"tpl": "{{ printf \"%v %.9e %.9f %.9g %g\" 1.1935884864511264e+105 1.1935884864511264e+105 1.1935884864511264e+105 1.1935884864511264e+105 1.1935884864511264e+105 }} {{ toJson 1.1935884864511264e+105 }}",
"out": "1.1935884864511264e+105 1.193588486e+105 1193588486451126422811773991019846228758346819657803235421953975888494864880342807755458389070669871579136.000000000 1.19358849e+105 1.1935884864511264e+105 1.1935884864511264e+105"
},
{
"tpl": "{{ printf \"%v %.11e %.11f %.11g %g\" -1.5382455529823046e-41 -1.5382455529823046e-41 -1.5382455529823046e-41 -1.5382455529823046e-41 -1.5382455529823046e-41 }} {{ toJson -1.5382455529823046e-41 }}",
"out": "-1.5382455529823046e-41 -1.53824555298e-41 -0.00000000000 -1.538245553e-41 -1.5382455529823046e-41 -1.5382455529823046e-41"
},
{
"tpl": "{{ printf \"%v %.0e %.0f %.0g %g\" 5.89792055714641e+58 5.89792055714641e+58 5.89792055714641e+58 5.89792055714641e+58 5.89792055714641e+58 }} {{ toJson 5.89792055714641e+58 }}",
"out": "5.89792055714641e+58 6e+58 58979205571464103846237083432063694593214158975018263904256 6e+58 5.89792055714641e+58 5.89792055714641e+58"
},
{
"tpl": "{{ printf \"%v %.7e %.7f %.7g %g\" 25.25e-14 25.25e-14 25.25e-14 25.25e-14 25.25e-14 }} {{ toJson 25.25e-14 }}",
"out": "2.525e-13 2.5250000e-13 0.0000000 2.525e-13 2.525e-13 2.525e-13"
},
{
"tpl": "{{ printf \"%v %.6e %.6f %.6g %g\" 874102956194770.375e-4 874102956194770.375e-4 874102956194770.375e-4 874102956194770.375e-4 874102956194770.375e-4 }} {{ toJson 874102956194770.375e-4 }}",
"out": "8.741029561947704e+10 8.741030e+10 87410295619.477036 8.74103e+10 8.741029561947704e+10 87410295619.47704"
},
{
"tpl": "{{ printf \"%v %.12e %.12f %.12g %g\" 65083.25e-20 65083.25e-20 65083.25e-20 65083.25e-20 65083.25e-20 }} {{ toJson 65083.25e-20 }}",
"out": "6.508325e-16 6.508325000000e-16 0.000000000000 6.508325e-16 6.508325e-16 6.508325e-16"
},
{
"tpl": "{{ printf \"%v %.5e %.5f %.5g %g\" 3319191018.625e-5 3319191018.625e-5 3319191018.625e-5 3319191018.625e-5 3319191018.625e-5 }} {{ toJson 3319191018.625e-5 }}",
"out": "33191.91018625 3.31919e+04 33191.91019 33192 33191.91018625 33191.91018625"
},
{
"tpl": "{{ printf \"%v %.8e %.8f %.8g %g\" 882518549250355.625e-15 882518549250355.625e-15 882518549250355.625e-15 882518549250355.625e-15 882518549250355.625e-15 }} {{ toJson 882518549250355.625e-15 }}",
"out": "0.8825185492503557 8.82518549e-01 0.88251855 0.88251855 0.8825185492503557 0.8825185492503557"
},
{
"tpl": "{{ printf \"%v %.3e %.3f %.3g %g\" 1.8354835587527082e-111 1.8354835587527082e-111 1.8354835587527082e-111 1.8354835587527082e-111 1.8354835587527082e-111 }} {{ toJson 1.8354835587527082e-111 }}",
"out": "1.8354835587527082e-111 1.835e-111 0.000 1.84e-111 1.8354835587527082e-111 1.8354835587527082e-111"
},
{
"tpl": "{{ printf \"%v %.7e %.7f %.7g %g\" 6.612687384127813e-267 6.612687384127813e-267 6.612687384127813e-267 6.612687384127813e-267 6.612687384127813e-267 }} {{ toJson 6.612687384127813e-267 }}",
"out": "6.612687384127813e-267 6.6126874e-267 0.0000000 6.612687e-267 6.612687384127813e-267 6.612687384127813e-267"
},
{
"tpl": "{{ printf \"%v %.3e %.3f %.3g %g\" 34669684877.625e-15 34669684877.625e-15 34669684877.625e-15 34669684877.625e-15 34669684877.625e-15 }} {{ toJson 34669684877.625e-15 }}",
"out": "3.4669684877625e-05 3.467e-05 0.000 3.47e-05 3.4669684877625e-05 0.000034669684877625"
},
{
"tpl": "{{ printf \"%v %.11e %.11f %.11g %g\" -2.0667819301054496e+294 -2.0667819301054496e+294 -2.0667819301054496e+294 -2.0667819301054496e+294 -2.0667819301054496e+294 }} {{ toJson -2.0667819301054496e+294 }}",
"out": "-2.0667819301054496e+294 -2.06678193011e+294 -2066781930105449598223622190750233349367311366563664633326659261737198286116547003644753088084675502911021331526196878353384408057760882916617615906799935918815736309575267880087110485798986885534075705289012916416840054857459925423318555863643139252854266902058410436798888507224364769798520832.00000000000 -2.0667819301e+294 -2.0667819301054496e+294 -2.0667819301054496e+294"
},
{
"tpl": "{{ printf \"%v %.7e %.7f %.7g %g\" 245573.25e6 245573.25e6 245573.25e6 245573.25e6 245573.25e6 }} {{ toJson 245573.25e6 }}",
"out": "2.4557325e+11 2.4557325e+11 245573250000.0000000 2.455732e+11 2.4557325e+11 245573250000"
},
{
"tpl": "{{ printf \"%v %.12e %.12f %.12g %g\" 72284916.75e-13 72284916.75e-13 72284916.75e-13 72284916.75e-13 72284916.75e-13 }} {{ toJson 72284916.75e-13 }}",
"out": "7.228491675e-06 7.228491675000e-06 0.000007228492 7.228491675e-06 7.228491675e-06 0.000007228491675"
},
{
"tpl": "{{ printf \"%v %.4e %.4f %.4g %g\" 9789935179.125e3 9789935179.125e3 9789935179.125e3 9789935179.125e3 9789935179.125e3 }} {{ toJson 9789935179.125e3 }}",
"out": "9.789935179125e+12 9.7899e+12 9789935179125.0000 9.79e+12 9.789935179125e+12 9789935179125"
},
{
"tpl": "{{ printf \"%v %.3e %.3f %.3g %g\" 7371872.25e-9 7371872.25e-9 7371872.25e-9 7371872.25e-9 7371872.25e-9 }} {{ toJson 7371872.25e-9 }}",
"out": "0.00737187225 7.372e-03 0.007 0.00737 0.00737187225 0.00737187225"
},
{
"tpl": "{{ printf \"%v %.9e %.9f %.9g %g\" -5.717586175748036e+165 -5.717586175748036e+165 -5.717586175748036e+165 -5.717586175748036e+165 -5.717586175748036e+165 }} {{ toJson -5.717586175748036e+165 }}",
"out": "-5.717586175748036e+165 -5.717586176e+165 -5717586175748036253467650244274457035494657753169391369316672497752065104010973795911666014784932841589646719014765786205179994887329915810171027725370342295824498688.000000000 -5.71758618e+165 -5.717586175748036e+165 -5.717586175748036e+165"
},
{
"tpl": "{{ printf \"%v %.4e %.4f %.4g %g\" 2.699415574625149e+180 2.699415574625149e+180 2.699415574625149e+180 2.699415574625149e+180 2.699415574625149e+180 }} {{ toJson 2.699415574625149e+180 }}",
"out": "2.699415574625149e+180 2.6994e+180 2699415574625148884430177368323531948256397782322518835742710301961958960796781980012632278697123393089599100937790316784983198460732645053013312253429784168134870185965878534733824.0000 2.699e+180 2.699415574625149e+180 2.699415574625149e+180"
},
{
"tpl": "{{ printf \"%v %.10e %.10f %.10g %g\" 33345509871332250.75e-14 33345509871332250.75e-14 33345509871332250.75e-14 33345509871332250.75e-14 33345509871332250.75e-14 }} {{ toJson 33345509871332250.75e-14 }}",
"out": "333.4550987133225 3.3345509871e+02 333.4550987133 333.4550987 333.4550987133225 333.4550987133225"
},
{
"tpl": "{{ printf \"%v %.0e %.0f %.0g %g\" 1.7375777385496114e-182 1.7375777385496114e-182 1.7375777385496114e-182 1.7375777385496114e-182 1.7375777385496114e-182 }} {{ toJson 1.7375777385496114e-182 }}",
"out": "1.7375777385496114e-182 2e-182 0 2e-182 1.7375777385496114e-182 1.7375777385496114e-182"
},
{
"tpl": "{{ printf \"%v %.7e %.7f %.7g %g\" 1.0860145966359383e-23 1.0860145966359383e-23 1.0860145966359383e-23 1.0860145966359383e-23 1.0860145966359383e-23 }} {{ toJson 1.0860145966359383e-23 }}",
"out": "1.0860145966359383e-23 1.0860146e-23 0.0000000 1.086015e-23 1.0860145966359383e-23 1.0860145966359383e-23"
},
{
"tpl": "{{ printf \"%v %.0e %.0f %.0g %g\" 38.25e-13 38.25e-13 38.25e-13 38.25e-13 38.25e-13 }} {{ toJson 38.25e-13 }}",
"out": "3.825e-12 4e-12 0 4e-12 3.825e-12 3.825e-12"
},
{
"tpl": "{{ printf \"%v %.9e %.9f %.9g %g\" -2.5224982610716638e+96 -2.5224982610716638e+96 -2.5224982610716638e+96 -2.5224982610716638e+96 -2.5224982610716638e+96 }} {{ toJson -2.5224982610716638e+96 }}",
"out": "-2.5224982610716638e+96 -2.522498261e+96 -2522498261071663750626664640969384740220341251434624385205323166695908951005363164278567383072768.000000000 -2.52249826e+96 -2.5224982610716638e+96 -2.5224982610716638e+96"
},
{
"tpl": "{{ printf \"%v %.8e %.8f %.8g %g\" 1.1015595952045335e+151 1.1015595952045335e+151 1.1015595952045335e+151 1.1015595952045335e+151 1.1015595952045335e+151 }} {{ toJson 1.1015595952045335e+151 }}",
"out": "1.1015595952045335e+151 1.10155960e+151 11015595952045335203507050569103265451030255963499267083019566408239333504414729745265350459962767562745581107693917559953984763638165373139111198588928.00000000 1.1015596e+151 1.1015595952045335e+151 1.1015595952045335e+151"
},
{
"tpl": "{{ printf \"%v %.1e %.1f %.1g %g\" 292674546497818.75e-20 292674546497818.75e-20 292674546497818.75e-20 292674546497818.75e-20 292674546497818.75e-20 }} {{ toJson 292674546497818.75e-20 }}",
"out": "2.9267454649781876e-06 2.9e-06 0.0 3e-06 2.9267454649781876e-06 0.0000029267454649781876"
},
{
"tpl": "{{ printf \"%v %.2e %.2f %.2g %g\" 39589485641.125e1 39589485641.125e1 39589485641.125e1 39589485641.125e1 39589485641.125e1 }} {{ toJson 39589485641.125e1 }}",
"out": "3.9589485641125e+11 3.96e+11 395894856411.25 4e+11 3.9589485641125e+11 395894856411.25"
},
{
"tpl": "{{ printf \"%v %.0e %.0f %.0g %g\" 2362253.999747521 2362253.999747521 2362253.999747521 2362253.999747521 2362253.999747521 }} {{ toJson 2362253.999747521 }}",
"out": "2.362253999747521e+06 2e+06 2362254 2e+06 2.362253999747521e+06 2362253.999747521"
},
{
"tpl": "{{ printf \"%v %.10e %.10f %.10g %g\" 190922.125e6 190922.125e6 190922.125e6 190922.125e6 190922.125e6 }} {{ toJson 190922.125e6 }}",
"out": "1.90922125e+11 1.9092212500e+11 190922125000.0000000000 1.90922125e+11 1.90922125e+11 190922125000"
},
{
"tpl": "{{ printf \"%v %.1e %.1f %.1g %g\" 1.0153366771319214e+77 1.0153366771319214e+77 1.0153366771319214e+77 1.0153366771319214e+77 1.0153366771319214e+77 }} {{ toJson 1.0153366771319214e+77 }}",
"out": "1.0153366771319214e+77 1.0e+77 101533667713192137171233170477633641845252332206848107388760627876077890437120.0 1e+77 1.0153366771319214e+77 1.0153366771319214e+77"
},
{
"tpl": "{{ printf \"%v %.8e %.8f %.8g %g\" 1.4825545800995255e+303 1.4825545800995255e+303 1.4825545800995255e+303 1.4825545800995255e+303 1.4825545800995255e+303 }} {{ toJson 1.4825545800995255e+303 }}",
"out": "1.4825545800995255e+303 1.48255458e+303 1482554580099525504279661049055324858933329663847128832233429668326181375103676948623754976343713599782891193238401009498345645434312099493002134860929523388959219117993976803754516803136396523250475409252732999802490865090290813940024069532933569515502687333395657798652791316697856008021185342344265728.00000000 1.4825546e+303 1.4825545800995255e+303 1.4825545800995255e+303"
},
{
"tpl": "{{ printf \"%v %.12e %.12f %.12g %g\" 1.208999990610132e-183 1.208999990610132e-183 1.208999990610132e-183 1.208999990610132e-183 1.208999990610132e-183 }} {{ toJson 1.208999990610132e-183 }}",
"out": "1.208999990610132e-183 1.208999990610e-183 0.000000000000 1.20899999061e-183 1.208999990610132e-183 1.208999990610132e-183"
},
{
"tpl": "{{ printf \"%v %.10e %.10f %.10g %g\" 4.146583655178793e-118 4.146583655178793e-118 4.146583655178793e-118 4.146583655178793e-118 4.146583655178793e-118 }} {{ toJson 4.146583655178793e-118 }}",
"out": "4.146583655178793e-118 4.1465836552e-118 0.0000000000 4.146583655e-118 4.146583655178793e-118 4.146583655178793e-118"
},
{
"tpl": "{{ printf \"%v %.6e %.6f %.6g %g\" 417095.75e-3 417095.75e-3 417095.75e-3 417095.75e-3 417095.75e-3 }} {{ toJson 417095.75e-3 }}",
"out": "417.09575 4.170958e+02 417.095750 417.096 417.09575 417.09575"
},
{
"tpl": "{{ printf \"%v %.5e %.5f %.5g %g\" 4515559765.75e16 4515559765.75e16 4515559765.75e16 4515559765.75e16 4515559765.75e16 }} {{ toJson 4515559765.75e16 }}",
"out": "4.51555976575e+25 4.51556e+25 45155597657499997183148032.00000 4.5156e+25 4.51555976575e+25 4.51555976575e+25"
},
{
"tpl": "{{ printf \"%v %.12e %.12f %.12g %g\" -1.4885700816277902e+141 -1.4885700816277902e+141 -1.4885700816277902e+141 -1.4885700816277902e+141 -1.4885700816277902e+141 }} {{ toJson -1.4885700816277902e+141 }}",
"out": "-1.4885700816277902e+141 -1.488570081628e+141 -1488570081627790247940720746150749148472929081776561350176369407489846576188650289102042933486478461189208054233120740616502837370822911328256.000000000000 -1.48857008163e+141 -1.4885700816277902e+141 -1.4885700816277902e+141"
},
{
"tpl": "{{ printf \"%v %.3e %.3f %.3g %g\" 217516377634.375e5 217516377634.375e5 217516377634.375e5 217516377634.375e5 217516377634.375e5 }} {{ toJson 217516377634.375e5 }}",
"out": "2.17516377634375e+16 2.175e+16 21751637763437500.000 2.18e+16 2.17516377634375e+16 21751637763437500"
},
{
"tpl": "{{ printf \"%v %.1e %.1f %.1g %g\" 22037054702361.375e-13 22037054702361.375e-13 22037054702361.375e-13 22037054702361.375e-13 22037054702361.375e-13 }} {{ toJson 22037054702361.375e-13 }}",
"out": "2.2037054702361374 2.2e+00 2.2 2 2.2037054702361374 2.2037054702361374"
},
{
"tpl": "{{ printf \"%v %.7e %.7f %.7g %g\" 5.860244446132868e+141 5.860244446132868e+141 5.860244446132868e+141 5.860244446132868e+141 5.860244446132868e+141 }} {{ toJson 5.860244446132868e+141 }}",
"out": "5.860244446132868e+141 5.8602444e+141 5860244446132867883005907678946371983650684600856321323502001673072808660470798859732263019369594304246329220881405860188515099358831222718464.0000000 5.860244e+141 5.860244446132868e+141 5.860244446132868e+141"
},
{
"tpl": "{{ printf \"%v %.2e %.2f %.2g %g\" 1945.5e15 1945.5e15 1945.5e15 1945.5e15 1945.5e15 }} {{ toJson 1945.5e15 }}",
"out": "1.9455e+18 1.95e+18 1945500000000000000.00 1.9e+18 1.9455e+18 1945500000000000000"
},
{
"tpl": "{{ printf \"%v %.4e %.4f %.4g %g\" 3021528661461.25e2 3021528661461.25e2 3021528661461.25e2 3021528661461.25e2 3021528661461.25e2 }} {{ toJson 3021528661461.25e2 }}",
"out": "3.02152866146125e+14 3.0215e+14 302152866146125.0000 3.022e+14 3.02152866146125e+14 302152866146125"
},
{
"tpl": "{{ printf \"%v %.1e %.1f %.1g %g\" -5.094118574098663e+216 -5.094118574098663e+216 -5.094118574098663e+216 -5.094118574098663e+216 -5.094118574098663e+216 }} {{ toJson -5.094118574098663e+216 }}",
"out": "-5.094118574098663e+216 -5.1e+216 -5094118574098663133630915362135640965052929788794115424660725640018964645791822259450836773557782460790221923749522677756503036357471718665221862274448045989269548846505306021779763958542489863092297313043597907460096.0 -5e+216 -5.094118574098663e+216 -5.094118574098663e+216"
},
{
"tpl": "{{ printf \"%v %.12e %.12f %.12g %g\" -51269.26532842654 -51269.26532842654 -51269.26532842654 -51269.26532842654 -51269.26532842654 }} {{ toJson -51269.26532842654 }}",
"out": "-51269.26532842654 -5.126926532843e+04 -51269.265328426540 -51269.2653284 -51269.26532842654 -51269.26532842654"
},
{
"tpl": "{{ printf \"%v %.7e %.7f %.7g %g\" 5060265.25e-18 5060265.25e-18 5060265.25e-18 5060265.25e-18 5060265.25e-18 }} {{ toJson 5060265.25e-18 }}",
"out": "5.06026525e-12 5.0602653e-12 0.0000000 5.060265e-12 5.06026525e-12 5.06026525e-12"
},
{
"tpl": "{{ printf \"%v %.10e %.10f %.10g %g\" -3.493324860475311e+217 -3.493324860475311e+217 -3.493324860475311e+217 -3.493324860475311e+217 -3.493324860475311e+217 }} {{ toJson -3.493324860475311e+217 }}",
"out": "-3.493324860475311e+217 -3.4933248605e+217 -34933248604753110410241191371524984994166264550009536744524853800090554929254574246836834941002508534788352230389588163406690315382999473114275273493764051570409316281340139539762457011778597710052972374727534976172032.0000000000 -3.49332486e+217 -3.493324860475311e+217 -3.493324860475311e+217"
},
{
"tpl": "{{ printf \"%v %.9e %.9f %.9g %g\" -7.106784911660972e-47 -7.106784911660972e-47 -7.106784911660972e-47 -7.106784911660972e-47 -7.106784911660972e-47 }} {{ toJson -7.106784911660972e-47 }}",
"out": "-7.106784911660972e-47 -7.106784912e-47 -0.000000000 -7.10678491e-47 -7.106784911660972e-47 -7.106784911660972e-47"
},
{
"tpl": "{{ printf \"%v %.6e %.6f %.6g %g\" 671429.25e19 671429.25e19 671429.25e19 671429.25e19 671429.25e19 }} {{ toJson 671429.25e19 }}",
"out": "6.7142925e+24 6.714293e+24 6714292500000000234749952.000000 6.71429e+24 6.7142925e+24 6.7142925e+24"
},
{
"tpl": "{{ printf \"%v %.3e %.3f %.3g %g\" 7934872.25e16 7934872.25e16 7934872.25e16 7934872.25e16 7934872.25e16 }} {{ toJson 7934872.25e16 }}",
"out": "7.93487225e+22 7.935e+22 79348722500000007847936.000 7.93e+22 7.93487225e+22 7.93487225e+22"
},
{
"tpl": "{{ printf \"%v %.2e %.2f %.2g %g\" -1.3531302400279166e-286 -1.3531302400279166e-286 -1.3531302400279166e-286 -1.3531302400279166e-286 -1.3531302400279166e-286 }} {{ toJson -1.3531302400279166e-286 }}",
"out": "-1.3531302400279166e-286 -1.35e-286 -0.00 -1.4e-286 -1.3531302400279166e-286 -1.3531302400279166e-286"
},
{
"tpl": "{{ printf \"%v %.3e %.3f %.3g %g\" 2.302037862215477e-124 2.302037862215477e-124 2.302037862215477e-124 2.302037862215477e-124 2.302037862215477e-124 }} {{ toJson 2.302037862215477e-124 }}",
"out": "2.302037862215477e-124 2.302e-124 0.000 2.3e-124 2.302037862215477e-124 2.302037862215477e-124"
},
{
"tpl": "{{ printf \"%v %.10e %.10f %.10g %g\" 689528.625e-18 689528.625e-18 689528.625e-18 689528.625e-18 689528.625e-18 }} {{ toJson 689528.625e-18 }}",
"out": "6.89528625e-13 6.8952862500e-13 0.0000000000 6.89528625e-13 6.89528625e-13 6.89528625e-13"
},
{
"tpl": "{{ printf \"%v %.8e %.8f %.8g %g\" 6388.625e9 6388.625e9 6388.625e9 6388.625e9 6388.625e9 }} {{ toJson 6388.625e9 }}",
"out": "6.388625e+12 6.38862500e+12 6388625000000.00000000 6.388625e+12 6.388625e+12 6388625000000"
},
{
"tpl": "{{ printf \"%v %.3e %.3f %.3g %g\" 7082520728.125e17 7082520728.125e17 7082520728.125e17 7082520728.125e17 7082520728.125e17 }} {{ toJson 7082520728.125e17 }}",
"out": "7.082520728125e+26 7.083e+26 708252072812500062451007488.000 7.08e+26 7.082520728125e+26 7.082520728125e+26"
},
{
"tpl": "{{ printf \"%v %.7e %.7f %.7g %g\" 1.3426382276657026e+145 1.3426382276657026e+145 1.3426382276657026e+145 1.3426382276657026e+145 1.3426382276657026e+145 }} {{ toJson 1.3426382276657026e+145 }}",
"out": "1.3426382276657026e+145 1.3426382e+145 13426382276657026491528267010433723626185416113027056189554143400122585565800995081069674415683548841026187719498225490530434866406652720669786112.0000000 1.342638e+145 1.3426382276657026e+145 1.3426382276657026e+145"
},
{
"tpl": "{{ printf \"%v %.7e %.7f %.7g %g\" 24511.5e19 24511.5e19 24511.5e19 24511.5e19 24511.5e19 }} {{ toJson 24511.5e19 }}",
"out": "2.45115e+23 2.4511500e+23 245115000000000015990784.0000000 2.45115e+23 2.45115e+23 2.45115e+23"
},
{
"tpl": "{{ printf \"%v %.9e %.9f %.9g %g\" -1.1262946636906766e+17 -1.1262946636906766e+17 -1.1262946636906766e+17 -1.1262946636906766e+17 -1.1262946636906766e+17 }} {{ toJson -1.1262946636906766e+17 }}",
"out": "-1.1262946636906766e+17 -1.126294664e+17 -112629466369067664.000000000 -1.12629466e+17 -1.1262946636906766e+17 -112629466369067660"
},
{
"tpl": "{{ printf \"%v %.1e %.1f %.1g %g\" 202176293491385.375e5 202176293491385.375e5 202176293491385.375e5 202176293491385.375e5 202176293491385.375e5 }} {{ toJson 202176293491385.375e5 }}",
"out": "2.021762934913854e+19 2.0e+19 20217629349138538496.0 2e+19 2.021762934913854e+19 20217629349138540000"
},
{
"tpl": "{{ printf \"%v %.5e %.5f %.5g %g\" 1.0026084394681309e+223 1.0026084394681309e+223 1.0026084394681309e+223 1.0026084394681309e+223 1.0026084394681309e+223 }} {{ toJson 1.0026084394681309e+223 }}",
"out": "1.0026084394681309e+223 1.00261e+223 10026084394681308652451642819217956323048810586064474878301986087837399915123833294800776159635057962007668254368660145841122824690838325904660986849592980217055327301945456328384079673720976265928188426096517484002068660224.00000 1.0026e+223 1.0026084394681309e+223 1.0026084394681309e+223"
},
{
"tpl": "{{ printf \"%v %.8e %.8f %.8g %g\" -2.603035253442309e-303 -2.603035253442309e-303 -2.603035253442309e-303 -2.603035253442309e-303 -2.603035253442309e-303 }} {{ toJson -2.603035253442309e-303 }}",
"out": "-2.603035253442309e-303 -2.60303525e-303 -0.00000000 -2.6030353e-303 -2.603035253442309e-303 -2.603035253442309e-303"
},
{
"tpl": "{{ printf \"%v %.11e %.11f %.11g %g\" 82.25e-15 82.25e-15 82.25e-15 82.25e-15 82.25e-15 }} {{ toJson 82.25e-15 }}",
"out": "8.225e-14 8.22500000000e-14 0.00000000000 8.225e-14 8.225e-14 8.225e-14"
},
{
"tpl": "{{ printf \"%v %.1e %.1f %.1g %g\" -1.6114815513837344e-294 -1.6114815513837344e-294 -1.6114815513837344e-294 -1.6114815513837344e-294 -1.6114815513837344e-294 }} {{ toJson -1.6114815513837344e-294 }}",
"out": "-1.6114815513837344e-294 -1.6e-294 -0.0 -2e-294 -1.6114815513837344e-294 -1.6114815513837344e-294"
},
{
"tpl": "{{ printf \"%v %.6e %.6f %.6g %g\" -8.929527181777928e+178 -8.929527181777928e+178 -8.929527181777928e+178 -8.929527181777928e+178 -8.929527181777928e+178 }} {{ toJson -8.929527181777928e+178 }}",
"out": "-8.929527181777928e+178 -8.929527e+178 -89295271817779279051798966961723088266597131496379187516927691033327997424752243093758964103885923570195040669475710038960111726533067683252021219694494351244343507759364250271744.000000 -8.92953e+178 -8.929527181777928e+178 -8.929527181777928e+178"
},
{
"tpl": "{{ printf \"%v %.11e %.11f %.11g %g\" 3390.5e19 3390.5e19 3390.5e19 3390.5e19 3390.5e19 }} {{ toJson 3390.5e19 }}",
"out": "3.3905e+22 3.39050000000e+22 33905000000000001835008.00000000000 3.3905e+22 3.3905e+22 3.3905e+22"
},
{
"tpl": "{{ printf \"%v %.4e %.4f %.4g %g\" 3174.25e11 3174.25e11 3174.25e11 3174.25e11 3174.25e11 }} {{ toJson 3174.25e11 }}",
"out": "3.17425e+14 3.1742e+14 317425000000000.0000 3.174e+14 3.17425e+14 317425000000000"
},
{
"tpl": "{{ printf \"%v %.1e %.1f %.1g %g\" 719464.75e-6 719464.75e-6 719464.75e-6 719464.75e-6 719464.75e-6 }} {{ toJson 719464.75e-6 }}",
"out": "0.71946475 7.2e-01 0.7 0.7 0.71946475 0.71946475"
},
{
"tpl": "{{ printf \"%v %.4e %.4f %.4g %g\" 170475254.125e19 170475254.125e19 170475254.125e19 170475254.125e19 170475254.125e19 }} {{ toJson 170475254.125e19 }}",
"out": "1.70475254125e+27 1.7048e+27 1704752541249999951578005504.0000 1.705e+27 1.70475254125e+27 1.70475254125e+27"
},
{
"tpl": "{{ printf \"%v %.3e %.3f %.3g %g\" 286157107701613.625e10 286157107701613.625e10 286157107701613.625e10 286157107701613.625e10 286157107701613.625e10 }} {{ toJson 286157107701613.625e10 }}",
"out": "2.8615710770161365e+24 2.862e+24 2861571077016136496185344.000 2.86e+24 2.8615710770161365e+24 2.8615710770161365e+24"
},
{
"tpl": "{{ printf \"%v %.3e %.3f %.3g %g\" 45983913755423042.125e-18 45983913755423042.125e-18 45983913755423042.125e-18 45983913755423042.125e-18 45983913755423042.125e-18 }} {{ toJson 45983913755423042.125e-18 }}",
"out": "0.045983913755423045 4.598e-02 0.046 0.046 0.045983913755423045 0.045983913755423045"
},
{
"tpl": "{{ printf \"%v %.4e %.4f %.4g %g\" -2.9348739528544037e-140 -2.9348739528544037e-140 -2.9348739528544037e-140 -2.9348739528544037e-140 -2.9348739528544037e-140 }} {{ toJson -2.9348739528544037e-140 }}",
"out": "-2.9348739528544037e-140 -2.9349e-140 -0.0000 -2.935e-140 -2.9348739528544037e-140 -2.9348739528544037e-140"
},
{
"tpl": "{{ printf \"%v %.0e %.0f %.0g %g\" 4650525602324.5e13 4650525602324.5e13 4650525602324.5e13 4650525602324.5e13 4650525602324.5e13 }} {{ toJson 4650525602324.5e13 }}",
"out": "4.6505256023245e+25 5e+25 46505256023244996587028480 5e+25 4.6505256023245e+25 4.6505256023245e+25"
},
{
"tpl": "{{ printf \"%v %.8e %.8f %.8g %g\" 961927310779.375e15 961927310779.375e15 961927310779.375e15 961927310779.375e15 961927310779.375e15 }} {{ toJson 961927310779.375e15 }}",
"out": "9.61927310779375e+26 9.61927311e+26 961927310779374973705256960.00000000 9.6192731e+26 9.61927310779375e+26 9.61927310779375e+26"
},
{
"tpl": "{{ printf \"%v %.6e %.6f %.6g %g\" 4130.625e20 4130.625e20 4130.625e20 4130.625e20 4130.625e20 }} {{ toJson 4130.625e20 }}",
"out": "4.130625e+23 4.130625e+23 413062500000000032899072.000000 4.13063e+23 4.130625e+23 4.130625e+23"
},
{
"tpl": "{{ printf \"%v %.2e %.2f %.2g %g\" 413453970719.125e16 413453970719.125e16 413453970719.125e16 413453970719.125e16 413453970719.125e16 }} {{ toJson 413453970719.125e16 }}",
"out": "4.13453970719125e+27 4.13e+27 4134539707191250045041115136.00 4.1e+27 4.13453970719125e+27 4.13453970719125e+27"
},
{
"tpl": "{{ printf \"%v %.7e %.7f %.7g %g\" 2.6380704395099193e-208 2.6380704395099193e-208 2.6380704395099193e-208 2.6380704395099193e-208 2.6380704395099193e-208 }} {{ toJson 2.6380704395099193e-208 }}",
"out": "2.6380704395099193e-208 2.6380704e-208 0.0000000 2.63807e-208 2.6380704395099193e-208 2.6380704395099193e-208"
},
{
"tpl": "{{ printf \"%v %.0e %.0f %.0g %g\" -2.6285101958104162e-08 -2.6285101958104162e-08 -2.6285101958104162e-08 -2.6285101958104162e-08 -2.6285101958104162e-08 }} {{ toJson -2.6285101958104162e-08 }}",
"out": "-2.6285101958104162e-08 -3e-08 -0 -3e-08 -2.6285101958104162e-08 -2.6285101958104162e-8"
},
{
"tpl": "{{ printf \"%v %.4e %.4f %.4g %g\" 64246.07862833662 64246.07862833662 64246.07862833662 64246.07862833662 64246.07862833662 }} {{ toJson 64246.07862833662 }}",
"out": "64246.07862833662 6.4246e+04 64246.0786 6.425e+04 64246.07862833662 64246.07862833662"
},
{
"tpl": "{{ printf \"%v %.3e %.3f %.3g %g\" 3148377592.75e-18 3148377592.75e-18 3148377592.75e-18 3148377592.75e-18 3148377592.75e-18 }} {{ toJson 3148377592.75e-18 }}",
"out": "3.14837759275e-09 3.148e-09 0.000 3.15e-09 3.14837759275e-09 3.14837759275e-9"
},
{
"tpl": "{{ printf \"%v %.6e %.6f %.6g %g\" -9.136960263784367e-154 -9.136960263784367e-154 -9.136960263784367e-154 -9.136960263784367e-154 -9.136960263784367e-154 }} {{ toJson -9.136960263784367e-154 }}",
"out": "-9.136960263784367e-154 -9.136960e-154 -0.000000 -9.13696e-154 -9.136960263784367e-154 -9.136960263784367e-154"
},
{
"tpl": "{{ printf \"%v %.0e %.0f %.0g %g\" -5.922936697116118e+179 -5.922936697116118e+179 -5.922936697116118e+179 -5.922936697116118e+179 -5.922936697116118e+179 }} {{ toJson -5.922936697116118e+179 }}",
"out": "-5.922936697116118e+179 -6e+179 -592293669711611829645863940330616796614308083104433545647724184822239452568240454912851785149540608491544936091161536329197788498632896395553221157485701015675876992461613383548928 -6e+179 -5.922936697116118e+179 -5.922936697116118e+179"
},
{
"tpl": "{{ printf \"%v %.10e %.10f %.10g %g\" -6.225545159938744e-170 -6.225545159938744e-170 -6.225545159938744e-170 -6.225545159938744e-170 -6.225545159938744e-170 }} {{ toJson -6.225545159938744e-170 }}",
"out": "-6.225545159938744e-170 -6.2255451599e-170 -0.0000000000 -6.22554516e-170 -6.225545159938744e-170 -6.225545159938744e-170"
},
{
"tpl": "{{ printf \"%v %.9e %.9f %.9g %g\" 1.9515897419862487e-305 1.9515897419862487e-305 1.9515897419862487e-305 1.9515897419862487e-305 1.9515897419862487e-305 }} {{ toJson 1.9515897419862487e-305 }}",
"out": "1.9515897419862487e-305 1.951589742e-305 0.000000000 1.95158974e-305 1.9515897419862487e-305 1.9515897419862487e-305"
},
{
"tpl": "{{ printf \"%v %.5e %.5f %.5g %g\" -3.463099715291661e-280 -3.463099715291661e-280 -3.463099715291661e-280 -3.463099715291661e-280 -3.463099715291661e-280 }} {{ toJson -3.463099715291661e-280 }}",
"out": "-3.463099715291661e-280 -3.46310e-280 -0.00000 -3.4631e-280 -3.463099715291661e-280 -3.463099715291661e-280"
},
{
"tpl": "{{ printf \"%v %.3e %.3f %.3g %g\" 42385243780839.625e-12 42385243780839.625e-12 42385243780839.625e-12 42385243780839.625e-12 42385243780839.625e-12 }} {{ toJson 42385243780839.625e-12 }}",
"out": "42.38524378083962 4.239e+01 42.385 42.4 42.38524378083962 42.38524378083962"
},
{
"tpl": "{{ printf \"%v %.2e %.2f %.2g %g\" 4.246699657574157e+277 4.246699657574157e+277 4.246699657574157e+277 4.246699657574157e+277 4.246699657574157e+277 }} {{ toJson 4.246699657574157e+277 }}",
"out": "4.246699657574157e+277 4.25e+277 42466996575741568695176599118986858606599088789263286987634540147046223954645100878700261973693683016670236330351587953780020856813044668178392688724744004252707360686488935775080914845363093171915167757492277257940836338962438988853245557245849729002838926131046424632132370432.00 4.2e+277 4.246699657574157e+277 4.246699657574157e+277"
},
{
"tpl": "{{ printf \"%v %.3e %.3f %.3g %g\" -6.4351495424184656e+63 -6.4351495424184656e+63 -6.4351495424184656e+63 -6.4351495424184656e+63 -6.4351495424184656e+63 }} {{ toJson -6.4351495424184656e+63 }}",
"out": "-6.4351495424184656e+63 -6.435e+63 -6435149542418465580131725093462501047680584140134530947487891456.000 -6.44e+63 -6.4351495424184656e+63 -6.4351495424184656e+63"
},
{
"tpl": "{{ printf \"%v %.10e %.10f %.10g %g\" 71683415648187.75e-11 71683415648187.75e-11 71683415648187.75e-11 71683415648187.75e-11 71683415648187.75e-11 }} {{ toJson 71683415648187.75e-11 }}",
"out": "716.8341564818775 7.1683415648e+02 716.8341564819 716.8341565 716.8341564818775 716.8341564818775"
},
{
"tpl": "{{ printf \"%v %.10e %.10f %.10g %g\" 4650640283138.5e-17 4650640283138.5e-17 4650640283138.5e-17 4650640283138.5e-17 4650640283138.5e-17 }} {{ toJson 4650640283138.5e-17 }}",
"out": "4.6506402831385e-05 4.6506402831e-05 0.0000465064 4.650640283e-05 4.6506402831385e-05 0.000046506402831385"
},
{
"tpl": "{{ $d := dict \"d\" \"\" \"b\" 2.5 \"a\" (list 1) }}{{ $s := dict \"b\" nil \"a\" \"\" \"d\" 0 }}{{ $r := merge $d $s (dict \"a\" false \"c\" (list)) }}{{ $r }} {{ $s }} {{ toJson $r }}",
"out": "map[a:[1] b:2.5 c:[] d:0] map[a: b:<nil> d:0] {\"a\":[1],\"b\":2.5,\"c\":[],\"d\":0}"
},
{
"tpl": "{{ $d := dict  }}{{ $s := dict  }}{{ $r := merge $d $s (dict ) }}{{ $r }} {{ $s }} {{ toJson $r }}",
"out": "map[] map[] {}"
},
{
"tpl": "{{ $d := dict \"b\" (dict) }}{{ $s := dict  }}{{ $r := merge $d $s (dict \"c\" (list)) }}{{ $r }} {{ $s }} {{ toJson $r }}",
"out": "map[b:map[] c:[]] map[] {\"b\":{},\"c\":[]}"
},
{
"tpl": "{{ $d := dict \"c\" (list) }}{{ $s := dict  }}{{ $r := mergeOverwrite $d $s (dict \"a\" (dict \"x\" 1) \"b\" nil) }}{{ $r }} {{ $s }} {{ toJson $r }}",
"out": "map[a:map[x:1] b:<nil> c:[]] map[] {\"a\":{\"x\":1},\"b\":null,\"c\":[]}"
},
{
"tpl": "{{ $d := dict  }}{{ $s := dict \"c\" (list 1) \"a\" nil }}{{ $r := merge $d $s (dict ) }}{{ $r }} {{ $s }} {{ toJson $r }}",
"out": "map[c:[1]] map[a:<nil> c:[1]] {\"c\":[1]}"
},
{
"tpl": "{{ $d := dict  }}{{ $s := dict \"a\" 0 \"b\" 1 \"c\" (dict \"x\" 1) }}{{ $r := merge $d $s (dict ) }}{{ $r }} {{ $s }} {{ toJson $r }}",
"out": "map[a:0 b:1 c:map[x:1]] map[a:0 b:1 c:map[x:1]] {\"a\":0,\"b\":1,\"c\":{\"x\":1}}"
},
{
"tpl": "{{ $d := dict \"a\" (list) }}{{ $s := dict \"d\" (dict) \"b\" (dict \"x\" 1) \"a\" \"s\" }}{{ $r := mergeOverwrite $d $s (dict \"c\" 0 \"b\" nil) }}{{ $r }} {{ $s }} {{ toJson $r }}",
"out": "map[a:s b:<nil> c:0 d:map[]] map[a:s b:map[x:1] d:map[]] {\"a\":\"s\",\"b\":null,\"c\":0,\"d\":{}}"
},
{
"tpl": "{{ $d := dict  }}{{ $s := dict \"a\" (dict \"y\" (dict \"z\" 2)) \"d\" 0 \"c\" 1 }}{{ $r := mergeOverwrite $d $s (dict ) }}{{ $r }} {{ $s }} {{ toJson $r }}",
"out": "map[a:map[y:map[z:2]] c:1 d:0] map[a:map[y:map[z:2]] c:1 d:0] {\"a\":{\"y\":{\"z\":2}},\"c\":1,\"d\":0}"
},
{
"tpl": "{{ $d := dict \"b\" (list) \"c\" (list 1) \"a\" \"s\" }}{{ $s := dict \"d\" (dict \"x\" 1) }}{{ $r := mergeOverwrite $d $s (dict \"a\" false) }}{{ $r }} {{ $s }} {{ toJson $r }}",
"out": "map[a:false b:[] c:[1] d:map[x:1]] map[d:map[x:1]] {\"a\":false,\"b\":[],\"c\":[1],\"d\":{\"x\":1}}"
},
{
"tpl": "{{ $d := dict \"a\" nil }}{{ $s := dict \"a\" \"\" \"d\" false }}{{ $r := mergeOverwrite $d $s (dict \"a\" \"\" \"d\" \"s\") }}{{ $r }} {{ $s }} {{ toJson $r }}",
"out": "map[a: d:s] map[a: d:false] {\"a\":\"\",\"d\":\"s\"}"
},
{
"tpl": "{{ $d := dict \"a\" true \"c\" nil }}{{ $s := dict \"a\" \"s\" \"d\" (dict) \"c\" (dict \"x\" 1) }}{{ $r := merge $d $s (dict ) }}{{ $r }} {{ $s }} {{ toJson $r }}",
"out": "map[a:true c:map[x:1] d:map[]] map[a:s c:map[x:1] d:map[]] {\"a\":true,\"c\":{\"x\":1},\"d\":{}}"
},
{
"tpl": "{{ $d := dict \"c\" (list) \"d\" \"\" }}{{ $s := dict \"b\" (dict \"x\" 1) \"d\" \"\" \"a\" nil }}{{ $r := merge $d $s (dict ) }}{{ $r }} {{ $s }} {{ toJson $r }}",
"out": "map[b:map[x:1] c:[] d:] map[a:<nil> b:map[x:1] d:] {\"b\":{\"x\":1},\"c\":[],\"d\":\"\"}"
},
{
"tpl": "{{ $d := dict \"b\" (dict \"y\" (dict \"z\" 2)) }}{{ $s := dict \"d\" (list) }}{{ $r := merge $d $s (dict \"a\" 1 \"b\" 0) }}{{ $r }} {{ $s }} {{ toJson $r }}",
"out": "map[a:1 b:map[y:map[z:2]] d:[]] map[d:[]] {\"a\":1,\"b\":{\"y\":{\"z\":2}},\"d\":[]}"
},
{
"tpl": "{{ $d := dict  }}{{ $s := dict \"b\" (dict \"y\" (dict \"z\" 2)) \"c\" false }}{{ $r := mergeOverwrite $d $s (dict \"d\" (dict)) }}{{ $r }} {{ $s }} {{ toJson $r }}",
"out": "map[b:map[y:map[z:2]] c:false d:map[]] map[b:map[y:map[z:2]] c:false] {\"b\":{\"y\":{\"z\":2}},\"c\":false,\"d\":{}}"
},
{
"tpl": "{{ $d := dict \"b\" 0 \"c\" \"\" }}{{ $s := dict \"d\" (list 1) }}{{ $r := merge $d $s (dict \"a\" \"s\" \"b\" \"s\") }}{{ $r }} {{ $s }} {{ toJson $r }}",
"out": "map[a:s b:s c: d:[1]] map[d:[1]] {\"a\":\"s\",\"b\":\"s\",\"c\":\"\",\"d\":[1]}"
},
{
"tpl": "{{ $d := dict  }}{{ $s := dict \"d\" \"s\" \"b\" 1 }}{{ $r := merge $d $s (dict ) }}{{ $r }} {{ $s }} {{ toJson $r }}",
"out": "map[b:1 d:s] map[b:1 d:s] {\"b\":1,\"d\":\"s\"}"
},
{
"tpl": "{{ $d := dict \"c\" (dict) \"d\" \"\" }}{{ $s := dict  }}{{ $r := mergeOverwrite $d $s (dict \"b\" (list)) }}{{ $r }} {{ $s }} {{ toJson $r }}",
"out": "map[b:[] c:map[] d:] map[] {\"b\":[],\"c\":{},\"d\":\"\"}"
},
{
"tpl": "{{ $d := dict \"a\" 1 }}{{ $s := dict \"c\" 1 \"d\" 1 \"b\" (dict) }}{{ $r := mergeOverwrite $d $s (dict \"a\" 0 \"b\" (dict \"y\" (dict \"z\" 2))) }}{{ $r }} {{ $s }} {{ toJson $r }}",
"out": "map[a:0 b:map[y:map[z:2]] c:1 d:1] map[b:map[y:map[z:2]] c:1 d:1] {\"a\":0,\"b\":{\"y\":{\"z\":2}},\"c\":1,\"d\":1}"
},
{
"tpl": "{{ $d := dict \"b\" 0 \"a\" (list) }}{{ $s := dict \"a\" (dict \"y\" (dict \"z\" 2)) \"c\" (dict \"y\" (dict \"z\" 2)) }}{{ $r := mergeOverwrite $d $s (dict ) }}{{ $r }} {{ $s }} {{ toJson $r }}",
"out": "map[a:map[y:map[z:2]] b:0 c:map[y:map[z:2]]] map[a:map[y:map[z:2]] c:map[y:map[z:2]]] {\"a\":{\"y\":{\"z\":2}},\"b\":0,\"c\":{\"y\":{\"z\":2}}}"
},
{
"tpl": "{{ $d := dict \"a\" (list) \"c\" 0 }}{{ $s := dict \"a\" (dict) \"b\" (dict \"x\" 1) \"d\" false }}{{ $r := merge $d $s (dict \"a\" (dict)) }}{{ $r }} {{ $s }} {{ toJson $r }}",
"out": "map[a:map[] b:map[x:1] c:0 d:false] map[a:map[] b:map[x:1] d:false] {\"a\":{},\"b\":{\"x\":1},\"c\":0,\"d\":false}"
},
{
"tpl": "{{ $d := dict  }}{{ $s := dict  }}{{ $r := mergeOverwrite $d $s (dict \"a\" false \"b\" (dict \"y\" (dict \"z\" 2))) }}{{ $r }} {{ $s }} {{ toJson $r }}",
"out": "map[a:false b:map[y:map[z:2]]] map[] {\"a\":false,\"b\":{\"y\":{\"z\":2}}}"
},
{
"tpl": "{{ $d := dict \"d\" (list 1) \"b\" 0 \"c\" (list 1) }}{{ $s := dict  }}{{ $r := merge $d $s (dict \"a\" (list)) }}{{ $r }} {{ $s }} {{ toJson $r }}",
"out": "map[a:[] b:0 c:[1] d:[1]] map[] {\"a\":[],\"b\":0,\"c\":[1],\"d\":[1]}"
},
{
"tpl": "{{ $d := dict \"a\" (list) }}{{ $s := dict \"c\" nil \"a\" \"\" \"b\" (dict \"x\" 1) }}{{ $r := mergeOverwrite $d $s (dict \"b\" \"\" \"c\" 2.5) }}{{ $r }} {{ $s }} {{ toJson $r }}",
"out": "map[a: b: c:2.5] map[a: b:map[x:1] c:<nil>] {\"a\":\"\",\"b\":\"\",\"c\":2.5}"
},
{
"tpl": "{{ $d := dict \"d\" false \"a\" (dict \"x\" 1) \"b\" nil }}{{ $s := dict \"d\" 2.5 }}{{ $r := merge $d $s (dict ) }}{{ $r }} {{ $s }} {{ toJson $r }}",
"out": "map[a:map[x:1] b:<nil> d:2.5] map[d:2.5] {\"a\":{\"x\":1},\"b\":null,\"d\":2.5}"
},
{
"tpl": "{{ $d := dict \"b\" \"s\" \"c\" \"\" \"d\" \"\" }}{{ $s := dict \"c\" nil \"a\" \"\" \"d\" 0 }}{{ $r := merge $d $s (dict \"d\" nil) }}{{ $r }} {{ $s }} {{ toJson $r }}",
"out": "map[a: b:s c: d:0] map[a: c:<nil> d:0] {\"a\":\"\",\"b\":\"s\",\"c\":\"\",\"d\":0}"
},
{
"tpl": "{{ $d := dict \"d\" (dict \"x\" 1) \"c\" true \"b\" (dict \"y\" (dict \"z\" 2)) }}{{ $s := dict \"c\" nil \"a\" (dict) \"d\" 1 }}{{ $r := merge $d $s (dict \"c\" true \"d\" nil) }}{{ $r }} {{ $s }} {{ toJson $r }}",
"out": "map[a:map[] b:map[y:map[z:2]] c:true d:map[x:1]] map[a:map[] c:<nil> d:1] {\"a\":{},\"b\":{\"y\":{\"z\":2}},\"c\":true,\"d\":{\"x\":1}}"
},
{
"tpl": "{{ $d := dict \"d\" (list) }}{{ $s := dict \"a\" 2.5 }}{{ $r := merge $d $s (dict \"b\" 2.5) }}{{ $r }} {{ $s }} {{ toJson $r }}",
"out": "map[a:2.5 b:2.5 d:[]] map[a:2.5] {\"a\":2.5,\"b\":2.5,\"d\":[]}"
},
{
"tpl": "{{ $d := dict  }}{{ $s := dict  }}{{ $r := mergeOverwrite $d $s (dict \"a\" (dict \"x\" 1)) }}{{ $r }} {{ $s }} {{ toJson $r }}",
"out": "map[a:map[x:1]] map[] {\"a\":{\"x\":1}}"
},
{
"tpl": "{{ $d := dict  }}{{ $s := dict \"b\" (list) }}{{ $r := merge $d $s (dict \"b\" (dict \"y\" (dict \"z\" 2))) }}{{ $r }} {{ $s }} {{ toJson $r }}",
"out": "map[b:map[y:map[z:2]]] map[b:[]] {\"b\":{\"y\":{\"z\":2}}}"
},
{
"tpl": "{{ $d := dict \"a\" nil \"d\" 2.5 \"c\" true }}{{ $s := dict \"d\" 2.5 }}{{ $r := mergeOverwrite $d $s (dict \"b\" false \"a\" (dict \"y\" (dict \"z\" 2))) }}{{ $r }} {{ $s }} {{ toJson $r }}",
"out": "map[a:map[y:map[z:2]] b:false c:true d:2.5] map[d:2.5] {\"a\":{\"y\":{\"z\":2}},\"b\":false,\"c\":true,\"d\":2.5}"
},
{
"tpl": "{{ $d := dict \"d\" (list) }}{{ $s := dict \"a\" false }}{{ $r := merge $d $s (dict \"c\" true \"b\" (dict \"x\" 1)) }}{{ $r }} {{ $s }} {{ toJson $r }}",
"out": "map[a:false b:map[x:1] c:true d:[]] map[a:false] {\"a\":false,\"b\":{\"x\":1},\"c\":true,\"d\":[]}"
},
{
"tpl": "{{ $d := dict  }}{{ $s := dict  }}{{ $r := merge $d $s (dict ) }}{{ $r }} {{ $s }} {{ toJson $r }}",
"out": "map[] map[] {}"
},
{
"tpl": "{{ $d := dict \"a\" nil \"b\" (dict \"y\" (dict \"z\" 2)) \"c\" 1 }}{{ $s := dict \"a\" (list) \"d\" true }}{{ $r := merge $d $s (dict \"d\" (list) \"b\" 1) }}{{ $r }} {{ $s }} {{ toJson $r }}",
"out": "map[a:[] b:map[y:map[z:2]] c:1 d:true] map[a:[] d:true] {\"a\":[],\"b\":{\"y\":{\"z\":2}},\"c\":1,\"d\":true}"
},
{
"tpl": "{{ $d := dict  }}{{ $s := dict \"a\" (dict \"x\" 1) \"d\" 2.5 \"b\" \"\" }}{{ $r := mergeOverwrite $d $s (dict \"b\" (list 1)) }}{{ $r }} {{ $s }} {{ toJson $r }}",
"out": "map[a:map[x:1] b:[1] d:2.5] map[a:map[x:1] b: d:2.5] {\"a\":{\"x\":1},\"b\":[1],\"d\":2.5}"
},
{
"tpl": "{{ $d := dict \"a\" (list 1) \"d\" (list 1) \"b\" nil }}{{ $s := dict \"c\" nil }}{{ $r := merge $d $s (dict \"d\" \"s\" \"c\" nil) }}{{ $r }} {{ $s }} {{ toJson $r }}",
"out": "map[a:[1] b:<nil> d:[1]] map[c:<nil>] {\"a\":[1],\"b\":null,\"d\":[1]}"
},
{
"tpl": "{{ $d := dict \"d\" false \"a\" (list 1) }}{{ $s := dict  }}{{ $r := merge $d $s (dict \"a\" false \"c\" 1) }}{{ $r }} {{ $s }} {{ toJson $r }}",
"out": "map[a:[1] c:1 d:false] map[] {\"a\":[1],\"c\":1,\"d\":false}"
},
{
"tpl": "{{ $d := dict \"a\" (dict \"y\" (dict \"z\" 2)) \"b\" \"\" \"d\" 0 }}{{ $s := dict \"d\" \"s\" \"b\" (list) \"c\" (list) }}{{ $r := mergeOverwrite $d $s (dict ) }}{{ $r }} {{ $s }} {{ toJson $r }}",
"out": "map[a:map[y:map[z:2]] b:[] c:[] d:s] map[b:[] c:[] d:s] {\"a\":{\"y\":{\"z\":2}},\"b\":[],\"c\":[],\"d\":\"s\"}"
},
{
"tpl": "{{ $d := dict \"d\" 0 \"c\" \"s\" \"b\" false }}{{ $s := dict  }}{{ $r := merge $d $s (dict \"b\" (dict \"y\" (dict \"z\" 2))) }}{{ $r }} {{ $s }} {{ toJson $r }}",
"out": "map[b:map[y:map[z:2]] c:s d:0] map[] {\"b\":{\"y\":{\"z\":2}},\"c\":\"s\",\"d\":0}"
},
{
"tpl": "{{ $d := dict  }}{{ $s := dict \"b\" \"s\" }}{{ $r := mergeOverwrite $d $s (dict ) }}{{ $r }} {{ $s }} {{ toJson $r }}",
"out": "map[b:s] map[b:s] {\"b\":\"s\"}"
},
{
"tpl": "{{ $d := dict \"c\" (dict) \"a\" (list) }}{{ $s := dict  }}{{ $r := mergeOverwrite $d $s (dict \"a\" (list 1)) }}{{ $r }} {{ $s }} {{ toJson $r }}",
"out": "map[a:[1] c:map[]] map[] {\"a\":[1],\"c\":{}}"
},
{
"tpl": "{{ $d := dict \"d\" 1 }}{{ $s := dict \"d\" (list 1) \"c\" \"s\" \"a\" (dict \"x\" 1) }}{{ $r := merge $d $s (dict \"b\" \"s\" \"c\" (list 1)) }}{{ $r }} {{ $s }} {{ toJson $r }}",
"out": "map[a:map[x:1] b:s c:s d:1] map[a:map[x:1] c:s d:[1]] {\"a\":{\"x\":1},\"b\":\"s\",\"c\":\"s\",\"d\":1}"
},
{
"tpl": "{{ $d := dict \"c\" \"\" }}{{ $s := dict \"c\" \"s\" \"a\" 2.5 }}{{ $r := merge $d $s (dict ) }}{{ $r }} {{ $s }} {{ toJson $r }}",
"out": "map[a:2.5 c:s] map[a:2.5 c:s] {\"a\":2.5,\"c\":\"s\"}"
},
{
"tpl": "{{ $d := dict \"b\" \"\" }}{{ $s := dict  }}{{ $r := mergeOverwrite $d $s (dict \"d\" 0) }}{{ $r }} {{ $s }} {{ toJson $r }}",
"out": "map[b: d:0] map[] {\"b\":\"\",\"d\":0}"
},
{
"tpl": "{{ $d := dict \"b\" (dict \"x\" 1) \"a\" (dict \"x\" 1) \"d\" 2.5 }}{{ $s := dict  }}{{ $r := merge $d $s (dict ) }}{{ $r }} {{ $s }} {{ toJson $r }}",
"out": "map[a:map[x:1] b:map[x:1] d:2.5] map[] {\"a\":{\"x\":1},\"b\":{\"x\":1},\"d\":2.5}"
},
{
"tpl": "{{ $d := dict \"c\" (dict \"y\" (dict \"z\" 2)) \"a\" (list 1) }}{{ $s := dict \"b\" (list) \"a\" 0 }}{{ $r := merge $d $s (dict ) }}{{ $r }} {{ $s }} {{ toJson $r }}",
"out": "map[a:[1] b:[] c:map[y:map[z:2]]] map[a:0 b:[]] {\"a\":[1],\"b\":[],\"c\":{\"y\":{\"z\":2}}}"
},
{
"tpl": "{{ $d := dict \"b\" 0 \"a\" \"s\" \"c\" \"\" }}{{ $s := dict \"c\" (dict \"x\" 1) }}{{ $r := merge $d $s (dict ) }}{{ $r }} {{ $s }} {{ toJson $r }}",
"out": "map[a:s b:0 c:map[x:1]] map[c:map[x:1]] {\"a\":\"s\",\"b\":0,\"c\":{\"x\":1}}"
},
{
"tpl": "{{ $d := dict \"d\" 0 }}{{ $s := dict  }}{{ $r := mergeOverwrite $d $s (dict \"d\" (list)) }}{{ $r }} {{ $s }} {{ toJson $r }}",
"out": "map[d:[]] map[] {\"d\":[]}"
},
{
"tpl": "{{ $d := dict \"d\" (dict) \"a\" true }}{{ $s := dict  }}{{ $r := mergeOverwrite $d $s (dict \"a\" \"\" \"d\" false) }}{{ $r }} {{ $s }} {{ toJson $r }}",
"out": "map[a: d:false] map[] {\"a\":\"\",\"d\":false}"
},
{
"tpl": "{{ $d := dict \"c\" \"s\" \"b\" (dict) }}{{ $s := dict \"a\" (list 1) }}{{ $r := mergeOverwrite $d $s (dict ) }}{{ $r }} {{ $s }} {{ toJson $r }}",
"out": "map[a:[1] b:map[] c:s] map[a:[1]] {\"a\":[1],\"b\":{},\"c\":\"s\"}"
},
{
"tpl": "{{ $d := dict  }}{{ $s := dict \"b\" 2.5 \"c\" 2.5 \"d\" nil }}{{ $r := merge $d $s (dict \"a\" (dict \"y\" (dict \"z\" 2))) }}{{ $r }} {{ $s }} {{ toJson $r }}",
"out": "map[a:map[y:map[z:2]] b:2.5 c:2.5] map[b:2.5 c:2.5 d:<nil>] {\"a\":{\"y\":{\"z\":2}},\"b\":2.5,\"c\":2.5}"
},
{
"tpl": "{{ $d := dict \"b\" 2.5 \"d\" false \"c\" 2.5 }}{{ $s := dict \"d\" \"s\" }}{{ $r := mergeOverwrite $d $s (dict \"b\" 2.5 \"a\" true) }}{{ $r }} {{ $s }} {{ toJson $r }}",
"out": "map[a:true b:2.5 c:2.5 d:s] map[d:s] {\"a\":true,\"b\":2.5,\"c\":2.5,\"d\":\"s\"}"
},
{
"tpl": "{{ $d := dict \"a\" (dict \"x\" 1) \"d\" (dict) \"b\" 1 }}{{ $s := dict \"c\" (dict \"x\" 1) }}{{ $r := mergeOverwrite $d $s (dict \"c\" \"s\") }}{{ $r }} {{ $s }} {{ toJson $r }}",
"out": "map[a:map[x:1] b:1 c:s d:map[]] map[c:map[x:1]] {\"a\":{\"x\":1},\"b\":1,\"c\":\"s\",\"d\":{}}"
},
{
"tpl": "{{ $d := dict \"a\" false }}{{ $s := dict \"b\" 2.5 \"c\" false \"a\" (dict) }}{{ $r := merge $d $s (dict ) }}{{ $r }} {{ $s }} {{ toJson $r }}",
"out": "map[a:map[] b:2.5 c:false] map[a:map[] b:2.5 c:false] {\"a\":{},\"b\":2.5,\"c\":false}"
},
{
"tpl": "{{ $d := dict  }}{{ $s := dict \"c\" (list) }}{{ $r := merge $d $s (dict \"a\" 2.5) }}{{ $r }} {{ $s }} {{ toJson $r }}",
"out": "map[a:2.5 c:[]] map[c:[]] {\"a\":2.5,\"c\":[]}"
},
{
"tpl": "{{ $d := dict \"a\" nil \"d\" nil \"b\" true }}{{ $s := dict \"a\" 2.5 \"c\" (dict \"x\" 1) \"b\" 0 }}{{ $r := mergeOverwrite $d $s (dict \"a\" \"\" \"b\" false) }}{{ $r }} {{ $s }} {{ toJson $r }}",
"out": "map[a: b:false c:map[x:1] d:<nil>] map[a:2.5 b:0 c:map[x:1]] {\"a\":\"\",\"b\":false,\"c\":{\"x\":1},\"d\":null}"
},
{
"tpl": "{{ $d := dict \"d\" (list 1) }}{{ $s := dict  }}{{ $r := mergeOverwrite $d $s (dict \"d\" false) }}{{ $r }} {{ $s }} {{ toJson $r }}",
"out": "map[d:false] map[] {\"d\":false}"
},
{
"tpl": "{{ $d := dict \"c\" (list) \"b\" (dict \"x\" 1) \"d\" nil }}{{ $s := dict \"c\" 1 \"a\" 2.5 }}{{ $r := merge $d $s (dict ) }}{{ $r }} {{ $s }} {{ toJson $r }}",
"out": "map[a:2.5 b:map[x:1] c:1 d:<nil>] map[a:2.5 c:1] {\"a\":2.5,\"b\":{\"x\":1},\"c\":1,\"d\":null}"
},
{
"tpl": "{{ $d := dict \"d\" 2.5 }}{{ $s := dict \"a\" 1 \"b\" (dict) \"c\" (dict \"y\" (dict \"z\" 2)) }}{{ $r := merge $d $s (dict \"a\" 2.5) }}{{ $r }} {{ $s }} {{ toJson $r }}",
"out": "map[a:1 b:map[] c:map[y:map[z:2]] d:2.5] map[a:1 b:map[] c:map[y:map[z:2]]] {\"a\":1,\"b\":{},\"c\":{\"y\":{\"z\":2}},\"d\":2.5}"
},
{
"tpl": "{{ $d := dict \"d\" 1 \"b\" (list 1) \"a\" 0 }}{{ $s := dict \"b\" 1 \"a\" (dict) \"c\" false }}{{ $r := merge $d $s (dict \"a\" \"s\") }}{{ $r }} {{ $s }} {{ toJson $r }}",
"out": "map[a:s b:[1] c:false d:1] map[a:map[] b:1 c:false] {\"a\":\"s\",\"b\":[1],\"c\":false,\"d\":1}"
},
{
"tpl": "{{ $d := dict \"b\" true \"a\" (list) }}{{ $s := dict \"d\" (list) }}{{ $r := mergeOverwrite $d $s (dict \"c\" (dict) \"d\" (dict \"x\" 1)) }}{{ $r }} {{ $s }} {{ toJson $r }}",
"out": "map[a:[] b:true c:map[] d:map[x:1]] map[d:[]] {\"a\":[],\"b\":true,\"c\":{},\"d\":{\"x\":1}}"
},
{
"tpl": "{{ $d := dict \"b\" (dict \"y\" (dict \"z\" 2)) \"d\" \"\" }}{{ $s := dict \"d\" 0 }}{{ $r := mergeOverwrite $d $s (dict \"c\" (dict) \"d\" true) }}{{ $r }} {{ $s }} {{ toJson $r }}",
"out": "map[b:map[y:map[z:2]] c:map[] d:true] map[d:0] {\"b\":{\"y\":{\"z\":2}},\"c\":{},\"d\":true}"
},
{
"tpl": "{{ $d := dict \"b\" nil \"c\" 2.5 }}{{ $s := dict \"b\" \"s\" }}{{ $r := merge $d $s (dict \"b\" 1 \"c\" (dict \"x\" 1)) }}{{ $r }} {{ $s }} {{ toJson $r }}",
"out": "map[b:s c:2.5] map[b:s] {\"b\":\"s\",\"c\":2.5}"
},
{
"tpl": "{{ $d := dict  }}{{ $s := dict \"c\" 1 \"b\" (dict) }}{{ $r := merge $d $s (dict ) }}{{ $r }} {{ $s }} {{ toJson $r }}",
"out": "map[b:map[] c:1] map[b:map[] c:1] {\"b\":{},\"c\":1}"
},
{
"tpl": "{{ $d := dict \"c\" 0 }}{{ $s := dict  }}{{ $r := mergeOverwrite $d $s (dict \"b\" \"s\" \"c\" (dict \"x\" 1)) }}{{ $r }} {{ $s }} {{ toJson $r }}",
"out": "map[b:s c:map[x:1]] map[] {\"b\":\"s\",\"c\":{\"x\":1}}"
},
{
"tpl": "{{ $d := dict \"d\" true \"b\" true \"a\" (list) }}{{ $s := dict \"a\" 2.5 }}{{ $r := mergeOverwrite $d $s (dict ) }}{{ $r }} {{ $s }} {{ toJson $r }}",
"out": "map[a:2.5 b:true d:true] map[a:2.5] {\"a\":2.5,\"b\":true,\"d\":true}"
},
{
"tpl": "{{ $d := dict \"d\" false }}{{ $s := dict \"d\" true \"a\" \"\" }}{{ $r := merge $d $s (dict \"c\" (list 1) \"b\" 2.5) }}{{ $r }} {{ $s }} {{ toJson $r }}",
"out": "map[a: b:2.5 c:[1] d:true] map[a: d:true] {\"a\":\"\",\"b\":2.5,\"c\":[1],\"d\":true}"
},
{
"tpl": "{{ $d := dict \"c\" (list) \"d\" true \"a\" 0 }}{{ $s := dict  }}{{ $r := mergeOverwrite $d $s (dict \"d\" (dict \"x\" 1)) }}{{ $r }} {{ $s }} {{ toJson $r }}",
"out": "map[a:0 c:[] d:map[x:1]] map[] {\"a\":0,\"c\":[],\"d\":{\"x\":1}}"
},
{
"tpl": "{{ $d := dict \"a\" nil \"d\" \"s\" }}{{ $s := dict  }}{{ $r := mergeOverwrite $d $s (dict \"c\" (dict \"y\" (dict \"z\" 2)) \"b\" 2.5) }}{{ $r }} {{ $s }} {{ toJson $r }}",
"out": "map[a:<nil> b:2.5 c:map[y:map[z:2]] d:s] map[] {\"a\":null,\"b\":2.5,\"c\":{\"y\":{\"z\":2}},\"d\":\"s\"}"
},
{
"tpl": "{{ $d := dict \"b\" true \"a\" (dict \"x\" 1) }}{{ $s := dict \"c\" true \"a\" (dict \"y\" (dict \"z\" 2)) }}{{ $r := mergeOverwrite $d $s (dict \"c\" (list)) }}{{ $r }} {{ $s }} {{ toJson $r }}",
"out": "map[a:map[x:1 y:map[z:2]] b:true c:[]] map[a:map[y:map[z:2]] c:true] {\"a\":{\"x\":1,\"y\":{\"z\":2}},\"b\":true,\"c\":[]}"
},
{
"tpl": "{{ $d := dict \"c\" (dict \"y\" (dict \"z\" 2)) \"a\" (list 1) \"b\" \"s\" }}{{ $s := dict  }}{{ $r := mergeOverwrite $d $s (dict \"c\" 1) }}{{ $r }} {{ $s }} {{ toJson $r }}",
"out": "map[a:[1] b:s c:1] map[] {\"a\":[1],\"b\":\"s\",\"c\":1}"
},
{
"tpl": "{{ $d := dict \"d\" 2.5 \"a\" false \"b\" (list 1) }}{{ $s := dict \"b\" \"\" }}{{ $r := mergeOverwrite $d $s (dict ) }}{{ $r }} {{ $s }} {{ toJson $r }}",
"out": "map[a:false b: d:2.5] map[b:] {\"a\":false,\"b\":\"\",\"d\":2.5}"
},
{
"tpl": "{{ $d := dict \"a\" (list 1) \"d\" 1 }}{{ $s := dict \"c\" 1 }}{{ $r := mergeOverwrite $d $s (dict \"d\" (dict) \"a\" (list 1)) }}{{ $r }} {{ $s }} {{ toJson $r }}",
"out": "map[a:[1] c:1 d:map[]] map[c:1] {\"a\":[1],\"c\":1,\"d\":{}}"
},
{
"tpl": "{{ $d := dict  }}{{ $s := dict \"a\" (dict \"y\" (dict \"z\" 2)) \"b\" 0 }}{{ $r := merge $d $s (dict \"a\" 1) }}{{ $r }} {{ $s }} {{ toJson $r }}",
"out": "map[a:map[y:map[z:2]] b:0] map[a:map[y:map[z:2]] b:0] {\"a\":{\"y\":{\"z\":2}},\"b\":0}"
},
{
"tpl": "{{ $d := dict  }}{{ $s := dict \"b\" (list) \"c\" 2.5 \"a\" (list 1) }}{{ $r := mergeOverwrite $d $s (dict \"d\" false) }}{{ $r }} {{ $s }} {{ toJson $r }}",
"out": "map[a:[1] b:[] c:2.5 d:false] map[a:[1] b:[] c:2.5] {\"a\":[1],\"b\":[],\"c\":2.5,\"d\":false}"
},
{
"tpl": "{{ $d := dict \"c\" \"\" \"d\" (list) }}{{ $s := dict \"a\" false \"c\" 2.5 \"d\" (dict \"x\" 1) }}{{ $r := mergeOverwrite $d $s (dict \"a\" 2.5) }}{{ $r }} {{ $s }} {{ toJson $r }}",
"out": "map[a:2.5 c:2.5 d:map[x:1]] map[a:false c:2.5 d:map[x:1]] {\"a\":2.5,\"c\":2.5,\"d\":{\"x\":1}}"
},
{
"tpl": "{{ $d := dict  }}{{ $s := dict \"a\" (dict \"y\" (dict \"z\" 2)) \"c\" 1 \"b\" 2.5 }}{{ $r := mergeOverwrite $d $s (dict ) }}{{ $r }} {{ $s }} {{ toJson $r }}",
"out": "map[a:map[y:map[z:2]] b:2.5 c:1] map[a:map[y:map[z:2]] b:2.5 c:1] {\"a\":{\"y\":{\"z\":2}},\"b\":2.5,\"c\":1}"
},
{
"tpl": "{{ $d := dict \"b\" (dict \"x\" 1) \"a\" false \"c\" (dict \"x\" 1) }}{{ $s := dict \"c\" \"s\" }}{{ $r := mergeOverwrite $d $s (dict \"d\" (list 1)) }}{{ $r }} {{ $s }} {{ toJson $r }}",
"out": "map[a:false b:map[x:1] c:s d:[1]] map[c:s] {\"a\":false,\"b\":{\"x\":1},\"c\":\"s\",\"d\":[1]}"
},
{
"tpl": "{{ $d := dict \"a\" nil \"b\" (dict \"y\" (dict \"z\" 2)) }}{{ $s := dict  }}{{ $r := merge $d $s (dict \"b\" 2.5) }}{{ $r }} {{ $s }} {{ toJson $r }}",
"out": "map[a:<nil> b:map[y:map[z:2]]] map[] {\"a\":null,\"b\":{\"y\":{\"z\":2}}}"
},
{
"tpl": "{{ $d := dict  }}{{ $s := dict \"a\" 2.5 \"c\" 1 \"b\" true }}{{ $r := merge $d $s (dict ) }}{{ $r }} {{ $s }} {{ toJson $r }}",
"out": "map[a:2.5 b:true c:1] map[a:2.5 b:true c:1] {\"a\":2.5,\"b\":true,\"c\":1}"
},
{
"tpl": "{{ $d := dict \"c\" \"s\" }}{{ $s := dict \"d\" (dict) }}{{ $r := mergeOverwrite $d $s (dict \"b\" \"\" \"d\" nil) }}{{ $r }} {{ $s }} {{ toJson $r }}",
"out": "map[b: c:s d:<nil>] map[d:map[]] {\"b\":\"\",\"c\":\"s\",\"d\":null}"
},
{
"tpl": "{{ $d := dict \"c\" (dict \"x\" 1) }}{{ $s := dict \"c\" true \"b\" (dict \"x\" 1) \"d\" (list 1) }}{{ $r := mergeOverwrite $d $s (dict ) }}{{ $r }} {{ $s }} {{ toJson $r }}",
"out": "map[b:map[x:1] c:true d:[1]] map[b:map[x:1] c:true d:[1]] {\"b\":{\"x\":1},\"c\":true,\"d\":[1]}"
},
{
"tpl": "{{ $d := dict \"d\" 1 }}{{ $s := dict \"b\" 2.5 }}{{ $r := merge $d $s (dict \"c\" 2.5) }}{{ $r }} {{ $s }} {{ toJson $r }}",
"out": "map[b:2.5 c:2.5 d:1] map[b:2.5] {\"b\":2.5,\"c\":2.5,\"d\":1}"
},
{
"tpl": "{{ $d := dict \"a\" (list) }}{{ $s := dict \"d\" (dict \"y\" (dict \"z\" 2)) \"a\" false }}{{ $r := mergeOverwrite $d $s (dict \"b\" \"\" \"d\" 2.5) }}{{ $r }} {{ $s }} {{ toJson $r }}",
"out": "map[a:false b: d:2.5] map[a:false d:map[y:map[z:2]]] {\"a\":false,\"b\":\"\",\"d\":2.5}"
},
{
"tpl": "{{ $d := dict \"c\" 2.5 }}{{ $s := dict \"c\" (list 1) }}{{ $r := merge $d $s (dict \"a\" (dict) \"d\" 2.5) }}{{ $r }} {{ $s }} {{ toJson $r }}",
"out": "map[a:map[] c:2.5 d:2.5] map[c:[1]] {\"a\":{},\"c\":2.5,\"d\":2.5}"
},
{
"tpl": "{{ $d := dict  }}{{ $s := dict \"b\" \"\" }}{{ $r := mergeOverwrite $d $s (dict ) }}{{ $r }} {{ $s }} {{ toJson $r }}",
"out": "map[b:] map[b:] {\"b\":\"\"}"
},
{
"tpl": "{{ $d := dict \"a\" (dict \"y\" (dict \"z\" 2)) \"b\" (list) }}{{ $s := dict  }}{{ $r := mergeOverwrite $d $s (dict \"c\" 2.5 \"a\" \"s\") }}{{ $r }} {{ $s }} {{ toJson $r }}",
"out": "map[a:s b:[] c:2.5] map[] {\"a\":\"s\",\"b\":[],\"c\":2.5}"
},
{
"tpl": "{{ $d := dict \"a\" 2.5 }}{{ $s := dict \"b\" (list 1) \"a\" (list) \"d\" \"\" }}{{ $r := mergeOverwrite $d $s (dict \"c\" nil) }}{{ $r }} {{ $s }} {{ toJson $r }}",
"out": "map[a:[] b:[1] c:<nil> d:] map[a:[] b:[1] d:] {\"a\":[],\"b\":[1],\"c\":null,\"d\":\"\"}"
},
{
"tpl": "{{ $d := dict  }}{{ $s := dict \"d\" (dict \"y\" (dict \"z\" 2)) \"c\" 0 }}{{ $r := merge $d $s (dict \"a\" (dict \"x\" 1)) }}{{ $r }} {{ $s }} {{ toJson $r }}",
"out": "map[a:map[x:1] c:0 d:map[y:map[z:2]]] map[c:0 d:map[y:map[z:2]]] {\"a\":{\"x\":1},\"c\":0,\"d\":{\"y\":{\"z\":2}}}"
},
{
"tpl": "{{ $d := dict  }}{{ $s := dict \"d\" (dict \"x\" 1) \"c\" (list) \"a\" 1 }}{{ $r := mergeOverwrite $d $s (dict \"d\" \"s\") }}{{ $r }} {{ $s }} {{ toJson $r }}",
"out": "map[a:1 c:[] d:s] map[a:1 c:[] d:map[x:1]] {\"a\":1,\"c\":[],\"d\":\"s\"}"
},
{
"tpl": "{{ $d := dict  }}{{ $s := dict \"a\" (dict) \"c\" \"\" \"d\" nil }}{{ $r := mergeOverwrite $d $s (dict \"d\" (dict \"y\" (dict \"z\" 2)) \"c\" nil) }}{{ $r }} {{ $s }} {{ toJson $r }}",
"out": "map[a:map[] c:<nil> d:map[y:map[z:2]]] map[a:map[] c: d:<nil>] {\"a\":{},\"c\":null,\"d\":{\"y\":{\"z\":2}}}"
},
{
"tpl": "{{ $d := dict \"a\" \"s\" \"b\" false \"d\" (dict \"y\" (dict \"z\" 2)) }}{{ $s := dict  }}{{ $r := mergeOverwrite $d $s (dict \"c\" nil) }}{{ $r }} {{ $s }} {{ toJson $r }}",
"out": "map[a:s b:false c:<nil> d:map[y:map[z:2]]] map[] {\"a\":\"s\",\"b\":false,\"c\":null,\"d\":{\"y\":{\"z\":2}}}"
},
{
"tpl": "{{ $d := dict \"d\" 0 \"b\" 0 }}{{ $s := dict \"a\" \"\" }}{{ $r := merge $d $s (dict \"b\" \"s\" \"a\" false) }}{{ $r }} {{ $s }} {{ toJson $r }}",
"out": "map[a:false b:s d:0] map[a:] {\"a\":false,\"b\":\"s\",\"d\":0}"
},
{
"tpl": "{{ $d := dict \"a\" 1 \"d\" \"\" \"c\" 0 }}{{ $s := dict \"d\" false \"a\" (list 1) \"b\" \"\" }}{{ $r := mergeOverwrite $d $s (dict \"b\" (dict \"y\" (dict \"z\" 2)) \"a\" false) }}{{ $r }} {{ $s }} {{ toJson $r }}",
"out": "map[a:false b:map[y:map[z:2]] c:0 d:false] map[a:[1] b: d:false] {\"a\":false,\"b\":{\"y\":{\"z\":2}},\"c\":0,\"d\":false}"
},
{
"tpl": "{{ $d := dict \"d\" 1 \"c\" (dict \"y\" (dict \"z\" 2)) }}{{ $s := dict \"c\" nil \"a\" true \"d\" \"s\" }}{{ $r := mergeOverwrite $d $s (dict \"c\" (dict \"x\" 1)) }}{{ $r }} {{ $s }} {{ toJson $r }}",
"out": "map[a:true c:map[x:1] d:s] map[a:true c:<nil> d:s] {\"a\":true,\"c\":{\"x\":1},\"d\":\"s\"}"
},
{
"tpl": "{{ $d := dict  }}{{ $s := dict \"b\" 2.5 \"c\" nil \"d\" 0 }}{{ $r := mergeOverwrite $d $s (dict \"b\" 2.5 \"d\" (list 1)) }}{{ $r }} {{ $s }} {{ toJson $r }}",
"out": "map[b:2.5 c:<nil> d:[1]] map[b:2.5 c:<nil> d:0] {\"b\":2.5,\"c\":null,\"d\":[1]}"
},
{
"tpl": "{{ $d := dict \"c\" (dict) }}{{ $s := dict \"b\" (list 1) }}{{ $r := merge $d $s (dict \"b\" 1 \"c\" (dict \"x\" 1)) }}{{ $r }} {{ $s }} {{ toJson $r }}",
"out": "map[b:[1] c:map[x:1]] map[b:[1]] {\"b\":[1],\"c\":{\"x\":1}}"
},
{
"tpl": "{{ $d := dict  }}{{ $s := dict \"b\" (list) }}{{ $r := merge $d $s (dict \"d\" true \"c\" true) }}{{ $r }} {{ $s }} {{ toJson $r }}",
"out": "map[b:[] c:true d:true] map[b:[]] {\"b\":[],\"c\":true,\"d\":true}"
},
{
"tpl": "{{ $d := dict \"c\" 0 \"b\" (list) }}{{ $s := dict \"b\" (dict) }}{{ $r := mergeOverwrite $d $s (dict \"a\" nil \"c\" \"\") }}{{ $r }} {{ $s }} {{ toJson $r }}",
"out": "map[a:<nil> b:map[] c:] map[b:map[]] {\"a\":null,\"b\":{},\"c\":\"\"}"
},
{
"tpl": "{{ $d := dict \"a\" 1 }}{{ $s := dict \"c\" 2.5 \"a\" (dict) }}{{ $r := merge $d $s (dict \"b\" \"\") }}{{ $r }} {{ $s }} {{ toJson $r }}",
"out": "map[a:1 b: c:2.5] map[a:map[] c:2.5] {\"a\":1,\"b\":\"\",\"c\":2.5}"
},
{
"tpl": "{{ $d := dict \"a\" 2.5 \"b\" (dict \"x\" 1) \"d\" \"\" }}{{ $s := dict \"d\" (dict) \"c\" (dict \"x\" 1) }}{{ $r := merge $d $s (dict ) }}{{ $r }} {{ $s }} {{ toJson $r }}",
"out": "map[a:2.5 b:map[x:1] c:map[x:1] d:map[]] map[c:map[x:1] d:map[]] {\"a\":2.5,\"b\":{\"x\":1},\"c\":{\"x\":1},\"d\":{}}"
},
{
"tpl": "{{ $d := dict \"d\" (list) }}{{ $s := dict  }}{{ $r := mergeOverwrite $d $s (dict ) }}{{ $r }} {{ $s }} {{ toJson $r }}",
"out": "map[d:[]] map[] {\"d\":[]}"
},
{
"tpl": "{{ $d := dict  }}{{ $s := dict \"b\" nil \"d\" \"s\" \"a\" (dict) }}{{ $r := merge $d $s (dict \"a\" (dict \"x\" 1)) }}{{ $r }} {{ $s }} {{ toJson $r }}",
"out": "map[a:map[x:1] d:s] map[a:map[x:1] b:<nil> d:s] {\"a\":{\"x\":1},\"d\":\"s\"}"
},
{
"tpl": "{{ $d := dict \"d\" (list) }}{{ $s := dict  }}{{ $r := mergeOverwrite $d $s (dict \"c\" false) }}{{ $r }} {{ $s }} {{ toJson $r }}",
"out": "map[c:false d:[]] map[] {\"c\":false,\"d\":[]}"
},
{
"tpl": "{{ $d := dict \"d\" (dict \"y\" (dict \"z\" 2)) \"b\" false }}{{ $s := dict \"a\" (list 1) \"c\" true \"d\" (list 1) }}{{ $r := merge $d $s (dict \"d\" 1 \"b\" true) }}{{ $r }} {{ $s }} {{ toJson $r }}",
"out": "map[a:[1] b:true c:true d:map[y:map[z:2]]] map[a:[1] c:true d:[1]] {\"a\":[1],\"b\":true,\"c\":true,\"d\":{\"y\":{\"z\":2}}}"
},
{
"tpl": "{{ $d := dict \"d\" false \"c\" (dict) }}{{ $s := dict \"c\" 0 \"d\" \"s\" }}{{ $r := mergeOverwrite $d $s (dict ) }}{{ $r }} {{ $s }} {{ toJson $r }}",
"out": "map[c:0 d:s] map[c:0 d:s] {\"c\":0,\"d\":\"s\"}"
},
{
"tpl": "{{ $d := dict \"d\" 1 }}{{ $s := dict \"a\" (list 1) \"c\" nil \"d\" (dict \"x\" 1) }}{{ $r := mergeOverwrite $d $s (dict \"b\" 0) }}{{ $r }} {{ $s }} {{ toJson $r }}",
"out": "map[a:[1] b:0 c:<nil> d:map[x:1]] map[a:[1] c:<nil> d:map[x:1]] {\"a\":[1],\"b\":0,\"c\":null,\"d\":{\"x\":1}}"
},
{
"tpl": "{{ $d := dict \"b\" (dict) \"a\" 0 \"d\" 0 }}{{ $s := dict  }}{{ $r := mergeOverwrite $d $s (dict \"b\" (list 1) \"a\" (dict)) }}{{ $r }} {{ $s }} {{ toJson $r }}",
"out": "map[a:map[] b:[1] d:0] map[] {\"a\":{},\"b\":[1],\"d\":0}"
},
{
"tpl": "{{ $d := dict  }}{{ $s := dict \"b\" nil \"c\" 1 }}{{ $r := mergeOverwrite $d $s (dict \"b\" 0) }}{{ $r }} {{ $s }} {{ toJson $r }}",
"out": "map[b:0 c:1] map[b:<nil> c:1] {\"b\":0,\"c\":1}"
},
{
"tpl": "{{ $d := dict \"d\" (dict \"y\" (dict \"z\" 2)) \"a\" (dict) \"b\" \"s\" }}{{ $s := dict  }}{{ $r := mergeOverwrite $d $s (dict \"a\" (list)) }}{{ $r }} {{ $s }} {{ toJson $r }}",
"out": "map[a:[] b:s d:map[y:map[z:2]]] map[] {\"a\":[],\"b\":\"s\",\"d\":{\"y\":{\"z\":2}}}"
},
{
"tpl": "{{ $d := dict \"c\" \"\" \"b\" 2.5 }}{{ $s := dict \"b\" (dict \"y\" (dict \"z\" 2)) \"a\" 1 \"d\" \"s\" }}{{ $r := merge $d $s (dict \"c\" (list)) }}{{ $r }} {{ $s }} {{ toJson $r }}",
"out": "map[a:1 b:2.5 c:[] d:s] map[a:1 b:map[y:map[z:2]] d:s] {\"a\":1,\"b\":2.5,\"c\":[],\"d\":\"s\"}"
},
{
"tpl": "{{ $d := dict \"b\" (list 1) }}{{ $s := dict \"b\" 1 }}{{ $r := mergeOverwrite $d $s (dict \"a\" (dict \"y\" (dict \"z\" 2)) \"b\" true) }}{{ $r }} {{ $s }} {{ toJson $r }}",
"out": "map[a:map[y:map[z:2]] b:true] map[b:1] {\"a\":{\"y\":{\"z\":2}},\"b\":true}"
},
{
"tpl": "{{ $d := dict \"b\" false \"d\" 0 \"c\" \"\" }}{{ $s := dict \"c\" 0 }}{{ $r := merge $d $s (dict \"b\" \"\" \"d\" (dict \"y\" (dict \"z\" 2))) }}{{ $r }} {{ $s }} {{ toJson $r }}",
"out": "map[b: c:0 d:map[y:map[z:2]]] map[c:0] {\"b\":\"\",\"c\":0,\"d\":{\"y\":{\"z\":2}}}"
},
{
"tpl": "{{ $d := dict \"c\" 2.5 \"b\" (dict \"x\" 1) }}{{ $s := dict  }}{{ $r := merge $d $s (dict \"b\" \"\" \"d\" (dict \"x\" 1)) }}{{ $r }} {{ $s }} {{ toJson $r }}",
"out": "map[b:map[x:1] c:2.5 d:map[x:1]] map[] {\"b\":{\"x\":1},\"c\":2.5,\"d\":{\"x\":1}}"
},
{
"tpl": "{{ $d := dict \"b\" (dict \"x\" 1) \"c\" 0 }}{{ $s := dict \"a\" (list 1) \"b\" 1 \"d\" 1 }}{{ $r := merge $d $s (dict \"c\" nil \"d\" false) }}{{ $r }} {{ $s }} {{ toJson $r }}",
"out": "map[a:[1] b:map[x:1] c:0 d:1] map[a:[1] b:1 d:1] {\"a\":[1],\"b\":{\"x\":1},\"c\":0,\"d\":1}"
},
{
"tpl": "{{ $d := dict \"c\" 2.5 }}{{ $s := dict \"b\" \"\" }}{{ $r := merge $d $s (dict \"a\" \"\") }}{{ $r }} {{ $s }} {{ toJson $r }}",
"out": "map[a: b: c:2.5] map[b:] {\"a\":\"\",\"b\":\"\",\"c\":2.5}"
},
{
"tpl": "{{ $d := dict  }}{{ $s := dict \"d\" 1 \"a\" \"\" \"b\" 0 }}{{ $r := merge $d $s (dict \"c\" (dict \"x\" 1) \"b\" (list)) }}{{ $r }} {{ $s }} {{ toJson $r }}",
"out": "map[a: b:[] c:map[x:1] d:1] map[a: b:0 d:1] {\"a\":\"\",\"b\":[],\"c\":{\"x\":1},\"d\":1}"
},
{
"tpl": "{{ $d := dict \"b\" 2.5 \"c\" 2.5 }}{{ $s := dict \"a\" (dict) }}{{ $r := mergeOverwrite $d $s (dict \"b\" (dict \"x\" 1)) }}{{ $r }} {{ $s }} {{ toJson $r }}",
"out": "map[a:map[] b:map[x:1] c:2.5] map[a:map[]] {\"a\":{},\"b\":{\"x\":1},\"c\":2.5}"
},
{
"tpl": "{{ $d := dict \"b\" (list) \"d\" (list 1) }}{{ $s := dict \"d\" nil }}{{ $r := merge $d $s (dict ) }}{{ $r }} {{ $s }} {{ toJson $r }}",
"out": "map[b:[] d:[1]] map[d:<nil>] {\"b\":[],\"d\":[1]}"
},
{
"tpl": "{{ $d := dict  }}{{ $s := dict \"b\" (dict) \"d\" 1 \"a\" (dict) }}{{ $r := mergeOverwrite $d $s (dict \"d\" (list 1)) }}{{ $r }} {{ $s }} {{ toJson $r }}",
"out": "map[a:map[] b:map[] d:[1]] map[a:map[] b:map[] d:1] {\"a\":{},\"b\":{},\"d\":[1]}"
},
{
"tpl": "{{ $d := dict \"a\" 0 \"d\" \"\" }}{{ $s := dict \"b\" 1 }}{{ $r := mergeOverwrite $d $s (dict \"d\" 1) }}{{ $r }} {{ $s }} {{ toJson $r }}",
"out": "map[a:0 b:1 d:1] map[b:1] {\"a\":0,\"b\":1,\"d\":1}"
},
{
"tpl": "{{ $d := dict \"d\" (dict \"x\" 1) \"a\" (list 1) }}{{ $s := dict \"d\" nil }}{{ $r := merge $d $s (dict ) }}{{ $r }} {{ $s }} {{ toJson $r }}",
"out": "map[a:[1] d:map[x:1]] map[d:<nil>] {\"a\":[1],\"d\":{\"x\":1}}"
},
{
"tpl": "{{ $d := dict \"d\" false \"a\" (list) \"b\" true }}{{ $s := dict \"a\" \"\" }}{{ $r := mergeOverwrite $d $s (dict \"b\" \"\") }}{{ $r }} {{ $s }} {{ toJson $r }}",
"out": "map[a: b: d:false] map[a:] {\"a\":\"\",\"b\":\"\",\"d\":false}"
},
{
"tpl": "{{ $d := dict  }}{{ $s := dict  }}{{ $r := mergeOverwrite $d $s (dict ) }}{{ $r }} {{ $s }} {{ toJson $r }}",
"out": "map[] map[] {}"
},
{
"tpl": "{{ $d := dict \"a\" false }}{{ $s := dict \"d\" 0 \"b\" 1 }}{{ $r := merge $d $s (dict \"b\" nil \"d\" 0) }}{{ $r }} {{ $s }} {{ toJson $r }}",
"out": "map[a:false b:1 d:0] map[b:1 d:0] {\"a\":false,\"b\":1,\"d\":0}"
},
{
"tpl": "{{ $d := dict \"d\" true \"a\" nil \"c\" true }}{{ $s := dict \"a\" \"\" }}{{ $r := mergeOverwrite $d $s (dict \"a\" (dict \"y\" (dict \"z\" 2))) }}{{ $r }} {{ $s }} {{ toJson $r }}",
"out": "map[a:map[y:map[z:2]] c:true d:true] map[a:] {\"a\":{\"y\":{\"z\":2}},\"c\":true,\"d\":true}"
},
{
"tpl": "{{ $d := dict \"d\" false }}{{ $s := dict \"d\" false }}{{ $r := merge $d $s (dict ) }}{{ $r }} {{ $s }} {{ toJson $r }}",
"out": "map[d:false] map[d:false] {\"d\":false}"
},
{
"tpl": "{{ $d := dict \"c\" 2.5 \"a\" (list 1) \"d\" 2.5 }}{{ $s := dict \"d\" \"s\" }}{{ $r := mergeOverwrite $d $s (dict \"b\" (dict)) }}{{ $r }} {{ $s }} {{ toJson $r }}",
"out": "map[a:[1] b:map[] c:2.5 d:s] map[d:s] {\"a\":[1],\"b\":{},\"c\":2.5,\"d\":\"s\"}"
},
{
"tpl": "{{ $d := dict \"d\" (list) \"b\" (dict \"x\" 1) }}{{ $s := dict \"d\" \"s\" }}{{ $r := mergeOverwrite $d $s (dict \"d\" 0 \"b\" 1) }}{{ $r }} {{ $s }} {{ toJson $r }}",
"out": "map[b:1 d:0] map[d:s] {\"b\":1,\"d\":0}"
},
{
"tpl": "{{ $d := dict \"c\" 1 \"d\" (list 1) }}{{ $s := dict \"c\" (list 1) }}{{ $r := merge $d $s (dict \"b\" nil) }}{{ $r }} {{ $s }} {{ toJson $r }}",
"out": "map[c:1 d:[1]] map[c:[1]] {\"c\":1,\"d\":[1]}"
},
{
"tpl": "{{ $d := dict \"a\" (dict \"y\" (dict \"z\" 2)) \"d\" 2.5 }}{{ $s := dict \"b\" (dict \"y\" (dict \"z\" 2)) \"a\" 0 }}{{ $r := mergeOverwrite $d $s (dict ) }}{{ $r }} {{ $s }} {{ toJson $r }}",
"out": "map[a:0 b:map[y:map[z:2]] d:2.5] map[a:0 b:map[y:map[z:2]]] {\"a\":0,\"b\":{\"y\":{\"z\":2}},\"d\":2.5}"
},
{
"tpl": "{{ $d := dict \"d\" true \"a\" nil \"b\" 2.5 }}{{ $s := dict  }}{{ $r := merge $d $s (dict \"d\" (dict)) }}{{ $r }} {{ $s }} {{ toJson $r }}",
"out": "map[a:<nil> b:2.5 d:true] map[] {\"a\":null,\"b\":2.5,\"d\":true}"
},
{
"tpl": "{{ $d := dict \"a\" (list 1) \"d\" (dict) \"c\" \"\" }}{{ $s := dict  }}{{ $r := mergeOverwrite $d $s (dict ) }}{{ $r }} {{ $s }} {{ toJson $r }}",
"out": "map[a:[1] c: d:map[]] map[] {\"a\":[1],\"c\":\"\",\"d\":{}}"
},
{
"tpl": "{{ $d := dict \"d\" (list 1) \"b\" (dict \"y\" (dict \"z\" 2)) \"a\" (list 1) }}{{ $s := dict \"c\" (list) \"d\" (dict \"x\" 1) }}{{ $r := mergeOverwrite $d $s (dict \"b\" \"s\") }}{{ $r }} {{ $s }} {{ toJson $r }}",
"out": "map[a:[1] b:s c:[] d:map[x:1]] map[c:[] d:map[x:1]] {\"a\":[1],\"b\":\"s\",\"c\":[],\"d\":{\"x\":1}}"
},
{
"tpl": "{{ $d := dict \"d\" (list 1) \"a\" true \"b\" \"s\" }}{{ $s := dict  }}{{ $r := merge $d $s (dict \"c\" true) }}{{ $r }} {{ $s }} {{ toJson $r }}",
"out": "map[a:true b:s c:true d:[1]] map[] {\"a\":true,\"b\":\"s\",\"c\":true,\"d\":[1]}"
},
{
"tpl": "{{ $d := dict \"a\" 1 }}{{ $s := dict \"a\" (dict \"x\" 1) \"c\" (dict \"x\" 1) \"b\" 0 }}{{ $r := mergeOverwrite $d $s (dict ) }}{{ $r }} {{ $s }} {{ toJson $r }}",
"out": "map[a:map[x:1] b:0 c:map[x:1]] map[a:map[x:1] b:0 c:map[x:1]] {\"a\":{\"x\":1},\"b\":0,\"c\":{\"x\":1}}"
},
{
"tpl": "{{ $d := dict  }}{{ $s := dict \"b\" nil \"c\" 0 }}{{ $r := mergeOverwrite $d $s (dict \"a\" false) }}{{ $r }} {{ $s }} {{ toJson $r }}",
"out": "map[a:false b:<nil> c:0] map[b:<nil> c:0] {\"a\":false,\"b\":null,\"c\":0}"
},
{
"tpl": "{{ $d := dict  }}{{ $s := dict \"d\" (list) \"b\" (dict \"y\" (dict \"z\" 2)) \"c\" nil }}{{ $r := merge $d $s (dict ) }}{{ $r }} {{ $s }} {{ toJson $r }}",
"out": "map[b:map[y:map[z:2]] d:[]] map[b:map[y:map[z:2]] c:<nil> d:[]] {\"b\":{\"y\":{\"z\":2}},\"d\":[]}"
},
{
"tpl": "{{ $d := dict \"b\" true \"d\" (dict \"x\" 1) \"a\" (dict \"y\" (dict \"z\" 2)) }}{{ $s := dict \"a\" (dict \"y\" (dict \"z\" 2)) }}{{ $r := merge $d $s (dict \"d\" 2.5) }}{{ $r }} {{ $s }} {{ toJson $r }}",
"out": "map[a:map[y:map[z:2]] b:true d:map[x:1]] map[a:map[y:map[z:2]]] {\"a\":{\"y\":{\"z\":2}},\"b\":true,\"d\":{\"x\":1}}"
},
{
"tpl": "{{ $d := dict \"c\" (dict \"y\" (dict \"z\" 2)) \"d\" 1 \"b\" false }}{{ $s := dict  }}{{ $r := mergeOverwrite $d $s (dict \"a\" false) }}{{ $r }} {{ $s }} {{ toJson $r }}",
"out": "map[a:false b:false c:map[y:map[z:2]] d:1] map[] {\"a\":false,\"b\":false,\"c\":{\"y\":{\"z\":2}},\"d\":1}"
},
{
"tpl": "{{ $d := dict  }}{{ $s := dict \"d\" (list) \"c\" (dict \"y\" (dict \"z\" 2)) \"b\" true }}{{ $r := merge $d $s (dict \"a\" 1) }}{{ $r }} {{ $s }} {{ toJson $r }}",
"out": "map[a:1 b:true c:map[y:map[z:2]] d:[]] map[b:true c:map[y:map[z:2]] d:[]] {\"a\":1,\"b\":true,\"c\":{\"y\":{\"z\":2}},\"d\":[]}"
},
{
"tpl": "{{ $d := dict \"c\" (dict) \"b\" nil }}{{ $s := dict \"b\" (list) \"c\" false }}{{ $r := merge $d $s (dict \"c\" 1 \"b\" (dict)) }}{{ $r }} {{ $s }} {{ toJson $r }}",
"out": "map[b:map[] c:1] map[b:[] c:false] {\"b\":{},\"c\":1}"
},
{
"tpl": "{{ $d := dict  }}{{ $s := dict  }}{{ $r := mergeOverwrite $d $s (dict \"d\" false \"c\" 0) }}{{ $r }} {{ $s }} {{ toJson $r }}",
"out": "map[c:0 d:false] map[] {\"c\":0,\"d\":false}"
},
{
"tpl": "{{ $d := dict  }}{{ $s := dict \"d\" 1 \"b\" 2.5 \"c\" \"\" }}{{ $r := mergeOverwrite $d $s (dict \"c\" (list) \"b\" true) }}{{ $r }} {{ $s }} {{ toJson $r }}",
"out": "map[b:true c:[] d:1] map[b:2.5 c: d:1] {\"b\":true,\"c\":[],\"d\":1}"
},
{
"tpl": "{{ $d := dict  }}{{ $s := dict \"b\" nil }}{{ $r := mergeOverwrite $d $s (dict ) }}{{ $r }} {{ $s }} {{ toJson $r }}",
"out": "map[b:<nil>] map[b:<nil>] {\"b\":null}"
},
{
"tpl": "{{ $d := dict \"b\" (list 1) }}{{ $s := dict  }}{{ $r := mergeOverwrite $d $s (dict \"d\" \"s\" \"a\" (list 1)) }}{{ $r }} {{ $s }} {{ toJson $r }}",
"out": "map[a:[1] b:[1] d:s] map[] {\"a\":[1],\"b\":[1],\"d\":\"s\"}"
},
{
"tpl": "{{ $d := dict  }}{{ $s := dict \"c\" 0 \"b\" 1 }}{{ $r := mergeOverwrite $d $s (dict \"b\" (dict \"y\" (dict \"z\" 2))) }}{{ $r }} {{ $s }} {{ toJson $r }}",
"out": "map[b:map[y:map[z:2]] c:0] map[b:1 c:0] {\"b\":{\"y\":{\"z\":2}},\"c\":0}"
},
{
"tpl": "{{ $d := dict \"b\" \"\" }}{{ $s := dict \"c\" (dict) }}{{ $r := mergeOverwrite $d $s (dict \"d\" nil \"c\" true) }}{{ $r }} {{ $s }} {{ toJson $r }}",
"out": "map[b: c:true d:<nil>] map[c:map[]] {\"b\":\"\",\"c\":true,\"d\":null}"
},
{
"tpl": "{{ $d := dict \"c\" (dict \"x\" 1) \"d\" (list 1) }}{{ $s := dict \"b\" true \"c\" true \"a\" (dict \"y\" (dict \"z\" 2)) }}{{ $r := merge $d $s (dict ) }}{{ $r }} {{ $s }} {{ toJson $r }}",
"out": "map[a:map[y:map[z:2]] b:true c:map[x:1] d:[1]] map[a:map[y:map[z:2]] b:true c:true] {\"a\":{\"y\":{\"z\":2}},\"b\":true,\"c\":{\"x\":1},\"d\":[1]}"
},
{
"tpl": "{{ $d := dict  }}{{ $s := dict  }}{{ $r := mergeOverwrite $d $s (dict ) }}{{ $r }} {{ $s }} {{ toJson $r }}",
"out": "map[] map[] {}"
},
{
"tpl": "{{ $d := dict  }}{{ $s := dict \"d\" (dict) \"a\" false \"c\" (list) }}{{ $r := mergeOverwrite $d $s (dict ) }}{{ $r }} {{ $s }} {{ toJson $r }}",
"out": "map[a:false c:[] d:map[]] map[a:false c:[] d:map[]] {\"a\":false,\"c\":[],\"d\":{}}"
},
{
"tpl": "{{ printf \"%v\" .m }}",
"out": "map[a:1 b:2 c:map[d:deep] z:1]"
},
{
"tpl": "{{ printf \"%v\" .list }}",
"out": "[a b c]"
},
{
"tpl": "{{ printf \"%v\" .nums }}",
"out": "[1 2 3]"
},
{
"tpl": "{{ printf \"%v\" (dict \"a\" (list 1 \"x\" nil 2.5)) }}",
"out": "map[a:[1 x <nil> 2.5]]"
},
{
"tpl": "{{ printf \"%v\" (list .m .list) }}",
"out": "[map[a:1 b:2 c:map[d:deep] z:1] [a b c]]"
},
{
"tpl": "{{ printf \"%v\" .uni }}",
"out": "h\u00e9llo w\u00f6rld \u263a"
},
{
"tpl": "{{ printf \"%v\" .neg }}",
"out": "-2.5"
},
{
"tpl": "{{ printf \"%v\" .b }}",
"out": "true"
},
{
"tpl": "{{ printf \"%v\" nil }}",
"out": "<nil>"
},
{
"tpl": "{{ printf \"%5v\" .m }}",
"out": "map[    a:    1     b:    2     c:map[    d: deep]     z:    1]"
},
{
"tpl": "{{ printf \"%5v\" .list }}",
"out": "[    a     b     c]"
},
{
"tpl": "{{ printf \"%5v\" .nums }}",
"out": "[    1     2     3]"
},
{
"tpl": "{{ printf \"%5v\" (dict \"a\" (list 1 \"x\" nil 2.5)) }}",
"out": "map[    a:[    1     x <nil>   2.5]]"
},
{
"tpl": "{{ printf \"%5v\" (list .m .list) }}",
"out": "[map[    a:    1     b:    2     c:map[    d: deep]     z:    1] [    a     b     c]]"
},
{
"tpl": "{{ printf \"%5v\" .uni }}",
"out": "h\u00e9llo w\u00f6rld \u263a"
},
{
"tpl": "{{ printf \"%5v\" .neg }}",
"out": " -2.5"
},
{
"tpl": "{{ printf \"%5v\" .b }}",
"out": " true"
},
{
"tpl": "{{ printf \"%5v\" nil }}",
"out": "<nil>"
},
{
"tpl": "{{ printf \"%-5v|\" .m }}",
"out": "map[a    :1     b    :2     c    :map[d    :deep ] z    :1    ]|"
},
{
"tpl": "{{ printf \"%-5v|\" .list }}",
"out": "[a     b     c    ]|"
},
{
"tpl": "{{ printf \"%-5v|\" .nums }}",
"out": "[1     2     3    ]|"
},
{
"tpl": "{{ printf \"%-5v|\" (dict \"a\" (list 1 \"x\" nil 2.5)) }}",
"out": "map[a    :[1     x     <nil> 2.5  ]]|"
},
{
"tpl": "{{ printf \"%-5v|\" (list .m .list) }}",
"out": "[map[a    :1     b    :2     c    :map[d    :deep ] z    :1    ] [a     b     c    ]]|"
},
{
"tpl": "{{ printf \"%-5v|\" .uni }}",
"out": "h\u00e9llo w\u00f6rld \u263a|"
},
{
"tpl": "{{ printf \"%-5v|\" .neg }}",
"out": "-2.5 |"
},
{
"tpl": "{{ printf \"%-5v|\" .b }}",
"out": "true |"
},
{
"tpl": "{{ printf \"%-5v|\" nil }}",
"out": "<nil>|"
},
{
"tpl": "{{ printf \"%05v\" .m }}",
"out": "map[0000a:00001 0000b:00002 0000c:map[0000d:0deep] 0000z:00001]"
},
{
"tpl": "{{ printf \"%05v\" .list }}",
"out": "[0000a 0000b 0000c]"
},
{
"tpl": "{{ printf \"%05v\" .nums }}",
"out": "[00001 00002 00003]"
},
{
"tpl": "{{ printf \"%05v\" (dict \"a\" (list 1 \"x\" nil 2.5)) }}",
"out": "map[0000a:[00001 0000x <nil> 002.5]]"
},
{
"tpl": "{{ printf \"%05v\" (list .m .list) }}",
"out": "[map[0000a:00001 0000b:00002 0000c:map[0000d:0deep] 0000z:00001] [0000a 0000b 0000c]]"
},
{
"tpl": "{{ printf \"%05v\" .uni }}",
"out": "h\u00e9llo w\u00f6rld \u263a"
},
{
"tpl": "{{ printf \"%05v\" .neg }}",
"out": "-02.5"
},
{
"tpl": "{{ printf \"%05v\" .b }}",
"out": "0true"
},
{
"tpl": "{{ printf \"%05v\" nil }}",
"out": "<nil>"
},
{
"tpl": "{{ printf \"%+v\" .m }}",
"out": "map[a:1 b:2 c:map[d:deep] z:1]"
},
{
"tpl": "{{ printf \"%+v\" .list }}",
"out": "[a b c]"
},
{
"tpl": "{{ printf \"%+v\" .nums }}",
"out": "[1 2 3]"
},
{
"tpl": "{{ printf \"%+v\" (dict \"a\" (list 1 \"x\" nil 2.5)) }}",
"out": "map[a:[1 x <nil> 2.5]]"
},
{
"tpl": "{{ printf \"%+v\" (list .m .list) }}",
"out": "[map[a:1 b:2 c:map[d:deep] z:1] [a b c]]"
},
{
"tpl": "{{ printf \"%+v\" .uni }}",
"out": "h\u00e9llo w\u00f6rld \u263a"
},
{
"tpl": "{{ printf \"%+v\" .neg }}",
"out": "-2.5"
},
{
"tpl": "{{ printf \"%+v\" .b }}",
"out": "true"
},
{
"tpl": "{{ printf \"%+v\" nil }}",
"out": "<nil>"
},
{
"tpl": "{{ printf \"%#v\" .m }}",
"out": "map[string]interface {}{\"a\":1, \"b\":2, \"c\":map[string]interface {}{\"d\":\"deep\"}, \"z\":1}"
},
{
"tpl": "{{ printf \"%#v\" .list }}",
"out": "[]interface {}{\"a\", \"b\", \"c\"}"
},
{
"tpl": "{{ printf \"%#v\" .nums }}",
"out": "[]interface {}{1, 2, 3}"
},
{
"tpl": "{{ printf \"%#v\" (dict \"a\" (list 1 \"x\" nil 2.5)) }}",
"out": "map[string]interface {}{\"a\":[]interface {}{1, \"x\", interface {}(nil), 2.5}}"
},
{
"tpl": "{{ printf \"%#v\" (list .m .list) }}",
"out": "[]interface {}{map[string]interface {}{\"a\":1, \"b\":2, \"c\":map[string]interface {}{\"d\":\"deep\"}, \"z\":1}, []interface {}{\"a\", \"b\", \"c\"}}"
},
{
"tpl": "{{ printf \"%#v\" .uni }}",
"out": "\"h\u00e9llo w\u00f6rld \u263a\""
},
{
"tpl": "{{ printf \"%#v\" .neg }}",
"out": "-2.5"
},
{
"tpl": "{{ printf \"%#v\" .b }}",
"out": "true"
},
{
"tpl": "{{ printf \"%#v\" nil }}",
"out": "<nil>"
},
{
"tpl": "{{ printf \"%q\" .m }}",
"out": "map[\"a\":%!q(float64=1) \"b\":%!q(float64=2) \"c\":map[\"d\":\"deep\"] \"z\":'\\x01']"
},
{
"tpl": "{{ printf \"%q\" .list }}",
"out": "[\"a\" \"b\" \"c\"]"
},
{
"tpl": "{{ printf \"%q\" .nums }}",
"out": "[%!q(float64=1) %!q(float64=2) %!q(float64=3)]"
},
{
"tpl": "{{ printf \"%q\" (dict \"a\" (list 1 \"x\" nil 2.5)) }}",
"out": "map[\"a\":['\\x01' \"x\" <nil> %!q(float64=2.5)]]"
},
{
"tpl": "{{ printf \"%q\" (list .m .list) }}",
"out": "[map[\"a\":%!q(float64=1) \"b\":%!q(float64=2) \"c\":map[\"d\":\"deep\"] \"z\":'\\x01'] [\"a\" \"b\" \"c\"]]"
},
{
"tpl": "{{ printf \"%q\" .uni }}",
"out": "\"h\u00e9llo w\u00f6rld \u263a\""
},
{
"tpl": "{{ printf \"%q\" .neg }}",
"out": "%!q(float64=-2.5)"
},
{
"tpl": "{{ printf \"%q\" .b }}",
"out": "%!q(bool=true)"
},
{
"tpl": "{{ printf \"%q\" nil }}",
"out": "%!q(<nil>)"
},
{
"tpl": "{{ printf \"%x\" .m }}",
"out": "map[61:0x1p+00 62:0x1p+01 63:map[64:64656570] 7a:1]"
},
{
"tpl": "{{ printf \"%x\" .list }}",
"out": "[61 62 63]"
},
{
"tpl": "{{ printf \"%x\" .nums }}",
"out": "[0x1p+00 0x1p+01 0x1.8p+01]"
},
{
"tpl": "{{ printf \"%x\" (dict \"a\" (list 1 \"x\" nil 2.5)) }}",
"out": "map[61:[1 78 <nil> 0x1.4p+01]]"
},
{
"tpl": "{{ printf \"%x\" (list .m .list) }}",
"out": "[map[61:0x1p+00 62:0x1p+01 63:map[64:64656570] 7a:1] [61 62 63]]"
},
{
"tpl": "{{ printf \"%x\" .uni }}",
"out": "68c3a96c6c6f2077c3b6726c6420e298ba"
},
{
"tpl": "{{ printf \"%x\" .neg }}",
"out": "-0x1.4p+01"
},
{
"tpl": "{{ printf \"%x\" .b }}",
"out": "%!x(bool=true)"
},
{
"tpl": "{{ printf \"%x\" nil }}",
"out": "%!x(<nil>)"
},
{
"tpl": "{{ printf \"%d\" .m }}",
"out": "map[%!d(string=a):%!d(float64=1) %!d(string=b):%!d(float64=2) %!d(string=c):map[%!d(string=d):%!d(string=deep)] %!d(string=z):1]"
},
{
"tpl": "{{ printf \"%d\" .list }}",
"out": "[%!d(string=a) %!d(string=b) %!d(string=c)]"
},
{
"tpl": "{{ printf \"%d\" .nums }}",
"out": "[%!d(float64=1) %!d(float64=2) %!d(float64=3)]"
},
{
"tpl": "{{ printf \"%d\" (dict \"a\" (list 1 \"x\" nil 2.5)) }}",
"out": "map[%!d(string=a):[1 %!d(string=x) <nil> %!d(float64=2.5)]]"
},
{
"tpl": "{{ printf \"%d\" (list .m .list) }}",
"out": "[map[%!d(string=a):%!d(float64=1) %!d(string=b):%!d(float64=2) %!d(string=c):map[%!d(string=d):%!d(string=deep)] %!d(string=z):1] [%!d(string=a) %!d(string=b) %!d(string=c)]]"
},
{
"tpl": "{{ printf \"%d\" .uni }}",
"out": "%!d(string=h\u00e9llo w\u00f6rld \u263a)"
},
{
"tpl": "{{ printf \"%d\" .neg }}",
"out": "%!d(float64=-2.5)"
},
{
"tpl": "{{ printf \"%d\" .b }}",
"out": "%!d(bool=true)"
},
{
"tpl": "{{ printf \"%d\" nil }}",
"out": "%!d(<nil>)"
},
{
"tpl": "{{ printf \"%s\" .m }}",
"out": "map[a:%!s(float64=1) b:%!s(float64=2) c:map[d:deep] z:%!s(int=1)]"
},
{
"tpl": "{{ printf \"%s\" .list }}",
"out": "[a b c]"
},
{
"tpl": "{{ printf \"%s\" .nums }}",
"out": "[%!s(float64=1) %!s(float64=2) %!s(float64=3)]"
},
{
"tpl": "{{ printf \"%s\" (dict \"a\" (list 1 \"x\" nil 2.5)) }}",
"out": "map[a:[%!s(int=1) x <nil> %!s(float64=2.5)]]"
},
{
"tpl": "{{ printf \"%s\" (list .m .list) }}",
"out": "[map[a:%!s(float64=1) b:%!s(float64=2) c:map[d:deep] z:%!s(int=1)] [a b c]]"
},
{
"tpl": "{{ printf \"%s\" .uni }}",
"out": "h\u00e9llo w\u00f6rld \u263a"
},
{
"tpl": "{{ printf \"%s\" .neg }}",
"out": "%!s(float64=-2.5)"
},
{
"tpl": "{{ printf \"%s\" .b }}",
"out": "%!s(bool=true)"
},
{
"tpl": "{{ printf \"%s\" nil }}",
"out": "%!s(<nil>)"
},
{
"tpl": "{{ printf \"%.1v\" .m }}",
"out": "map[a:1 b:2 c:map[d:d] z:1]"
},
{
"tpl": "{{ printf \"%.1v\" .list }}",
"out": "[a b c]"
},
{
"tpl": "{{ printf \"%.1v\" .nums }}",
"out": "[1 2 3]"
},
{
"tpl": "{{ printf \"%.1v\" (dict \"a\" (list 1 \"x\" nil 2.5)) }}",
"out": "map[a:[1 x <nil> 2]]"
},
{
"tpl": "{{ printf \"%.1v\" (list .m .list) }}",
"out": "[map[a:1 b:2 c:map[d:d] z:1] [a b c]]"
},
{
"tpl": "{{ printf \"%.1v\" .uni }}",
"out": "h"
},
{
"tpl": "{{ printf \"%.1v\" .neg }}",
"out": "-2"
},
{
"tpl": "{{ printf \"%.1v\" .b }}",
"out": "true"
},
{
"tpl": "{{ printf \"%.1v\" nil }}",
"out": "<nil>"
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
"tpl": "{{ printf \"%T\" .nums }}",
"out": "[]interface {}"
},
{
"tpl": "{{ printf \"%T\" (dict \"a\" (list 1 \"x\" nil 2.5)) }}",
"out": "map[string]interface {}"
},
{
"tpl": "{{ printf \"%T\" (list .m .list) }}",
"out": "[]interface {}"
},
{
"tpl": "{{ printf \"%T\" .uni }}",
"out": "string"
},
{
"tpl": "{{ printf \"%T\" .neg }}",
"out": "float64"
},
{
"tpl": "{{ printf \"%T\" .b }}",
"out": "bool"
},
{
"tpl": "{{ printf \"%T\" nil }}",
"out": "<nil>"
},
{
"tpl": "{{ first .list }}",
"out": "a"
},
{
"tpl": "{{ first .nums }}",
"out": "1"
},
{
"tpl": "{{ first (toStrings .nums) }}",
"out": "1"
},
{
"tpl": "{{ first (splitList \",\" \"b,a,,c\") }}",
"out": "b"
},
{
"tpl": "{{ first (list 1 nil \"\" 0 false 1) }}",
"out": "1"
},
{
"tpl": "{{ first (b64dec \"aGk=\") }}",
"out": "",
"err": "template: t:1:3: executing \"t\" at <first (b64dec \"aGk=\")>: error calling first: Cannot find first on type string"
},
{
"tpl": "{{ first (list (list 1) (list 1)) }}",
"out": "[1]"
},
{
"tpl": "{{ last .list }}",
"out": "c"
},
{
"tpl": "{{ last .nums }}",
"out": "3"
},
{
"tpl": "{{ last (toStrings .nums) }}",
"out": "3"
},
{
"tpl": "{{ last (splitList \",\" \"b,a,,c\") }}",
"out": "c"
},
{
"tpl": "{{ last (list 1 nil \"\" 0 false 1) }}",
"out": "1"
},
{
"tpl": "{{ last (b64dec \"aGk=\") }}",
"out": "",
"err": "template: t:1:3: executing \"t\" at <last (b64dec \"aGk=\")>: error calling last: Cannot find last on type string"
},
{
"tpl": "{{ last (list (list 1) (list 1)) }}",
"out": "[1]"
},
{
"tpl": "{{ rest .list }}",
"out": "[b c]"
},
{
"tpl": "{{ rest .nums }}",
"out": "[2 3]"
},
{
"tpl": "{{ rest (toStrings .nums) }}",
"out": "[2 3]"
},
{
"tpl": "{{ rest (splitList \",\" \"b,a,,c\") }}",
"out": "[a  c]"
},
{
"tpl": "{{ rest (list 1 nil \"\" 0 false 1) }}",
"out": "[<nil>  0 false 1]"
},
{
"tpl": "{{ rest (b64dec \"aGk=\") }}",
"out": "",
"err": "template: t:1:3: executing \"t\" at <rest (b64dec \"aGk=\")>: error calling rest: Cannot find rest on type string"
},
{
"tpl": "{{ rest (list (list 1) (list 1)) }}",
"out": "[[1]]"
},
{
"tpl": "{{ initial .list }}",
"out": "[a b]"
},
{
"tpl": "{{ initial .nums }}",
"out": "[1 2]"
},
{
"tpl": "{{ initial (toStrings .nums) }}",
"out": "[1 2]"
},
{
"tpl": "{{ initial (splitList \",\" \"b,a,,c\") }}",
"out": "[b a ]"
},
{
"tpl": "{{ initial (list 1 nil \"\" 0 false 1) }}",
"out": "[1 <nil>  0 false]"
},
{
"tpl": "{{ initial (b64dec \"aGk=\") }}",
"out": "",
"err": "template: t:1:3: executing \"t\" at <initial (b64dec \"aGk=\")>: error calling initial: Cannot find initial on type string"
},
{
"tpl": "{{ initial (list (list 1) (list 1)) }}",
"out": "[[1]]"
},
{
"tpl": "{{ reverse .list }}",
"out": "[c b a]"
},
{
"tpl": "{{ reverse .nums }}",
"out": "[3 2 1]"
},
{
"tpl": "{{ reverse (toStrings .nums) }}",
"out": "[3 2 1]"
},
{
"tpl": "{{ reverse (splitList \",\" \"b,a,,c\") }}",
"out": "[c  a b]"
},
{
"tpl": "{{ reverse (list 1 nil \"\" 0 false 1) }}",
"out": "[1 false 0  <nil> 1]"
},
{
"tpl": "{{ reverse (b64dec \"aGk=\") }}",
"out": "",
"err": "template: t:1:3: executing \"t\" at <reverse (b64dec \"aGk=\")>: error calling reverse: Cannot find reverse on type string"
},
{
"tpl": "{{ reverse (list (list 1) (list 1)) }}",
"out": "[[1] [1]]"
},
{
"tpl": "{{ uniq .list }}",
"out": "[a b c]"
},
{
"tpl": "{{ uniq .nums }}",
"out": "[1 2 3]"
},
{
"tpl": "{{ uniq (toStrings .nums) }}",
"out": "[1 2 3]"
},
{
"tpl": "{{ uniq (splitList \",\" \"b,a,,c\") }}",
"out": "[b a  c]"
},
{
"tpl": "{{ uniq (list 1 nil \"\" 0 false 1) }}",
"out": "[1 <nil>  0 false]"
},
{
"tpl": "{{ uniq (b64dec \"aGk=\") }}",
"out": "",
"err": "template: t:1:3: executing \"t\" at <uniq (b64dec \"aGk=\")>: error calling uniq: Cannot find uniq on type string"
},
{
"tpl": "{{ uniq (list (list 1) (list 1)) }}",
"out": "[[1]]"
},
{
"tpl": "{{ compact .list }}",
"out": "[a b c]"
},
{
"tpl": "{{ compact .nums }}",
"out": "[1 2 3]"
},
{
"tpl": "{{ compact (toStrings .nums) }}",
"out": "[1 2 3]"
},
{
"tpl": "{{ compact (splitList \",\" \"b,a,,c\") }}",
"out": "[b a c]"
},
{
"tpl": "{{ compact (list 1 nil \"\" 0 false 1) }}",
"out": "[1 1]"
},
{
"tpl": "{{ compact (b64dec \"aGk=\") }}",
"out": "",
"err": "template: t:1:3: executing \"t\" at <compact (b64dec \"aGk=\")>: error calling compact: Cannot compact on type string"
},
{
"tpl": "{{ compact (list (list 1) (list 1)) }}",
"out": "[[1] [1]]"
},
{
"tpl": "{{ toStrings .list }}",
"out": "[a b c]"
},
{
"tpl": "{{ toStrings .nums }}",
"out": "[1 2 3]"
},
{
"tpl": "{{ toStrings (toStrings .nums) }}",
"out": "[1 2 3]"
},
{
"tpl": "{{ toStrings (splitList \",\" \"b,a,,c\") }}",
"out": "[b a  c]"
},
{
"tpl": "{{ toStrings (list 1 nil \"\" 0 false 1) }}",
"out": "[1  0 false 1]"
},
{
"tpl": "{{ toStrings (b64dec \"aGk=\") }}",
"out": "[hi]"
},
{
"tpl": "{{ toStrings (list (list 1) (list 1)) }}",
"out": "[[1] [1]]"
},
{
"tpl": "{{ sortAlpha .list }}",
"out": "[a b c]"
},
{
"tpl": "{{ sortAlpha .nums }}",
"out": "[1 2 3]"
},
{
"tpl": "{{ sortAlpha (toStrings .nums) }}",
"out": "[1 2 3]"
},
{
"tpl": "{{ sortAlpha (splitList \",\" \"b,a,,c\") }}",
"out": "[ a b c]"
},
{
"tpl": "{{ sortAlpha (list 1 nil \"\" 0 false 1) }}",
"out": "[ 0 1 1 false]"
},
{
"tpl": "{{ sortAlpha (b64dec \"aGk=\") }}",
"out": "[hi]"
},
{
"tpl": "{{ sortAlpha (list (list 1) (list 1)) }}",
"out": "[[1] [1]]"
},
{
"tpl": "{{ printf \"c[2][1][9]d50\" (int64 3) (list 1 \"a\") }}",
"out": "c[2][1][9]d50%!(EXTRA int64=3, []interface {}=[1 a])"
},
{
"tpl": "{{ printf \"a0G[2]t][3]gc\" 2.5 }}",
"out": "a0G[2]t][3]gc%!(EXTRA float64=2.5)"
},
{
"tpl": "{{ printf \"[1][f0%0EX\" 1 nil 255 }}",
"out": "[1][f0%!E(int=1)X%!(EXTRA <nil>, int=255)"
},
{
"tpl": "{{ printf \"T\" true }}",
"out": "T%!(EXTRA bool=true)"
},
{
"tpl": "{{ printf \"0b%[2]b#e5[3]\" (int64 3) }}",
"out": "0b%!b(BADINDEX)#e5[3]"
},
{
"tpl": "{{ printf \"[1]F[1]+2-*E\" -7 (list 1 \"a\") 1e6 }}",
"out": "[1]F[1]+2-*E%!(EXTRA int=-7, []interface {}=[1 a], float64=1e+06)"
},
{
"tpl": "{{ printf \".x\" 1 (list 1 \"a\") true 2.5 }}",
"out": ".x%!(EXTRA int=1, []interface {}=[1 a], bool=true, float64=2.5)"
},
{
"tpl": "{{ printf \"U[2]#[3]ovaU5\" (int64 3) .m }}",
"out": "U[2]#[3]ovaU5%!(EXTRA int64=3, map[string]interface {}=map[a:1 b:2 c:map[d:deep] z:1])"
},
{
"tpl": "{{ printf \"5\" -0.0 (int64 3) 2.5 \"h\u00e9llo\" }}",
"out": "5%!(EXTRA float64=-0, int64=3, float64=2.5, string=h\u00e9llo)"
},
{
"tpl": "{{ printf \"212.q[1][1]\" 2.5 \"str\" 255 }}",
"out": "212.q[1][1]%!(EXTRA float64=2.5, string=str, int=255)"
},
{
"tpl": "{{ printf \"G[9]v2g[1]\"  }}",
"out": "G[9]v2g[1]"
},
{
"tpl": "{{ printf \"q%]#f[3]cUf\" (list 1 \"a\") (list 1 \"a\") true }}",
"out": "q[%!](int=1) %!](string=a)]#f[3]cUf%!(EXTRA []interface {}=[1 a], bool=true)"
},
{
"tpl": "{{ printf \"0[1]+gUo[9]x[9]\" -7 (int64 3) }}",
"out": "0[1]+gUo[9]x[9]%!(EXTRA int=-7, int64=3)"
},
{
"tpl": "{{ printf \"[3]dcqo0\" (list 1 \"a\") nil -7 }}",
"out": "[3]dcqo0%!(EXTRA []interface {}=[1 a], <nil>, int=-7)"
},
{
"tpl": "{{ printf \"qXEa5vTqt\" 2.5 nil (list 1 \"a\") 1e6 }}",
"out": "qXEa5vTqt%!(EXTRA float64=2.5, <nil>, []interface {}=[1 a], float64=1e+06)"
},
{
"tpl": "{{ printf \"[2]cf[2]e%eq\" 1e6 }}",
"out": "[2]cf[2]e1.000000e+06q"
},
{
"tpl": "{{ printf \"vt[9]\" true 1e6 (list 1 \"a\") }}",
"out": "vt[9]%!(EXTRA bool=true, float64=1e+06, []interface {}=[1 a])"
},
{
"tpl": "{{ printf \"2\" 255 \"str\" 1 255 }}",
"out": "2%!(EXTRA int=255, string=str, int=1, int=255)"
},
{
"tpl": "{{ printf \"*Fo[3]v\" .m 255 255 }}",
"out": "*Fo[3]v%!(EXTRA map[string]interface {}=map[a:1 b:2 c:map[d:deep] z:1], int=255, int=255)"
},
{
"tpl": "{{ printf \"[2]-1x \" 1 1 (list 1 \"a\") nil }}",
"out": "[2]-1x %!(EXTRA int=1, int=1, []interface {}=[1 a], <nil>)"
},
{
"tpl": "{{ printf \"\u00e9][q[2]1\" (list 1 \"a\") -0.0 2.5 }}",
"out": "\u00e9][q[2]1%!(EXTRA []interface {}=[1 a], float64=-0, float64=2.5)"
},
{
"tpl": "{{ printf \"bf55o\" (list 1 \"a\") 255 (int64 3) }}",
"out": "bf55o%!(EXTRA []interface {}=[1 a], int=255, int64=3)"
},
{
"tpl": "{{ printf \"gv[3]\" .m \"h\u00e9llo\" }}",
"out": "gv[3]%!(EXTRA map[string]interface {}=map[a:1 b:2 c:map[d:deep] z:1], string=h\u00e9llo)"
},
{
"tpl": "{{ printf \"[1]E[E* a\" .m }}",
"out": "[1]E[E* a%!(EXTRA map[string]interface {}=map[a:1 b:2 c:map[d:deep] z:1])"
},
{
"tpl": "{{ printf \"%2fG f%[a\" 1e6 1 }}",
"out": "1000000.000000G f%!a(BADINDEX)"
},
{
"tpl": "{{ printf \"tv*5]#\" 1 1 true }}",
"out": "tv*5]#%!(EXTRA int=1, int=1, bool=true)"
},
{
"tpl": "{{ printf \"[9]\u00e9q*o#t[9][2]\"  }}",
"out": "[9]\u00e9q*o#t[9][2]"
},
{
"tpl": "{{ printf \"*ssg \u00e9[2]\u00e9\" (int64 3) }}",
"out": "*ssg \u00e9[2]\u00e9%!(EXTRA int64=3)"
},
{
"tpl": "{{ printf \"a0255.\" -7 1 -0.0 255 }}",
"out": "a0255.%!(EXTRA int=-7, int=1, float64=-0, int=255)"
},
{
"tpl": "{{ printf \"*e[9]*f#f\" \"str\" nil 2.5 }}",
"out": "*e[9]*f#f%!(EXTRA string=str, <nil>, float64=2.5)"
},
{
"tpl": "{{ printf \".G\" (int64 3) 1 \"str\" (list 1 \"a\") }}",
"out": ".G%!(EXTRA int64=3, int=1, string=str, []interface {}=[1 a])"
},
{
"tpl": "{{ printf \"d[\" (int64 3) -0.0 \"h\u00e9llo\" }}",
"out": "d[%!(EXTRA int64=3, float64=-0, string=h\u00e9llo)"
},
{
"tpl": "{{ printf \"**\" true nil true }}",
"out": "**%!(EXTRA bool=true, <nil>, bool=true)"
},
{
"tpl": "{{ printf \"]\" 1 nil 2.5 }}",
"out": "]%!(EXTRA int=1, <nil>, float64=2.5)"
},
{
"tpl": "{{ printf \"%q\u00e9\" nil -7 }}",
"out": "%!q(<nil>)\u00e9%!(EXTRA int=-7)"
},
{
"tpl": "{{ printf \"T +e*XfX\"  }}",
"out": "T +e*XfX"
},
{
"tpl": "{{ printf \"s[9]\u00e9.-qU\" 255 (int64 3) -0.0 }}",
"out": "s[9]\u00e9.-qU%!(EXTRA int=255, int64=3, float64=-0)"
},
{
"tpl": "{{ printf \"[1]%t#\" \"str\" }}",
"out": "[1]%!t(string=str)#"
},
{
"tpl": "{{ printf \"*[1T%\" 1 \"str\" 2.5 2.5 }}",
"out": "*[1T%!(NOVERB)%!(EXTRA int=1, string=str, float64=2.5, float64=2.5)"
},
{
"tpl": "{{ printf \"#v[1]]T\" 1 }}",
"out": "#v[1]]T%!(EXTRA int=1)"
},
{
"tpl": "{{ printf \"F\" .m -7 2.5 }}",
"out": "F%!(EXTRA map[string]interface {}=map[a:1 b:2 c:map[d:deep] z:1], int=-7, float64=2.5)"
},
{
"tpl": "{{ printf \"fT5E\" -7 true 255 2.5 }}",
"out": "fT5E%!(EXTRA int=-7, bool=true, int=255, float64=2.5)"
},
{
"tpl": "{{ printf \"[G[3]1\" \"h\u00e9llo\" \"str\" -0.0 }}",
"out": "[G[3]1%!(EXTRA string=h\u00e9llo, string=str, float64=-0)"
},
{
"tpl": "{{ printf \"5Ed\" 1e6 }}",
"out": "5Ed%!(EXTRA float64=1e+06)"
},
{
"tpl": "{{ printf \"*%Fa \" \"str\" }}",
"out": "*%!F(string=str)a "
},
{
"tpl": "{{ printf \"[9]tU%\u00e9 dvX\" true .m \"str\" -7 }}",
"out": "[9]tU%!\u00e9(bool=true) dvX%!(EXTRA map[string]interface {}=map[a:1 b:2 c:map[d:deep] z:1], string=str, int=-7)"
},
{
"tpl": "{{ printf \"+\" 1 true \"str\" }}",
"out": "+%!(EXTRA int=1, bool=true, string=str)"
},
{
"tpl": "{{ printf \"q\" nil }}",
"out": "q%!(EXTRA <nil>)"
},
{
"tpl": "{{ printf \"%[%q[2]\" -7 2.5 }}",
"out": "%!(NOVERB)"
},
{
"tpl": "{{ printf \"c.x%v[2]\" 1 1 true }}",
"out": "c.x1[2]%!(EXTRA int=1, bool=true)"
},
{
"tpl": "{{ printf \".0c-\" true (list 1 \"a\") }}",
"out": ".0c-%!(EXTRA bool=true, []interface {}=[1 a])"
},
{
"tpl": "{{ printf \"a. -\"  }}",
"out": "a. -"
},
{
"tpl": "{{ printf \"[3][9]f\" nil -0.0 -7 1e6 }}",
"out": "[3][9]f%!(EXTRA <nil>, float64=-0, int=-7, float64=1e+06)"
},
{
"tpl": "{{ printf \"T\"  }}",
"out": "T"
},
{
"tpl": "{{ printf \"0gGT\u00e9c\u00e9\" true (int64 3) }}",
"out": "0gGT\u00e9c\u00e9%!(EXTRA bool=true, int64=3)"
},
{
"tpl": "{{ printf \"2s%d +\" nil }}",
"out": "2s%!d(<nil>) +"
},
{
"tpl": "{{ printf \"1sxd[3]o\" 255 1 \"h\u00e9llo\" }}",
"out": "1sxd[3]o%!(EXTRA int=255, int=1, string=h\u00e9llo)"
},
{
"tpl": "{{ printf \" c2-q\" -0.0 -0.0 (int64 3) }}",
"out": " c2-q%!(EXTRA float64=-0, float64=-0, int64=3)"
},
{
"tpl": "{{ printf \"TXFda1qU\" -7 }}",
"out": "TXFda1qU%!(EXTRA int=-7)"
},
{
"tpl": "{{ printf \"bGf0-\"  }}",
"out": "bGf0-"
},
{
"tpl": "{{ printf \"5t\" (list 1 \"a\") }}",
"out": "5t%!(EXTRA []interface {}=[1 a])"
},
{
"tpl": "{{ printf \"-\"  }}",
"out": "-"
},
{
"tpl": "{{ printf \"[3][3]1%Tq\" 2.5 }}",
"out": "[3][3]1float64q"
},
{
"tpl": "{{ printf \"[1]t1x[1]\" (list 1 \"a\") 1e6 -7 }}",
"out": "[1]t1x[1]%!(EXTRA []interface {}=[1 a], float64=1e+06, int=-7)"
},
{
"tpl": "{{ printf \"s%\" nil (int64 3) }}",
"out": "s%!(NOVERB)%!(EXTRA <nil>, int64=3)"
},
{
"tpl": "{{ printf \"s2+\" -7 nil .m (list 1 \"a\") }}",
"out": "s2+%!(EXTRA int=-7, <nil>, map[string]interface {}=map[a:1 b:2 c:map[d:deep] z:1], []interface {}=[1 a])"
},
{
"tpl": "{{ printf \"qE[3]\" nil .m nil 255 }}",
"out": "qE[3]%!(EXTRA <nil>, map[string]interface {}=map[a:1 b:2 c:map[d:deep] z:1], <nil>, int=255)"
},
{
"tpl": "{{ printf \"[1]bq.[2]\" 255 2.5 }}",
"out": "[1]bq.[2]%!(EXTRA int=255, float64=2.5)"
},
{
"tpl": "{{ printf \"[9]e% [9]\u00e9T.[\"  }}",
"out": "[9]e%!\u00e9(BADINDEX)T.["
},
{
"tpl": "{{ printf \"U]0%T0\" .m -7 -7 }}",
"out": "U]0map[string]interface {}0%!(EXTRA int=-7, int=-7)"
},
{
"tpl": "{{ printf \"[2]\"  }}",
"out": "[2]"
},
{
"tpl": "{{ printf \"x[2]2.\" (int64 3) nil }}",
"out": "x[2]2.%!(EXTRA int64=3, <nil>)"
},
{
"tpl": "{{ printf \"\u00e9[2]0\" -7 true 1 \"str\" }}",
"out": "\u00e9[2]0%!(EXTRA int=-7, bool=true, int=1, string=str)"
},
{
"tpl": "{{ printf \"UfF+o\" .m 255 }}",
"out": "UfF+o%!(EXTRA map[string]interface {}=map[a:1 b:2 c:map[d:deep] z:1], int=255)"
},
{
"tpl": "{{ printf \"[3]e5+X\u00e9\" \"str\" }}",
"out": "[3]e5+X\u00e9%!(EXTRA string=str)"
},
{
"tpl": "{{ printf \"TE*e\u00e9[1]%ax\"  }}",
"out": "TE*e\u00e9[1]%!a(MISSING)x"
},
{
"tpl": "{{ printf \"]\" 2.5 2.5 }}",
"out": "]%!(EXTRA float64=2.5, float64=2.5)"
},
{
"tpl": "{{ printf \"+ aX\u00e9qg\" 255 }}",
"out": "+ aX\u00e9qg%!(EXTRA int=255)"
},
{
"tpl": "{{ printf \"1\u00e9q+fT\" 1e6 }}",
"out": "1\u00e9q+fT%!(EXTRA float64=1e+06)"
},
{
"tpl": "{{ printf \"+[1]0\" (list 1 \"a\") (list 1 \"a\") 255 }}",
"out": "+[1]0%!(EXTRA []interface {}=[1 a], []interface {}=[1 a], int=255)"
},
{
"tpl": "{{ printf \"cg]cv1[3]e5\"  }}",
"out": "cg]cv1[3]e5"
},
{
"tpl": "{{ printf \"1%gcX\" \"str\" \"h\u00e9llo\" -7 \"h\u00e9llo\" }}",
"out": "1%!g(string=str)cX%!(EXTRA string=h\u00e9llo, int=-7, string=h\u00e9llo)"
},
{
"tpl": "{{ printf \"st555\" (int64 3) 1e6 }}",
"out": "st555%!(EXTRA int64=3, float64=1e+06)"
},
{
"tpl": "{{ printf \"\u00e9\" 255 nil 2.5 \"str\" }}",
"out": "\u00e9%!(EXTRA int=255, <nil>, float64=2.5, string=str)"
},
{
"tpl": "{{ printf \"%\u00e95vxTc\"  }}",
"out": "%!\u00e9(MISSING)5vxTc"
},
{
"tpl": "{{ printf \"-G[9]E G\" \"str\" -0.0 }}",
"out": "-G[9]E G%!(EXTRA string=str, float64=-0)"
},
{
"tpl": "{{ printf \"+5b e\u00e95ea\"  }}",
"out": "+5b e\u00e95ea"
},
{
"tpl": "{{ printf \"%[3]\"  }}",
"out": "%!(NOVERB)"
},
{
"tpl": "{{ printf \"[2]%bG%[3]+[9]\" 1e6 }}",
"out": "[2]8589934592000000p-33G%!+(BADINDEX)[9]"
},
{
"tpl": "{{ printf \"[1]5\u00e9bq-+\" 1 1e6 }}",
"out": "[1]5\u00e9bq-+%!(EXTRA int=1, float64=1e+06)"
},
{
"tpl": "{{ printf \"d\" (list 1 \"a\") true -0.0 .m }}",
"out": "d%!(EXTRA []interface {}=[1 a], bool=true, float64=-0, map[string]interface {}=map[a:1 b:2 c:map[d:deep] z:1])"
},
{
"tpl": "{{ printf \"q[e\" (int64 3) }}",
"out": "q[e%!(EXTRA int64=3)"
},
{
"tpl": "{{ printf \"f\" true 255 \"str\" 1e6 }}",
"out": "f%!(EXTRA bool=true, int=255, string=str, float64=1e+06)"
},
{
"tpl": "{{ printf \"v[1]FvE0c\" (int64 3) nil \"h\u00e9llo\" }}",
"out": "v[1]FvE0c%!(EXTRA int64=3, <nil>, string=h\u00e9llo)"
},
{
"tpl": "{{ printf \"E%\u00e9[1]-\" \"str\" 2.5 }}",
"out": "E%!\u00e9(string=str)[1]-%!(EXTRA float64=2.5)"
},
{
"tpl": "{{ printf \"*\" \"str\" nil nil true }}",
"out": "*%!(EXTRA string=str, <nil>, <nil>, bool=true)"
},
{
"tpl": "{{ printf \"eU*vg*%\" 255 }}",
"out": "eU*vg*%!(NOVERB)%!(EXTRA int=255)"
},
{
"tpl": "{{ printf \"bsEX[1]X[.\" 1 255 (list 1 \"a\") 255 }}",
"out": "bsEX[1]X[.%!(EXTRA int=1, int=255, []interface {}=[1 a], int=255)"
},
{
"tpl": "{{ printf \"b[3]F\"  }}",
"out": "b[3]F"
},
{
"tpl": "{{ printf \"fTaXf[3] \"  }}",
"out": "fTaXf[3] "
},
{
"tpl": "{{ printf \"dc*d\" \"str\" true -7 }}",
"out": "dc*d%!(EXTRA string=str, bool=true, int=-7)"
},
{
"tpl": "{{ printf \"##0\" (list 1 \"a\") \"str\" (int64 3) }}",
"out": "##0%!(EXTRA []interface {}=[1 a], string=str, int64=3)"
},
{
"tpl": "{{ printf \"ofF%[1]\" 1e6 (list 1 \"a\") \"h\u00e9llo\" 1e6 }}",
"out": "ofF%!(NOVERB)"
},
{
"tpl": "{{ printf \"Xs*.E[g\" .m }}",
"out": "Xs*.E[g%!(EXTRA map[string]interface {}=map[a:1 b:2 c:map[d:deep] z:1])"
},
{
"tpl": "{{ printf \"b[1]b%Gxao\" .m -0.0 -7 .m }}",
"out": "b[1]bmap[%!G(string=a):1 %!G(string=b):2 %!G(string=c):map[%!G(string=d):%!G(string=deep)] %!G(string=z):%!G(int=1)]xao%!(EXTRA float64=-0, int=-7, map[string]interface {}=map[a:1 b:2 c:map[d:deep] z:1])"
},
{
"tpl": "{{ printf \"b\" -7 }}",
"out": "b%!(EXTRA int=-7)"
},
{
"tpl": "{{ printf \"G%cTX#\" 2.5 }}",
"out": "G%!c(float64=2.5)TX#"
},
{
"tpl": "{{ printf \"\u00e9T\" -0.0 1 -7 2.5 }}",
"out": "\u00e9T%!(EXTRA float64=-0, int=1, int=-7, float64=2.5)"
},
{
"tpl": "{{ printf \"5[9]v-\" (int64 3) 1 }}",
"out": "5[9]v-%!(EXTRA int64=3, int=1)"
},
{
"tpl": "{{ printf \"[2]\"  }}",
"out": "[2]"
},
{
"tpl": "{{ printf \"[9][3][3]%\"  }}",
"out": "[9][3][3]%!(NOVERB)"
},
{
"tpl": "{{ printf \"bvE\" true true }}",
"out": "bvE%!(EXTRA bool=true, bool=true)"
},
{
"tpl": "{{ printf \"dq-o1*\" 1 \"str\" -0.0 (list 1 \"a\") }}",
"out": "dq-o1*%!(EXTRA int=1, string=str, float64=-0, []interface {}=[1 a])"
},
{
"tpl": "{{ printf \"gf[1]Ef\" -0.0 1e6 }}",
"out": "gf[1]Ef%!(EXTRA float64=-0, float64=1e+06)"
},
{
"tpl": "{{ printf \"G%E-va0f\"  }}",
"out": "G%!E(MISSING)-va0f"
},
{
"tpl": "{{ printf \"T\" (int64 3) (int64 3) }}",
"out": "T%!(EXTRA int64=3, int64=3)"
},
{
"tpl": "{{ printf \"[1]\" true true }}",
"out": "[1]%!(EXTRA bool=true, bool=true)"
},
{
"tpl": "{{ printf \"sXvc*[9]\" 255 -7 }}",
"out": "sXvc*[9]%!(EXTRA int=255, int=-7)"
},
{
"tpl": "{{ printf \"E \"  }}",
"out": "E "
},
{
"tpl": "{{ printf \"2ecX\" \"str\" }}",
"out": "2ecX%!(EXTRA string=str)"
},
{
"tpl": "{{ printf \"5\" nil -0.0 255 (list 1 \"a\") }}",
"out": "5%!(EXTRA <nil>, float64=-0, int=255, []interface {}=[1 a])"
},
{
"tpl": "{{ printf \"%fX\" (list 1 \"a\") }}",
"out": "[%!f(int=1) %!f(string=a)]X"
},
{
"tpl": "{{ printf \"G[1]*]-\"  }}",
"out": "G[1]*]-"
},
{
"tpl": "{{ printf \"+xe\" 2.5 1 2.5 }}",
"out": "+xe%!(EXTRA float64=2.5, int=1, float64=2.5)"
},
{
"tpl": "{{ printf \"e]vdX\" 1 }}",
"out": "e]vdX%!(EXTRA int=1)"
},
{
"tpl": "{{ printf \"vT20\" 2.5 1 1e6 \"h\u00e9llo\" }}",
"out": "vT20%!(EXTRA float64=2.5, int=1, float64=1e+06, string=h\u00e9llo)"
},
{
"tpl": "{{ printf \"XGcg\" \"h\u00e9llo\" }}",
"out": "XGcg%!(EXTRA string=h\u00e9llo)"
},
{
"tpl": "{{ printf \"[3]TFb\" (list 1 \"a\") \"str\" }}",
"out": "[3]TFb%!(EXTRA []interface {}=[1 a], string=str)"
},
{
"tpl": "{{ printf \"[9]q%+[3]fb[3]\"  }}",
"out": "[9]q%!f(BADINDEX)b[3]"
},
{
"tpl": "{{ printf \"+[1]+[2]sT% 0\" 1 }}",
"out": "+[1]+[2]sT%!(NOVERB)%!(EXTRA int=1)"
},
{
"tpl": "{{ printf \"02  \"  }}",
"out": "02  "
},
{
"tpl": "{{ printf \"s\" -0.0 true }}",
"out": "s%!(EXTRA float64=-0, bool=true)"
},
{
"tpl": "{{ printf \"oc#\" 2.5 .m \"str\" }}",
"out": "oc#%!(EXTRA float64=2.5, map[string]interface {}=map[a:1 b:2 c:map[d:deep] z:1], string=str)"
},
{
"tpl": "{{ printf \"bX e[1]xx+[3]\" 1 }}",
"out": "bX e[1]xx+[3]%!(EXTRA int=1)"
},
{
"tpl": "{{ printf \"\u00e9Xdb2s\u00e9t[3]\"  }}",
"out": "\u00e9Xdb2s\u00e9t[3]"
},
{
"tpl": "{{ printf \"*\" -0.0 -7 -0.0 }}",
"out": "*%!(EXTRA float64=-0, int=-7, float64=-0)"
},
{
"tpl": "{{ printf \"[2]5*\" -7 \"h\u00e9llo\" nil }}",
"out": "[2]5*%!(EXTRA int=-7, string=h\u00e9llo, <nil>)"
},
{
"tpl": "{{ printf \"d[3]\" -0.0 255 1 1e6 }}",
"out": "d[3]%!(EXTRA float64=-0, int=255, int=1, float64=1e+06)"
},
{
"tpl": "{{ printf \"bs[v%o5\u00e9\" 255 true -0.0 }}",
"out": "bs[v3775\u00e9%!(EXTRA bool=true, float64=-0)"
},
{
"tpl": "{{ printf \"dF15  *d\" 2.5 255 \"h\u00e9llo\" (list 1 \"a\") }}",
"out": "dF15  *d%!(EXTRA float64=2.5, int=255, string=h\u00e9llo, []interface {}=[1 a])"
},
{
"tpl": "{{ printf \"-qc[1]g\" 1 -7 \"h\u00e9llo\" \"str\" }}",
"out": "-qc[1]g%!(EXTRA int=1, int=-7, string=h\u00e9llo, string=str)"
},
{
"tpl": "{{ printf \"vg5.Ee[b*\" true 1e6 }}",
"out": "vg5.Ee[b*%!(EXTRA bool=true, float64=1e+06)"
},
{
"tpl": "{{ printf \"[3]ss[9]\" 255 \"h\u00e9llo\" -7 (int64 3) }}",
"out": "[3]ss[9]%!(EXTRA int=255, string=h\u00e9llo, int=-7, int64=3)"
},
{
"tpl": "{{ printf \"[5Esvb[1][3]\" nil -0.0 1 255 }}",
"out": "[5Esvb[1][3]%!(EXTRA <nil>, float64=-0, int=1, int=255)"
},
{
"tpl": "{{ printf \"s-g%c5as\" -7 2.5 (list 1 \"a\") -0.0 }}",
"out": "s-g\ufffd5as%!(EXTRA float64=2.5, []interface {}=[1 a], float64=-0)"
},
{
"tpl": "{{ printf \"[[1]ag[2].-F1\" -7 \"h\u00e9llo\" (list 1 \"a\") }}",
"out": "[[1]ag[2].-F1%!(EXTRA int=-7, string=h\u00e9llo, []interface {}=[1 a])"
},
{
"tpl": "{{ printf \"FU]%G\"  }}",
"out": "FU]%!G(MISSING)"
},
{
"tpl": "{{ printf \"b]\" \"h\u00e9llo\" true \"str\" true }}",
"out": "b]%!(EXTRA string=h\u00e9llo, bool=true, string=str, bool=true)"
},
{
"tpl": "{{ printf \"1-2*dq\" \"str\" -0.0 \"str\" \"h\u00e9llo\" }}",
"out": "1-2*dq%!(EXTRA string=str, float64=-0, string=str, string=h\u00e9llo)"
},
{
"tpl": "{{ printf \"+x[3]cbv#[1]\" \"h\u00e9llo\" }}",
"out": "+x[3]cbv#[1]%!(EXTRA string=h\u00e9llo)"
},
{
"tpl": "{{ printf \"0c\" 255 }}",
"out": "0c%!(EXTRA int=255)"
},
{
"tpl": "{{ printf \".[3][Tx10\"  }}",
"out": ".[3][Tx10"
},
{
"tpl": "{{ printf \"G.[9]F  \" \"str\" 255 nil }}",
"out": "G.[9]F  %!(EXTRA string=str, int=255, <nil>)"
},
{
"tpl": "{{ printf \"[2]\u00e9f]T]X*\" 2.5 (int64 3) \"str\" }}",
"out": "[2]\u00e9f]T]X*%!(EXTRA float64=2.5, int64=3, string=str)"
},
{
"tpl": "{{ printf \"tbE\" true (int64 3) }}",
"out": "tbE%!(EXTRA bool=true, int64=3)"
},
{
"tpl": "{{ printf \"e F+[3]G%\" 1 .m 1e6 (list 1 \"a\") }}",
"out": "e F+[3]G%!(NOVERB)%!(EXTRA int=1, map[string]interface {}=map[a:1 b:2 c:map[d:deep] z:1], float64=1e+06, []interface {}=[1 a])"
},
{
"tpl": "{{ printf \"#[3]0o]tE-[2]\" -7 }}",
"out": "#[3]0o]tE-[2]%!(EXTRA int=-7)"
},
{
"tpl": "{{ printf \"ac*5\" true }}",
"out": "ac*5%!(EXTRA bool=true)"
},
{
"tpl": "{{ printf \"e ][E+[2]\" 255 (list 1 \"a\") -0.0 }}",
"out": "e ][E+[2]%!(EXTRA int=255, []interface {}=[1 a], float64=-0)"
},
{
"tpl": "{{ printf \"%Xa\" \"str\" nil }}",
"out": "737472a%!(EXTRA <nil>)"
},
{
"tpl": "{{ printf \"2dEqbg\" -0.0 (list 1 \"a\") -0.0 1e6 }}",
"out": "2dEqbg%!(EXTRA float64=-0, []interface {}=[1 a], float64=-0, float64=1e+06)"
},
{
"tpl": "{{ printf \"- ]\" 1 255 (int64 3) true }}",
"out": "- ]%!(EXTRA int=1, int=255, int64=3, bool=true)"
},
{
"tpl": "{{ printf \"qb++E[1]*qc\" 1 \"str\" }}",
"out": "qb++E[1]*qc%!(EXTRA int=1, string=str)"
},
{
"tpl": "{{ printf \"[E[]]\" 1 \"str\" \"h\u00e9llo\" }}",
"out": "[E[]]%!(EXTRA int=1, string=str, string=h\u00e9llo)"
},
{
"tpl": "{{ printf \"G%\" \"str\" }}",
"out": "G%!(NOVERB)%!(EXTRA string=str)"
},
{
"tpl": "{{ printf \"Ef2\" 255 -7 .m }}",
"out": "Ef2%!(EXTRA int=255, int=-7, map[string]interface {}=map[a:1 b:2 c:map[d:deep] z:1])"
},
{
"tpl": "{{ printf \"#%.\" \"str\" \"str\" nil }}",
"out": "#%!.(string=str)%!(EXTRA string=str, <nil>)"
},
{
"tpl": "{{ printf \".-v\" true .m }}",
"out": ".-v%!(EXTRA bool=true, map[string]interface {}=map[a:1 b:2 c:map[d:deep] z:1])"
},
{
"tpl": "{{ printf \"co[x\"  }}",
"out": "co[x"
},
{
"tpl": "{{ printf \"G#g[9]5X%%5\" 255 1 true }}",
"out": "G#g[9]5X%5%!(EXTRA int=255, int=1, bool=true)"
},
{
"tpl": "{{ printf \"Tcg[9] e[*.\"  }}",
"out": "Tcg[9] e[*."
},
{
"tpl": "{{ printf \"a\" (list 1 \"a\") 1 }}",
"out": "a%!(EXTRA []interface {}=[1 a], int=1)"
},
{
"tpl": "{{ printf \"qv. d#\" -7 255 }}",
"out": "qv. d#%!(EXTRA int=-7, int=255)"
},
{
"tpl": "{{ printf \"T%\"  }}",
"out": "T%!(NOVERB)"
},
{
"tpl": "{{ printf \"F1b[9].\" true }}",
"out": "F1b[9].%!(EXTRA bool=true)"
},
{
"tpl": "{{ printf \"XF\" (list 1 \"a\") -7 }}",
"out": "XF%!(EXTRA []interface {}=[1 a], int=-7)"
},
{
"tpl": "{{ printf \"]G[1]e\" \"h\u00e9llo\" nil -0.0 .m }}",
"out": "]G[1]e%!(EXTRA string=h\u00e9llo, <nil>, float64=-0, map[string]interface {}=map[a:1 b:2 c:map[d:deep] z:1])"
},
{
"tpl": "{{ printf \"%*\" 1 -7 \"str\" true }}",
"out": "%!(NOVERB)%!(EXTRA int=-7, string=str, bool=true)"
},
{
"tpl": "{{ printf \"o%[3]]co[1][2]G\" true nil -0.0 .m }}",
"out": "o%!](float64=-0)co[1][2]G"
},
{
"tpl": "{{ printf \"%]\"  }}",
"out": "%!](MISSING)"
},
{
"tpl": "{{ printf \"Uvdxx0\" \"h\u00e9llo\" }}",
"out": "Uvdxx0%!(EXTRA string=h\u00e9llo)"
},
{
"tpl": "{{ printf \" \" -0.0 \"h\u00e9llo\" }}",
"out": " %!(EXTRA float64=-0, string=h\u00e9llo)"
},
{
"tpl": "{{ printf \"[[2][1][9]T[1]\" 1 }}",
"out": "[[2][1][9]T[1]%!(EXTRA int=1)"
},
{
"tpl": "{{ printf \"%\" 1 (list 1 \"a\") }}",
"out": "%!(NOVERB)%!(EXTRA int=1, []interface {}=[1 a])"
},
{
"tpl": "{{ printf \"vg[2]a[9]td]\" 1e6 \"str\" }}",
"out": "vg[2]a[9]td]%!(EXTRA float64=1e+06, string=str)"
},
{
"tpl": "{{ printf \"f#\"  }}",
"out": "f#"
},
{
"tpl": "{{ printf \" #\" 2.5 \"str\" 255 }}",
"out": " #%!(EXTRA float64=2.5, string=str, int=255)"
},
{
"tpl": "{{ printf \"de\" \"h\u00e9llo\" (list 1 \"a\") 2.5 }}",
"out": "de%!(EXTRA string=h\u00e9llo, []interface {}=[1 a], float64=2.5)"
},
{
"tpl": "{{ printf \"U[2]oxc\" -0.0 -0.0 nil }}",
"out": "U[2]oxc%!(EXTRA float64=-0, float64=-0, <nil>)"
},
{
"tpl": "{{ printf \"G%[9]G\u00e95\" \"str\" \"h\u00e9llo\" }}",
"out": "G%!G(BADINDEX)\u00e95"
},
{
"tpl": "{{ printf \"tvo%qxxe[2]\" 2.5 nil }}",
"out": "tvo%!q(float64=2.5)xxe[2]%!(EXTRA <nil>)"
},
{
"tpl": "{{ printf \"x#\" (list 1 \"a\") 1e6 }}",
"out": "x#%!(EXTRA []interface {}=[1 a], float64=1e+06)"
},
{
"tpl": "{{ printf \"o2U[1]\" -7 .m \"h\u00e9llo\" }}",
"out": "o2U[1]%!(EXTRA int=-7, map[string]interface {}=map[a:1 b:2 c:map[d:deep] z:1], string=h\u00e9llo)"
},
{
"tpl": "{{ printf \"[9]#-\u00e9G]a[3]\"  }}",
"out": "[9]#-\u00e9G]a[3]"
},
{
"tpl": "{{ printf \"#X\" 255 \"str\" \"h\u00e9llo\" }}",
"out": "#X%!(EXTRA int=255, string=str, string=h\u00e9llo)"
},
{
"tpl": "{{ printf \"dvf]U\"  }}",
"out": "dvf]U"
},
{
"tpl": "{{ printf \"2b\" \"str\" }}",
"out": "2b%!(EXTRA string=str)"
},
{
"tpl": "{{ printf \"[2]%.\u00e9aF[3]e.\" 2.5 -0.0 }}",
"out": "[2]%!\u00e9(float64=2)aF[3]e.%!(EXTRA float64=-0)"
},
{
"tpl": "{{ printf \"g\" nil -7 }}",
"out": "g%!(EXTRA <nil>, int=-7)"
},
{
"tpl": "{{ printf \"[2]%\" 1e6 nil }}",
"out": "[2]%!(NOVERB)%!(EXTRA float64=1e+06, <nil>)"
},
{
"tpl": "{{ printf \"[2]Xqcsa0\" (list 1 \"a\") 1e6 -7 true }}",
"out": "[2]Xqcsa0%!(EXTRA []interface {}=[1 a], float64=1e+06, int=-7, bool=true)"
},
{
"tpl": "{{ printf \"G\" -7 true 2.5 2.5 }}",
"out": "G%!(EXTRA int=-7, bool=true, float64=2.5, float64=2.5)"
},
{
"tpl": "{{ printf \"be U[1]EE\" true .m \"h\u00e9llo\" }}",
"out": "be U[1]EE%!(EXTRA bool=true, map[string]interface {}=map[a:1 b:2 c:map[d:deep] z:1], string=h\u00e9llo)"
},
{
"tpl": "{{ printf \"[2]]Ev22]\" .m }}",
"out": "[2]]Ev22]%!(EXTRA map[string]interface {}=map[a:1 b:2 c:map[d:deep] z:1])"
},
{
"tpl": "{{ printf \"*oac2\"  }}",
"out": "*oac2"
},
{
"tpl": "{{ printf \"+% ]%\"  }}",
"out": "+%!](MISSING)%!(NOVERB)"
},
{
"tpl": "{{ printf \"cxXc2a.\" -0.0 -7 (list 1 \"a\") }}",
"out": "cxXc2a.%!(EXTRA float64=-0, int=-7, []interface {}=[1 a])"
},
{
"tpl": "{{ printf \"[3]5#E%v+ \"  }}",
"out": "[3]5#E%!v(MISSING)+ "
},
{
"tpl": "{{ printf \"[1]+U[ X[3]\" 1e6 }}",
"out": "[1]+U[ X[3]%!(EXTRA float64=1e+06)"
},
{
"tpl": "{{ printf \"Fs]2%v\"  }}",
"out": "Fs]2%!v(MISSING)"
},
{
"tpl": "{{ printf \"f\" true }}",
"out": "f%!(EXTRA bool=true)"
},
{
"tpl": "{{ printf \"o\" \"h\u00e9llo\" 1e6 255 }}",
"out": "o%!(EXTRA string=h\u00e9llo, float64=1e+06, int=255)"
},
{
"tpl": "{{ printf \"b12\"  }}",
"out": "b12"
},
{
"tpl": "{{ printf \"s* bU[2]e\" 1 2.5 }}",
"out": "s* bU[2]e%!(EXTRA int=1, float64=2.5)"
},
{
"tpl": "{{ printf \"d[c##\" 255 (int64 3) -7 255 }}",
"out": "d[c##%!(EXTRA int=255, int64=3, int=-7, int=255)"
},
{
"tpl": "{{ printf \"]%+.gx\" 2.5 -0.0 }}",
"out": "]+2x%!(EXTRA float64=-0)"
},
{
"tpl": "{{ printf \" 15cs[2]\" \"str\" nil .m (int64 3) }}",
"out": " 15cs[2]%!(EXTRA string=str, <nil>, map[string]interface {}=map[a:1 b:2 c:map[d:deep] z:1], int64=3)"
},
{
"tpl": "{{ printf \"%5\u00e9.txX-U\" 1e6 2.5 255 (list 1 \"a\") }}",
"out": "%!\u00e9(float64=1e+06).txX-U%!(EXTRA float64=2.5, int=255, []interface {}=[1 a])"
},
{
"tpl": "{{ printf \"c[2]25qT%\" 255 \"h\u00e9llo\" 1e6 }}",
"out": "c[2]25qT%!(NOVERB)%!(EXTRA int=255, string=h\u00e9llo, float64=1e+06)"
},
{
"tpl": "{{ printf \"de\" 1 -7 nil }}",
"out": "de%!(EXTRA int=1, int=-7, <nil>)"
},
{
"tpl": "{{ printf \"dUEF\" 1 255 -0.0 }}",
"out": "dUEF%!(EXTRA int=1, int=255, float64=-0)"
},
{
"tpl": "{{ printf \"x[3]+2[1]+FX%\" -0.0 (int64 3) }}",
"out": "x[3]+2[1]+FX%!(NOVERB)%!(EXTRA float64=-0, int64=3)"
},
{
"tpl": "{{ printf \"vt[2]b\" 1 }}",
"out": "vt[2]b%!(EXTRA int=1)"
},
{
"tpl": "{{ printf \"T1[2]\" true \"str\" 1e6 }}",
"out": "T1[2]%!(EXTRA bool=true, string=str, float64=1e+06)"
},
{
"tpl": "{{ printf \"gFtd.5-\" .m 1e6 }}",
"out": "gFtd.5-%!(EXTRA map[string]interface {}=map[a:1 b:2 c:map[d:deep] z:1], float64=1e+06)"
},
{
"tpl": "{{ printf \"1]dv-\" (int64 3) -0.0 \"str\" (list 1 \"a\") }}",
"out": "1]dv-%!(EXTRA int64=3, float64=-0, string=str, []interface {}=[1 a])"
},
{
"tpl": "{{ printf \"0b[2]%\" 2.5 -7 \"str\" }}",
"out": "0b[2]%!(NOVERB)%!(EXTRA float64=2.5, int=-7, string=str)"
},
{
"tpl": "{{ printf \"o c[3][geb2\"  }}",
"out": "o c[3][geb2"
},
{
"tpl": "{{ printf \"fX-\" .m true \"str\" }}",
"out": "fX-%!(EXTRA map[string]interface {}=map[a:1 b:2 c:map[d:deep] z:1], bool=true, string=str)"
},
{
"tpl": "{{ printf \"dotc2sa\"  }}",
"out": "dotc2sa"
},
{
"tpl": "{{ printf \"  .\" (int64 3) true }}",
"out": "  .%!(EXTRA int64=3, bool=true)"
},
{
"tpl": "{{ printf \"#f .%d\" 1 }}",
"out": "#f .1"
},
{
"tpl": "{{ printf \"s\" \"h\u00e9llo\" 1e6 (list 1 \"a\") }}",
"out": "s%!(EXTRA string=h\u00e9llo, float64=1e+06, []interface {}=[1 a])"
},
{
"tpl": "{{ printf \"TE[\" nil }}",
"out": "TE[%!(EXTRA <nil>)"
},
{
"tpl": "{{ printf \" #1[3]o\" (int64 3) \"h\u00e9llo\" (int64 3) }}",
"out": " #1[3]o%!(EXTRA int64=3, string=h\u00e9llo, int64=3)"
},
{
"tpl": "{{ printf \"-cc-xg\"  }}",
"out": "-cc-xg"
},
{
"tpl": "{{ printf \"b[3]vtf%[1]\" true \"h\u00e9llo\" }}",
"out": "b[3]vtf%!(NOVERB)"
},
{
"tpl": "{{ printf \"U5[2]tE X\" 1e6 .m 2.5 }}",
"out": "U5[2]tE X%!(EXTRA float64=1e+06, map[string]interface {}=map[a:1 b:2 c:map[d:deep] z:1], float64=2.5)"
},
{
"tpl": "{{ printf \"egE[1]+.+[X\" (list 1 \"a\") }}",
"out": "egE[1]+.+[X%!(EXTRA []interface {}=[1 a])"
},
{
"tpl": "{{ printf \"x \" nil -7 }}",
"out": "x %!(EXTRA <nil>, int=-7)"
},
{
"tpl": "{{ printf \"v\" nil }}",
"out": "v%!(EXTRA <nil>)"
},
{
"tpl": "{{ printf \"b2o]x\" (list 1 \"a\") }}",
"out": "b2o]x%!(EXTRA []interface {}=[1 a])"
},
{
"tpl": "{{ printf \"%5#eG*2d#\" 1 255 2.5 }}",
"out": "%!#(int=    1)eG*2d#%!(EXTRA int=255, float64=2.5)"
},
{
"tpl": "{{ printf \"\u00e90#1X\" 255 2.5 }}",
"out": "\u00e90#1X%!(EXTRA int=255, float64=2.5)"
},
{
"tpl": "{{ printf \"q[1]]1\" .m \"h\u00e9llo\" }}",
"out": "q[1]]1%!(EXTRA map[string]interface {}=map[a:1 b:2 c:map[d:deep] z:1], string=h\u00e9llo)"
},
{
"tpl": "{{ printf \"[2]\" -0.0 1 -0.0 255 }}",
"out": "[2]%!(EXTRA float64=-0, int=1, float64=-0, int=255)"
},
{
"tpl": "{{ printf \"0g+\" -7 }}",
"out": "0g+%!(EXTRA int=-7)"
},
{
"tpl": "{{ printf \"-a2fc-E\"  }}",
"out": "-a2fc-E"
},
{
"tpl": "{{ printf \"1#b1G\" 1e6 }}",
"out": "1#b1G%!(EXTRA float64=1e+06)"
},
{
"tpl": "{{ printf \"e[2].a\"  }}",
"out": "e[2].a"
},
{
"tpl": "{{ printf \"%[9][1]EE\" 1e6 1 1e6 1e6 }}",
"out": "%![(BADINDEX)1]EE"
},
{
"tpl": "{{ printf \"[e\" \"str\" -0.0 -0.0 \"str\" }}",
"out": "[e%!(EXTRA string=str, float64=-0, float64=-0, string=str)"
},
{
"tpl": "{{ printf \"tT[2]2%F\" -7 true }}",
"out": "tT[2]2%!F(int=-7)%!(EXTRA bool=true)"
},
{
"tpl": "{{ printf \"%ga\" -0.0 nil }}",
"out": "-0a%!(EXTRA <nil>)"
},
{
"tpl": "{{ printf \"*\" 1 }}",
"out": "*%!(EXTRA int=1)"
},
{
"tpl": "{{ printf \"]ed\u00e9\" 255 -7 1e6 \"str\" }}",
"out": "]ed\u00e9%!(EXTRA int=255, int=-7, float64=1e+06, string=str)"
},
{
"tpl": "{{ printf \"EqFfqGv\" .m 255 true }}",
"out": "EqFfqGv%!(EXTRA map[string]interface {}=map[a:1 b:2 c:map[d:deep] z:1], int=255, bool=true)"
},
{
"tpl": "{{ printf \"][3][9]vT\"  }}",
"out": "][3][9]vT"
},
{
"tpl": "{{ printf \"sUo%5E[9]t\" \"str\" 1e6 .m 255 }}",
"out": "sUo%!E(string=  str)[9]t%!(EXTRA float64=1e+06, map[string]interface {}=map[a:1 b:2 c:map[d:deep] z:1], int=255)"
},
{
"tpl": "{{ printf \"gUTve\" \"str\" }}",
"out": "gUTve%!(EXTRA string=str)"
},
{
"tpl": "{{ printf \"ac\u00e9\" \"h\u00e9llo\" 255 (int64 3) }}",
"out": "ac\u00e9%!(EXTRA string=h\u00e9llo, int=255, int64=3)"
},
{
"tpl": "{{ printf \"o2[1]\" .m nil -7 \"h\u00e9llo\" }}",
"out": "o2[1]%!(EXTRA map[string]interface {}=map[a:1 b:2 c:map[d:deep] z:1], <nil>, int=-7, string=h\u00e9llo)"
},
{
"tpl": "{{ printf \"t\" (list 1 \"a\") 1e6 -0.0 (int64 3) }}",
"out": "t%!(EXTRA []interface {}=[1 a], float64=1e+06, float64=-0, int64=3)"
},
{
"tpl": "{{ printf \"o%[G2[[1]s \" 255 -0.0 2.5 true }}",
"out": "o%!s(BADINDEX) "
},
{
"tpl": "{{ printf \"ed-[3].\" \"str\" \"h\u00e9llo\" true }}",
"out": "ed-[3].%!(EXTRA string=str, string=h\u00e9llo, bool=true)"
},
{
"tpl": "{{ printf \"o[%[1]2 \" -0.0 -0.0 (list 1 \"a\") }}",
"out": "o[%! (BADINDEX)"
},
{
"tpl": "{{ printf \"q5%Tf[9]\"  }}",
"out": "q5%!T(MISSING)f[9]"
},
{
"tpl": "{{ printf \"X[2]-q[1]\" .m \"h\u00e9llo\" true 2.5 }}",
"out": "X[2]-q[1]%!(EXTRA map[string]interface {}=map[a:1 b:2 c:map[d:deep] z:1], string=h\u00e9llo, bool=true, float64=2.5)"
},
{
"tpl": "{{ printf \"G[1]\" 2.5 -7 (list 1 \"a\") (list 1 \"a\") }}",
"out": "G[1]%!(EXTRA float64=2.5, int=-7, []interface {}=[1 a], []interface {}=[1 a])"
},
{
"tpl": "{{ printf \"[1]0\" -7 2.5 .m }}",
"out": "[1]0%!(EXTRA int=-7, float64=2.5, map[string]interface {}=map[a:1 b:2 c:map[d:deep] z:1])"
},
{
"tpl": "{{ printf \"v%q%a]tTg\" \"str\" -7 2.5 }}",
"out": "v\"str\"%!a(int=-7)]tTg%!(EXTRA float64=2.5)"
},
{
"tpl": "{{ printf \"%[2[9]F[9]ex\" 1e6 (int64 3) (int64 3) }}",
"out": "%!F(BADINDEX)[9]ex"
},
{
"tpl": "{{ printf \"q[9]%\" .m true 1 }}",
"out": "q[9]%!(NOVERB)%!(EXTRA map[string]interface {}=map[a:1 b:2 c:map[d:deep] z:1], bool=true, int=1)"
},
{
"tpl": "{{ printf \"d2U1*\" -0.0 -7 \"str\" }}",
"out": "d2U1*%!(EXTRA float64=-0, int=-7, string=str)"
},
{
"tpl": "{{ printf \"tav+\u00e9[3]E0\" 2.5 }}",
"out": "tav+\u00e9[3]E0%!(EXTRA float64=2.5)"
},
{
"tpl": "{{ printf \"%[3]\" nil }}",
"out": "%!(NOVERB)"
},
{
"tpl": "{{ printf \"X#E\u00e9s\" .m 2.5 }}",
"out": "X#E\u00e9s%!(EXTRA map[string]interface {}=map[a:1 b:2 c:map[d:deep] z:1], float64=2.5)"
},
{
"tpl": "{{ printf \".[[1]s[T0G\" -0.0 -7 1e6 2.5 }}",
"out": ".[[1]s[T0G%!(EXTRA float64=-0, int=-7, float64=1e+06, float64=2.5)"
},
{
"tpl": "{{ printf \"Gq%a\" 255 \"str\" }}",
"out": "Gq%!a(int=255)%!(EXTRA string=str)"
},
{
"tpl": "{{ printf \"+G[2]-\u00e9d#\"  }}",
"out": "+G[2]-\u00e9d#"
},
{
"tpl": "{{ printf \"1\" \"str\" (list 1 \"a\") \"h\u00e9llo\" }}",
"out": "1%!(EXTRA string=str, []interface {}=[1 a], string=h\u00e9llo)"
},
{
"tpl": "{{ printf \"  01 oas\" .m -0.0 }}",
"out": "  01 oas%!(EXTRA map[string]interface {}=map[a:1 b:2 c:map[d:deep] z:1], float64=-0)"
},
{
"tpl": "{{ printf \"fc\u00e9vt\" nil 1 1 }}",
"out": "fc\u00e9vt%!(EXTRA <nil>, int=1, int=1)"
},
{
"tpl": "{{ printf \"\u00e9\" 1e6 (list 1 \"a\") }}",
"out": "\u00e9%!(EXTRA float64=1e+06, []interface {}=[1 a])"
},
{
"tpl": "{{ printf \"b]\" \"h\u00e9llo\" 2.5 \"str\" (int64 3) }}",
"out": "b]%!(EXTRA string=h\u00e9llo, float64=2.5, string=str, int64=3)"
},
{
"tpl": "{{ printf \"a\" -7 \"str\" (int64 3) (list 1 \"a\") }}",
"out": "a%!(EXTRA int=-7, string=str, int64=3, []interface {}=[1 a])"
},
{
"tpl": "{{ printf \"1[[feeE25\"  }}",
"out": "1[[feeE25"
},
{
"tpl": "{{ printf \"0g \" \"h\u00e9llo\" (list 1 \"a\") 1e6 true }}",
"out": "0g %!(EXTRA string=h\u00e9llo, []interface {}=[1 a], float64=1e+06, bool=true)"
},
{
"tpl": "{{ printf \"qe%[2]o+Ux[1]\"  }}",
"out": "qe%!o(BADINDEX)+Ux[1]"
},
{
"tpl": "{{ printf \"[1]-t\"  }}",
"out": "[1]-t"
},
{
"tpl": "{{ printf \"0qUG1[9]1 %\" \"h\u00e9llo\" true \"str\" }}",
"out": "0qUG1[9]1 %!(NOVERB)%!(EXTRA string=h\u00e9llo, bool=true, string=str)"
},
{
"tpl": "{{ printf \"[2]2Fegx\" -0.0 }}",
"out": "[2]2Fegx%!(EXTRA float64=-0)"
},
{
"tpl": "{{ printf \"*[5T\u00e9#[3]\" -0.0 -7 1 }}",
"out": "*[5T\u00e9#[3]%!(EXTRA float64=-0, int=-7, int=1)"
},
{
"tpl": "{{ printf \"x[9]v#[9]2\" nil -7 (list 1 \"a\") }}",
"out": "x[9]v#[9]2%!(EXTRA <nil>, int=-7, []interface {}=[1 a])"
},
{
"tpl": "{{ printf \"+1[1]\" \"h\u00e9llo\" 255 1 .m }}",
"out": "+1[1]%!(EXTRA string=h\u00e9llo, int=255, int=1, map[string]interface {}=map[a:1 b:2 c:map[d:deep] z:1])"
},
{
"tpl": "{{ printf \" \"  }}",
"out": " "
},
{
"tpl": "{{ printf \"[%U+U[1]\" \"str\" 1 }}",
"out": "[%!U(string=str)+U[1]%!(EXTRA int=1)"
},
{
"tpl": "{{ printf \"%g\" 2.5 -7 .m .m }}",
"out": "2.5%!(EXTRA int=-7, map[string]interface {}=map[a:1 b:2 c:map[d:deep] z:1], map[string]interface {}=map[a:1 b:2 c:map[d:deep] z:1])"
},
{
"tpl": "{{ printf \"dX[2]b[1] E\"  }}",
"out": "dX[2]b[1] E"
},
{
"tpl": "{{ printf \"x\" \"h\u00e9llo\" }}",
"out": "x%!(EXTRA string=h\u00e9llo)"
},
{
"tpl": "{{ printf \"[[9] v%U\" 2.5 1e6 true 255 }}",
"out": "[[9] v%!U(float64=2.5)%!(EXTRA float64=1e+06, bool=true, int=255)"
},
{
"tpl": "{{ printf \"q2#d\" (int64 3) 255 1e6 }}",
"out": "q2#d%!(EXTRA int64=3, int=255, float64=1e+06)"
},
{
"tpl": "{{ printf \"%- *so[ \" \"h\u00e9llo\" nil }}",
"out": "%!(BADWIDTH)%!s(<nil>)o[ "
},
{
"tpl": "{{ printf \"-[1]%\" -0.0 .m -0.0 \"h\u00e9llo\" }}",
"out": "-[1]%!(NOVERB)%!(EXTRA float64=-0, map[string]interface {}=map[a:1 b:2 c:map[d:deep] z:1], float64=-0, string=h\u00e9llo)"
},
{
"tpl": "{{ printf \"o[2]o\" nil }}",
"out": "o[2]o%!(EXTRA <nil>)"
},
{
"tpl": "{{ printf \"]\" 2.5 -0.0 }}",
"out": "]%!(EXTRA float64=2.5, float64=-0)"
},
{
"tpl": "{{ printf \"v\" -0.0 255 true }}",
"out": "v%!(EXTRA float64=-0, int=255, bool=true)"
},
{
"tpl": "{{ printf \"c o\" .m }}",
"out": "c o%!(EXTRA map[string]interface {}=map[a:1 b:2 c:map[d:deep] z:1])"
},
{
"tpl": "{{ printf \"0Xoc\" \"str\" 1 1e6 }}",
"out": "0Xoc%!(EXTRA string=str, int=1, float64=1e+06)"
},
{
"tpl": "{{ printf \"5[9]dga][1]d\" .m 255 \"str\" }}",
"out": "5[9]dga][1]d%!(EXTRA map[string]interface {}=map[a:1 b:2 c:map[d:deep] z:1], int=255, string=str)"
},
{
"tpl": "{{ printf \"#\" \"str\" nil -0.0 255 }}",
"out": "#%!(EXTRA string=str, <nil>, float64=-0, int=255)"
},
{
"tpl": "{{ printf \" *\" 255 (list 1 \"a\") 1 }}",
"out": " *%!(EXTRA int=255, []interface {}=[1 a], int=1)"
},
{
"tpl": "{{ printf \"1Ff1%0Fxt\"  }}",
"out": "1Ff1%!F(MISSING)xt"
},
{
"tpl": "{{ printf \"F-e%oX\" nil -7 }}",
"out": "F-e%!o(<nil>)X%!(EXTRA int=-7)"
},
{
"tpl": "{{ printf \"-%[3]5[g \"  }}",
"out": "-%![(BADINDEX)g "
},
{
"tpl": "{{ printf \"a\" 1 -0.0 1 }}",
"out": "a%!(EXTRA int=1, float64=-0, int=1)"
},
{
"tpl": "{{ printf \"T*%gxGt%-\" nil (int64 3) \"str\" }}",
"out": "T*%!g(<nil>)xGt%!(NOVERB)%!(EXTRA int64=3, string=str)"
},
{
"tpl": "{{ printf \"0XX.\"  }}",
"out": "0XX."
},
{
"tpl": "{{ printf \"F\" nil \"str\" \"str\" -0.0 }}",
"out": "F%!(EXTRA <nil>, string=str, string=str, float64=-0)"
},
{
"tpl": "{{ printf \"\u00e9T*E%\" \"str\" }}",
"out": "\u00e9T*E%!(NOVERB)%!(EXTRA string=str)"
},
{
"tpl": "{{ printf \"X[oEf%%E[2]\" (list 1 \"a\") -7 1 }}",
"out": "X[oEf%E[2]%!(EXTRA []interface {}=[1 a], int=-7, int=1)"
},
{
"tpl": "{{ printf \"#+G[9]Ux+%[\"  }}",
"out": "#+G[9]Ux+%!(NOVERB)"
},
{
"tpl": "{{ printf \"[9]**e[3]\" (list 1 \"a\") (list 1 \"a\") }}",
"out": "[9]**e[3]%!(EXTRA []interface {}=[1 a], []interface {}=[1 a])"
},
{
"tpl": "{{ printf \"qxgdE%Xq-\" .m (list 1 \"a\") (list 1 \"a\") }}",
"out": "qxgdEmap[61:0X1P+00 62:0X1P+01 63:map[64:64656570] 7A:1]q-%!(EXTRA []interface {}=[1 a], []interface {}=[1 a])"
},
{
"tpl": "{{ printf \"* cs]e\"  }}",
"out": "* cs]e"
},
{
"tpl": "{{ printf \"tXXTqx]\" nil \"str\" 1e6 }}",
"out": "tXXTqx]%!(EXTRA <nil>, string=str, float64=1e+06)"
},
{
"tpl": "{{ printf \"2-2d[9]#\" (list 1 \"a\") (list 1 \"a\") -0.0 .m }}",
"out": "2-2d[9]#%!(EXTRA []interface {}=[1 a], []interface {}=[1 a], float64=-0, map[string]interface {}=map[a:1 b:2 c:map[d:deep] z:1])"
},
{
"tpl": "{{ printf \"cbsg5FG\" \"str\" 2.5 (int64 3) }}",
"out": "cbsg5FG%!(EXTRA string=str, float64=2.5, int64=3)"
},
{
"tpl": "{{ printf \"t\" 2.5 }}",
"out": "t%!(EXTRA float64=2.5)"
},
{
"tpl": "{{ printf \"2[2]aa[xxT[\"  }}",
"out": "2[2]aa[xxT["
},
{
"tpl": "{{ printf \"%\" \"h\u00e9llo\" (int64 3) }}",
"out": "%!(NOVERB)%!(EXTRA string=h\u00e9llo, int64=3)"
},
{
"tpl": "{{ printf \"oT[3]d\" (list 1 \"a\") true }}",
"out": "oT[3]d%!(EXTRA []interface {}=[1 a], bool=true)"
},
{
"tpl": "{{ printf \"% \"  }}",
"out": "%!(NOVERB)"
},
{
"tpl": "{{ printf \".css11f\" -7 2.5 (int64 3) nil }}",
"out": ".css11f%!(EXTRA int=-7, float64=2.5, int64=3, <nil>)"
},
{
"tpl": "{{ printf \"tUG\" 2.5 255 (list 1 \"a\") \"h\u00e9llo\" }}",
"out": "tUG%!(EXTRA float64=2.5, int=255, []interface {}=[1 a], string=h\u00e9llo)"
},
{
"tpl": "{{ printf \"[2]%\" \"h\u00e9llo\" \"h\u00e9llo\" 255 .m }}",
"out": "[2]%!(NOVERB)%!(EXTRA string=h\u00e9llo, string=h\u00e9llo, int=255, map[string]interface {}=map[a:1 b:2 c:map[d:deep] z:1])"
},
{
"tpl": "{{ printf \"q]-b\" .m 1 \"str\" }}",
"out": "q]-b%!(EXTRA map[string]interface {}=map[a:1 b:2 c:map[d:deep] z:1], int=1, string=str)"
},
{
"tpl": "{{ printf \"+c\u00e9[1]o]\" 255 }}",
"out": "+c\u00e9[1]o]%!(EXTRA int=255)"
},
{
"tpl": "{{ printf \"GFq[3][1]2\" -7 }}",
"out": "GFq[3][1]2%!(EXTRA int=-7)"
},
{
"tpl": "{{ printf \"d%\" \"h\u00e9llo\" (list 1 \"a\") }}",
"out": "d%!(NOVERB)%!(EXTRA string=h\u00e9llo, []interface {}=[1 a])"
},
{
"tpl": "{{ printf \"X2 \" 255 2.5 255 -0.0 }}",
"out": "X2 %!(EXTRA int=255, float64=2.5, int=255, float64=-0)"
},
{
"tpl": "{{ printf \"f.5%q\" nil .m -7 (list 1 \"a\") }}",
"out": "f.5%!q(<nil>)%!(EXTRA map[string]interface {}=map[a:1 b:2 c:map[d:deep] z:1], int=-7, []interface {}=[1 a])"
},
{
"tpl": "{{ printf \"%F*ox\"  }}",
"out": "%!F(MISSING)*ox"
},
{
"tpl": "{{ printf \"%Fb1s\" 2.5 .m }}",
"out": "2.500000b1s%!(EXTRA map[string]interface {}=map[a:1 b:2 c:map[d:deep] z:1])"
},
{
"tpl": "{{ printf \"-a-c*+\" 1 \"str\" (int64 3) nil }}",
"out": "-a-c*+%!(EXTRA int=1, string=str, int64=3, <nil>)"
},
{
"tpl": "{{ printf \"[2]0xX2s\" -7 }}",
"out": "[2]0xX2s%!(EXTRA int=-7)"
},
{
"tpl": "{{ printf \"Ff[1]*]ETv1\" 255 \"str\" \"h\u00e9llo\" true }}",
"out": "Ff[1]*]ETv1%!(EXTRA int=255, string=str, string=h\u00e9llo, bool=true)"
},
{
"tpl": "{{ printf \"]cc\" nil (int64 3) true (list 1 \"a\") }}",
"out": "]cc%!(EXTRA <nil>, int64=3, bool=true, []interface {}=[1 a])"
},
{
"tpl": "{{ printf \"[3] [ge]0+#\" (int64 3) 255 2.5 }}",
"out": "[3] [ge]0+#%!(EXTRA int64=3, int=255, float64=2.5)"
},
{
"tpl": "{{ printf \"X\" 1 }}",
"out": "X%!(EXTRA int=1)"
},
{
"tpl": "{{ printf \"+t%o%\" 255 true }}",
"out": "+t377%!(NOVERB)%!(EXTRA bool=true)"
},
{
"tpl": "{{ printf \"o%gXt.o\"  }}",
"out": "o%!g(MISSING)Xt.o"
},
{
"tpl": "{{ printf \"#+\" .m 2.5 nil }}",
"out": "#+%!(EXTRA map[string]interface {}=map[a:1 b:2 c:map[d:deep] z:1], float64=2.5, <nil>)"
},
{
"tpl": "{{ printf \"# [9]d[9]+\" 255 -0.0 true .m }}",
"out": "# [9]d[9]+%!(EXTRA int=255, float64=-0, bool=true, map[string]interface {}=map[a:1 b:2 c:map[d:deep] z:1])"
},
{
"tpl": "{{ printf \"o[3]x[tv\" .m -0.0 }}",
"out": "o[3]x[tv%!(EXTRA map[string]interface {}=map[a:1 b:2 c:map[d:deep] z:1], float64=-0)"
},
{
"tpl": "{{ printf \"aU[9]%\" -0.0 -7 2.5 }}",
"out": "aU[9]%!(NOVERB)%!(EXTRA float64=-0, int=-7, float64=2.5)"
},
{
"tpl": "{{ printf \"Te#v[3]xE[9]\" (list 1 \"a\") (int64 3) 1 \"str\" }}",
"out": "Te#v[3]xE[9]%!(EXTRA []interface {}=[1 a], int64=3, int=1, string=str)"
},
{
"tpl": "{{ printf \"++2[2][9]Tc\" -0.0 (int64 3) (list 1 \"a\") .m }}",
"out": "++2[2][9]Tc%!(EXTRA float64=-0, int64=3, []interface {}=[1 a], map[string]interface {}=map[a:1 b:2 c:map[d:deep] z:1])"
},
{
"tpl": "{{ printf \"vG-U#o\" 1 (int64 3) 2.5 }}",
"out": "vG-U#o%!(EXTRA int=1, int64=3, float64=2.5)"
},
{
"tpl": "{{ printf \"f[#X[d#[3]c\" \"str\" \"str\" \"h\u00e9llo\" }}",
"out": "f[#X[d#[3]c%!(EXTRA string=str, string=str, string=h\u00e9llo)"
},
{
"tpl": "{{ printf \".#xd1\"  }}",
"out": ".#xd1"
},
{
"tpl": "{{ printf \"bgv\" 255 -7 nil 1e6 }}",
"out": "bgv%!(EXTRA int=255, int=-7, <nil>, float64=1e+06)"
},
{
"tpl": "{{ printf \"TF\"  }}",
"out": "TF"
},
{
"tpl": "{{ printf \" d\"  }}",
"out": " d"
},
{
"tpl": "{{ printf \"UF[2]d2\" -7 .m }}",
"out": "UF[2]d2%!(EXTRA int=-7, map[string]interface {}=map[a:1 b:2 c:map[d:deep] z:1])"
},
{
"tpl": "{{ printf \"b 1[#s[3]vf\" -7 255 1e6 \"h\u00e9llo\" }}",
"out": "b 1[#s[3]vf%!(EXTRA int=-7, int=255, float64=1e+06, string=h\u00e9llo)"
},
{
"tpl": "{{ printf \"%XXt#g+EE\" true nil -0.0 }}",
"out": "%!X(bool=true)Xt#g+EE%!(EXTRA <nil>, float64=-0)"
},
{
"tpl": "{{ printf \"2.[sa\" nil true .m }}",
"out": "2.[sa%!(EXTRA <nil>, bool=true, map[string]interface {}=map[a:1 b:2 c:map[d:deep] z:1])"
},
{
"tpl": "{{ printf \"1o\" 2.5 (int64 3) 2.5 .m }}",
"out": "1o%!(EXTRA float64=2.5, int64=3, float64=2.5, map[string]interface {}=map[a:1 b:2 c:map[d:deep] z:1])"
},
{
"tpl": "{{ printf \"ag\u00e9\"  }}",
"out": "ag\u00e9"
},
{
"tpl": "{{ printf \"Fd1\" (list 1 \"a\") (int64 3) }}",
"out": "Fd1%!(EXTRA []interface {}=[1 a], int64=3)"
},
{
"tpl": "{{ printf \"[Eg#FG*\" 2.5 .m (int64 3) }}",
"out": "[Eg#FG*%!(EXTRA float64=2.5, map[string]interface {}=map[a:1 b:2 c:map[d:deep] z:1], int64=3)"
},
{
"tpl": "{{ printf \"5.G#\" (int64 3) nil -0.0 \"str\" }}",
"out": "5.G#%!(EXTRA int64=3, <nil>, float64=-0, string=str)"
},
{
"tpl": "{{ printf \"s% [3]U\u00e92]\" \"str\" true (list 1 \"a\") 2.5 }}",
"out": "s[U+0001 %!U(string=a)]\u00e92]"
},
{
"tpl": "{{ printf \"*#g5\" (int64 3) nil }}",
"out": "*#g5%!(EXTRA int64=3, <nil>)"
},
{
"tpl": "{{ printf \"[1]b%sc\" (int64 3) \"h\u00e9llo\" }}",
"out": "[1]b%!s(int64=3)c%!(EXTRA string=h\u00e9llo)"
},
{
"tpl": "{{ printf \"Uov0\" 1 \"str\" -7 (int64 3) }}",
"out": "Uov0%!(EXTRA int=1, string=str, int=-7, int64=3)"
},
{
"tpl": "{{ printf \"#X\u00e9X%gx\" .m -7 }}",
"out": "#X\u00e9Xmap[%!g(string=a):1 %!g(string=b):2 %!g(string=c):map[%!g(string=d):%!g(string=deep)] %!g(string=z):%!g(int=1)]x%!(EXTRA int=-7)"
},
{
"tpl": "{{ printf \"1[3]1[1]vv\" \"h\u00e9llo\" true \"h\u00e9llo\" .m }}",
"out": "1[3]1[1]vv%!(EXTRA string=h\u00e9llo, bool=true, string=h\u00e9llo, map[string]interface {}=map[a:1 b:2 c:map[d:deep] z:1])"
},
{
"tpl": "{{ printf \"vx%X\" \"h\u00e9llo\" true }}",
"out": "vx68C3A96C6C6F%!(EXTRA bool=true)"
},
{
"tpl": "{{ printf \"[9]X]Tqqv0\" .m \"str\" }}",
"out": "[9]X]Tqqv0%!(EXTRA map[string]interface {}=map[a:1 b:2 c:map[d:deep] z:1], string=str)"
},
{
"tpl": "{{ printf \"+Ee[o[3]T\" nil 2.5 }}",
"out": "+Ee[o[3]T%!(EXTRA <nil>, float64=2.5)"
},
{
"tpl": "{{ printf \"+][2][2]E%FT\" 1 255 }}",
"out": "+][2][2]E%!F(int=1)T%!(EXTRA int=255)"
},
{
"tpl": "{{ printf \"5g vc.5\" 2.5 (int64 3) 1 }}",
"out": "5g vc.5%!(EXTRA float64=2.5, int64=3, int=1)"
},
{
"tpl": "{{ printf \"%E22+eo%%\" (list 1 \"a\") nil .m }}",
"out": "[%!E(int=1) %!E(string=a)]22+eo%%!(EXTRA <nil>, map[string]interface {}=map[a:1 b:2 c:map[d:deep] z:1])"
},
{
"tpl": "{{ printf \"ob2t\"  }}",
"out": "ob2t"
},
{
"tpl": "{{ printf \"cv\" \"h\u00e9llo\" .m \"h\u00e9llo\" (list 1 \"a\") }}",
"out": "cv%!(EXTRA string=h\u00e9llo, map[string]interface {}=map[a:1 b:2 c:map[d:deep] z:1], string=h\u00e9llo, []interface {}=[1 a])"
},
{
"tpl": "{{ printf \"b%c\" 1 \"str\" }}",
"out": "b\u0001%!(EXTRA string=str)"
},
{
"tpl": "{{ printf \"v\" \"str\" 2.5 }}",
"out": "v%!(EXTRA string=str, float64=2.5)"
},
{
"tpl": "{{ printf \"[9]a[%Ex2\" -0.0 \"str\" \"str\" -0.0 }}",
"out": "[9]a[-0.000000E+00x2%!(EXTRA string=str, string=str, float64=-0)"
},
{
"tpl": "{{ printf \"qv*s[1]f.%*\" 255 255 true (list 1 \"a\") }}",
"out": "qv*s[1]f.%!(NOVERB)%!(EXTRA int=255, bool=true, []interface {}=[1 a])"
},
{
"tpl": "{{ printf \"s#% ]\" (list 1 \"a\") }}",
"out": "s#[%!](int= 1) %!](string=a)]"
},
{
"tpl": "{{ printf \"%0+[3][9]a.\" .m }}",
"out": "%![(BADINDEX)9]a."
},
{
"tpl": "{{ printf \"%FggX\" 2.5 -0.0 }}",
"out": "2.500000ggX%!(EXTRA float64=-0)"
},
{
"tpl": "{{ printf \"c[9]Xd[3]#q\" 1 255 }}",
"out": "c[9]Xd[3]#q%!(EXTRA int=1, int=255)"
},
{
"tpl": "{{ printf \"FdGbgx\" \"str\" \"h\u00e9llo\" }}",
"out": "FdGbgx%!(EXTRA string=str, string=h\u00e9llo)"
},
{
"tpl": "{{ printf \"1[*boG\" -0.0 2.5 1e6 }}",
"out": "1[*boG%!(EXTRA float64=-0, float64=2.5, float64=1e+06)"
},
{
"tpl": "{{ printf \"a.\u00e9Xt*#]\"  }}",
"out": "a.\u00e9Xt*#]"
},
{
"tpl": "{{ printf \"]acv\" 2.5 \"h\u00e9llo\" }}",
"out": "]acv%!(EXTRA float64=2.5, string=h\u00e9llo)"
},
{
"tpl": "{{ printf \"b]\" \"h\u00e9llo\" -0.0 .m }}",
"out": "b]%!(EXTRA string=h\u00e9llo, float64=-0, map[string]interface {}=map[a:1 b:2 c:map[d:deep] z:1])"
},
{
"tpl": "{{ initials \"\" }} {{ camelcase \"\" }} {{ toJson \"\" }} {{ upper \"\" }} {{ title \"\" }} {{ kebabcase \"\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"\" \"\" \"\" \"\" }}",
"out": "  \"\"    \"\"||        |\"\"  "
},
{
"tpl": "{{ wrap -2 \"\" | quote }} {{ trunc -2 \"\" | quote }} {{ abbrev -2 \"\" | quote }} {{ substr 0 1 \"\" | quote }} {{ trimAll \"*`\" \"\" | quote }}",
"out": "\"\" \"\" \"\" \"\" \"\""
},
{
"tpl": "{{ quote \"%%\\u2028B _%~\" }} {{ lower \"%%\\u2028B _%~\" }} {{ camelcase \"%%\\u2028B _%~\" }} {{ snakecase \"%%\\u2028B _%~\" }} {{ upper \"%%\\u2028B _%~\" }} {{ kebabcase \"%%\\u2028B _%~\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"%%\\u2028B _%~\" \"%%\\u2028B _%~\" \"%%\\u2028B _%~\" \"%%\\u2028B _%~\" }}",
"out": "\"%%\\u2028B _%~\" %%\u2028b _%~ %%B %~ %%_b__%~ %%\u2028B _%~ %%-b--%~ \"%%\\u2028B _%~\"|2525e280a842205f257e|     %%\u2028|\"%%\\u2028B _%~\""
},
{
"tpl": "{{ wrap 9 \"%%\\u2028B _%~\" | quote }} {{ trunc 9 \"%%\\u2028B _%~\" | quote }} {{ abbrev 9 \"%%\\u2028B _%~\" | quote }} {{ substr 9 12 \"%%\\u2028B _%~\" | quote }} {{ trimAll \"za\" \"%%\\u2028B _%~\" | quote }}",
"out": "\"%%\\u2028B\\n_%~\" \"%%\\u2028B _%\" \"%%\\u2028B...\" \"~\" \"%%\\u2028B _%~\""
},
{
"tpl": "{{ camelcase \"\u03c3]0\ufb01b\" }} {{ title \"\u03c3]0\ufb01b\" }} {{ toString \"\u03c3]0\ufb01b\" }} {{ toJson \"\u03c3]0\ufb01b\" }} {{ snakecase \"\u03c3]0\ufb01b\" }} {{ b32enc \"\u03c3]0\ufb01b\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"\u03c3]0\ufb01b\" \"\u03c3]0\ufb01b\" \"\u03c3]0\ufb01b\" \"\u03c3]0\ufb01b\" }}",
"out": "\u03a3]0\ufb01b \u03a3]0\ufb01b \u03c3]0\ufb01b \"\u03c3]0\ufb01b\" \u03c3]0\ufb01b Z6BV2MHPVSAWE=== \"\u03c3]0\ufb01b\"|cf835d30efac8162|     \u03c3]0|\"\u03c3]0\ufb01b\""
},
{
"tpl": "{{ wrap 10 \"\u03c3]0\ufb01b\" | quote }} {{ trunc 10 \"\u03c3]0\ufb01b\" | quote }} {{ abbrev 10 \"\u03c3]0\ufb01b\" | quote }} {{ substr 10 13 \"\u03c3]0\ufb01b\" | quote }} {{ trimAll \"+}\" \"\u03c3]0\ufb01b\" | quote }}",
"out": "\"\u03c3]0\ufb01b\" \"\u03c3]0\ufb01b\" \"\u03c3]0\ufb01b\" ",
"err": "template: t:1:105: executing \"t\" at <substr 10 13 \"\u03c3]0\ufb01b\">: error calling substr: runtime error: slice bounds out of range [10:8]"
},
{
"tpl": "{{ nospace \"}\\u00a0b\u6587\" }} {{ quote \"}\\u00a0b\u6587\" }} {{ initials \"}\\u00a0b\u6587\" }} {{ toJson \"}\\u00a0b\u6587\" }} {{ lower \"}\\u00a0b\u6587\" }} {{ swapcase \"}\\u00a0b\u6587\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"}\\u00a0b\u6587\" \"}\\u00a0b\u6587\" \"}\\u00a0b\u6587\" \"}\\u00a0b\u6587\" }}",
"out": "}\u00c2b\u00e6\u0096\u0087 \"}\\u00a0b\u6587\" }b \"}\u00a0b\u6587\" }\u00a0b\u6587 }\u00a0B\u6587 \"}\\u00a0b\u6587\"|7dc2a062e69687|     }\u00a0b|\"}\\u00a0b\u6587\""
},
{
"tpl": "{{ wrap 7 \"}\\u00a0b\u6587\" | quote }} {{ trunc 7 \"}\\u00a0b\u6587\" | quote }} {{ abbrev 7 \"}\\u00a0b\u6587\" | quote }} {{ substr 7 10 \"}\\u00a0b\u6587\" | quote }} {{ trimAll \"a(\" \"}\\u00a0b\u6587\" | quote }}",
"out": "\"}\\u00a0b\u6587\" \"}\\u00a0b\u6587\" \"}\\u00a0b\u6587\" \"\" \"}\\u00a0b\u6587\""
},
{
"tpl": "{{ trim \"\u6587\u00e9>[\u00df`\\n\u0661\u00c9|\ud83d\ude00\\u00a0<'\" }} {{ squote \"\u6587\u00e9>[\u00df`\\n\u0661\u00c9|\ud83d\ude00\\u00a0<'\" }} {{ initials \"\u6587\u00e9>[\u00df`\\n\u0661\u00c9|\ud83d\ude00\\u00a0<'\" }} {{ snakecase \"\u6587\u00e9>[\u00df`\\n\u0661\u00c9|\ud83d\ude00\\u00a0<'\" }} {{ toJson \"\u6587\u00e9>[\u00df`\\n\u0661\u00c9|\ud83d\ude00\\u00a0<'\" }} {{ quote \"\u6587\u00e9>[\u00df`\\n\u0661\u00c9|\ud83d\ude00\\u00a0<'\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"\u6587\u00e9>[\u00df`\\n\u0661\u00c9|\ud83d\ude00\\u00a0<'\" \"\u6587\u00e9>[\u00df`\\n\u0661\u00c9|\ud83d\ude00\\u00a0<'\" \"\u6587\u00e9>[\u00df`\\n\u0661\u00c9|\ud83d\ude00\\u00a0<'\" \"\u6587\u00e9>[\u00df`\\n\u0661\u00c9|\ud83d\ude00\\u00a0<'\" }}",
"out": "\u6587\u00e9>[\u00df`\n\u0661\u00c9|\ud83d\ude00\u00a0<' '\u6587\u00e9>[\u00df`\n\u0661\u00c9|\ud83d\ude00\u00a0<'' \u00e6\u00d9< \u6587_\u00e9_>[\u00df_`_\u0661_\u00e9_|\ud83d\ude00_<' \"\u6587\u00e9\\u003e[\u00df`\\n\u0661\u00c9|\ud83d\ude00\u00a0\\u003c'\" \"\u6587\u00e9>[\u00df`\\n\u0661\u00c9|\ud83d\ude00\\u00a0<'\" \"\u6587\u00e9>[\u00df`\\n\u0661\u00c9|\ud83d\ude00\\u00a0<'\"|e69687c3a93e5bc39f600ad9a1c3897cf09f9880c2a03c27|     \u6587\u00e9>|\"\u6587\u00e9>[\u00df`\\n\u0661\u00c9|\ud83d\ude00\\u00a0<'\""
},
{
"tpl": "{{ wrap 2 \"\u6587\u00e9>[\u00df`\\n\u0661\u00c9|\ud83d\ude00\\u00a0<'\" | quote }} {{ trunc 2 \"\u6587\u00e9>[\u00df`\\n\u0661\u00c9|\ud83d\ude00\\u00a0<'\" | quote }} {{ abbrev 2 \"\u6587\u00e9>[\u00df`\\n\u0661\u00c9|\ud83d\ude00\\u00a0<'\" | quote }} {{ substr 2 5 \"\u6587\u00e9>[\u00df`\\n\u0661\u00c9|\ud83d\ude00\\u00a0<'\" | quote }} {{ trimAll \"\u03c3\u24d0\" \"\u6587\u00e9>[\u00df`\\n\u0661\u00c9|\ud83d\ude00\\u00a0<'\" | quote }}",
"out": "\"\u6587\u00e9>[\u00df`\\n\u0661\u00c9|\ud83d\ude00\\u00a0<'\" \"\\xe6\\x96\" \"\u6587\u00e9>[\u00df`\\n\u0661\u00c9|\ud83d\ude00\\u00a0<'\" \"\\x87\u00e9\" \"\u6587\u00e9>[\u00df`\\n\u0661\u00c9|\ud83d\ude00\\u00a0<'\""
},
{
"tpl": "{{ b32enc \"\u0130\" }} {{ initials \"\u0130\" }} {{ camelcase \"\u0130\" }} {{ untitle \"\u0130\" }} {{ trim \"\u0130\" }} {{ toString \"\u0130\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"\u0130\" \"\u0130\" \"\u0130\" \"\u0130\" }}",
"out": "YSYA==== \u00c4 \u0130 i \u0130 \u0130 \"\u0130\"|c4b0|       \u0130|\"\u0130\" "
},
{
"tpl": "{{ wrap 9 \"\u0130\" | quote }} {{ trunc 9 \"\u0130\" | quote }} {{ abbrev 9 \"\u0130\" | quote }} {{ substr 9 12 \"\u0130\" | quote }} {{ trimAll \"\ud83d\ude00z\" \"\u0130\" | quote }}",
"out": "\"\u0130\" \"\u0130\" \"\u0130\" ",
"err": "template: t:1:84: executing \"t\" at <substr 9 12 \"\u0130\">: error calling substr: runtime error: slice bounds out of range [9:2]"
},
{
"tpl": "{{ squote \"{*+\u6587%A,=Z\\u00a0\\n\" }} {{ snakecase \"{*+\u6587%A,=Z\\u00a0\\n\" }} {{ b64enc \"{*+\u6587%A,=Z\\u00a0\\n\" }} {{ untitle \"{*+\u6587%A,=Z\\u00a0\\n\" }} {{ swapcase \"{*+\u6587%A,=Z\\u00a0\\n\" }} {{ upper \"{*+\u6587%A,=Z\\u00a0\\n\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"{*+\u6587%A,=Z\\u00a0\\n\" \"{*+\u6587%A,=Z\\u00a0\\n\" \"{*+\u6587%A,=Z\\u00a0\\n\" \"{*+\u6587%A,=Z\\u00a0\\n\" }}",
"out": "'{*+\u6587%A,=Z\u00a0\n' {*+\u6587%a,=_z__ eyor5paHJUEsPVrCoAo= {*+\u6587%A,=Z\u00a0\n {*+\u6587%a,=z\u00a0\n {*+\u6587%A,=Z\u00a0\n \"{*+\u6587%A,=Z\\u00a0\\n\"|7b2a2be6968725412c3d5ac2a00a|     {*+|\"{*+\u6587%A,=Z\\u00a0\\n\""
},
{
"tpl": "{{ wrap -2 \"{*+\u6587%A,=Z\\u00a0\\n\" | quote }} {{ trunc -2 \"{*+\u6587%A,=Z\\u00a0\\n\" | quote }} {{ abbrev -2 \"{*+\u6587%A,=Z\\u00a0\\n\" | quote }} {{ substr 0 1 \"{*+\u6587%A,=Z\\u00a0\\n\" | quote }} {{ trimAll \"\\n@\" \"{*+\u6587%A,=Z\\u00a0\\n\" | quote }}",
"out": "\"{*+\u6587%A,=Z\\u00a0\\n\" \"\\xa0\\n\" \"{*+\u6587%A,=Z\\u00a0\\n\" \"{\" \"{*+\u6587%A,=Z\\u00a0\""
},
{
"tpl": "{{ untitle \"\\u0301\u4e2d\\n\u03c3:`}\" }} {{ title \"\\u0301\u4e2d\\n\u03c3:`}\" }} {{ initials \"\\u0301\u4e2d\\n\u03c3:`}\" }} {{ lower \"\\u0301\u4e2d\\n\u03c3:`}\" }} {{ upper \"\\u0301\u4e2d\\n\u03c3:`}\" }} {{ trim \"\\u0301\u4e2d\\n\u03c3:`}\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"\\u0301\u4e2d\\n\u03c3:`}\" \"\\u0301\u4e2d\\n\u03c3:`}\" \"\\u0301\u4e2d\\n\u03c3:`}\" \"\\u0301\u4e2d\\n\u03c3:`}\" }}",
"out": "\u0301\u4e2d\n\u03c3:`} \u0301\u4e2d\n\u03a3:`} \u00cc\u00cf \u0301\u4e2d\n\u03c3:`} \u0301\u4e2d\n\u03a3:`} \u0301\u4e2d\n\u03c3:`} \"\u0301\u4e2d\\n\u03c3:`}\"|cc81e4b8ad0acf833a607d|     \u0301\u4e2d\n|\"\u0301\u4e2d\\n\u03c3:`}\""
},
{
"tpl": "{{ wrap -2 \"\\u0301\u4e2d\\n\u03c3:`}\" | quote }} {{ trunc -2 \"\\u0301\u4e2d\\n\u03c3:`}\" | quote }} {{ abbrev -2 \"\\u0301\u4e2d\\n\u03c3:`}\" | quote }} {{ substr 0 1 \"\\u0301\u4e2d\\n\u03c3:`}\" | quote }} {{ trimAll \"a_\" \"\\u0301\u4e2d\\n\u03c3:`}\" | quote }}",
"out": "\"\u0301\u4e2d\\n\u03c3:`}\" \"`}\" \"\u0301\u4e2d\\n\u03c3:`}\" \"\\xcc\" \"\u0301\u4e2d\\n\u03c3:`}\""
},
{
"tpl": "{{ trim \",A!\u216b^\u00df?\" }} {{ toString \",A!\u216b^\u00df?\" }} {{ snakecase \",A!\u216b^\u00df?\" }} {{ kebabcase \",A!\u216b^\u00df?\" }} {{ nospace \",A!\u216b^\u00df?\" }} {{ b32enc \",A!\u216b^\u00df?\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \",A!\u216b^\u00df?\" \",A!\u216b^\u00df?\" \",A!\u216b^\u00df?\" \",A!\u216b^\u00df?\" }}",
"out": ",A!\u216b^\u00df? ,A!\u216b^\u00df? ,a!\u216b_^_\u00df? ,a!\u216b-^-\u00df? ,A!\u00e2\u00ab^\u00c3\u009f? FRASDYUFVNPMHHZ7 \",A!\u216b^\u00df?\"|2c4121e285ab5ec39f3f|     ,A!|\",A!\u216b^\u00df?\""
},
{
"tpl": "{{ wrap 8 \",A!\u216b^\u00df?\" | quote }} {{ trunc 8 \",A!\u216b^\u00df?\" | quote }} {{ abbrev 8 \",A!\u216b^\u00df?\" | quote }} {{ substr 8 11 \",A!\u216b^\u00df?\" | quote }} {{ trimAll \"\u03a3Z\" \",A!\u216b^\u00df?\" | quote }}",
"out": "\",A!\u216b^\u00df?\" \",A!\u216b^\\xc3\" \",A!\\xe2\\x85...\" \"\\x9f?\" \",A!\u216b^\u00df?\""
},
{
"tpl": "{{ snakecase \"[\" }} {{ toJson \"[\" }} {{ kebabcase \"[\" }} {{ initials \"[\" }} {{ squote \"[\" }} {{ quote \"[\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"[\" \"[\" \"[\" \"[\" }}",
"out": "[ \"[\" [ [ '[' \"[\" \"[\"|5b|       [|\"[\" "
},
{
"tpl": "{{ wrap 9 \"[\" | quote }} {{ trunc 9 \"[\" | quote }} {{ abbrev 9 \"[\" | quote }} {{ substr 9 12 \"[\" | quote }} {{ trimAll \"A$\" \"[\" | quote }}",
"out": "\"[\" \"[\" \"[\" ",
"err": "template: t:1:81: executing \"t\" at <substr 9 12 \"[\">: error calling substr: runtime error: slice bounds out of range [9:1]"
},
{
"tpl": "{{ quote \"\\u0301}b\u4e2d\" }} {{ trim \"\\u0301}b\u4e2d\" }} {{ untitle \"\\u0301}b\u4e2d\" }} {{ snakecase \"\\u0301}b\u4e2d\" }} {{ toString \"\\u0301}b\u4e2d\" }} {{ toJson \"\\u0301}b\u4e2d\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"\\u0301}b\u4e2d\" \"\\u0301}b\u4e2d\" \"\\u0301}b\u4e2d\" \"\\u0301}b\u4e2d\" }}",
"out": "\"\u0301}b\u4e2d\" \u0301}b\u4e2d \u0301}b\u4e2d \u0301}b_\u4e2d \u0301}b\u4e2d \"\u0301}b\u4e2d\" \"\u0301}b\u4e2d\"|cc817d62e4b8ad|     \u0301}b|\"\u0301}b\u4e2d\""
},
{
"tpl": "{{ wrap 2 \"\\u0301}b\u4e2d\" | quote }} {{ trunc 2 \"\\u0301}b\u4e2d\" | quote }} {{ abbrev 2 \"\\u0301}b\u4e2d\" | quote }} {{ substr 2 5 \"\\u0301}b\u4e2d\" | quote }} {{ trimAll \"\ud83d\ude00\\u0301\" \"\\u0301}b\u4e2d\" | quote }}",
"out": "\"\u0301}b\u4e2d\" \"\u0301\" \"\u0301}b\u4e2d\" \"}b\\xe4\" \"}b\u4e2d\""
},
{
"tpl": "{{ lower \"z\u03a3\\ufffd\u00df-&\" }} {{ camelcase \"z\u03a3\\ufffd\u00df-&\" }} {{ trim \"z\u03a3\\ufffd\u00df-&\" }} {{ quote \"z\u03a3\\ufffd\u00df-&\" }} {{ snakecase \"z\u03a3\\ufffd\u00df-&\" }} {{ initials \"z\u03a3\\ufffd\u00df-&\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"z\u03a3\\ufffd\u00df-&\" \"z\u03a3\\ufffd\u00df-&\" \"z\u03a3\\ufffd\u00df-&\" \"z\u03a3\\ufffd\u00df-&\" }}",
"out": "z\u03c3\ufffd\u00df-& Z\u03a3\ufffd\u00df& z\u03a3\ufffd\u00df-& \"z\u03a3\ufffd\u00df-&\" z_\u03c3\ufffd\u00df_& z \"z\u03a3\ufffd\u00df-&\"|7acea3efbfbdc39f2d26|     z\u03a3\ufffd|\"z\u03a3\ufffd\u00df-&\""
},
{
"tpl": "{{ wrap 9 \"z\u03a3\\ufffd\u00df-&\" | quote }} {{ trunc 9 \"z\u03a3\\ufffd\u00df-&\" | quote }} {{ abbrev 9 \"z\u03a3\\ufffd\u00df-&\" | quote }} {{ substr 9 12 \"z\u03a3\\ufffd\u00df-&\" | quote }} {{ trimAll \"`#\" \"z\u03a3\\ufffd\u00df-&\" | quote }}",
"out": "\"z\u03a3\ufffd\u00df-&\" \"z\u03a3\ufffd\u00df-\" \"z\u03a3\ufffd...\" \"&\" \"z\u03a3\ufffd\u00df-&\""
},
{
"tpl": "{{ nospace \"\u0130\u00e9\" }} {{ toJson \"\u0130\u00e9\" }} {{ untitle \"\u0130\u00e9\" }} {{ camelcase \"\u0130\u00e9\" }} {{ initials \"\u0130\u00e9\" }} {{ b64enc \"\u0130\u00e9\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"\u0130\u00e9\" \"\u0130\u00e9\" \"\u0130\u00e9\" \"\u0130\u00e9\" }}",
"out": "\u0130\u00e9 \"\u0130\u00e9\" i\u00e9 \u0130\u00e9 \u00c4 xLDDqQ== \"\u0130\u00e9\"|c4b0c3a9|      \u0130\u00e9|\"\u0130\u00e9\""
},
{
"tpl": "{{ wrap 0 \"\u0130\u00e9\" | quote }} {{ trunc 0 \"\u0130\u00e9\" | quote }} {{ abbrev 0 \"\u0130\u00e9\" | quote }} {{ substr 0 3 \"\u0130\u00e9\" | quote }} {{ trimAll \"\\n \" \"\u0130\u00e9\" | quote }}",
"out": "\"\u0130\u00e9\" \"\" \"\u0130\u00e9\" \"\u0130\\xc3\" \"\u0130\u00e9\""
},
{
"tpl": "{{ b64enc \"=*[B\u03c2_{\u00c9A^]\\ufffd\" }} {{ nospace \"=*[B\u03c2_{\u00c9A^]\\ufffd\" }} {{ upper \"=*[B\u03c2_{\u00c9A^]\\ufffd\" }} {{ toJson \"=*[B\u03c2_{\u00c9A^]\\ufffd\" }} {{ trim \"=*[B\u03c2_{\u00c9A^]\\ufffd\" }} {{ snakecase \"=*[B\u03c2_{\u00c9A^]\\ufffd\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"=*[B\u03c2_{\u00c9A^]\\ufffd\" \"=*[B\u03c2_{\u00c9A^]\\ufffd\" \"=*[B\u03c2_{\u00c9A^]\\ufffd\" \"=*[B\u03c2_{\u00c9A^]\\ufffd\" }}",
"out": "PSpbQs+CX3vDiUFeXe+/vQ== =*[B\u03c2_{\u00c9A^]\ufffd =*[B\u03a3_{\u00c9A^]\ufffd \"=*[B\u03c2_{\u00c9A^]\ufffd\" =*[B\u03c2_{\u00c9A^]\ufffd =*[b\u03c2_{\u00e9a_^]\ufffd \"=*[B\u03c2_{\u00c9A^]\ufffd\"|3d2a5b42cf825f7bc389415e5defbfbd|     =*[|\"=*[B\u03c2_{\u00c9A^]\ufffd\""
},
{
"tpl": "{{ wrap 2 \"=*[B\u03c2_{\u00c9A^]\\ufffd\" | quote }} {{ trunc 2 \"=*[B\u03c2_{\u00c9A^]\\ufffd\" | quote }} {{ abbrev 2 \"=*[B\u03c2_{\u00c9A^]\\ufffd\" | quote }} {{ substr 2 5 \"=*[B\u03c2_{\u00c9A^]\\ufffd\" | quote }} {{ trimAll \"'$\" \"=*[B\u03c2_{\u00c9A^]\\ufffd\" | quote }}",
"out": "\"=*[B\u03c2_{\u00c9A^]\ufffd\" \"=*\" \"=*[B\u03c2_{\u00c9A^]\ufffd\" \"[B\\xcf\" \"=*[B\u03c2_{\u00c9A^]\ufffd\""
},
{
"tpl": "{{ quote \"'>~_%>0`\u03c3&:\ufb01+\" }} {{ camelcase \"'>~_%>0`\u03c3&:\ufb01+\" }} {{ title \"'>~_%>0`\u03c3&:\ufb01+\" }} {{ initials \"'>~_%>0`\u03c3&:\ufb01+\" }} {{ swapcase \"'>~_%>0`\u03c3&:\ufb01+\" }} {{ toJson \"'>~_%>0`\u03c3&:\ufb01+\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"'>~_%>0`\u03c3&:\ufb01+\" \"'>~_%>0`\u03c3&:\ufb01+\" \"'>~_%>0`\u03c3&:\ufb01+\" \"'>~_%>0`\u03c3&:\ufb01+\" }}",
"out": "\"'>~_%>0`\u03c3&:\ufb01+\" '>~%>0`\u03c3&:\ufb01+ '>~_%>0`\u03a3&:\ufb01+ ' '>~_%>0`\u03a3&:\ufb01+ \"'\\u003e~_%\\u003e0`\u03c3\\u0026:\ufb01+\" \"'>~_%>0`\u03c3&:\ufb01+\"|273e7e5f253e3060cf83263aefac812b|     '>~|\"'>~_%>0`\u03c3&:\ufb01+\""
},
{
"tpl": "{{ wrap 7 \"'>~_%>0`\u03c3&:\ufb01+\" | quote }} {{ trunc 7 \"'>~_%>0`\u03c3&:\ufb01+\" | quote }} {{ abbrev 7 \"'>~_%>0`\u03c3&:\ufb01+\" | quote }} {{ substr 7 10 \"'>~_%>0`\u03c3&:\ufb01+\" | quote }} {{ trimAll \"!(\" \"'>~_%>0`\u03c3&:\ufb01+\" | quote }}",
"out": "\"'>~_%>0`\u03c3&:\ufb01+\" \"'>~_%>0\" \"'>~_...\" \"`\u03c3\" \"'>~_%>0`\u03c3&:\ufb01+\""
},
{
"tpl": "{{ toString \"\" }} {{ camelcase \"\" }} {{ swapcase \"\" }} {{ initials \"\" }} {{ b64enc \"\" }} {{ snakecase \"\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"\" \"\" \"\" \"\" }}",
"out": "      \"\"||        |\"\"  "
},
{
"tpl": "{{ wrap 3 \"\" | quote }} {{ trunc 3 \"\" | quote }} {{ abbrev 3 \"\" | quote }} {{ substr 3 6 \"\" | quote }} {{ trimAll \"?+\" \"\" | quote }}",
"out": "\"\" \"\" \"\" ",
"err": "template: t:1:78: executing \"t\" at <substr 3 6 \"\">: error calling substr: runtime error: slice bounds out of range [3:0]"
},
{
"tpl": "{{ camelcase \"Z|$\" }} {{ quote \"Z|$\" }} {{ initials \"Z|$\" }} {{ b64enc \"Z|$\" }} {{ toString \"Z|$\" }} {{ trim \"Z|$\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"Z|$\" \"Z|$\" \"Z|$\" \"Z|$\" }}",
"out": "Z|$ \"Z|$\" Z Wnwk Z|$ Z|$ \"Z|$\"|5a7c24|     Z|$|\"Z|$\""
},
{
"tpl": "{{ wrap 1 \"Z|$\" | quote }} {{ trunc 1 \"Z|$\" | quote }} {{ abbrev 1 \"Z|$\" | quote }} {{ substr 1 4 \"Z|$\" | quote }} {{ trimAll \"\u0661\ufb01\" \"Z|$\" | quote }}",
"out": "\"Z|$\" \"Z\" \"Z|$\" \"|$\" \"Z|$\""
},
{
"tpl": "{{ b32enc \"<\u03c3(\u6587A!\u03a3\" }} {{ quote \"<\u03c3(\u6587A!\u03a3\" }} {{ upper \"<\u03c3(\u6587A!\u03a3\" }} {{ swapcase \"<\u03c3(\u6587A!\u03a3\" }} {{ initials \"<\u03c3(\u6587A!\u03a3\" }} {{ camelcase \"<\u03c3(\u6587A!\u03a3\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"<\u03c3(\u6587A!\u03a3\" \"<\u03c3(\u6587A!\u03a3\" \"<\u03c3(\u6587A!\u03a3\" \"<\u03c3(\u6587A!\u03a3\" }}",
"out": "HTHYGKHGS2DUCIOOUM====== \"<\u03c3(\u6587A!\u03a3\" <\u03a3(\u6587A!\u03a3 <\u03a3(\u6587a!\u03c3 < <\u03c3(\u6587A!\u03a3 \"<\u03c3(\u6587A!\u03a3\"|3ccf8328e696874121cea3|     <\u03c3(|\"<\u03c3(\u6587A!\u03a3\""
},
{
"tpl": "{{ wrap -3 \"<\u03c3(\u6587A!\u03a3\" | quote }} {{ trunc -3 \"<\u03c3(\u6587A!\u03a3\" | quote }} {{ abbrev -3 \"<\u03c3(\u6587A!\u03a3\" | quote }} {{ substr 0 0 \"<\u03c3(\u6587A!\u03a3\" | quote }} {{ trimAll \"\ufb01\u0661\" \"<\u03c3(\u6587A!\u03a3\" | quote }}",
"out": "\"<\u03c3(\u6587A!\u03a3\" \"!\u03a3\" \"<\u03c3(\u6587A!\u03a3\" \"\" \"<\u03c3(\u6587A!\u03a3\""
},
{
"tpl": "{{ b64enc \"||\\u200b<%\u01c5=9\u01c5B&\\ufffd\" }} {{ squote \"||\\u200b<%\u01c5=9\u01c5B&\\ufffd\" }} {{ quote \"||\\u200b<%\u01c5=9\u01c5B&\\ufffd\" }} {{ trim \"||\\u200b<%\u01c5=9\u01c5B&\\ufffd\" }} {{ upper \"||\\u200b<%\u01c5=9\u01c5B&\\ufffd\" }} {{ untitle \"||\\u200b<%\u01c5=9\u01c5B&\\ufffd\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"||\\u200b<%\u01c5=9\u01c5B&\\ufffd\" \"||\\u200b<%\u01c5=9\u01c5B&\\ufffd\" \"||\\u200b<%\u01c5=9\u01c5B&\\ufffd\" \"||\\u200b<%\u01c5=9\u01c5B&\\ufffd\" }}",
"out": "fHzigIs8JceFPTnHhUIm77+9 '||\u200b<%\u01c5=9\u01c5B&\ufffd' \"||\\u200b<%\u01c5=9\u01c5B&\ufffd\" ||\u200b<%\u01c5=9\u01c5B&\ufffd ||\u200b<%\u01c4=9\u01c4B&\ufffd ||\u200b<%\u01c5=9\u01c5B&\ufffd \"||\\u200b<%\u01c5=9\u01c5B&\ufffd\"|7c7ce2808b3c25c7853d39c7854226efbfbd|     ||\u200b|\"||\\u200b<%\u01c5=9\u01c5B&\ufffd\""
},
{
"tpl": "{{ wrap 8 \"||\\u200b<%\u01c5=9\u01c5B&\\ufffd\" | quote }} {{ trunc 8 \"||\\u200b<%\u01c5=9\u01c5B&\\ufffd\" | quote }} {{ abbrev 8 \"||\\u200b<%\u01c5=9\u01c5B&\\ufffd\" | quote }} {{ substr 8 11 \"||\\u200b<%\u01c5=9\u01c5B&\\ufffd\" | quote }} {{ trimAll \"/\u6587\" \"||\\u200b<%\u01c5=9\u01c5B&\\ufffd\" | quote }}",
"out": "\"||\\u200b<%\u01c5=9\u01c5B&\ufffd\" \"||\\u200b<%\\xc7\" \"||\\u200b...\" \"\\x85=9\" \"||\\u200b<%\u01c5=9\u01c5B&\ufffd\""
},
{
"tpl": "{{ kebabcase \"%\u216b\u4e2d,\u24d0.*\" }} {{ trim \"%\u216b\u4e2d,\u24d0.*\" }} {{ upper \"%\u216b\u4e2d,\u24d0.*\" }} {{ initials \"%\u216b\u4e2d,\u24d0.*\" }} {{ title \"%\u216b\u4e2d,\u24d0.*\" }} {{ camelcase \"%\u216b\u4e2d,\u24d0.*\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"%\u216b\u4e2d,\u24d0.*\" \"%\u216b\u4e2d,\u24d0.*\" \"%\u216b\u4e2d,\u24d0.*\" \"%\u216b\u4e2d,\u24d0.*\" }}",
"out": "%\u216b-\u4e2d,\u24d0.* %\u216b\u4e2d,\u24d0.* %\u216b\u4e2d,\u24b6.* %\u00ab %\u216b\u4e2d,\u24b6.* %\u216b\u4e2d,\u24d0.* \"%\u216b\u4e2d,\u24d0.*\"|25e285abe4b8ad2ce293902e2a|     %\u216b\u4e2d|\"%\u216b\u4e2d,\u24d0.*\""
},
{
"tpl": "{{ wrap 9 \"%\u216b\u4e2d,\u24d0.*\" | quote }} {{ trunc 9 \"%\u216b\u4e2d,\u24d0.*\" | quote }} {{ abbrev 9 \"%\u216b\u4e2d,\u24d0.*\" | quote }} {{ substr 9 12 \"%\u216b\u4e2d,\u24d0.*\" | quote }} {{ trimAll \"&z\" \"%\u216b\u4e2d,\u24d0.*\" | quote }}",
"out": "\"%\u216b\u4e2d,\u24d0.*\" \"%\u216b\u4e2d,\\xe2\" \"%\u216b\\xe4\\xb8...\" \"\\x93\\x90.\" \"%\u216b\u4e2d,\u24d0.*\""
},
{
"tpl": "{{ nospace \"@9\u0130!>\u24d0|$B\u01f0*B=*\" }} {{ swapcase \"@9\u0130!>\u24d0|$B\u01f0*B=*\" }} {{ lower \"@9\u0130!>\u24d0|$B\u01f0*B=*\" }} {{ toString \"@9\u0130!>\u24d0|$B\u01f0*B=*\" }} {{ toJson \"@9\u0130!>\u24d0|$B\u01f0*B=*\" }} {{ squote \"@9\u0130!>\u24d0|$B\u01f0*B=*\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"@9\u0130!>\u24d0|$B\u01f0*B=*\" \"@9\u0130!>\u24d0|$B\u01f0*B=*\" \"@9\u0130!>\u24d0|$B\u01f0*B=*\" \"@9\u0130!>\u24d0|$B\u01f0*B=*\" }}",
"out": "@9\u0130!>\u24d0|$B\u01f0*B=* @9i!>\u24d0|$b\u01f0*b=* @9i!>\u24d0|$b\u01f0*b=* @9\u0130!>\u24d0|$B\u01f0*B=* \"@9\u0130!\\u003e\u24d0|$B\u01f0*B=*\" '@9\u0130!>\u24d0|$B\u01f0*B=*' \"@9\u0130!>\u24d0|$B\u01f0*B=*\"|4039c4b0213ee293907c2442c7b02a423d2a|     @9\u0130|\"@9\u0130!>\u24d0|$B\u01f0*B=*\""
},
{
"tpl": "{{ wrap 7 \"@9\u0130!>\u24d0|$B\u01f0*B=*\" | quote }} {{ trunc 7 \"@9\u0130!>\u24d0|$B\u01f0*B=*\" | quote }} {{ abbrev 7 \"@9\u0130!>\u24d0|$B\u01f0*B=*\" | quote }} {{ substr 7 10 \"@9\u0130!>\u24d0|$B\u01f0*B=*\" | quote }} {{ trimAll \";\u00e9\" \"@9\u0130!>\u24d0|$B\u01f0*B=*\" | quote }}",
"out": "\"@9\u0130!>\u24d0|$B\u01f0*B=*\" \"@9\u0130!>\\xe2\" \"@9\u0130...\" \"\\x93\\x90|\" \"@9\u0130!>\u24d0|$B\u01f0*B=*\""
},
{
"tpl": "{{ b64enc \"?\\u00a0]++^;\" }} {{ initials \"?\\u00a0]++^;\" }} {{ untitle \"?\\u00a0]++^;\" }} {{ snakecase \"?\\u00a0]++^;\" }} {{ camelcase \"?\\u00a0]++^;\" }} {{ kebabcase \"?\\u00a0]++^;\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"?\\u00a0]++^;\" \"?\\u00a0]++^;\" \"?\\u00a0]++^;\" \"?\\u00a0]++^;\" }}",
"out": "P8KgXSsrXjs= ?] ?\u00a0]++^; ?_]++^; ?]++^; ?-]++^; \"?\\u00a0]++^;\"|3fc2a05d2b2b5e3b|     ?\u00a0]|\"?\\u00a0]++^;\""
},
{
"tpl": "{{ wrap -3 \"?\\u00a0]++^;\" | quote }} {{ trunc -3 \"?\\u00a0]++^;\" | quote }} {{ abbrev -3 \"?\\u00a0]++^;\" | quote }} {{ substr 0 0 \"?\\u00a0]++^;\" | quote }} {{ trimAll \"[\u00c9\" \"?\\u00a0]++^;\" | quote }}",
"out": "\"?\\u00a0]++^;\" \"+^;\" \"?\\u00a0]++^;\" \"\" \"?\\u00a0]++^;\""
},
{
"tpl": "{{ title \"\u03c3_}`b}`\" }} {{ quote \"\u03c3_}`b}`\" }} {{ trim \"\u03c3_}`b}`\" }} {{ untitle \"\u03c3_}`b}`\" }} {{ swapcase \"\u03c3_}`b}`\" }} {{ nospace \"\u03c3_}`b}`\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"\u03c3_}`b}`\" \"\u03c3_}`b}`\" \"\u03c3_}`b}`\" \"\u03c3_}`b}`\" }}",
"out": "\u03a3_}`B}` \"\u03c3_}`b}`\" \u03c3_}`b}` \u03c3_}`b}` \u03a3_}`B}` \u03c3_}`b}` \"\u03c3_}`b}`\"|cf835f7d60627d60|     \u03c3_}|\"\u03c3_}`b}`\""
},
{
"tpl": "{{ wrap -2 \"\u03c3_}`b}`\" | quote }} {{ trunc -2 \"\u03c3_}`b}`\" | quote }} {{ abbrev -2 \"\u03c3_}`b}`\" | quote }} {{ substr 0 1 \"\u03c3_}`b}`\" | quote }} {{ trimAll \"{>\" \"\u03c3_}`b}`\" | quote }}",
"out": "\"\u03c3_}`b}`\" \"}`\" \"\u03c3_}`b}`\" \"\\xcf\" \"\u03c3_}`b}`\""
},
{
"tpl": "{{ lower \"\u0130\ud83d\ude00|\u6587\u01f0@\u03a3=\ufb01\\u200ba$\u03c3*\" }} {{ camelcase \"\u0130\ud83d\ude00|\u6587\u01f0@\u03a3=\ufb01\\u200ba$\u03c3*\" }} {{ trim \"\u0130\ud83d\ude00|\u6587\u01f0@\u03a3=\ufb01\\u200ba$\u03c3*\" }} {{ title \"\u0130\ud83d\ude00|\u6587\u01f0@\u03a3=\ufb01\\u200ba$\u03c3*\" }} {{ b64enc \"\u0130\ud83d\ude00|\u6587\u01f0@\u03a3=\ufb01\\u200ba$\u03c3*\" }} {{ b32enc \"\u0130\ud83d\ude00|\u6587\u01f0@\u03a3=\ufb01\\u200ba$\u03c3*\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"\u0130\ud83d\ude00|\u6587\u01f0@\u03a3=\ufb01\\u200ba$\u03c3*\" \"\u0130\ud83d\ude00|\u6587\u01f0@\u03a3=\ufb01\\u200ba$\u03c3*\" \"\u0130\ud83d\ude00|\u6587\u01f0@\u03a3=\ufb01\\u200ba$\u03c3*\" \"\u0130\ud83d\ude00|\u6587\u01f0@\u03a3=\ufb01\\u200ba$\u03c3*\" }}",
"out": "i\ud83d\ude00|\u6587\u01f0@\u03c3=\ufb01\u200ba$\u03c3* \u0130\ud83d\ude00|\u6587\u01f0@\u03a3=\ufb01\u200ba$\u03c3* \u0130\ud83d\ude00|\u6587\u01f0@\u03a3=\ufb01\u200ba$\u03c3* \u0130\ud83d\ude00|\u6587\u01f0@\u03a3=\ufb01\u200ba$\u03a3* xLDwn5iAfOaWh8ewQM6jPe+sgeKAi2Ekz4Mq YSYPBH4YQB6ONFUHY6YEBTVDHXX2ZAPCQCFWCJGPQMVA==== \"\u0130\ud83d\ude00|\u6587\u01f0@\u03a3=\ufb01\\u200ba$\u03c3*\"|c4b0f09f98807ce69687c7b040cea33defac81e2808b6124cf832a|     \u0130\ud83d\ude00||\"\u0130\ud83d\ude00|\u6587\u01f0@\u03a3=\ufb01\\u200ba$\u03c3*\""
},
{
"tpl": "{{ wrap 10 \"\u0130\ud83d\ude00|\u6587\u01f0@\u03a3=\ufb01\\u200ba$\u03c3*\" | quote }} {{ trunc 10 \"\u0130\ud83d\ude00|\u6587\u01f0@\u03a3=\ufb01\\u200ba$\u03c3*\" | quote }} {{ abbrev 10 \"\u0130\ud83d\ude00|\u6587\u01f0@\u03a3=\ufb01\\u200ba$\u03c3*\" | quote }} {{ substr 10 13 \"\u0130\ud83d\ude00|\u6587\u01f0@\u03a3=\ufb01\\u200ba$\u03c3*\" | quote }} {{ trimAll \"^[\" \"\u0130\ud83d\ude00|\u6587\u01f0@\u03a3=\ufb01\\u200ba$\u03c3*\" | quote }}",
"out": "\"\u0130\ud83d\ude00|\u6587\u01f0@\u03a3=\ufb01\\u200ba$\u03c3*\" \"\u0130\ud83d\ude00|\u6587\" \"\u0130\ud83d\ude00|...\" \"\u01f0@\" \"\u0130\ud83d\ude00|\u6587\u01f0@\u03a3=\ufb01\\u200ba$\u03c3*\""
},
{
"tpl": "{{ snakecase \"\" }} {{ b32enc \"\" }} {{ quote \"\" }} {{ camelcase \"\" }} {{ swapcase \"\" }} {{ toString \"\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"\" \"\" \"\" \"\" }}",
"out": "  \"\"    \"\"||        |\"\"  "
},
{
"tpl": "{{ wrap 5 \"\" | quote }} {{ trunc 5 \"\" | quote }} {{ abbrev 5 \"\" | quote }} {{ substr 5 8 \"\" | quote }} {{ trimAll \"' \" \"\" | quote }}",
"out": "\"\" \"\" \"\" ",
"err": "template: t:1:78: executing \"t\" at <substr 5 8 \"\">: error calling substr: runtime error: slice bounds out of range [5:0]"
},
{
"tpl": "{{ toString \"\u03c2\u0131'\\u00a0,#<\\ufffd\ud83d\ude00{:@\" }} {{ camelcase \"\u03c2\u0131'\\u00a0,#<\\ufffd\ud83d\ude00{:@\" }} {{ kebabcase \"\u03c2\u0131'\\u00a0,#<\\ufffd\ud83d\ude00{:@\" }} {{ lower \"\u03c2\u0131'\\u00a0,#<\\ufffd\ud83d\ude00{:@\" }} {{ nospace \"\u03c2\u0131'\\u00a0,#<\\ufffd\ud83d\ude00{:@\" }} {{ initials \"\u03c2\u0131'\\u00a0,#<\\ufffd\ud83d\ude00{:@\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"\u03c2\u0131'\\u00a0,#<\\ufffd\ud83d\ude00{:@\" \"\u03c2\u0131'\\u00a0,#<\\ufffd\ud83d\ude00{:@\" \"\u03c2\u0131'\\u00a0,#<\\ufffd\ud83d\ude00{:@\" \"\u03c2\u0131'\\u00a0,#<\\ufffd\ud83d\ude00{:@\" }}",
"out": "\u03c2\u0131'\u00a0,#<\ufffd\ud83d\ude00{:@ \u03a3\u0131',#<\ufffd\ud83d\ude00{:@ \u03c2\u0131'-,#<\ufffd\ud83d\ude00{:@ \u03c2\u0131'\u00a0,#<\ufffd\ud83d\ude00{:@ \u00cf\u0082\u00c4\u00b1'\u00c2,#<\u00ef\u00bf\u00bd\u00f0\u009f\u0098\u0080{:@ \u00cf, \"\u03c2\u0131'\\u00a0,#<\ufffd\ud83d\ude00{:@\"|cf82c4b127c2a02c233cefbfbdf09f98807b3a40|     \u03c2\u0131'|\"\u03c2\u0131'\\u00a0,#<\ufffd\ud83d\ude00{:@\""
},
{
"tpl": "{{ wrap 5 \"\u03c2\u0131'\\u00a0,#<\\ufffd\ud83d\ude00{:@\" | quote }} {{ trunc 5 \"\u03c2\u0131'\\u00a0,#<\\ufffd\ud83d\ude00{:@\" | quote }} {{ abbrev 5 \"\u03c2\u0131'\\u00a0,#<\\ufffd\ud83d\ude00{:@\" | quote }} {{ substr 5 8 \"\u03c2\u0131'\\u00a0,#<\\ufffd\ud83d\ude00{:@\" | quote }} {{ trimAll \"\u216b,\" \"\u03c2\u0131'\\u00a0,#<\\ufffd\ud83d\ude00{:@\" | quote }}",
"out": "\"\u03c2\u0131'\\u00a0,#<\ufffd\ud83d\ude00{:@\" \"\u03c2\u0131'\" \"\u03c2...\" \"\\u00a0,\" \"\u03c2\u0131'\\u00a0,#<\ufffd\ud83d\ude00{:@\""
},
{
"tpl": "{{ b64enc \"\u01f0\u0131z\\n\u01f0()\u216b\" }} {{ swapcase \"\u01f0\u0131z\\n\u01f0()\u216b\" }} {{ snakecase \"\u01f0\u0131z\\n\u01f0()\u216b\" }} {{ nospace \"\u01f0\u0131z\\n\u01f0()\u216b\" }} {{ upper \"\u01f0\u0131z\\n\u01f0()\u216b\" }} {{ quote \"\u01f0\u0131z\\n\u01f0()\u216b\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"\u01f0\u0131z\\n\u01f0()\u216b\" \"\u01f0\u0131z\\n\u01f0()\u216b\" \"\u01f0\u0131z\\n\u01f0()\u216b\" \"\u01f0\u0131z\\n\u01f0()\u216b\" }}",
"out": "x7DEsXoKx7AoKeKFqw== \u01f0IZ\n\u01f0()\u216b \u01f0\u0131z_\u01f0()\u216b \u00c7\u00b0\u00c4\u00b1z\u00c7\u00b0()\u00e2\u00ab \u01f0IZ\n\u01f0()\u216b \"\u01f0\u0131z\\n\u01f0()\u216b\" \"\u01f0\u0131z\\n\u01f0()\u216b\"|c7b0c4b17a0ac7b02829e285ab|     \u01f0\u0131z|\"\u01f0\u0131z\\n\u01f0()\u216b\""
},
{
"tpl": "{{ wrap 10 \"\u01f0\u0131z\\n\u01f0()\u216b\" | quote }} {{ trunc 10 \"\u01f0\u0131z\\n\u01f0()\u216b\" | quote }} {{ abbrev 10 \"\u01f0\u0131z\\n\u01f0()\u216b\" | quote }} {{ substr 10 13 \"\u01f0\u0131z\\n\u01f0()\u216b\" | quote }} {{ trimAll \"'^\" \"\u01f0\u0131z\\n\u01f0()\u216b\" | quote }}",
"out": "\"\u01f0\u0131z\\n\u01f0()\u216b\" \"\u01f0\u0131z\\n\u01f0()\" \"\u01f0\u0131z\\n\\xc7...\" \"\u216b\" \"\u01f0\u0131z\\n\u01f0()\u216b\""
},
{
"tpl": "{{ upper \"<_\" }} {{ toString \"<_\" }} {{ swapcase \"<_\" }} {{ snakecase \"<_\" }} {{ b64enc \"<_\" }} {{ toJson \"<_\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"<_\" \"<_\" \"<_\" \"<_\" }}",
"out": "<_ <_ <_ <_ PF8= \"\\u003c_\" \"<_\"|3c5f|      <_|\"<_\""
},
{
"tpl": "{{ wrap -1 \"<_\" | quote }} {{ trunc -1 \"<_\" | quote }} {{ abbrev -1 \"<_\" | quote }} {{ substr 0 2 \"<_\" | quote }} {{ trimAll \"(\u0131\" \"<_\" | quote }}",
"out": "\"<_\" \"_\" \"<_\" \"<_\" \"<_\""
},
{
"tpl": "{{ snakecase \"\" }} {{ trim \"\" }} {{ quote \"\" }} {{ untitle \"\" }} {{ initials \"\" }} {{ toString \"\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"\" \"\" \"\" \"\" }}",
"out": "  \"\"    \"\"||        |\"\"  "
},
{
"tpl": "{{ wrap -2 \"\" | quote }} {{ trunc -2 \"\" | quote }} {{ abbrev -2 \"\" | quote }} {{ substr 0 1 \"\" | quote }} {{ trimAll \"\u0131\u01f0\" \"\" | quote }}",
"out": "\"\" \"\" \"\" \"\" \"\""
},
{
"tpl": "{{ trim \"\u03c3\ud83d\ude00\ud83d\ude00\" }} {{ nospace \"\u03c3\ud83d\ude00\ud83d\ude00\" }} {{ b64enc \"\u03c3\ud83d\ude00\ud83d\ude00\" }} {{ camelcase \"\u03c3\ud83d\ude00\ud83d\ude00\" }} {{ title \"\u03c3\ud83d\ude00\ud83d\ude00\" }} {{ kebabcase \"\u03c3\ud83d\ude00\ud83d\ude00\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"\u03c3\ud83d\ude00\ud83d\ude00\" \"\u03c3\ud83d\ude00\ud83d\ude00\" \"\u03c3\ud83d\ude00\ud83d\ude00\" \"\u03c3\ud83d\ude00\ud83d\ude00\" }}",
"out": "\u03c3\ud83d\ude00\ud83d\ude00 \u03c3\ud83d\ude00\ud83d\ude00 z4Pwn5iA8J+YgA== \u03a3\ud83d\ude00\ud83d\ude00 \u03a3\ud83d\ude00\ud83d\ude00 \u03c3-\ud83d\ude00\ud83d\ude00 \"\u03c3\ud83d\ude00\ud83d\ude00\"|cf83f09f9880f09f9880|     \u03c3\ud83d\ude00\ud83d\ude00|\"\u03c3\ud83d\ude00\ud83d\ude00\""
},
{
"tpl": "{{ wrap 6 \"\u03c3\ud83d\ude00\ud83d\ude00\" | quote }} {{ trunc 6 \"\u03c3\ud83d\ude00\ud83d\ude00\" | quote }} {{ abbrev 6 \"\u03c3\ud83d\ude00\ud83d\ude00\" | quote }} {{ substr 6 9 \"\u03c3\ud83d\ude00\ud83d\ude00\" | quote }} {{ trimAll \"\u00c9\u00e9\" \"\u03c3\ud83d\ude00\ud83d\ude00\" | quote }}",
"out": "\"\u03c3\ud83d\ude00\ud83d\ude00\" \"\u03c3\ud83d\ude00\" \"\u03c3\\xf0...\" \"\\xf0\\x9f\\x98\" \"\u03c3\ud83d\ude00\ud83d\ude00\""
},
{
"tpl": "{{ trim \"$/>A\u03c2&\u0661-{:):>\" }} {{ toJson \"$/>A\u03c2&\u0661-{:):>\" }} {{ initials \"$/>A\u03c2&\u0661-{:):>\" }} {{ swapcase \"$/>A\u03c2&\u0661-{:):>\" }} {{ upper \"$/>A\u03c2&\u0661-{:):>\" }} {{ kebabcase \"$/>A\u03c2&\u0661-{:):>\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"$/>A\u03c2&\u0661-{:):>\" \"$/>A\u03c2&\u0661-{:):>\" \"$/>A\u03c2&\u0661-{:):>\" \"$/>A\u03c2&\u0661-{:):>\" }}",
"out": "$/>A\u03c2&\u0661-{:):> \"$/\\u003eA\u03c2\\u0026\u0661-{:):\\u003e\" $ $/>a\u03a3&\u0661-{:):> $/>A\u03a3&\u0661-{:):> $/>-a\u03c2&\u0661-{:):> \"$/>A\u03c2&\u0661-{:):>\"|242f3e41cf8226d9a12d7b3a293a3e|     $/>|\"$/>A\u03c2&\u0661-{:):>\""
},
{
"tpl": "{{ wrap 12 \"$/>A\u03c2&\u0661-{:):>\" | quote }} {{ trunc 12 \"$/>A\u03c2&\u0661-{:):>\" | quote }} {{ abbrev 12 \"$/>A\u03c2&\u0661-{:):>\" | quote }} {{ substr 12 15 \"$/>A\u03c2&\u0661-{:):>\" | quote }} {{ trimAll \"\\ufffdb\" \"$/>A\u03c2&\u0661-{:):>\" | quote }}",
"out": "\"$/>A\u03c2&\u0661-{:):>\" \"$/>A\u03c2&\u0661-{:\" \"$/>A\u03c2&\u0661...\" \"):>\" \"$/>A\u03c2&\u0661-{:):>\""
},
{
"tpl": "{{ swapcase \"_}\u03c3\u03c3\" }} {{ title \"_}\u03c3\u03c3\" }} {{ kebabcase \"_}\u03c3\u03c3\" }} {{ lower \"_}\u03c3\u03c3\" }} {{ untitle \"_}\u03c3\u03c3\" }} {{ initials \"_}\u03c3\u03c3\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"_}\u03c3\u03c3\" \"_}\u03c3\u03c3\" \"_}\u03c3\u03c3\" \"_}\u03c3\u03c3\" }}",
"out": "_}\u03a3\u03a3 _}\u03a3\u03c3 -}\u03c3\u03c3 _}\u03c3\u03c3 _}\u03c3\u03c3 _ \"_}\u03c3\u03c3\"|5f7dcf83cf83|     _}\u03c3|\"_}\u03c3\u03c3\""
},
{
"tpl": "{{ wrap -3 \"_}\u03c3\u03c3\" | quote }} {{ trunc -3 \"_}\u03c3\u03c3\" | quote }} {{ abbrev -3 \"_}\u03c3\u03c3\" | quote }} {{ substr 0 0 \"_}\u03c3\u03c3\" | quote }} {{ trimAll \"]'\" \"_}\u03c3\u03c3\" | quote }}",
"out": "\"_}\u03c3\u03c3\" \"\\x83\u03c3\" \"_}\u03c3\u03c3\" \"\" \"_}\u03c3\u03c3\""
},
{
"tpl": "{{ kebabcase \"@&/*\u0131\" }} {{ swapcase \"@&/*\u0131\" }} {{ initials \"@&/*\u0131\" }} {{ trim \"@&/*\u0131\" }} {{ toJson \"@&/*\u0131\" }} {{ toString \"@&/*\u0131\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"@&/*\u0131\" \"@&/*\u0131\" \"@&/*\u0131\" \"@&/*\u0131\" }}",
"out": "@&/*\u0131 @&/*I @ @&/*\u0131 \"@\\u0026/*\u0131\" @&/*\u0131 \"@&/*\u0131\"|40262f2ac4b1|     @&/|\"@&/*\u0131\""
},
{
"tpl": "{{ wrap 7 \"@&/*\u0131\" | quote }} {{ trunc 7 \"@&/*\u0131\" | quote }} {{ abbrev 7 \"@&/*\u0131\" | quote }} {{ substr 7 10 \"@&/*\u0131\" | quote }} {{ trimAll \"\u03c2Z\" \"@&/*\u0131\" | quote }}",
"out": "\"@&/*\u0131\" \"@&/*\u0131\" \"@&/*\u0131\" ",
"err": "template: t:1:96: executing \"t\" at <substr 7 10 \"@&/*\u0131\">: error calling substr: runtime error: slice bounds out of range [7:6]"
},
{
"tpl": "{{ snakecase \"\u00c9/\\u0301*.)_\ud83d\ude00}_\\u2028\\ufffd\" }} {{ untitle \"\u00c9/\\u0301*.)_\ud83d\ude00}_\\u2028\\ufffd\" }} {{ toJson \"\u00c9/\\u0301*.)_\ud83d\ude00}_\\u2028\\ufffd\" }} {{ b64enc \"\u00c9/\\u0301*.)_\ud83d\ude00}_\\u2028\\ufffd\" }} {{ kebabcase \"\u00c9/\\u0301*.)_\ud83d\ude00}_\\u2028\\ufffd\" }} {{ b32enc \"\u00c9/\\u0301*.)_\ud83d\ude00}_\\u2028\\ufffd\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"\u00c9/\\u0301*.)_\ud83d\ude00}_\\u2028\\ufffd\" \"\u00c9/\\u0301*.)_\ud83d\ude00}_\\u2028\\ufffd\" \"\u00c9/\\u0301*.)_\ud83d\ude00}_\\u2028\\ufffd\" \"\u00c9/\\u0301*.)_\ud83d\ude00}_\\u2028\\ufffd\" }}",
"out": "\u00e9/\u0301*.)_\ud83d\ude00}__\ufffd \u00e9/\u0301*.)_\ud83d\ude00}_\u2028\ufffd \"\u00c9/\u0301*.)_\ud83d\ude00}_\\u2028\ufffd\" w4kvzIEqLilf8J+YgH1f4oCo77+9 \u00e9/\u0301*.)_\ud83d\ude00}_-\ufffd YOES7TEBFIXCSX7QT6MIA7K74KAKR357XU====== \"\u00c9/\u0301*.)_\ud83d\ude00}_\\u2028\ufffd\"|c3892fcc812a2e295ff09f98807d5fe280a8efbfbd|     \u00c9/\u0301|\"\u00c9/\u0301*.)_\ud83d\ude00}_\\u2028\ufffd\""
},
{
"tpl": "{{ wrap -2 \"\u00c9/\\u0301*.)_\ud83d\ude00}_\\u2028\\ufffd\" | quote }} {{ trunc -2 \"\u00c9/\\u0301*.)_\ud83d\ude00}_\\u2028\\ufffd\" | quote }} {{ abbrev -2 \"\u00c9/\\u0301*.)_\ud83d\ude00}_\\u2028\\ufffd\" | quote }} {{ substr 0 1 \"\u00c9/\\u0301*.)_\ud83d\ude00}_\\u2028\\ufffd\" | quote }} {{ trimAll \"0-\" \"\u00c9/\\u0301*.)_\ud83d\ude00}_\\u2028\\ufffd\" | quote }}",
"out": "\"\u00c9/\u0301*.)_\ud83d\ude00}_\\u2028\ufffd\" \"\\xbf\\xbd\" \"\u00c9/\u0301*.)_\ud83d\ude00}_\\u2028\ufffd\" \"\\xc3\" \"\u00c9/\u0301*.)_\ud83d\ude00}_\\u2028\ufffd\""
},
{
"tpl": "{{ upper \"{[\u0131\" }} {{ toJson \"{[\u0131\" }} {{ snakecase \"{[\u0131\" }} {{ b64enc \"{[\u0131\" }} {{ camelcase \"{[\u0131\" }} {{ kebabcase \"{[\u0131\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"{[\u0131\" \"{[\u0131\" \"{[\u0131\" \"{[\u0131\" }}",
"out": "{[I \"{[\u0131\" {[\u0131 e1vEsQ== {[\u0131 {[\u0131 \"{[\u0131\"|7b5bc4b1|     {[\u0131|\"{[\u0131\""
},
{
"tpl": "{{ wrap 11 \"{[\u0131\" | quote }} {{ trunc 11 \"{[\u0131\" | quote }} {{ abbrev 11 \"{[\u0131\" | quote }} {{ substr 11 14 \"{[\u0131\" | quote }} {{ trimAll \"\u01c5Z\" \"{[\u0131\" | quote }}",
"out": "\"{[\u0131\" \"{[\u0131\" \"{[\u0131\" ",
"err": "template: t:1:93: executing \"t\" at <substr 11 14 \"{[\u0131\">: error calling substr: runtime error: slice bounds out of range [11:4]"
},
{
"tpl": "{{ squote \"\u00c9b\" }} {{ b64enc \"\u00c9b\" }} {{ toJson \"\u00c9b\" }} {{ trim \"\u00c9b\" }} {{ swapcase \"\u00c9b\" }} {{ b32enc \"\u00c9b\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"\u00c9b\" \"\u00c9b\" \"\u00c9b\" \"\u00c9b\" }}",
"out": "'\u00c9b' w4li \"\u00c9b\" \u00c9b \u00e9B YOEWE=== \"\u00c9b\"|c38962|      \u00c9b|\"\u00c9b\""
},
{
"tpl": "{{ wrap 4 \"\u00c9b\" | quote }} {{ trunc 4 \"\u00c9b\" | quote }} {{ abbrev 4 \"\u00c9b\" | quote }} {{ substr 4 7 \"\u00c9b\" | quote }} {{ trimAll \"\u0661[\" \"\u00c9b\" | quote }}",
"out": "\"\u00c9b\" \"\u00c9b\" \"\u00c9b\" ",
"err": "template: t:1:87: executing \"t\" at <substr 4 7 \"\u00c9b\">: error calling substr: runtime error: slice bounds out of range [4:3]"
},
{
"tpl": "{{ nospace \"\u00c9-Z\u00dfa\" }} {{ quote \"\u00c9-Z\u00dfa\" }} {{ b32enc \"\u00c9-Z\u00dfa\" }} {{ upper \"\u00c9-Z\u00dfa\" }} {{ untitle \"\u00c9-Z\u00dfa\" }} {{ swapcase \"\u00c9-Z\u00dfa\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"\u00c9-Z\u00dfa\" \"\u00c9-Z\u00dfa\" \"\u00c9-Z\u00dfa\" \"\u00c9-Z\u00dfa\" }}",
"out": "\u00c9-Z\u00dfa \"\u00c9-Z\u00dfa\" YOES2WWDT5QQ==== \u00c9-Z\u00dfA \u00e9-Z\u00dfa \u00e9-z\u00dfA \"\u00c9-Z\u00dfa\"|c3892d5ac39f61|     \u00c9-Z|\"\u00c9-Z\u00dfa\""
},
{
"tpl": "{{ wrap -2 \"\u00c9-Z\u00dfa\" | quote }} {{ trunc -2 \"\u00c9-Z\u00dfa\" | quote }} {{ abbrev -2 \"\u00c9-Z\u00dfa\" | quote }} {{ substr 0 1 \"\u00c9-Z\u00dfa\" | quote }} {{ trimAll \"B~\" \"\u00c9-Z\u00dfa\" | quote }}",
"out": "\"\u00c9-Z\u00dfa\" \"\\x9fa\" \"\u00c9-Z\u00dfa\" \"\\xc3\" \"\u00c9-Z\u00dfa\""
},
{
"tpl": "{{ lower \"9\" }} {{ nospace \"9\" }} {{ swapcase \"9\" }} {{ camelcase \"9\" }} {{ initials \"9\" }} {{ snakecase \"9\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"9\" \"9\" \"9\" \"9\" }}",
"out": "9 9 9 9 9 9 \"9\"|39|       9|\"9\" "
},
{
"tpl": "{{ wrap 5 \"9\" | quote }} {{ trunc 5 \"9\" | quote }} {{ abbrev 5 \"9\" | quote }} {{ substr 5 8 \"9\" | quote }} {{ trimAll \"\u0130)\" \"9\" | quote }}",
"out": "\"9\" \"9\" \"9\" ",
"err": "template: t:1:81: executing \"t\" at <substr 5 8 \"9\">: error calling substr: runtime error: slice bounds out of range [5:1]"
},
{
"tpl": "{{ nospace \"&&\\n_\\u2028)\ud83d\ude00b\" }} {{ squote \"&&\\n_\\u2028)\ud83d\ude00b\" }} {{ untitle \"&&\\n_\\u2028)\ud83d\ude00b\" }} {{ b32enc \"&&\\n_\\u2028)\ud83d\ude00b\" }} {{ snakecase \"&&\\n_\\u2028)\ud83d\ude00b\" }} {{ b64enc \"&&\\n_\\u2028)\ud83d\ude00b\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"&&\\n_\\u2028)\ud83d\ude00b\" \"&&\\n_\\u2028)\ud83d\ude00b\" \"&&\\n_\\u2028)\ud83d\ude00b\" \"&&\\n_\\u2028)\ud83d\ude00b\" }}",
"out": "&&_\u00e2\u0080\u00a8)\u00f0\u009f\u0098\u0080b '&&\n_\u2028)\ud83d\ude00b' &&\n_\u2028)\ud83d\ude00b EYTAUX7CQCUCT4E7TCAGE=== &&___)\ud83d\ude00_b JiYKX+KAqCnwn5iAYg== \"&&\\n_\\u2028)\ud83d\ude00b\"|26260a5fe280a829f09f988062|     &&\n|\"&&\\n_\\u2028)\ud83d\ude00b\""
},
{
"tpl": "{{ wrap -3 \"&&\\n_\\u2028)\ud83d\ude00b\" | quote }} {{ trunc -3 \"&&\\n_\\u2028)\ud83d\ude00b\" | quote }} {{ abbrev -3 \"&&\\n_\\u2028)\ud83d\ude00b\" | quote }} {{ substr 0 0 \"&&\\n_\\u2028)\ud83d\ude00b\" | quote }} {{ trimAll \"\u00e9@\" \"&&\\n_\\u2028)\ud83d\ude00b\" | quote }}",
"out": "\"&&\\n_\\u2028)\ud83d\ude00b\" \"\\x98\\x80b\" \"&&\\n_\\u2028)\ud83d\ude00b\" \"\" \"&&\\n_\\u2028)\ud83d\ude00b\""
},
{
"tpl": "{{ untitle \"*\" }} {{ quote \"*\" }} {{ lower \"*\" }} {{ trim \"*\" }} {{ kebabcase \"*\" }} {{ squote \"*\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"*\" \"*\" \"*\" \"*\" }}",
"out": "* \"*\" * * * '*' \"*\"|2a|       *|\"*\" "
},
{
"tpl": "{{ wrap 3 \"*\" | quote }} {{ trunc 3 \"*\" | quote }} {{ abbrev 3 \"*\" | quote }} {{ substr 3 6 \"*\" | quote }} {{ trimAll \"(\\n\" \"*\" | quote }}",
"out": "\"*\" \"*\" \"*\" ",
"err": "template: t:1:81: executing \"t\" at <substr 3 6 \"*\">: error calling substr: runtime error: slice bounds out of range [3:1]"
},
{
"tpl": "{{ untitle \"z,/\u03c3^[\u6587}@\u00e9\" }} {{ toJson \"z,/\u03c3^[\u6587}@\u00e9\" }} {{ snakecase \"z,/\u03c3^[\u6587}@\u00e9\" }} {{ title \"z,/\u03c3^[\u6587}@\u00e9\" }} {{ squote \"z,/\u03c3^[\u6587}@\u00e9\" }} {{ b64enc \"z,/\u03c3^[\u6587}@\u00e9\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"z,/\u03c3^[\u6587}@\u00e9\" \"z,/\u03c3^[\u6587}@\u00e9\" \"z,/\u03c3^[\u6587}@\u00e9\" \"z,/\u03c3^[\u6587}@\u00e9\" }}",
"out": "z,/\u03c3^[\u6587}@\u00e9 \"z,/\u03c3^[\u6587}@\u00e9\" z,/\u03c3_^[\u6587}@\u00e9 Z,/\u03a3^[\u6587}@\u00c9 'z,/\u03c3^[\u6587}@\u00e9' eiwvz4NeW+aWh31Aw6k= \"z,/\u03c3^[\u6587}@\u00e9\"|7a2c2fcf835e5be696877d40c3a9|     z,/|\"z,/\u03c3^[\u6587}@\u00e9\""
},
{
"tpl": "{{ wrap 2 \"z,/\u03c3^[\u6587}@\u00e9\" | quote }} {{ trunc 2 \"z,/\u03c3^[\u6587}@\u00e9\" | quote }} {{ abbrev 2 \"z,/\u03c3^[\u6587}@\u00e9\" | quote }} {{ substr 2 5 \"z,/\u03c3^[\u6587}@\u00e9\" | quote }} {{ trimAll \"\u6587,\" \"z,/\u03c3^[\u6587}@\u00e9\" | quote }}",
"out": "\"z,/\u03c3^[\u6587}@\u00e9\" \"z,\" \"z,/\u03c3^[\u6587}@\u00e9\" \"/\u03c3\" \"z,/\u03c3^[\u6587}@\u00e9\""
},
{
"tpl": "{{ swapcase \".0_\u03a3|\" }} {{ initials \".0_\u03a3|\" }} {{ kebabcase \".0_\u03a3|\" }} {{ b64enc \".0_\u03a3|\" }} {{ untitle \".0_\u03a3|\" }} {{ snakecase \".0_\u03a3|\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \".0_\u03a3|\" \".0_\u03a3|\" \".0_\u03a3|\" \".0_\u03a3|\" }}",
"out": ".0_\u03c3| . .0-\u03c3-| LjBfzqN8 .0_\u03a3| .0_\u03c3_| \".0_\u03a3|\"|2e305fcea37c|     .0_|\".0_\u03a3|\""
},
{
"tpl": "{{ wrap 5 \".0_\u03a3|\" | quote }} {{ trunc 5 \".0_\u03a3|\" | quote }} {{ abbrev 5 \".0_\u03a3|\" | quote }} {{ substr 5 8 \".0_\u03a3|\" | quote }} {{ trimAll \"&_\" \".0_\u03a3|\" | quote }}",
"out": "\".0_\u03a3|\" \".0_\u03a3\" \".0...\" \"|\" \".0_\u03a3|\""
},
{
"tpl": "{{ toString \")Z\\t!\" }} {{ swapcase \")Z\\t!\" }} {{ quote \")Z\\t!\" }} {{ initials \")Z\\t!\" }} {{ kebabcase \")Z\\t!\" }} {{ untitle \")Z\\t!\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \")Z\\t!\" \")Z\\t!\" \")Z\\t!\" \")Z\\t!\" }}",
"out": ")Z\t! )z\t! \")Z\\t!\" )! )z-! )Z\t! \")Z\\t!\"|295a0921|     )Z\t|\")Z\\t!\""
},
{
"tpl": "{{ wrap 6 \")Z\\t!\" | quote }} {{ trunc 6 \")Z\\t!\" | quote }} {{ abbrev 6 \")Z\\t!\" | quote }} {{ substr 6 9 \")Z\\t!\" | quote }} {{ trimAll \"\u216b\u216b\" \")Z\\t!\" | quote }}",
"out": "\")Z\\t!\" \")Z\\t!\" \")Z\\t!\" ",
"err": "template: t:1:93: executing \"t\" at <substr 6 9 \")Z\\t!\">: error calling substr: runtime error: slice bounds out of range [6:4]"
},
{
"tpl": "{{ swapcase \"\\ufffd\u4e2d\\u200b\u00c9#]\\u0301;aZ\" }} {{ toString \"\\ufffd\u4e2d\\u200b\u00c9#]\\u0301;aZ\" }} {{ b64enc \"\\ufffd\u4e2d\\u200b\u00c9#]\\u0301;aZ\" }} {{ toJson \"\\ufffd\u4e2d\\u200b\u00c9#]\\u0301;aZ\" }} {{ lower \"\\ufffd\u4e2d\\u200b\u00c9#]\\u0301;aZ\" }} {{ upper \"\\ufffd\u4e2d\\u200b\u00c9#]\\u0301;aZ\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"\\ufffd\u4e2d\\u200b\u00c9#]\\u0301;aZ\" \"\\ufffd\u4e2d\\u200b\u00c9#]\\u0301;aZ\" \"\\ufffd\u4e2d\\u200b\u00c9#]\\u0301;aZ\" \"\\ufffd\u4e2d\\u200b\u00c9#]\\u0301;aZ\" }}",
"out": "\ufffd\u4e2d\u200b\u00e9#]\u0301;Az \ufffd\u4e2d\u200b\u00c9#]\u0301;aZ 77+95Lit4oCLw4kjXcyBO2Fa \"\ufffd\u4e2d\u200b\u00c9#]\u0301;aZ\" \ufffd\u4e2d\u200b\u00e9#]\u0301;az \ufffd\u4e2d\u200b\u00c9#]\u0301;AZ \"\ufffd\u4e2d\\u200b\u00c9#]\u0301;aZ\"|efbfbde4b8ade2808bc389235dcc813b615a|     \ufffd\u4e2d\u200b|\"\ufffd\u4e2d\\u200b\u00c9#]\u0301;aZ\""
},
{
"tpl": "{{ wrap 8 \"\\ufffd\u4e2d\\u200b\u00c9#]\\u0301;aZ\" | quote }} {{ trunc 8 \"\\ufffd\u4e2d\\u200b\u00c9#]\\u0301;aZ\" | quote }} {{ abbrev 8 \"\\ufffd\u4e2d\\u200b\u00c9#]\\u0301;aZ\" | quote }} {{ substr 8 11 \"\\ufffd\u4e2d\\u200b\u00c9#]\\u0301;aZ\" | quote }} {{ trimAll \"\u01f0\u00df\" \"\\ufffd\u4e2d\\u200b\u00c9#]\\u0301;aZ\" | quote }}",
"out": "\"\ufffd\u4e2d\\u200b\u00c9#]\u0301;aZ\" \"\ufffd\u4e2d\\xe2\\x80\" \"\ufffd\\xe4\\xb8...\" \"\\x8b\u00c9\" \"\ufffd\u4e2d\\u200b\u00c9#]\u0301;aZ\""
},
{
"tpl": "{{ title \"\u24d0\ufb01\" }} {{ toJson \"\u24d0\ufb01\" }} {{ snakecase \"\u24d0\ufb01\" }} {{ upper \"\u24d0\ufb01\" }} {{ swapcase \"\u24d0\ufb01\" }} {{ b32enc \"\u24d0\ufb01\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"\u24d0\ufb01\" \"\u24d0\ufb01\" \"\u24d0\ufb01\" \"\u24d0\ufb01\" }}",
"out": "\u24b6\ufb01 \"\u24d0\ufb01\" \u24d0_\ufb01 \u24b6\ufb01 \u24d0\ufb01 4KJZB35MQE====== \"\u24d0\ufb01\"|e29390efac81|      \u24d0\ufb01|\"\u24d0\ufb01\""
},
{
"tpl": "{{ wrap -3 \"\u24d0\ufb01\" | quote }} {{ trunc -3 \"\u24d0\ufb01\" | quote }} {{ abbrev -3 \"\u24d0\ufb01\" | quote }} {{ substr 0 0 \"\u24d0\ufb01\" | quote }} {{ trimAll \"\u216b)\" \"\u24d0\ufb01\" | quote }}",
"out": "\"\u24d0\ufb01\" \"\ufb01\" \"\u24d0\ufb01\" \"\" \"\u24d0\ufb01\""
},
{
"tpl": "{{ camelcase \"\u216b\\u2028\" }} {{ untitle \"\u216b\\u2028\" }} {{ initials \"\u216b\\u2028\" }} {{ title \"\u216b\\u2028\" }} {{ upper \"\u216b\\u2028\" }} {{ toString \"\u216b\\u2028\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"\u216b\\u2028\" \"\u216b\\u2028\" \"\u216b\\u2028\" \"\u216b\\u2028\" }}",
"out": "\u216b\u2028 \u217b\u2028 \u00e2\u00ab \u216b\u2028 \u216b\u2028 \u216b\u2028 \"\u216b\\u2028\"|e285abe280a8|      \u216b\u2028|\"\u216b\\u2028\""
},
{
"tpl": "{{ wrap 9 \"\u216b\\u2028\" | quote }} {{ trunc 9 \"\u216b\\u2028\" | quote }} {{ abbrev 9 \"\u216b\\u2028\" | quote }} {{ substr 9 12 \"\u216b\\u2028\" | quote }} {{ trimAll \"\u24d0#\" \"\u216b\\u2028\" | quote }}",
"out": "\"\u216b\\u2028\" \"\u216b\\u2028\" \"\u216b\\u2028\" ",
"err": "template: t:1:105: executing \"t\" at <substr 9 12 \"\u216b\\u2028\">: error calling substr: runtime error: slice bounds out of range [9:6]"
},
{
"tpl": "{{ snakecase \"\\ufffd\" }} {{ swapcase \"\\ufffd\" }} {{ toJson \"\\ufffd\" }} {{ nospace \"\\ufffd\" }} {{ upper \"\\ufffd\" }} {{ title \"\\ufffd\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"\\ufffd\" \"\\ufffd\" \"\\ufffd\" \"\\ufffd\" }}",
"out": "\ufffd \ufffd \"\ufffd\" \ufffd \ufffd \ufffd \"\ufffd\"|efbfbd|       \ufffd|\"\ufffd\" "
},
{
"tpl": "{{ wrap -2 \"\\ufffd\" | quote }} {{ trunc -2 \"\\ufffd\" | quote }} {{ abbrev -2 \"\\ufffd\" | quote }} {{ substr 0 1 \"\\ufffd\" | quote }} {{ trimAll \"\\n\u00df\" \"\\ufffd\" | quote }}",
"out": "\"\ufffd\" \"\\xbf\\xbd\" \"\ufffd\" \"\\xef\" \"\ufffd\""
},
{
"tpl": "{{ quote \"\u03a3,\ud83d\ude00##|~\u0661\" }} {{ snakecase \"\u03a3,\ud83d\ude00##|~\u0661\" }} {{ toString \"\u03a3,\ud83d\ude00##|~\u0661\" }} {{ camelcase \"\u03a3,\ud83d\ude00##|~\u0661\" }} {{ title \"\u03a3,\ud83d\ude00##|~\u0661\" }} {{ toJson \"\u03a3,\ud83d\ude00##|~\u0661\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"\u03a3,\ud83d\ude00##|~\u0661\" \"\u03a3,\ud83d\ude00##|~\u0661\" \"\u03a3,\ud83d\ude00##|~\u0661\" \"\u03a3,\ud83d\ude00##|~\u0661\" }}",
"out": "\"\u03a3,\ud83d\ude00##|~\u0661\" \u03c3,\ud83d\ude00##|~\u0661 \u03a3,\ud83d\ude00##|~\u0661 \u03a3,\ud83d\ude00##|~\u0661 \u03a3,\ud83d\ude00##|~\u0661 \"\u03a3,\ud83d\ude00##|~\u0661\" \"\u03a3,\ud83d\ude00##|~\u0661\"|cea32cf09f988023237c7ed9a1|     \u03a3,\ud83d\ude00|\"\u03a3,\ud83d\ude00##|~\u0661\""
},
{
"tpl": "{{ wrap 3 \"\u03a3,\ud83d\ude00##|~\u0661\" | quote }} {{ trunc 3 \"\u03a3,\ud83d\ude00##|~\u0661\" | quote }} {{ abbrev 3 \"\u03a3,\ud83d\ude00##|~\u0661\" | quote }} {{ substr 3 6 \"\u03a3,\ud83d\ude00##|~\u0661\" | quote }} {{ trimAll \"[/\" \"\u03a3,\ud83d\ude00##|~\u0661\" | quote }}",
"out": "\"\u03a3,\ud83d\ude00##|~\u0661\" \"\u03a3,\" \"\u03a3,\ud83d\ude00##|~\u0661\" \"\\xf0\\x9f\\x98\" \"\u03a3,\ud83d\ude00##|~\u0661\""
},
{
"tpl": "{{ title \"b[z\\ufffd\u216b\u216b\\u200b\" }} {{ untitle \"b[z\\ufffd\u216b\u216b\\u200b\" }} {{ quote \"b[z\\ufffd\u216b\u216b\\u200b\" }} {{ snakecase \"b[z\\ufffd\u216b\u216b\\u200b\" }} {{ initials \"b[z\\ufffd\u216b\u216b\\u200b\" }} {{ swapcase \"b[z\\ufffd\u216b\u216b\\u200b\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"b[z\\ufffd\u216b\u216b\\u200b\" \"b[z\\ufffd\u216b\u216b\\u200b\" \"b[z\\ufffd\u216b\u216b\\u200b\" \"b[z\\ufffd\u216b\u216b\\u200b\" }}",
"out": "B[Z\ufffd\u216b\u216b\u200b b[z\ufffd\u216b\u216b\u200b \"b[z\ufffd\u216b\u216b\\u200b\" b[z\ufffd\u216b\u216b_\u200b b\u00ab\u00ab B[Z\ufffd\u216b\u216b\u200b \"b[z\ufffd\u216b\u216b\\u200b\"|625b7aefbfbde285abe285abe2808b|     b[z|\"b[z\ufffd\u216b\u216b\\u200b\""
},
{
"tpl": "{{ wrap -1 \"b[z\\ufffd\u216b\u216b\\u200b\" | quote }} {{ trunc -1 \"b[z\\ufffd\u216b\u216b\\u200b\" | quote }} {{ abbrev -1 \"b[z\\ufffd\u216b\u216b\\u200b\" | quote }} {{ substr 0 2 \"b[z\\ufffd\u216b\u216b\\u200b\" | quote }} {{ trimAll \"]=\" \"b[z\\ufffd\u216b\u216b\\u200b\" | quote }}",
"out": "\"b[z\ufffd\u216b\u216b\\u200b\" \"\\x8b\" \"b[z\ufffd\u216b\u216b\\u200b\" \"b[\" \"b[z\ufffd\u216b\u216b\\u200b\""
},
{
"tpl": "{{ trim \"(+\u03a3\" }} {{ squote \"(+\u03a3\" }} {{ kebabcase \"(+\u03a3\" }} {{ toString \"(+\u03a3\" }} {{ swapcase \"(+\u03a3\" }} {{ b64enc \"(+\u03a3\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"(+\u03a3\" \"(+\u03a3\" \"(+\u03a3\" \"(+\u03a3\" }}",
"out": "(+\u03a3 '(+\u03a3' (+-\u03c3 (+\u03a3 (+\u03c3 KCvOow== \"(+\u03a3\"|282bcea3|     (+\u03a3|\"(+\u03a3\""
},
{
"tpl": "{{ wrap 11 \"(+\u03a3\" | quote }} {{ trunc 11 \"(+\u03a3\" | quote }} {{ abbrev 11 \"(+\u03a3\" | quote }} {{ substr 11 14 \"(+\u03a3\" | quote }} {{ trimAll \"b\u01f0\" \"(+\u03a3\" | quote }}",
"out": "\"(+\u03a3\" \"(+\u03a3\" \"(+\u03a3\" ",
"err": "template: t:1:93: executing \"t\" at <substr 11 14 \"(+\u03a3\">: error calling substr: runtime error: slice bounds out of range [11:4]"
},
{
"tpl": "{{ toString \"\u0131#\u01c5A/\u00dfb-\" }} {{ swapcase \"\u0131#\u01c5A/\u00dfb-\" }} {{ squote \"\u0131#\u01c5A/\u00dfb-\" }} {{ snakecase \"\u0131#\u01c5A/\u00dfb-\" }} {{ upper \"\u0131#\u01c5A/\u00dfb-\" }} {{ b64enc \"\u0131#\u01c5A/\u00dfb-\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"\u0131#\u01c5A/\u00dfb-\" \"\u0131#\u01c5A/\u00dfb-\" \"\u0131#\u01c5A/\u00dfb-\" \"\u0131#\u01c5A/\u00dfb-\" }}",
"out": "\u0131#\u01c5A/\u00dfb- I#\u01c6a/\u00dfB- '\u0131#\u01c5A/\u00dfb-' \u0131#\u01c5_a/\u00dfb_ I#\u01c4A/\u00dfB- xLEjx4VBL8OfYi0= \"\u0131#\u01c5A/\u00dfb-\"|c4b123c785412fc39f622d|     \u0131#\u01c5|\"\u0131#\u01c5A/\u00dfb-\""
},
{
"tpl": "{{ wrap 12 \"\u0131#\u01c5A/\u00dfb-\" | quote }} {{ trunc 12 \"\u0131#\u01c5A/\u00dfb-\" | quote }} {{ abbrev 12 \"\u0131#\u01c5A/\u00dfb-\" | quote }} {{ substr 12 15 \"\u0131#\u01c5A/\u00dfb-\" | quote }} {{ trimAll \"\\t*\" \"\u0131#\u01c5A/\u00dfb-\" | quote }}",
"out": "\"\u0131#\u01c5A/\u00dfb-\" \"\u0131#\u01c5A/\u00dfb-\" \"\u0131#\u01c5A/\u00dfb-\" ",
"err": "template: t:1:114: executing \"t\" at <substr 12 15 \"\u0131#\u01c5A/\u00dfb-\">: error calling substr: runtime error: slice bounds out of range [12:11]"
},
{
"tpl": "{{ trim \"\u00c9.\u00e9\u00c9(\" }} {{ swapcase \"\u00c9.\u00e9\u00c9(\" }} {{ kebabcase \"\u00c9.\u00e9\u00c9(\" }} {{ snakecase \"\u00c9.\u00e9\u00c9(\" }} {{ b32enc \"\u00c9.\u00e9\u00c9(\" }} {{ camelcase \"\u00c9.\u00e9\u00c9(\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"\u00c9.\u00e9\u00c9(\" \"\u00c9.\u00e9\u00c9(\" \"\u00c9.\u00e9\u00c9(\" \"\u00c9.\u00e9\u00c9(\" }}",
"out": "\u00c9.\u00e9\u00c9( \u00e9.\u00c9\u00e9( \u00e9.\u00e9-\u00e9( \u00e9.\u00e9_\u00e9( YOES5Q5JYOESQ=== \u00c9.\u00e9\u00c9( \"\u00c9.\u00e9\u00c9(\"|c3892ec3a9c38928|     \u00c9.\u00e9|\"\u00c9.\u00e9\u00c9(\""
},
{
"tpl": "{{ wrap 1 \"\u00c9.\u00e9\u00c9(\" | quote }} {{ trunc 1 \"\u00c9.\u00e9\u00c9(\" | quote }} {{ abbrev 1 \"\u00c9.\u00e9\u00c9(\" | quote }} {{ substr 1 4 \"\u00c9.\u00e9\u00c9(\" | quote }} {{ trimAll \"\u0661\u03a3\" \"\u00c9.\u00e9\u00c9(\" | quote }}",
"out": "\"\u00c9.\u00e9\u00c9(\" \"\\xc3\" \"\u00c9.\u00e9\u00c9(\" \"\\x89.\\xc3\" \"\u00c9.\u00e9\u00c9(\""
},
{
"tpl": "{{ untitle \"=#&>)\u03a3!@)\\u2028\" }} {{ camelcase \"=#&>)\u03a3!@)\\u2028\" }} {{ trim \"=#&>)\u03a3!@)\\u2028\" }} {{ snakecase \"=#&>)\u03a3!@)\\u2028\" }} {{ nospace \"=#&>)\u03a3!@)\\u2028\" }} {{ toJson \"=#&>)\u03a3!@)\\u2028\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"=#&>)\u03a3!@)\\u2028\" \"=#&>)\u03a3!@)\\u2028\" \"=#&>)\u03a3!@)\\u2028\" \"=#&>)\u03a3!@)\\u2028\" }}",
"out": "=#&>)\u03a3!@)\u2028 =#&>)\u03a3!@)\u2028 =#&>)\u03a3!@) =#&>)\u03c3!@)_ =#&>)\u03a3!@)\u2028 \"=#\\u0026\\u003e)\u03a3!@)\\u2028\" \"=#&>)\u03a3!@)\\u2028\"|3d23263e29cea3214029e280a8|     =#&|\"=#&>)\u03a3!@)\\u2028\""
},
{
"tpl": "{{ wrap 1 \"=#&>)\u03a3!@)\\u2028\" | quote }} {{ trunc 1 \"=#&>)\u03a3!@)\\u2028\" | quote }} {{ abbrev 1 \"=#&>)\u03a3!@)\\u2028\" | quote }} {{ substr 1 4 \"=#&>)\u03a3!@)\\u2028\" | quote }} {{ trimAll \"'\u4e2d\" \"=#&>)\u03a3!@)\\u2028\" | quote }}",
"out": "\"=#&>)\u03a3!@)\\u2028\" \"=\" \"=#&>)\u03a3!@)\\u2028\" \"#&>\" \"=#&>)\u03a3!@)\\u2028\""
},
{
"tpl": "{{ b32enc \"\u01f0\u00c9|0{\u0130\u00e9;\\n\" }} {{ snakecase \"\u01f0\u00c9|0{\u0130\u00e9;\\n\" }} {{ untitle \"\u01f0\u00c9|0{\u0130\u00e9;\\n\" }} {{ title \"\u01f0\u00c9|0{\u0130\u00e9;\\n\" }} {{ toJson \"\u01f0\u00c9|0{\u0130\u00e9;\\n\" }} {{ lower \"\u01f0\u00c9|0{\u0130\u00e9;\\n\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"\u01f0\u00c9|0{\u0130\u00e9;\\n\" \"\u01f0\u00c9|0{\u0130\u00e9;\\n\" \"\u01f0\u00c9|0{\u0130\u00e9;\\n\" \"\u01f0\u00c9|0{\u0130\u00e9;\\n\" }}",
"out": "Y6YMHCL4GB54JMGDVE5QU=== \u01f0_\u00e9_|0{i\u00e9;_ \u01f0\u00c9|0{\u0130\u00e9;\n \u01f0\u00c9|0{\u0130\u00e9;\n \"\u01f0\u00c9|0{\u0130\u00e9;\\n\" \u01f0\u00e9|0{i\u00e9;\n \"\u01f0\u00c9|0{\u0130\u00e9;\\n\"|c7b0c3897c307bc4b0c3a93b0a|     \u01f0\u00c9||\"\u01f0\u00c9|0{\u0130\u00e9;\\n\""
},
{
"tpl": "{{ wrap 8 \"\u01f0\u00c9|0{\u0130\u00e9;\\n\" | quote }} {{ trunc 8 \"\u01f0\u00c9|0{\u0130\u00e9;\\n\" | quote }} {{ abbrev 8 \"\u01f0\u00c9|0{\u0130\u00e9;\\n\" | quote }} {{ substr 8 11 \"\u01f0\u00c9|0{\u0130\u00e9;\\n\" | quote }} {{ trimAll \"\u00e9\u03c2\" \"\u01f0\u00c9|0{\u0130\u00e9;\\n\" | quote }}",
"out": "\"\u01f0\u00c9|0{\u0130\u00e9;\\n\" \"\u01f0\u00c9|0{\\xc4\" \"\u01f0\u00c9|...\" \"\\xb0\u00e9\" \"\u01f0\u00c9|0{\u0130\u00e9;\\n\""
},
{
"tpl": "{{ quote \"\\u00a0`\u4e2d+\" }} {{ upper \"\\u00a0`\u4e2d+\" }} {{ camelcase \"\\u00a0`\u4e2d+\" }} {{ snakecase \"\\u00a0`\u4e2d+\" }} {{ untitle \"\\u00a0`\u4e2d+\" }} {{ trim \"\\u00a0`\u4e2d+\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"\\u00a0`\u4e2d+\" \"\\u00a0`\u4e2d+\" \"\\u00a0`\u4e2d+\" \"\\u00a0`\u4e2d+\" }}",
"out": "\"\\u00a0`\u4e2d+\" \u00a0`\u4e2d+ \u00a0`\u4e2d+ _`\u4e2d+ \u00a0`\u4e2d+ `\u4e2d+ \"\\u00a0`\u4e2d+\"|c2a060e4b8ad2b|     \u00a0`\u4e2d|\"\\u00a0`\u4e2d+\""
},
{
"tpl": "{{ wrap 0 \"\\u00a0`\u4e2d+\" | quote }} {{ trunc 0 \"\\u00a0`\u4e2d+\" | quote }} {{ abbrev 0 \"\\u00a0`\u4e2d+\" | quote }} {{ substr 0 3 \"\\u00a0`\u4e2d+\" | quote }} {{ trimAll \"<\u216b\" \"\\u00a0`\u4e2d+\" | quote }}",
"out": "\"\\u00a0`\u4e2d+\" \"\" \"\\u00a0`\u4e2d+\" \"\\u00a0`\" \"\\u00a0`\u4e2d+\""
},
{
"tpl": "{{ swapcase \"\u4e2d)\u00c9.\ufb01\" }} {{ camelcase \"\u4e2d)\u00c9.\ufb01\" }} {{ toString \"\u4e2d)\u00c9.\ufb01\" }} {{ nospace \"\u4e2d)\u00c9.\ufb01\" }} {{ upper \"\u4e2d)\u00c9.\ufb01\" }} {{ b32enc \"\u4e2d)\u00c9.\ufb01\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"\u4e2d)\u00c9.\ufb01\" \"\u4e2d)\u00c9.\ufb01\" \"\u4e2d)\u00c9.\ufb01\" \"\u4e2d)\u00c9.\ufb01\" }}",
"out": "\u4e2d)\u00e9.\ufb01 \u4e2d)\u00c9.\ufb01 \u4e2d)\u00c9.\ufb01 \u4e2d)\u00c9.\ufb01 \u4e2d)\u00c9.\ufb01 4S4K2KODREXO7LEB \"\u4e2d)\u00c9.\ufb01\"|e4b8ad29c3892eefac81|     \u4e2d)\u00c9|\"\u4e2d)\u00c9.\ufb01\""
},
{
"tpl": "{{ wrap 0 \"\u4e2d)\u00c9.\ufb01\" | quote }} {{ trunc 0 \"\u4e2d)\u00c9.\ufb01\" | quote }} {{ abbrev 0 \"\u4e2d)\u00c9.\ufb01\" | quote }} {{ substr 0 3 \"\u4e2d)\u00c9.\ufb01\" | quote }} {{ trimAll \"\u4e2d\u0131\" \"\u4e2d)\u00c9.\ufb01\" | quote }}",
"out": "\"\u4e2d)\u00c9.\ufb01\" \"\" \"\u4e2d)\u00c9.\ufb01\" \"\u4e2d\" \")\u00c9.\ufb01\""
},
{
"tpl": "{{ toString \"\u0131'\u4e2d:\ud83d\ude00\\n\u0661\" }} {{ b32enc \"\u0131'\u4e2d:\ud83d\ude00\\n\u0661\" }} {{ untitle \"\u0131'\u4e2d:\ud83d\ude00\\n\u0661\" }} {{ b64enc \"\u0131'\u4e2d:\ud83d\ude00\\n\u0661\" }} {{ nospace \"\u0131'\u4e2d:\ud83d\ude00\\n\u0661\" }} {{ quote \"\u0131'\u4e2d:\ud83d\ude00\\n\u0661\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"\u0131'\u4e2d:\ud83d\ude00\\n\u0661\" \"\u0131'\u4e2d:\ud83d\ude00\\n\u0661\" \"\u0131'\u4e2d:\ud83d\ude00\\n\u0661\" \"\u0131'\u4e2d:\ud83d\ude00\\n\u0661\" }}",
"out": "\u0131'\u4e2d:\ud83d\ude00\n\u0661 YSYSPZFYVU5PBH4YQAFNTII= \u0131'\u4e2d:\ud83d\ude00\n\u0661 xLEn5LitOvCfmIAK2aE= \u00c4\u00b1'\u00e4\u00b8\u00ad:\u00f0\u009f\u0098\u0080\u00d9\u00a1 \"\u0131'\u4e2d:\ud83d\ude00\\n\u0661\" \"\u0131'\u4e2d:\ud83d\ude00\\n\u0661\"|c4b127e4b8ad3af09f98800ad9a1|     \u0131'\u4e2d|\"\u0131'\u4e2d:\ud83d\ude00\\n\u0661\""
},
{
"tpl": "{{ wrap 10 \"\u0131'\u4e2d:\ud83d\ude00\\n\u0661\" | quote }} {{ trunc 10 \"\u0131'\u4e2d:\ud83d\ude00\\n\u0661\" | quote }} {{ abbrev 10 \"\u0131'\u4e2d:\ud83d\ude00\\n\u0661\" | quote }} {{ substr 10 13 \"\u0131'\u4e2d:\ud83d\ude00\\n\u0661\" | quote }} {{ trimAll \"\u0661\ufb01\" \"\u0131'\u4e2d:\ud83d\ude00\\n\u0661\" | quote }}",
"out": "\"\u0131'\u4e2d:\ud83d\ude00\\n\u0661\" \"\u0131'\u4e2d:\\xf0\\x9f\\x98\" \"\u0131'\u4e2d:...\" \"\\x80\\n\\xd9\" \"\u0131'\u4e2d:\ud83d\ude00\\n\""
},
{
"tpl": "{{ toString \"\u4e2d\u00e9\\u200b?%\u00df}.;0\u03c3\u03a3\\u00a0B\" }} {{ title \"\u4e2d\u00e9\\u200b?%\u00df}.;0\u03c3\u03a3\\u00a0B\" }} {{ untitle \"\u4e2d\u00e9\\u200b?%\u00df}.;0\u03c3\u03a3\\u00a0B\" }} {{ snakecase \"\u4e2d\u00e9\\u200b?%\u00df}.;0\u03c3\u03a3\\u00a0B\" }} {{ camelcase \"\u4e2d\u00e9\\u200b?%\u00df}.;0\u03c3\u03a3\\u00a0B\" }} {{ toJson \"\u4e2d\u00e9\\u200b?%\u00df}.;0\u03c3\u03a3\\u00a0B\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"\u4e2d\u00e9\\u200b?%\u00df}.;0\u03c3\u03a3\\u00a0B\" \"\u4e2d\u00e9\\u200b?%\u00df}.;0\u03c3\u03a3\\u00a0B\" \"\u4e2d\u00e9\\u200b?%\u00df}.;0\u03c3\u03a3\\u00a0B\" \"\u4e2d\u00e9\\u200b?%\u00df}.;0\u03c3\u03a3\\u00a0B\" }}",
"out": "\u4e2d\u00e9\u200b?%\u00df}.;0\u03c3\u03a3\u00a0B \u4e2d\u00e9\u200b?%\u00df}.;0\u03c3\u03a3\u00a0B \u4e2d\u00e9\u200b?%\u00df}.;0\u03c3\u03a3\u00a0b \u4e2d_\u00e9_\u200b?%\u00df}.;0\u03c3_\u03c3_b \u4e2d\u00e9\u200b?%\u00df}.;0\u03c3\u03a3B \"\u4e2d\u00e9\u200b?%\u00df}.;0\u03c3\u03a3\u00a0B\" \"\u4e2d\u00e9\\u200b?%\u00df}.;0\u03c3\u03a3\\u00a0B\"|e4b8adc3a9e2808b3f25c39f7d2e3b30cf83cea3c2a042|     \u4e2d\u00e9\u200b|\"\u4e2d\u00e9\\u200b?%\u00df}.;0\u03c3\u03a3\\u00a0B\""
},
{
"tpl": "{{ wrap 2 \"\u4e2d\u00e9\\u200b?%\u00df}.;0\u03c3\u03a3\\u00a0B\" | quote }} {{ trunc 2 \"\u4e2d\u00e9\\u200b?%\u00df}.;0\u03c3\u03a3\\u00a0B\" | quote }} {{ abbrev 2 \"\u4e2d\u00e9\\u200b?%\u00df}.;0\u03c3\u03a3\\u00a0B\" | quote }} {{ substr 2 5 \"\u4e2d\u00e9\\u200b?%\u00df}.;0\u03c3\u03a3\\u00a0B\" | quote }} {{ trimAll \"\u00df\u00df\" \"\u4e2d\u00e9\\u200b?%\u00df}.;0\u03c3\u03a3\\u00a0B\" | quote }}",
"out": "\"\u4e2d\u00e9\\u200b?%\u00df}.;0\u03c3\u03a3\\u00a0B\" \"\\xe4\\xb8\" \"\u4e2d\u00e9\\u200b?%\u00df}.;0\u03c3\u03a3\\u00a0B\" \"\\xad\u00e9\" \"\u4e2d\u00e9\\u200b?%\u00df}.;0\u03c3\u03a3\\u00a0B\""
},
{
"tpl": "{{ lower \"\u03c2\u216b.\u6587~\ud83d\ude00\" }} {{ untitle \"\u03c2\u216b.\u6587~\ud83d\ude00\" }} {{ toJson \"\u03c2\u216b.\u6587~\ud83d\ude00\" }} {{ toString \"\u03c2\u216b.\u6587~\ud83d\ude00\" }} {{ initials \"\u03c2\u216b.\u6587~\ud83d\ude00\" }} {{ quote \"\u03c2\u216b.\u6587~\ud83d\ude00\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"\u03c2\u216b.\u6587~\ud83d\ude00\" \"\u03c2\u216b.\u6587~\ud83d\ude00\" \"\u03c2\u216b.\u6587~\ud83d\ude00\" \"\u03c2\u216b.\u6587~\ud83d\ude00\" }}",
"out": "\u03c2\u217b.\u6587~\ud83d\ude00 \u03c2\u216b.\u6587~\ud83d\ude00 \"\u03c2\u216b.\u6587~\ud83d\ude00\" \u03c2\u216b.\u6587~\ud83d\ude00 \u00cf\u00ab \"\u03c2\u216b.\u6587~\ud83d\ude00\" \"\u03c2\u216b.\u6587~\ud83d\ude00\"|cf82e285ab2ee696877ef09f9880|     \u03c2\u216b.|\"\u03c2\u216b.\u6587~\ud83d\ude00\""
},
{
"tpl": "{{ wrap -3 \"\u03c2\u216b.\u6587~\ud83d\ude00\" | quote }} {{ trunc -3 \"\u03c2\u216b.\u6587~\ud83d\ude00\" | quote }} {{ abbrev -3 \"\u03c2\u216b.\u6587~\ud83d\ude00\" | quote }} {{ substr 0 0 \"\u03c2\u216b.\u6587~\ud83d\ude00\" | quote }} {{ trimAll \"}-\" \"\u03c2\u216b.\u6587~\ud83d\ude00\" | quote }}",
"out": "\"\u03c2\u216b.\u6587~\ud83d\ude00\" \"\\x9f\\x98\\x80\" \"\u03c2\u216b.\u6587~\ud83d\ude00\" \"\" \"\u03c2\u216b.\u6587~\ud83d\ude00\""
},
{
"tpl": "{{ b64enc \"^\u00df>\\n\" }} {{ lower \"^\u00df>\\n\" }} {{ kebabcase \"^\u00df>\\n\" }} {{ upper \"^\u00df>\\n\" }} {{ squote \"^\u00df>\\n\" }} {{ b32enc \"^\u00df>\\n\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"^\u00df>\\n\" \"^\u00df>\\n\" \"^\u00df>\\n\" \"^\u00df>\\n\" }}",
"out": "XsOfPgo= ^\u00df>\n ^-\u00df->- ^\u00df>\n '^\u00df>\n' L3BZ6PQK \"^\u00df>\\n\"|5ec39f3e0a|     ^\u00df>|\"^\u00df>\\n\""
},
{
"tpl": "{{ wrap 9 \"^\u00df>\\n\" | quote }} {{ trunc 9 \"^\u00df>\\n\" | quote }} {{ abbrev 9 \"^\u00df>\\n\" | quote }} {{ substr 9 12 \"^\u00df>\\n\" | quote }} {{ trimAll \"$B\" \"^\u00df>\\n\" | quote }}",
"out": "\"^\u00df>\\n\" \"^\u00df>\\n\" \"^\u00df>\\n\" ",
"err": "template: t:1:96: executing \"t\" at <substr 9 12 \"^\u00df>\\n\">: error calling substr: runtime error: slice bounds out of range [9:5]"
},
{
"tpl": "{{ swapcase \"[\\ufffd)\u01c5Z\\u200b$]{a\" }} {{ kebabcase \"[\\ufffd)\u01c5Z\\u200b$]{a\" }} {{ squote \"[\\ufffd)\u01c5Z\\u200b$]{a\" }} {{ untitle \"[\\ufffd)\u01c5Z\\u200b$]{a\" }} {{ trim \"[\\ufffd)\u01c5Z\\u200b$]{a\" }} {{ toJson \"[\\ufffd)\u01c5Z\\u200b$]{a\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"[\\ufffd)\u01c5Z\\u200b$]{a\" \"[\\ufffd)\u01c5Z\\u200b$]{a\" \"[\\ufffd)\u01c5Z\\u200b$]{a\" \"[\\ufffd)\u01c5Z\\u200b$]{a\" }}",
"out": "[\ufffd)\u01c6z\u200b$]{A [\ufffd)\u01c5-z-\u200b$]{a '[\ufffd)\u01c5Z\u200b$]{a' [\ufffd)\u01c5Z\u200b$]{a [\ufffd)\u01c5Z\u200b$]{a \"[\ufffd)\u01c5Z\u200b$]{a\" \"[\ufffd)\u01c5Z\\u200b$]{a\"|5befbfbd29c7855ae2808b245d7b61|     [\ufffd)|\"[\ufffd)\u01c5Z\\u200b$]{a\""
},
{
"tpl": "{{ wrap 4 \"[\\ufffd)\u01c5Z\\u200b$]{a\" | quote }} {{ trunc 4 \"[\\ufffd)\u01c5Z\\u200b$]{a\" | quote }} {{ abbrev 4 \"[\\ufffd)\u01c5Z\\u200b$]{a\" | quote }} {{ substr 4 7 \"[\\ufffd)\u01c5Z\\u200b$]{a\" | quote }} {{ trimAll \"\\u200b\u01c5\" \"[\\ufffd)\u01c5Z\\u200b$]{a\" | quote }}",
"out": "\"[\ufffd)\u01c5Z\\u200b$]{a\" \"[\ufffd\" \"[...\" \")\u01c5\" \"[\ufffd)\u01c5Z\\u200b$]{a\""
},
{
"tpl": "{{ quote \"\u01c5\u00df\u0130~}\u03c3\u6587\u24d0\" }} {{ lower \"\u01c5\u00df\u0130~}\u03c3\u6587\u24d0\" }} {{ snakecase \"\u01c5\u00df\u0130~}\u03c3\u6587\u24d0\" }} {{ camelcase \"\u01c5\u00df\u0130~}\u03c3\u6587\u24d0\" }} {{ trim \"\u01c5\u00df\u0130~}\u03c3\u6587\u24d0\" }} {{ toString \"\u01c5\u00df\u0130~}\u03c3\u6587\u24d0\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"\u01c5\u00df\u0130~}\u03c3\u6587\u24d0\" \"\u01c5\u00df\u0130~}\u03c3\u6587\u24d0\" \"\u01c5\u00df\u0130~}\u03c3\u6587\u24d0\" \"\u01c5\u00df\u0130~}\u03c3\u6587\u24d0\" }}",
"out": "\"\u01c5\u00df\u0130~}\u03c3\u6587\u24d0\" \u01c6\u00dfi~}\u03c3\u6587\u24d0 \u01c5\u00df_i_~}\u03c3_\u6587\u24d0 \u01c4\u00df\u0130~}\u03c3\u6587\u24d0 \u01c5\u00df\u0130~}\u03c3\u6587\u24d0 \u01c5\u00df\u0130~}\u03c3\u6587\u24d0 \"\u01c5\u00df\u0130~}\u03c3\u6587\u24d0\"|c785c39fc4b07e7dcf83e69687e29390|     \u01c5\u00df\u0130|\"\u01c5\u00df\u0130~}\u03c3\u6587\u24d0\""
},
{
"tpl": "{{ wrap 11 \"\u01c5\u00df\u0130~}\u03c3\u6587\u24d0\" | quote }} {{ trunc 11 \"\u01c5\u00df\u0130~}\u03c3\u6587\u24d0\" | quote }} {{ abbrev 11 \"\u01c5\u00df\u0130~}\u03c3\u6587\u24d0\" | quote }} {{ substr 11 14 \"\u01c5\u00df\u0130~}\u03c3\u6587\u24d0\" | quote }} {{ trimAll \",\u24d0\" \"\u01c5\u00df\u0130~}\u03c3\u6587\u24d0\" | quote }}",
"out": "\"\u01c5\u00df\u0130~}\u03c3\u6587\u24d0\" \"\u01c5\u00df\u0130~}\u03c3\\xe6\" \"\u01c5\u00df\u0130~}...\" \"\\x96\\x87\\xe2\" \"\u01c5\u00df\u0130~}\u03c3\u6587\""
},
{
"tpl": "{{ title \"\\u00a0}[\\n\\u00a0a^\u01f0\u00e9\u0131\" }} {{ initials \"\\u00a0}[\\n\\u00a0a^\u01f0\u00e9\u0131\" }} {{ b64enc \"\\u00a0}[\\n\\u00a0a^\u01f0\u00e9\u0131\" }} {{ untitle \"\\u00a0}[\\n\\u00a0a^\u01f0\u00e9\u0131\" }} {{ b32enc \"\\u00a0}[\\n\\u00a0a^\u01f0\u00e9\u0131\" }} {{ toString \"\\u00a0}[\\n\\u00a0a^\u01f0\u00e9\u0131\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"\\u00a0}[\\n\\u00a0a^\u01f0\u00e9\u0131\" \"\\u00a0}[\\n\\u00a0a^\u01f0\u00e9\u0131\" \"\\u00a0}[\\n\\u00a0a^\u01f0\u00e9\u0131\" \"\\u00a0}[\\n\\u00a0a^\u01f0\u00e9\u0131\" }}",
"out": "\u00a0}[\n\u00a0A^\u01f0\u00e9\u0131 \u00c2}\u00c2a wqB9WwrCoGFex7DDqcSx \u00a0}[\n\u00a0a^\u01f0\u00e9\u0131 YKQH2WYKYKQGCXWHWDB2TRFR \u00a0}[\n\u00a0a^\u01f0\u00e9\u0131 \"\\u00a0}[\\n\\u00a0a^\u01f0\u00e9\u0131\"|c2a07d5b0ac2a0615ec7b0c3a9c4b1|     \u00a0}[|\"\\u00a0}[\\n\\u00a0a^\u01f0\u00e9\u0131\""
},
{
"tpl": "{{ wrap -1 \"\\u00a0}[\\n\\u00a0a^\u01f0\u00e9\u0131\" | quote }} {{ trunc -1 \"\\u00a0}[\\n\\u00a0a^\u01f0\u00e9\u0131\" | quote }} {{ abbrev -1 \"\\u00a0}[\\n\\u00a0a^\u01f0\u00e9\u0131\" | quote }} {{ substr 0 2 \"\\u00a0}[\\n\\u00a0a^\u01f0\u00e9\u0131\" | quote }} {{ trimAll \"^/\" \"\\u00a0}[\\n\\u00a0a^\u01f0\u00e9\u0131\" | quote }}",
"out": "\"\\u00a0}[\\n\\u00a0a^\u01f0\u00e9\u0131\" \"\\xb1\" \"\\u00a0}[\\n\\u00a0a^\u01f0\u00e9\u0131\" \"\\u00a0\" \"\\u00a0}[\\n\\u00a0a^\u01f0\u00e9\u0131\""
},
{
"tpl": "{{ b32enc \"B9~_\\u200b'a|<>)(\" }} {{ camelcase \"B9~_\\u200b'a|<>)(\" }} {{ toJson \"B9~_\\u200b'a|<>)(\" }} {{ swapcase \"B9~_\\u200b'a|<>)(\" }} {{ toString \"B9~_\\u200b'a|<>)(\" }} {{ untitle \"B9~_\\u200b'a|<>)(\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"B9~_\\u200b'a|<>)(\" \"B9~_\\u200b'a|<>)(\" \"B9~_\\u200b'a|<>)(\" \"B9~_\\u200b'a|<>)(\" }}",
"out": "II4X4X7CQCFSOYL4HQ7CSKA= B9~\u200b'a|<>)( \"B9~_\u200b'a|\\u003c\\u003e)(\" b9~_\u200b'A|<>)( B9~_\u200b'a|<>)( b9~_\u200b'a|<>)( \"B9~_\\u200b'a|<>)(\"|42397e5fe2808b27617c3c3e2928|     B9~|\"B9~_\\u200b'a|<>)(\""
},
{
"tpl": "{{ wrap 4 \"B9~_\\u200b'a|<>)(\" | quote }} {{ trunc 4 \"B9~_\\u200b'a|<>)(\" | quote }} {{ abbrev 4 \"B9~_\\u200b'a|<>)(\" | quote }} {{ substr 4 7 \"B9~_\\u200b'a|<>)(\" | quote }} {{ trimAll \"%\u01c5\" \"B9~_\\u200b'a|<>)(\" | quote }}",
"out": "\"B9~_\\u200b'a|<>)(\" \"B9~_\" \"B...\" \"\\u200b\" \"B9~_\\u200b'a|<>)(\""
},
{
"tpl": "{{ toString \"\u03c2<9(z^\" }} {{ toJson \"\u03c2<9(z^\" }} {{ kebabcase \"\u03c2<9(z^\" }} {{ swapcase \"\u03c2<9(z^\" }} {{ title \"\u03c2<9(z^\" }} {{ b64enc \"\u03c2<9(z^\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"\u03c2<9(z^\" \"\u03c2<9(z^\" \"\u03c2<9(z^\" \"\u03c2<9(z^\" }}",
"out": "\u03c2<9(z^ \"\u03c2\\u003c9(z^\" \u03c2-<9(z-^ \u03a3<9(Z^ \u03a3<9(Z^ z4I8OSh6Xg== \"\u03c2<9(z^\"|cf823c39287a5e|     \u03c2<9|\"\u03c2<9(z^\""
},
{
"tpl": "{{ wrap 0 \"\u03c2<9(z^\" | quote }} {{ trunc 0 \"\u03c2<9(z^\" | quote }} {{ abbrev 0 \"\u03c2<9(z^\" | quote }} {{ substr 0 3 \"\u03c2<9(z^\" | quote }} {{ trimAll \"&.\" \"\u03c2<9(z^\" | quote }}",
"out": "\"\u03c2<9(z^\" \"\" \"\u03c2<9(z^\" \"\u03c2<\" \"\u03c2<9(z^\""
},
{
"tpl": "{{ trim \"Z\\ufffdz\" }} {{ b64enc \"Z\\ufffdz\" }} {{ b32enc \"Z\\ufffdz\" }} {{ squote \"Z\\ufffdz\" }} {{ upper \"Z\\ufffdz\" }} {{ lower \"Z\\ufffdz\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"Z\\ufffdz\" \"Z\\ufffdz\" \"Z\\ufffdz\" \"Z\\ufffdz\" }}",
"out": "Z\ufffdz Wu+/vXo= LLX37PL2 'Z\ufffdz' Z\ufffdZ z\ufffdz \"Z\ufffdz\"|5aefbfbd7a|     Z\ufffdz|\"Z\ufffdz\""
},
{
"tpl": "{{ wrap -2 \"Z\\ufffdz\" | quote }} {{ trunc -2 \"Z\\ufffdz\" | quote }} {{ abbrev -2 \"Z\\ufffdz\" | quote }} {{ substr 0 1 \"Z\\ufffdz\" | quote }} {{ trimAll \")B\" \"Z\\ufffdz\" | quote }}",
"out": "\"Z\ufffdz\" \"\\xbdz\" \"Z\ufffdz\" \"Z\" \"Z\ufffdz\""
},
{
"tpl": "{{ nospace \"\u0131\" }} {{ toJson \"\u0131\" }} {{ upper \"\u0131\" }} {{ trim \"\u0131\" }} {{ squote \"\u0131\" }} {{ untitle \"\u0131\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"\u0131\" \"\u0131\" \"\u0131\" \"\u0131\" }}",
"out": "\u0131 \"\u0131\" I \u0131 '\u0131' \u0131 \"\u0131\"|c4b1|       \u0131|\"\u0131\" "
},
{
"tpl": "{{ wrap 8 \"\u0131\" | quote }} {{ trunc 8 \"\u0131\" | quote }} {{ abbrev 8 \"\u0131\" | quote }} {{ substr 8 11 \"\u0131\" | quote }} {{ trimAll \"^z\" \"\u0131\" | quote }}",
"out": "\"\u0131\" \"\u0131\" \"\u0131\" ",
"err": "template: t:1:84: executing \"t\" at <substr 8 11 \"\u0131\">: error calling substr: runtime error: slice bounds out of range [8:2]"
},
{
"tpl": "{{ toJson \"|.9A]\" }} {{ quote \"|.9A]\" }} {{ snakecase \"|.9A]\" }} {{ trim \"|.9A]\" }} {{ swapcase \"|.9A]\" }} {{ title \"|.9A]\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"|.9A]\" \"|.9A]\" \"|.9A]\" \"|.9A]\" }}",
"out": "\"|.9A]\" \"|.9A]\" |.9_a] |.9A] |.9a] |.9A] \"|.9A]\"|7c2e39415d|     |.9|\"|.9A]\""
},
{
"tpl": "{{ wrap 7 \"|.9A]\" | quote }} {{ trunc 7 \"|.9A]\" | quote }} {{ abbrev 7 \"|.9A]\" | quote }} {{ substr 7 10 \"|.9A]\" | quote }} {{ trimAll \"\u01c5@\" \"|.9A]\" | quote }}",
"out": "\"|.9A]\" \"|.9A]\" \"|.9A]\" ",
"err": "template: t:1:93: executing \"t\" at <substr 7 10 \"|.9A]\">: error calling substr: runtime error: slice bounds out of range [7:5]"
},
{
"tpl": "{{ b32enc \"$|\" }} {{ squote \"$|\" }} {{ swapcase \"$|\" }} {{ initials \"$|\" }} {{ toJson \"$|\" }} {{ snakecase \"$|\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"$|\" \"$|\" \"$|\" \"$|\" }}",
"out": "ER6A==== '$|' $| $ \"$|\" $| \"$|\"|247c|      $||\"$|\""
},
{
"tpl": "{{ wrap 12 \"$|\" | quote }} {{ trunc 12 \"$|\" | quote }} {{ abbrev 12 \"$|\" | quote }} {{ substr 12 15 \"$|\" | quote }} {{ trimAll \"\\u00a0-\" \"$|\" | quote }}",
"out": "\"$|\" \"$|\" \"$|\" ",
"err": "template: t:1:87: executing \"t\" at <substr 12 15 \"$|\">: error calling substr: runtime error: slice bounds out of range [12:2]"
},
{
"tpl": "{{ b32enc \"%;\u01c5\" }} {{ lower \"%;\u01c5\" }} {{ trim \"%;\u01c5\" }} {{ title \"%;\u01c5\" }} {{ toJson \"%;\u01c5\" }} {{ camelcase \"%;\u01c5\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"%;\u01c5\" \"%;\u01c5\" \"%;\u01c5\" \"%;\u01c5\" }}",
"out": "EU54PBI= %;\u01c6 %;\u01c5 %;\u01c5 \"%;\u01c5\" %;\u01c5 \"%;\u01c5\"|253bc785|     %;\u01c5|\"%;\u01c5\""
},
{
"tpl": "{{ wrap 3 \"%;\u01c5\" | quote }} {{ trunc 3 \"%;\u01c5\" | quote }} {{ abbrev 3 \"%;\u01c5\" | quote }} {{ substr 3 6 \"%;\u01c5\" | quote }} {{ trimAll \"{}\" \"%;\u01c5\" | quote }}",
"out": "\"%;\u01c5\" \"%;\\xc7\" \"%;\u01c5\" \"\\x85\" \"%;\u01c5\""
},
{
"tpl": "{{ camelcase \"%}\\n]{\u216b\u0130?[\u03c3\u0130@\" }} {{ toJson \"%}\\n]{\u216b\u0130?[\u03c3\u0130@\" }} {{ trim \"%}\\n]{\u216b\u0130?[\u03c3\u0130@\" }} {{ lower \"%}\\n]{\u216b\u0130?[\u03c3\u0130@\" }} {{ kebabcase \"%}\\n]{\u216b\u0130?[\u03c3\u0130@\" }} {{ nospace \"%}\\n]{\u216b\u0130?[\u03c3\u0130@\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"%}\\n]{\u216b\u0130?[\u03c3\u0130@\" \"%}\\n]{\u216b\u0130?[\u03c3\u0130@\" \"%}\\n]{\u216b\u0130?[\u03c3\u0130@\" \"%}\\n]{\u216b\u0130?[\u03c3\u0130@\" }}",
"out": "%}]{\u216b\u0130?[\u03c3\u0130@ \"%}\\n]{\u216b\u0130?[\u03c3\u0130@\" %}\n]{\u216b\u0130?[\u03c3\u0130@ %}\n]{\u217bi?[\u03c3i@ %}-]{\u216b-i?[\u03c3-i@ %}]{\u00e2\u00ab\u00c4\u00b0?[\u00cf\u0083\u00c4\u00b0@ \"%}\\n]{\u216b\u0130?[\u03c3\u0130@\"|257d0a5d7be285abc4b03f5bcf83c4b040|     %}\n|\"%}\\n]{\u216b\u0130?[\u03c3\u0130@\""
},
{
"tpl": "{{ wrap 7 \"%}\\n]{\u216b\u0130?[\u03c3\u0130@\" | quote }} {{ trunc 7 \"%}\\n]{\u216b\u0130?[\u03c3\u0130@\" | quote }} {{ abbrev 7 \"%}\\n]{\u216b\u0130?[\u03c3\u0130@\" | quote }} {{ substr 7 10 \"%}\\n]{\u216b\u0130?[\u03c3\u0130@\" | quote }} {{ trimAll \"*+\" \"%}\\n]{\u216b\u0130?[\u03c3\u0130@\" | quote }}",
"out": "\"%}\\n]{\u216b\u0130?[\u03c3\u0130@\" \"%}\\n]{\\xe2\\x85\" \"%}\\n]...\" \"\\xab\u0130\" \"%}\\n]{\u216b\u0130?[\u03c3\u0130@\""
},
{
"tpl": "{{ toString \"\\t'_:\u6587B \u01c5)\" }} {{ b64enc \"\\t'_:\u6587B \u01c5)\" }} {{ quote \"\\t'_:\u6587B \u01c5)\" }} {{ nospace \"\\t'_:\u6587B \u01c5)\" }} {{ title \"\\t'_:\u6587B \u01c5)\" }} {{ trim \"\\t'_:\u6587B \u01c5)\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"\\t'_:\u6587B \u01c5)\" \"\\t'_:\u6587B \u01c5)\" \"\\t'_:\u6587B \u01c5)\" \"\\t'_:\u6587B \u01c5)\" }}",
"out": "\t'_:\u6587B \u01c5) CSdfOuaWh0Igx4Up \"\\t'_:\u6587B \u01c5)\" '_:\u00e6\u0096\u0087B\u00c7) \t'_:\u6587B \u01c5) '_:\u6587B \u01c5) \"\\t'_:\u6587B \u01c5)\"|09275f3ae696874220c78529|     \t'_|\"\\t'_:\u6587B \u01c5)\""
},
{
"tpl": "{{ wrap 4 \"\\t'_:\u6587B \u01c5)\" | quote }} {{ trunc 4 \"\\t'_:\u6587B \u01c5)\" | quote }} {{ abbrev 4 \"\\t'_:\u6587B \u01c5)\" | quote }} {{ substr 4 7 \"\\t'_:\u6587B \u01c5)\" | quote }} {{ trimAll \"\u6587@\" \"\\t'_:\u6587B \u01c5)\" | quote }}",
"out": "\"\\t'_:\u6587B\\n\u01c5)\" \"\\t'_:\" \"\\t...\" \"\u6587\" \"\\t'_:\u6587B \u01c5)\""
},
{
"tpl": "{{ lower \"\u0130'\" }} {{ trim \"\u0130'\" }} {{ toJson \"\u0130'\" }} {{ squote \"\u0130'\" }} {{ kebabcase \"\u0130'\" }} {{ nospace \"\u0130'\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"\u0130'\" \"\u0130'\" \"\u0130'\" \"\u0130'\" }}",
"out": "i' \u0130' \"\u0130'\" '\u0130'' i' \u0130' \"\u0130'\"|c4b027|      \u0130'|\"\u0130'\""
},
{
"tpl": "{{ wrap 9 \"\u0130'\" | quote }} {{ trunc 9 \"\u0130'\" | quote }} {{ abbrev 9 \"\u0130'\" | quote }} {{ substr 9 12 \"\u0130'\" | quote }} {{ trimAll \"~z\" \"\u0130'\" | quote }}",
"out": "\"\u0130'\" \"\u0130'\" \"\u0130'\" ",
"err": "template: t:1:87: executing \"t\" at <substr 9 12 \"\u0130'\">: error calling substr: runtime error: slice bounds out of range [9:3]"
},
{
"tpl": "{{ untitle \"{\u01c5\\n\u0131_\" }} {{ squote \"{\u01c5\\n\u0131_\" }} {{ b32enc \"{\u01c5\\n\u0131_\" }} {{ nospace \"{\u01c5\\n\u0131_\" }} {{ camelcase \"{\u01c5\\n\u0131_\" }} {{ toJson \"{\u01c5\\n\u0131_\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"{\u01c5\\n\u0131_\" \"{\u01c5\\n\u0131_\" \"{\u01c5\\n\u0131_\" \"{\u01c5\\n\u0131_\" }}",
"out": "{\u01c5\n\u0131_ '{\u01c5\n\u0131_' PPDYKCWEWFPQ==== {\u00c7\u00c4\u00b1_ {\u01c5I_ \"{\u01c5\\n\u0131_\" \"{\u01c5\\n\u0131_\"|7bc7850ac4b15f|     {\u01c5\n|\"{\u01c5\\n\u0131_\""
},
{
"tpl": "{{ wrap 6 \"{\u01c5\\n\u0131_\" | quote }} {{ trunc 6 \"{\u01c5\\n\u0131_\" | quote }} {{ abbrev 6 \"{\u01c5\\n\u0131_\" | quote }} {{ substr 6 9 \"{\u01c5\\n\u0131_\" | quote }} {{ trimAll \")-\" \"{\u01c5\\n\u0131_\" | quote }}",
"out": "\"{\u01c5\\n\u0131_\" \"{\u01c5\\n\u0131\" \"{\u01c5...\" \"_\" \"{\u01c5\\n\u0131_\""
},
{
"tpl": "{{ lower \"{?\" }} {{ upper \"{?\" }} {{ title \"{?\" }} {{ swapcase \"{?\" }} {{ nospace \"{?\" }} {{ toJson \"{?\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"{?\" \"{?\" \"{?\" \"{?\" }}",
"out": "{? {? {? {? {? \"{?\" \"{?\"|7b3f|      {?|\"{?\""
},
{
"tpl": "{{ wrap -2 \"{?\" | quote }} {{ trunc -2 \"{?\" | quote }} {{ abbrev -2 \"{?\" | quote }} {{ substr 0 1 \"{?\" | quote }} {{ trimAll \"\u4e2d\\ufffd\" \"{?\" | quote }}",
"out": "\"{?\" \"{?\" \"{?\" \"{\" \"{?\""
},
{
"tpl": "{{ b64enc \"\u0131\u0131\u6587,\" }} {{ snakecase \"\u0131\u0131\u6587,\" }} {{ camelcase \"\u0131\u0131\u6587,\" }} {{ toString \"\u0131\u0131\u6587,\" }} {{ toJson \"\u0131\u0131\u6587,\" }} {{ untitle \"\u0131\u0131\u6587,\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"\u0131\u0131\u6587,\" \"\u0131\u0131\u6587,\" \"\u0131\u0131\u6587,\" \"\u0131\u0131\u6587,\" }}",
"out": "xLHEseaWhyw= \u0131\u0131_\u6587, I\u0131\u6587, \u0131\u0131\u6587, \"\u0131\u0131\u6587,\" \u0131\u0131\u6587, \"\u0131\u0131\u6587,\"|c4b1c4b1e696872c|     \u0131\u0131\u6587|\"\u0131\u0131\u6587,\""
},
{
"tpl": "{{ wrap 2 \"\u0131\u0131\u6587,\" | quote }} {{ trunc 2 \"\u0131\u0131\u6587,\" | quote }} {{ abbrev 2 \"\u0131\u0131\u6587,\" | quote }} {{ substr 2 5 \"\u0131\u0131\u6587,\" | quote }} {{ trimAll \"$b\" \"\u0131\u0131\u6587,\" | quote }}",
"out": "\"\u0131\u0131\u6587,\" \"\u0131\" \"\u0131\u0131\u6587,\" \"\u0131\\xe6\" \"\u0131\u0131\u6587,\""
},
{
"tpl": "{{ kebabcase \";\" }} {{ squote \";\" }} {{ swapcase \";\" }} {{ toString \";\" }} {{ camelcase \";\" }} {{ lower \";\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \";\" \";\" \";\" \";\" }}",
"out": "; ';' ; ; ; ; \";\"|3b|       ;|\";\" "
},
{
"tpl": "{{ wrap 10 \";\" | quote }} {{ trunc 10 \";\" | quote }} {{ abbrev 10 \";\" | quote }} {{ substr 10 13 \";\" | quote }} {{ trimAll \".0\" \";\" | quote }}",
"out": "\";\" \";\" \";\" ",
"err": "template: t:1:84: executing \"t\" at <substr 10 13 \";\">: error calling substr: runtime error: slice bounds out of range [10:1]"
},
{
"tpl": "{{ title \"'B|\u00c9;\u00e90)\" }} {{ lower \"'B|\u00c9;\u00e90)\" }} {{ quote \"'B|\u00c9;\u00e90)\" }} {{ toString \"'B|\u00c9;\u00e90)\" }} {{ camelcase \"'B|\u00c9;\u00e90)\" }} {{ b32enc \"'B|\u00c9;\u00e90)\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"'B|\u00c9;\u00e90)\" \"'B|\u00c9;\u00e90)\" \"'B|\u00c9;\u00e90)\" \"'B|\u00c9;\u00e90)\" }}",
"out": "'B|\u00c9;\u00c90) 'b|\u00e9;\u00e90) \"'B|\u00c9;\u00e90)\" 'B|\u00c9;\u00e90) 'B|\u00c9;\u00e90) E5BHZQ4JHPB2SMBJ \"'B|\u00c9;\u00e90)\"|27427cc3893bc3a93029|     'B||\"'B|\u00c9;\u00e90)\""
},
{
"tpl": "{{ wrap 1 \"'B|\u00c9;\u00e90)\" | quote }} {{ trunc 1 \"'B|\u00c9;\u00e90)\" | quote }} {{ abbrev 1 \"'B|\u00c9;\u00e90)\" | quote }} {{ substr 1 4 \"'B|\u00c9;\u00e90)\" | quote }} {{ trimAll \"=&\" \"'B|\u00c9;\u00e90)\" | quote }}",
"out": "\"'B|\u00c9;\u00e90)\" \"'\" \"'B|\u00c9;\u00e90)\" \"B|\\xc3\" \"'B|\u00c9;\u00e90)\""
},
{
"tpl": "{{ title \"(\\u0301A\\t<#[[\u03c3| \" }} {{ upper \"(\\u0301A\\t<#[[\u03c3| \" }} {{ swapcase \"(\\u0301A\\t<#[[\u03c3| \" }} {{ toString \"(\\u0301A\\t<#[[\u03c3| \" }} {{ squote \"(\\u0301A\\t<#[[\u03c3| \" }} {{ quote \"(\\u0301A\\t<#[[\u03c3| \" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"(\\u0301A\\t<#[[\u03c3| \" \"(\\u0301A\\t<#[[\u03c3| \" \"(\\u0301A\\t<#[[\u03c3| \" \"(\\u0301A\\t<#[[\u03c3| \" }}",
"out": "(\u0301A\t<#[[\u03a3|  (\u0301A\t<#[[\u03a3|  (\u0301a\t<#[[\u03a3|  (\u0301A\t<#[[\u03c3|  '(\u0301A\t<#[[\u03c3| ' \"(\u0301A\\t<#[[\u03c3| \" \"(\u0301A\\t<#[[\u03c3| \"|28cc8141093c235b5bcf837c20|     (\u0301A|\"(\u0301A\\t<#[[\u03c3| \""
},
{
"tpl": "{{ wrap 11 \"(\\u0301A\\t<#[[\u03c3| \" | quote }} {{ trunc 11 \"(\\u0301A\\t<#[[\u03c3| \" | quote }} {{ abbrev 11 \"(\\u0301A\\t<#[[\u03c3| \" | quote }} {{ substr 11 14 \"(\\u0301A\\t<#[[\u03c3| \" | quote }} {{ trimAll \">-\" \"(\\u0301A\\t<#[[\u03c3| \" | quote }}",
"out": "\"(\u0301A\\t<#[[\u03c3|\\n\" \"(\u0301A\\t<#[[\u03c3\" \"(\u0301A\\t<#[...\" \"| \" \"(\u0301A\\t<#[[\u03c3| \""
},
{
"tpl": "{{ swapcase \"=\u01c5\u01f0\u0661, ' :<\" }} {{ toString \"=\u01c5\u01f0\u0661, ' :<\" }} {{ title \"=\u01c5\u01f0\u0661, ' :<\" }} {{ quote \"=\u01c5\u01f0\u0661, ' :<\" }} {{ camelcase \"=\u01c5\u01f0\u0661, ' :<\" }} {{ squote \"=\u01c5\u01f0\u0661, ' :<\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"=\u01c5\u01f0\u0661, ' :<\" \"=\u01c5\u01f0\u0661, ' :<\" \"=\u01c5\u01f0\u0661, ' :<\" \"=\u01c5\u01f0\u0661, ' :<\" }}",
"out": "=\u01c6\u01f0\u0661, ' :< =\u01c5\u01f0\u0661, ' :< =\u01c5\u01f0\u0661, ' :< \"=\u01c5\u01f0\u0661, ' :<\" =\u01c5\u01f0\u0661,':< '=\u01c5\u01f0\u0661, ' :<' \"=\u01c5\u01f0\u0661, ' :<\"|3dc785c7b0d9a12c2027203a3c|     =\u01c5\u01f0|\"=\u01c5\u01f0\u0661, ' :<\""
},
{
"tpl": "{{ wrap -3 \"=\u01c5\u01f0\u0661, ' :<\" | quote }} {{ trunc -3 \"=\u01c5\u01f0\u0661, ' :<\" | quote }} {{ abbrev -3 \"=\u01c5\u01f0\u0661, ' :<\" | quote }} {{ substr 0 0 \"=\u01c5\u01f0\u0661, ' :<\" | quote }} {{ trimAll \"<\u03c3\" \"=\u01c5\u01f0\u0661, ' :<\" | quote }}",
"out": "\"=\u01c5\u01f0\u0661,\\n'\\n:<\" \" :<\" \"=\u01c5\u01f0\u0661, ' :<\" \"\" \"=\u01c5\u01f0\u0661, ' :\""
},
{
"tpl": "{{ camelcase \"\\n\u0131\u00c9(:~\\n\u216b:\u0661\\t[\" }} {{ initials \"\\n\u0131\u00c9(:~\\n\u216b:\u0661\\t[\" }} {{ title \"\\n\u0131\u00c9(:~\\n\u216b:\u0661\\t[\" }} {{ b32enc \"\\n\u0131\u00c9(:~\\n\u216b:\u0661\\t[\" }} {{ b64enc \"\\n\u0131\u00c9(:~\\n\u216b:\u0661\\t[\" }} {{ toJson \"\\n\u0131\u00c9(:~\\n\u216b:\u0661\\t[\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"\\n\u0131\u00c9(:~\\n\u216b:\u0661\\t[\" \"\\n\u0131\u00c9(:~\\n\u216b:\u0661\\t[\" \"\\n\u0131\u00c9(:~\\n\u216b:\u0661\\t[\" \"\\n\u0131\u00c9(:~\\n\u216b:\u0661\\t[\" }}",
"out": "\nI\u00c9(:~\u216b:\u0661[ \u00c4\u00e2\u00ab[ \nI\u00c9(:~\n\u216b:\u0661\t[ BLCLDQ4JFA5H4CXCQWVTVWNBBFNQ==== CsSxw4koOn4K4oWrOtmhCVs= \"\\n\u0131\u00c9(:~\\n\u216b:\u0661\\t[\" \"\\n\u0131\u00c9(:~\\n\u216b:\u0661\\t[\"|0ac4b1c389283a7e0ae285ab3ad9a1095b|     \n\u0131\u00c9|\"\\n\u0131\u00c9(:~\\n\u216b:\u0661\\t[\""
},
{
"tpl": "{{ wrap 4 \"\\n\u0131\u00c9(:~\\n\u216b:\u0661\\t[\" | quote }} {{ trunc 4 \"\\n\u0131\u00c9(:~\\n\u216b:\u0661\\t[\" | quote }} {{ abbrev 4 \"\\n\u0131\u00c9(:~\\n\u216b:\u0661\\t[\" | quote }} {{ substr 4 7 \"\\n\u0131\u00c9(:~\\n\u216b:\u0661\\t[\" | quote }} {{ trimAll \"\\u0301-\" \"\\n\u0131\u00c9(:~\\n\u216b:\u0661\\t[\" | quote }}",
"out": "\"\\n\u0131\u00c9(:~\\n\u216b:\u0661\\t[\" \"\\n\u0131\\xc3\" \"\\n...\" \"\\x89(:\" \"\\n\u0131\u00c9(:~\\n\u216b:\u0661\\t[\""
},
{
"tpl": "{{ toString \"/\\u200b,a\u00c9\u03a3\ufb01Z)\" }} {{ nospace \"/\\u200b,a\u00c9\u03a3\ufb01Z)\" }} {{ lower \"/\\u200b,a\u00c9\u03a3\ufb01Z)\" }} {{ kebabcase \"/\\u200b,a\u00c9\u03a3\ufb01Z)\" }} {{ camelcase \"/\\u200b,a\u00c9\u03a3\ufb01Z)\" }} {{ b64enc \"/\\u200b,a\u00c9\u03a3\ufb01Z)\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"/\\u200b,a\u00c9\u03a3\ufb01Z)\" \"/\\u200b,a\u00c9\u03a3\ufb01Z)\" \"/\\u200b,a\u00c9\u03a3\ufb01Z)\" \"/\\u200b,a\u00c9\u03a3\ufb01Z)\" }}",
"out": "/\u200b,a\u00c9\u03a3\ufb01Z) /\u200b,a\u00c9\u03a3\ufb01Z) /\u200b,a\u00e9\u03c3\ufb01z) /\u200b,a-\u00e9-\u03c3\ufb01-z) /\u200b,a\u00c9\u03a3\ufb01Z) L+KAiyxhw4nOo++sgVop \"/\\u200b,a\u00c9\u03a3\ufb01Z)\"|2fe2808b2c61c389cea3efac815a29|     /\u200b,|\"/\\u200b,a\u00c9\u03a3\ufb01Z)\""
},
{
"tpl": "{{ wrap 7 \"/\\u200b,a\u00c9\u03a3\ufb01Z)\" | quote }} {{ trunc 7 \"/\\u200b,a\u00c9\u03a3\ufb01Z)\" | quote }} {{ abbrev 7 \"/\\u200b,a\u00c9\u03a3\ufb01Z)\" | quote }} {{ substr 7 10 \"/\\u200b,a\u00c9\u03a3\ufb01Z)\" | quote }} {{ trimAll \">z\" \"/\\u200b,a\u00c9\u03a3\ufb01Z)\" | quote }}",
"out": "\"/\\u200b,a\u00c9\u03a3\ufb01Z)\" \"/\\u200b,a\\xc3\" \"/\\u200b...\" \"\\x89\u03a3\" \"/\\u200b,a\u00c9\u03a3\ufb01Z)\""
},
{
"tpl": "{{ snakecase \"`#0\u4e2d]\\n\" }} {{ title \"`#0\u4e2d]\\n\" }} {{ b32enc \"`#0\u4e2d]\\n\" }} {{ untitle \"`#0\u4e2d]\\n\" }} {{ camelcase \"`#0\u4e2d]\\n\" }} {{ lower \"`#0\u4e2d]\\n\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"`#0\u4e2d]\\n\" \"`#0\u4e2d]\\n\" \"`#0\u4e2d]\\n\" \"`#0\u4e2d]\\n\" }}",
"out": "`#0_\u4e2d]_ `#0\u4e2d]\n MARTBZFYVVOQU=== `#0\u4e2d]\n `#0\u4e2d]\n `#0\u4e2d]\n \"`#0\u4e2d]\\n\"|602330e4b8ad5d0a|     `#0|\"`#0\u4e2d]\\n\""
},
{
"tpl": "{{ wrap 11 \"`#0\u4e2d]\\n\" | quote }} {{ trunc 11 \"`#0\u4e2d]\\n\" | quote }} {{ abbrev 11 \"`#0\u4e2d]\\n\" | quote }} {{ substr 11 14 \"`#0\u4e2d]\\n\" | quote }} {{ trimAll \"\\u2028#\" \"`#0\u4e2d]\\n\" | quote }}",
"out": "\"`#0\u4e2d]\\n\" \"`#0\u4e2d]\\n\" \"`#0\u4e2d]\\n\" ",
"err": "template: t:1:108: executing \"t\" at <substr 11 14 \"`#0\u4e2d]\\n\">: error calling substr: runtime error: slice bounds out of range [11:8]"
},
{
"tpl": "{{ b32enc \"\u01c5\" }} {{ toString \"\u01c5\" }} {{ untitle \"\u01c5\" }} {{ b64enc \"\u01c5\" }} {{ kebabcase \"\u01c5\" }} {{ swapcase \"\u01c5\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"\u01c5\" \"\u01c5\" \"\u01c5\" \"\u01c5\" }}",
"out": "Y6CQ==== \u01c5 \u01c6 x4U= \u01c5 \u01c6 \"\u01c5\"|c785|       \u01c5|\"\u01c5\" "
},
{
"tpl": "{{ wrap 8 \"\u01c5\" | quote }} {{ trunc 8 \"\u01c5\" | quote }} {{ abbrev 8 \"\u01c5\" | quote }} {{ substr 8 11 \"\u01c5\" | quote }} {{ trimAll \"\\u0301\u0131\" \"\u01c5\" | quote }}",
"out": "\"\u01c5\" \"\u01c5\" \"\u01c5\" ",
"err": "template: t:1:84: executing \"t\" at <substr 8 11 \"\u01c5\">: error calling substr: runtime error: slice bounds out of range [8:2]"
},
{
"tpl": "{{ b64enc \"!?+'Z0a\u00e9\u03a3^&\" }} {{ toString \"!?+'Z0a\u00e9\u03a3^&\" }} {{ upper \"!?+'Z0a\u00e9\u03a3^&\" }} {{ camelcase \"!?+'Z0a\u00e9\u03a3^&\" }} {{ trim \"!?+'Z0a\u00e9\u03a3^&\" }} {{ swapcase \"!?+'Z0a\u00e9\u03a3^&\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"!?+'Z0a\u00e9\u03a3^&\" \"!?+'Z0a\u00e9\u03a3^&\" \"!?+'Z0a\u00e9\u03a3^&\" \"!?+'Z0a\u00e9\u03a3^&\" }}",
"out": "IT8rJ1owYcOpzqNeJg== !?+'Z0a\u00e9\u03a3^& !?+'Z0A\u00c9\u03a3^& !?+'Z0a\u00e9\u03a3^& !?+'Z0a\u00e9\u03a3^& !?+'z0A\u00c9\u03c3^& \"!?+'Z0a\u00e9\u03a3^&\"|213f2b275a3061c3a9cea35e26|     !?+|\"!?+'Z0a\u00e9\u03a3^&\""
},
{
"tpl": "{{ wrap 2 \"!?+'Z0a\u00e9\u03a3^&\" | quote }} {{ trunc 2 \"!?+'Z0a\u00e9\u03a3^&\" | quote }} {{ abbrev 2 \"!?+'Z0a\u00e9\u03a3^&\" | quote }} {{ substr 2 5 \"!?+'Z0a\u00e9\u03a3^&\" | quote }} {{ trimAll \"\u00e9\u00df\" \"!?+'Z0a\u00e9\u03a3^&\" | quote }}",
"out": "\"!?+'Z0a\u00e9\u03a3^&\" \"!?\" \"!?+'Z0a\u00e9\u03a3^&\" \"+'Z\" \"!?+'Z0a\u00e9\u03a3^&\""
},
{
"tpl": "{{ lower \"/\u03c3]\u4e2d-\" }} {{ trim \"/\u03c3]\u4e2d-\" }} {{ untitle \"/\u03c3]\u4e2d-\" }} {{ upper \"/\u03c3]\u4e2d-\" }} {{ camelcase \"/\u03c3]\u4e2d-\" }} {{ title \"/\u03c3]\u4e2d-\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"/\u03c3]\u4e2d-\" \"/\u03c3]\u4e2d-\" \"/\u03c3]\u4e2d-\" \"/\u03c3]\u4e2d-\" }}",
"out": "/\u03c3]\u4e2d- /\u03c3]\u4e2d- /\u03c3]\u4e2d- /\u03a3]\u4e2d- /\u03c3]\u4e2d- /\u03a3]\u4e2d- \"/\u03c3]\u4e2d-\"|2fcf835de4b8ad2d|     /\u03c3]|\"/\u03c3]\u4e2d-\""
},
{
"tpl": "{{ wrap 8 \"/\u03c3]\u4e2d-\" | quote }} {{ trunc 8 \"/\u03c3]\u4e2d-\" | quote }} {{ abbrev 8 \"/\u03c3]\u4e2d-\" | quote }} {{ substr 8 11 \"/\u03c3]\u4e2d-\" | quote }} {{ trimAll \"\\u00a0\ud83d\ude00\" \"/\u03c3]\u4e2d-\" | quote }}",
"out": "\"/\u03c3]\u4e2d-\" \"/\u03c3]\u4e2d-\" \"/\u03c3]\u4e2d-\" \"\" \"/\u03c3]\u4e2d-\""
},
{
"tpl": "{{ lower \"(`\u01c5[\u00df\u00e9a\u03a3\u0130:\\u200b}\" }} {{ toString \"(`\u01c5[\u00df\u00e9a\u03a3\u0130:\\u200b}\" }} {{ camelcase \"(`\u01c5[\u00df\u00e9a\u03a3\u0130:\\u200b}\" }} {{ nospace \"(`\u01c5[\u00df\u00e9a\u03a3\u0130:\\u200b}\" }} {{ untitle \"(`\u01c5[\u00df\u00e9a\u03a3\u0130:\\u200b}\" }} {{ b32enc \"(`\u01c5[\u00df\u00e9a\u03a3\u0130:\\u200b}\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"(`\u01c5[\u00df\u00e9a\u03a3\u0130:\\u200b}\" \"(`\u01c5[\u00df\u00e9a\u03a3\u0130:\\u200b}\" \"(`\u01c5[\u00df\u00e9a\u03a3\u0130:\\u200b}\" \"(`\u01c5[\u00df\u00e9a\u03a3\u0130:\\u200b}\" }}",
"out": "(`\u01c6[\u00df\u00e9a\u03c3i:\u200b} (`\u01c5[\u00df\u00e9a\u03a3\u0130:\u200b} (`\u01c5[\u00df\u00e9a\u03a3\u0130:\u200b} (`\u00c7[\u00c3\u009f\u00c3\u00a9a\u00ce\u00a3\u00c4\u00b0:\u00e2\u0080\u008b} (`\u01c5[\u00df\u00e9a\u03a3\u0130:\u200b} FBQMPBK3YOP4HKLBZ2R4JMB24KAIW7I= \"(`\u01c5[\u00df\u00e9a\u03a3\u0130:\\u200b}\"|2860c7855bc39fc3a961cea3c4b03ae2808b7d|     (`\u01c5|\"(`\u01c5[\u00df\u00e9a\u03a3\u0130:\\u200b}\""
},
{
"tpl": "{{ wrap 7 \"(`\u01c5[\u00df\u00e9a\u03a3\u0130:\\u200b}\" | quote }} {{ trunc 7 \"(`\u01c5[\u00df\u00e9a\u03a3\u0130:\\u200b}\" | quote }} {{ abbrev 7 \"(`\u01c5[\u00df\u00e9a\u03a3\u0130:\\u200b}\" | quote }} {{ substr 7 10 \"(`\u01c5[\u00df\u00e9a\u03a3\u0130:\\u200b}\" | quote }} {{ trimAll \"\\u200b\u03a3\" \"(`\u01c5[\u00df\u00e9a\u03a3\u0130:\\u200b}\" | quote }}",
"out": "\"(`\u01c5[\u00df\u00e9a\u03a3\u0130:\\u200b}\" \"(`\u01c5[\u00df\" \"(`\u01c5...\" \"\u00e9a\" \"(`\u01c5[\u00df\u00e9a\u03a3\u0130:\\u200b}\""
},
{
"tpl": "{{ b64enc \"\" }} {{ quote \"\" }} {{ lower \"\" }} {{ b32enc \"\" }} {{ snakecase \"\" }} {{ swapcase \"\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"\" \"\" \"\" \"\" }}",
"out": " \"\"     \"\"||        |\"\"  "
},
{
"tpl": "{{ wrap -3 \"\" | quote }} {{ trunc -3 \"\" | quote }} {{ abbrev -3 \"\" | quote }} {{ substr 0 0 \"\" | quote }} {{ trimAll \"!_\" \"\" | quote }}",
"out": "\"\" \"\" \"\" \"\" \"\""
},
{
"tpl": "{{ untitle \"?.<.\u00c9\u6587\u00e9\u0130 ;'_\" }} {{ initials \"?.<.\u00c9\u6587\u00e9\u0130 ;'_\" }} {{ toJson \"?.<.\u00c9\u6587\u00e9\u0130 ;'_\" }} {{ upper \"?.<.\u00c9\u6587\u00e9\u0130 ;'_\" }} {{ b32enc \"?.<.\u00c9\u6587\u00e9\u0130 ;'_\" }} {{ lower \"?.<.\u00c9\u6587\u00e9\u0130 ;'_\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"?.<.\u00c9\u6587\u00e9\u0130 ;'_\" \"?.<.\u00c9\u6587\u00e9\u0130 ;'_\" \"?.<.\u00c9\u6587\u00e9\u0130 ;'_\" \"?.<.\u00c9\u6587\u00e9\u0130 ;'_\" }}",
"out": "?.<.\u00c9\u6587\u00e9\u0130 ;'_ ?; \"?.\\u003c.\u00c9\u6587\u00e9\u0130 ;'_\" ?.<.\u00c9\u6587\u00c9\u0130 ;'_ H4XDYLWDRHTJNB6DVHCLAIB3E5PQ==== ?.<.\u00e9\u6587\u00e9i ;'_ \"?.<.\u00c9\u6587\u00e9\u0130 ;'_\"|3f2e3c2ec389e69687c3a9c4b0203b275f|     ?.<|\"?.<.\u00c9\u6587\u00e9\u0130 ;'_\""
},
{
"tpl": "{{ wrap -2 \"?.<.\u00c9\u6587\u00e9\u0130 ;'_\" | quote }} {{ trunc -2 \"?.<.\u00c9\u6587\u00e9\u0130 ;'_\" | quote }} {{ abbrev -2 \"?.<.\u00c9\u6587\u00e9\u0130 ;'_\" | quote }} {{ substr 0 1 \"?.<.\u00c9\u6587\u00e9\u0130 ;'_\" | quote }} {{ trimAll \"*+\" \"?.<.\u00c9\u6587\u00e9\u0130 ;'_\" | quote }}",
"out": "\"?.<.\u00c9\u6587\u00e9\u0130\\n;'_\" \"'_\" \"?.<.\u00c9\u6587\u00e9\u0130 ;'_\" \"?\" \"?.<.\u00c9\u6587\u00e9\u0130 ;'_\""
},
{
"tpl": "{{ title \"!\\u200b\u0661\u01c5\u00c9$\" }} {{ camelcase \"!\\u200b\u0661\u01c5\u00c9$\" }} {{ swapcase \"!\\u200b\u0661\u01c5\u00c9$\" }} {{ squote \"!\\u200b\u0661\u01c5\u00c9$\" }} {{ toJson \"!\\u200b\u0661\u01c5\u00c9$\" }} {{ lower \"!\\u200b\u0661\u01c5\u00c9$\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"!\\u200b\u0661\u01c5\u00c9$\" \"!\\u200b\u0661\u01c5\u00c9$\" \"!\\u200b\u0661\u01c5\u00c9$\" \"!\\u200b\u0661\u01c5\u00c9$\" }}",
"out": "!\u200b\u0661\u01c5\u00c9$ !\u200b\u0661\u01c5\u00c9$ !\u200b\u0661\u01c6\u00e9$ '!\u200b\u0661\u01c5\u00c9$' \"!\u200b\u0661\u01c5\u00c9$\" !\u200b\u0661\u01c6\u00e9$ \"!\\u200b\u0661\u01c5\u00c9$\"|21e2808bd9a1c785c38924|     !\u200b\u0661|\"!\\u200b\u0661\u01c5\u00c9$\""
},
{
"tpl": "{{ wrap 6 \"!\\u200b\u0661\u01c5\u00c9$\" | quote }} {{ trunc 6 \"!\\u200b\u0661\u01c5\u00c9$\" | quote }} {{ abbrev 6 \"!\\u200b\u0661\u01c5\u00c9$\" | quote }} {{ substr 6 9 \"!\\u200b\u0661\u01c5\u00c9$\" | quote }} {{ trimAll \"\ufb01Z\" \"!\\u200b\u0661\u01c5\u00c9$\" | quote }}",
"out": "\"!\\u200b\u0661\u01c5\u00c9$\" \"!\\u200b\u0661\" \"!\\xe2\\x80...\" \"\u01c5\\xc3\" \"!\\u200b\u0661\u01c5\u00c9$\""
},
{
"tpl": "{{ lower \"& \\u0301)?\u01f0\u6587{`\u03c2}\\tbB\" }} {{ title \"& \\u0301)?\u01f0\u6587{`\u03c2}\\tbB\" }} {{ toString \"& \\u0301)?\u01f0\u6587{`\u03c2}\\tbB\" }} {{ toJson \"& \\u0301)?\u01f0\u6587{`\u03c2}\\tbB\" }} {{ upper \"& \\u0301)?\u01f0\u6587{`\u03c2}\\tbB\" }} {{ swapcase \"& \\u0301)?\u01f0\u6587{`\u03c2}\\tbB\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"& \\u0301)?\u01f0\u6587{`\u03c2}\\tbB\" \"& \\u0301)?\u01f0\u6587{`\u03c2}\\tbB\" \"& \\u0301)?\u01f0\u6587{`\u03c2}\\tbB\" \"& \\u0301)?\u01f0\u6587{`\u03c2}\\tbB\" }}",
"out": "& \u0301)?\u01f0\u6587{`\u03c2}\tbb & \u0301)?\u01f0\u6587{`\u03a3}\tBB & \u0301)?\u01f0\u6587{`\u03c2}\tbB \"\\u0026 \u0301)?\u01f0\u6587{`\u03c2}\\tbB\" & \u0301)?\u01f0\u6587{`\u03a3}\tBB & \u0301)?\u01f0\u6587{`\u03a3}\tBb \"& \u0301)?\u01f0\u6587{`\u03c2}\\tbB\"|2620cc81293fc7b0e696877b60cf827d096242|     & \u0301|\"& \u0301)?\u01f0\u6587{`\u03c2}\\tbB\""
},
{
"tpl": "{{ wrap 0 \"& \\u0301)?\u01f0\u6587{`\u03c2}\\tbB\" | quote }} {{ trunc 0 \"& \\u0301)?\u01f0\u6587{`\u03c2}\\tbB\" | quote }} {{ abbrev 0 \"& \\u0301)?\u01f0\u6587{`\u03c2}\\tbB\" | quote }} {{ substr 0 3 \"& \\u0301)?\u01f0\u6587{`\u03c2}\\tbB\" | quote }} {{ trimAll \"'<\" \"& \\u0301)?\u01f0\u6587{`\u03c2}\\tbB\" | quote }}",
"out": "\"&\\n\u0301)?\u01f0\u6587{`\u03c2}\\tbB\" \"\" \"& \u0301)?\u01f0\u6587{`\u03c2}\\tbB\" \"& \\xcc\" \"& \u0301)?\u01f0\u6587{`\u03c2}\\tbB\""
},
{
"tpl": "{{ squote \"\" }} {{ title \"\" }} {{ swapcase \"\" }} {{ b64enc \"\" }} {{ snakecase \"\" }} {{ toString \"\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"\" \"\" \"\" \"\" }}",
"out": "''      \"\"||        |\"\"  "
},
{
"tpl": "{{ wrap -1 \"\" | quote }} {{ trunc -1 \"\" | quote }} {{ abbrev -1 \"\" | quote }} {{ substr 0 2 \"\" | quote }} {{ trimAll \"z>\" \"\" | quote }}",
"out": "\"\" \"\" \"\" \"\" \"\""
},
{
"tpl": "{{ upper \">}`\\n<@\\n\u0131\" }} {{ quote \">}`\\n<@\\n\u0131\" }} {{ toJson \">}`\\n<@\\n\u0131\" }} {{ toString \">}`\\n<@\\n\u0131\" }} {{ b64enc \">}`\\n<@\\n\u0131\" }} {{ b32enc \">}`\\n<@\\n\u0131\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \">}`\\n<@\\n\u0131\" \">}`\\n<@\\n\u0131\" \">}`\\n<@\\n\u0131\" \">}`\\n<@\\n\u0131\" }}",
"out": ">}`\n<@\nI \">}`\\n<@\\n\u0131\" \"\\u003e}`\\n\\u003c@\\n\u0131\" >}`\n<@\n\u0131 Pn1gCjxACsSx HZ6WACR4IAFMJMI= \">}`\\n<@\\n\u0131\"|3e7d600a3c400ac4b1|     >}`|\">}`\\n<@\\n\u0131\""
},
{
"tpl": "{{ wrap 3 \">}`\\n<@\\n\u0131\" | quote }} {{ trunc 3 \">}`\\n<@\\n\u0131\" | quote }} {{ abbrev 3 \">}`\\n<@\\n\u0131\" | quote }} {{ substr 3 6 \">}`\\n<@\\n\u0131\" | quote }} {{ trimAll \"'\\t\" \">}`\\n<@\\n\u0131\" | quote }}",
"out": "\">}`\\n<@\\n\u0131\" \">}`\" \">}`\\n<@\\n\u0131\" \"\\n<@\" \">}`\\n<@\\n\u0131\""
},
{
"tpl": "{{ toString \"\u24d0,b\" }} {{ upper \"\u24d0,b\" }} {{ quote \"\u24d0,b\" }} {{ trim \"\u24d0,b\" }} {{ title \"\u24d0,b\" }} {{ toJson \"\u24d0,b\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"\u24d0,b\" \"\u24d0,b\" \"\u24d0,b\" \"\u24d0,b\" }}",
"out": "\u24d0,b \u24b6,B \"\u24d0,b\" \u24d0,b \u24b6,B \"\u24d0,b\" \"\u24d0,b\"|e293902c62|     \u24d0,b|\"\u24d0,b\""
},
{
"tpl": "{{ wrap 12 \"\u24d0,b\" | quote }} {{ trunc 12 \"\u24d0,b\" | quote }} {{ abbrev 12 \"\u24d0,b\" | quote }} {{ substr 12 15 \"\u24d0,b\" | quote }} {{ trimAll \"@_\" \"\u24d0,b\" | quote }}",
"out": "\"\u24d0,b\" \"\u24d0,b\" \"\u24d0,b\" ",
"err": "template: t:1:96: executing \"t\" at <substr 12 15 \"\u24d0,b\">: error calling substr: runtime error: slice bounds out of range [12:5]"
},
{
"tpl": "{{ squote \"\u24d0($_;-z\u01f0\" }} {{ lower \"\u24d0($_;-z\u01f0\" }} {{ untitle \"\u24d0($_;-z\u01f0\" }} {{ kebabcase \"\u24d0($_;-z\u01f0\" }} {{ nospace \"\u24d0($_;-z\u01f0\" }} {{ b32enc \"\u24d0($_;-z\u01f0\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"\u24d0($_;-z\u01f0\" \"\u24d0($_;-z\u01f0\" \"\u24d0($_;-z\u01f0\" \"\u24d0($_;-z\u01f0\" }}",
"out": "'\u24d0($_;-z\u01f0' \u24d0($_;-z\u01f0 \u24d0($_;-z\u01f0 \u24d0($-;-z\u01f0 \u24d0($_;-z\u01f0 4KJZAKBEL45S26WHWA====== \"\u24d0($_;-z\u01f0\"|e2939028245f3b2d7ac7b0|     \u24d0($|\"\u24d0($_;-z\u01f0\""
},
{
"tpl": "{{ wrap -2 \"\u24d0($_;-z\u01f0\" | quote }} {{ trunc -2 \"\u24d0($_;-z\u01f0\" | quote }} {{ abbrev -2 \"\u24d0($_;-z\u01f0\" | quote }} {{ substr 0 1 \"\u24d0($_;-z\u01f0\" | quote }} {{ trimAll \"\u03a3\u4e2d\" \"\u24d0($_;-z\u01f0\" | quote }}",
"out": "\"\u24d0($_;-z\u01f0\" \"\u01f0\" \"\u24d0($_;-z\u01f0\" \"\\xe2\" \"\u24d0($_;-z\u01f0\""
},
{
"tpl": "{{ squote \"\" }} {{ kebabcase \"\" }} {{ quote \"\" }} {{ nospace \"\" }} {{ upper \"\" }} {{ toString \"\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"\" \"\" \"\" \"\" }}",
"out": "''  \"\"    \"\"||        |\"\"  "
},
{
"tpl": "{{ wrap 7 \"\" | quote }} {{ trunc 7 \"\" | quote }} {{ abbrev 7 \"\" | quote }} {{ substr 7 10 \"\" | quote }} {{ trimAll \"\u00e90\" \"\" | quote }}",
"out": "\"\" \"\" \"\" ",
"err": "template: t:1:78: executing \"t\" at <substr 7 10 \"\">: error calling substr: runtime error: slice bounds out of range [7:0]"
},
{
"tpl": "{{ nospace \"\\n,\" }} {{ trim \"\\n,\" }} {{ swapcase \"\\n,\" }} {{ lower \"\\n,\" }} {{ toString \"\\n,\" }} {{ quote \"\\n,\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"\\n,\" \"\\n,\" \"\\n,\" \"\\n,\" }}",
"out": ", , \n, \n, \n, \"\\n,\" \"\\n,\"|0a2c|      \n,|\"\\n,\""
},
{
"tpl": "{{ wrap 6 \"\\n,\" | quote }} {{ trunc 6 \"\\n,\" | quote }} {{ abbrev 6 \"\\n,\" | quote }} {{ substr 6 9 \"\\n,\" | quote }} {{ trimAll \",=\" \"\\n,\" | quote }}",
"out": "\"\\n,\" \"\\n,\" \"\\n,\" ",
"err": "template: t:1:87: executing \"t\" at <substr 6 9 \"\\n,\">: error calling substr: runtime error: slice bounds out of range [6:2]"
},
{
"tpl": "{{ initials \"@\u0131}=\u01c5\" }} {{ b32enc \"@\u0131}=\u01c5\" }} {{ untitle \"@\u0131}=\u01c5\" }} {{ toString \"@\u0131}=\u01c5\" }} {{ nospace \"@\u0131}=\u01c5\" }} {{ b64enc \"@\u0131}=\u01c5\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"@\u0131}=\u01c5\" \"@\u0131}=\u01c5\" \"@\u0131}=\u01c5\" \"@\u0131}=\u01c5\" }}",
"out": "@ IDCLC7J5Y6CQ==== @\u0131}=\u01c5 @\u0131}=\u01c5 @\u00c4\u00b1}=\u00c7 QMSxfT3HhQ== \"@\u0131}=\u01c5\"|40c4b17d3dc785|     @\u0131}|\"@\u0131}=\u01c5\""
},
{
"tpl": "{{ wrap 2 \"@\u0131}=\u01c5\" | quote }} {{ trunc 2 \"@\u0131}=\u01c5\" | quote }} {{ abbrev 2 \"@\u0131}=\u01c5\" | quote }} {{ substr 2 5 \"@\u0131}=\u01c5\" | quote }} {{ trimAll \"{<\" \"@\u0131}=\u01c5\" | quote }}",
"out": "\"@\u0131}=\u01c5\" \"@\\xc4\" \"@\u0131}=\u01c5\" \"\\xb1}=\" \"@\u0131}=\u01c5\""
},
{
"tpl": "{{ squote \"z\u00e9_-\\n[\u03c2B\" }} {{ toJson \"z\u00e9_-\\n[\u03c2B\" }} {{ quote \"z\u00e9_-\\n[\u03c2B\" }} {{ lower \"z\u00e9_-\\n[\u03c2B\" }} {{ b64enc \"z\u00e9_-\\n[\u03c2B\" }} {{ swapcase \"z\u00e9_-\\n[\u03c2B\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"z\u00e9_-\\n[\u03c2B\" \"z\u00e9_-\\n[\u03c2B\" \"z\u00e9_-\\n[\u03c2B\" \"z\u00e9_-\\n[\u03c2B\" }}",
"out": "'z\u00e9_-\n[\u03c2B' \"z\u00e9_-\\n[\u03c2B\" \"z\u00e9_-\\n[\u03c2B\" z\u00e9_-\n[\u03c2b esOpXy0KW8+CQg== Z\u00c9_-\n[\u03a3b \"z\u00e9_-\\n[\u03c2B\"|7ac3a95f2d0a5bcf8242|     z\u00e9_|\"z\u00e9_-\\n[\u03c2B\""
},
{
"tpl": "{{ wrap 3 \"z\u00e9_-\\n[\u03c2B\" | quote }} {{ trunc 3 \"z\u00e9_-\\n[\u03c2B\" | quote }} {{ abbrev 3 \"z\u00e9_-\\n[\u03c2B\" | quote }} {{ substr 3 6 \"z\u00e9_-\\n[\u03c2B\" | quote }} {{ trimAll \"%A\" \"z\u00e9_-\\n[\u03c2B\" | quote }}",
"out": "\"z\u00e9_-\\n[\u03c2B\" \"z\u00e9\" \"z\u00e9_-\\n[\u03c2B\" \"_-\\n\" \"z\u00e9_-\\n[\u03c2B\""
},
{
"tpl": "{{ title \"\u00e9: \" }} {{ initials \"\u00e9: \" }} {{ swapcase \"\u00e9: \" }} {{ upper \"\u00e9: \" }} {{ camelcase \"\u00e9: \" }} {{ nospace \"\u00e9: \" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"\u00e9: \" \"\u00e9: \" \"\u00e9: \" \"\u00e9: \" }}",
"out": "\u00c9:  \u00c3 \u00c9:  \u00c9:  \u00c9:  \u00c3\u00a9: \"\u00e9: \"|c3a93a20|     \u00e9: |\"\u00e9: \""
},
{
"tpl": "{{ wrap 9 \"\u00e9: \" | quote }} {{ trunc 9 \"\u00e9: \" | quote }} {{ abbrev 9 \"\u00e9: \" | quote }} {{ substr 9 12 \"\u00e9: \" | quote }} {{ trimAll \"*\u03c2\" \"\u00e9: \" | quote }}",
"out": "\"\u00e9: \" \"\u00e9: \" \"\u00e9: \" ",
"err": "template: t:1:90: executing \"t\" at <substr 9 12 \"\u00e9: \">: error calling substr: runtime error: slice bounds out of range [9:4]"
},
{
"tpl": "{{ lower \"\u0130az\" }} {{ untitle \"\u0130az\" }} {{ swapcase \"\u0130az\" }} {{ snakecase \"\u0130az\" }} {{ toString \"\u0130az\" }} {{ b32enc \"\u0130az\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"\u0130az\" \"\u0130az\" \"\u0130az\" \"\u0130az\" }}",
"out": "iaz iaz iAZ iaz \u0130az YSYGC6Q= \"\u0130az\"|c4b0617a|     \u0130az|\"\u0130az\""
},
{
"tpl": "{{ wrap 7 \"\u0130az\" | quote }} {{ trunc 7 \"\u0130az\" | quote }} {{ abbrev 7 \"\u0130az\" | quote }} {{ substr 7 10 \"\u0130az\" | quote }} {{ trimAll \"/\u00df\" \"\u0130az\" | quote }}",
"out": "\"\u0130az\" \"\u0130az\" \"\u0130az\" ",
"err": "template: t:1:90: executing \"t\" at <substr 7 10 \"\u0130az\">: error calling substr: runtime error: slice bounds out of range [7:4]"
},
{
"tpl": "{{ nospace \"(~\\u0301\u0130z`\" }} {{ toJson \"(~\\u0301\u0130z`\" }} {{ squote \"(~\\u0301\u0130z`\" }} {{ camelcase \"(~\\u0301\u0130z`\" }} {{ toString \"(~\\u0301\u0130z`\" }} {{ upper \"(~\\u0301\u0130z`\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"(~\\u0301\u0130z`\" \"(~\\u0301\u0130z`\" \"(~\\u0301\u0130z`\" \"(~\\u0301\u0130z`\" }}",
"out": "(~\u0301\u0130z` \"(~\u0301\u0130z`\" '(~\u0301\u0130z`' (~\u0301\u0130z` (~\u0301\u0130z` (~\u0301\u0130Z` \"(~\u0301\u0130z`\"|287ecc81c4b07a60|     (~\u0301|\"(~\u0301\u0130z`\""
},
{
"tpl": "{{ wrap 2 \"(~\\u0301\u0130z`\" | quote }} {{ trunc 2 \"(~\\u0301\u0130z`\" | quote }} {{ abbrev 2 \"(~\\u0301\u0130z`\" | quote }} {{ substr 2 5 \"(~\\u0301\u0130z`\" | quote }} {{ trimAll \"$:\" \"(~\\u0301\u0130z`\" | quote }}",
"out": "\"(~\u0301\u0130z`\" \"(~\" \"(~\u0301\u0130z`\" \"\u0301\\xc4\" \"(~\u0301\u0130z`\""
},
{
"tpl": "{{ kebabcase \"`\u03c3==\u00df\" }} {{ untitle \"`\u03c3==\u00df\" }} {{ toJson \"`\u03c3==\u00df\" }} {{ upper \"`\u03c3==\u00df\" }} {{ quote \"`\u03c3==\u00df\" }} {{ b32enc \"`\u03c3==\u00df\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"`\u03c3==\u00df\" \"`\u03c3==\u00df\" \"`\u03c3==\u00df\" \"`\u03c3==\u00df\" }}",
"out": "`-\u03c3-==-\u00df `\u03c3==\u00df \"`\u03c3==\u00df\" `\u03a3==\u00df \"`\u03c3==\u00df\" MDHYGPJ5YOPQ==== \"`\u03c3==\u00df\"|60cf833d3dc39f|     `\u03c3=|\"`\u03c3==\u00df\""
},
{
"tpl": "{{ wrap 11 \"`\u03c3==\u00df\" | quote }} {{ trunc 11 \"`\u03c3==\u00df\" | quote }} {{ abbrev 11 \"`\u03c3==\u00df\" | quote }} {{ substr 11 14 \"`\u03c3==\u00df\" | quote }} {{ trimAll \"\\u200b\u0661\" \"`\u03c3==\u00df\" | quote }}",
"out": "\"`\u03c3==\u00df\" \"`\u03c3==\u00df\" \"`\u03c3==\u00df\" ",
"err": "template: t:1:102: executing \"t\" at <substr 11 14 \"`\u03c3==\u00df\">: error calling substr: runtime error: slice bounds out of range [11:7]"
},
{
"tpl": "{{ swapcase \"9A<A\\t\u0131\u01c5B(z \" }} {{ title \"9A<A\\t\u0131\u01c5B(z \" }} {{ untitle \"9A<A\\t\u0131\u01c5B(z \" }} {{ quote \"9A<A\\t\u0131\u01c5B(z \" }} {{ toString \"9A<A\\t\u0131\u01c5B(z \" }} {{ b32enc \"9A<A\\t\u0131\u01c5B(z \" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"9A<A\\t\u0131\u01c5B(z \" \"9A<A\\t\u0131\u01c5B(z \" \"9A<A\\t\u0131\u01c5B(z \" \"9A<A\\t\u0131\u01c5B(z \" }}",
"out": "9a<a\tI\u01c6b(Z  9A<A\tI\u01c5B(Z  9A<A\t\u0131\u01c5B(z  \"9A<A\\t\u0131\u01c5B(z \" 9A<A\t\u0131\u01c5B(z  HFATYQIJYSY4PBKCFB5CA=== \"9A<A\\t\u0131\u01c5B(z \"|39413c4109c4b1c78542287a20|     9A<|\"9A<A\\t\u0131\u01c5B(z \""
},
{
"tpl": "{{ wrap 4 \"9A<A\\t\u0131\u01c5B(z \" | quote }} {{ trunc 4 \"9A<A\\t\u0131\u01c5B(z \" | quote }} {{ abbrev 4 \"9A<A\\t\u0131\u01c5B(z \" | quote }} {{ substr 4 7 \"9A<A\\t\u0131\u01c5B(z \" | quote }} {{ trimAll \",\u4e2d\" \"9A<A\\t\u0131\u01c5B(z \" | quote }}",
"out": "\"9A<A\\t\u0131\u01c5B(z\\n\" \"9A<A\" \"9...\" \"\\t\u0131\" \"9A<A\\t\u0131\u01c5B(z \""
},
{
"tpl": "{{ camelcase \"]Ab\" }} {{ upper \"]Ab\" }} {{ lower \"]Ab\" }} {{ untitle \"]Ab\" }} {{ initials \"]Ab\" }} {{ toString \"]Ab\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"]Ab\" \"]Ab\" \"]Ab\" \"]Ab\" }}",
"out": "]Ab ]AB ]ab ]Ab ] ]Ab \"]Ab\"|5d4162|     ]Ab|\"]Ab\""
},
{
"tpl": "{{ wrap 2 \"]Ab\" | quote }} {{ trunc 2 \"]Ab\" | quote }} {{ abbrev 2 \"]Ab\" | quote }} {{ substr 2 5 \"]Ab\" | quote }} {{ trimAll \"\u03c2\\u0301\" \"]Ab\" | quote }}",
"out": "\"]Ab\" \"]A\" \"]Ab\" \"b\" \"]Ab\""
},
{
"tpl": "{{ trim \"\u03c2}=\u00c9\\t;9\" }} {{ swapcase \"\u03c2}=\u00c9\\t;9\" }} {{ lower \"\u03c2}=\u00c9\\t;9\" }} {{ kebabcase \"\u03c2}=\u00c9\\t;9\" }} {{ quote \"\u03c2}=\u00c9\\t;9\" }} {{ squote \"\u03c2}=\u00c9\\t;9\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"\u03c2}=\u00c9\\t;9\" \"\u03c2}=\u00c9\\t;9\" \"\u03c2}=\u00c9\\t;9\" \"\u03c2}=\u00c9\\t;9\" }}",
"out": "\u03c2}=\u00c9\t;9 \u03a3}=\u00e9\t;9 \u03c2}=\u00e9\t;9 \u03c2}=-\u00e9-;9 \"\u03c2}=\u00c9\\t;9\" '\u03c2}=\u00c9\t;9' \"\u03c2}=\u00c9\\t;9\"|cf827d3dc389093b39|     \u03c2}=|\"\u03c2}=\u00c9\\t;9\""
},
{
"tpl": "{{ wrap 8 \"\u03c2}=\u00c9\\t;9\" | quote }} {{ trunc 8 \"\u03c2}=\u00c9\\t;9\" | quote }} {{ abbrev 8 \"\u03c2}=\u00c9\\t;9\" | quote }} {{ substr 8 11 \"\u03c2}=\u00c9\\t;9\" | quote }} {{ trimAll \"\\u2028\\ufffd\" \"\u03c2}=\u00c9\\t;9\" | quote }}",
"out": "\"\u03c2}=\u00c9\\t;9\" \"\u03c2}=\u00c9\\t;\" \"\u03c2}=\\xc3...\" \"9\" \"\u03c2}=\u00c9\\t;9\""
},
{
"tpl": "{{ title \"\ud83d\ude00z-\u0130]=`:\u24d0~\" }} {{ lower \"\ud83d\ude00z-\u0130]=`:\u24d0~\" }} {{ swapcase \"\ud83d\ude00z-\u0130]=`:\u24d0~\" }} {{ b64enc \"\ud83d\ude00z-\u0130]=`:\u24d0~\" }} {{ camelcase \"\ud83d\ude00z-\u0130]=`:\u24d0~\" }} {{ kebabcase \"\ud83d\ude00z-\u0130]=`:\u24d0~\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"\ud83d\ude00z-\u0130]=`:\u24d0~\" \"\ud83d\ude00z-\u0130]=`:\u24d0~\" \"\ud83d\ude00z-\u0130]=`:\u24d0~\" \"\ud83d\ude00z-\u0130]=`:\u24d0~\" }}",
"out": "\ud83d\ude00z-\u0130]=`:\u24b6~ \ud83d\ude00z-i]=`:\u24d0~ \ud83d\ude00Z-i]=`:\u24d0~ 8J+YgHotxLBdPWA64pOQfg== \ud83d\ude00z\u0130]=`:\u24d0~ \ud83d\ude00-z-i]=`:\u24d0~ \"\ud83d\ude00z-\u0130]=`:\u24d0~\"|f09f98807a2dc4b05d3d603ae293907e|     \ud83d\ude00z-|\"\ud83d\ude00z-\u0130]=`:\u24d0~\""
},
{
"tpl": "{{ wrap 5 \"\ud83d\ude00z-\u0130]=`:\u24d0~\" | quote }} {{ trunc 5 \"\ud83d\ude00z-\u0130]=`:\u24d0~\" | quote }} {{ abbrev 5 \"\ud83d\ude00z-\u0130]=`:\u24d0~\" | quote }} {{ substr 5 8 \"\ud83d\ude00z-\u0130]=`:\u24d0~\" | quote }} {{ trimAll \"\u6587\\t\" \"\ud83d\ude00z-\u0130]=`:\u24d0~\" | quote }}",
"out": "\"\ud83d\ude00z-\u0130]=`:\u24d0~\" \"\ud83d\ude00z\" \"\\xf0\\x9f...\" \"-\u0130\" \"\ud83d\ude00z-\u0130]=`:\u24d0~\""
},
{
"tpl": "{{ initials \"0;;a\" }} {{ squote \"0;;a\" }} {{ b64enc \"0;;a\" }} {{ untitle \"0;;a\" }} {{ kebabcase \"0;;a\" }} {{ swapcase \"0;;a\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"0;;a\" \"0;;a\" \"0;;a\" \"0;;a\" }}",
"out": "0 '0;;a' MDs7YQ== 0;;a 0;;a 0;;A \"0;;a\"|303b3b61|     0;;|\"0;;a\""
},
{
"tpl": "{{ wrap 6 \"0;;a\" | quote }} {{ trunc 6 \"0;;a\" | quote }} {{ abbrev 6 \"0;;a\" | quote }} {{ substr 6 9 \"0;;a\" | quote }} {{ trimAll \"a\u216b\" \"0;;a\" | quote }}",
"out": "\"0;;a\" \"0;;a\" \"0;;a\" ",
"err": "template: t:1:90: executing \"t\" at <substr 6 9 \"0;;a\">: error calling substr: runtime error: slice bounds out of range [6:4]"
},
{
"tpl": "{{ initials \"\u01c5\" }} {{ camelcase \"\u01c5\" }} {{ toJson \"\u01c5\" }} {{ quote \"\u01c5\" }} {{ squote \"\u01c5\" }} {{ toString \"\u01c5\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"\u01c5\" \"\u01c5\" \"\u01c5\" \"\u01c5\" }}",
"out": "\u00c7 \u01c4 \"\u01c5\" \"\u01c5\" '\u01c5' \u01c5 \"\u01c5\"|c785|       \u01c5|\"\u01c5\" "
},
{
"tpl": "{{ wrap 9 \"\u01c5\" | quote }} {{ trunc 9 \"\u01c5\" | quote }} {{ abbrev 9 \"\u01c5\" | quote }} {{ substr 9 12 \"\u01c5\" | quote }} {{ trimAll \";&\" \"\u01c5\" | quote }}",
"out": "\"\u01c5\" \"\u01c5\" \"\u01c5\" ",
"err": "template: t:1:84: executing \"t\" at <substr 9 12 \"\u01c5\">: error calling substr: runtime error: slice bounds out of range [9:2]"
},
{
"tpl": "{{ kebabcase \"%\u0130{\\ufffd\\t/~[<bz\u0661\u6587\" }} {{ swapcase \"%\u0130{\\ufffd\\t/~[<bz\u0661\u6587\" }} {{ toString \"%\u0130{\\ufffd\\t/~[<bz\u0661\u6587\" }} {{ lower \"%\u0130{\\ufffd\\t/~[<bz\u0661\u6587\" }} {{ upper \"%\u0130{\\ufffd\\t/~[<bz\u0661\u6587\" }} {{ b32enc \"%\u0130{\\ufffd\\t/~[<bz\u0661\u6587\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"%\u0130{\\ufffd\\t/~[<bz\u0661\u6587\" \"%\u0130{\\ufffd\\t/~[<bz\u0661\u6587\" \"%\u0130{\\ufffd\\t/~[<bz\u0661\u6587\" \"%\u0130{\\ufffd\\t/~[<bz\u0661\u6587\" }}",
"out": "%i{\ufffd-/~[<-bz\u0661-\u6587 %i{\ufffd\t/~[<BZ\u0661\u6587 %\u0130{\ufffd\t/~[<bz\u0661\u6587 %i{\ufffd\t/~[<bz\u0661\u6587 %\u0130{\ufffd\t/~[<BZ\u0661\u6587 EXCLA67PX66QSL36LM6GE6WZUHTJNBY= \"%\u0130{\ufffd\\t/~[<bz\u0661\u6587\"|25c4b07befbfbd092f7e5b3c627ad9a1e69687|     %\u0130{|\"%\u0130{\ufffd\\t/~[<bz\u0661\u6587\""
},
{
"tpl": "{{ wrap -3 \"%\u0130{\\ufffd\\t/~[<bz\u0661\u6587\" | quote }} {{ trunc -3 \"%\u0130{\\ufffd\\t/~[<bz\u0661\u6587\" | quote }} {{ abbrev -3 \"%\u0130{\\ufffd\\t/~[<bz\u0661\u6587\" | quote }} {{ substr 0 0 \"%\u0130{\\ufffd\\t/~[<bz\u0661\u6587\" | quote }} {{ trimAll \"\u0130~\" \"%\u0130{\\ufffd\\t/~[<bz\u0661\u6587\" | quote }}",
"out": "\"%\u0130{\ufffd\\t/~[<bz\u0661\u6587\" \"\u6587\" \"%\u0130{\ufffd\\t/~[<bz\u0661\u6587\" \"\" \"%\u0130{\ufffd\\t/~[<bz\u0661\u6587\""
},
{
"tpl": "{{ untitle \"\u00c9/\\u0301^\u03c3\ufb01-_\\u0301\u01c5\\u2028\" }} {{ nospace \"\u00c9/\\u0301^\u03c3\ufb01-_\\u0301\u01c5\\u2028\" }} {{ trim \"\u00c9/\\u0301^\u03c3\ufb01-_\\u0301\u01c5\\u2028\" }} {{ title \"\u00c9/\\u0301^\u03c3\ufb01-_\\u0301\u01c5\\u2028\" }} {{ kebabcase \"\u00c9/\\u0301^\u03c3\ufb01-_\\u0301\u01c5\\u2028\" }} {{ lower \"\u00c9/\\u0301^\u03c3\ufb01-_\\u0301\u01c5\\u2028\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"\u00c9/\\u0301^\u03c3\ufb01-_\\u0301\u01c5\\u2028\" \"\u00c9/\\u0301^\u03c3\ufb01-_\\u0301\u01c5\\u2028\" \"\u00c9/\\u0301^\u03c3\ufb01-_\\u0301\u01c5\\u2028\" \"\u00c9/\\u0301^\u03c3\ufb01-_\\u0301\u01c5\\u2028\" }}",
"out": "\u00e9/\u0301^\u03c3\ufb01-_\u0301\u01c5\u2028 \u00c3\u0089/\u00cc\u0081^\u00cf\u0083\u00ef\u00ac\u0081-_\u00cc\u0081\u00c7\u00e2\u0080\u00a8 \u00c9/\u0301^\u03c3\ufb01-_\u0301\u01c5 \u00c9/\u0301^\u03a3\ufb01-_\u0301\u01c5\u2028 \u00e9/\u0301^-\u03c3\ufb01--\u0301-\u01c5- \u00e9/\u0301^\u03c3\ufb01-_\u0301\u01c6\u2028 \"\u00c9/\u0301^\u03c3\ufb01-_\u0301\u01c5\\u2028\"|c3892fcc815ecf83efac812d5fcc81c785e280a8|     \u00c9/\u0301|\"\u00c9/\u0301^\u03c3\ufb01-_\u0301\u01c5\\u2028\""
},
{
"tpl": "{{ wrap -3 \"\u00c9/\\u0301^\u03c3\ufb01-_\\u0301\u01c5\\u2028\" | quote }} {{ trunc -3 \"\u00c9/\\u0301^\u03c3\ufb01-_\\u0301\u01c5\\u2028\" | quote }} {{ abbrev -3 \"\u00c9/\\u0301^\u03c3\ufb01-_\\u0301\u01c5\\u2028\" | quote }} {{ substr 0 0 \"\u00c9/\\u0301^\u03c3\ufb01-_\\u0301\u01c5\\u2028\" | quote }} {{ trimAll \"\\ufffdZ\" \"\u00c9/\\u0301^\u03c3\ufb01-_\\u0301\u01c5\\u2028\" | quote }}",
"out": "\"\u00c9/\u0301^\u03c3\ufb01-_\u0301\u01c5\\u2028\" \"\\u2028\" \"\u00c9/\u0301^\u03c3\ufb01-_\u0301\u01c5\\u2028\" \"\" \"\u00c9/\u0301^\u03c3\ufb01-_\u0301\u01c5\\u2028\""
},
{
"tpl": "{{ trim \"\\u2028>z!\" }} {{ b64enc \"\\u2028>z!\" }} {{ untitle \"\\u2028>z!\" }} {{ kebabcase \"\\u2028>z!\" }} {{ camelcase \"\\u2028>z!\" }} {{ lower \"\\u2028>z!\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"\\u2028>z!\" \"\\u2028>z!\" \"\\u2028>z!\" \"\\u2028>z!\" }}",
"out": ">z! 4oCoPnoh \u2028>z! ->-z! \u2028>z! \u2028>z! \"\\u2028>z!\"|e280a83e7a21|     \u2028>z|\"\\u2028>z!\""
},
{
"tpl": "{{ wrap 1 \"\\u2028>z!\" | quote }} {{ trunc 1 \"\\u2028>z!\" | quote }} {{ abbrev 1 \"\\u2028>z!\" | quote }} {{ substr 1 4 \"\\u2028>z!\" | quote }} {{ trimAll \"\u0661\\t\" \"\\u2028>z!\" | quote }}",
"out": "\"\\u2028>z!\" \"\\xe2\" \"\\u2028>z!\" \"\\x80\\xa8>\" \"\\u2028>z!\""
},
{
"tpl": "{{ nospace \"`\u0131|\\t#`\u03c2~\ufb01$\ud83d\ude00<\\n\u00e9\" }} {{ untitle \"`\u0131|\\t#`\u03c2~\ufb01$\ud83d\ude00<\\n\u00e9\" }} {{ swapcase \"`\u0131|\\t#`\u03c2~\ufb01$\ud83d\ude00<\\n\u00e9\" }} {{ toJson \"`\u0131|\\t#`\u03c2~\ufb01$\ud83d\ude00<\\n\u00e9\" }} {{ b64enc \"`\u0131|\\t#`\u03c2~\ufb01$\ud83d\ude00<\\n\u00e9\" }} {{ quote \"`\u0131|\\t#`\u03c2~\ufb01$\ud83d\ude00<\\n\u00e9\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"`\u0131|\\t#`\u03c2~\ufb01$\ud83d\ude00<\\n\u00e9\" \"`\u0131|\\t#`\u03c2~\ufb01$\ud83d\ude00<\\n\u00e9\" \"`\u0131|\\t#`\u03c2~\ufb01$\ud83d\ude00<\\n\u00e9\" \"`\u0131|\\t#`\u03c2~\ufb01$\ud83d\ude00<\\n\u00e9\" }}",
"out": "`\u00c4\u00b1|#`\u00cf\u0082~\u00ef\u00ac\u0081$\u00f0\u009f\u0098\u0080<\u00c3\u00a9 `\u0131|\t#`\u03c2~\ufb01$\ud83d\ude00<\n\u00e9 `I|\t#`\u03a3~\ufb01$\ud83d\ude00<\n\u00c9 \"`\u0131|\\t#`\u03c2~\ufb01$\ud83d\ude00\\u003c\\n\u00e9\" YMSxfAkjYM+Cfu+sgSTwn5iAPArDqQ== \"`\u0131|\\t#`\u03c2~\ufb01$\ud83d\ude00<\\n\u00e9\" \"`\u0131|\\t#`\u03c2~\ufb01$\ud83d\ude00<\\n\u00e9\"|60c4b17c092360cf827eefac8124f09f98803c0ac3a9|     `\u0131||\"`\u0131|\\t#`\u03c2~\ufb01$\ud83d\ude00<\\n\u00e9\""
},
{
"tpl": "{{ wrap 11 \"`\u0131|\\t#`\u03c2~\ufb01$\ud83d\ude00<\\n\u00e9\" | quote }} {{ trunc 11 \"`\u0131|\\t#`\u03c2~\ufb01$\ud83d\ude00<\\n\u00e9\" | quote }} {{ abbrev 11 \"`\u0131|\\t#`\u03c2~\ufb01$\ud83d\ude00<\\n\u00e9\" | quote }} {{ substr 11 14 \"`\u0131|\\t#`\u03c2~\ufb01$\ud83d\ude00<\\n\u00e9\" | quote }} {{ trimAll \"$z\" \"`\u0131|\\t#`\u03c2~\ufb01$\ud83d\ude00<\\n\u00e9\" | quote }}",
"out": "\"`\u0131|\\t#`\u03c2~\ufb01$\ud83d\ude00<\\n\u00e9\" \"`\u0131|\\t#`\u03c2~\\xef\" \"`\u0131|\\t#`\\xcf...\" \"\\xac\\x81$\" \"`\u0131|\\t#`\u03c2~\ufb01$\ud83d\ude00<\\n\u00e9\""
},
{
"tpl": "{{ lower \"}\" }} {{ b64enc \"}\" }} {{ upper \"}\" }} {{ swapcase \"}\" }} {{ squote \"}\" }} {{ b32enc \"}\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"}\" \"}\" \"}\" \"}\" }}",
"out": "} fQ== } } '}' PU====== \"}\"|7d|       }|\"}\" "
},
{
"tpl": "{{ wrap 6 \"}\" | quote }} {{ trunc 6 \"}\" | quote }} {{ abbrev 6 \"}\" | quote }} {{ substr 6 9 \"}\" | quote }} {{ trimAll \"$`\" \"}\" | quote }}",
"out": "\"}\" \"}\" \"}\" ",
"err": "template: t:1:81: executing \"t\" at <substr 6 9 \"}\">: error calling substr: runtime error: slice bounds out of range [6:1]"
},
{
"tpl": "{{ toString \"\u0130`\u03a3\u01f0?\u00c9\ud83d\ude00~=~\u03c3A\" }} {{ swapcase \"\u0130`\u03a3\u01f0?\u00c9\ud83d\ude00~=~\u03c3A\" }} {{ lower \"\u0130`\u03a3\u01f0?\u00c9\ud83d\ude00~=~\u03c3A\" }} {{ quote \"\u0130`\u03a3\u01f0?\u00c9\ud83d\ude00~=~\u03c3A\" }} {{ camelcase \"\u0130`\u03a3\u01f0?\u00c9\ud83d\ude00~=~\u03c3A\" }} {{ toJson \"\u0130`\u03a3\u01f0?\u00c9\ud83d\ude00~=~\u03c3A\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"\u0130`\u03a3\u01f0?\u00c9\ud83d\ude00~=~\u03c3A\" \"\u0130`\u03a3\u01f0?\u00c9\ud83d\ude00~=~\u03c3A\" \"\u0130`\u03a3\u01f0?\u00c9\ud83d\ude00~=~\u03c3A\" \"\u0130`\u03a3\u01f0?\u00c9\ud83d\ude00~=~\u03c3A\" }}",
"out": "\u0130`\u03a3\u01f0?\u00c9\ud83d\ude00~=~\u03c3A i`\u03c3\u01f0?\u00e9\ud83d\ude00~=~\u03a3a i`\u03c3\u01f0?\u00e9\ud83d\ude00~=~\u03c3a \"\u0130`\u03a3\u01f0?\u00c9\ud83d\ude00~=~\u03c3A\" \u0130`\u03a3\u01f0?\u00c9\ud83d\ude00~=~\u03c3A \"\u0130`\u03a3\u01f0?\u00c9\ud83d\ude00~=~\u03c3A\" \"\u0130`\u03a3\u01f0?\u00c9\ud83d\ude00~=~\u03c3A\"|c4b060cea3c7b03fc389f09f98807e3d7ecf8341|     \u0130`\u03a3|\"\u0130`\u03a3\u01f0?\u00c9\ud83d\ude00~=~\u03c3A\""
},
{
"tpl": "{{ wrap 12 \"\u0130`\u03a3\u01f0?\u00c9\ud83d\ude00~=~\u03c3A\" | quote }} {{ trunc 12 \"\u0130`\u03a3\u01f0?\u00c9\ud83d\ude00~=~\u03c3A\" | quote }} {{ abbrev 12 \"\u0130`\u03a3\u01f0?\u00c9\ud83d\ude00~=~\u03c3A\" | quote }} {{ substr 12 15 \"\u0130`\u03a3\u01f0?\u00c9\ud83d\ude00~=~\u03c3A\" | quote }} {{ trimAll \"\ud83d\ude00[\" \"\u0130`\u03a3\u01f0?\u00c9\ud83d\ude00~=~\u03c3A\" | quote }}",
"out": "\"\u0130`\u03a3\u01f0?\u00c9\ud83d\ude00~=~\u03c3A\" \"\u0130`\u03a3\u01f0?\u00c9\\xf0\\x9f\" \"\u0130`\u03a3\u01f0?\\xc3...\" \"\\x98\\x80~\" \"\u0130`\u03a3\u01f0?\u00c9\ud83d\ude00~=~\u03c3A\""
},
{
"tpl": "{{ b64enc \"\\u0301\u00c9\" }} {{ swapcase \"\\u0301\u00c9\" }} {{ trim \"\\u0301\u00c9\" }} {{ title \"\\u0301\u00c9\" }} {{ camelcase \"\\u0301\u00c9\" }} {{ b32enc \"\\u0301\u00c9\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"\\u0301\u00c9\" \"\\u0301\u00c9\" \"\\u0301\u00c9\" \"\\u0301\u00c9\" }}",
"out": "zIHDiQ== \u0301\u00e9 \u0301\u00c9 \u0301\u00c9 \u0301\u00c9 ZSA4HCI= \"\u0301\u00c9\"|cc81c389|      \u0301\u00c9|\"\u0301\u00c9\""
},
{
"tpl": "{{ wrap -1 \"\\u0301\u00c9\" | quote }} {{ trunc -1 \"\\u0301\u00c9\" | quote }} {{ abbrev -1 \"\\u0301\u00c9\" | quote }} {{ substr 0 2 \"\\u0301\u00c9\" | quote }} {{ trimAll \"0\\t\" \"\\u0301\u00c9\" | quote }}",
"out": "\"\u0301\u00c9\" \"\\x89\" \"\u0301\u00c9\" \"\u0301\" \"\u0301\u00c9\""
},
{
"tpl": "{{ kebabcase \"=\u0131@%_$\u0131\u00df[@Z;\u0130\" }} {{ toJson \"=\u0131@%_$\u0131\u00df[@Z;\u0130\" }} {{ untitle \"=\u0131@%_$\u0131\u00df[@Z;\u0130\" }} {{ upper \"=\u0131@%_$\u0131\u00df[@Z;\u0130\" }} {{ b32enc \"=\u0131@%_$\u0131\u00df[@Z;\u0130\" }} {{ quote \"=\u0131@%_$\u0131\u00df[@Z;\u0130\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"=\u0131@%_$\u0131\u00df[@Z;\u0130\" \"=\u0131@%_$\u0131\u00df[@Z;\u0130\" \"=\u0131@%_$\u0131\u00df[@Z;\u0130\" \"=\u0131@%_$\u0131\u00df[@Z;\u0130\" }}",
"out": "=-\u0131@%_$-\u0131\u00df[@z;i \"=\u0131@%_$\u0131\u00df[@Z;\u0130\" =\u0131@%_$\u0131\u00df[@Z;\u0130 =I@%_$I\u00df[@Z;\u0130 HXCLCQBFL4SMJMODT5NUAWR3YSYA==== \"=\u0131@%_$\u0131\u00df[@Z;\u0130\" \"=\u0131@%_$\u0131\u00df[@Z;\u0130\"|3dc4b140255f24c4b1c39f5b405a3bc4b0|     =\u0131@|\"=\u0131@%_$\u0131\u00df[@Z;\u0130\""
},
{
"tpl": "{{ wrap -2 \"=\u0131@%_$\u0131\u00df[@Z;\u0130\" | quote }} {{ trunc -2 \"=\u0131@%_$\u0131\u00df[@Z;\u0130\" | quote }} {{ abbrev -2 \"=\u0131@%_$\u0131\u00df[@Z;\u0130\" | quote }} {{ substr 0 1 \"=\u0131@%_$\u0131\u00df[@Z;\u0130\" | quote }} {{ trimAll \"!\\ufffd\" \"=\u0131@%_$\u0131\u00df[@Z;\u0130\" | quote }}",
"out": "\"=\u0131@%_$\u0131\u00df[@Z;\u0130\" \"\u0130\" \"=\u0131@%_$\u0131\u00df[@Z;\u0130\" \"=\" \"=\u0131@%_$\u0131\u00df[@Z;\u0130\""
},
{
"tpl": "{{ toString \":@{\u00c9`/{z//\\ufffd\u00df \" }} {{ nospace \":@{\u00c9`/{z//\\ufffd\u00df \" }} {{ camelcase \":@{\u00c9`/{z//\\ufffd\u00df \" }} {{ untitle \":@{\u00c9`/{z//\\ufffd\u00df \" }} {{ b64enc \":@{\u00c9`/{z//\\ufffd\u00df \" }} {{ title \":@{\u00c9`/{z//\\ufffd\u00df \" }} {{ printf \"%q|%x|%8.3s|%-4q\" \":@{\u00c9`/{z//\\ufffd\u00df \" \":@{\u00c9`/{z//\\ufffd\u00df \" \":@{\u00c9`/{z//\\ufffd\u00df \" \":@{\u00c9`/{z//\\ufffd\u00df \" }}",
"out": ":@{\u00c9`/{z//\ufffd\u00df  :@{\u00c3\u0089`/{z//\u00ef\u00bf\u00bd\u00c3\u009f :@{\u00c9`/{z//\ufffd\u00df  :@{\u00c9`/{z//\ufffd\u00df  OkB7w4lgL3t6Ly/vv73DnyA= :@{\u00c9`/{Z//\ufffd\u00df  \":@{\u00c9`/{z//\ufffd\u00df \"|3a407bc389602f7b7a2f2fefbfbdc39f20|     :@{|\":@{\u00c9`/{z//\ufffd\u00df \""
},
{
"tpl": "{{ wrap -1 \":@{\u00c9`/{z//\\ufffd\u00df \" | quote }} {{ trunc -1 \":@{\u00c9`/{z//\\ufffd\u00df \" | quote }} {{ abbrev -1 \":@{\u00c9`/{z//\\ufffd\u00df \" | quote }} {{ substr 0 2 \":@{\u00c9`/{z//\\ufffd\u00df \" | quote }} {{ trimAll \"(^\" \":@{\u00c9`/{z//\\ufffd\u00df \" | quote }}",
"out": "\":@{\u00c9`/{z//\ufffd\u00df\\n\" \" \" \":@{\u00c9`/{z//\ufffd\u00df \" \":@\" \":@{\u00c9`/{z//\ufffd\u00df \""
},
{
"tpl": "{{ lower \";)\u01f0\u03c3\u24d0]\u4e2d a@>\\ta\" }} {{ b64enc \";)\u01f0\u03c3\u24d0]\u4e2d a@>\\ta\" }} {{ upper \";)\u01f0\u03c3\u24d0]\u4e2d a@>\\ta\" }} {{ camelcase \";)\u01f0\u03c3\u24d0]\u4e2d a@>\\ta\" }} {{ title \";)\u01f0\u03c3\u24d0]\u4e2d a@>\\ta\" }} {{ toJson \";)\u01f0\u03c3\u24d0]\u4e2d a@>\\ta\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \";)\u01f0\u03c3\u24d0]\u4e2d a@>\\ta\" \";)\u01f0\u03c3\u24d0]\u4e2d a@>\\ta\" \";)\u01f0\u03c3\u24d0]\u4e2d a@>\\ta\" \";)\u01f0\u03c3\u24d0]\u4e2d a@>\\ta\" }}",
"out": ";)\u01f0\u03c3\u24d0]\u4e2d a@>\ta OynHsM+D4pOQXeS4rSBhQD4JYQ== ;)\u01f0\u03a3\u24b6]\u4e2d A@>\tA ;)\u01f0\u03c3\u24d0]\u4e2dA@>A ;)\u01f0\u03c3\u24d0]\u4e2d A@>\tA \";)\u01f0\u03c3\u24d0]\u4e2d a@\\u003e\\ta\" \";)\u01f0\u03c3\u24d0]\u4e2d a@>\\ta\"|3b29c7b0cf83e293905de4b8ad2061403e0961|     ;)\u01f0|\";)\u01f0\u03c3\u24d0]\u4e2d a@>\\ta\""
},
{
"tpl": "{{ wrap 6 \";)\u01f0\u03c3\u24d0]\u4e2d a@>\\ta\" | quote }} {{ trunc 6 \";)\u01f0\u03c3\u24d0]\u4e2d a@>\\ta\" | quote }} {{ abbrev 6 \";)\u01f0\u03c3\u24d0]\u4e2d a@>\\ta\" | quote }} {{ substr 6 9 \";)\u01f0\u03c3\u24d0]\u4e2d a@>\\ta\" | quote }} {{ trimAll \"\u6587\\u0301\" \";)\u01f0\u03c3\u24d0]\u4e2d a@>\\ta\" | quote }}",
"out": "\";)\u01f0\u03c3\u24d0]\u4e2d\\na@>\\ta\" \";)\u01f0\u03c3\" \";)\\xc7...\" \"\u24d0\" \";)\u01f0\u03c3\u24d0]\u4e2d a@>\\ta\""
},
{
"tpl": "{{ squote \"B\u03c3\ufb01;\\u200b\\u200b\ud83d\ude00]:a\\u2028b\" }} {{ nospace \"B\u03c3\ufb01;\\u200b\\u200b\ud83d\ude00]:a\\u2028b\" }} {{ trim \"B\u03c3\ufb01;\\u200b\\u200b\ud83d\ude00]:a\\u2028b\" }} {{ camelcase \"B\u03c3\ufb01;\\u200b\\u200b\ud83d\ude00]:a\\u2028b\" }} {{ upper \"B\u03c3\ufb01;\\u200b\\u200b\ud83d\ude00]:a\\u2028b\" }} {{ toString \"B\u03c3\ufb01;\\u200b\\u200b\ud83d\ude00]:a\\u2028b\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"B\u03c3\ufb01;\\u200b\\u200b\ud83d\ude00]:a\\u2028b\" \"B\u03c3\ufb01;\\u200b\\u200b\ud83d\ude00]:a\\u2028b\" \"B\u03c3\ufb01;\\u200b\\u200b\ud83d\ude00]:a\\u2028b\" \"B\u03c3\ufb01;\\u200b\\u200b\ud83d\ude00]:a\\u2028b\" }}",
"out": "'B\u03c3\ufb01;\u200b\u200b\ud83d\ude00]:a\u2028b' B\u03c3\ufb01;\u200b\u200b\ud83d\ude00]:a\u2028b B\u03c3\ufb01;\u200b\u200b\ud83d\ude00]:a\u2028b B\u03c3\ufb01;\u200b\u200b\ud83d\ude00]:aB B\u03a3\ufb01;\u200b\u200b\ud83d\ude00]:A\u2028B B\u03c3\ufb01;\u200b\u200b\ud83d\ude00]:a\u2028b \"B\u03c3\ufb01;\\u200b\\u200b\ud83d\ude00]:a\\u2028b\"|42cf83efac813be2808be2808bf09f98805d3a61e280a862|     B\u03c3\ufb01|\"B\u03c3\ufb01;\\u200b\\u200b\ud83d\ude00]:a\\u2028b\""
},
{
"tpl": "{{ wrap -1 \"B\u03c3\ufb01;\\u200b\\u200b\ud83d\ude00]:a\\u2028b\" | quote }} {{ trunc -1 \"B\u03c3\ufb01;\\u200b\\u200b\ud83d\ude00]:a\\u2028b\" | quote }} {{ abbrev -1 \"B\u03c3\ufb01;\\u200b\\u200b\ud83d\ude00]:a\\u2028b\" | quote }} {{ substr 0 2 \"B\u03c3\ufb01;\\u200b\\u200b\ud83d\ude00]:a\\u2028b\" | quote }} {{ trimAll \",\u4e2d\" \"B\u03c3\ufb01;\\u200b\\u200b\ud83d\ude00]:a\\u2028b\" | quote }}",
"out": "\"B\u03c3\ufb01;\\u200b\\u200b\ud83d\ude00]:a\\u2028b\" \"b\" \"B\u03c3\ufb01;\\u200b\\u200b\ud83d\ude00]:a\\u2028b\" \"B\\xcf\" \"B\u03c3\ufb01;\\u200b\\u200b\ud83d\ude00]:a\\u2028b\""
},
{
"tpl": "{{ title \"\\u00a0 A\u24d0~-9\" }} {{ untitle \"\\u00a0 A\u24d0~-9\" }} {{ toJson \"\\u00a0 A\u24d0~-9\" }} {{ initials \"\\u00a0 A\u24d0~-9\" }} {{ trim \"\\u00a0 A\u24d0~-9\" }} {{ b64enc \"\\u00a0 A\u24d0~-9\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"\\u00a0 A\u24d0~-9\" \"\\u00a0 A\u24d0~-9\" \"\\u00a0 A\u24d0~-9\" \"\\u00a0 A\u24d0~-9\" }}",
"out": "\u00a0 A\u24d0~-9 \u00a0 a\u24d0~-9 \"\u00a0 A\u24d0~-9\" \u00c2A A\u24d0~-9 wqAgQeKTkH4tOQ== \"\\u00a0 A\u24d0~-9\"|c2a02041e293907e2d39|     \u00a0 A|\"\\u00a0 A\u24d0~-9\""
},
{
"tpl": "{{ wrap -3 \"\\u00a0 A\u24d0~-9\" | quote }} {{ trunc -3 \"\\u00a0 A\u24d0~-9\" | quote }} {{ abbrev -3 \"\\u00a0 A\u24d0~-9\" | quote }} {{ substr 0 0 \"\\u00a0 A\u24d0~-9\" | quote }} {{ trimAll \"B\ud83d\ude00\" \"\\u00a0 A\u24d0~-9\" | quote }}",
"out": "\"\\u00a0\\nA\u24d0~-9\" \"~-9\" \"\\u00a0 A\u24d0~-9\" \"\" \"\\u00a0 A\u24d0~-9\""
},
{
"tpl": "{{ b64enc \";\" }} {{ b32enc \";\" }} {{ quote \";\" }} {{ trim \";\" }} {{ toJson \";\" }} {{ initials \";\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \";\" \";\" \";\" \";\" }}",
"out": "Ow== HM====== \";\" ; \";\" ; \";\"|3b|       ;|\";\" "
},
{
"tpl": "{{ wrap 8 \";\" | quote }} {{ trunc 8 \";\" | quote }} {{ abbrev 8 \";\" | quote }} {{ substr 8 11 \";\" | quote }} {{ trimAll \".\u01c5\" \";\" | quote }}",
"out": "\";\" \";\" \";\" ",
"err": "template: t:1:81: executing \"t\" at <substr 8 11 \";\">: error calling substr: runtime error: slice bounds out of range [8:1]"
},
{
"tpl": "{{ initials \"\\ufffd<0A\\u2028\u01c5\" }} {{ upper \"\\ufffd<0A\\u2028\u01c5\" }} {{ b64enc \"\\ufffd<0A\\u2028\u01c5\" }} {{ quote \"\\ufffd<0A\\u2028\u01c5\" }} {{ b32enc \"\\ufffd<0A\\u2028\u01c5\" }} {{ nospace \"\\ufffd<0A\\u2028\u01c5\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"\\ufffd<0A\\u2028\u01c5\" \"\\ufffd<0A\\u2028\u01c5\" \"\\ufffd<0A\\u2028\u01c5\" \"\\ufffd<0A\\u2028\u01c5\" }}",
"out": "\u00ef \ufffd<0A\u2028\u01c4 77+9PDBB4oCox4U= \"\ufffd<0A\\u2028\u01c5\" 56732PBQIHRIBKGHQU====== \u00ef\u00bf\u00bd<0A\u00e2\u0080\u00a8\u00c7 \"\ufffd<0A\\u2028\u01c5\"|efbfbd3c3041e280a8c785|     \ufffd<0|\"\ufffd<0A\\u2028\u01c5\""
},
{
"tpl": "{{ wrap 7 \"\\ufffd<0A\\u2028\u01c5\" | quote }} {{ trunc 7 \"\\ufffd<0A\\u2028\u01c5\" | quote }} {{ abbrev 7 \"\\ufffd<0A\\u2028\u01c5\" | quote }} {{ substr 7 10 \"\\ufffd<0A\\u2028\u01c5\" | quote }} {{ trimAll \"\u03c2>\" \"\\ufffd<0A\\u2028\u01c5\" | quote }}",
"out": "\"\ufffd<0A\\u2028\u01c5\" \"\ufffd<0A\\xe2\" \"\ufffd<...\" \"\\x80\\xa8\\xc7\" \"\ufffd<0A\\u2028\u01c5\""
},
{
"tpl": "{{ b32enc \"A`..,\ufb01@\u0661.\" }} {{ snakecase \"A`..,\ufb01@\u0661.\" }} {{ upper \"A`..,\ufb01@\u0661.\" }} {{ trim \"A`..,\ufb01@\u0661.\" }} {{ camelcase \"A`..,\ufb01@\u0661.\" }} {{ untitle \"A`..,\ufb01@\u0661.\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"A`..,\ufb01@\u0661.\" \"A`..,\ufb01@\u0661.\" \"A`..,\ufb01@\u0661.\" \"A`..,\ufb01@\u0661.\" }}",
"out": "IFQC4LRM56WICQGZUEXA==== a_`..,\ufb01@\u0661. A`..,\ufb01@\u0661. A`..,\ufb01@\u0661. A`..,\ufb01@\u0661. a`..,\ufb01@\u0661. \"A`..,\ufb01@\u0661.\"|41602e2e2cefac8140d9a12e|     A`.|\"A`..,\ufb01@\u0661.\""
},
{
"tpl": "{{ wrap 12 \"A`..,\ufb01@\u0661.\" | quote }} {{ trunc 12 \"A`..,\ufb01@\u0661.\" | quote }} {{ abbrev 12 \"A`..,\ufb01@\u0661.\" | quote }} {{ substr 12 15 \"A`..,\ufb01@\u0661.\" | quote }} {{ trimAll \"\u0661\\u200b\" \"A`..,\ufb01@\u0661.\" | quote }}",
"out": "\"A`..,\ufb01@\u0661.\" \"A`..,\ufb01@\u0661.\" \"A`..,\ufb01@\u0661.\" \"\" \"A`..,\ufb01@\u0661.\""
},
{
"tpl": "{{ quote \"`{\u03c3@\\u00a0-\u216b9\u6587:\u216b=}\u01c5\" }} {{ camelcase \"`{\u03c3@\\u00a0-\u216b9\u6587:\u216b=}\u01c5\" }} {{ b64enc \"`{\u03c3@\\u00a0-\u216b9\u6587:\u216b=}\u01c5\" }} {{ swapcase \"`{\u03c3@\\u00a0-\u216b9\u6587:\u216b=}\u01c5\" }} {{ untitle \"`{\u03c3@\\u00a0-\u216b9\u6587:\u216b=}\u01c5\" }} {{ toString \"`{\u03c3@\\u00a0-\u216b9\u6587:\u216b=}\u01c5\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"`{\u03c3@\\u00a0-\u216b9\u6587:\u216b=}\u01c5\" \"`{\u03c3@\\u00a0-\u216b9\u6587:\u216b=}\u01c5\" \"`{\u03c3@\\u00a0-\u216b9\u6587:\u216b=}\u01c5\" \"`{\u03c3@\\u00a0-\u216b9\u6587:\u216b=}\u01c5\" }}",
"out": "\"`{\u03c3@\\u00a0-\u216b9\u6587:\u216b=}\u01c5\" `{\u03c3@\u00a0\u216b9\u6587:\u216b=}\u01c5 YHvPg0DCoC3ihas55paHOuKFqz19x4U= `{\u03a3@\u00a0-\u216b9\u6587:\u216b=}\u01c6 `{\u03c3@\u00a0-\u216b9\u6587:\u216b=}\u01c5 `{\u03c3@\u00a0-\u216b9\u6587:\u216b=}\u01c5 \"`{\u03c3@\\u00a0-\u216b9\u6587:\u216b=}\u01c5\"|607bcf8340c2a02de285ab39e696873ae285ab3d7dc785|     `{\u03c3|\"`{\u03c3@\\u00a0-\u216b9\u6587:\u216b=}\u01c5\""
},
{
"tpl": "{{ wrap -3 \"`{\u03c3@\\u00a0-\u216b9\u6587:\u216b=}\u01c5\" | quote }} {{ trunc -3 \"`{\u03c3@\\u00a0-\u216b9\u6587:\u216b=}\u01c5\" | quote }} {{ abbrev -3 \"`{\u03c3@\\u00a0-\u216b9\u6587:\u216b=}\u01c5\" | quote }} {{ substr 0 0 \"`{\u03c3@\\u00a0-\u216b9\u6587:\u216b=}\u01c5\" | quote }} {{ trimAll \"/#\" \"`{\u03c3@\\u00a0-\u216b9\u6587:\u216b=}\u01c5\" | quote }}",
"out": "\"`{\u03c3@\\u00a0-\u216b9\u6587:\u216b=}\u01c5\" \"}\u01c5\" \"`{\u03c3@\\u00a0-\u216b9\u6587:\u216b=}\u01c5\" \"\" \"`{\u03c3@\\u00a0-\u216b9\u6587:\u216b=}\u01c5\""
},
{
"tpl": "{{ b32enc \"\\u0301\\u0301\u00c9)b\u4e2d\\u2028\" }} {{ b64enc \"\\u0301\\u0301\u00c9)b\u4e2d\\u2028\" }} {{ swapcase \"\\u0301\\u0301\u00c9)b\u4e2d\\u2028\" }} {{ toString \"\\u0301\\u0301\u00c9)b\u4e2d\\u2028\" }} {{ upper \"\\u0301\\u0301\u00c9)b\u4e2d\\u2028\" }} {{ kebabcase \"\\u0301\\u0301\u00c9)b\u4e2d\\u2028\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"\\u0301\\u0301\u00c9)b\u4e2d\\u2028\" \"\\u0301\\u0301\u00c9)b\u4e2d\\u2028\" \"\\u0301\\u0301\u00c9)b\u4e2d\\u2028\" \"\\u0301\\u0301\u00c9)b\u4e2d\\u2028\" }}",
"out": "ZSA4ZAODREUWFZFYVXRIBKA= zIHMgcOJKWLkuK3igKg= \u0301\u0301\u00e9)B\u4e2d\u2028 \u0301\u0301\u00c9)b\u4e2d\u2028 \u0301\u0301\u00c9)B\u4e2d\u2028 \u0301\u0301-\u00e9)b-\u4e2d- \"\u0301\u0301\u00c9)b\u4e2d\\u2028\"|cc81cc81c3892962e4b8ade280a8|     \u0301\u0301\u00c9|\"\u0301\u0301\u00c9)b\u4e2d\\u2028\""
},
{
"tpl": "{{ wrap 9 \"\\u0301\\u0301\u00c9)b\u4e2d\\u2028\" | quote }} {{ trunc 9 \"\\u0301\\u0301\u00c9)b\u4e2d\\u2028\" | quote }} {{ abbrev 9 \"\\u0301\\u0301\u00c9)b\u4e2d\\u2028\" | quote }} {{ substr 9 12 \"\\u0301\\u0301\u00c9)b\u4e2d\\u2028\" | quote }} {{ trimAll \"^0\" \"\\u0301\\u0301\u00c9)b\u4e2d\\u2028\" | quote }}",
"out": "\"\u0301\u0301\u00c9)b\u4e2d\\u2028\" \"\u0301\u0301\u00c9)b\\xe4\" \"\u0301\u0301\u00c9...\" \"\\xb8\\xad\\xe2\" \"\u0301\u0301\u00c9)b\u4e2d\\u2028\""
},
{
"tpl": "{{ toString \",,b:'\u6587\\u00a0\u00e9\\u2028\u216b\" }} {{ upper \",,b:'\u6587\\u00a0\u00e9\\u2028\u216b\" }} {{ camelcase \",,b:'\u6587\\u00a0\u00e9\\u2028\u216b\" }} {{ title \",,b:'\u6587\\u00a0\u00e9\\u2028\u216b\" }} {{ b32enc \",,b:'\u6587\\u00a0\u00e9\\u2028\u216b\" }} {{ trim \",,b:'\u6587\\u00a0\u00e9\\u2028\u216b\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \",,b:'\u6587\\u00a0\u00e9\\u2028\u216b\" \",,b:'\u6587\\u00a0\u00e9\\u2028\u216b\" \",,b:'\u6587\\u00a0\u00e9\\u2028\u216b\" \",,b:'\u6587\\u00a0\u00e9\\u2028\u216b\" }}",
"out": ",,b:'\u6587\u00a0\u00e9\u2028\u216b ,,B:'\u6587\u00a0\u00c9\u2028\u216b ,,b:'\u6587\u00c9\u216b ,,B:'\u6587\u00a0\u00c9\u2028\u216b FQWGEORH42LIPQVAYOU6FAFI4KC2W=== ,,b:'\u6587\u00a0\u00e9\u2028\u216b \",,b:'\u6587\\u00a0\u00e9\\u2028\u216b\"|2c2c623a27e69687c2a0c3a9e280a8e285ab|     ,,b|\",,b:'\u6587\\u00a0\u00e9\\u2028\u216b\""
},
{
"tpl": "{{ wrap 2 \",,b:'\u6587\\u00a0\u00e9\\u2028\u216b\" | quote }} {{ trunc 2 \",,b:'\u6587\\u00a0\u00e9\\u2028\u216b\" | quote }} {{ abbrev 2 \",,b:'\u6587\\u00a0\u00e9\\u2028\u216b\" | quote }} {{ substr 2 5 \",,b:'\u6587\\u00a0\u00e9\\u2028\u216b\" | quote }} {{ trimAll \"=0\" \",,b:'\u6587\\u00a0\u00e9\\u2028\u216b\" | quote }}",
"out": "\",,b:'\u6587\\u00a0\u00e9\\u2028\u216b\" \",,\" \",,b:'\u6587\\u00a0\u00e9\\u2028\u216b\" \"b:'\" \",,b:'\u6587\\u00a0\u00e9\\u2028\u216b\""
},
{
"tpl": "{{ nospace \"\" }} {{ initials \"\" }} {{ upper \"\" }} {{ quote \"\" }} {{ kebabcase \"\" }} {{ snakecase \"\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"\" \"\" \"\" \"\" }}",
"out": "   \"\"   \"\"||        |\"\"  "
},
{
"tpl": "{{ wrap 7 \"\" | quote }} {{ trunc 7 \"\" | quote }} {{ abbrev 7 \"\" | quote }} {{ substr 7 10 \"\" | quote }} {{ trimAll \"\u00c9(\" \"\" | quote }}",
"out": "\"\" \"\" \"\" ",
"err": "template: t:1:78: executing \"t\" at <substr 7 10 \"\">: error calling substr: runtime error: slice bounds out of range [7:0]"
},
{
"tpl": "{{ squote \"\\u200b\u24d0\ud83d\ude00\u00e9+\\u2028\" }} {{ nospace \"\\u200b\u24d0\ud83d\ude00\u00e9+\\u2028\" }} {{ lower \"\\u200b\u24d0\ud83d\ude00\u00e9+\\u2028\" }} {{ toJson \"\\u200b\u24d0\ud83d\ude00\u00e9+\\u2028\" }} {{ b64enc \"\\u200b\u24d0\ud83d\ude00\u00e9+\\u2028\" }} {{ upper \"\\u200b\u24d0\ud83d\ude00\u00e9+\\u2028\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"\\u200b\u24d0\ud83d\ude00\u00e9+\\u2028\" \"\\u200b\u24d0\ud83d\ude00\u00e9+\\u2028\" \"\\u200b\u24d0\ud83d\ude00\u00e9+\\u2028\" \"\\u200b\u24d0\ud83d\ude00\u00e9+\\u2028\" }}",
"out": "'\u200b\u24d0\ud83d\ude00\u00e9+\u2028' \u200b\u24d0\ud83d\ude00\u00e9+\u2028 \u200b\u24d0\ud83d\ude00\u00e9+\u2028 \"\u200b\u24d0\ud83d\ude00\u00e9+\\u2028\" 4oCL4pOQ8J+YgMOpK+KAqA== \u200b\u24b6\ud83d\ude00\u00c9+\u2028 \"\\u200b\u24d0\ud83d\ude00\u00e9+\\u2028\"|e2808be29390f09f9880c3a92be280a8|     \u200b\u24d0\ud83d\ude00|\"\\u200b\u24d0\ud83d\ude00\u00e9+\\u2028\""
},
{
"tpl": "{{ wrap 1 \"\\u200b\u24d0\ud83d\ude00\u00e9+\\u2028\" | quote }} {{ trunc 1 \"\\u200b\u24d0\ud83d\ude00\u00e9+\\u2028\" | quote }} {{ abbrev 1 \"\\u200b\u24d0\ud83d\ude00\u00e9+\\u2028\" | quote }} {{ substr 1 4 \"\\u200b\u24d0\ud83d\ude00\u00e9+\\u2028\" | quote }} {{ trimAll \"\\u0301\u03c2\" \"\\u200b\u24d0\ud83d\ude00\u00e9+\\u2028\" | quote }}",
"out": "\"\\u200b\u24d0\ud83d\ude00\u00e9+\\u2028\" \"\\xe2\" \"\\u200b\u24d0\ud83d\ude00\u00e9+\\u2028\" \"\\x80\\x8b\\xe2\" \"\\u200b\u24d0\ud83d\ude00\u00e9+\\u2028\""
},
{
"tpl": "{{ snakecase \".\u01f0Z\u0130[\u00dfZ&/\ufb01\u03c3B\" }} {{ trim \".\u01f0Z\u0130[\u00dfZ&/\ufb01\u03c3B\" }} {{ camelcase \".\u01f0Z\u0130[\u00dfZ&/\ufb01\u03c3B\" }} {{ nospace \".\u01f0Z\u0130[\u00dfZ&/\ufb01\u03c3B\" }} {{ quote \".\u01f0Z\u0130[\u00dfZ&/\ufb01\u03c3B\" }} {{ kebabcase \".\u01f0Z\u0130[\u00dfZ&/\ufb01\u03c3B\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \".\u01f0Z\u0130[\u00dfZ&/\ufb01\u03c3B\" \".\u01f0Z\u0130[\u00dfZ&/\ufb01\u03c3B\" \".\u01f0Z\u0130[\u00dfZ&/\ufb01\u03c3B\" \".\u01f0Z\u0130[\u00dfZ&/\ufb01\u03c3B\" }}",
"out": ".\u01f0_zi[\u00df_z&/\ufb01\u03c3_b .\u01f0Z\u0130[\u00dfZ&/\ufb01\u03c3B .\u01f0Z\u0130[\u00dfZ&/\ufb01\u03c3B .\u01f0Z\u0130[\u00dfZ&/\ufb01\u03c3B \".\u01f0Z\u0130[\u00dfZ&/\ufb01\u03c3B\" .\u01f0-zi[\u00df-z&/\ufb01\u03c3-b \".\u01f0Z\u0130[\u00dfZ&/\ufb01\u03c3B\"|2ec7b05ac4b05bc39f5a262fefac81cf8342|     .\u01f0Z|\".\u01f0Z\u0130[\u00dfZ&/\ufb01\u03c3B\""
},
{
"tpl": "{{ wrap 4 \".\u01f0Z\u0130[\u00dfZ&/\ufb01\u03c3B\" | quote }} {{ trunc 4 \".\u01f0Z\u0130[\u00dfZ&/\ufb01\u03c3B\" | quote }} {{ abbrev 4 \".\u01f0Z\u0130[\u00dfZ&/\ufb01\u03c3B\" | quote }} {{ substr 4 7 \".\u01f0Z\u0130[\u00dfZ&/\ufb01\u03c3B\" | quote }} {{ trimAll \"#\u00c9\" \".\u01f0Z\u0130[\u00dfZ&/\ufb01\u03c3B\" | quote }}",
"out": "\".\u01f0Z\u0130[\u00dfZ&/\ufb01\u03c3B\" \".\u01f0Z\" \"....\" \"\u0130[\" \".\u01f0Z\u0130[\u00dfZ&/\ufb01\u03c3B\""
},
{
"tpl": "{{ nospace \"=\u4e2d?+ \" }} {{ untitle \"=\u4e2d?+ \" }} {{ initials \"=\u4e2d?+ \" }} {{ lower \"=\u4e2d?+ \" }} {{ b64enc \"=\u4e2d?+ \" }} {{ snakecase \"=\u4e2d?+ \" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"=\u4e2d?+ \" \"=\u4e2d?+ \" \"=\u4e2d?+ \" \"=\u4e2d?+ \" }}",
"out": "=\u00e4\u00b8\u00ad?+ =\u4e2d?+  = =\u4e2d?+  PeS4rT8rIA== =\u4e2d?+_ \"=\u4e2d?+ \"|3de4b8ad3f2b20|     =\u4e2d?|\"=\u4e2d?+ \""
},
{
"tpl": "{{ wrap 6 \"=\u4e2d?+ \" | quote }} {{ trunc 6 \"=\u4e2d?+ \" | quote }} {{ abbrev 6 \"=\u4e2d?+ \" | quote }} {{ substr 6 9 \"=\u4e2d?+ \" | quote }} {{ trimAll \"@@\" \"=\u4e2d?+ \" | quote }}",
"out": "\"=\u4e2d?+\\n\" \"=\u4e2d?+\" \"=\\xe4\\xb8...\" \" \" \"=\u4e2d?+ \""
},
{
"tpl": "{{ camelcase \"A\u00e9z`B^\" }} {{ initials \"A\u00e9z`B^\" }} {{ b64enc \"A\u00e9z`B^\" }} {{ kebabcase \"A\u00e9z`B^\" }} {{ b32enc \"A\u00e9z`B^\" }} {{ swapcase \"A\u00e9z`B^\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"A\u00e9z`B^\" \"A\u00e9z`B^\" \"A\u00e9z`B^\" \"A\u00e9z`B^\" }}",
"out": "A\u00e9z`B^ A QcOpemBCXg== a\u00e9z-`-b-^ IHB2S6TAIJPA==== a\u00c9Z`b^ \"A\u00e9z`B^\"|41c3a97a60425e|     A\u00e9z|\"A\u00e9z`B^\""
},
{
"tpl": "{{ wrap -2 \"A\u00e9z`B^\" | quote }} {{ trunc -2 \"A\u00e9z`B^\" | quote }} {{ abbrev -2 \"A\u00e9z`B^\" | quote }} {{ substr 0 1 \"A\u00e9z`B^\" | quote }} {{ trimAll \"`\\u0301\" \"A\u00e9z`B^\" | quote }}",
"out": "\"A\u00e9z`B^\" \"B^\" \"A\u00e9z`B^\" \"A\" \"A\u00e9z`B^\""
},
{
"tpl": "{{ initials \"\u01f0>\u01c5\\t{'b_@!\ud83d\ude00%`)\" }} {{ untitle \"\u01f0>\u01c5\\t{'b_@!\ud83d\ude00%`)\" }} {{ toString \"\u01f0>\u01c5\\t{'b_@!\ud83d\ude00%`)\" }} {{ swapcase \"\u01f0>\u01c5\\t{'b_@!\ud83d\ude00%`)\" }} {{ toJson \"\u01f0>\u01c5\\t{'b_@!\ud83d\ude00%`)\" }} {{ trim \"\u01f0>\u01c5\\t{'b_@!\ud83d\ude00%`)\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"\u01f0>\u01c5\\t{'b_@!\ud83d\ude00%`)\" \"\u01f0>\u01c5\\t{'b_@!\ud83d\ude00%`)\" \"\u01f0>\u01c5\\t{'b_@!\ud83d\ude00%`)\" \"\u01f0>\u01c5\\t{'b_@!\ud83d\ude00%`)\" }}",
"out": "\u00c7{ \u01f0>\u01c5\t{'b_@!\ud83d\ude00%`) \u01f0>\u01c5\t{'b_@!\ud83d\ude00%`) \u01f0>\u01c6\t{'B_@!\ud83d\ude00%`) \"\u01f0\\u003e\u01c5\\t{'b_@!\ud83d\ude00%`)\" \u01f0>\u01c5\t{'b_@!\ud83d\ude00%`) \"\u01f0>\u01c5\\t{'b_@!\ud83d\ude00%`)\"|c7b03ec785097b27625f4021f09f9880256029|     \u01f0>\u01c5|\"\u01f0>\u01c5\\t{'b_@!\ud83d\ude00%`)\""
},
{
"tpl": "{{ wrap 11 \"\u01f0>\u01c5\\t{'b_@!\ud83d\ude00%`)\" | quote }} {{ trunc 11 \"\u01f0>\u01c5\\t{'b_@!\ud83d\ude00%`)\" | quote }} {{ abbrev 11 \"\u01f0>\u01c5\\t{'b_@!\ud83d\ude00%`)\" | quote }} {{ substr 11 14 \"\u01f0>\u01c5\\t{'b_@!\ud83d\ude00%`)\" | quote }} {{ trimAll \"\\u200b)\" \"\u01f0>\u01c5\\t{'b_@!\ud83d\ude00%`)\" | quote }}",
"out": "\"\u01f0>\u01c5\\t{'b_@!\ud83d\ude00%`)\" \"\u01f0>\u01c5\\t{'b_@\" \"\u01f0>\u01c5\\t{'...\" \"!\\xf0\\x9f\" \"\u01f0>\u01c5\\t{'b_@!\ud83d\ude00%`\""
},
{
"tpl": "{{ initials \"A \u0131\" }} {{ trim \"A \u0131\" }} {{ nospace \"A \u0131\" }} {{ lower \"A \u0131\" }} {{ snakecase \"A \u0131\" }} {{ untitle \"A \u0131\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"A \u0131\" \"A \u0131\" \"A \u0131\" \"A \u0131\" }}",
"out": "A\u00c4 A \u0131 A\u00c4\u00b1 a \u0131 a_\u0131 a \u0131 \"A \u0131\"|4120c4b1|     A \u0131|\"A \u0131\""
},
{
"tpl": "{{ wrap 6 \"A \u0131\" | quote }} {{ trunc 6 \"A \u0131\" | quote }} {{ abbrev 6 \"A \u0131\" | quote }} {{ substr 6 9 \"A \u0131\" | quote }} {{ trimAll \"'\u03a3\" \"A \u0131\" | quote }}",
"out": "\"A \u0131\" \"A \u0131\" \"A \u0131\" ",
"err": "template: t:1:90: executing \"t\" at <substr 6 9 \"A \u0131\">: error calling substr: runtime error: slice bounds out of range [6:4]"
},
{
"tpl": "{{ upper \"\" }} {{ b32enc \"\" }} {{ camelcase \"\" }} {{ quote \"\" }} {{ untitle \"\" }} {{ squote \"\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"\" \"\" \"\" \"\" }}",
"out": "   \"\"  '' \"\"||        |\"\"  "
},
{
"tpl": "{{ wrap 8 \"\" | quote }} {{ trunc 8 \"\" | quote }} {{ abbrev 8 \"\" | quote }} {{ substr 8 11 \"\" | quote }} {{ trimAll \"&$\" \"\" | quote }}",
"out": "\"\" \"\" \"\" ",
"err": "template: t:1:78: executing \"t\" at <substr 8 11 \"\">: error calling substr: runtime error: slice bounds out of range [8:0]"
},
{
"tpl": "{{ untitle \"~\\u200b&\\ufffd|\\u200b\u03c3b9\\n\u00df\\n\ufb01\" }} {{ quote \"~\\u200b&\\ufffd|\\u200b\u03c3b9\\n\u00df\\n\ufb01\" }} {{ title \"~\\u200b&\\ufffd|\\u200b\u03c3b9\\n\u00df\\n\ufb01\" }} {{ swapcase \"~\\u200b&\\ufffd|\\u200b\u03c3b9\\n\u00df\\n\ufb01\" }} {{ initials \"~\\u200b&\\ufffd|\\u200b\u03c3b9\\n\u00df\\n\ufb01\" }} {{ squote \"~\\u200b&\\ufffd|\\u200b\u03c3b9\\n\u00df\\n\ufb01\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"~\\u200b&\\ufffd|\\u200b\u03c3b9\\n\u00df\\n\ufb01\" \"~\\u200b&\\ufffd|\\u200b\u03c3b9\\n\u00df\\n\ufb01\" \"~\\u200b&\\ufffd|\\u200b\u03c3b9\\n\u00df\\n\ufb01\" \"~\\u200b&\\ufffd|\\u200b\u03c3b9\\n\u00df\\n\ufb01\" }}",
"out": "~\u200b&\ufffd|\u200b\u03c3b9\n\u00df\n\ufb01 \"~\\u200b&\ufffd|\\u200b\u03c3b9\\n\u00df\\n\ufb01\" ~\u200b&\ufffd|\u200b\u03c3b9\n\u00df\n\ufb01 ~\u200b&\ufffd|\u200b\u03a3B9\n\u00df\n\ufb01 ~\u00c3\u00ef '~\u200b&\ufffd|\u200b\u03c3b9\n\u00df\n\ufb01' \"~\\u200b&\ufffd|\\u200b\u03c3b9\\n\u00df\\n\ufb01\"|7ee2808b26efbfbd7ce2808bcf8362390ac39f0aefac81|     ~\u200b&|\"~\\u200b&\ufffd|\\u200b\u03c3b9\\n\u00df\\n\ufb01\""
},
{
"tpl": "{{ wrap 7 \"~\\u200b&\\ufffd|\\u200b\u03c3b9\\n\u00df\\n\ufb01\" | quote }} {{ trunc 7 \"~\\u200b&\\ufffd|\\u200b\u03c3b9\\n\u00df\\n\ufb01\" | quote }} {{ abbrev 7 \"~\\u200b&\\ufffd|\\u200b\u03c3b9\\n\u00df\\n\ufb01\" | quote }} {{ substr 7 10 \"~\\u200b&\\ufffd|\\u200b\u03c3b9\\n\u00df\\n\ufb01\" | quote }} {{ trimAll \"\u0130\u00c9\" \"~\\u200b&\\ufffd|\\u200b\u03c3b9\\n\u00df\\n\ufb01\" | quote }}",
"out": "\"~\\u200b&\ufffd|\\u200b\u03c3b9\\n\u00df\\n\ufb01\" \"~\\u200b&\\xef\\xbf\" \"~\\u200b...\" \"\\xbd|\\xe2\" \"~\\u200b&\ufffd|\\u200b\u03c3b9\\n\u00df\\n\ufb01\""
},
{
"tpl": "{{ lower \"\u00c9;}@\u03a3`\u4e2d\\ufffd~\ud83d\ude00+\" }} {{ quote \"\u00c9;}@\u03a3`\u4e2d\\ufffd~\ud83d\ude00+\" }} {{ b32enc \"\u00c9;}@\u03a3`\u4e2d\\ufffd~\ud83d\ude00+\" }} {{ toString \"\u00c9;}@\u03a3`\u4e2d\\ufffd~\ud83d\ude00+\" }} {{ toJson \"\u00c9;}@\u03a3`\u4e2d\\ufffd~\ud83d\ude00+\" }} {{ nospace \"\u00c9;}@\u03a3`\u4e2d\\ufffd~\ud83d\ude00+\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"\u00c9;}@\u03a3`\u4e2d\\ufffd~\ud83d\ude00+\" \"\u00c9;}@\u03a3`\u4e2d\\ufffd~\ud83d\ude00+\" \"\u00c9;}@\u03a3`\u4e2d\\ufffd~\ud83d\ude00+\" \"\u00c9;}@\u03a3`\u4e2d\\ufffd~\ud83d\ude00+\" }}",
"out": "\u00e9;}@\u03c3`\u4e2d\ufffd~\ud83d\ude00+ \"\u00c9;}@\u03a3`\u4e2d\ufffd~\ud83d\ude00+\" YOETW7KAZ2RWBZFYVXX37PL66CPZRABL \u00c9;}@\u03a3`\u4e2d\ufffd~\ud83d\ude00+ \"\u00c9;}@\u03a3`\u4e2d\ufffd~\ud83d\ude00+\" \u00c9;}@\u03a3`\u4e2d\ufffd~\ud83d\ude00+ \"\u00c9;}@\u03a3`\u4e2d\ufffd~\ud83d\ude00+\"|c3893b7d40cea360e4b8adefbfbd7ef09f98802b|     \u00c9;}|\"\u00c9;}@\u03a3`\u4e2d\ufffd~\ud83d\ude00+\""
},
{
"tpl": "{{ wrap 8 \"\u00c9;}@\u03a3`\u4e2d\\ufffd~\ud83d\ude00+\" | quote }} {{ trunc 8 \"\u00c9;}@\u03a3`\u4e2d\\ufffd~\ud83d\ude00+\" | quote }} {{ abbrev 8 \"\u00c9;}@\u03a3`\u4e2d\\ufffd~\ud83d\ude00+\" | quote }} {{ substr 8 11 \"\u00c9;}@\u03a3`\u4e2d\\ufffd~\ud83d\ude00+\" | quote }} {{ trimAll \"\\ufffd\u03c2\" \"\u00c9;}@\u03a3`\u4e2d\\ufffd~\ud83d\ude00+\" | quote }}",
"out": "\"\u00c9;}@\u03a3`\u4e2d\ufffd~\ud83d\ude00+\" \"\u00c9;}@\u03a3`\" \"\u00c9;}@...\" \"\u4e2d\" \"\u00c9;}@\u03a3`\u4e2d\ufffd~\ud83d\ude00+\""
},
{
"tpl": "{{ kebabcase \"\u01c5^\u4e2d<<\\u2028\" }} {{ swapcase \"\u01c5^\u4e2d<<\\u2028\" }} {{ b64enc \"\u01c5^\u4e2d<<\\u2028\" }} {{ upper \"\u01c5^\u4e2d<<\\u2028\" }} {{ initials \"\u01c5^\u4e2d<<\\u2028\" }} {{ camelcase \"\u01c5^\u4e2d<<\\u2028\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"\u01c5^\u4e2d<<\\u2028\" \"\u01c5^\u4e2d<<\\u2028\" \"\u01c5^\u4e2d<<\\u2028\" \"\u01c5^\u4e2d<<\\u2028\" }}",
"out": "\u01c5-^\u4e2d<<- \u01c6^\u4e2d<<\u2028 x4Ve5LitPDzigKg= \u01c4^\u4e2d<<\u2028 \u00c7^ \u01c4^\u4e2d<<\u2028 \"\u01c5^\u4e2d<<\\u2028\"|c7855ee4b8ad3c3ce280a8|     \u01c5^\u4e2d|\"\u01c5^\u4e2d<<\\u2028\""
},
{
"tpl": "{{ wrap 6 \"\u01c5^\u4e2d<<\\u2028\" | quote }} {{ trunc 6 \"\u01c5^\u4e2d<<\\u2028\" | quote }} {{ abbrev 6 \"\u01c5^\u4e2d<<\\u2028\" | quote }} {{ substr 6 9 \"\u01c5^\u4e2d<<\\u2028\" | quote }} {{ trimAll \"\\u0301\u0130\" \"\u01c5^\u4e2d<<\\u2028\" | quote }}",
"out": "\"\u01c5^\u4e2d<<\\u2028\" \"\u01c5^\u4e2d\" \"\u01c5^...\" \"<<\\xe2\" \"\u01c5^\u4e2d<<\\u2028\""
},
{
"tpl": "{{ squote \"<z?@99.\\u0301<^-\\u0301\u00df\\n\" }} {{ camelcase \"<z?@99.\\u0301<^-\\u0301\u00df\\n\" }} {{ quote \"<z?@99.\\u0301<^-\\u0301\u00df\\n\" }} {{ toJson \"<z?@99.\\u0301<^-\\u0301\u00df\\n\" }} {{ b64enc \"<z?@99.\\u0301<^-\\u0301\u00df\\n\" }} {{ swapcase \"<z?@99.\\u0301<^-\\u0301\u00df\\n\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"<z?@99.\\u0301<^-\\u0301\u00df\\n\" \"<z?@99.\\u0301<^-\\u0301\u00df\\n\" \"<z?@99.\\u0301<^-\\u0301\u00df\\n\" \"<z?@99.\\u0301<^-\\u0301\u00df\\n\" }}",
"out": "'<z?@99.\u0301<^-\u0301\u00df\n' <z?@99.\u0301<^\u0301\u00df\n \"<z?@99.\u0301<^-\u0301\u00df\\n\" \"\\u003cz?@99.\u0301\\u003c^-\u0301\u00df\\n\" PHo/QDk5LsyBPF4tzIHDnwo= <Z?@99.\u0301<^-\u0301\u00df\n \"<z?@99.\u0301<^-\u0301\u00df\\n\"|3c7a3f4039392ecc813c5e2dcc81c39f0a|     <z?|\"<z?@99.\u0301<^-\u0301\u00df\\n\""
},
{
"tpl": "{{ wrap 8 \"<z?@99.\\u0301<^-\\u0301\u00df\\n\" | quote }} {{ trunc 8 \"<z?@99.\\u0301<^-\\u0301\u00df\\n\" | quote }} {{ abbrev 8 \"<z?@99.\\u0301<^-\\u0301\u00df\\n\" | quote }} {{ substr 8 11 \"<z?@99.\\u0301<^-\\u0301\u00df\\n\" | quote }} {{ trimAll \"z[\" \"<z?@99.\\u0301<^-\\u0301\u00df\\n\" | quote }}",
"out": "\"<z?@99.\u0301<^-\u0301\u00df\\n\" \"<z?@99.\\xcc\" \"<z?@9...\" \"\\x81<^\" \"<z?@99.\u0301<^-\u0301\u00df\\n\""
},
{
"tpl": "{{ trim \"\\u0301\" }} {{ kebabcase \"\\u0301\" }} {{ squote \"\\u0301\" }} {{ lower \"\\u0301\" }} {{ b64enc \"\\u0301\" }} {{ camelcase \"\\u0301\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"\\u0301\" \"\\u0301\" \"\\u0301\" \"\\u0301\" }}",
"out": "\u0301 \u0301 '\u0301' \u0301 zIE= \u0301 \"\u0301\"|cc81|       \u0301|\"\u0301\" "
},
{
"tpl": "{{ wrap 4 \"\\u0301\" | quote }} {{ trunc 4 \"\\u0301\" | quote }} {{ abbrev 4 \"\\u0301\" | quote }} {{ substr 4 7 \"\\u0301\" | quote }} {{ trimAll \"B/\" \"\\u0301\" | quote }}",
"out": "\"\u0301\" \"\u0301\" \"\u0301\" ",
"err": "template: t:1:96: executing \"t\" at <substr 4 7 \"\\u0301\">: error calling substr: runtime error: slice bounds out of range [4:2]"
},
{
"tpl": "{{ untitle \" .b\u00e9\u01c5a\u01f0~\" }} {{ swapcase \" .b\u00e9\u01c5a\u01f0~\" }} {{ b32enc \" .b\u00e9\u01c5a\u01f0~\" }} {{ toString \" .b\u00e9\u01c5a\u01f0~\" }} {{ snakecase \" .b\u00e9\u01c5a\u01f0~\" }} {{ initials \" .b\u00e9\u01c5a\u01f0~\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \" .b\u00e9\u01c5a\u01f0~\" \" .b\u00e9\u01c5a\u01f0~\" \" .b\u00e9\u01c5a\u01f0~\" \" .b\u00e9\u01c5a\u01f0~\" }}",
"out": " .b\u00e9\u01c5a\u01f0~  .B\u00c9\u01c6A\u01f0~ EAXGFQ5JY6CWDR5QPY======  .b\u00e9\u01c5a\u01f0~ _.b\u00e9\u01c5a\u01f0_~ .a \" .b\u00e9\u01c5a\u01f0~\"|202e62c3a9c78561c7b07e|      .b|\" .b\u00e9\u01c5a\u01f0~\""
},
{
"tpl": "{{ wrap 4 \" .b\u00e9\u01c5a\u01f0~\" | quote }} {{ trunc 4 \" .b\u00e9\u01c5a\u01f0~\" | quote }} {{ abbrev 4 \" .b\u00e9\u01c5a\u01f0~\" | quote }} {{ substr 4 7 \" .b\u00e9\u01c5a\u01f0~\" | quote }} {{ trimAll \"}\u216b\" \" .b\u00e9\u01c5a\u01f0~\" | quote }}",
"out": "\".b\u00e9\u01c5a\u01f0~\" \" .b\\xc3\" \" ...\" \"\\xa9\u01c5\" \" .b\u00e9\u01c5a\u01f0~\""
},
{
"tpl": "{{ lower \"^.$B_[\" }} {{ swapcase \"^.$B_[\" }} {{ trim \"^.$B_[\" }} {{ title \"^.$B_[\" }} {{ nospace \"^.$B_[\" }} {{ kebabcase \"^.$B_[\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"^.$B_[\" \"^.$B_[\" \"^.$B_[\" \"^.$B_[\" }}",
"out": "^.$b_[ ^.$b_[ ^.$B_[ ^.$B_[ ^.$B_[ ^.$-b-[ \"^.$B_[\"|5e2e24425f5b|     ^.$|\"^.$B_[\""
},
{
"tpl": "{{ wrap -1 \"^.$B_[\" | quote }} {{ trunc -1 \"^.$B_[\" | quote }} {{ abbrev -1 \"^.$B_[\" | quote }} {{ substr 0 2 \"^.$B_[\" | quote }} {{ trimAll \"A~\" \"^.$B_[\" | quote }}",
"out": "\"^.$B_[\" \"[\" \"^.$B_[\" \"^.\" \"^.$B_[\""
},
{
"tpl": "{{ trim \"\\tZ^-\u00df\ud83d\ude00\u4e2d\u03a3]\u24d0'\" }} {{ b64enc \"\\tZ^-\u00df\ud83d\ude00\u4e2d\u03a3]\u24d0'\" }} {{ snakecase \"\\tZ^-\u00df\ud83d\ude00\u4e2d\u03a3]\u24d0'\" }} {{ b32enc \"\\tZ^-\u00df\ud83d\ude00\u4e2d\u03a3]\u24d0'\" }} {{ swapcase \"\\tZ^-\u00df\ud83d\ude00\u4e2d\u03a3]\u24d0'\" }} {{ kebabcase \"\\tZ^-\u00df\ud83d\ude00\u4e2d\u03a3]\u24d0'\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"\\tZ^-\u00df\ud83d\ude00\u4e2d\u03a3]\u24d0'\" \"\\tZ^-\u00df\ud83d\ude00\u4e2d\u03a3]\u24d0'\" \"\\tZ^-\u00df\ud83d\ude00\u4e2d\u03a3]\u24d0'\" \"\\tZ^-\u00df\ud83d\ude00\u4e2d\u03a3]\u24d0'\" }}",
"out": "Z^-\u00df\ud83d\ude00\u4e2d\u03a3]\u24d0' CVpeLcOf8J+YgOS4rc6jXeKTkCc= _z_^_\u00df_\ud83d\ude00\u4e2d_\u03c3]\u24d0' BFNF4LODT7YJ7GEA4S4K3TVDLXRJHEBH \tz^-\u00df\ud83d\ude00\u4e2d\u03c3]\u24d0' -z-^-\u00df-\ud83d\ude00\u4e2d-\u03c3]\u24d0' \"\\tZ^-\u00df\ud83d\ude00\u4e2d\u03a3]\u24d0'\"|095a5e2dc39ff09f9880e4b8adcea35de2939027|     \tZ^|\"\\tZ^-\u00df\ud83d\ude00\u4e2d\u03a3]\u24d0'\""
},
{
"tpl": "{{ wrap 2 \"\\tZ^-\u00df\ud83d\ude00\u4e2d\u03a3]\u24d0'\" | quote }} {{ trunc 2 \"\\tZ^-\u00df\ud83d\ude00\u4e2d\u03a3]\u24d0'\" | quote }} {{ abbrev 2 \"\\tZ^-\u00df\ud83d\ude00\u4e2d\u03a3]\u24d0'\" | quote }} {{ substr 2 5 \"\\tZ^-\u00df\ud83d\ude00\u4e2d\u03a3]\u24d0'\" | quote }} {{ trimAll \"A\\ufffd\" \"\\tZ^-\u00df\ud83d\ude00\u4e2d\u03a3]\u24d0'\" | quote }}",
"out": "\"\\tZ^-\u00df\ud83d\ude00\u4e2d\u03a3]\u24d0'\" \"\\tZ\" \"\\tZ^-\u00df\ud83d\ude00\u4e2d\u03a3]\u24d0'\" \"^-\\xc3\" \"\\tZ^-\u00df\ud83d\ude00\u4e2d\u03a3]\u24d0'\""
},
{
"tpl": "{{ camelcase \"\u6587\\u00a0\ufb01,/'\" }} {{ nospace \"\u6587\\u00a0\ufb01,/'\" }} {{ b32enc \"\u6587\\u00a0\ufb01,/'\" }} {{ snakecase \"\u6587\\u00a0\ufb01,/'\" }} {{ upper \"\u6587\\u00a0\ufb01,/'\" }} {{ lower \"\u6587\\u00a0\ufb01,/'\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"\u6587\\u00a0\ufb01,/'\" \"\u6587\\u00a0\ufb01,/'\" \"\u6587\\u00a0\ufb01,/'\" \"\u6587\\u00a0\ufb01,/'\" }}",
"out": "\u6587\ufb01,/' \u00e6\u0096\u0087\u00c2\u00ef\u00ac\u0081,/' 42LIPQVA56WICLBPE4====== \u6587_\ufb01,/' \u6587\u00a0\ufb01,/' \u6587\u00a0\ufb01,/' \"\u6587\\u00a0\ufb01,/'\"|e69687c2a0efac812c2f27|     \u6587\u00a0\ufb01|\"\u6587\\u00a0\ufb01,/'\""
},
{
"tpl": "{{ wrap 11 \"\u6587\\u00a0\ufb01,/'\" | quote }} {{ trunc 11 \"\u6587\\u00a0\ufb01,/'\" | quote }} {{ abbrev 11 \"\u6587\\u00a0\ufb01,/'\" | quote }} {{ substr 11 14 \"\u6587\\u00a0\ufb01,/'\" | quote }} {{ trimAll \"}#\" \"\u6587\\u00a0\ufb01,/'\" | quote }}",
"out": "\"\u6587\\u00a0\ufb01,/'\" \"\u6587\\u00a0\ufb01,/'\" \"\u6587\\u00a0\ufb01,/'\" \"\" \"\u6587\\u00a0\ufb01,/'\""
},
{
"tpl": "{{ trim \"_\" }} {{ b32enc \"_\" }} {{ squote \"_\" }} {{ swapcase \"_\" }} {{ kebabcase \"_\" }} {{ nospace \"_\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"_\" \"_\" \"_\" \"_\" }}",
"out": "_ L4====== '_' _ - _ \"_\"|5f|       _|\"_\" "
},
{
"tpl": "{{ wrap 10 \"_\" | quote }} {{ trunc 10 \"_\" | quote }} {{ abbrev 10 \"_\" | quote }} {{ substr 10 13 \"_\" | quote }} {{ trimAll \"^>\" \"_\" | quote }}",
"out": "\"_\" \"_\" \"_\" ",
"err": "template: t:1:84: executing \"t\" at <substr 10 13 \"_\">: error calling substr: runtime error: slice bounds out of range [10:1]"
},
{
"tpl": "{{ title \"*$^\" }} {{ squote \"*$^\" }} {{ kebabcase \"*$^\" }} {{ quote \"*$^\" }} {{ snakecase \"*$^\" }} {{ upper \"*$^\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"*$^\" \"*$^\" \"*$^\" \"*$^\" }}",
"out": "*$^ '*$^' *$^ \"*$^\" *$^ *$^ \"*$^\"|2a245e|     *$^|\"*$^\""
},
{
"tpl": "{{ wrap -1 \"*$^\" | quote }} {{ trunc -1 \"*$^\" | quote }} {{ abbrev -1 \"*$^\" | quote }} {{ substr 0 2 \"*$^\" | quote }} {{ trimAll \"{'\" \"*$^\" | quote }}",
"out": "\"*$^\" \"^\" \"*$^\" \"*$\" \"*$^\""
},
{
"tpl": "{{ b32enc \"`&$\u03c3\" }} {{ camelcase \"`&$\u03c3\" }} {{ initials \"`&$\u03c3\" }} {{ untitle \"`&$\u03c3\" }} {{ snakecase \"`&$\u03c3\" }} {{ toString \"`&$\u03c3\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"`&$\u03c3\" \"`&$\u03c3\" \"`&$\u03c3\" \"`&$\u03c3\" }}",
"out": "MATCJT4D `&$\u03c3 ` `&$\u03c3 `&$_\u03c3 `&$\u03c3 \"`&$\u03c3\"|602624cf83|     `&$|\"`&$\u03c3\""
},
{
"tpl": "{{ wrap 10 \"`&$\u03c3\" | quote }} {{ trunc 10 \"`&$\u03c3\" | quote }} {{ abbrev 10 \"`&$\u03c3\" | quote }} {{ substr 10 13 \"`&$\u03c3\" | quote }} {{ trimAll \")\u03c2\" \"`&$\u03c3\" | quote }}",
"out": "\"`&$\u03c3\" \"`&$\u03c3\" \"`&$\u03c3\" ",
"err": "template: t:1:96: executing \"t\" at <substr 10 13 \"`&$\u03c3\">: error calling substr: runtime error: slice bounds out of range [10:5]"
},
{
"tpl": "{{ toString \"*\u03c3]'@#\u4e2d\u6587&\u0130\u24d0\" }} {{ b32enc \"*\u03c3]'@#\u4e2d\u6587&\u0130\u24d0\" }} {{ b64enc \"*\u03c3]'@#\u4e2d\u6587&\u0130\u24d0\" }} {{ swapcase \"*\u03c3]'@#\u4e2d\u6587&\u0130\u24d0\" }} {{ nospace \"*\u03c3]'@#\u4e2d\u6587&\u0130\u24d0\" }} {{ lower \"*\u03c3]'@#\u4e2d\u6587&\u0130\u24d0\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"*\u03c3]'@#\u4e2d\u6587&\u0130\u24d0\" \"*\u03c3]'@#\u4e2d\u6587&\u0130\u24d0\" \"*\u03c3]'@#\u4e2d\u6587&\u0130\u24d0\" \"*\u03c3]'@#\u4e2d\u6587&\u0130\u24d0\" }}",
"out": "*\u03c3]'@#\u4e2d\u6587&\u0130\u24d0 FLHYGXJHIAR6JOFN42LIOJWEWDRJHEA= Ks+DXSdAI+S4reaWhybEsOKTkA== *\u03a3]'@#\u4e2d\u6587&i\u24d0 *\u03c3]'@#\u4e2d\u6587&\u0130\u24d0 *\u03c3]'@#\u4e2d\u6587&i\u24d0 \"*\u03c3]'@#\u4e2d\u6587&\u0130\u24d0\"|2acf835d274023e4b8ade6968726c4b0e29390|     *\u03c3]|\"*\u03c3]'@#\u4e2d\u6587&\u0130\u24d0\""
},
{
"tpl": "{{ wrap 7 \"*\u03c3]'@#\u4e2d\u6587&\u0130\u24d0\" | quote }} {{ trunc 7 \"*\u03c3]'@#\u4e2d\u6587&\u0130\u24d0\" | quote }} {{ abbrev 7 \"*\u03c3]'@#\u4e2d\u6587&\u0130\u24d0\" | quote }} {{ substr 7 10 \"*\u03c3]'@#\u4e2d\u6587&\u0130\u24d0\" | quote }} {{ trimAll \"\u00c9*\" \"*\u03c3]'@#\u4e2d\u6587&\u0130\u24d0\" | quote }}",
"out": "\"*\u03c3]'@#\u4e2d\u6587&\u0130\u24d0\" \"*\u03c3]'@#\" \"*\u03c3]...\" \"\u4e2d\" \"\u03c3]'@#\u4e2d\u6587&\u0130\u24d0\""
},
{
"tpl": "{{ quote \"?\" }} {{ lower \"?\" }} {{ swapcase \"?\" }} {{ toJson \"?\" }} {{ kebabcase \"?\" }} {{ b64enc \"?\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"?\" \"?\" \"?\" \"?\" }}",
"out": "\"?\" ? ? \"?\" ? Pw== \"?\"|3f|       ?|\"?\" "
},
{
"tpl": "{{ wrap 7 \"?\" | quote }} {{ trunc 7 \"?\" | quote }} {{ abbrev 7 \"?\" | quote }} {{ substr 7 10 \"?\" | quote }} {{ trimAll \"+\u0131\" \"?\" | quote }}",
"out": "\"?\" \"?\" \"?\" ",
"err": "template: t:1:81: executing \"t\" at <substr 7 10 \"?\">: error calling substr: runtime error: slice bounds out of range [7:1]"
},
{
"tpl": "{{ snakecase \"\u01c5\u0131\\ufffd[\u03c3b}\u4e2d.]\u0131%B\" }} {{ b64enc \"\u01c5\u0131\\ufffd[\u03c3b}\u4e2d.]\u0131%B\" }} {{ toString \"\u01c5\u0131\\ufffd[\u03c3b}\u4e2d.]\u0131%B\" }} {{ title \"\u01c5\u0131\\ufffd[\u03c3b}\u4e2d.]\u0131%B\" }} {{ kebabcase \"\u01c5\u0131\\ufffd[\u03c3b}\u4e2d.]\u0131%B\" }} {{ upper \"\u01c5\u0131\\ufffd[\u03c3b}\u4e2d.]\u0131%B\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"\u01c5\u0131\\ufffd[\u03c3b}\u4e2d.]\u0131%B\" \"\u01c5\u0131\\ufffd[\u03c3b}\u4e2d.]\u0131%B\" \"\u01c5\u0131\\ufffd[\u03c3b}\u4e2d.]\u0131%B\" \"\u01c5\u0131\\ufffd[\u03c3b}\u4e2d.]\u0131%B\" }}",
"out": "\u01c5\u0131\ufffd[\u03c3b}\u4e2d.]\u0131%b x4XEse+/vVvPg2J95LitLl3EsSVC \u01c5\u0131\ufffd[\u03c3b}\u4e2d.]\u0131%B \u01c5\u0131\ufffd[\u03a3b}\u4e2d.]I%B \u01c5\u0131\ufffd[\u03c3b}\u4e2d.]\u0131%b \u01c4I\ufffd[\u03a3B}\u4e2d.]I%B \"\u01c5\u0131\ufffd[\u03c3b}\u4e2d.]\u0131%B\"|c785c4b1efbfbd5bcf83627de4b8ad2e5dc4b12542|     \u01c5\u0131\ufffd|\"\u01c5\u0131\ufffd[\u03c3b}\u4e2d.]\u0131%B\""
},
{
"tpl": "{{ wrap 1 \"\u01c5\u0131\\ufffd[\u03c3b}\u4e2d.]\u0131%B\" | quote }} {{ trunc 1 \"\u01c5\u0131\\ufffd[\u03c3b}\u4e2d.]\u0131%B\" | quote }} {{ abbrev 1 \"\u01c5\u0131\\ufffd[\u03c3b}\u4e2d.]\u0131%B\" | quote }} {{ substr 1 4 \"\u01c5\u0131\\ufffd[\u03c3b}\u4e2d.]\u0131%B\" | quote }} {{ trimAll \"$.\" \"\u01c5\u0131\\ufffd[\u03c3b}\u4e2d.]\u0131%B\" | quote }}",
"out": "\"\u01c5\u0131\ufffd[\u03c3b}\u4e2d.]\u0131%B\" \"\\xc7\" \"\u01c5\u0131\ufffd[\u03c3b}\u4e2d.]\u0131%B\" \"\\x85\u0131\" \"\u01c5\u0131\ufffd[\u03c3b}\u4e2d.]\u0131%B\""
},
{
"tpl": "{{ quote \"?\\n\u0131_\u00c9\\u20280\u03c2\ufb01-\u0130+z&\" }} {{ upper \"?\\n\u0131_\u00c9\\u20280\u03c2\ufb01-\u0130+z&\" }} {{ nospace \"?\\n\u0131_\u00c9\\u20280\u03c2\ufb01-\u0130+z&\" }} {{ b64enc \"?\\n\u0131_\u00c9\\u20280\u03c2\ufb01-\u0130+z&\" }} {{ b32enc \"?\\n\u0131_\u00c9\\u20280\u03c2\ufb01-\u0130+z&\" }} {{ lower \"?\\n\u0131_\u00c9\\u20280\u03c2\ufb01-\u0130+z&\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"?\\n\u0131_\u00c9\\u20280\u03c2\ufb01-\u0130+z&\" \"?\\n\u0131_\u00c9\\u20280\u03c2\ufb01-\u0130+z&\" \"?\\n\u0131_\u00c9\\u20280\u03c2\ufb01-\u0130+z&\" \"?\\n\u0131_\u00c9\\u20280\u03c2\ufb01-\u0130+z&\" }}",
"out": "\"?\\n\u0131_\u00c9\\u20280\u03c2\ufb01-\u0130+z&\" ?\nI_\u00c9\u20280\u03a3\ufb01-\u0130+Z& ?\u00c4\u00b1_\u00c3\u0089\u00e2\u0080\u00a80\u00cf\u0082\u00ef\u00ac\u0081-\u00c4\u00b0+z& PwrEsV/DieKAqDDPgu+sgS3EsCt6Jg== H4FMJMK7YOE6FAFIGDHYF35MQEW4JMBLPITA==== ?\n\u0131_\u00e9\u20280\u03c2\ufb01-i+z& \"?\\n\u0131_\u00c9\\u20280\u03c2\ufb01-\u0130+z&\"|3f0ac4b15fc389e280a830cf82efac812dc4b02b7a26|     ?\n\u0131|\"?\\n\u0131_\u00c9\\u20280\u03c2\ufb01-\u0130+z&\""
},
{
"tpl": "{{ wrap 6 \"?\\n\u0131_\u00c9\\u20280\u03c2\ufb01-\u0130+z&\" | quote }} {{ trunc 6 \"?\\n\u0131_\u00c9\\u20280\u03c2\ufb01-\u0130+z&\" | quote }} {{ abbrev 6 \"?\\n\u0131_\u00c9\\u20280\u03c2\ufb01-\u0130+z&\" | quote }} {{ substr 6 9 \"?\\n\u0131_\u00c9\\u20280\u03c2\ufb01-\u0130+z&\" | quote }} {{ trimAll \"\u0130/\" \"?\\n\u0131_\u00c9\\u20280\u03c2\ufb01-\u0130+z&\" | quote }}",
"out": "\"?\\n\u0131_\u00c9\\u20280\u03c2\ufb01-\u0130+z&\" \"?\\n\u0131_\\xc3\" \"?\\n\\xc4...\" \"\\x89\\xe2\\x80\" \"?\\n\u0131_\u00c9\\u20280\u03c2\ufb01-\u0130+z&\""
},
{
"tpl": "{{ initials \"Z@\\u2028!_\u4e2d\u6587*\" }} {{ kebabcase \"Z@\\u2028!_\u4e2d\u6587*\" }} {{ b32enc \"Z@\\u2028!_\u4e2d\u6587*\" }} {{ b64enc \"Z@\\u2028!_\u4e2d\u6587*\" }} {{ swapcase \"Z@\\u2028!_\u4e2d\u6587*\" }} {{ nospace \"Z@\\u2028!_\u4e2d\u6587*\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"Z@\\u2028!_\u4e2d\u6587*\" \"Z@\\u2028!_\u4e2d\u6587*\" \"Z@\\u2028!_\u4e2d\u6587*\" \"Z@\\u2028!_\u4e2d\u6587*\" }}",
"out": "Z z@-!_\u4e2d\u6587* LJAOFAFIEFP6JOFN42LIOKQ= WkDigKghX+S4reaWhyo= z@\u2028!_\u4e2d\u6587* Z@\u2028!_\u4e2d\u6587* \"Z@\\u2028!_\u4e2d\u6587*\"|5a40e280a8215fe4b8ade696872a|     Z@\u2028|\"Z@\\u2028!_\u4e2d\u6587*\""
},
{
"tpl": "{{ wrap 11 \"Z@\\u2028!_\u4e2d\u6587*\" | quote }} {{ trunc 11 \"Z@\\u2028!_\u4e2d\u6587*\" | quote }} {{ abbrev 11 \"Z@\\u2028!_\u4e2d\u6587*\" | quote }} {{ substr 11 14 \"Z@\\u2028!_\u4e2d\u6587*\" | quote }} {{ trimAll \"\u216b\u216b\" \"Z@\\u2028!_\u4e2d\u6587*\" | quote }}",
"out": "\"Z@\\u2028!_\u4e2d\u6587*\" \"Z@\\u2028!_\u4e2d\\xe6\" \"Z@\\u2028!_\\xe4...\" \"\\x96\\x87*\" \"Z@\\u2028!_\u4e2d\u6587*\""
},
{
"tpl": "{{ lower \"\" }} {{ title \"\" }} {{ upper \"\" }} {{ quote \"\" }} {{ trim \"\" }} {{ nospace \"\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"\" \"\" \"\" \"\" }}",
"out": "   \"\"   \"\"||        |\"\"  "
},
{
"tpl": "{{ wrap -1 \"\" | quote }} {{ trunc -1 \"\" | quote }} {{ abbrev -1 \"\" | quote }} {{ substr 0 2 \"\" | quote }} {{ trimAll \"\u0130\u216b\" \"\" | quote }}",
"out": "\"\" \"\" \"\" \"\" \"\""
},
{
"tpl": "{{ upper \"[9@Ba\" }} {{ untitle \"[9@Ba\" }} {{ b32enc \"[9@Ba\" }} {{ quote \"[9@Ba\" }} {{ initials \"[9@Ba\" }} {{ title \"[9@Ba\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"[9@Ba\" \"[9@Ba\" \"[9@Ba\" \"[9@Ba\" }}",
"out": "[9@BA [9@Ba LM4UAQTB \"[9@Ba\" [ [9@Ba \"[9@Ba\"|5b39404261|     [9@|\"[9@Ba\""
},
{
"tpl": "{{ wrap 8 \"[9@Ba\" | quote }} {{ trunc 8 \"[9@Ba\" | quote }} {{ abbrev 8 \"[9@Ba\" | quote }} {{ substr 8 11 \"[9@Ba\" | quote }} {{ trimAll \"^=\" \"[9@Ba\" | quote }}",
"out": "\"[9@Ba\" \"[9@Ba\" \"[9@Ba\" ",
"err": "template: t:1:93: executing \"t\" at <substr 8 11 \"[9@Ba\">: error calling substr: runtime error: slice bounds out of range [8:5]"
},
{
"tpl": "{{ camelcase \")\\t{?'\" }} {{ snakecase \")\\t{?'\" }} {{ toJson \")\\t{?'\" }} {{ upper \")\\t{?'\" }} {{ title \")\\t{?'\" }} {{ b32enc \")\\t{?'\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \")\\t{?'\" \")\\t{?'\" \")\\t{?'\" \")\\t{?'\" }}",
"out": "){?' )_{?' \")\\t{?'\" )\t{?' )\t{?' FEEXWPZH \")\\t{?'\"|29097b3f27|     )\t{|\")\\t{?'\""
},
{
"tpl": "{{ wrap 3 \")\\t{?'\" | quote }} {{ trunc 3 \")\\t{?'\" | quote }} {{ abbrev 3 \")\\t{?'\" | quote }} {{ substr 3 6 \")\\t{?'\" | quote }} {{ trimAll \"\u00c9\u216b\" \")\\t{?'\" | quote }}",
"out": "\")\\t{?'\" \")\\t{\" \")\\t{?'\" \"?'\" \")\\t{?'\""
},
{
"tpl": "{{ toJson \") %%\" }} {{ title \") %%\" }} {{ toString \") %%\" }} {{ camelcase \") %%\" }} {{ trim \") %%\" }} {{ nospace \") %%\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \") %%\" \") %%\" \") %%\" \") %%\" }}",
"out": "\") %%\" ) %% ) %% )%% ) %% )%% \") %%\"|29202525|     ) %|\") %%\""
},
{
"tpl": "{{ wrap 7 \") %%\" | quote }} {{ trunc 7 \") %%\" | quote }} {{ abbrev 7 \") %%\" | quote }} {{ substr 7 10 \") %%\" | quote }} {{ trimAll \"#,\" \") %%\" | quote }}",
"out": "\") %%\" \") %%\" \") %%\" ",
"err": "template: t:1:90: executing \"t\" at <substr 7 10 \") %%\">: error calling substr: runtime error: slice bounds out of range [7:4]"
},
{
"tpl": "{{ initials \")]'!\u24d0\\ufffd~`\\u00a0\\n'\u0130^\" }} {{ squote \")]'!\u24d0\\ufffd~`\\u00a0\\n'\u0130^\" }} {{ toJson \")]'!\u24d0\\ufffd~`\\u00a0\\n'\u0130^\" }} {{ b32enc \")]'!\u24d0\\ufffd~`\\u00a0\\n'\u0130^\" }} {{ toString \")]'!\u24d0\\ufffd~`\\u00a0\\n'\u0130^\" }} {{ swapcase \")]'!\u24d0\\ufffd~`\\u00a0\\n'\u0130^\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \")]'!\u24d0\\ufffd~`\\u00a0\\n'\u0130^\" \")]'!\u24d0\\ufffd~`\\u00a0\\n'\u0130^\" \")]'!\u24d0\\ufffd~`\\u00a0\\n'\u0130^\" \")]'!\u24d0\\ufffd~`\\u00a0\\n'\u0130^\" }}",
"out": ")' ')]'!\u24d0\ufffd~`\u00a0\n'\u0130^' \")]'!\u24d0\ufffd~`\u00a0\\n'\u0130^\" FFOSOIPCSOIO7P55PZQMFIAKE7CLAXQ= )]'!\u24d0\ufffd~`\u00a0\n'\u0130^ )]'!\u24d0\ufffd~`\u00a0\n'i^ \")]'!\u24d0\ufffd~`\\u00a0\\n'\u0130^\"|295d2721e29390efbfbd7e60c2a00a27c4b05e|     )]'|\")]'!\u24d0\ufffd~`\\u00a0\\n'\u0130^\""
},
{
"tpl": "{{ wrap -2 \")]'!\u24d0\\ufffd~`\\u00a0\\n'\u0130^\" | quote }} {{ trunc -2 \")]'!\u24d0\\ufffd~`\\u00a0\\n'\u0130^\" | quote }} {{ abbrev -2 \")]'!\u24d0\\ufffd~`\\u00a0\\n'\u0130^\" | quote }} {{ substr 0 1 \")]'!\u24d0\\ufffd~`\\u00a0\\n'\u0130^\" | quote }} {{ trimAll \"\u03c2\u6587\" \")]'!\u24d0\\ufffd~`\\u00a0\\n'\u0130^\" | quote }}",
"out": "\")]'!\u24d0\ufffd~`\\u00a0\\n'\u0130^\" \"\\xb0^\" \")]'!\u24d0\ufffd~`\\u00a0\\n'\u0130^\" \")\" \")]'!\u24d0\ufffd~`\\u00a0\\n'\u0130^\""
},
{
"tpl": "{{ b64enc \"\u00dfA.\u216b\u216b\" }} {{ kebabcase \"\u00dfA.\u216b\u216b\" }} {{ camelcase \"\u00dfA.\u216b\u216b\" }} {{ quote \"\u00dfA.\u216b\u216b\" }} {{ snakecase \"\u00dfA.\u216b\u216b\" }} {{ b32enc \"\u00dfA.\u216b\u216b\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"\u00dfA.\u216b\u216b\" \"\u00dfA.\u216b\u216b\" \"\u00dfA.\u216b\u216b\" \"\u00dfA.\u216b\u216b\" }}",
"out": "w59BLuKFq+KFqw== \u00df-a.\u216b\u216b \u00dfA.\u216b\u216b \"\u00dfA.\u216b\u216b\" \u00df_a.\u216b\u216b YOPUCLXCQWV6FBNL \"\u00dfA.\u216b\u216b\"|c39f412ee285abe285ab|     \u00dfA.|\"\u00dfA.\u216b\u216b\""
},
{
"tpl": "{{ wrap 1 \"\u00dfA.\u216b\u216b\" | quote }} {{ trunc 1 \"\u00dfA.\u216b\u216b\" | quote }} {{ abbrev 1 \"\u00dfA.\u216b\u216b\" | quote }} {{ substr 1 4 \"\u00dfA.\u216b\u216b\" | quote }} {{ trimAll \"/:\" \"\u00dfA.\u216b\u216b\" | quote }}",
"out": "\"\u00dfA.\u216b\u216b\" \"\\xc3\" \"\u00dfA.\u216b\u216b\" \"\\x9fA.\" \"\u00dfA.\u216b\u216b\""
},
{
"tpl": "{{ snakecase \"{ 0\u216b\u0130\u03c2:`\ud83d\ude00>b\" }} {{ title \"{ 0\u216b\u0130\u03c2:`\ud83d\ude00>b\" }} {{ camelcase \"{ 0\u216b\u0130\u03c2:`\ud83d\ude00>b\" }} {{ quote \"{ 0\u216b\u0130\u03c2:`\ud83d\ude00>b\" }} {{ kebabcase \"{ 0\u216b\u0130\u03c2:`\ud83d\ude00>b\" }} {{ upper \"{ 0\u216b\u0130\u03c2:`\ud83d\ude00>b\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"{ 0\u216b\u0130\u03c2:`\ud83d\ude00>b\" \"{ 0\u216b\u0130\u03c2:`\ud83d\ude00>b\" \"{ 0\u216b\u0130\u03c2:`\ud83d\ude00>b\" \"{ 0\u216b\u0130\u03c2:`\ud83d\ude00>b\" }}",
"out": "{_0\u216b_i\u03c2:`\ud83d\ude00>_b { 0\u216b\u0130\u03c2:`\ud83d\ude00>B {0\u216b\u0130\u03c2:`\ud83d\ude00>b \"{ 0\u216b\u0130\u03c2:`\ud83d\ude00>b\" {-0\u216b-i\u03c2:`\ud83d\ude00>-b { 0\u216b\u0130\u03a3:`\ud83d\ude00>B \"{ 0\u216b\u0130\u03c2:`\ud83d\ude00>b\"|7b2030e285abc4b0cf823a60f09f98803e62|     { 0|\"{ 0\u216b\u0130\u03c2:`\ud83d\ude00>b\""
},
{
"tpl": "{{ wrap 4 \"{ 0\u216b\u0130\u03c2:`\ud83d\ude00>b\" | quote }} {{ trunc 4 \"{ 0\u216b\u0130\u03c2:`\ud83d\ude00>b\" | quote }} {{ abbrev 4 \"{ 0\u216b\u0130\u03c2:`\ud83d\ude00>b\" | quote }} {{ substr 4 7 \"{ 0\u216b\u0130\u03c2:`\ud83d\ude00>b\" | quote }} {{ trimAll \"\\t,\" \"{ 0\u216b\u0130\u03c2:`\ud83d\ude00>b\" | quote }}",
"out": "\"{\\n0\u216b\u0130\u03c2:`\ud83d\ude00>b\" \"{ 0\\xe2\" \"{...\" \"\\x85\\xab\\xc4\" \"{ 0\u216b\u0130\u03c2:`\ud83d\ude00>b\""
},
{
"tpl": "{{ squote \".\\u00a0b\ufb01z}\\n\" }} {{ lower \".\\u00a0b\ufb01z}\\n\" }} {{ toString \".\\u00a0b\ufb01z}\\n\" }} {{ b64enc \".\\u00a0b\ufb01z}\\n\" }} {{ kebabcase \".\\u00a0b\ufb01z}\\n\" }} {{ quote \".\\u00a0b\ufb01z}\\n\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \".\\u00a0b\ufb01z}\\n\" \".\\u00a0b\ufb01z}\\n\" \".\\u00a0b\ufb01z}\\n\" \".\\u00a0b\ufb01z}\\n\" }}",
"out": "'.\u00a0b\ufb01z}\n' .\u00a0b\ufb01z}\n .\u00a0b\ufb01z}\n LsKgYu+sgXp9Cg== .-b\ufb01z}- \".\\u00a0b\ufb01z}\\n\" \".\\u00a0b\ufb01z}\\n\"|2ec2a062efac817a7d0a|     .\u00a0b|\".\\u00a0b\ufb01z}\\n\""
},
{
"tpl": "{{ wrap 9 \".\\u00a0b\ufb01z}\\n\" | quote }} {{ trunc 9 \".\\u00a0b\ufb01z}\\n\" | quote }} {{ abbrev 9 \".\\u00a0b\ufb01z}\\n\" | quote }} {{ substr 9 12 \".\\u00a0b\ufb01z}\\n\" | quote }} {{ trimAll \"\\u00a0)\" \".\\u00a0b\ufb01z}\\n\" | quote }}",
"out": "\".\\u00a0b\ufb01z}\\n\" \".\\u00a0b\ufb01z}\" \".\\u00a0b\\xef\\xac...\" \"\\n\" \".\\u00a0b\ufb01z}\\n\""
},
{
"tpl": "{{ snakecase \"%\\tbB\u01c5\" }} {{ initials \"%\\tbB\u01c5\" }} {{ nospace \"%\\tbB\u01c5\" }} {{ b32enc \"%\\tbB\u01c5\" }} {{ quote \"%\\tbB\u01c5\" }} {{ lower \"%\\tbB\u01c5\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"%\\tbB\u01c5\" \"%\\tbB\u01c5\" \"%\\tbB\u01c5\" \"%\\tbB\u01c5\" }}",
"out": "%_b_b\u01c5 %b %bB\u00c7 EUEWEQWHQU====== \"%\\tbB\u01c5\" %\tbb\u01c6 \"%\\tbB\u01c5\"|25096242c785|     %\tb|\"%\\tbB\u01c5\""
},
{
"tpl": "{{ wrap 5 \"%\\tbB\u01c5\" | quote }} {{ trunc 5 \"%\\tbB\u01c5\" | quote }} {{ abbrev 5 \"%\\tbB\u01c5\" | quote }} {{ substr 5 8 \"%\\tbB\u01c5\" | quote }} {{ trimAll \"b\ud83d\ude00\" \"%\\tbB\u01c5\" | quote }}",
"out": "\"%\\tbB\u01c5\" \"%\\tbB\\xc7\" \"%\\t...\" \"\\x85\" \"%\\tbB\u01c5\""
},
{
"tpl": "{{ snakecase \"\u01c5|\u0661`$\u00df*\" }} {{ quote \"\u01c5|\u0661`$\u00df*\" }} {{ untitle \"\u01c5|\u0661`$\u00df*\" }} {{ swapcase \"\u01c5|\u0661`$\u00df*\" }} {{ lower \"\u01c5|\u0661`$\u00df*\" }} {{ title \"\u01c5|\u0661`$\u00df*\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"\u01c5|\u0661`$\u00df*\" \"\u01c5|\u0661`$\u00df*\" \"\u01c5|\u0661`$\u00df*\" \"\u01c5|\u0661`$\u00df*\" }}",
"out": "\u01c5_|\u0661_`$_\u00df* \"\u01c5|\u0661`$\u00df*\" \u01c6|\u0661`$\u00df* \u01c6|\u0661`$\u00df* \u01c6|\u0661`$\u00df* \u01c5|\u0661`$\u00df* \"\u01c5|\u0661`$\u00df*\"|c7857cd9a16024c39f2a|     \u01c5|\u0661|\"\u01c5|\u0661`$\u00df*\""
},
{
"tpl": "{{ wrap 8 \"\u01c5|\u0661`$\u00df*\" | quote }} {{ trunc 8 \"\u01c5|\u0661`$\u00df*\" | quote }} {{ abbrev 8 \"\u01c5|\u0661`$\u00df*\" | quote }} {{ substr 8 11 \"\u01c5|\u0661`$\u00df*\" | quote }} {{ trimAll \"\\u2028_\" \"\u01c5|\u0661`$\u00df*\" | quote }}",
"out": "\"\u01c5|\u0661`$\u00df*\" \"\u01c5|\u0661`$\\xc3\" \"\u01c5|\u0661...\" \"\\x9f*\" \"\u01c5|\u0661`$\u00df*\""
},
{
"tpl": "{{ trim \"\" }} {{ snakecase \"\" }} {{ camelcase \"\" }} {{ toString \"\" }} {{ lower \"\" }} {{ b32enc \"\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"\" \"\" \"\" \"\" }}",
"out": "      \"\"||        |\"\"  "
},
{
"tpl": "{{ wrap 12 \"\" | quote }} {{ trunc 12 \"\" | quote }} {{ abbrev 12 \"\" | quote }} {{ substr 12 15 \"\" | quote }} {{ trimAll \"\u03c2\u00e9\" \"\" | quote }}",
"out": "\"\" \"\" \"\" ",
"err": "template: t:1:81: executing \"t\" at <substr 12 15 \"\">: error calling substr: runtime error: slice bounds out of range [12:0]"
},
{
"tpl": "{{ toJson \"\\n>\\u200b\u0131\\u0301 )\" }} {{ squote \"\\n>\\u200b\u0131\\u0301 )\" }} {{ b32enc \"\\n>\\u200b\u0131\\u0301 )\" }} {{ nospace \"\\n>\\u200b\u0131\\u0301 )\" }} {{ lower \"\\n>\\u200b\u0131\\u0301 )\" }} {{ initials \"\\n>\\u200b\u0131\\u0301 )\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"\\n>\\u200b\u0131\\u0301 )\" \"\\n>\\u200b\u0131\\u0301 )\" \"\\n>\\u200b\u0131\\u0301 )\" \"\\n>\\u200b\u0131\\u0301 )\" }}",
"out": "\"\\n\\u003e\u200b\u0131\u0301 )\" '\n>\u200b\u0131\u0301 )' BI7OFAELYSY4ZAJAFE====== >\u00e2\u0080\u008b\u00c4\u00b1\u00cc\u0081) \n>\u200b\u0131\u0301 ) >) \"\\n>\\u200b\u0131\u0301 )\"|0a3ee2808bc4b1cc812029|     \n>\u200b|\"\\n>\\u200b\u0131\u0301 )\""
},
{
"tpl": "{{ wrap 8 \"\\n>\\u200b\u0131\\u0301 )\" | quote }} {{ trunc 8 \"\\n>\\u200b\u0131\\u0301 )\" | quote }} {{ abbrev 8 \"\\n>\\u200b\u0131\\u0301 )\" | quote }} {{ substr 8 11 \"\\n>\\u200b\u0131\\u0301 )\" | quote }} {{ trimAll \"\u0661%\" \"\\n>\\u200b\u0131\\u0301 )\" | quote }}",
"out": "\"\\n>\\u200b\u0131\u0301\\n)\" \"\\n>\\u200b\u0131\\xcc\" \"\\n>\\u200b...\" \"\\x81 )\" \"\\n>\\u200b\u0131\u0301 )\""
},
{
"tpl": "{{ quote \"\u03a3\\t@\ud83d\ude00'\" }} {{ toString \"\u03a3\\t@\ud83d\ude00'\" }} {{ initials \"\u03a3\\t@\ud83d\ude00'\" }} {{ title \"\u03a3\\t@\ud83d\ude00'\" }} {{ toJson \"\u03a3\\t@\ud83d\ude00'\" }} {{ b32enc \"\u03a3\\t@\ud83d\ude00'\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"\u03a3\\t@\ud83d\ude00'\" \"\u03a3\\t@\ud83d\ude00'\" \"\u03a3\\t@\ud83d\ude00'\" \"\u03a3\\t@\ud83d\ude00'\" }}",
"out": "\"\u03a3\\t@\ud83d\ude00'\" \u03a3\t@\ud83d\ude00' \u00ce@ \u03a3\t@\ud83d\ude00' \"\u03a3\\t@\ud83d\ude00'\" Z2RQSQHQT6MIAJY= \"\u03a3\\t@\ud83d\ude00'\"|cea30940f09f988027|     \u03a3\t@|\"\u03a3\\t@\ud83d\ude00'\""
},
{
"tpl": "{{ wrap 9 \"\u03a3\\t@\ud83d\ude00'\" | quote }} {{ trunc 9 \"\u03a3\\t@\ud83d\ude00'\" | quote }} {{ abbrev 9 \"\u03a3\\t@\ud83d\ude00'\" | quote }} {{ substr 9 12 \"\u03a3\\t@\ud83d\ude00'\" | quote }} {{ trimAll \"\u4e2d,\" \"\u03a3\\t@\ud83d\ude00'\" | quote }}",
"out": "\"\u03a3\\t@\ud83d\ude00'\" \"\u03a3\\t@\ud83d\ude00'\" \"\u03a3\\t@\ud83d\ude00'\" \"\" \"\u03a3\\t@\ud83d\ude00'\""
},
{
"tpl": "{{ swapcase \"+ |\\tA\u03c2\\u200b.\u0131\u00df\u24d0$\" }} {{ b32enc \"+ |\\tA\u03c2\\u200b.\u0131\u00df\u24d0$\" }} {{ squote \"+ |\\tA\u03c2\\u200b.\u0131\u00df\u24d0$\" }} {{ title \"+ |\\tA\u03c2\\u200b.\u0131\u00df\u24d0$\" }} {{ kebabcase \"+ |\\tA\u03c2\\u200b.\u0131\u00df\u24d0$\" }} {{ trim \"+ |\\tA\u03c2\\u200b.\u0131\u00df\u24d0$\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"+ |\\tA\u03c2\\u200b.\u0131\u00df\u24d0$\" \"+ |\\tA\u03c2\\u200b.\u0131\u00df\u24d0$\" \"+ |\\tA\u03c2\\u200b.\u0131\u00df\u24d0$\" \"+ |\\tA\u03c2\\u200b.\u0131\u00df\u24d0$\" }}",
"out": "+ |\ta\u03a3\u200b.I\u00df\u24d0$ FMQHYCKBZ6BOFAELF3CLDQ474KJZAJA= '+ |\tA\u03c2\u200b.\u0131\u00df\u24d0$' + |\tA\u03c2\u200b.I\u00df\u24d0$ +-|-a\u03c2-\u200b.\u0131\u00df-\u24d0$ + |\tA\u03c2\u200b.\u0131\u00df\u24d0$ \"+ |\\tA\u03c2\\u200b.\u0131\u00df\u24d0$\"|2b207c0941cf82e2808b2ec4b1c39fe2939024|     + ||\"+ |\\tA\u03c2\\u200b.\u0131\u00df\u24d0$\""
},
{
"tpl": "{{ wrap 7 \"+ |\\tA\u03c2\\u200b.\u0131\u00df\u24d0$\" | quote }} {{ trunc 7 \"+ |\\tA\u03c2\\u200b.\u0131\u00df\u24d0$\" | quote }} {{ abbrev 7 \"+ |\\tA\u03c2\\u200b.\u0131\u00df\u24d0$\" | quote }} {{ substr 7 10 \"+ |\\tA\u03c2\\u200b.\u0131\u00df\u24d0$\" | quote }} {{ trimAll \"\u6587+\" \"+ |\\tA\u03c2\\u200b.\u0131\u00df\u24d0$\" | quote }}",
"out": "\"+\\n|\\tA\u03c2\\u200b.\u0131\u00df\u24d0$\" \"+ |\\tA\u03c2\" \"+ |\\t...\" \"\\u200b\" \" |\\tA\u03c2\\u200b.\u0131\u00df\u24d0$\""
},
{
"tpl": "{{ untitle \"!\" }} {{ initials \"!\" }} {{ trim \"!\" }} {{ toString \"!\" }} {{ snakecase \"!\" }} {{ lower \"!\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"!\" \"!\" \"!\" \"!\" }}",
"out": "! ! ! ! ! ! \"!\"|21|       !|\"!\" "
},
{
"tpl": "{{ wrap 5 \"!\" | quote }} {{ trunc 5 \"!\" | quote }} {{ abbrev 5 \"!\" | quote }} {{ substr 5 8 \"!\" | quote }} {{ trimAll \"\\u200bz\" \"!\" | quote }}",
"out": "\"!\" \"!\" \"!\" ",
"err": "template: t:1:81: executing \"t\" at <substr 5 8 \"!\">: error calling substr: runtime error: slice bounds out of range [5:1]"
},
{
"tpl": "{{ kebabcase \"\u4e2d\\u0301^-\\ufffd)\u03c2B\" }} {{ trim \"\u4e2d\\u0301^-\\ufffd)\u03c2B\" }} {{ quote \"\u4e2d\\u0301^-\\ufffd)\u03c2B\" }} {{ toString \"\u4e2d\\u0301^-\\ufffd)\u03c2B\" }} {{ initials \"\u4e2d\\u0301^-\\ufffd)\u03c2B\" }} {{ nospace \"\u4e2d\\u0301^-\\ufffd)\u03c2B\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"\u4e2d\\u0301^-\\ufffd)\u03c2B\" \"\u4e2d\\u0301^-\\ufffd)\u03c2B\" \"\u4e2d\\u0301^-\\ufffd)\u03c2B\" \"\u4e2d\\u0301^-\\ufffd)\u03c2B\" }}",
"out": "\u4e2d\u0301^-\ufffd)\u03c2-b \u4e2d\u0301^-\ufffd)\u03c2B \"\u4e2d\u0301^-\ufffd)\u03c2B\" \u4e2d\u0301^-\ufffd)\u03c2B \u00e4 \u4e2d\u0301^-\ufffd)\u03c2B \"\u4e2d\u0301^-\ufffd)\u03c2B\"|e4b8adcc815e2defbfbd29cf8242|     \u4e2d\u0301^|\"\u4e2d\u0301^-\ufffd)\u03c2B\""
},
{
"tpl": "{{ wrap 5 \"\u4e2d\\u0301^-\\ufffd)\u03c2B\" | quote }} {{ trunc 5 \"\u4e2d\\u0301^-\\ufffd)\u03c2B\" | quote }} {{ abbrev 5 \"\u4e2d\\u0301^-\\ufffd)\u03c2B\" | quote }} {{ substr 5 8 \"\u4e2d\\u0301^-\\ufffd)\u03c2B\" | quote }} {{ trimAll \" \u00e9\" \"\u4e2d\\u0301^-\\ufffd)\u03c2B\" | quote }}",
"out": "\"\u4e2d\u0301^-\ufffd)\u03c2B\" \"\u4e2d\u0301\" \"\\xe4\\xb8...\" \"^-\\xef\" \"\u4e2d\u0301^-\ufffd)\u03c2B\""
},
{
"tpl": "{{ initials \"+/\" }} {{ b32enc \"+/\" }} {{ kebabcase \"+/\" }} {{ squote \"+/\" }} {{ untitle \"+/\" }} {{ snakecase \"+/\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"+/\" \"+/\" \"+/\" \"+/\" }}",
"out": "+ FMXQ==== +/ '+/' +/ +/ \"+/\"|2b2f|      +/|\"+/\""
},
{
"tpl": "{{ wrap -3 \"+/\" | quote }} {{ trunc -3 \"+/\" | quote }} {{ abbrev -3 \"+/\" | quote }} {{ substr 0 0 \"+/\" | quote }} {{ trimAll \"}\\t\" \"+/\" | quote }}",
"out": "\"+/\" \"+/\" \"+/\" \"\" \"+/\""
},
{
"tpl": "{{ upper \"<\\n9=]\" }} {{ quote \"<\\n9=]\" }} {{ b64enc \"<\\n9=]\" }} {{ swapcase \"<\\n9=]\" }} {{ untitle \"<\\n9=]\" }} {{ kebabcase \"<\\n9=]\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"<\\n9=]\" \"<\\n9=]\" \"<\\n9=]\" \"<\\n9=]\" }}",
"out": "<\n9=] \"<\\n9=]\" PAo5PV0= <\n9=] <\n9=] <-9-=] \"<\\n9=]\"|3c0a393d5d|     <\n9|\"<\\n9=]\""
},
{
"tpl": "{{ wrap 6 \"<\\n9=]\" | quote }} {{ trunc 6 \"<\\n9=]\" | quote }} {{ abbrev 6 \"<\\n9=]\" | quote }} {{ substr 6 9 \"<\\n9=]\" | quote }} {{ trimAll \"|\u03c2\" \"<\\n9=]\" | quote }}",
"out": "\"<\\n9=]\" \"<\\n9=]\" \"<\\n9=]\" ",
"err": "template: t:1:96: executing \"t\" at <substr 6 9 \"<\\n9=]\">: error calling substr: runtime error: slice bounds out of range [6:5]"
},
{
"tpl": "{{ untitle \")\\u200b\u03c2:!\u00c9\" }} {{ swapcase \")\\u200b\u03c2:!\u00c9\" }} {{ toString \")\\u200b\u03c2:!\u00c9\" }} {{ initials \")\\u200b\u03c2:!\u00c9\" }} {{ title \")\\u200b\u03c2:!\u00c9\" }} {{ toJson \")\\u200b\u03c2:!\u00c9\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \")\\u200b\u03c2:!\u00c9\" \")\\u200b\u03c2:!\u00c9\" \")\\u200b\u03c2:!\u00c9\" \")\\u200b\u03c2:!\u00c9\" }}",
"out": ")\u200b\u03c2:!\u00c9 )\u200b\u03a3:!\u00e9 )\u200b\u03c2:!\u00c9 ) )\u200b\u03c2:!\u00c9 \")\u200b\u03c2:!\u00c9\" \")\\u200b\u03c2:!\u00c9\"|29e2808bcf823a21c389|     )\u200b\u03c2|\")\\u200b\u03c2:!\u00c9\""
},
{
"tpl": "{{ wrap 6 \")\\u200b\u03c2:!\u00c9\" | quote }} {{ trunc 6 \")\\u200b\u03c2:!\u00c9\" | quote }} {{ abbrev 6 \")\\u200b\u03c2:!\u00c9\" | quote }} {{ substr 6 9 \")\\u200b\u03c2:!\u00c9\" | quote }} {{ trimAll \":$\" \")\\u200b\u03c2:!\u00c9\" | quote }}",
"out": "\")\\u200b\u03c2:!\u00c9\" \")\\u200b\u03c2\" \")\\xe2\\x80...\" \":!\\xc3\" \")\\u200b\u03c2:!\u00c9\""
},
{
"tpl": "{{ b32enc \"_\" }} {{ swapcase \"_\" }} {{ title \"_\" }} {{ camelcase \"_\" }} {{ snakecase \"_\" }} {{ nospace \"_\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"_\" \"_\" \"_\" \"_\" }}",
"out": "L4====== _ _ __ _ _ \"_\"|5f|       _|\"_\" "
},
{
"tpl": "{{ wrap 9 \"_\" | quote }} {{ trunc 9 \"_\" | quote }} {{ abbrev 9 \"_\" | quote }} {{ substr 9 12 \"_\" | quote }} {{ trimAll \"Z<\" \"_\" | quote }}",
"out": "\"_\" \"_\" \"_\" ",
"err": "template: t:1:81: executing \"t\" at <substr 9 12 \"_\">: error calling substr: runtime error: slice bounds out of range [9:1]"
},
{
"tpl": "{{ lower \"\u00e9\" }} {{ b32enc \"\u00e9\" }} {{ upper \"\u00e9\" }} {{ kebabcase \"\u00e9\" }} {{ trim \"\u00e9\" }} {{ swapcase \"\u00e9\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"\u00e9\" \"\u00e9\" \"\u00e9\" \"\u00e9\" }}",
"out": "\u00e9 YOUQ==== \u00c9 \u00e9 \u00e9 \u00c9 \"\u00e9\"|c3a9|       \u00e9|\"\u00e9\" "
},
{
"tpl": "{{ wrap 6 \"\u00e9\" | quote }} {{ trunc 6 \"\u00e9\" | quote }} {{ abbrev 6 \"\u00e9\" | quote }} {{ substr 6 9 \"\u00e9\" | quote }} {{ trimAll \"^(\" \"\u00e9\" | quote }}",
"out": "\"\u00e9\" \"\u00e9\" \"\u00e9\" ",
"err": "template: t:1:84: executing \"t\" at <substr 6 9 \"\u00e9\">: error calling substr: runtime error: slice bounds out of range [6:2]"
},
{
"tpl": "{{ upper \"~\" }} {{ toJson \"~\" }} {{ b32enc \"~\" }} {{ lower \"~\" }} {{ trim \"~\" }} {{ nospace \"~\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"~\" \"~\" \"~\" \"~\" }}",
"out": "~ \"~\" PY====== ~ ~ ~ \"~\"|7e|       ~|\"~\" "
},
{
"tpl": "{{ wrap 12 \"~\" | quote }} {{ trunc 12 \"~\" | quote }} {{ abbrev 12 \"~\" | quote }} {{ substr 12 15 \"~\" | quote }} {{ trimAll \":[\" \"~\" | quote }}",
"out": "\"~\" \"~\" \"~\" ",
"err": "template: t:1:84: executing \"t\" at <substr 12 15 \"~\">: error calling substr: runtime error: slice bounds out of range [12:1]"
},
{
"tpl": "{{ b64enc \"\u6587\u6587\u03c3&[}z\u03c2(}@:_\" }} {{ toString \"\u6587\u6587\u03c3&[}z\u03c2(}@:_\" }} {{ initials \"\u6587\u6587\u03c3&[}z\u03c2(}@:_\" }} {{ lower \"\u6587\u6587\u03c3&[}z\u03c2(}@:_\" }} {{ title \"\u6587\u6587\u03c3&[}z\u03c2(}@:_\" }} {{ snakecase \"\u6587\u6587\u03c3&[}z\u03c2(}@:_\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"\u6587\u6587\u03c3&[}z\u03c2(}@:_\" \"\u6587\u6587\u03c3&[}z\u03c2(}@:_\" \"\u6587\u6587\u03c3&[}z\u03c2(}@:_\" \"\u6587\u6587\u03c3&[}z\u03c2(}@:_\" }}",
"out": "5paH5paHz4MmW316z4IofUA6Xw== \u6587\u6587\u03c3&[}z\u03c2(}@:_ \u00e6 \u6587\u6587\u03c3&[}z\u03c2(}@:_ \u6587\u6587\u03c3&[}Z\u03c2(}@:_ \u6587\u6587_\u03c3&[}z\u03c2(}@:_ \"\u6587\u6587\u03c3&[}z\u03c2(}@:_\"|e69687e69687cf83265b7d7acf82287d403a5f|     \u6587\u6587\u03c3|\"\u6587\u6587\u03c3&[}z\u03c2(}@:_\""
},
{
"tpl": "{{ wrap 11 \"\u6587\u6587\u03c3&[}z\u03c2(}@:_\" | quote }} {{ trunc 11 \"\u6587\u6587\u03c3&[}z\u03c2(}@:_\" | quote }} {{ abbrev 11 \"\u6587\u6587\u03c3&[}z\u03c2(}@:_\" | quote }} {{ substr 11 14 \"\u6587\u6587\u03c3&[}z\u03c2(}@:_\" | quote }} {{ trimAll \"'|\" \"\u6587\u6587\u03c3&[}z\u03c2(}@:_\" | quote }}",
"out": "\"\u6587\u6587\u03c3&[}z\u03c2(}@:_\" \"\u6587\u6587\u03c3&[}\" \"\u6587\u6587\u03c3...\" \"z\u03c2\" \"\u6587\u6587\u03c3&[}z\u03c2(}@:_\""
},
{
"tpl": "{{ initials \"@<\u216b+9%*z\" }} {{ kebabcase \"@<\u216b+9%*z\" }} {{ snakecase \"@<\u216b+9%*z\" }} {{ b64enc \"@<\u216b+9%*z\" }} {{ quote \"@<\u216b+9%*z\" }} {{ squote \"@<\u216b+9%*z\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"@<\u216b+9%*z\" \"@<\u216b+9%*z\" \"@<\u216b+9%*z\" \"@<\u216b+9%*z\" }}",
"out": "@\u00ab @<\u216b-+9%*z @<\u216b_+9%*z QDzihasrOSUqeg== \"@<\u216b+9%*z\" '@<\u216b+9%*z' \"@<\u216b+9%*z\"|403ce285ab2b39252a7a|     @<\u216b|\"@<\u216b+9%*z\""
},
{
"tpl": "{{ wrap 0 \"@<\u216b+9%*z\" | quote }} {{ trunc 0 \"@<\u216b+9%*z\" | quote }} {{ abbrev 0 \"@<\u216b+9%*z\" | quote }} {{ substr 0 3 \"@<\u216b+9%*z\" | quote }} {{ trimAll \"#;\" \"@<\u216b+9%*z\" | quote }}",
"out": "\"@<\u216b+9%*z\" \"\" \"@<\u216b+9%*z\" \"@<\\xe2\" \"@<\u216b+9%*z\""
},
{
"tpl": "{{ title \"`\\u20280\" }} {{ kebabcase \"`\\u20280\" }} {{ squote \"`\\u20280\" }} {{ toJson \"`\\u20280\" }} {{ trim \"`\\u20280\" }} {{ swapcase \"`\\u20280\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"`\\u20280\" \"`\\u20280\" \"`\\u20280\" \"`\\u20280\" }}",
"out": "`\u20280 `-0 '`\u20280' \"`\\u20280\" `\u20280 `\u20280 \"`\\u20280\"|60e280a830|     `\u20280|\"`\\u20280\""
},
{
"tpl": "{{ wrap 11 \"`\\u20280\" | quote }} {{ trunc 11 \"`\\u20280\" | quote }} {{ abbrev 11 \"`\\u20280\" | quote }} {{ substr 11 14 \"`\\u20280\" | quote }} {{ trimAll \"\\nZ\" \"`\\u20280\" | quote }}",
"out": "\"`\\u20280\" \"`\\u20280\" \"`\\u20280\" ",
"err": "template: t:1:105: executing \"t\" at <substr 11 14 \"`\\u20280\">: error calling substr: runtime error: slice bounds out of range [11:5]"
},
{
"tpl": "{{ b64enc \"$\\ufffd9\u24d09\u0131&\" }} {{ untitle \"$\\ufffd9\u24d09\u0131&\" }} {{ kebabcase \"$\\ufffd9\u24d09\u0131&\" }} {{ toString \"$\\ufffd9\u24d09\u0131&\" }} {{ swapcase \"$\\ufffd9\u24d09\u0131&\" }} {{ squote \"$\\ufffd9\u24d09\u0131&\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"$\\ufffd9\u24d09\u0131&\" \"$\\ufffd9\u24d09\u0131&\" \"$\\ufffd9\u24d09\u0131&\" \"$\\ufffd9\u24d09\u0131&\" }}",
"out": "JO+/vTnik5A5xLEm $\ufffd9\u24d09\u0131& $\ufffd9-\u24d0-9\u0131& $\ufffd9\u24d09\u0131& $\ufffd9\u24d09I& '$\ufffd9\u24d09\u0131&' \"$\ufffd9\u24d09\u0131&\"|24efbfbd39e2939039c4b126|     $\ufffd9|\"$\ufffd9\u24d09\u0131&\""
},
{
"tpl": "{{ wrap -2 \"$\\ufffd9\u24d09\u0131&\" | quote }} {{ trunc -2 \"$\\ufffd9\u24d09\u0131&\" | quote }} {{ abbrev -2 \"$\\ufffd9\u24d09\u0131&\" | quote }} {{ substr 0 1 \"$\\ufffd9\u24d09\u0131&\" | quote }} {{ trimAll \"\u03c2%\" \"$\\ufffd9\u24d09\u0131&\" | quote }}",
"out": "\"$\ufffd9\u24d09\u0131&\" \"\\xb1&\" \"$\ufffd9\u24d09\u0131&\" \"$\" \"$\ufffd9\u24d09\u0131&\""
},
{
"tpl": "{{ b32enc \" \u03c2a?\\u2028\\ufffd9,$z@\" }} {{ camelcase \" \u03c2a?\\u2028\\ufffd9,$z@\" }} {{ kebabcase \" \u03c2a?\\u2028\\ufffd9,$z@\" }} {{ swapcase \" \u03c2a?\\u2028\\ufffd9,$z@\" }} {{ quote \" \u03c2a?\\u2028\\ufffd9,$z@\" }} {{ nospace \" \u03c2a?\\u2028\\ufffd9,$z@\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \" \u03c2a?\\u2028\\ufffd9,$z@\" \" \u03c2a?\\u2028\\ufffd9,$z@\" \" \u03c2a?\\u2028\\ufffd9,$z@\" \" \u03c2a?\\u2028\\ufffd9,$z@\" }}",
"out": "EDHYEYJ74KAKR357XU4SYJD2IA======  \u03a3a?\ufffd9,$z@ -\u03c2a?-\ufffd9,$-z@  \u03a3A?\u2028\ufffd9,$Z@ \" \u03c2a?\\u2028\ufffd9,$z@\" \u00cf\u0082a?\u00e2\u0080\u00a8\u00ef\u00bf\u00bd9,$z@ \" \u03c2a?\\u2028\ufffd9,$z@\"|20cf82613fe280a8efbfbd392c247a40|      \u03c2a|\" \u03c2a?\\u2028\ufffd9,$z@\""
},
{
"tpl": "{{ wrap 7 \" \u03c2a?\\u2028\\ufffd9,$z@\" | quote }} {{ trunc 7 \" \u03c2a?\\u2028\\ufffd9,$z@\" | quote }} {{ abbrev 7 \" \u03c2a?\\u2028\\ufffd9,$z@\" | quote }} {{ substr 7 10 \" \u03c2a?\\u2028\\ufffd9,$z@\" | quote }} {{ trimAll \"\u4e2d\u03c2\" \" \u03c2a?\\u2028\\ufffd9,$z@\" | quote }}",
"out": "\"\u03c2a?\\u2028\ufffd9,$z@\" \" \u03c2a?\\xe2\\x80\" \" \u03c2a...\" \"\\xa8\\xef\\xbf\" \" \u03c2a?\\u2028\ufffd9,$z@\""
},
{
"tpl": "{{ camelcase \"{\\t[\u0131,\u0661\" }} {{ nospace \"{\\t[\u0131,\u0661\" }} {{ kebabcase \"{\\t[\u0131,\u0661\" }} {{ trim \"{\\t[\u0131,\u0661\" }} {{ swapcase \"{\\t[\u0131,\u0661\" }} {{ b32enc \"{\\t[\u0131,\u0661\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"{\\t[\u0131,\u0661\" \"{\\t[\u0131,\u0661\" \"{\\t[\u0131,\u0661\" \"{\\t[\u0131,\u0661\" }}",
"out": "{[\u0131,\u0661 {[\u00c4\u00b1,\u00d9\u00a1 {-[\u0131,\u0661 {\t[\u0131,\u0661 {\t[I,\u0661 PMEVXRFRFTM2C=== \"{\\t[\u0131,\u0661\"|7b095bc4b12cd9a1|     {\t[|\"{\\t[\u0131,\u0661\""
},
{
"tpl": "{{ wrap 4 \"{\\t[\u0131,\u0661\" | quote }} {{ trunc 4 \"{\\t[\u0131,\u0661\" | quote }} {{ abbrev 4 \"{\\t[\u0131,\u0661\" | quote }} {{ substr 4 7 \"{\\t[\u0131,\u0661\" | quote }} {{ trimAll \"@z\" \"{\\t[\u0131,\u0661\" | quote }}",
"out": "\"{\\t[\u0131,\u0661\" \"{\\t[\\xc4\" \"{...\" \"\\xb1,\\xd9\" \"{\\t[\u0131,\u0661\""
},
{
"tpl": "{{ kebabcase \"\\n\\ufffd\" }} {{ trim \"\\n\\ufffd\" }} {{ upper \"\\n\\ufffd\" }} {{ squote \"\\n\\ufffd\" }} {{ toJson \"\\n\\ufffd\" }} {{ b64enc \"\\n\\ufffd\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"\\n\\ufffd\" \"\\n\\ufffd\" \"\\n\\ufffd\" \"\\n\\ufffd\" }}",
"out": "-\ufffd \ufffd \n\ufffd '\n\ufffd' \"\\n\ufffd\" Cu+/vQ== \"\\n\ufffd\"|0aefbfbd|      \n\ufffd|\"\\n\ufffd\""
},
{
"tpl": "{{ wrap 1 \"\\n\\ufffd\" | quote }} {{ trunc 1 \"\\n\\ufffd\" | quote }} {{ abbrev 1 \"\\n\\ufffd\" | quote }} {{ substr 1 4 \"\\n\\ufffd\" | quote }} {{ trimAll \"[@\" \"\\n\\ufffd\" | quote }}",
"out": "\"\\n\ufffd\" \"\\n\" \"\\n\ufffd\" \"\ufffd\" \"\\n\ufffd\""
},
{
"tpl": "{{ b32enc \"(|%=/\" }} {{ untitle \"(|%=/\" }} {{ lower \"(|%=/\" }} {{ toJson \"(|%=/\" }} {{ title \"(|%=/\" }} {{ upper \"(|%=/\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"(|%=/\" \"(|%=/\" \"(|%=/\" \"(|%=/\" }}",
"out": "FB6CKPJP (|%=/ (|%=/ \"(|%=/\" (|%=/ (|%=/ \"(|%=/\"|287c253d2f|     (|%|\"(|%=/\""
},
{
"tpl": "{{ wrap 7 \"(|%=/\" | quote }} {{ trunc 7 \"(|%=/\" | quote }} {{ abbrev 7 \"(|%=/\" | quote }} {{ substr 7 10 \"(|%=/\" | quote }} {{ trimAll \"\\u200b%\" \"(|%=/\" | quote }}",
"out": "\"(|%=/\" \"(|%=/\" \"(|%=/\" ",
"err": "template: t:1:93: executing \"t\" at <substr 7 10 \"(|%=/\">: error calling substr: runtime error: slice bounds out of range [7:5]"
},
{
"tpl": "{{ toJson \"\" }} {{ squote \"\" }} {{ quote \"\" }} {{ nospace \"\" }} {{ title \"\" }} {{ toString \"\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"\" \"\" \"\" \"\" }}",
"out": "\"\" '' \"\"    \"\"||        |\"\"  "
},
{
"tpl": "{{ wrap 9 \"\" | quote }} {{ trunc 9 \"\" | quote }} {{ abbrev 9 \"\" | quote }} {{ substr 9 12 \"\" | quote }} {{ trimAll \"\u0661\u01f0\" \"\" | quote }}",
"out": "\"\" \"\" \"\" ",
"err": "template: t:1:78: executing \"t\" at <substr 9 12 \"\">: error calling substr: runtime error: slice bounds out of range [9:0]"
},
{
"tpl": "{{ title \"\u0130 ;9\\u2028*\\ufffdb\" }} {{ lower \"\u0130 ;9\\u2028*\\ufffdb\" }} {{ camelcase \"\u0130 ;9\\u2028*\\ufffdb\" }} {{ b32enc \"\u0130 ;9\\u2028*\\ufffdb\" }} {{ untitle \"\u0130 ;9\\u2028*\\ufffdb\" }} {{ nospace \"\u0130 ;9\\u2028*\\ufffdb\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"\u0130 ;9\\u2028*\\ufffdb\" \"\u0130 ;9\\u2028*\\ufffdb\" \"\u0130 ;9\\u2028*\\ufffdb\" \"\u0130 ;9\\u2028*\\ufffdb\" }}",
"out": "\u0130 ;9\u2028*\ufffdb i ;9\u2028*\ufffdb \u0130;9*\ufffdb YSYCAOZZ4KAKQKXPX66WE=== i ;9\u2028*\ufffdb \u00c4\u00b0;9\u00e2\u0080\u00a8*\u00ef\u00bf\u00bdb \"\u0130 ;9\\u2028*\ufffdb\"|c4b0203b39e280a82aefbfbd62|     \u0130 ;|\"\u0130 ;9\\u2028*\ufffdb\""
},
{
"tpl": "{{ wrap 4 \"\u0130 ;9\\u2028*\\ufffdb\" | quote }} {{ trunc 4 \"\u0130 ;9\\u2028*\\ufffdb\" | quote }} {{ abbrev 4 \"\u0130 ;9\\u2028*\\ufffdb\" | quote }} {{ substr 4 7 \"\u0130 ;9\\u2028*\\ufffdb\" | quote }} {{ trimAll \"}%\" \"\u0130 ;9\\u2028*\\ufffdb\" | quote }}",
"out": "\"\u0130\\n;9\\u2028*\ufffdb\" \"\u0130 ;\" \"\\xc4...\" \"9\\xe2\\x80\" \"\u0130 ;9\\u2028*\ufffdb\""
},
{
"tpl": "{{ b64enc \"<?:\ufb01\" }} {{ quote \"<?:\ufb01\" }} {{ lower \"<?:\ufb01\" }} {{ toJson \"<?:\ufb01\" }} {{ nospace \"<?:\ufb01\" }} {{ b32enc \"<?:\ufb01\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"<?:\ufb01\" \"<?:\ufb01\" \"<?:\ufb01\" \"<?:\ufb01\" }}",
"out": "PD8676yB \"<?:\ufb01\" <?:\ufb01 \"\\u003c?:\ufb01\" <?:\ufb01 HQ7TV35MQE====== \"<?:\ufb01\"|3c3f3aefac81|     <?:|\"<?:\ufb01\""
},
{
"tpl": "{{ wrap 0 \"<?:\ufb01\" | quote }} {{ trunc 0 \"<?:\ufb01\" | quote }} {{ abbrev 0 \"<?:\ufb01\" | quote }} {{ substr 0 3 \"<?:\ufb01\" | quote }} {{ trimAll \"?\\t\" \"<?:\ufb01\" | quote }}",
"out": "\"<?:\ufb01\" \"\" \"<?:\ufb01\" \"<?:\" \"<?:\ufb01\""
},
{
"tpl": "{{ lower \"\u24d09\u00c9+\\ufffd:'|;B=\u4e2d.\" }} {{ toString \"\u24d09\u00c9+\\ufffd:'|;B=\u4e2d.\" }} {{ squote \"\u24d09\u00c9+\\ufffd:'|;B=\u4e2d.\" }} {{ upper \"\u24d09\u00c9+\\ufffd:'|;B=\u4e2d.\" }} {{ kebabcase \"\u24d09\u00c9+\\ufffd:'|;B=\u4e2d.\" }} {{ b64enc \"\u24d09\u00c9+\\ufffd:'|;B=\u4e2d.\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"\u24d09\u00c9+\\ufffd:'|;B=\u4e2d.\" \"\u24d09\u00c9+\\ufffd:'|;B=\u4e2d.\" \"\u24d09\u00c9+\\ufffd:'|;B=\u4e2d.\" \"\u24d09\u00c9+\\ufffd:'|;B=\u4e2d.\" }}",
"out": "\u24d09\u00e9+\ufffd:'|;b=\u4e2d. \u24d09\u00c9+\ufffd:'|;B=\u4e2d. '\u24d09\u00c9+\ufffd:'|;B=\u4e2d.' \u24b69\u00c9+\ufffd:'|;B=\u4e2d. \u24d09-\u00e9-+\ufffd:'|;b-=\u4e2d. 4pOQOcOJK++/vTonfDtCPeS4rS4= \"\u24d09\u00c9+\ufffd:'|;B=\u4e2d.\"|e2939039c3892befbfbd3a277c3b423de4b8ad2e|     \u24d09\u00c9|\"\u24d09\u00c9+\ufffd:'|;B=\u4e2d.\""
},
{
"tpl": "{{ wrap 12 \"\u24d09\u00c9+\\ufffd:'|;B=\u4e2d.\" | quote }} {{ trunc 12 \"\u24d09\u00c9+\\ufffd:'|;B=\u4e2d.\" | quote }} {{ abbrev 12 \"\u24d09\u00c9+\\ufffd:'|;B=\u4e2d.\" | quote }} {{ substr 12 15 \"\u24d09\u00c9+\\ufffd:'|;B=\u4e2d.\" | quote }} {{ trimAll \"a+\" \"\u24d09\u00c9+\\ufffd:'|;B=\u4e2d.\" | quote }}",
"out": "\"\u24d09\u00c9+\ufffd:'|;B=\u4e2d.\" \"\u24d09\u00c9+\ufffd:'\" \"\u24d09\u00c9+\\xef\\xbf...\" \"|;B\" \"\u24d09\u00c9+\ufffd:'|;B=\u4e2d.\""
},
{
"tpl": "{{ kebabcase \"``]\u03c3\\n$\ufb01_\u00c9\u03c3!`\" }} {{ quote \"``]\u03c3\\n$\ufb01_\u00c9\u03c3!`\" }} {{ untitle \"``]\u03c3\\n$\ufb01_\u00c9\u03c3!`\" }} {{ swapcase \"``]\u03c3\\n$\ufb01_\u00c9\u03c3!`\" }} {{ b64enc \"``]\u03c3\\n$\ufb01_\u00c9\u03c3!`\" }} {{ squote \"``]\u03c3\\n$\ufb01_\u00c9\u03c3!`\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"``]\u03c3\\n$\ufb01_\u00c9\u03c3!`\" \"``]\u03c3\\n$\ufb01_\u00c9\u03c3!`\" \"``]\u03c3\\n$\ufb01_\u00c9\u03c3!`\" \"``]\u03c3\\n$\ufb01_\u00c9\u03c3!`\" }}",
"out": "``]\u03c3-$-\ufb01-\u00e9\u03c3!` \"``]\u03c3\\n$\ufb01_\u00c9\u03c3!`\" ``]\u03c3\n$\ufb01_\u00c9\u03c3!` ``]\u03a3\n$\ufb01_\u00e9\u03a3!` YGBdz4MKJO+sgV/Dic+DIWA= '``]\u03c3\n$\ufb01_\u00c9\u03c3!`' \"``]\u03c3\\n$\ufb01_\u00c9\u03c3!`\"|60605dcf830a24efac815fc389cf832160|     ``]|\"``]\u03c3\\n$\ufb01_\u00c9\u03c3!`\""
},
{
"tpl": "{{ wrap -3 \"``]\u03c3\\n$\ufb01_\u00c9\u03c3!`\" | quote }} {{ trunc -3 \"``]\u03c3\\n$\ufb01_\u00c9\u03c3!`\" | quote }} {{ abbrev -3 \"``]\u03c3\\n$\ufb01_\u00c9\u03c3!`\" | quote }} {{ substr 0 0 \"``]\u03c3\\n$\ufb01_\u00c9\u03c3!`\" | quote }} {{ trimAll \")!\" \"``]\u03c3\\n$\ufb01_\u00c9\u03c3!`\" | quote }}",
"out": "\"``]\u03c3\\n$\ufb01_\u00c9\u03c3!`\" \"\\x83!`\" \"``]\u03c3\\n$\ufb01_\u00c9\u03c3!`\" \"\" \"``]\u03c3\\n$\ufb01_\u00c9\u03c3!`\""
},
{
"tpl": "{{ title \"?&/<b+\\u2028?\\u2028\\t\" }} {{ toString \"?&/<b+\\u2028?\\u2028\\t\" }} {{ b32enc \"?&/<b+\\u2028?\\u2028\\t\" }} {{ kebabcase \"?&/<b+\\u2028?\\u2028\\t\" }} {{ trim \"?&/<b+\\u2028?\\u2028\\t\" }} {{ upper \"?&/<b+\\u2028?\\u2028\\t\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"?&/<b+\\u2028?\\u2028\\t\" \"?&/<b+\\u2028?\\u2028\\t\" \"?&/<b+\\u2028?\\u2028\\t\" \"?&/<b+\\u2028?\\u2028\\t\" }}",
"out": "?&/<B+\u2028?\u2028\t ?&/<b+\u2028?\u2028\t H4TC6PDCFPRIBKB74KAKQCI= ?&/<-b-+-?-- ?&/<b+\u2028? ?&/<B+\u2028?\u2028\t \"?&/<b+\\u2028?\\u2028\\t\"|3f262f3c622be280a83fe280a809|     ?&/|\"?&/<b+\\u2028?\\u2028\\t\""
},
{
"tpl": "{{ wrap 12 \"?&/<b+\\u2028?\\u2028\\t\" | quote }} {{ trunc 12 \"?&/<b+\\u2028?\\u2028\\t\" | quote }} {{ abbrev 12 \"?&/<b+\\u2028?\\u2028\\t\" | quote }} {{ substr 12 15 \"?&/<b+\\u2028?\\u2028\\t\" | quote }} {{ trimAll \"\u01c5\\u200b\" \"?&/<b+\\u2028?\\u2028\\t\" | quote }}",
"out": "\"?&/<b+\\u2028?\\u2028\\t\" \"?&/<b+\\u2028?\\xe2\\x80\" \"?&/<b+\\u2028...\" \"\\xa8\\t\" \"?&/<b+\\u2028?\\u2028\\t\""
},
{
"tpl": "{{ b32enc \"'~\u03c2\u0661$ \u00e9;+\\u00a0:\\n\ufb01\" }} {{ snakecase \"'~\u03c2\u0661$ \u00e9;+\\u00a0:\\n\ufb01\" }} {{ nospace \"'~\u03c2\u0661$ \u00e9;+\\u00a0:\\n\ufb01\" }} {{ quote \"'~\u03c2\u0661$ \u00e9;+\\u00a0:\\n\ufb01\" }} {{ toString \"'~\u03c2\u0661$ \u00e9;+\\u00a0:\\n\ufb01\" }} {{ trim \"'~\u03c2\u0661$ \u00e9;+\\u00a0:\\n\ufb01\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"'~\u03c2\u0661$ \u00e9;+\\u00a0:\\n\ufb01\" \"'~\u03c2\u0661$ \u00e9;+\\u00a0:\\n\ufb01\" \"'~\u03c2\u0661$ \u00e9;+\\u00a0:\\n\ufb01\" \"'~\u03c2\u0661$ \u00e9;+\\u00a0:\\n\ufb01\" }}",
"out": "E57M7AWZUESCBQ5JHMV4FIB2BLX2ZAI= '~_\u03c2\u0661_$_\u00e9;+_:_\ufb01 '~\u00cf\u0082\u00d9\u00a1$\u00c3\u00a9;+\u00c2:\u00ef\u00ac\u0081 \"'~\u03c2\u0661$ \u00e9;+\\u00a0:\\n\ufb01\" '~\u03c2\u0661$ \u00e9;+\u00a0:\n\ufb01 '~\u03c2\u0661$ \u00e9;+\u00a0:\n\ufb01 \"'~\u03c2\u0661$ \u00e9;+\\u00a0:\\n\ufb01\"|277ecf82d9a12420c3a93b2bc2a03a0aefac81|     '~\u03c2|\"'~\u03c2\u0661$ \u00e9;+\\u00a0:\\n\ufb01\""
},
{
"tpl": "{{ wrap 3 \"'~\u03c2\u0661$ \u00e9;+\\u00a0:\\n\ufb01\" | quote }} {{ trunc 3 \"'~\u03c2\u0661$ \u00e9;+\\u00a0:\\n\ufb01\" | quote }} {{ abbrev 3 \"'~\u03c2\u0661$ \u00e9;+\\u00a0:\\n\ufb01\" | quote }} {{ substr 3 6 \"'~\u03c2\u0661$ \u00e9;+\\u00a0:\\n\ufb01\" | quote }} {{ trimAll \"\\u00a0=\" \"'~\u03c2\u0661$ \u00e9;+\\u00a0:\\n\ufb01\" | quote }}",
"out": "\"'~\u03c2\u0661$\\n\u00e9;+\\u00a0:\\n\ufb01\" \"'~\\xcf\" \"'~\u03c2\u0661$ \u00e9;+\\u00a0:\\n\ufb01\" \"\\x82\u0661\" \"'~\u03c2\u0661$ \u00e9;+\\u00a0:\\n\ufb01\""
},
{
"tpl": "{{ nospace \"{^A-]z\" }} {{ title \"{^A-]z\" }} {{ initials \"{^A-]z\" }} {{ squote \"{^A-]z\" }} {{ quote \"{^A-]z\" }} {{ b64enc \"{^A-]z\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"{^A-]z\" \"{^A-]z\" \"{^A-]z\" \"{^A-]z\" }}",
"out": "{^A-]z {^A-]Z { '{^A-]z' \"{^A-]z\" e15BLV16 \"{^A-]z\"|7b5e412d5d7a|     {^A|\"{^A-]z\""
},
{
"tpl": "{{ wrap 7 \"{^A-]z\" | quote }} {{ trunc 7 \"{^A-]z\" | quote }} {{ abbrev 7 \"{^A-]z\" | quote }} {{ substr 7 10 \"{^A-]z\" | quote }} {{ trimAll \")\u03a3\" \"{^A-]z\" | quote }}",
"out": "\"{^A-]z\" \"{^A-]z\" \"{^A-]z\" ",
"err": "template: t:1:96: executing \"t\" at <substr 7 10 \"{^A-]z\">: error calling substr: runtime error: slice bounds out of range [7:6]"
},
{
"tpl": "{{ swapcase \";)\u216b\u00df\u4e2d-\u01f0\\u0301;?\\n\u0131\" }} {{ snakecase \";)\u216b\u00df\u4e2d-\u01f0\\u0301;?\\n\u0131\" }} {{ untitle \";)\u216b\u00df\u4e2d-\u01f0\\u0301;?\\n\u0131\" }} {{ initials \";)\u216b\u00df\u4e2d-\u01f0\\u0301;?\\n\u0131\" }} {{ kebabcase \";)\u216b\u00df\u4e2d-\u01f0\\u0301;?\\n\u0131\" }} {{ b32enc \";)\u216b\u00df\u4e2d-\u01f0\\u0301;?\\n\u0131\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \";)\u216b\u00df\u4e2d-\u01f0\\u0301;?\\n\u0131\" \";)\u216b\u00df\u4e2d-\u01f0\\u0301;?\\n\u0131\" \";)\u216b\u00df\u4e2d-\u01f0\\u0301;?\\n\u0131\" \";)\u216b\u00df\u4e2d-\u01f0\\u0301;?\\n\u0131\" }}",
"out": ";)\u216b\u00df\u4e2d-\u01f0\u0301;?\nI ;)\u216b\u00df_\u4e2d_\u01f0_\u0301;?_\u0131 ;)\u216b\u00df\u4e2d-\u01f0\u0301;?\n\u0131 ;\u00ab\u00c4 ;)\u216b\u00df-\u4e2d-\u01f0-\u0301;?-\u0131 HMU6FBNLYOP6JOFNFXD3BTEBHM7QVRFR \";)\u216b\u00df\u4e2d-\u01f0\u0301;?\\n\u0131\"|3b29e285abc39fe4b8ad2dc7b0cc813b3f0ac4b1|     ;)\u216b|\";)\u216b\u00df\u4e2d-\u01f0\u0301;?\\n\u0131\""
},
{
"tpl": "{{ wrap 12 \";)\u216b\u00df\u4e2d-\u01f0\\u0301;?\\n\u0131\" | quote }} {{ trunc 12 \";)\u216b\u00df\u4e2d-\u01f0\\u0301;?\\n\u0131\" | quote }} {{ abbrev 12 \";)\u216b\u00df\u4e2d-\u01f0\\u0301;?\\n\u0131\" | quote }} {{ substr 12 15 \";)\u216b\u00df\u4e2d-\u01f0\\u0301;?\\n\u0131\" | quote }} {{ trimAll \"\\ufffd!\" \";)\u216b\u00df\u4e2d-\u01f0\\u0301;?\\n\u0131\" | quote }}",
"out": "\";)\u216b\u00df\u4e2d-\u01f0\u0301;?\\n\u0131\" \";)\u216b\u00df\u4e2d-\\xc7\" \";)\u216b\u00df\\xe4\\xb8...\" \"\\xb0\u0301\" \";)\u216b\u00df\u4e2d-\u01f0\u0301;?\\n\u0131\""
},
{
"tpl": "{{ toJson \"a\u03c3z\\tZ\u00e9.\u00c9\u00c9\" }} {{ untitle \"a\u03c3z\\tZ\u00e9.\u00c9\u00c9\" }} {{ trim \"a\u03c3z\\tZ\u00e9.\u00c9\u00c9\" }} {{ upper \"a\u03c3z\\tZ\u00e9.\u00c9\u00c9\" }} {{ title \"a\u03c3z\\tZ\u00e9.\u00c9\u00c9\" }} {{ nospace \"a\u03c3z\\tZ\u00e9.\u00c9\u00c9\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"a\u03c3z\\tZ\u00e9.\u00c9\u00c9\" \"a\u03c3z\\tZ\u00e9.\u00c9\u00c9\" \"a\u03c3z\\tZ\u00e9.\u00c9\u00c9\" \"a\u03c3z\\tZ\u00e9.\u00c9\u00c9\" }}",
"out": "\"a\u03c3z\\tZ\u00e9.\u00c9\u00c9\" a\u03c3z\tz\u00e9.\u00c9\u00c9 a\u03c3z\tZ\u00e9.\u00c9\u00c9 A\u03a3Z\tZ\u00c9.\u00c9\u00c9 A\u03c3z\tZ\u00e9.\u00c9\u00c9 a\u00cf\u0083zZ\u00c3\u00a9.\u00c3\u0089\u00c3\u0089 \"a\u03c3z\\tZ\u00e9.\u00c9\u00c9\"|61cf837a095ac3a92ec389c389|     a\u03c3z|\"a\u03c3z\\tZ\u00e9.\u00c9\u00c9\""
},
{
"tpl": "{{ wrap 2 \"a\u03c3z\\tZ\u00e9.\u00c9\u00c9\" | quote }} {{ trunc 2 \"a\u03c3z\\tZ\u00e9.\u00c9\u00c9\" | quote }} {{ abbrev 2 \"a\u03c3z\\tZ\u00e9.\u00c9\u00c9\" | quote }} {{ substr 2 5 \"a\u03c3z\\tZ\u00e9.\u00c9\u00c9\" | quote }} {{ trimAll \"\u0131`\" \"a\u03c3z\\tZ\u00e9.\u00c9\u00c9\" | quote }}",
"out": "\"a\u03c3z\\tZ\u00e9.\u00c9\u00c9\" \"a\\xcf\" \"a\u03c3z\\tZ\u00e9.\u00c9\u00c9\" \"\\x83z\\t\" \"a\u03c3z\\tZ\u00e9.\u00c9\u00c9\""
},
{
"tpl": "{{ snakecase \"B$\u03a3`@\" }} {{ title \"B$\u03a3`@\" }} {{ untitle \"B$\u03a3`@\" }} {{ trim \"B$\u03a3`@\" }} {{ toString \"B$\u03a3`@\" }} {{ upper \"B$\u03a3`@\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"B$\u03a3`@\" \"B$\u03a3`@\" \"B$\u03a3`@\" \"B$\u03a3`@\" }}",
"out": "b_$_\u03c3_`@ B$\u03a3`@ b$\u03a3`@ B$\u03a3`@ B$\u03a3`@ B$\u03a3`@ \"B$\u03a3`@\"|4224cea36040|     B$\u03a3|\"B$\u03a3`@\""
},
{
"tpl": "{{ wrap 4 \"B$\u03a3`@\" | quote }} {{ trunc 4 \"B$\u03a3`@\" | quote }} {{ abbrev 4 \"B$\u03a3`@\" | quote }} {{ substr 4 7 \"B$\u03a3`@\" | quote }} {{ trimAll \"\\ufffd\u0131\" \"B$\u03a3`@\" | quote }}",
"out": "\"B$\u03a3`@\" \"B$\u03a3\" \"B...\" \"`@\" \"B$\u03a3`@\""
},
{
"tpl": "{{ toString \"@_z\\u00a0*^/=_\u216b/\\u200b\u03a3\" }} {{ toJson \"@_z\\u00a0*^/=_\u216b/\\u200b\u03a3\" }} {{ squote \"@_z\\u00a0*^/=_\u216b/\\u200b\u03a3\" }} {{ b32enc \"@_z\\u00a0*^/=_\u216b/\\u200b\u03a3\" }} {{ initials \"@_z\\u00a0*^/=_\u216b/\\u200b\u03a3\" }} {{ snakecase \"@_z\\u00a0*^/=_\u216b/\\u200b\u03a3\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"@_z\\u00a0*^/=_\u216b/\\u200b\u03a3\" \"@_z\\u00a0*^/=_\u216b/\\u200b\u03a3\" \"@_z\\u00a0*^/=_\u216b/\\u200b\u03a3\" \"@_z\\u00a0*^/=_\u216b/\\u200b\u03a3\" }}",
"out": "@_z\u00a0*^/=_\u216b/\u200b\u03a3 \"@_z\u00a0*^/=_\u216b/\u200b\u03a3\" '@_z\u00a0*^/=_\u216b/\u200b\u03a3' IBPXVQVAFJPC6PK74KC2WL7CQCF45IY= @*\u00ab @_z_*^/=_\u216b/\u200b_\u03c3 \"@_z\\u00a0*^/=_\u216b/\\u200b\u03a3\"|405f7ac2a02a5e2f3d5fe285ab2fe2808bcea3|     @_z|\"@_z\\u00a0*^/=_\u216b/\\u200b\u03a3\""
},
{
"tpl": "{{ wrap 7 \"@_z\\u00a0*^/=_\u216b/\\u200b\u03a3\" | quote }} {{ trunc 7 \"@_z\\u00a0*^/=_\u216b/\\u200b\u03a3\" | quote }} {{ abbrev 7 \"@_z\\u00a0*^/=_\u216b/\\u200b\u03a3\" | quote }} {{ substr 7 10 \"@_z\\u00a0*^/=_\u216b/\\u200b\u03a3\" | quote }} {{ trimAll \"\u01f0\u03a3\" \"@_z\\u00a0*^/=_\u216b/\\u200b\u03a3\" | quote }}",
"out": "\"@_z\\u00a0*^/=_\u216b/\\u200b\u03a3\" \"@_z\\u00a0*^\" \"@_z\\xc2...\" \"/=_\" \"@_z\\u00a0*^/=_\u216b/\\u200b\""
},
{
"tpl": "{{ lower \"b[9\\u200b\u00c9<\u4e2da:\u00df\u0130*\" }} {{ swapcase \"b[9\\u200b\u00c9<\u4e2da:\u00df\u0130*\" }} {{ toJson \"b[9\\u200b\u00c9<\u4e2da:\u00df\u0130*\" }} {{ title \"b[9\\u200b\u00c9<\u4e2da:\u00df\u0130*\" }} {{ toString \"b[9\\u200b\u00c9<\u4e2da:\u00df\u0130*\" }} {{ trim \"b[9\\u200b\u00c9<\u4e2da:\u00df\u0130*\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"b[9\\u200b\u00c9<\u4e2da:\u00df\u0130*\" \"b[9\\u200b\u00c9<\u4e2da:\u00df\u0130*\" \"b[9\\u200b\u00c9<\u4e2da:\u00df\u0130*\" \"b[9\\u200b\u00c9<\u4e2da:\u00df\u0130*\" }}",
"out": "b[9\u200b\u00e9<\u4e2da:\u00dfi* B[9\u200b\u00e9<\u4e2dA:\u00dfi* \"b[9\u200b\u00c9\\u003c\u4e2da:\u00df\u0130*\" B[9\u200b\u00c9<\u4e2da:\u00df\u0130* b[9\u200b\u00c9<\u4e2da:\u00df\u0130* b[9\u200b\u00c9<\u4e2da:\u00df\u0130* \"b[9\\u200b\u00c9<\u4e2da:\u00df\u0130*\"|625b39e2808bc3893ce4b8ad613ac39fc4b02a|     b[9|\"b[9\\u200b\u00c9<\u4e2da:\u00df\u0130*\""
},
{
"tpl": "{{ wrap 2 \"b[9\\u200b\u00c9<\u4e2da:\u00df\u0130*\" | quote }} {{ trunc 2 \"b[9\\u200b\u00c9<\u4e2da:\u00df\u0130*\" | quote }} {{ abbrev 2 \"b[9\\u200b\u00c9<\u4e2da:\u00df\u0130*\" | quote }} {{ substr 2 5 \"b[9\\u200b\u00c9<\u4e2da:\u00df\u0130*\" | quote }} {{ trimAll \"\u0661=\" \"b[9\\u200b\u00c9<\u4e2da:\u00df\u0130*\" | quote }}",
"out": "\"b[9\\u200b\u00c9<\u4e2da:\u00df\u0130*\" \"b[\" \"b[9\\u200b\u00c9<\u4e2da:\u00df\u0130*\" \"9\\xe2\\x80\" \"b[9\\u200b\u00c9<\u4e2da:\u00df\u0130*\""
},
{
"tpl": "{{ untitle \"\u216b$\\n?\" }} {{ initials \"\u216b$\\n?\" }} {{ swapcase \"\u216b$\\n?\" }} {{ toJson \"\u216b$\\n?\" }} {{ snakecase \"\u216b$\\n?\" }} {{ squote \"\u216b$\\n?\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"\u216b$\\n?\" \"\u216b$\\n?\" \"\u216b$\\n?\" \"\u216b$\\n?\" }}",
"out": "\u217b$\n? \u00e2\u00ab? \u216b$\n? \"\u216b$\\n?\" \u216b_$_? '\u216b$\n?' \"\u216b$\\n?\"|e285ab240a3f|     \u216b$\n|\"\u216b$\\n?\""
},
{
"tpl": "{{ wrap 11 \"\u216b$\\n?\" | quote }} {{ trunc 11 \"\u216b$\\n?\" | quote }} {{ abbrev 11 \"\u216b$\\n?\" | quote }} {{ substr 11 14 \"\u216b$\\n?\" | quote }} {{ trimAll \"0\u0130\" \"\u216b$\\n?\" | quote }}",
"out": "\"\u216b$\\n?\" \"\u216b$\\n?\" \"\u216b$\\n?\" ",
"err": "template: t:1:102: executing \"t\" at <substr 11 14 \"\u216b$\\n?\">: error calling substr: runtime error: slice bounds out of range [11:6]"
},
{
"tpl": "{{ toString \"\u0130/}\ud83d\ude000A\u01f0\\n\u01f0\u6587#\" }} {{ quote \"\u0130/}\ud83d\ude000A\u01f0\\n\u01f0\u6587#\" }} {{ upper \"\u0130/}\ud83d\ude000A\u01f0\\n\u01f0\u6587#\" }} {{ swapcase \"\u0130/}\ud83d\ude000A\u01f0\\n\u01f0\u6587#\" }} {{ camelcase \"\u0130/}\ud83d\ude000A\u01f0\\n\u01f0\u6587#\" }} {{ initials \"\u0130/}\ud83d\ude000A\u01f0\\n\u01f0\u6587#\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"\u0130/}\ud83d\ude000A\u01f0\\n\u01f0\u6587#\" \"\u0130/}\ud83d\ude000A\u01f0\\n\u01f0\u6587#\" \"\u0130/}\ud83d\ude000A\u01f0\\n\u01f0\u6587#\" \"\u0130/}\ud83d\ude000A\u01f0\\n\u01f0\u6587#\" }}",
"out": "\u0130/}\ud83d\ude000A\u01f0\n\u01f0\u6587# \"\u0130/}\ud83d\ude000A\u01f0\\n\u01f0\u6587#\" \u0130/}\ud83d\ude000A\u01f0\n\u01f0\u6587# i/}\ud83d\ude000a\u01f0\n\u01f0\u6587# \u0130/}\ud83d\ude000A\u01f0\u01f0\u6587# \u00c4\u00c7 \"\u0130/}\ud83d\ude000A\u01f0\\n\u01f0\u6587#\"|c4b02f7df09f98803041c7b00ac7b0e6968723|     \u0130/}|\"\u0130/}\ud83d\ude000A\u01f0\\n\u01f0\u6587#\""
},
{
"tpl": "{{ wrap -2 \"\u0130/}\ud83d\ude000A\u01f0\\n\u01f0\u6587#\" | quote }} {{ trunc -2 \"\u0130/}\ud83d\ude000A\u01f0\\n\u01f0\u6587#\" | quote }} {{ abbrev -2 \"\u0130/}\ud83d\ude000A\u01f0\\n\u01f0\u6587#\" | quote }} {{ substr 0 1 \"\u0130/}\ud83d\ude000A\u01f0\\n\u01f0\u6587#\" | quote }} {{ trimAll \"\\n_\" \"\u0130/}\ud83d\ude000A\u01f0\\n\u01f0\u6587#\" | quote }}",
"out": "\"\u0130/}\ud83d\ude000A\u01f0\\n\u01f0\u6587#\" \"\\x87#\" \"\u0130/}\ud83d\ude000A\u01f0\\n\u01f0\u6587#\" \"\\xc4\" \"\u0130/}\ud83d\ude000A\u01f0\\n\u01f0\u6587#\""
},
{
"tpl": "{{ lower \":<\u03c3\u216b A>\ud83d\ude00\u00e9\u03a3_/\" }} {{ title \":<\u03c3\u216b A>\ud83d\ude00\u00e9\u03a3_/\" }} {{ nospace \":<\u03c3\u216b A>\ud83d\ude00\u00e9\u03a3_/\" }} {{ untitle \":<\u03c3\u216b A>\ud83d\ude00\u00e9\u03a3_/\" }} {{ swapcase \":<\u03c3\u216b A>\ud83d\ude00\u00e9\u03a3_/\" }} {{ toJson \":<\u03c3\u216b A>\ud83d\ude00\u00e9\u03a3_/\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \":<\u03c3\u216b A>\ud83d\ude00\u00e9\u03a3_/\" \":<\u03c3\u216b A>\ud83d\ude00\u00e9\u03a3_/\" \":<\u03c3\u216b A>\ud83d\ude00\u00e9\u03a3_/\" \":<\u03c3\u216b A>\ud83d\ude00\u00e9\u03a3_/\" }}",
"out": ":<\u03c3\u217b a>\ud83d\ude00\u00e9\u03c3_/ :<\u03a3\u216b A>\ud83d\ude00\u00e9\u03a3_/ :<\u00cf\u0083\u00e2\u00abA>\u00f0\u009f\u0098\u0080\u00c3\u00a9\u00ce\u00a3_/ :<\u03c3\u216b a>\ud83d\ude00\u00e9\u03a3_/ :<\u03a3\u216b a>\ud83d\ude00\u00c9\u03c3_/ \":\\u003c\u03c3\u216b A\\u003e\ud83d\ude00\u00e9\u03a3_/\" \":<\u03c3\u216b A>\ud83d\ude00\u00e9\u03a3_/\"|3a3ccf83e285ab20413ef09f9880c3a9cea35f2f|     :<\u03c3|\":<\u03c3\u216b A>\ud83d\ude00\u00e9\u03a3_/\""
},
{
"tpl": "{{ wrap -1 \":<\u03c3\u216b A>\ud83d\ude00\u00e9\u03a3_/\" | quote }} {{ trunc -1 \":<\u03c3\u216b A>\ud83d\ude00\u00e9\u03a3_/\" | quote }} {{ abbrev -1 \":<\u03c3\u216b A>\ud83d\ude00\u00e9\u03a3_/\" | quote }} {{ substr 0 2 \":<\u03c3\u216b A>\ud83d\ude00\u00e9\u03a3_/\" | quote }} {{ trimAll \"\ud83d\ude00\u03a3\" \":<\u03c3\u216b A>\ud83d\ude00\u00e9\u03a3_/\" | quote }}",
"out": "\":<\u03c3\u216b\\nA>\ud83d\ude00\u00e9\u03a3_/\" \"/\" \":<\u03c3\u216b A>\ud83d\ude00\u00e9\u03a3_/\" \":<\" \":<\u03c3\u216b A>\ud83d\ude00\u00e9\u03a3_/\""
},
{
"tpl": "{{ swapcase \"\u00e9@Bb/\\u200b}\u01c5\" }} {{ nospace \"\u00e9@Bb/\\u200b}\u01c5\" }} {{ snakecase \"\u00e9@Bb/\\u200b}\u01c5\" }} {{ toJson \"\u00e9@Bb/\\u200b}\u01c5\" }} {{ camelcase \"\u00e9@Bb/\\u200b}\u01c5\" }} {{ title \"\u00e9@Bb/\\u200b}\u01c5\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"\u00e9@Bb/\\u200b}\u01c5\" \"\u00e9@Bb/\\u200b}\u01c5\" \"\u00e9@Bb/\\u200b}\u01c5\" \"\u00e9@Bb/\\u200b}\u01c5\" }}",
"out": "\u00c9@bB/\u200b}\u01c6 \u00c3\u00a9@Bb/\u00e2\u0080\u008b}\u00c7 \u00e9@bb/\u200b}\u01c5 \"\u00e9@Bb/\u200b}\u01c5\" \u00c9@Bb/\u200b}\u01c5 \u00c9@Bb/\u200b}\u01c5 \"\u00e9@Bb/\\u200b}\u01c5\"|c3a94042622fe2808b7dc785|     \u00e9@B|\"\u00e9@Bb/\\u200b}\u01c5\""
},
{
"tpl": "{{ wrap 2 \"\u00e9@Bb/\\u200b}\u01c5\" | quote }} {{ trunc 2 \"\u00e9@Bb/\\u200b}\u01c5\" | quote }} {{ abbrev 2 \"\u00e9@Bb/\\u200b}\u01c5\" | quote }} {{ substr 2 5 \"\u00e9@Bb/\\u200b}\u01c5\" | quote }} {{ trimAll \"\u24d0:\" \"\u00e9@Bb/\\u200b}\u01c5\" | quote }}",
"out": "\"\u00e9@Bb/\\u200b}\u01c5\" \"\u00e9\" \"\u00e9@Bb/\\u200b}\u01c5\" \"@Bb\" \"\u00e9@Bb/\\u200b}\u01c5\""
},
{
"tpl": "{{ swapcase \"])}/`\u00df0A}\u01c5&\u6587=*\" }} {{ kebabcase \"])}/`\u00df0A}\u01c5&\u6587=*\" }} {{ title \"])}/`\u00df0A}\u01c5&\u6587=*\" }} {{ toJson \"])}/`\u00df0A}\u01c5&\u6587=*\" }} {{ squote \"])}/`\u00df0A}\u01c5&\u6587=*\" }} {{ initials \"])}/`\u00df0A}\u01c5&\u6587=*\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"])}/`\u00df0A}\u01c5&\u6587=*\" \"])}/`\u00df0A}\u01c5&\u6587=*\" \"])}/`\u00df0A}\u01c5&\u6587=*\" \"])}/`\u00df0A}\u01c5&\u6587=*\" }}",
"out": "])}/`\u00df0a}\u01c6&\u6587=* ])}/`-\u00df0-a}\u01c5&\u6587=* ])}/`\u00df0A}\u01c5&\u6587=* \"])}/`\u00df0A}\u01c5\\u0026\u6587=*\" '])}/`\u00df0A}\u01c5&\u6587=*' ]& \"])}/`\u00df0A}\u01c5&\u6587=*\"|5d297d2f60c39f30417dc78526e696873d2a|     ])}|\"])}/`\u00df0A}\u01c5&\u6587=*\""
},
{
"tpl": "{{ wrap -3 \"])}/`\u00df0A}\u01c5&\u6587=*\" | quote }} {{ trunc -3 \"])}/`\u00df0A}\u01c5&\u6587=*\" | quote }} {{ abbrev -3 \"])}/`\u00df0A}\u01c5&\u6587=*\" | quote }} {{ substr 0 0 \"])}/`\u00df0A}\u01c5&\u6587=*\" | quote }} {{ trimAll \"\ufb01)\" \"])}/`\u00df0A}\u01c5&\u6587=*\" | quote }}",
"out": "\"])}/`\u00df0A}\u01c5&\u6587=*\" \"\\x87=*\" \"])}/`\u00df0A}\u01c5&\u6587=*\" \"\" \"])}/`\u00df0A}\u01c5&\u6587=*\""
},
{
"tpl": "{{ nospace \".\ud83d\ude00:;=-9>-\u0661\u0131)\" }} {{ squote \".\ud83d\ude00:;=-9>-\u0661\u0131)\" }} {{ kebabcase \".\ud83d\ude00:;=-9>-\u0661\u0131)\" }} {{ b64enc \".\ud83d\ude00:;=-9>-\u0661\u0131)\" }} {{ toString \".\ud83d\ude00:;=-9>-\u0661\u0131)\" }} {{ untitle \".\ud83d\ude00:;=-9>-\u0661\u0131)\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \".\ud83d\ude00:;=-9>-\u0661\u0131)\" \".\ud83d\ude00:;=-9>-\u0661\u0131)\" \".\ud83d\ude00:;=-9>-\u0661\u0131)\" \".\ud83d\ude00:;=-9>-\u0661\u0131)\" }}",
"out": ".\ud83d\ude00:;=-9>-\u0661\u0131) '.\ud83d\ude00:;=-9>-\u0661\u0131)' .\ud83d\ude00:;=-9->-\u0661\u0131) LvCfmIA6Oz0tOT4t2aHEsSk= .\ud83d\ude00:;=-9>-\u0661\u0131) .\ud83d\ude00:;=-9>-\u0661\u0131) \".\ud83d\ude00:;=-9>-\u0661\u0131)\"|2ef09f98803a3b3d2d393e2dd9a1c4b129|     .\ud83d\ude00:|\".\ud83d\ude00:;=-9>-\u0661\u0131)\""
},
{
"tpl": "{{ wrap 11 \".\ud83d\ude00:;=-9>-\u0661\u0131)\" | quote }} {{ trunc 11 \".\ud83d\ude00:;=-9>-\u0661\u0131)\" | quote }} {{ abbrev 11 \".\ud83d\ude00:;=-9>-\u0661\u0131)\" | quote }} {{ substr 11 14 \".\ud83d\ude00:;=-9>-\u0661\u0131)\" | quote }} {{ trimAll \"0/\" \".\ud83d\ude00:;=-9>-\u0661\u0131)\" | quote }}",
"out": "\".\ud83d\ude00:;=-9>-\u0661\u0131)\" \".\ud83d\ude00:;=-9>\" \".\ud83d\ude00:;=...\" \"-\u0661\" \".\ud83d\ude00:;=-9>-\u0661\u0131)\""
},
{
"tpl": "{{ nospace \"@$\u0661\u216b _=\u01f09\u0661+\u00c9\\u00a0\u6587\" }} {{ b64enc \"@$\u0661\u216b _=\u01f09\u0661+\u00c9\\u00a0\u6587\" }} {{ squote \"@$\u0661\u216b _=\u01f09\u0661+\u00c9\\u00a0\u6587\" }} {{ swapcase \"@$\u0661\u216b _=\u01f09\u0661+\u00c9\\u00a0\u6587\" }} {{ upper \"@$\u0661\u216b _=\u01f09\u0661+\u00c9\\u00a0\u6587\" }} {{ initials \"@$\u0661\u216b _=\u01f09\u0661+\u00c9\\u00a0\u6587\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"@$\u0661\u216b _=\u01f09\u0661+\u00c9\\u00a0\u6587\" \"@$\u0661\u216b _=\u01f09\u0661+\u00c9\\u00a0\u6587\" \"@$\u0661\u216b _=\u01f09\u0661+\u00c9\\u00a0\u6587\" \"@$\u0661\u216b _=\u01f09\u0661+\u00c9\\u00a0\u6587\" }}",
"out": "@$\u00d9\u00a1\u00e2\u00ab_=\u00c7\u00b09\u00d9\u00a1+\u00c3\u0089\u00c2\u00e6\u0096\u0087 QCTZoeKFqyBfPcewOdmhK8OJwqDmloc= '@$\u0661\u216b _=\u01f09\u0661+\u00c9\u00a0\u6587' @$\u0661\u216b _=\u01f09\u0661+\u00e9\u00a0\u6587 @$\u0661\u216b _=\u01f09\u0661+\u00c9\u00a0\u6587 @\u00ab_\u00e6 \"@$\u0661\u216b _=\u01f09\u0661+\u00c9\\u00a0\u6587\"|4024d9a1e285ab205f3dc7b039d9a12bc389c2a0e69687|     @$\u0661|\"@$\u0661\u216b _=\u01f09\u0661+\u00c9\\u00a0\u6587\""
},
{
"tpl": "{{ wrap -3 \"@$\u0661\u216b _=\u01f09\u0661+\u00c9\\u00a0\u6587\" | quote }} {{ trunc -3 \"@$\u0661\u216b _=\u01f09\u0661+\u00c9\\u00a0\u6587\" | quote }} {{ abbrev -3 \"@$\u0661\u216b _=\u01f09\u0661+\u00c9\\u00a0\u6587\" | quote }} {{ substr 0 0 \"@$\u0661\u216b _=\u01f09\u0661+\u00c9\\u00a0\u6587\" | quote }} {{ trimAll \"Z]\" \"@$\u0661\u216b _=\u01f09\u0661+\u00c9\\u00a0\u6587\" | quote }}",
"out": "\"@$\u0661\u216b\\n_=\u01f09\u0661+\u00c9\\u00a0\u6587\" \"\u6587\" \"@$\u0661\u216b _=\u01f09\u0661+\u00c9\\u00a0\u6587\" \"\" \"@$\u0661\u216b _=\u01f09\u0661+\u00c9\\u00a0\u6587\""
},
{
"tpl": "{{ toJson \"\u03c3-\" }} {{ b32enc \"\u03c3-\" }} {{ toString \"\u03c3-\" }} {{ trim \"\u03c3-\" }} {{ kebabcase \"\u03c3-\" }} {{ lower \"\u03c3-\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"\u03c3-\" \"\u03c3-\" \"\u03c3-\" \"\u03c3-\" }}",
"out": "\"\u03c3-\" Z6BS2=== \u03c3- \u03c3- \u03c3- \u03c3- \"\u03c3-\"|cf832d|      \u03c3-|\"\u03c3-\""
},
{
"tpl": "{{ wrap -3 \"\u03c3-\" | quote }} {{ trunc -3 \"\u03c3-\" | quote }} {{ abbrev -3 \"\u03c3-\" | quote }} {{ substr 0 0 \"\u03c3-\" | quote }} {{ trimAll \"]B\" \"\u03c3-\" | quote }}",
"out": "\"\u03c3-\" \"\u03c3-\" \"\u03c3-\" \"\" \"\u03c3-\""
},
{
"tpl": "{{ kebabcase \"9\\u200b(\" }} {{ initials \"9\\u200b(\" }} {{ toString \"9\\u200b(\" }} {{ swapcase \"9\\u200b(\" }} {{ b32enc \"9\\u200b(\" }} {{ camelcase \"9\\u200b(\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"9\\u200b(\" \"9\\u200b(\" \"9\\u200b(\" \"9\\u200b(\" }}",
"out": "9-\u200b( 9 9\u200b( 9\u200b( HHRIBCZI 9\u200b( \"9\\u200b(\"|39e2808b28|     9\u200b(|\"9\\u200b(\""
},
{
"tpl": "{{ wrap 1 \"9\\u200b(\" | quote }} {{ trunc 1 \"9\\u200b(\" | quote }} {{ abbrev 1 \"9\\u200b(\" | quote }} {{ substr 1 4 \"9\\u200b(\" | quote }} {{ trimAll \"\u03a3=\" \"9\\u200b(\" | quote }}",
"out": "\"9\\u200b(\" \"9\" \"9\\u200b(\" \"\\u200b\" \"9\\u200b(\""
},
{
"tpl": "{{ quote \"}_+\u03a3'\\t\u00e9)/_:\" }} {{ lower \"}_+\u03a3'\\t\u00e9)/_:\" }} {{ upper \"}_+\u03a3'\\t\u00e9)/_:\" }} {{ initials \"}_+\u03a3'\\t\u00e9)/_:\" }} {{ toJson \"}_+\u03a3'\\t\u00e9)/_:\" }} {{ title \"}_+\u03a3'\\t\u00e9)/_:\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"}_+\u03a3'\\t\u00e9)/_:\" \"}_+\u03a3'\\t\u00e9)/_:\" \"}_+\u03a3'\\t\u00e9)/_:\" \"}_+\u03a3'\\t\u00e9)/_:\" }}",
"out": "\"}_+\u03a3'\\t\u00e9)/_:\" }_+\u03c3'\t\u00e9)/_: }_+\u03a3'\t\u00c9)/_: }\u00c3 \"}_+\u03a3'\\t\u00e9)/_:\" }_+\u03a3'\t\u00c9)/_: \"}_+\u03a3'\\t\u00e9)/_:\"|7d5f2bcea32709c3a9292f5f3a|     }_+|\"}_+\u03a3'\\t\u00e9)/_:\""
},
{
"tpl": "{{ wrap 1 \"}_+\u03a3'\\t\u00e9)/_:\" | quote }} {{ trunc 1 \"}_+\u03a3'\\t\u00e9)/_:\" | quote }} {{ abbrev 1 \"}_+\u03a3'\\t\u00e9)/_:\" | quote }} {{ substr 1 4 \"}_+\u03a3'\\t\u00e9)/_:\" | quote }} {{ trimAll \"A.\" \"}_+\u03a3'\\t\u00e9)/_:\" | quote }}",
"out": "\"}_+\u03a3'\\t\u00e9)/_:\" \"}\" \"}_+\u03a3'\\t\u00e9)/_:\" \"_+\\xce\" \"}_+\u03a3'\\t\u00e9)/_:\""
},
{
"tpl": "{{ upper \"/\" }} {{ title \"/\" }} {{ kebabcase \"/\" }} {{ b64enc \"/\" }} {{ snakecase \"/\" }} {{ lower \"/\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"/\" \"/\" \"/\" \"/\" }}",
"out": "/ / / Lw== / / \"/\"|2f|       /|\"/\" "
},
{
"tpl": "{{ wrap 2 \"/\" | quote }} {{ trunc 2 \"/\" | quote }} {{ abbrev 2 \"/\" | quote }} {{ substr 2 5 \"/\" | quote }} {{ trimAll \">0\" \"/\" | quote }}",
"out": "\"/\" \"/\" \"/\" ",
"err": "template: t:1:81: executing \"t\" at <substr 2 5 \"/\">: error calling substr: runtime error: slice bounds out of range [2:1]"
},
{
"tpl": "{{ trim \"/\\t<,\u0661`\" }} {{ kebabcase \"/\\t<,\u0661`\" }} {{ snakecase \"/\\t<,\u0661`\" }} {{ b64enc \"/\\t<,\u0661`\" }} {{ b32enc \"/\\t<,\u0661`\" }} {{ untitle \"/\\t<,\u0661`\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"/\\t<,\u0661`\" \"/\\t<,\u0661`\" \"/\\t<,\u0661`\" \"/\\t<,\u0661`\" }}",
"out": "/\t<,\u0661` /-<,\u0661-` /_<,\u0661_` Lwk8LNmhYA== F4ETYLGZUFQA==== /\t<,\u0661` \"/\\t<,\u0661`\"|2f093c2cd9a160|     /\t<|\"/\\t<,\u0661`\""
},
{
"tpl": "{{ wrap 8 \"/\\t<,\u0661`\" | quote }} {{ trunc 8 \"/\\t<,\u0661`\" | quote }} {{ abbrev 8 \"/\\t<,\u0661`\" | quote }} {{ substr 8 11 \"/\\t<,\u0661`\" | quote }} {{ trimAll \"\\u2028\u03c3\" \"/\\t<,\u0661`\" | quote }}",
"out": "\"/\\t<,\u0661`\" \"/\\t<,\u0661`\" \"/\\t<,\u0661`\" ",
"err": "template: t:1:102: executing \"t\" at <substr 8 11 \"/\\t<,\u0661`\">: error calling substr: runtime error: slice bounds out of range [8:7]"
},
{
"tpl": "{{ toJson \"_ \u03c2\u0661\u03c2\\u00a0.\" }} {{ kebabcase \"_ \u03c2\u0661\u03c2\\u00a0.\" }} {{ initials \"_ \u03c2\u0661\u03c2\\u00a0.\" }} {{ untitle \"_ \u03c2\u0661\u03c2\\u00a0.\" }} {{ swapcase \"_ \u03c2\u0661\u03c2\\u00a0.\" }} {{ b64enc \"_ \u03c2\u0661\u03c2\\u00a0.\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"_ \u03c2\u0661\u03c2\\u00a0.\" \"_ \u03c2\u0661\u03c2\\u00a0.\" \"_ \u03c2\u0661\u03c2\\u00a0.\" \"_ \u03c2\u0661\u03c2\\u00a0.\" }}",
"out": "\"_ \u03c2\u0661\u03c2\u00a0.\" --\u03c2-\u0661\u03c2-. _\u00cf. _ \u03c2\u0661\u03c2\u00a0. _ \u03a3\u0661\u03a3\u00a0. XyDPgtmhz4LCoC4= \"_ \u03c2\u0661\u03c2\\u00a0.\"|5f20cf82d9a1cf82c2a02e|     _ \u03c2|\"_ \u03c2\u0661\u03c2\\u00a0.\""
},
{
"tpl": "{{ wrap 1 \"_ \u03c2\u0661\u03c2\\u00a0.\" | quote }} {{ trunc 1 \"_ \u03c2\u0661\u03c2\\u00a0.\" | quote }} {{ abbrev 1 \"_ \u03c2\u0661\u03c2\\u00a0.\" | quote }} {{ substr 1 4 \"_ \u03c2\u0661\u03c2\\u00a0.\" | quote }} {{ trimAll \"\u01f0]\" \"_ \u03c2\u0661\u03c2\\u00a0.\" | quote }}",
"out": "\"_\\n\u03c2\u0661\u03c2\\u00a0.\" \"_\" \"_ \u03c2\u0661\u03c2\\u00a0.\" \" \u03c2\" \"_ \u03c2\u0661\u03c2\\u00a0.\""
},
{
"tpl": "{{ squote \"\u0130\u0131\u01f0^\u4e2d\u4e2d\" }} {{ snakecase \"\u0130\u0131\u01f0^\u4e2d\u4e2d\" }} {{ kebabcase \"\u0130\u0131\u01f0^\u4e2d\u4e2d\" }} {{ initials \"\u0130\u0131\u01f0^\u4e2d\u4e2d\" }} {{ trim \"\u0130\u0131\u01f0^\u4e2d\u4e2d\" }} {{ toJson \"\u0130\u0131\u01f0^\u4e2d\u4e2d\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"\u0130\u0131\u01f0^\u4e2d\u4e2d\" \"\u0130\u0131\u01f0^\u4e2d\u4e2d\" \"\u0130\u0131\u01f0^\u4e2d\u4e2d\" \"\u0130\u0131\u01f0^\u4e2d\u4e2d\" }}",
"out": "'\u0130\u0131\u01f0^\u4e2d\u4e2d' i\u0131\u01f0_^\u4e2d\u4e2d i\u0131\u01f0-^\u4e2d\u4e2d \u00c4 \u0130\u0131\u01f0^\u4e2d\u4e2d \"\u0130\u0131\u01f0^\u4e2d\u4e2d\" \"\u0130\u0131\u01f0^\u4e2d\u4e2d\"|c4b0c4b1c7b05ee4b8ade4b8ad|     \u0130\u0131\u01f0|\"\u0130\u0131\u01f0^\u4e2d\u4e2d\""
},
{
"tpl": "{{ wrap 4 \"\u0130\u0131\u01f0^\u4e2d\u4e2d\" | quote }} {{ trunc 4 \"\u0130\u0131\u01f0^\u4e2d\u4e2d\" | quote }} {{ abbrev 4 \"\u0130\u0131\u01f0^\u4e2d\u4e2d\" | quote }} {{ substr 4 7 \"\u0130\u0131\u01f0^\u4e2d\u4e2d\" | quote }} {{ trimAll \"*#\" \"\u0130\u0131\u01f0^\u4e2d\u4e2d\" | quote }}",
"out": "\"\u0130\u0131\u01f0^\u4e2d\u4e2d\" \"\u0130\u0131\" \"\\xc4...\" \"\u01f0^\" \"\u0130\u0131\u01f0^\u4e2d\u4e2d\""
},
{
"tpl": "{{ nospace \"#-(%\\ufffd\\u00a0\u0131B\\u0301\u01c5/#\" }} {{ toString \"#-(%\\ufffd\\u00a0\u0131B\\u0301\u01c5/#\" }} {{ untitle \"#-(%\\ufffd\\u00a0\u0131B\\u0301\u01c5/#\" }} {{ toJson \"#-(%\\ufffd\\u00a0\u0131B\\u0301\u01c5/#\" }} {{ quote \"#-(%\\ufffd\\u00a0\u0131B\\u0301\u01c5/#\" }} {{ initials \"#-(%\\ufffd\\u00a0\u0131B\\u0301\u01c5/#\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"#-(%\\ufffd\\u00a0\u0131B\\u0301\u01c5/#\" \"#-(%\\ufffd\\u00a0\u0131B\\u0301\u01c5/#\" \"#-(%\\ufffd\\u00a0\u0131B\\u0301\u01c5/#\" \"#-(%\\ufffd\\u00a0\u0131B\\u0301\u01c5/#\" }}",
"out": "#-(%\u00ef\u00bf\u00bd\u00c2\u00c4\u00b1B\u00cc\u0081\u00c7/# #-(%\ufffd\u00a0\u0131B\u0301\u01c5/# #-(%\ufffd\u00a0\u0131B\u0301\u01c5/# \"#-(%\ufffd\u00a0\u0131B\u0301\u01c5/#\" \"#-(%\ufffd\\u00a0\u0131B\u0301\u01c5/#\" #\u00c4/ \"#-(%\ufffd\\u00a0\u0131B\u0301\u01c5/#\"|232d2825efbfbdc2a0c4b142cc81c7852f23|     #-(|\"#-(%\ufffd\\u00a0\u0131B\u0301\u01c5/#\""
},
{
"tpl": "{{ wrap 12 \"#-(%\\ufffd\\u00a0\u0131B\\u0301\u01c5/#\" | quote }} {{ trunc 12 \"#-(%\\ufffd\\u00a0\u0131B\\u0301\u01c5/#\" | quote }} {{ abbrev 12 \"#-(%\\ufffd\\u00a0\u0131B\\u0301\u01c5/#\" | quote }} {{ substr 12 15 \"#-(%\\ufffd\\u00a0\u0131B\\u0301\u01c5/#\" | quote }} {{ trimAll \"a\u00df\" \"#-(%\\ufffd\\u00a0\u0131B\\u0301\u01c5/#\" | quote }}",
"out": "\"#-(%\ufffd\\u00a0\u0131B\u0301\u01c5/#\" \"#-(%\ufffd\\u00a0\u0131B\" \"#-(%\ufffd\\u00a0...\" \"\u0301\\xc7\" \"#-(%\ufffd\\u00a0\u0131B\u0301\u01c5/#\""
},
{
"tpl": "{{ kebabcase \"\" }} {{ toString \"\" }} {{ trim \"\" }} {{ quote \"\" }} {{ b32enc \"\" }} {{ squote \"\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"\" \"\" \"\" \"\" }}",
"out": "   \"\"  '' \"\"||        |\"\"  "
},
{
"tpl": "{{ wrap 9 \"\" | quote }} {{ trunc 9 \"\" | quote }} {{ abbrev 9 \"\" | quote }} {{ substr 9 12 \"\" | quote }} {{ trimAll \"'&\" \"\" | quote }}",
"out": "\"\" \"\" \"\" ",
"err": "template: t:1:78: executing \"t\" at <substr 9 12 \"\">: error calling substr: runtime error: slice bounds out of range [9:0]"
},
{
"tpl": "{{ title \"=\" }} {{ camelcase \"=\" }} {{ b32enc \"=\" }} {{ untitle \"=\" }} {{ trim \"=\" }} {{ snakecase \"=\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"=\" \"=\" \"=\" \"=\" }}",
"out": "= = HU====== = = = \"=\"|3d|       =|\"=\" "
},
{
"tpl": "{{ wrap 6 \"=\" | quote }} {{ trunc 6 \"=\" | quote }} {{ abbrev 6 \"=\" | quote }} {{ substr 6 9 \"=\" | quote }} {{ trimAll \"/}\" \"=\" | quote }}",
"out": "\"=\" \"=\" \"=\" ",
"err": "template: t:1:81: executing \"t\" at <substr 6 9 \"=\">: error calling substr: runtime error: slice bounds out of range [6:1]"
},
{
"tpl": "{{ b32enc \":=\u01f0\\u00a0@]a\u00df{\\u200b}\" }} {{ upper \":=\u01f0\\u00a0@]a\u00df{\\u200b}\" }} {{ kebabcase \":=\u01f0\\u00a0@]a\u00df{\\u200b}\" }} {{ camelcase \":=\u01f0\\u00a0@]a\u00df{\\u200b}\" }} {{ toString \":=\u01f0\\u00a0@]a\u00df{\\u200b}\" }} {{ b64enc \":=\u01f0\\u00a0@]a\u00df{\\u200b}\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \":=\u01f0\\u00a0@]a\u00df{\\u200b}\" \":=\u01f0\\u00a0@]a\u00df{\\u200b}\" \":=\u01f0\\u00a0@]a\u00df{\\u200b}\" \":=\u01f0\\u00a0@]a\u00df{\\u200b}\" }}",
"out": "HI64PMGCUBAF2YODT556FAELPU====== :=\u01f0\u00a0@]A\u00df{\u200b} :=-\u01f0-@]a\u00df{\u200b} :=\u01f0@]a\u00df{\u200b} :=\u01f0\u00a0@]a\u00df{\u200b} Oj3HsMKgQF1hw5974oCLfQ== \":=\u01f0\\u00a0@]a\u00df{\\u200b}\"|3a3dc7b0c2a0405d61c39f7be2808b7d|     :=\u01f0|\":=\u01f0\\u00a0@]a\u00df{\\u200b}\""
},
{
"tpl": "{{ wrap 1 \":=\u01f0\\u00a0@]a\u00df{\\u200b}\" | quote }} {{ trunc 1 \":=\u01f0\\u00a0@]a\u00df{\\u200b}\" | quote }} {{ abbrev 1 \":=\u01f0\\u00a0@]a\u00df{\\u200b}\" | quote }} {{ substr 1 4 \":=\u01f0\\u00a0@]a\u00df{\\u200b}\" | quote }} {{ trimAll \"\u4e2d\u00df\" \":=\u01f0\\u00a0@]a\u00df{\\u200b}\" | quote }}",
"out": "\":=\u01f0\\u00a0@]a\u00df{\\u200b}\" \":\" \":=\u01f0\\u00a0@]a\u00df{\\u200b}\" \"=\u01f0\" \":=\u01f0\\u00a0@]a\u00df{\\u200b}\""
},
{
"tpl": "{{ initials \"?^Z'\u0131\\u2028\u00df\ud83d\ude00)?)9|\" }} {{ toJson \"?^Z'\u0131\\u2028\u00df\ud83d\ude00)?)9|\" }} {{ b64enc \"?^Z'\u0131\\u2028\u00df\ud83d\ude00)?)9|\" }} {{ camelcase \"?^Z'\u0131\\u2028\u00df\ud83d\ude00)?)9|\" }} {{ trim \"?^Z'\u0131\\u2028\u00df\ud83d\ude00)?)9|\" }} {{ lower \"?^Z'\u0131\\u2028\u00df\ud83d\ude00)?)9|\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"?^Z'\u0131\\u2028\u00df\ud83d\ude00)?)9|\" \"?^Z'\u0131\\u2028\u00df\ud83d\ude00)?)9|\" \"?^Z'\u0131\\u2028\u00df\ud83d\ude00)?)9|\" \"?^Z'\u0131\\u2028\u00df\ud83d\ude00)?)9|\" }}",
"out": "? \"?^Z'\u0131\\u2028\u00df\ud83d\ude00)?)9|\" P15aJ8Sx4oCow5/wn5iAKT8pOXw= ?^Z'\u0131\u00df\ud83d\ude00)?)9| ?^Z'\u0131\u2028\u00df\ud83d\ude00)?)9| ?^z'\u0131\u2028\u00df\ud83d\ude00)?)9| \"?^Z'\u0131\\u2028\u00df\ud83d\ude00)?)9|\"|3f5e5a27c4b1e280a8c39ff09f9880293f29397c|     ?^Z|\"?^Z'\u0131\\u2028\u00df\ud83d\ude00)?)9|\""
},
{
"tpl": "{{ wrap 10 \"?^Z'\u0131\\u2028\u00df\ud83d\ude00)?)9|\" | quote }} {{ trunc 10 \"?^Z'\u0131\\u2028\u00df\ud83d\ude00)?)9|\" | quote }} {{ abbrev 10 \"?^Z'\u0131\\u2028\u00df\ud83d\ude00)?)9|\" | quote }} {{ substr 10 13 \"?^Z'\u0131\\u2028\u00df\ud83d\ude00)?)9|\" | quote }} {{ trimAll \"\u0661>\" \"?^Z'\u0131\\u2028\u00df\ud83d\ude00)?)9|\" | quote }}",
"out": "\"?^Z'\u0131\\u2028\u00df\ud83d\ude00)?)9|\" \"?^Z'\u0131\\u2028\\xc3\" \"?^Z'\u0131\\xe2...\" \"\\x9f\\xf0\\x9f\" \"?^Z'\u0131\\u2028\u00df\ud83d\ude00)?)9|\""
},
{
"tpl": "{{ b64enc \"\u00dfZb#\\u0301)\\ufffd*<*\u0131|$\" }} {{ quote \"\u00dfZb#\\u0301)\\ufffd*<*\u0131|$\" }} {{ trim \"\u00dfZb#\\u0301)\\ufffd*<*\u0131|$\" }} {{ upper \"\u00dfZb#\\u0301)\\ufffd*<*\u0131|$\" }} {{ camelcase \"\u00dfZb#\\u0301)\\ufffd*<*\u0131|$\" }} {{ initials \"\u00dfZb#\\u0301)\\ufffd*<*\u0131|$\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"\u00dfZb#\\u0301)\\ufffd*<*\u0131|$\" \"\u00dfZb#\\u0301)\\ufffd*<*\u0131|$\" \"\u00dfZb#\\u0301)\\ufffd*<*\u0131|$\" \"\u00dfZb#\\u0301)\\ufffd*<*\u0131|$\" }}",
"out": "w59aYiPMgSnvv70qPCrEsXwk \"\u00dfZb#\u0301)\ufffd*<*\u0131|$\" \u00dfZb#\u0301)\ufffd*<*\u0131|$ \u00dfZB#\u0301)\ufffd*<*I|$ \u00dfZb#\u0301)\ufffd*<*\u0131|$ \u00c3 \"\u00dfZb#\u0301)\ufffd*<*\u0131|$\"|c39f5a6223cc8129efbfbd2a3c2ac4b17c24|     \u00dfZb|\"\u00dfZb#\u0301)\ufffd*<*\u0131|$\""
},
{
"tpl": "{{ wrap 4 \"\u00dfZb#\\u0301)\\ufffd*<*\u0131|$\" | quote }} {{ trunc 4 \"\u00dfZb#\\u0301)\\ufffd*<*\u0131|$\" | quote }} {{ abbrev 4 \"\u00dfZb#\\u0301)\\ufffd*<*\u0131|$\" | quote }} {{ substr 4 7 \"\u00dfZb#\\u0301)\\ufffd*<*\u0131|$\" | quote }} {{ trimAll \"\\u00a0\\n\" \"\u00dfZb#\\u0301)\\ufffd*<*\u0131|$\" | quote }}",
"out": "\"\u00dfZb#\u0301)\ufffd*<*\u0131|$\" \"\u00dfZb\" \"\\xc3...\" \"#\u0301\" \"\u00dfZb#\u0301)\ufffd*<*\u0131|$\""
},
{
"tpl": "{{ quote \"ABB\" }} {{ upper \"ABB\" }} {{ snakecase \"ABB\" }} {{ toJson \"ABB\" }} {{ b32enc \"ABB\" }} {{ lower \"ABB\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"ABB\" \"ABB\" \"ABB\" \"ABB\" }}",
"out": "\"ABB\" ABB abb \"ABB\" IFBEE=== abb \"ABB\"|414242|     ABB|\"ABB\""
},
{
"tpl": "{{ wrap 8 \"ABB\" | quote }} {{ trunc 8 \"ABB\" | quote }} {{ abbrev 8 \"ABB\" | quote }} {{ substr 8 11 \"ABB\" | quote }} {{ trimAll \")\\ufffd\" \"ABB\" | quote }}",
"out": "\"ABB\" \"ABB\" \"ABB\" ",
"err": "template: t:1:87: executing \"t\" at <substr 8 11 \"ABB\">: error calling substr: runtime error: slice bounds out of range [8:3]"
},
{
"tpl": "{{ nospace \"?(\u03c2'`\" }} {{ snakecase \"?(\u03c2'`\" }} {{ toString \"?(\u03c2'`\" }} {{ swapcase \"?(\u03c2'`\" }} {{ camelcase \"?(\u03c2'`\" }} {{ b64enc \"?(\u03c2'`\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"?(\u03c2'`\" \"?(\u03c2'`\" \"?(\u03c2'`\" \"?(\u03c2'`\" }}",
"out": "?(\u03c2'` ?(\u03c2'` ?(\u03c2'` ?(\u03a3'` ?(\u03c2'` PyjPgidg \"?(\u03c2'`\"|3f28cf822760|     ?(\u03c2|\"?(\u03c2'`\""
},
{
"tpl": "{{ wrap 2 \"?(\u03c2'`\" | quote }} {{ trunc 2 \"?(\u03c2'`\" | quote }} {{ abbrev 2 \"?(\u03c2'`\" | quote }} {{ substr 2 5 \"?(\u03c2'`\" | quote }} {{ trimAll \"_+\" \"?(\u03c2'`\" | quote }}",
"out": "\"?(\u03c2'`\" \"?(\" \"?(\u03c2'`\" \"\u03c2'\" \"?(\u03c2'`\""
},
{
"tpl": "{{ nospace \"~\u216b\\u2028ab-\\u00a0\" }} {{ toJson \"~\u216b\\u2028ab-\\u00a0\" }} {{ quote \"~\u216b\\u2028ab-\\u00a0\" }} {{ title \"~\u216b\\u2028ab-\\u00a0\" }} {{ kebabcase \"~\u216b\\u2028ab-\\u00a0\" }} {{ snakecase \"~\u216b\\u2028ab-\\u00a0\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"~\u216b\\u2028ab-\\u00a0\" \"~\u216b\\u2028ab-\\u00a0\" \"~\u216b\\u2028ab-\\u00a0\" \"~\u216b\\u2028ab-\\u00a0\" }}",
"out": "~\u00e2\u00ab\u00e2\u0080\u00a8ab-\u00c2 \"~\u216b\\u2028ab-\u00a0\" \"~\u216b\\u2028ab-\\u00a0\" ~\u216b\u2028Ab-\u00a0 ~\u216b-ab-- ~\u216b_ab__ \"~\u216b\\u2028ab-\\u00a0\"|7ee285abe280a861622dc2a0|     ~\u216b\u2028|\"~\u216b\\u2028ab-\\u00a0\""
},
{
"tpl": "{{ wrap 4 \"~\u216b\\u2028ab-\\u00a0\" | quote }} {{ trunc 4 \"~\u216b\\u2028ab-\\u00a0\" | quote }} {{ abbrev 4 \"~\u216b\\u2028ab-\\u00a0\" | quote }} {{ substr 4 7 \"~\u216b\\u2028ab-\\u00a0\" | quote }} {{ trimAll \"\u01f0\u24d0\" \"~\u216b\\u2028ab-\\u00a0\" | quote }}",
"out": "\"~\u216b\\u2028ab-\\u00a0\" \"~\u216b\" \"~...\" \"\\u2028\" \"~\u216b\\u2028ab-\\u00a0\""
},
{
"tpl": "{{ trim \">|\u03c2&]9\u0661\\u00a0\" }} {{ toString \">|\u03c2&]9\u0661\\u00a0\" }} {{ title \">|\u03c2&]9\u0661\\u00a0\" }} {{ initials \">|\u03c2&]9\u0661\\u00a0\" }} {{ quote \">|\u03c2&]9\u0661\\u00a0\" }} {{ b32enc \">|\u03c2&]9\u0661\\u00a0\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \">|\u03c2&]9\u0661\\u00a0\" \">|\u03c2&]9\u0661\\u00a0\" \">|\u03c2&]9\u0661\\u00a0\" \">|\u03c2&]9\u0661\\u00a0\" }}",
"out": ">|\u03c2&]9\u0661 >|\u03c2&]9\u0661\u00a0 >|\u03a3&]9\u0661\u00a0 > \">|\u03c2&]9\u0661\\u00a0\" HZ6M7ARGLU45TIOCUA====== \">|\u03c2&]9\u0661\\u00a0\"|3e7ccf82265d39d9a1c2a0|     >|\u03c2|\">|\u03c2&]9\u0661\\u00a0\""
},
{
"tpl": "{{ wrap -1 \">|\u03c2&]9\u0661\\u00a0\" | quote }} {{ trunc -1 \">|\u03c2&]9\u0661\\u00a0\" | quote }} {{ abbrev -1 \">|\u03c2&]9\u0661\\u00a0\" | quote }} {{ substr 0 2 \">|\u03c2&]9\u0661\\u00a0\" | quote }} {{ trimAll \"b\\n\" \">|\u03c2&]9\u0661\\u00a0\" | quote }}",
"out": "\">|\u03c2&]9\u0661\\u00a0\" \"\\xa0\" \">|\u03c2&]9\u0661\\u00a0\" \">|\" \">|\u03c2&]9\u0661\\u00a0\""
},
{
"tpl": "{{ toString \"\u03a3,\\u0301<B\" }} {{ squote \"\u03a3,\\u0301<B\" }} {{ snakecase \"\u03a3,\\u0301<B\" }} {{ title \"\u03a3,\\u0301<B\" }} {{ kebabcase \"\u03a3,\\u0301<B\" }} {{ upper \"\u03a3,\\u0301<B\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"\u03a3,\\u0301<B\" \"\u03a3,\\u0301<B\" \"\u03a3,\\u0301<B\" \"\u03a3,\\u0301<B\" }}",
"out": "\u03a3,\u0301<B '\u03a3,\u0301<B' \u03c3,\u0301<_b \u03a3,\u0301<B \u03c3,\u0301<-b \u03a3,\u0301<B \"\u03a3,\u0301<B\"|cea32ccc813c42|     \u03a3,\u0301|\"\u03a3,\u0301<B\""
},
{
"tpl": "{{ wrap 1 \"\u03a3,\\u0301<B\" | quote }} {{ trunc 1 \"\u03a3,\\u0301<B\" | quote }} {{ abbrev 1 \"\u03a3,\\u0301<B\" | quote }} {{ substr 1 4 \"\u03a3,\\u0301<B\" | quote }} {{ trimAll \"Z\u0131\" \"\u03a3,\\u0301<B\" | quote }}",
"out": "\"\u03a3,\u0301<B\" \"\\xce\" \"\u03a3,\u0301<B\" \"\\xa3,\\xcc\" \"\u03a3,\u0301<B\""
},
{
"tpl": "{{ b64enc \"\ud83d\ude00[%0_\u6587]\u6587\ud83d\ude00\u0131?\u00c9\" }} {{ snakecase \"\ud83d\ude00[%0_\u6587]\u6587\ud83d\ude00\u0131?\u00c9\" }} {{ title \"\ud83d\ude00[%0_\u6587]\u6587\ud83d\ude00\u0131?\u00c9\" }} {{ lower \"\ud83d\ude00[%0_\u6587]\u6587\ud83d\ude00\u0131?\u00c9\" }} {{ toString \"\ud83d\ude00[%0_\u6587]\u6587\ud83d\ude00\u0131?\u00c9\" }} {{ trim \"\ud83d\ude00[%0_\u6587]\u6587\ud83d\ude00\u0131?\u00c9\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"\ud83d\ude00[%0_\u6587]\u6587\ud83d\ude00\u0131?\u00c9\" \"\ud83d\ude00[%0_\u6587]\u6587\ud83d\ude00\u0131?\u00c9\" \"\ud83d\ude00[%0_\u6587]\u6587\ud83d\ude00\u0131?\u00c9\" \"\ud83d\ude00[%0_\u6587]\u6587\ud83d\ude00\u0131?\u00c9\" }}",
"out": "8J+YgFslMF/mlodd5paH8J+YgMSxP8OJ \ud83d\ude00[%0_\u6587]\u6587\ud83d\ude00_\u0131?\u00e9 \ud83d\ude00[%0_\u6587]\u6587\ud83d\ude00\u0131?\u00c9 \ud83d\ude00[%0_\u6587]\u6587\ud83d\ude00\u0131?\u00e9 \ud83d\ude00[%0_\u6587]\u6587\ud83d\ude00\u0131?\u00c9 \ud83d\ude00[%0_\u6587]\u6587\ud83d\ude00\u0131?\u00c9 \"\ud83d\ude00[%0_\u6587]\u6587\ud83d\ude00\u0131?\u00c9\"|f09f98805b25305fe696875de69687f09f9880c4b13fc389|     \ud83d\ude00[%|\"\ud83d\ude00[%0_\u6587]\u6587\ud83d\ude00\u0131?\u00c9\""
},
{
"tpl": "{{ wrap -1 \"\ud83d\ude00[%0_\u6587]\u6587\ud83d\ude00\u0131?\u00c9\" | quote }} {{ trunc -1 \"\ud83d\ude00[%0_\u6587]\u6587\ud83d\ude00\u0131?\u00c9\" | quote }} {{ abbrev -1 \"\ud83d\ude00[%0_\u6587]\u6587\ud83d\ude00\u0131?\u00c9\" | quote }} {{ substr 0 2 \"\ud83d\ude00[%0_\u6587]\u6587\ud83d\ude00\u0131?\u00c9\" | quote }} {{ trimAll \"\ud83d\ude00a\" \"\ud83d\ude00[%0_\u6587]\u6587\ud83d\ude00\u0131?\u00c9\" | quote }}",
"out": "\"\ud83d\ude00[%0_\u6587]\u6587\ud83d\ude00\u0131?\u00c9\" \"\\x89\" \"\ud83d\ude00[%0_\u6587]\u6587\ud83d\ude00\u0131?\u00c9\" \"\\xf0\\x9f\" \"[%0_\u6587]\u6587\ud83d\ude00\u0131?\u00c9\""
},
{
"tpl": "{{ lower \"\u03c3\u03a3'\ud83d\ude00\u00df \u00c9\\n0A\" }} {{ squote \"\u03c3\u03a3'\ud83d\ude00\u00df \u00c9\\n0A\" }} {{ kebabcase \"\u03c3\u03a3'\ud83d\ude00\u00df \u00c9\\n0A\" }} {{ title \"\u03c3\u03a3'\ud83d\ude00\u00df \u00c9\\n0A\" }} {{ upper \"\u03c3\u03a3'\ud83d\ude00\u00df \u00c9\\n0A\" }} {{ swapcase \"\u03c3\u03a3'\ud83d\ude00\u00df \u00c9\\n0A\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"\u03c3\u03a3'\ud83d\ude00\u00df \u00c9\\n0A\" \"\u03c3\u03a3'\ud83d\ude00\u00df \u00c9\\n0A\" \"\u03c3\u03a3'\ud83d\ude00\u00df \u00c9\\n0A\" \"\u03c3\u03a3'\ud83d\ude00\u00df \u00c9\\n0A\" }}",
"out": "\u03c3\u03c3'\ud83d\ude00\u00df \u00e9\n0a '\u03c3\u03a3'\ud83d\ude00\u00df \u00c9\n0A' \u03c3-\u03c3'\ud83d\ude00-\u00df-\u00e9-0-a \u03a3\u03a3'\ud83d\ude00\u00df \u00c9\n0A \u03a3\u03a3'\ud83d\ude00\u00df \u00c9\n0A \u03a3\u03c3'\ud83d\ude00\u00df \u00e9\n0a \"\u03c3\u03a3'\ud83d\ude00\u00df \u00c9\\n0A\"|cf83cea327f09f9880c39f20c3890a3041|     \u03c3\u03a3'|\"\u03c3\u03a3'\ud83d\ude00\u00df \u00c9\\n0A\""
},
{
"tpl": "{{ wrap 3 \"\u03c3\u03a3'\ud83d\ude00\u00df \u00c9\\n0A\" | quote }} {{ trunc 3 \"\u03c3\u03a3'\ud83d\ude00\u00df \u00c9\\n0A\" | quote }} {{ abbrev 3 \"\u03c3\u03a3'\ud83d\ude00\u00df \u00c9\\n0A\" | quote }} {{ substr 3 6 \"\u03c3\u03a3'\ud83d\ude00\u00df \u00c9\\n0A\" | quote }} {{ trimAll \"\u01f0(\" \"\u03c3\u03a3'\ud83d\ude00\u00df \u00c9\\n0A\" | quote }}",
"out": "\"\u03c3\u03a3'\ud83d\ude00\u00df\\n\u00c9\\n0A\" \"\u03c3\\xce\" \"\u03c3\u03a3'\ud83d\ude00\u00df \u00c9\\n0A\" \"\\xa3'\\xf0\" \"\u03c3\u03a3'\ud83d\ude00\u00df \u00c9\\n0A\""
},
{
"tpl": "{{ b64enc \"9\" }} {{ quote \"9\" }} {{ kebabcase \"9\" }} {{ upper \"9\" }} {{ swapcase \"9\" }} {{ lower \"9\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"9\" \"9\" \"9\" \"9\" }}",
"out": "OQ== \"9\" 9 9 9 9 \"9\"|39|       9|\"9\" "
},
{
"tpl": "{{ wrap 3 \"9\" | quote }} {{ trunc 3 \"9\" | quote }} {{ abbrev 3 \"9\" | quote }} {{ substr 3 6 \"9\" | quote }} {{ trimAll \" \\ufffd\" \"9\" | quote }}",
"out": "\"9\" \"9\" \"9\" ",
"err": "template: t:1:81: executing \"t\" at <substr 3 6 \"9\">: error calling substr: runtime error: slice bounds out of range [3:1]"
},
{
"tpl": "{{ lower \" -|0*A\u6587\ufb01\" }} {{ camelcase \" -|0*A\u6587\ufb01\" }} {{ toJson \" -|0*A\u6587\ufb01\" }} {{ squote \" -|0*A\u6587\ufb01\" }} {{ title \" -|0*A\u6587\ufb01\" }} {{ snakecase \" -|0*A\u6587\ufb01\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \" -|0*A\u6587\ufb01\" \" -|0*A\u6587\ufb01\" \" -|0*A\u6587\ufb01\" \" -|0*A\u6587\ufb01\" }}",
"out": " -|0*a\u6587\ufb01  -|0*A\u6587\ufb01 \" -|0*A\u6587\ufb01\" ' -|0*A\u6587\ufb01'  -|0*A\u6587\ufb01 __|0*a_\u6587_\ufb01 \" -|0*A\u6587\ufb01\"|202d7c302a41e69687efac81|      -||\" -|0*A\u6587\ufb01\""
},
{
"tpl": "{{ wrap 0 \" -|0*A\u6587\ufb01\" | quote }} {{ trunc 0 \" -|0*A\u6587\ufb01\" | quote }} {{ abbrev 0 \" -|0*A\u6587\ufb01\" | quote }} {{ substr 0 3 \" -|0*A\u6587\ufb01\" | quote }} {{ trimAll \"_\\n\" \" -|0*A\u6587\ufb01\" | quote }}",
"out": "\"-|0*A\u6587\ufb01\" \"\" \" -|0*A\u6587\ufb01\" \" -|\" \" -|0*A\u6587\ufb01\""
},
{
"tpl": "{{ nospace \"@\u00c9\u0130/:\u0130#`#`\u0130\u0130\ufb01\" }} {{ snakecase \"@\u00c9\u0130/:\u0130#`#`\u0130\u0130\ufb01\" }} {{ quote \"@\u00c9\u0130/:\u0130#`#`\u0130\u0130\ufb01\" }} {{ camelcase \"@\u00c9\u0130/:\u0130#`#`\u0130\u0130\ufb01\" }} {{ initials \"@\u00c9\u0130/:\u0130#`#`\u0130\u0130\ufb01\" }} {{ toJson \"@\u00c9\u0130/:\u0130#`#`\u0130\u0130\ufb01\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"@\u00c9\u0130/:\u0130#`#`\u0130\u0130\ufb01\" \"@\u00c9\u0130/:\u0130#`#`\u0130\u0130\ufb01\" \"@\u00c9\u0130/:\u0130#`#`\u0130\u0130\ufb01\" \"@\u00c9\u0130/:\u0130#`#`\u0130\u0130\ufb01\" }}",
"out": "@\u00c9\u0130/:\u0130#`#`\u0130\u0130\ufb01 @\u00e9i/:i#`#`_i_i\ufb01 \"@\u00c9\u0130/:\u0130#`#`\u0130\u0130\ufb01\" @\u00c9\u0130/:\u0130#`#`\u0130\u0130\ufb01 @ \"@\u00c9\u0130/:\u0130#`#`\u0130\u0130\ufb01\" \"@\u00c9\u0130/:\u0130#`#`\u0130\u0130\ufb01\"|40c389c4b02f3ac4b023602360c4b0c4b0efac81|     @\u00c9\u0130|\"@\u00c9\u0130/:\u0130#`#`\u0130\u0130\ufb01\""
},
{
"tpl": "{{ wrap 8 \"@\u00c9\u0130/:\u0130#`#`\u0130\u0130\ufb01\" | quote }} {{ trunc 8 \"@\u00c9\u0130/:\u0130#`#`\u0130\u0130\ufb01\" | quote }} {{ abbrev 8 \"@\u00c9\u0130/:\u0130#`#`\u0130\u0130\ufb01\" | quote }} {{ substr 8 11 \"@\u00c9\u0130/:\u0130#`#`\u0130\u0130\ufb01\" | quote }} {{ trimAll \"\ud83d\ude00\\ufffd\" \"@\u00c9\u0130/:\u0130#`#`\u0130\u0130\ufb01\" | quote }}",
"out": "\"@\u00c9\u0130/:\u0130#`#`\u0130\u0130\ufb01\" \"@\u00c9\u0130/:\\xc4\" \"@\u00c9\u0130...\" \"\\xb0#`\" \"@\u00c9\u0130/:\u0130#`#`\u0130\u0130\ufb01\""
},
{
"tpl": "{{ trim \"|/?\" }} {{ kebabcase \"|/?\" }} {{ lower \"|/?\" }} {{ initials \"|/?\" }} {{ title \"|/?\" }} {{ quote \"|/?\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"|/?\" \"|/?\" \"|/?\" \"|/?\" }}",
"out": "|/? |/? |/? | |/? \"|/?\" \"|/?\"|7c2f3f|     |/?|\"|/?\""
},
{
"tpl": "{{ wrap -1 \"|/?\" | quote }} {{ trunc -1 \"|/?\" | quote }} {{ abbrev -1 \"|/?\" | quote }} {{ substr 0 2 \"|/?\" | quote }} {{ trimAll \"\u00df\u01c5\" \"|/?\" | quote }}",
"out": "\"|/?\" \"?\" \"|/?\" \"|/\" \"|/?\""
},
{
"tpl": "{{ quote \"\" }} {{ initials \"\" }} {{ b64enc \"\" }} {{ trim \"\" }} {{ upper \"\" }} {{ squote \"\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"\" \"\" \"\" \"\" }}",
"out": "\"\"     '' \"\"||        |\"\"  "
},
{
"tpl": "{{ wrap -3 \"\" | quote }} {{ trunc -3 \"\" | quote }} {{ abbrev -3 \"\" | quote }} {{ substr 0 0 \"\" | quote }} {{ trimAll \"z9\" \"\" | quote }}",
"out": "\"\" \"\" \"\" \"\" \"\""
},
{
"tpl": "{{ snakecase \"@[\u03a3Z\\u2028.\u00df*.\\t\" }} {{ toString \"@[\u03a3Z\\u2028.\u00df*.\\t\" }} {{ b32enc \"@[\u03a3Z\\u2028.\u00df*.\\t\" }} {{ lower \"@[\u03a3Z\\u2028.\u00df*.\\t\" }} {{ kebabcase \"@[\u03a3Z\\u2028.\u00df*.\\t\" }} {{ title \"@[\u03a3Z\\u2028.\u00df*.\\t\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"@[\u03a3Z\\u2028.\u00df*.\\t\" \"@[\u03a3Z\\u2028.\u00df*.\\t\" \"@[\u03a3Z\\u2028.\u00df*.\\t\" \"@[\u03a3Z\\u2028.\u00df*.\\t\" }}",
"out": "@[\u03c3z_.\u00df*._ @[\u03a3Z\u2028.\u00df*.\t IBN45I224KAKQLWDT4VC4CI= @[\u03c3z\u2028.\u00df*.\t @[\u03c3z-.\u00df*.- @[\u03a3Z\u2028.\u00df*.\t \"@[\u03a3Z\\u2028.\u00df*.\\t\"|405bcea35ae280a82ec39f2a2e09|     @[\u03a3|\"@[\u03a3Z\\u2028.\u00df*.\\t\""
},
{
"tpl": "{{ wrap 5 \"@[\u03a3Z\\u2028.\u00df*.\\t\" | quote }} {{ trunc 5 \"@[\u03a3Z\\u2028.\u00df*.\\t\" | quote }} {{ abbrev 5 \"@[\u03a3Z\\u2028.\u00df*.\\t\" | quote }} {{ substr 5 8 \"@[\u03a3Z\\u2028.\u00df*.\\t\" | quote }} {{ trimAll \"A\u0131\" \"@[\u03a3Z\\u2028.\u00df*.\\t\" | quote }}",
"out": "\"@[\u03a3Z\\u2028.\u00df*.\\t\" \"@[\u03a3Z\" \"@[...\" \"\\u2028\" \"@[\u03a3Z\\u2028.\u00df*.\\t\""
},
{
"tpl": "{{ toJson \"A\u24d0}]\u24d0\u00e9\u0131\" }} {{ toString \"A\u24d0}]\u24d0\u00e9\u0131\" }} {{ snakecase \"A\u24d0}]\u24d0\u00e9\u0131\" }} {{ upper \"A\u24d0}]\u24d0\u00e9\u0131\" }} {{ quote \"A\u24d0}]\u24d0\u00e9\u0131\" }} {{ swapcase \"A\u24d0}]\u24d0\u00e9\u0131\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"A\u24d0}]\u24d0\u00e9\u0131\" \"A\u24d0}]\u24d0\u00e9\u0131\" \"A\u24d0}]\u24d0\u00e9\u0131\" \"A\u24d0}]\u24d0\u00e9\u0131\" }}",
"out": "\"A\u24d0}]\u24d0\u00e9\u0131\" A\u24d0}]\u24d0\u00e9\u0131 a_\u24d0}]\u24d0_\u00e9\u0131 A\u24b6}]\u24b6\u00c9I \"A\u24d0}]\u24d0\u00e9\u0131\" a\u24d0}]\u24d0\u00c9I \"A\u24d0}]\u24d0\u00e9\u0131\"|41e293907d5de29390c3a9c4b1|     A\u24d0}|\"A\u24d0}]\u24d0\u00e9\u0131\""
},
{
"tpl": "{{ wrap -1 \"A\u24d0}]\u24d0\u00e9\u0131\" | quote }} {{ trunc -1 \"A\u24d0}]\u24d0\u00e9\u0131\" | quote }} {{ abbrev -1 \"A\u24d0}]\u24d0\u00e9\u0131\" | quote }} {{ substr 0 2 \"A\u24d0}]\u24d0\u00e9\u0131\" | quote }} {{ trimAll \"\\u00a0[\" \"A\u24d0}]\u24d0\u00e9\u0131\" | quote }}",
"out": "\"A\u24d0}]\u24d0\u00e9\u0131\" \"\\xb1\" \"A\u24d0}]\u24d0\u00e9\u0131\" \"A\\xe2\" \"A\u24d0}]\u24d0\u00e9\u0131\""
},
{
"tpl": "{{ quote \"\\u00a0->$\" }} {{ lower \"\\u00a0->$\" }} {{ untitle \"\\u00a0->$\" }} {{ b64enc \"\\u00a0->$\" }} {{ title \"\\u00a0->$\" }} {{ camelcase \"\\u00a0->$\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"\\u00a0->$\" \"\\u00a0->$\" \"\\u00a0->$\" \"\\u00a0->$\" }}",
"out": "\"\\u00a0->$\" \u00a0->$ \u00a0->$ wqAtPiQ= \u00a0->$ \u00a0->$ \"\\u00a0->$\"|c2a02d3e24|     \u00a0->|\"\\u00a0->$\""
},
{
"tpl": "{{ wrap 9 \"\\u00a0->$\" | quote }} {{ trunc 9 \"\\u00a0->$\" | quote }} {{ abbrev 9 \"\\u00a0->$\" | quote }} {{ substr 9 12 \"\\u00a0->$\" | quote }} {{ trimAll \"\u216b\u01c5\" \"\\u00a0->$\" | quote }}",
"out": "\"\\u00a0->$\" \"\\u00a0->$\" \"\\u00a0->$\" ",
"err": "template: t:1:105: executing \"t\" at <substr 9 12 \"\\u00a0->$\">: error calling substr: runtime error: slice bounds out of range [9:5]"
},
{
"tpl": "{{ trim \"\\u2028_bzA\" }} {{ lower \"\\u2028_bzA\" }} {{ nospace \"\\u2028_bzA\" }} {{ b64enc \"\\u2028_bzA\" }} {{ snakecase \"\\u2028_bzA\" }} {{ initials \"\\u2028_bzA\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"\\u2028_bzA\" \"\\u2028_bzA\" \"\\u2028_bzA\" \"\\u2028_bzA\" }}",
"out": "_bzA \u2028_bza \u2028_bzA 4oCoX2J6QQ== __bz_a \u00e2 \"\\u2028_bzA\"|e280a85f627a41|     \u2028_b|\"\\u2028_bzA\""
},
{
"tpl": "{{ wrap 0 \"\\u2028_bzA\" | quote }} {{ trunc 0 \"\\u2028_bzA\" | quote }} {{ abbrev 0 \"\\u2028_bzA\" | quote }} {{ substr 0 3 \"\\u2028_bzA\" | quote }} {{ trimAll \"(A\" \"\\u2028_bzA\" | quote }}",
"out": "\"\\u2028_bzA\" \"\" \"\\u2028_bzA\" \"\\u2028\" \"\\u2028_bz\""
},
{
"tpl": "{{ b32enc \"\\ufffd `\ud83d\ude00*B\" }} {{ swapcase \"\\ufffd `\ud83d\ude00*B\" }} {{ squote \"\\ufffd `\ud83d\ude00*B\" }} {{ b64enc \"\\ufffd `\ud83d\ude00*B\" }} {{ toString \"\\ufffd `\ud83d\ude00*B\" }} {{ trim \"\\ufffd `\ud83d\ude00*B\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"\\ufffd `\ud83d\ude00*B\" \"\\ufffd `\ud83d\ude00*B\" \"\\ufffd `\ud83d\ude00*B\" \"\\ufffd `\ud83d\ude00*B\" }}",
"out": "56732IDA6CPZRABKII====== \ufffd `\ud83d\ude00*b '\ufffd `\ud83d\ude00*B' 77+9IGDwn5iAKkI= \ufffd `\ud83d\ude00*B \ufffd `\ud83d\ude00*B \"\ufffd `\ud83d\ude00*B\"|efbfbd2060f09f98802a42|     \ufffd `|\"\ufffd `\ud83d\ude00*B\""
},
{
"tpl": "{{ wrap -3 \"\\ufffd `\ud83d\ude00*B\" | quote }} {{ trunc -3 \"\\ufffd `\ud83d\ude00*B\" | quote }} {{ abbrev -3 \"\\ufffd `\ud83d\ude00*B\" | quote }} {{ substr 0 0 \"\\ufffd `\ud83d\ude00*B\" | quote }} {{ trimAll \"\u01319\" \"\\ufffd `\ud83d\ude00*B\" | quote }}",
"out": "\"\ufffd\\n`\ud83d\ude00*B\" \"\\x80*B\" \"\ufffd `\ud83d\ude00*B\" \"\" \"\ufffd `\ud83d\ude00*B\""
},
{
"tpl": "{{ initials \"a:;!(\u00e9\" }} {{ quote \"a:;!(\u00e9\" }} {{ lower \"a:;!(\u00e9\" }} {{ squote \"a:;!(\u00e9\" }} {{ toString \"a:;!(\u00e9\" }} {{ trim \"a:;!(\u00e9\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"a:;!(\u00e9\" \"a:;!(\u00e9\" \"a:;!(\u00e9\" \"a:;!(\u00e9\" }}",
"out": "a \"a:;!(\u00e9\" a:;!(\u00e9 'a:;!(\u00e9' a:;!(\u00e9 a:;!(\u00e9 \"a:;!(\u00e9\"|613a3b2128c3a9|     a:;|\"a:;!(\u00e9\""
},
{
"tpl": "{{ wrap 4 \"a:;!(\u00e9\" | quote }} {{ trunc 4 \"a:;!(\u00e9\" | quote }} {{ abbrev 4 \"a:;!(\u00e9\" | quote }} {{ substr 4 7 \"a:;!(\u00e9\" | quote }} {{ trimAll \"'(\" \"a:;!(\u00e9\" | quote }}",
"out": "\"a:;!(\u00e9\" \"a:;!\" \"a...\" \"(\u00e9\" \"a:;!(\u00e9\""
},
{
"tpl": "{{ snakecase \"\ufb01))*{\u00c9|\\ufffd\\t|]\" }} {{ untitle \"\ufb01))*{\u00c9|\\ufffd\\t|]\" }} {{ upper \"\ufb01))*{\u00c9|\\ufffd\\t|]\" }} {{ camelcase \"\ufb01))*{\u00c9|\\ufffd\\t|]\" }} {{ quote \"\ufb01))*{\u00c9|\\ufffd\\t|]\" }} {{ toString \"\ufb01))*{\u00c9|\\ufffd\\t|]\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"\ufb01))*{\u00c9|\\ufffd\\t|]\" \"\ufb01))*{\u00c9|\\ufffd\\t|]\" \"\ufb01))*{\u00c9|\\ufffd\\t|]\" \"\ufb01))*{\u00c9|\\ufffd\\t|]\" }}",
"out": "\ufb01))*{\u00e9_|\ufffd_|] \ufb01))*{\u00c9|\ufffd\t|] \ufb01))*{\u00c9|\ufffd\t|] \ufb01))*{\u00c9|\ufffd|] \"\ufb01))*{\u00c9|\ufffd\\t|]\" \ufb01))*{\u00c9|\ufffd\t|] \"\ufb01))*{\u00c9|\ufffd\\t|]\"|efac8129292a7bc3897cefbfbd097c5d|     \ufb01))|\"\ufb01))*{\u00c9|\ufffd\\t|]\""
},
{
"tpl": "{{ wrap 5 \"\ufb01))*{\u00c9|\\ufffd\\t|]\" | quote }} {{ trunc 5 \"\ufb01))*{\u00c9|\\ufffd\\t|]\" | quote }} {{ abbrev 5 \"\ufb01))*{\u00c9|\\ufffd\\t|]\" | quote }} {{ substr 5 8 \"\ufb01))*{\u00c9|\\ufffd\\t|]\" | quote }} {{ trimAll \"{\u0661\" \"\ufb01))*{\u00c9|\\ufffd\\t|]\" | quote }}",
"out": "\"\ufb01))*{\u00c9|\ufffd\\t|]\" \"\ufb01))\" \"\\xef\\xac...\" \"*{\\xc3\" \"\ufb01))*{\u00c9|\ufffd\\t|]\""
},
{
"tpl": "{{ initials \"=\" }} {{ toString \"=\" }} {{ nospace \"=\" }} {{ b64enc \"=\" }} {{ snakecase \"=\" }} {{ toJson \"=\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"=\" \"=\" \"=\" \"=\" }}",
"out": "= = = PQ== = \"=\" \"=\"|3d|       =|\"=\" "
},
{
"tpl": "{{ wrap 3 \"=\" | quote }} {{ trunc 3 \"=\" | quote }} {{ abbrev 3 \"=\" | quote }} {{ substr 3 6 \"=\" | quote }} {{ trimAll \"9\\n\" \"=\" | quote }}",
"out": "\"=\" \"=\" \"=\" ",
"err": "template: t:1:81: executing \"t\" at <substr 3 6 \"=\">: error calling substr: runtime error: slice bounds out of range [3:1]"
},
{
"tpl": "{{ quote \"\\n0\\ufffd\" }} {{ squote \"\\n0\\ufffd\" }} {{ swapcase \"\\n0\\ufffd\" }} {{ b64enc \"\\n0\\ufffd\" }} {{ lower \"\\n0\\ufffd\" }} {{ title \"\\n0\\ufffd\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"\\n0\\ufffd\" \"\\n0\\ufffd\" \"\\n0\\ufffd\" \"\\n0\\ufffd\" }}",
"out": "\"\\n0\ufffd\" '\n0\ufffd' \n0\ufffd CjDvv70= \n0\ufffd \n0\ufffd \"\\n0\ufffd\"|0a30efbfbd|     \n0\ufffd|\"\\n0\ufffd\""
},
{
"tpl": "{{ wrap -1 \"\\n0\\ufffd\" | quote }} {{ trunc -1 \"\\n0\\ufffd\" | quote }} {{ abbrev -1 \"\\n0\\ufffd\" | quote }} {{ substr 0 2 \"\\n0\\ufffd\" | quote }} {{ trimAll \"<\u24d0\" \"\\n0\\ufffd\" | quote }}",
"out": "\"\\n0\ufffd\" \"\\xbd\" \"\\n0\ufffd\" \"\\n0\" \"\\n0\ufffd\""
},
{
"tpl": "{{ lower \";)\u6587+0\u0661\u0130< ;.b\ud83d\ude00\" }} {{ upper \";)\u6587+0\u0661\u0130< ;.b\ud83d\ude00\" }} {{ b32enc \";)\u6587+0\u0661\u0130< ;.b\ud83d\ude00\" }} {{ nospace \";)\u6587+0\u0661\u0130< ;.b\ud83d\ude00\" }} {{ toJson \";)\u6587+0\u0661\u0130< ;.b\ud83d\ude00\" }} {{ b64enc \";)\u6587+0\u0661\u0130< ;.b\ud83d\ude00\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \";)\u6587+0\u0661\u0130< ;.b\ud83d\ude00\" \";)\u6587+0\u0661\u0130< ;.b\ud83d\ude00\" \";)\u6587+0\u0661\u0130< ;.b\ud83d\ude00\" \";)\u6587+0\u0661\u0130< ;.b\ud83d\ude00\" }}",
"out": ";)\u6587+0\u0661i< ;.b\ud83d\ude00 ;)\u6587+0\u0661\u0130< ;.B\ud83d\ude00 HMU6NFUHFMYNTIOEWA6CAOZOMLYJ7GEA ;)\u00e6\u0096\u0087+0\u00d9\u00a1\u00c4\u00b0<;.b\u00f0\u009f\u0098\u0080 \";)\u6587+0\u0661\u0130\\u003c ;.b\ud83d\ude00\" OynmlocrMNmhxLA8IDsuYvCfmIA= \";)\u6587+0\u0661\u0130< ;.b\ud83d\ude00\"|3b29e696872b30d9a1c4b03c203b2e62f09f9880|     ;)\u6587|\";)\u6587+0\u0661\u0130< ;.b\ud83d\ude00\""
},
{
"tpl": "{{ wrap 11 \";)\u6587+0\u0661\u0130< ;.b\ud83d\ude00\" | quote }} {{ trunc 11 \";)\u6587+0\u0661\u0130< ;.b\ud83d\ude00\" | quote }} {{ abbrev 11 \";)\u6587+0\u0661\u0130< ;.b\ud83d\ude00\" | quote }} {{ substr 11 14 \";)\u6587+0\u0661\u0130< ;.b\ud83d\ude00\" | quote }} {{ trimAll \"\u00c9Z\" \";)\u6587+0\u0661\u0130< ;.b\ud83d\ude00\" | quote }}",
"out": "\";)\u6587+0\u0661\u0130<\\n;.b\ud83d\ude00\" \";)\u6587+0\u0661\u0130\" \";)\u6587+0\\xd9...\" \"< ;\" \";)\u6587+0\u0661\u0130< ;.b\ud83d\ude00\""
},
{
"tpl": "{{ initials \"|+*\" }} {{ b32enc \"|+*\" }} {{ snakecase \"|+*\" }} {{ untitle \"|+*\" }} {{ toString \"|+*\" }} {{ lower \"|+*\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"|+*\" \"|+*\" \"|+*\" \"|+*\" }}",
"out": "| PQVSU=== |+* |+* |+* |+* \"|+*\"|7c2b2a|     |+*|\"|+*\""
},
{
"tpl": "{{ wrap 2 \"|+*\" | quote }} {{ trunc 2 \"|+*\" | quote }} {{ abbrev 2 \"|+*\" | quote }} {{ substr 2 5 \"|+*\" | quote }} {{ trimAll \"@{\" \"|+*\" | quote }}",
"out": "\"|+*\" \"|+\" \"|+*\" \"*\" \"|+*\""
},
{
"tpl": "{{ b64enc \"$-_=a}\ud83d\ude00@{\u216b\\u2028?@{\" }} {{ kebabcase \"$-_=a}\ud83d\ude00@{\u216b\\u2028?@{\" }} {{ snakecase \"$-_=a}\ud83d\ude00@{\u216b\\u2028?@{\" }} {{ swapcase \"$-_=a}\ud83d\ude00@{\u216b\\u2028?@{\" }} {{ initials \"$-_=a}\ud83d\ude00@{\u216b\\u2028?@{\" }} {{ b32enc \"$-_=a}\ud83d\ude00@{\u216b\\u2028?@{\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"$-_=a}\ud83d\ude00@{\u216b\\u2028?@{\" \"$-_=a}\ud83d\ude00@{\u216b\\u2028?@{\" \"$-_=a}\ud83d\ude00@{\u216b\\u2028?@{\" \"$-_=a}\ud83d\ude00@{\u216b\\u2028?@{\" }}",
"out": "JC1fPWF98J+YgEB74oWr4oCoP0B7 $--=-a}\ud83d\ude00@{\u216b-?@{ $__=_a}\ud83d\ude00@{\u216b_?@{ $-_=A}\ud83d\ude00@{\u216b\u2028?@{ $\u00ab EQWV6PLBPXYJ7GEAIB56FBNL4KAKQP2APM====== \"$-_=a}\ud83d\ude00@{\u216b\\u2028?@{\"|242d5f3d617df09f9880407be285abe280a83f407b|     $-_|\"$-_=a}\ud83d\ude00@{\u216b\\u2028?@{\""
},
{
"tpl": "{{ wrap 3 \"$-_=a}\ud83d\ude00@{\u216b\\u2028?@{\" | quote }} {{ trunc 3 \"$-_=a}\ud83d\ude00@{\u216b\\u2028?@{\" | quote }} {{ abbrev 3 \"$-_=a}\ud83d\ude00@{\u216b\\u2028?@{\" | quote }} {{ substr 3 6 \"$-_=a}\ud83d\ude00@{\u216b\\u2028?@{\" | quote }} {{ trimAll \"\u4e2d\\u200b\" \"$-_=a}\ud83d\ude00@{\u216b\\u2028?@{\" | quote }}",
"out": "\"$-_=a}\ud83d\ude00@{\u216b\\u2028?@{\" \"$-_\" \"$-_=a}\ud83d\ude00@{\u216b\\u2028?@{\" \"=a}\" \"$-_=a}\ud83d\ude00@{\u216b\\u2028?@{\""
},
{
"tpl": "{{ squote \"\ud83d\ude00.\u03a3\u01f0\" }} {{ trim \"\ud83d\ude00.\u03a3\u01f0\" }} {{ quote \"\ud83d\ude00.\u03a3\u01f0\" }} {{ title \"\ud83d\ude00.\u03a3\u01f0\" }} {{ camelcase \"\ud83d\ude00.\u03a3\u01f0\" }} {{ initials \"\ud83d\ude00.\u03a3\u01f0\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"\ud83d\ude00.\u03a3\u01f0\" \"\ud83d\ude00.\u03a3\u01f0\" \"\ud83d\ude00.\u03a3\u01f0\" \"\ud83d\ude00.\u03a3\u01f0\" }}",
"out": "'\ud83d\ude00.\u03a3\u01f0' \ud83d\ude00.\u03a3\u01f0 \"\ud83d\ude00.\u03a3\u01f0\" \ud83d\ude00.\u03a3\u01f0 \ud83d\ude00.\u03a3\u01f0 \u00f0 \"\ud83d\ude00.\u03a3\u01f0\"|f09f98802ecea3c7b0|     \ud83d\ude00.\u03a3|\"\ud83d\ude00.\u03a3\u01f0\""
},
{
"tpl": "{{ wrap -3 \"\ud83d\ude00.\u03a3\u01f0\" | quote }} {{ trunc -3 \"\ud83d\ude00.\u03a3\u01f0\" | quote }} {{ abbrev -3 \"\ud83d\ude00.\u03a3\u01f0\" | quote }} {{ substr 0 0 \"\ud83d\ude00.\u03a3\u01f0\" | quote }} {{ trimAll \"$\u03a3\" \"\ud83d\ude00.\u03a3\u01f0\" | quote }}",
"out": "\"\ud83d\ude00.\u03a3\u01f0\" \"\\xa3\u01f0\" \"\ud83d\ude00.\u03a3\u01f0\" \"\" \"\ud83d\ude00.\u03a3\u01f0\""
},
{
"tpl": "{{ trim \"#'&\ufb01\u03c3\\u00a0-\u0661B%\\u0301\" }} {{ nospace \"#'&\ufb01\u03c3\\u00a0-\u0661B%\\u0301\" }} {{ squote \"#'&\ufb01\u03c3\\u00a0-\u0661B%\\u0301\" }} {{ lower \"#'&\ufb01\u03c3\\u00a0-\u0661B%\\u0301\" }} {{ title \"#'&\ufb01\u03c3\\u00a0-\u0661B%\\u0301\" }} {{ toString \"#'&\ufb01\u03c3\\u00a0-\u0661B%\\u0301\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"#'&\ufb01\u03c3\\u00a0-\u0661B%\\u0301\" \"#'&\ufb01\u03c3\\u00a0-\u0661B%\\u0301\" \"#'&\ufb01\u03c3\\u00a0-\u0661B%\\u0301\" \"#'&\ufb01\u03c3\\u00a0-\u0661B%\\u0301\" }}",
"out": "#'&\ufb01\u03c3\u00a0-\u0661B%\u0301 #'&\u00ef\u00ac\u0081\u00cf\u0083\u00c2-\u00d9\u00a1B%\u00cc\u0081 '#'&\ufb01\u03c3\u00a0-\u0661B%\u0301' #'&\ufb01\u03c3\u00a0-\u0661b%\u0301 #'&\ufb01\u03c3\u00a0-\u0661B%\u0301 #'&\ufb01\u03c3\u00a0-\u0661B%\u0301 \"#'&\ufb01\u03c3\\u00a0-\u0661B%\u0301\"|232726efac81cf83c2a02dd9a14225cc81|     #'&|\"#'&\ufb01\u03c3\\u00a0-\u0661B%\u0301\""
},
{
"tpl": "{{ wrap 0 \"#'&\ufb01\u03c3\\u00a0-\u0661B%\\u0301\" | quote }} {{ trunc 0 \"#'&\ufb01\u03c3\\u00a0-\u0661B%\\u0301\" | quote }} {{ abbrev 0 \"#'&\ufb01\u03c3\\u00a0-\u0661B%\\u0301\" | quote }} {{ substr 0 3 \"#'&\ufb01\u03c3\\u00a0-\u0661B%\\u0301\" | quote }} {{ trimAll \".\u216b\" \"#'&\ufb01\u03c3\\u00a0-\u0661B%\\u0301\" | quote }}",
"out": "\"#'&\ufb01\u03c3\\u00a0-\u0661B%\u0301\" \"\" \"#'&\ufb01\u03c3\\u00a0-\u0661B%\u0301\" \"#'&\" \"#'&\ufb01\u03c3\\u00a0-\u0661B%\u0301\""
},
{
"tpl": "{{ quote \"?\ud83d\ude00\u00df__\u0661z&\u00c9?\" }} {{ untitle \"?\ud83d\ude00\u00df__\u0661z&\u00c9?\" }} {{ camelcase \"?\ud83d\ude00\u00df__\u0661z&\u00c9?\" }} {{ snakecase \"?\ud83d\ude00\u00df__\u0661z&\u00c9?\" }} {{ upper \"?\ud83d\ude00\u00df__\u0661z&\u00c9?\" }} {{ toJson \"?\ud83d\ude00\u00df__\u0661z&\u00c9?\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"?\ud83d\ude00\u00df__\u0661z&\u00c9?\" \"?\ud83d\ude00\u00df__\u0661z&\u00c9?\" \"?\ud83d\ude00\u00df__\u0661z&\u00c9?\" \"?\ud83d\ude00\u00df__\u0661z&\u00c9?\" }}",
"out": "\"?\ud83d\ude00\u00df__\u0661z&\u00c9?\" ?\ud83d\ude00\u00df__\u0661z&\u00c9? ?\ud83d\ude00\u00df_\u0661z&\u00c9? ?\ud83d\ude00_\u00df__\u0661z&\u00e9? ?\ud83d\ude00\u00df__\u0661Z&\u00c9? \"?\ud83d\ude00\u00df__\u0661z\\u0026\u00c9?\" \"?\ud83d\ude00\u00df__\u0661z&\u00c9?\"|3ff09f9880c39f5f5fd9a17a26c3893f|     ?\ud83d\ude00\u00df|\"?\ud83d\ude00\u00df__\u0661z&\u00c9?\""
},
{
"tpl": "{{ wrap 7 \"?\ud83d\ude00\u00df__\u0661z&\u00c9?\" | quote }} {{ trunc 7 \"?\ud83d\ude00\u00df__\u0661z&\u00c9?\" | quote }} {{ abbrev 7 \"?\ud83d\ude00\u00df__\u0661z&\u00c9?\" | quote }} {{ substr 7 10 \"?\ud83d\ude00\u00df__\u0661z&\u00c9?\" | quote }} {{ trimAll \"Z/\" \"?\ud83d\ude00\u00df__\u0661z&\u00c9?\" | quote }}",
"out": "\"?\ud83d\ude00\u00df__\u0661z&\u00c9?\" \"?\ud83d\ude00\u00df\" \"?\\xf0\\x9f\\x98...\" \"__\\xd9\" \"?\ud83d\ude00\u00df__\u0661z&\u00c9?\""
},
{
"tpl": "{{ title \",|,\\u00a0&@-/\u0130Z>0\" }} {{ untitle \",|,\\u00a0&@-/\u0130Z>0\" }} {{ upper \",|,\\u00a0&@-/\u0130Z>0\" }} {{ kebabcase \",|,\\u00a0&@-/\u0130Z>0\" }} {{ quote \",|,\\u00a0&@-/\u0130Z>0\" }} {{ lower \",|,\\u00a0&@-/\u0130Z>0\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \",|,\\u00a0&@-/\u0130Z>0\" \",|,\\u00a0&@-/\u0130Z>0\" \",|,\\u00a0&@-/\u0130Z>0\" \",|,\\u00a0&@-/\u0130Z>0\" }}",
"out": ",|,\u00a0&@-/\u0130Z>0 ,|,\u00a0&@-/\u0130Z>0 ,|,\u00a0&@-/\u0130Z>0 ,|,-&@-/iz->0 \",|,\\u00a0&@-/\u0130Z>0\" ,|,\u00a0&@-/iz>0 \",|,\\u00a0&@-/\u0130Z>0\"|2c7c2cc2a026402d2fc4b05a3e30|     ,|,|\",|,\\u00a0&@-/\u0130Z>0\""
},
{
"tpl": "{{ wrap 2 \",|,\\u00a0&@-/\u0130Z>0\" | quote }} {{ trunc 2 \",|,\\u00a0&@-/\u0130Z>0\" | quote }} {{ abbrev 2 \",|,\\u00a0&@-/\u0130Z>0\" | quote }} {{ substr 2 5 \",|,\\u00a0&@-/\u0130Z>0\" | quote }} {{ trimAll \"\ufb01\u03a3\" \",|,\\u00a0&@-/\u0130Z>0\" | quote }}",
"out": "\",|,\\u00a0&@-/\u0130Z>0\" \",|\" \",|,\\u00a0&@-/\u0130Z>0\" \",\\u00a0\" \",|,\\u00a0&@-/\u0130Z>0\""
},
{
"tpl": "{{ b64enc \"]Z=\u6587\u6587[\u4e2d@B\u01c5|\" }} {{ kebabcase \"]Z=\u6587\u6587[\u4e2d@B\u01c5|\" }} {{ initials \"]Z=\u6587\u6587[\u4e2d@B\u01c5|\" }} {{ lower \"]Z=\u6587\u6587[\u4e2d@B\u01c5|\" }} {{ swapcase \"]Z=\u6587\u6587[\u4e2d@B\u01c5|\" }} {{ title \"]Z=\u6587\u6587[\u4e2d@B\u01c5|\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"]Z=\u6587\u6587[\u4e2d@B\u01c5|\" \"]Z=\u6587\u6587[\u4e2d@B\u01c5|\" \"]Z=\u6587\u6587[\u4e2d@B\u01c5|\" \"]Z=\u6587\u6587[\u4e2d@B\u01c5|\" }}",
"out": "XVo95paH5paHW+S4rUBCx4V8 ]z-=\u6587\u6587[\u4e2d@b\u01c5-| ]| ]z=\u6587\u6587[\u4e2d@b\u01c6| ]z=\u6587\u6587[\u4e2d@b\u01c6| ]Z=\u6587\u6587[\u4e2d@B\u01c5| \"]Z=\u6587\u6587[\u4e2d@B\u01c5|\"|5d5a3de69687e696875be4b8ad4042c7857c|     ]Z=|\"]Z=\u6587\u6587[\u4e2d@B\u01c5|\""
},
{
"tpl": "{{ wrap 5 \"]Z=\u6587\u6587[\u4e2d@B\u01c5|\" | quote }} {{ trunc 5 \"]Z=\u6587\u6587[\u4e2d@B\u01c5|\" | quote }} {{ abbrev 5 \"]Z=\u6587\u6587[\u4e2d@B\u01c5|\" | quote }} {{ substr 5 8 \"]Z=\u6587\u6587[\u4e2d@B\u01c5|\" | quote }} {{ trimAll \"!\u03c3\" \"]Z=\u6587\u6587[\u4e2d@B\u01c5|\" | quote }}",
"out": "\"]Z=\u6587\u6587[\u4e2d@B\u01c5|\" \"]Z=\\xe6\\x96\" \"]Z...\" \"\\x87\\xe6\\x96\" \"]Z=\u6587\u6587[\u4e2d@B\u01c5|\""
},
{
"tpl": "{{ camelcase \"\ufb01\u4e2d\u24d0\u0130~,\\u200b}#\" }} {{ untitle \"\ufb01\u4e2d\u24d0\u0130~,\\u200b}#\" }} {{ b64enc \"\ufb01\u4e2d\u24d0\u0130~,\\u200b}#\" }} {{ lower \"\ufb01\u4e2d\u24d0\u0130~,\\u200b}#\" }} {{ swapcase \"\ufb01\u4e2d\u24d0\u0130~,\\u200b}#\" }} {{ nospace \"\ufb01\u4e2d\u24d0\u0130~,\\u200b}#\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"\ufb01\u4e2d\u24d0\u0130~,\\u200b}#\" \"\ufb01\u4e2d\u24d0\u0130~,\\u200b}#\" \"\ufb01\u4e2d\u24d0\u0130~,\\u200b}#\" \"\ufb01\u4e2d\u24d0\u0130~,\\u200b}#\" }}",
"out": "\ufb01\u4e2d\u24d0\u0130~,\u200b}# \ufb01\u4e2d\u24d0\u0130~,\u200b}# 76yB5Lit4pOQxLB+LOKAi30j \ufb01\u4e2d\u24d0i~,\u200b}# \ufb01\u4e2d\u24d0i~,\u200b}# \ufb01\u4e2d\u24d0\u0130~,\u200b}# \"\ufb01\u4e2d\u24d0\u0130~,\\u200b}#\"|efac81e4b8ade29390c4b07e2ce2808b7d23|     \ufb01\u4e2d\u24d0|\"\ufb01\u4e2d\u24d0\u0130~,\\u200b}#\""
},
{
"tpl": "{{ wrap 11 \"\ufb01\u4e2d\u24d0\u0130~,\\u200b}#\" | quote }} {{ trunc 11 \"\ufb01\u4e2d\u24d0\u0130~,\\u200b}#\" | quote }} {{ abbrev 11 \"\ufb01\u4e2d\u24d0\u0130~,\\u200b}#\" | quote }} {{ substr 11 14 \"\ufb01\u4e2d\u24d0\u0130~,\\u200b}#\" | quote }} {{ trimAll \"^-\" \"\ufb01\u4e2d\u24d0\u0130~,\\u200b}#\" | quote }}",
"out": "\"\ufb01\u4e2d\u24d0\u0130~,\\u200b}#\" \"\ufb01\u4e2d\u24d0\u0130\" \"\ufb01\u4e2d\\xe2\\x93...\" \"~,\\xe2\" \"\ufb01\u4e2d\u24d0\u0130~,\\u200b}#\""
},
{
"tpl": "{{ nospace \"$*?\u03c3\u00c9&.`#)z{@0\" }} {{ quote \"$*?\u03c3\u00c9&.`#)z{@0\" }} {{ kebabcase \"$*?\u03c3\u00c9&.`#)z{@0\" }} {{ camelcase \"$*?\u03c3\u00c9&.`#)z{@0\" }} {{ title \"$*?\u03c3\u00c9&.`#)z{@0\" }} {{ snakecase \"$*?\u03c3\u00c9&.`#)z{@0\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"$*?\u03c3\u00c9&.`#)z{@0\" \"$*?\u03c3\u00c9&.`#)z{@0\" \"$*?\u03c3\u00c9&.`#)z{@0\" \"$*?\u03c3\u00c9&.`#)z{@0\" }}",
"out": "$*?\u03c3\u00c9&.`#)z{@0 \"$*?\u03c3\u00c9&.`#)z{@0\" $*?\u03c3-\u00e9&.`#)z{@0 $*?\u03c3\u00c9&.`#)z{@0 $*?\u03a3\u00c9&.`#)Z{@0 $*?\u03c3_\u00e9&.`#)z{@0 \"$*?\u03c3\u00c9&.`#)z{@0\"|242a3fcf83c389262e6023297a7b4030|     $*?|\"$*?\u03c3\u00c9&.`#)z{@0\""
},
{
"tpl": "{{ wrap 6 \"$*?\u03c3\u00c9&.`#)z{@0\" | quote }} {{ trunc 6 \"$*?\u03c3\u00c9&.`#)z{@0\" | quote }} {{ abbrev 6 \"$*?\u03c3\u00c9&.`#)z{@0\" | quote }} {{ substr 6 9 \"$*?\u03c3\u00c9&.`#)z{@0\" | quote }} {{ trimAll \")\u00e9\" \"$*?\u03c3\u00c9&.`#)z{@0\" | quote }}",
"out": "\"$*?\u03c3\u00c9&.`#)z{@0\" \"$*?\u03c3\\xc3\" \"$*?...\" \"\\x89&.\" \"$*?\u03c3\u00c9&.`#)z{@0\""
},
{
"tpl": "{{ lower \"\u00df;\u00df==$\u6587\\u200b'\u03a3\u06619-'\" }} {{ untitle \"\u00df;\u00df==$\u6587\\u200b'\u03a3\u06619-'\" }} {{ squote \"\u00df;\u00df==$\u6587\\u200b'\u03a3\u06619-'\" }} {{ kebabcase \"\u00df;\u00df==$\u6587\\u200b'\u03a3\u06619-'\" }} {{ trim \"\u00df;\u00df==$\u6587\\u200b'\u03a3\u06619-'\" }} {{ b64enc \"\u00df;\u00df==$\u6587\\u200b'\u03a3\u06619-'\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"\u00df;\u00df==$\u6587\\u200b'\u03a3\u06619-'\" \"\u00df;\u00df==$\u6587\\u200b'\u03a3\u06619-'\" \"\u00df;\u00df==$\u6587\\u200b'\u03a3\u06619-'\" \"\u00df;\u00df==$\u6587\\u200b'\u03a3\u06619-'\" }}",
"out": "\u00df;\u00df==$\u6587\u200b'\u03c3\u06619-' \u00df;\u00df==$\u6587\u200b'\u03a3\u06619-' '\u00df;\u00df==$\u6587\u200b'\u03a3\u06619-'' \u00df;\u00df-==$\u6587\u200b'\u03c3\u06619-' \u00df;\u00df==$\u6587\u200b'\u03a3\u06619-' w587w589PSTmlofigIsnzqPZoTktJw== \"\u00df;\u00df==$\u6587\\u200b'\u03a3\u06619-'\"|c39f3bc39f3d3d24e69687e2808b27cea3d9a1392d27|     \u00df;\u00df|\"\u00df;\u00df==$\u6587\\u200b'\u03a3\u06619-'\""
},
{
"tpl": "{{ wrap 9 \"\u00df;\u00df==$\u6587\\u200b'\u03a3\u06619-'\" | quote }} {{ trunc 9 \"\u00df;\u00df==$\u6587\\u200b'\u03a3\u06619-'\" | quote }} {{ abbrev 9 \"\u00df;\u00df==$\u6587\\u200b'\u03a3\u06619-'\" | quote }} {{ substr 9 12 \"\u00df;\u00df==$\u6587\\u200b'\u03a3\u06619-'\" | quote }} {{ trimAll \"\u03c2\\t\" \"\u00df;\u00df==$\u6587\\u200b'\u03a3\u06619-'\" | quote }}",
"out": "\"\u00df;\u00df==$\u6587\\u200b'\u03a3\u06619-'\" \"\u00df;\u00df==$\\xe6\" \"\u00df;\u00df=...\" \"\\x96\\x87\\xe2\" \"\u00df;\u00df==$\u6587\\u200b'\u03a3\u06619-'\""
},
{
"tpl": "{{ quote \"/) 9b[.|\u24d0.\" }} {{ swapcase \"/) 9b[.|\u24d0.\" }} {{ upper \"/) 9b[.|\u24d0.\" }} {{ lower \"/) 9b[.|\u24d0.\" }} {{ kebabcase \"/) 9b[.|\u24d0.\" }} {{ b64enc \"/) 9b[.|\u24d0.\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"/) 9b[.|\u24d0.\" \"/) 9b[.|\u24d0.\" \"/) 9b[.|\u24d0.\" \"/) 9b[.|\u24d0.\" }}",
"out": "\"/) 9b[.|\u24d0.\" /) 9B[.|\u24d0. /) 9B[.|\u24b6. /) 9b[.|\u24d0. /)-9b[.|\u24d0. LykgOWJbLnzik5Au \"/) 9b[.|\u24d0.\"|2f292039625b2e7ce293902e|     /) |\"/) 9b[.|\u24d0.\""
},
{
"tpl": "{{ wrap -1 \"/) 9b[.|\u24d0.\" | quote }} {{ trunc -1 \"/) 9b[.|\u24d0.\" | quote }} {{ abbrev -1 \"/) 9b[.|\u24d0.\" | quote }} {{ substr 0 2 \"/) 9b[.|\u24d0.\" | quote }} {{ trimAll \"\u216b)\" \"/) 9b[.|\u24d0.\" | quote }}",
"out": "\"/)\\n9b[.|\u24d0.\" \".\" \"/) 9b[.|\u24d0.\" \"/)\" \"/) 9b[.|\u24d0.\""
},
{
"tpl": "{{ initials \"\\u200b|{@\" }} {{ b32enc \"\\u200b|{@\" }} {{ swapcase \"\\u200b|{@\" }} {{ lower \"\\u200b|{@\" }} {{ untitle \"\\u200b|{@\" }} {{ snakecase \"\\u200b|{@\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"\\u200b|{@\" \"\\u200b|{@\" \"\\u200b|{@\" \"\\u200b|{@\" }}",
"out": "\u00e2 4KAIW7D3IA====== \u200b|{@ \u200b|{@ \u200b|{@ \u200b|{@ \"\\u200b|{@\"|e2808b7c7b40|     \u200b|{|\"\\u200b|{@\""
},
{
"tpl": "{{ wrap -2 \"\\u200b|{@\" | quote }} {{ trunc -2 \"\\u200b|{@\" | quote }} {{ abbrev -2 \"\\u200b|{@\" | quote }} {{ substr 0 1 \"\\u200b|{@\" | quote }} {{ trimAll \"`\u03c2\" \"\\u200b|{@\" | quote }}",
"out": "\"\\u200b|{@\" \"{@\" \"\\u200b|{@\" \"\\xe2\" \"\\u200b|{@\""
},
{
"tpl": "{{ squote \"~\u01c59#AA\u216b=`\\n.\u216b:@\" }} {{ b64enc \"~\u01c59#AA\u216b=`\\n.\u216b:@\" }} {{ snakecase \"~\u01c59#AA\u216b=`\\n.\u216b:@\" }} {{ nospace \"~\u01c59#AA\u216b=`\\n.\u216b:@\" }} {{ quote \"~\u01c59#AA\u216b=`\\n.\u216b:@\" }} {{ trim \"~\u01c59#AA\u216b=`\\n.\u216b:@\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"~\u01c59#AA\u216b=`\\n.\u216b:@\" \"~\u01c59#AA\u216b=`\\n.\u216b:@\" \"~\u01c59#AA\u216b=`\\n.\u216b:@\" \"~\u01c59#AA\u216b=`\\n.\u216b:@\" }}",
"out": "'~\u01c59#AA\u216b=`\n.\u216b:@' fseFOSNBQeKFqz1gCi7ihas6QA== ~_\u01c59#aa\u216b_=`_.\u216b:@ ~\u00c79#AA\u00e2\u00ab=`.\u00e2\u00ab:@ \"~\u01c59#AA\u216b=`\\n.\u216b:@\" ~\u01c59#AA\u216b=`\n.\u216b:@ \"~\u01c59#AA\u216b=`\\n.\u216b:@\"|7ec78539234141e285ab3d600a2ee285ab3a40|     ~\u01c59|\"~\u01c59#AA\u216b=`\\n.\u216b:@\""
},
{
"tpl": "{{ wrap 5 \"~\u01c59#AA\u216b=`\\n.\u216b:@\" | quote }} {{ trunc 5 \"~\u01c59#AA\u216b=`\\n.\u216b:@\" | quote }} {{ abbrev 5 \"~\u01c59#AA\u216b=`\\n.\u216b:@\" | quote }} {{ substr 5 8 \"~\u01c59#AA\u216b=`\\n.\u216b:@\" | quote }} {{ trimAll \"\\u0301\u01f0\" \"~\u01c59#AA\u216b=`\\n.\u216b:@\" | quote }}",
"out": "\"~\u01c59#AA\u216b=`\\n.\u216b:@\" \"~\u01c59#\" \"~\\xc7...\" \"AA\\xe2\" \"~\u01c59#AA\u216b=`\\n.\u216b:@\""
},
{
"tpl": "{{ b64enc \"\u24d0<[a>]\u03a3\\ufffd@/\u0661\" }} {{ camelcase \"\u24d0<[a>]\u03a3\\ufffd@/\u0661\" }} {{ initials \"\u24d0<[a>]\u03a3\\ufffd@/\u0661\" }} {{ snakecase \"\u24d0<[a>]\u03a3\\ufffd@/\u0661\" }} {{ lower \"\u24d0<[a>]\u03a3\\ufffd@/\u0661\" }} {{ toJson \"\u24d0<[a>]\u03a3\\ufffd@/\u0661\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"\u24d0<[a>]\u03a3\\ufffd@/\u0661\" \"\u24d0<[a>]\u03a3\\ufffd@/\u0661\" \"\u24d0<[a>]\u03a3\\ufffd@/\u0661\" \"\u24d0<[a>]\u03a3\\ufffd@/\u0661\" }}",
"out": "4pOQPFthPl3Oo++/vUAv2aE= \u24b6<[a>]\u03a3\ufffd@/\u0661 \u00e2 \u24d0<[a_>]\u03c3\ufffd@/\u0661 \u24d0<[a>]\u03c3\ufffd@/\u0661 \"\u24d0\\u003c[a\\u003e]\u03a3\ufffd@/\u0661\" \"\u24d0<[a>]\u03a3\ufffd@/\u0661\"|e293903c5b613e5dcea3efbfbd402fd9a1|     \u24d0<[|\"\u24d0<[a>]\u03a3\ufffd@/\u0661\""
},
{
"tpl": "{{ wrap 7 \"\u24d0<[a>]\u03a3\\ufffd@/\u0661\" | quote }} {{ trunc 7 \"\u24d0<[a>]\u03a3\\ufffd@/\u0661\" | quote }} {{ abbrev 7 \"\u24d0<[a>]\u03a3\\ufffd@/\u0661\" | quote }} {{ substr 7 10 \"\u24d0<[a>]\u03a3\\ufffd@/\u0661\" | quote }} {{ trimAll \"B,\" \"\u24d0<[a>]\u03a3\\ufffd@/\u0661\" | quote }}",
"out": "\"\u24d0<[a>]\u03a3\ufffd@/\u0661\" \"\u24d0<[a>\" \"\u24d0<...\" \"]\u03a3\" \"\u24d0<[a>]\u03a3\ufffd@/\u0661\""
},
{
"tpl": "{{ initials \"z,<ab%$&{\" }} {{ lower \"z,<ab%$&{\" }} {{ squote \"z,<ab%$&{\" }} {{ nospace \"z,<ab%$&{\" }} {{ b64enc \"z,<ab%$&{\" }} {{ title \"z,<ab%$&{\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"z,<ab%$&{\" \"z,<ab%$&{\" \"z,<ab%$&{\" \"z,<ab%$&{\" }}",
"out": "z z,<ab%$&{ 'z,<ab%$&{' z,<ab%$&{ eiw8YWIlJCZ7 Z,<Ab%$&{ \"z,<ab%$&{\"|7a2c3c61622524267b|     z,<|\"z,<ab%$&{\""
},
{
"tpl": "{{ wrap 3 \"z,<ab%$&{\" | quote }} {{ trunc 3 \"z,<ab%$&{\" | quote }} {{ abbrev 3 \"z,<ab%$&{\" | quote }} {{ substr 3 6 \"z,<ab%$&{\" | quote }} {{ trimAll \"*=\" \"z,<ab%$&{\" | quote }}",
"out": "\"z,<ab%$&{\" \"z,<\" \"z,<ab%$&{\" \"ab%\" \"z,<ab%$&{\""
},
{
"tpl": "{{ camelcase \"{\u00df\u00dfZ\u01f0,->\u0661%\u03c2*\" }} {{ toJson \"{\u00df\u00dfZ\u01f0,->\u0661%\u03c2*\" }} {{ b32enc \"{\u00df\u00dfZ\u01f0,->\u0661%\u03c2*\" }} {{ quote \"{\u00df\u00dfZ\u01f0,->\u0661%\u03c2*\" }} {{ nospace \"{\u00df\u00dfZ\u01f0,->\u0661%\u03c2*\" }} {{ untitle \"{\u00df\u00dfZ\u01f0,->\u0661%\u03c2*\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"{\u00df\u00dfZ\u01f0,->\u0661%\u03c2*\" \"{\u00df\u00dfZ\u01f0,->\u0661%\u03c2*\" \"{\u00df\u00dfZ\u01f0,->\u0661%\u03c2*\" \"{\u00df\u00dfZ\u01f0,->\u0661%\u03c2*\" }}",
"out": "{\u00df\u00dfZ\u01f0,>\u0661%\u03c2* \"{\u00df\u00dfZ\u01f0,-\\u003e\u0661%\u03c2*\" PPBZ7Q47LLD3ALBNH3M2CJOPQIVA==== \"{\u00df\u00dfZ\u01f0,->\u0661%\u03c2*\" {\u00df\u00dfZ\u01f0,->\u0661%\u03c2* {\u00df\u00dfZ\u01f0,->\u0661%\u03c2* \"{\u00df\u00dfZ\u01f0,->\u0661%\u03c2*\"|7bc39fc39f5ac7b02c2d3ed9a125cf822a|     {\u00df\u00df|\"{\u00df\u00dfZ\u01f0,->\u0661%\u03c2*\""
},
{
"tpl": "{{ wrap 5 \"{\u00df\u00dfZ\u01f0,->\u0661%\u03c2*\" | quote }} {{ trunc 5 \"{\u00df\u00dfZ\u01f0,->\u0661%\u03c2*\" | quote }} {{ abbrev 5 \"{\u00df\u00dfZ\u01f0,->\u0661%\u03c2*\" | quote }} {{ substr 5 8 \"{\u00df\u00dfZ\u01f0,->\u0661%\u03c2*\" | quote }} {{ trimAll \";\u24d0\" \"{\u00df\u00dfZ\u01f0,->\u0661%\u03c2*\" | quote }}",
"out": "\"{\u00df\u00dfZ\u01f0,->\u0661%\u03c2*\" \"{\u00df\u00df\" \"{\\xc3...\" \"Z\u01f0\" \"{\u00df\u00dfZ\u01f0,->\u0661%\u03c2*\""
},
{
"tpl": "{{ toJson \"\u03c3#\" }} {{ untitle \"\u03c3#\" }} {{ lower \"\u03c3#\" }} {{ snakecase \"\u03c3#\" }} {{ squote \"\u03c3#\" }} {{ b32enc \"\u03c3#\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"\u03c3#\" \"\u03c3#\" \"\u03c3#\" \"\u03c3#\" }}",
"out": "\"\u03c3#\" \u03c3# \u03c3# \u03c3# '\u03c3#' Z6BSG=== \"\u03c3#\"|cf8323|      \u03c3#|\"\u03c3#\""
},
{
"tpl": "{{ wrap 12 \"\u03c3#\" | quote }} {{ trunc 12 \"\u03c3#\" | quote }} {{ abbrev 12 \"\u03c3#\" | quote }} {{ substr 12 15 \"\u03c3#\" | quote }} {{ trimAll \"{a\" \"\u03c3#\" | quote }}",
"out": "\"\u03c3#\" \"\u03c3#\" \"\u03c3#\" ",
"err": "template: t:1:90: executing \"t\" at <substr 12 15 \"\u03c3#\">: error calling substr: runtime error: slice bounds out of range [12:3]"
},
{
"tpl": "{{ lower \"\u01c5|\u4e2d[Ba<[z\u0130\u00df\" }} {{ snakecase \"\u01c5|\u4e2d[Ba<[z\u0130\u00df\" }} {{ title \"\u01c5|\u4e2d[Ba<[z\u0130\u00df\" }} {{ kebabcase \"\u01c5|\u4e2d[Ba<[z\u0130\u00df\" }} {{ swapcase \"\u01c5|\u4e2d[Ba<[z\u0130\u00df\" }} {{ upper \"\u01c5|\u4e2d[Ba<[z\u0130\u00df\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"\u01c5|\u4e2d[Ba<[z\u0130\u00df\" \"\u01c5|\u4e2d[Ba<[z\u0130\u00df\" \"\u01c5|\u4e2d[Ba<[z\u0130\u00df\" \"\u01c5|\u4e2d[Ba<[z\u0130\u00df\" }}",
"out": "\u01c6|\u4e2d[ba<[zi\u00df \u01c5_|\u4e2d[ba_<[z_i\u00df \u01c5|\u4e2d[Ba<[Z\u0130\u00df \u01c5-|\u4e2d[ba-<[z-i\u00df \u01c6|\u4e2d[bA<[Zi\u00df \u01c4|\u4e2d[BA<[Z\u0130\u00df \"\u01c5|\u4e2d[Ba<[z\u0130\u00df\"|c7857ce4b8ad5b42613c5b7ac4b0c39f|     \u01c5|\u4e2d|\"\u01c5|\u4e2d[Ba<[z\u0130\u00df\""
},
{
"tpl": "{{ wrap -2 \"\u01c5|\u4e2d[Ba<[z\u0130\u00df\" | quote }} {{ trunc -2 \"\u01c5|\u4e2d[Ba<[z\u0130\u00df\" | quote }} {{ abbrev -2 \"\u01c5|\u4e2d[Ba<[z\u0130\u00df\" | quote }} {{ substr 0 1 \"\u01c5|\u4e2d[Ba<[z\u0130\u00df\" | quote }} {{ trimAll \"B\\u0301\" \"\u01c5|\u4e2d[Ba<[z\u0130\u00df\" | quote }}",
"out": "\"\u01c5|\u4e2d[Ba<[z\u0130\u00df\" \"\u00df\" \"\u01c5|\u4e2d[Ba<[z\u0130\u00df\" \"\\xc7\" \"\u01c5|\u4e2d[Ba<[z\u0130\u00df\""
},
{
"tpl": "{{ quote \"/\" }} {{ camelcase \"/\" }} {{ initials \"/\" }} {{ snakecase \"/\" }} {{ lower \"/\" }} {{ toString \"/\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"/\" \"/\" \"/\" \"/\" }}",
"out": "\"/\" / / / / / \"/\"|2f|       /|\"/\" "
},
{
"tpl": "{{ wrap 6 \"/\" | quote }} {{ trunc 6 \"/\" | quote }} {{ abbrev 6 \"/\" | quote }} {{ substr 6 9 \"/\" | quote }} {{ trimAll \"/\u24d0\" \"/\" | quote }}",
"out": "\"/\" \"/\" \"/\" ",
"err": "template: t:1:81: executing \"t\" at <substr 6 9 \"/\">: error calling substr: runtime error: slice bounds out of range [6:1]"
},
{
"tpl": "{{ lower \"{'*9\\u200b\" }} {{ squote \"{'*9\\u200b\" }} {{ trim \"{'*9\\u200b\" }} {{ quote \"{'*9\\u200b\" }} {{ b64enc \"{'*9\\u200b\" }} {{ nospace \"{'*9\\u200b\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"{'*9\\u200b\" \"{'*9\\u200b\" \"{'*9\\u200b\" \"{'*9\\u200b\" }}",
"out": "{'*9\u200b '{'*9\u200b' {'*9\u200b \"{'*9\\u200b\" eycqOeKAiw== {'*9\u200b \"{'*9\\u200b\"|7b272a39e2808b|     {'*|\"{'*9\\u200b\""
},
{
"tpl": "{{ wrap -3 \"{'*9\\u200b\" | quote }} {{ trunc -3 \"{'*9\\u200b\" | quote }} {{ abbrev -3 \"{'*9\\u200b\" | quote }} {{ substr 0 0 \"{'*9\\u200b\" | quote }} {{ trimAll \"\u4e2dA\" \"{'*9\\u200b\" | quote }}",
"out": "\"{'*9\\u200b\" \"\\u200b\" \"{'*9\\u200b\" \"\" \"{'*9\\u200b\""
},
{
"tpl": "{{ squote \"\u6587\u6587.]/.~ \\tz\" }} {{ snakecase \"\u6587\u6587.]/.~ \\tz\" }} {{ nospace \"\u6587\u6587.]/.~ \\tz\" }} {{ title \"\u6587\u6587.]/.~ \\tz\" }} {{ swapcase \"\u6587\u6587.]/.~ \\tz\" }} {{ b32enc \"\u6587\u6587.]/.~ \\tz\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"\u6587\u6587.]/.~ \\tz\" \"\u6587\u6587.]/.~ \\tz\" \"\u6587\u6587.]/.~ \\tz\" \"\u6587\u6587.]/.~ \\tz\" }}",
"out": "'\u6587\u6587.]/.~ \tz' \u6587\u6587.]/.~__z \u00e6\u0096\u0087\u00e6\u0096\u0087.]/.~z \u6587\u6587.]/.~ \tZ \u6587\u6587.]/.~ \tZ 42LIPZUWQ4XF2LZOPYQAS6Q= \"\u6587\u6587.]/.~ \\tz\"|e69687e696872e5d2f2e7e20097a|     \u6587\u6587.|\"\u6587\u6587.]/.~ \\tz\""
},
{
"tpl": "{{ wrap 1 \"\u6587\u6587.]/.~ \\tz\" | quote }} {{ trunc 1 \"\u6587\u6587.]/.~ \\tz\" | quote }} {{ abbrev 1 \"\u6587\u6587.]/.~ \\tz\" | quote }} {{ substr 1 4 \"\u6587\u6587.]/.~ \\tz\" | quote }} {{ trimAll \"@A\" \"\u6587\u6587.]/.~ \\tz\" | quote }}",
"out": "\"\u6587\u6587.]/.~\\n\\tz\" \"\\xe6\" \"\u6587\u6587.]/.~ \\tz\" \"\\x96\\x87\\xe6\" \"\u6587\u6587.]/.~ \\tz\""
},
{
"tpl": "{{ swapcase \"\u03a3<!B\\u200b/~A]%\\nz\" }} {{ trim \"\u03a3<!B\\u200b/~A]%\\nz\" }} {{ snakecase \"\u03a3<!B\\u200b/~A]%\\nz\" }} {{ toJson \"\u03a3<!B\\u200b/~A]%\\nz\" }} {{ quote \"\u03a3<!B\\u200b/~A]%\\nz\" }} {{ lower \"\u03a3<!B\\u200b/~A]%\\nz\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"\u03a3<!B\\u200b/~A]%\\nz\" \"\u03a3<!B\\u200b/~A]%\\nz\" \"\u03a3<!B\\u200b/~A]%\\nz\" \"\u03a3<!B\\u200b/~A]%\\nz\" }}",
"out": "\u03c3<!b\u200b/~a]%\nZ \u03a3<!B\u200b/~A]%\nz \u03c3_<!b_\u200b/~_a]%_z \"\u03a3\\u003c!B\u200b/~A]%\\nz\" \"\u03a3<!B\\u200b/~A]%\\nz\" \u03c3<!b\u200b/~a]%\nz \"\u03a3<!B\\u200b/~A]%\\nz\"|cea33c2142e2808b2f7e415d250a7a|     \u03a3<!|\"\u03a3<!B\\u200b/~A]%\\nz\""
},
{
"tpl": "{{ wrap 5 \"\u03a3<!B\\u200b/~A]%\\nz\" | quote }} {{ trunc 5 \"\u03a3<!B\\u200b/~A]%\\nz\" | quote }} {{ abbrev 5 \"\u03a3<!B\\u200b/~A]%\\nz\" | quote }} {{ substr 5 8 \"\u03a3<!B\\u200b/~A]%\\nz\" | quote }} {{ trimAll \"\u00dfz\" \"\u03a3<!B\\u200b/~A]%\\nz\" | quote }}",
"out": "\"\u03a3<!B\\u200b/~A]%\\nz\" \"\u03a3<!B\" \"\u03a3...\" \"\\u200b\" \"\u03a3<!B\\u200b/~A]%\\n\""
},
{
"tpl": "{{ swapcase \",\" }} {{ quote \",\" }} {{ b64enc \",\" }} {{ initials \",\" }} {{ title \",\" }} {{ squote \",\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \",\" \",\" \",\" \",\" }}",
"out": ", \",\" LA== , , ',' \",\"|2c|       ,|\",\" "
},
{
"tpl": "{{ wrap 3 \",\" | quote }} {{ trunc 3 \",\" | quote }} {{ abbrev 3 \",\" | quote }} {{ substr 3 6 \",\" | quote }} {{ trimAll \"\u00e9\u01c5\" \",\" | quote }}",
"out": "\",\" \",\" \",\" ",
"err": "template: t:1:81: executing \"t\" at <substr 3 6 \",\">: error calling substr: runtime error: slice bounds out of range [3:1]"
},
{
"tpl": "{{ upper \"://@0\u01300:\" }} {{ b32enc \"://@0\u01300:\" }} {{ toString \"://@0\u01300:\" }} {{ nospace \"://@0\u01300:\" }} {{ toJson \"://@0\u01300:\" }} {{ kebabcase \"://@0\u01300:\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"://@0\u01300:\" \"://@0\u01300:\" \"://@0\u01300:\" \"://@0\u01300:\" }}",
"out": "://@0\u01300: HIXS6QBQYSYDAOQ= ://@0\u01300: ://@0\u01300: \"://@0\u01300:\" ://@0-i0: \"://@0\u01300:\"|3a2f2f4030c4b0303a|     ://|\"://@0\u01300:\""
},
{
"tpl": "{{ wrap -2 \"://@0\u01300:\" | quote }} {{ trunc -2 \"://@0\u01300:\" | quote }} {{ abbrev -2 \"://@0\u01300:\" | quote }} {{ substr 0 1 \"://@0\u01300:\" | quote }} {{ trimAll \"|>\" \"://@0\u01300:\" | quote }}",
"out": "\"://@0\u01300:\" \"0:\" \"://@0\u01300:\" \":\" \"://@0\u01300:\""
},
{
"tpl": "{{ untitle \"\u01f0`a\" }} {{ b64enc \"\u01f0`a\" }} {{ b32enc \"\u01f0`a\" }} {{ squote \"\u01f0`a\" }} {{ initials \"\u01f0`a\" }} {{ snakecase \"\u01f0`a\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"\u01f0`a\" \"\u01f0`a\" \"\u01f0`a\" \"\u01f0`a\" }}",
"out": "\u01f0`a x7BgYQ== Y6YGAYI= '\u01f0`a' \u00c7 \u01f0_`_a \"\u01f0`a\"|c7b06061|     \u01f0`a|\"\u01f0`a\""
},
{
"tpl": "{{ wrap 9 \"\u01f0`a\" | quote }} {{ trunc 9 \"\u01f0`a\" | quote }} {{ abbrev 9 \"\u01f0`a\" | quote }} {{ substr 9 12 \"\u01f0`a\" | quote }} {{ trimAll \";\u01f0\" \"\u01f0`a\" | quote }}",
"out": "\"\u01f0`a\" \"\u01f0`a\" \"\u01f0`a\" ",
"err": "template: t:1:90: executing \"t\" at <substr 9 12 \"\u01f0`a\">: error calling substr: runtime error: slice bounds out of range [9:4]"
},
{
"tpl": "{{ untitle \"\u00c9z0\u03a3<]+\" }} {{ title \"\u00c9z0\u03a3<]+\" }} {{ upper \"\u00c9z0\u03a3<]+\" }} {{ toString \"\u00c9z0\u03a3<]+\" }} {{ trim \"\u00c9z0\u03a3<]+\" }} {{ quote \"\u00c9z0\u03a3<]+\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"\u00c9z0\u03a3<]+\" \"\u00c9z0\u03a3<]+\" \"\u00c9z0\u03a3<]+\" \"\u00c9z0\u03a3<]+\" }}",
"out": "\u00e9z0\u03a3<]+ \u00c9z0\u03a3<]+ \u00c9Z0\u03a3<]+ \u00c9z0\u03a3<]+ \u00c9z0\u03a3<]+ \"\u00c9z0\u03a3<]+\" \"\u00c9z0\u03a3<]+\"|c3897a30cea33c5d2b|     \u00c9z0|\"\u00c9z0\u03a3<]+\""
},
{
"tpl": "{{ wrap -3 \"\u00c9z0\u03a3<]+\" | quote }} {{ trunc -3 \"\u00c9z0\u03a3<]+\" | quote }} {{ abbrev -3 \"\u00c9z0\u03a3<]+\" | quote }} {{ substr 0 0 \"\u00c9z0\u03a3<]+\" | quote }} {{ trimAll \"@\u03c2\" \"\u00c9z0\u03a3<]+\" | quote }}",
"out": "\"\u00c9z0\u03a3<]+\" \"<]+\" \"\u00c9z0\u03a3<]+\" \"\" \"\u00c9z0\u03a3<]+\""
},
{
"tpl": "{{ swapcase \"!0\\t\u4e2d\u01f0\" }} {{ b32enc \"!0\\t\u4e2d\u01f0\" }} {{ lower \"!0\\t\u4e2d\u01f0\" }} {{ kebabcase \"!0\\t\u4e2d\u01f0\" }} {{ quote \"!0\\t\u4e2d\u01f0\" }} {{ squote \"!0\\t\u4e2d\u01f0\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"!0\\t\u4e2d\u01f0\" \"!0\\t\u4e2d\u01f0\" \"!0\\t\u4e2d\u01f0\" \"!0\\t\u4e2d\u01f0\" }}",
"out": "!0\t\u4e2d\u01f0 EEYATZFYVXD3A=== !0\t\u4e2d\u01f0 !0-\u4e2d-\u01f0 \"!0\\t\u4e2d\u01f0\" '!0\t\u4e2d\u01f0' \"!0\\t\u4e2d\u01f0\"|213009e4b8adc7b0|     !0\t|\"!0\\t\u4e2d\u01f0\""
},
{
"tpl": "{{ wrap 12 \"!0\\t\u4e2d\u01f0\" | quote }} {{ trunc 12 \"!0\\t\u4e2d\u01f0\" | quote }} {{ abbrev 12 \"!0\\t\u4e2d\u01f0\" | quote }} {{ substr 12 15 \"!0\\t\u4e2d\u01f0\" | quote }} {{ trimAll \"\\t~\" \"!0\\t\u4e2d\u01f0\" | quote }}",
"out": "\"!0\\t\u4e2d\u01f0\" \"!0\\t\u4e2d\u01f0\" \"!0\\t\u4e2d\u01f0\" ",
"err": "template: t:1:108: executing \"t\" at <substr 12 15 \"!0\\t\u4e2d\u01f0\">: error calling substr: runtime error: slice bounds out of range [12:8]"
},
{
"tpl": "{{ camelcase \"\" }} {{ quote \"\" }} {{ title \"\" }} {{ untitle \"\" }} {{ lower \"\" }} {{ upper \"\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"\" \"\" \"\" \"\" }}",
"out": " \"\"     \"\"||        |\"\"  "
},
{
"tpl": "{{ wrap 12 \"\" | quote }} {{ trunc 12 \"\" | quote }} {{ abbrev 12 \"\" | quote }} {{ substr 12 15 \"\" | quote }} {{ trimAll \"\\ufffd/\" \"\" | quote }}",
"out": "\"\" \"\" \"\" ",
"err": "template: t:1:81: executing \"t\" at <substr 12 15 \"\">: error calling substr: runtime error: slice bounds out of range [12:0]"
},
{
"tpl": "{{ lower \"\ufb01.\ud83d\ude00$\\u2028\\u0301 ]0 @;\u4e2d \" }} {{ b64enc \"\ufb01.\ud83d\ude00$\\u2028\\u0301 ]0 @;\u4e2d \" }} {{ swapcase \"\ufb01.\ud83d\ude00$\\u2028\\u0301 ]0 @;\u4e2d \" }} {{ upper \"\ufb01.\ud83d\ude00$\\u2028\\u0301 ]0 @;\u4e2d \" }} {{ title \"\ufb01.\ud83d\ude00$\\u2028\\u0301 ]0 @;\u4e2d \" }} {{ kebabcase \"\ufb01.\ud83d\ude00$\\u2028\\u0301 ]0 @;\u4e2d \" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"\ufb01.\ud83d\ude00$\\u2028\\u0301 ]0 @;\u4e2d \" \"\ufb01.\ud83d\ude00$\\u2028\\u0301 ]0 @;\u4e2d \" \"\ufb01.\ud83d\ude00$\\u2028\\u0301 ]0 @;\u4e2d \" \"\ufb01.\ud83d\ude00$\\u2028\\u0301 ]0 @;\u4e2d \" }}",
"out": "\ufb01.\ud83d\ude00$\u2028\u0301 ]0 @;\u4e2d  76yBLvCfmIAk4oCozIEgXTAgQDvkuK0g \ufb01.\ud83d\ude00$\u2028\u0301 ]0 @;\u4e2d  \ufb01.\ud83d\ude00$\u2028\u0301 ]0 @;\u4e2d  \ufb01.\ud83d\ude00$\u2028\u0301 ]0 @;\u4e2d  \ufb01.\ud83d\ude00$-\u0301-]0-@;\u4e2d- \"\ufb01.\ud83d\ude00$\\u2028\u0301 ]0 @;\u4e2d \"|efac812ef09f988024e280a8cc81205d3020403be4b8ad20|     \ufb01.\ud83d\ude00|\"\ufb01.\ud83d\ude00$\\u2028\u0301 ]0 @;\u4e2d \""
},
{
"tpl": "{{ wrap 5 \"\ufb01.\ud83d\ude00$\\u2028\\u0301 ]0 @;\u4e2d \" | quote }} {{ trunc 5 \"\ufb01.\ud83d\ude00$\\u2028\\u0301 ]0 @;\u4e2d \" | quote }} {{ abbrev 5 \"\ufb01.\ud83d\ude00$\\u2028\\u0301 ]0 @;\u4e2d \" | quote }} {{ substr 5 8 \"\ufb01.\ud83d\ude00$\\u2028\\u0301 ]0 @;\u4e2d \" | quote }} {{ trimAll \"/!\" \"\ufb01.\ud83d\ude00$\\u2028\\u0301 ]0 @;\u4e2d \" | quote }}",
"out": "\"\ufb01.\ud83d\ude00$\\u2028\u0301\\n]0\\n@;\u4e2d\\n\" \"\ufb01.\\xf0\" \"\\xef\\xac...\" \"\\x9f\\x98\\x80\" \"\ufb01.\ud83d\ude00$\\u2028\u0301 ]0 @;\u4e2d \""
},
{
"tpl": "{{ kebabcase \"{` \u00c9\" }} {{ b64enc \"{` \u00c9\" }} {{ toJson \"{` \u00c9\" }} {{ b32enc \"{` \u00c9\" }} {{ camelcase \"{` \u00c9\" }} {{ title \"{` \u00c9\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"{` \u00c9\" \"{` \u00c9\" \"{` \u00c9\" \"{` \u00c9\" }}",
"out": "{`-\u00e9 e2Agw4k= \"{` \u00c9\" PNQCBQ4J {`\u00c9 {` \u00c9 \"{` \u00c9\"|7b6020c389|     {` |\"{` \u00c9\""
},
{
"tpl": "{{ wrap 7 \"{` \u00c9\" | quote }} {{ trunc 7 \"{` \u00c9\" | quote }} {{ abbrev 7 \"{` \u00c9\" | quote }} {{ substr 7 10 \"{` \u00c9\" | quote }} {{ trimAll \"\ud83d\ude00\u0661\" \"{` \u00c9\" | quote }}",
"out": "\"{` \u00c9\" \"{` \u00c9\" \"{` \u00c9\" ",
"err": "template: t:1:93: executing \"t\" at <substr 7 10 \"{` \u00c9\">: error calling substr: runtime error: slice bounds out of range [7:5]"
},
{
"tpl": "{{ squote \"?\u00c9\u01c5\u6587)-_{\u03c2[ #\\n\" }} {{ snakecase \"?\u00c9\u01c5\u6587)-_{\u03c2[ #\\n\" }} {{ upper \"?\u00c9\u01c5\u6587)-_{\u03c2[ #\\n\" }} {{ toString \"?\u00c9\u01c5\u6587)-_{\u03c2[ #\\n\" }} {{ lower \"?\u00c9\u01c5\u6587)-_{\u03c2[ #\\n\" }} {{ trim \"?\u00c9\u01c5\u6587)-_{\u03c2[ #\\n\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"?\u00c9\u01c5\u6587)-_{\u03c2[ #\\n\" \"?\u00c9\u01c5\u6587)-_{\u03c2[ #\\n\" \"?\u00c9\u01c5\u6587)-_{\u03c2[ #\\n\" \"?\u00c9\u01c5\u6587)-_{\u03c2[ #\\n\" }}",
"out": "'?\u00c9\u01c5\u6587)-_{\u03c2[ #\n' ?\u00e9\u01c5_\u6587)-_{\u03c2[_#_ ?\u00c9\u01c4\u6587)-_{\u03a3[ #\n ?\u00c9\u01c5\u6587)-_{\u03c2[ #\n ?\u00e9\u01c6\u6587)-_{\u03c2[ #\n ?\u00c9\u01c5\u6587)-_{\u03c2[ # \"?\u00c9\u01c5\u6587)-_{\u03c2[ #\\n\"|3fc389c785e69687292d5f7bcf825b20230a|     ?\u00c9\u01c5|\"?\u00c9\u01c5\u6587)-_{\u03c2[ #\\n\""
},
{
"tpl": "{{ wrap -1 \"?\u00c9\u01c5\u6587)-_{\u03c2[ #\\n\" | quote }} {{ trunc -1 \"?\u00c9\u01c5\u6587)-_{\u03c2[ #\\n\" | quote }} {{ abbrev -1 \"?\u00c9\u01c5\u6587)-_{\u03c2[ #\\n\" | quote }} {{ substr 0 2 \"?\u00c9\u01c5\u6587)-_{\u03c2[ #\\n\" | quote }} {{ trimAll \"\u6587`\" \"?\u00c9\u01c5\u6587)-_{\u03c2[ #\\n\" | quote }}",
"out": "\"?\u00c9\u01c5\u6587)-_{\u03c2[\\n#\\n\" \"\\n\" \"?\u00c9\u01c5\u6587)-_{\u03c2[ #\\n\" \"?\\xc3\" \"?\u00c9\u01c5\u6587)-_{\u03c2[ #\\n\""
},
{
"tpl": "{{ b64enc \"b@\u03c3.\" }} {{ title \"b@\u03c3.\" }} {{ quote \"b@\u03c3.\" }} {{ snakecase \"b@\u03c3.\" }} {{ camelcase \"b@\u03c3.\" }} {{ untitle \"b@\u03c3.\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"b@\u03c3.\" \"b@\u03c3.\" \"b@\u03c3.\" \"b@\u03c3.\" }}",
"out": "YkDPgy4= B@\u03a3. \"b@\u03c3.\" b@\u03c3. B@\u03c3. b@\u03c3. \"b@\u03c3.\"|6240cf832e|     b@\u03c3|\"b@\u03c3.\""
},
{
"tpl": "{{ wrap 0 \"b@\u03c3.\" | quote }} {{ trunc 0 \"b@\u03c3.\" | quote }} {{ abbrev 0 \"b@\u03c3.\" | quote }} {{ substr 0 3 \"b@\u03c3.\" | quote }} {{ trimAll \"_\ufb01\" \"b@\u03c3.\" | quote }}",
"out": "\"b@\u03c3.\" \"\" \"b@\u03c3.\" \"b@\\xcf\" \"b@\u03c3.\""
},
{
"tpl": "{{ b64enc \"!-}\ud83d\ude00-\u03c29\u00df&\" }} {{ b32enc \"!-}\ud83d\ude00-\u03c29\u00df&\" }} {{ untitle \"!-}\ud83d\ude00-\u03c29\u00df&\" }} {{ kebabcase \"!-}\ud83d\ude00-\u03c29\u00df&\" }} {{ snakecase \"!-}\ud83d\ude00-\u03c29\u00df&\" }} {{ toJson \"!-}\ud83d\ude00-\u03c29\u00df&\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"!-}\ud83d\ude00-\u03c29\u00df&\" \"!-}\ud83d\ude00-\u03c29\u00df&\" \"!-}\ud83d\ude00-\u03c29\u00df&\" \"!-}\ud83d\ude00-\u03c29\u00df&\" }}",
"out": "IS198J+YgC3PgjnDnyY= EEWX34E7TCAC3T4CHHBZ6JQ= !-}\ud83d\ude00-\u03c29\u00df& !-}\ud83d\ude00-\u03c2-9\u00df& !-}\ud83d\ude00_\u03c2_9\u00df& \"!-}\ud83d\ude00-\u03c29\u00df\\u0026\" \"!-}\ud83d\ude00-\u03c29\u00df&\"|212d7df09f98802dcf8239c39f26|     !-}|\"!-}\ud83d\ude00-\u03c29\u00df&\""
},
{
"tpl": "{{ wrap 8 \"!-}\ud83d\ude00-\u03c29\u00df&\" | quote }} {{ trunc 8 \"!-}\ud83d\ude00-\u03c29\u00df&\" | quote }} {{ abbrev 8 \"!-}\ud83d\ude00-\u03c29\u00df&\" | quote }} {{ substr 8 11 \"!-}\ud83d\ude00-\u03c29\u00df&\" | quote }} {{ trimAll \"\u4e2d.\" \"!-}\ud83d\ude00-\u03c29\u00df&\" | quote }}",
"out": "\"!-}\ud83d\ude00-\u03c29\u00df&\" \"!-}\ud83d\ude00-\" \"!-}\\xf0\\x9f...\" \"\u03c29\" \"!-}\ud83d\ude00-\u03c29\u00df&\""
},
{
"tpl": "{{ toJson \"\u03c2]|\\t{A0\" }} {{ lower \"\u03c2]|\\t{A0\" }} {{ b32enc \"\u03c2]|\\t{A0\" }} {{ untitle \"\u03c2]|\\t{A0\" }} {{ upper \"\u03c2]|\\t{A0\" }} {{ initials \"\u03c2]|\\t{A0\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"\u03c2]|\\t{A0\" \"\u03c2]|\\t{A0\" \"\u03c2]|\\t{A0\" \"\u03c2]|\\t{A0\" }}",
"out": "\"\u03c2]|\\t{A0\" \u03c2]|\t{a0 Z6BF27AJPNATA=== \u03c2]|\t{A0 \u03a3]|\t{A0 \u00cf{ \"\u03c2]|\\t{A0\"|cf825d7c097b4130|     \u03c2]||\"\u03c2]|\\t{A0\""
},
{
"tpl": "{{ wrap -3 \"\u03c2]|\\t{A0\" | quote }} {{ trunc -3 \"\u03c2]|\\t{A0\" | quote }} {{ abbrev -3 \"\u03c2]|\\t{A0\" | quote }} {{ substr 0 0 \"\u03c2]|\\t{A0\" | quote }} {{ trimAll \"[\u01c5\" \"\u03c2]|\\t{A0\" | quote }}",
"out": "\"\u03c2]|\\t{A0\" \"{A0\" \"\u03c2]|\\t{A0\" \"\" \"\u03c2]|\\t{A0\""
},
{
"tpl": "{{ trim \"\u0131\u03c3<\\t#'$\u03a3\u0130\u00df{\" }} {{ camelcase \"\u0131\u03c3<\\t#'$\u03a3\u0130\u00df{\" }} {{ initials \"\u0131\u03c3<\\t#'$\u03a3\u0130\u00df{\" }} {{ untitle \"\u0131\u03c3<\\t#'$\u03a3\u0130\u00df{\" }} {{ title \"\u0131\u03c3<\\t#'$\u03a3\u0130\u00df{\" }} {{ quote \"\u0131\u03c3<\\t#'$\u03a3\u0130\u00df{\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"\u0131\u03c3<\\t#'$\u03a3\u0130\u00df{\" \"\u0131\u03c3<\\t#'$\u03a3\u0130\u00df{\" \"\u0131\u03c3<\\t#'$\u03a3\u0130\u00df{\" \"\u0131\u03c3<\\t#'$\u03a3\u0130\u00df{\" }}",
"out": "\u0131\u03c3<\t#'$\u03a3\u0130\u00df{ I\u03c3<#'$\u03a3\u0130\u00df{ \u00c4# \u0131\u03c3<\t#'$\u03a3\u0130\u00df{ I\u03c3<\t#'$\u03a3\u0130\u00df{ \"\u0131\u03c3<\\t#'$\u03a3\u0130\u00df{\" \"\u0131\u03c3<\\t#'$\u03a3\u0130\u00df{\"|c4b1cf833c09232724cea3c4b0c39f7b|     \u0131\u03c3<|\"\u0131\u03c3<\\t#'$\u03a3\u0130\u00df{\""
},
{
"tpl": "{{ wrap 11 \"\u0131\u03c3<\\t#'$\u03a3\u0130\u00df{\" | quote }} {{ trunc 11 \"\u0131\u03c3<\\t#'$\u03a3\u0130\u00df{\" | quote }} {{ abbrev 11 \"\u0131\u03c3<\\t#'$\u03a3\u0130\u00df{\" | quote }} {{ substr 11 14 \"\u0131\u03c3<\\t#'$\u03a3\u0130\u00df{\" | quote }} {{ trimAll \".\\u200b\" \"\u0131\u03c3<\\t#'$\u03a3\u0130\u00df{\" | quote }}",
"out": "\"\u0131\u03c3<\\t#'$\u03a3\u0130\u00df{\" \"\u0131\u03c3<\\t#'$\u03a3\" \"\u0131\u03c3<\\t#'...\" \"\u0130\\xc3\" \"\u0131\u03c3<\\t#'$\u03a3\u0130\u00df{\""
},
{
"tpl": "{{ squote \"-\ufb01\u216b0'`@?\" }} {{ quote \"-\ufb01\u216b0'`@?\" }} {{ trim \"-\ufb01\u216b0'`@?\" }} {{ upper \"-\ufb01\u216b0'`@?\" }} {{ toString \"-\ufb01\u216b0'`@?\" }} {{ kebabcase \"-\ufb01\u216b0'`@?\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"-\ufb01\u216b0'`@?\" \"-\ufb01\u216b0'`@?\" \"-\ufb01\u216b0'`@?\" \"-\ufb01\u216b0'`@?\" }}",
"out": "'-\ufb01\u216b0'`@?' \"-\ufb01\u216b0'`@?\" -\ufb01\u216b0'`@? -\ufb01\u216b0'`@? -\ufb01\u216b0'`@? -\ufb01\u216b0'`@? \"-\ufb01\u216b0'`@?\"|2defac81e285ab302760403f|     -\ufb01\u216b|\"-\ufb01\u216b0'`@?\""
},
{
"tpl": "{{ wrap 12 \"-\ufb01\u216b0'`@?\" | quote }} {{ trunc 12 \"-\ufb01\u216b0'`@?\" | quote }} {{ abbrev 12 \"-\ufb01\u216b0'`@?\" | quote }} {{ substr 12 15 \"-\ufb01\u216b0'`@?\" | quote }} {{ trimAll \"~^\" \"-\ufb01\u216b0'`@?\" | quote }}",
"out": "\"-\ufb01\u216b0'`@?\" \"-\ufb01\u216b0'`@?\" \"-\ufb01\u216b0'`@?\" \"\" \"-\ufb01\u216b0'`@?\""
},
{
"tpl": "{{ b32enc \"\" }} {{ untitle \"\" }} {{ title \"\" }} {{ lower \"\" }} {{ upper \"\" }} {{ kebabcase \"\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"\" \"\" \"\" \"\" }}",
"out": "      \"\"||        |\"\"  "
},
{
"tpl": "{{ wrap 11 \"\" | quote }} {{ trunc 11 \"\" | quote }} {{ abbrev 11 \"\" | quote }} {{ substr 11 14 \"\" | quote }} {{ trimAll \"z^\" \"\" | quote }}",
"out": "\"\" \"\" \"\" ",
"err": "template: t:1:81: executing \"t\" at <substr 11 14 \"\">: error calling substr: runtime error: slice bounds out of range [11:0]"
},
{
"tpl": "{{ snakecase \"b,\u6587\\u2028~]()\u0661*\" }} {{ title \"b,\u6587\\u2028~]()\u0661*\" }} {{ kebabcase \"b,\u6587\\u2028~]()\u0661*\" }} {{ toJson \"b,\u6587\\u2028~]()\u0661*\" }} {{ camelcase \"b,\u6587\\u2028~]()\u0661*\" }} {{ trim \"b,\u6587\\u2028~]()\u0661*\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"b,\u6587\\u2028~]()\u0661*\" \"b,\u6587\\u2028~]()\u0661*\" \"b,\u6587\\u2028~]()\u0661*\" \"b,\u6587\\u2028~]()\u0661*\" }}",
"out": "b,\u6587_~]()\u0661* B,\u6587\u2028~]()\u0661* b,\u6587-~]()\u0661* \"b,\u6587\\u2028~]()\u0661*\" B,\u6587~]()\u0661* b,\u6587\u2028~]()\u0661* \"b,\u6587\\u2028~]()\u0661*\"|622ce69687e280a87e5d2829d9a12a|     b,\u6587|\"b,\u6587\\u2028~]()\u0661*\""
},
{
"tpl": "{{ wrap 9 \"b,\u6587\\u2028~]()\u0661*\" | quote }} {{ trunc 9 \"b,\u6587\\u2028~]()\u0661*\" | quote }} {{ abbrev 9 \"b,\u6587\\u2028~]()\u0661*\" | quote }} {{ substr 9 12 \"b,\u6587\\u2028~]()\u0661*\" | quote }} {{ trimAll \"{}\" \"b,\u6587\\u2028~]()\u0661*\" | quote }}",
"out": "\"b,\u6587\\u2028~]()\u0661*\" \"b,\u6587\\u2028~\" \"b,\u6587\\xe2...\" \"]()\" \"b,\u6587\\u2028~]()\u0661*\""
},
{
"tpl": "{{ swapcase \"\u03a3<)}`\u0131\u00e9\" }} {{ kebabcase \"\u03a3<)}`\u0131\u00e9\" }} {{ title \"\u03a3<)}`\u0131\u00e9\" }} {{ initials \"\u03a3<)}`\u0131\u00e9\" }} {{ trim \"\u03a3<)}`\u0131\u00e9\" }} {{ toString \"\u03a3<)}`\u0131\u00e9\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"\u03a3<)}`\u0131\u00e9\" \"\u03a3<)}`\u0131\u00e9\" \"\u03a3<)}`\u0131\u00e9\" \"\u03a3<)}`\u0131\u00e9\" }}",
"out": "\u03c3<)}`I\u00c9 \u03c3-<)}`-\u0131\u00e9 \u03a3<)}`I\u00e9 \u00ce \u03a3<)}`\u0131\u00e9 \u03a3<)}`\u0131\u00e9 \"\u03a3<)}`\u0131\u00e9\"|cea33c297d60c4b1c3a9|     \u03a3<)|\"\u03a3<)}`\u0131\u00e9\""
},
{
"tpl": "{{ wrap 4 \"\u03a3<)}`\u0131\u00e9\" | quote }} {{ trunc 4 \"\u03a3<)}`\u0131\u00e9\" | quote }} {{ abbrev 4 \"\u03a3<)}`\u0131\u00e9\" | quote }} {{ substr 4 7 \"\u03a3<)}`\u0131\u00e9\" | quote }} {{ trimAll \"\u0131/\" \"\u03a3<)}`\u0131\u00e9\" | quote }}",
"out": "\"\u03a3<)}`\u0131\u00e9\" \"\u03a3<)\" \"\\xce...\" \"}`\\xc4\" \"\u03a3<)}`\u0131\u00e9\""
},
{
"tpl": "{{ nospace \"]\\n*!`\" }} {{ b64enc \"]\\n*!`\" }} {{ toJson \"]\\n*!`\" }} {{ snakecase \"]\\n*!`\" }} {{ squote \"]\\n*!`\" }} {{ b32enc \"]\\n*!`\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"]\\n*!`\" \"]\\n*!`\" \"]\\n*!`\" \"]\\n*!`\" }}",
"out": "]*!` XQoqIWA= \"]\\n*!`\" ]_*!` ']\n*!`' LUFCUILA \"]\\n*!`\"|5d0a2a2160|     ]\n*|\"]\\n*!`\""
},
{
"tpl": "{{ wrap 8 \"]\\n*!`\" | quote }} {{ trunc 8 \"]\\n*!`\" | quote }} {{ abbrev 8 \"]\\n*!`\" | quote }} {{ substr 8 11 \"]\\n*!`\" | quote }} {{ trimAll \"\u00df\u0130\" \"]\\n*!`\" | quote }}",
"out": "\"]\\n*!`\" \"]\\n*!`\" \"]\\n*!`\" ",
"err": "template: t:1:96: executing \"t\" at <substr 8 11 \"]\\n*!`\">: error calling substr: runtime error: slice bounds out of range [8:5]"
},
{
"tpl": "{{ toJson \"Zb#(>\u216b\u00c9\" }} {{ trim \"Zb#(>\u216b\u00c9\" }} {{ snakecase \"Zb#(>\u216b\u00c9\" }} {{ swapcase \"Zb#(>\u216b\u00c9\" }} {{ nospace \"Zb#(>\u216b\u00c9\" }} {{ untitle \"Zb#(>\u216b\u00c9\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"Zb#(>\u216b\u00c9\" \"Zb#(>\u216b\u00c9\" \"Zb#(>\u216b\u00c9\" \"Zb#(>\u216b\u00c9\" }}",
"out": "\"Zb#(\\u003e\u216b\u00c9\" Zb#(>\u216b\u00c9 zb#(>\u216b_\u00e9 zB#(>\u216b\u00e9 Zb#(>\u00e2\u00ab\u00c3\u0089 zb#(>\u216b\u00c9 \"Zb#(>\u216b\u00c9\"|5a6223283ee285abc389|     Zb#|\"Zb#(>\u216b\u00c9\""
},
{
"tpl": "{{ wrap -2 \"Zb#(>\u216b\u00c9\" | quote }} {{ trunc -2 \"Zb#(>\u216b\u00c9\" | quote }} {{ abbrev -2 \"Zb#(>\u216b\u00c9\" | quote }} {{ substr 0 1 \"Zb#(>\u216b\u00c9\" | quote }} {{ trimAll \"*\u0130\" \"Zb#(>\u216b\u00c9\" | quote }}",
"out": "\"Zb#(>\u216b\u00c9\" \"\u00c9\" \"Zb#(>\u216b\u00c9\" \"Z\" \"Zb#(>\u216b\u00c9\""
},
{
"tpl": "{{ lower \"+\u03c2\u24d0\u0661\\u2028+%`)\\u2028\\t\\u00a0!\" }} {{ nospace \"+\u03c2\u24d0\u0661\\u2028+%`)\\u2028\\t\\u00a0!\" }} {{ camelcase \"+\u03c2\u24d0\u0661\\u2028+%`)\\u2028\\t\\u00a0!\" }} {{ b64enc \"+\u03c2\u24d0\u0661\\u2028+%`)\\u2028\\t\\u00a0!\" }} {{ initials \"+\u03c2\u24d0\u0661\\u2028+%`)\\u2028\\t\\u00a0!\" }} {{ snakecase \"+\u03c2\u24d0\u0661\\u2028+%`)\\u2028\\t\\u00a0!\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"+\u03c2\u24d0\u0661\\u2028+%`)\\u2028\\t\\u00a0!\" \"+\u03c2\u24d0\u0661\\u2028+%`)\\u2028\\t\\u00a0!\" \"+\u03c2\u24d0\u0661\\u2028+%`)\\u2028\\t\\u00a0!\" \"+\u03c2\u24d0\u0661\\u2028+%`)\\u2028\\t\\u00a0!\" }}",
"out": "+\u03c2\u24d0\u0661\u2028+%`)\u2028\t\u00a0! +\u00cf\u0082\u00e2\u0093\u0090\u00d9\u00a1\u00e2\u0080\u00a8+%`)\u00e2\u0080\u00a8\u00c2! +\u03c2\u24d0\u0661+%`)\u2028\t! K8+C4pOQ2aHigKgrJWAp4oCoCcKgIQ== +\u00c2! +_\u03c2_\u24d0\u0661_+%`)___! \"+\u03c2\u24d0\u0661\\u2028+%`)\\u2028\\t\\u00a0!\"|2bcf82e29390d9a1e280a82b256029e280a809c2a021|     +\u03c2\u24d0|\"+\u03c2\u24d0\u0661\\u2028+%`)\\u2028\\t\\u00a0!\""
},
{
"tpl": "{{ wrap 1 \"+\u03c2\u24d0\u0661\\u2028+%`)\\u2028\\t\\u00a0!\" | quote }} {{ trunc 1 \"+\u03c2\u24d0\u0661\\u2028+%`)\\u2028\\t\\u00a0!\" | quote }} {{ abbrev 1 \"+\u03c2\u24d0\u0661\\u2028+%`)\\u2028\\t\\u00a0!\" | quote }} {{ substr 1 4 \"+\u03c2\u24d0\u0661\\u2028+%`)\\u2028\\t\\u00a0!\" | quote }} {{ trimAll \"\u24d0#\" \"+\u03c2\u24d0\u0661\\u2028+%`)\\u2028\\t\\u00a0!\" | quote }}",
"out": "\"+\u03c2\u24d0\u0661\\u2028+%`)\\u2028\\t\\u00a0!\" \"+\" \"+\u03c2\u24d0\u0661\\u2028+%`)\\u2028\\t\\u00a0!\" \"\u03c2\\xe2\" \"+\u03c2\u24d0\u0661\\u2028+%`)\\u2028\\t\\u00a0!\""
},
{
"tpl": "{{ upper \"\u03c3\" }} {{ title \"\u03c3\" }} {{ snakecase \"\u03c3\" }} {{ toString \"\u03c3\" }} {{ b32enc \"\u03c3\" }} {{ nospace \"\u03c3\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"\u03c3\" \"\u03c3\" \"\u03c3\" \"\u03c3\" }}",
"out": "\u03a3 \u03a3 \u03c3 \u03c3 Z6BQ==== \u03c3 \"\u03c3\"|cf83|       \u03c3|\"\u03c3\" "
},
{
"tpl": "{{ wrap 1 \"\u03c3\" | quote }} {{ trunc 1 \"\u03c3\" | quote }} {{ abbrev 1 \"\u03c3\" | quote }} {{ substr 1 4 \"\u03c3\" | quote }} {{ trimAll \"?;\" \"\u03c3\" | quote }}",
"out": "\"\u03c3\" \"\\xcf\" \"\u03c3\" \"\\x83\" \"\u03c3\""
},
{
"tpl": "{{ toJson \"-\" }} {{ trim \"-\" }} {{ squote \"-\" }} {{ swapcase \"-\" }} {{ kebabcase \"-\" }} {{ b64enc \"-\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"-\" \"-\" \"-\" \"-\" }}",
"out": "\"-\" - '-' - - LQ== \"-\"|2d|       -|\"-\" "
},
{
"tpl": "{{ wrap 1 \"-\" | quote }} {{ trunc 1 \"-\" | quote }} {{ abbrev 1 \"-\" | quote }} {{ substr 1 4 \"-\" | quote }} {{ trimAll \"!'\" \"-\" | quote }}",
"out": "\"-\" \"-\" \"-\" \"\" \"-\""
},
{
"tpl": "{{ trim \"!=\u00e9\u0130Z\u01c5a|\ud83d\ude00\" }} {{ initials \"!=\u00e9\u0130Z\u01c5a|\ud83d\ude00\" }} {{ b64enc \"!=\u00e9\u0130Z\u01c5a|\ud83d\ude00\" }} {{ upper \"!=\u00e9\u0130Z\u01c5a|\ud83d\ude00\" }} {{ quote \"!=\u00e9\u0130Z\u01c5a|\ud83d\ude00\" }} {{ kebabcase \"!=\u00e9\u0130Z\u01c5a|\ud83d\ude00\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"!=\u00e9\u0130Z\u01c5a|\ud83d\ude00\" \"!=\u00e9\u0130Z\u01c5a|\ud83d\ude00\" \"!=\u00e9\u0130Z\u01c5a|\ud83d\ude00\" \"!=\u00e9\u0130Z\u01c5a|\ud83d\ude00\" }}",
"out": "!=\u00e9\u0130Z\u01c5a|\ud83d\ude00 !a IT3DqcSwWseFYXzwn5iA !=\u00c9\u0130Z\u01c4A|\ud83d\ude00 \"!=\u00e9\u0130Z\u01c5a|\ud83d\ude00\" !=-\u00e9-i-z\u01c5a-|\ud83d\ude00 \"!=\u00e9\u0130Z\u01c5a|\ud83d\ude00\"|213dc3a9c4b05ac785617cf09f9880|     !=\u00e9|\"!=\u00e9\u0130Z\u01c5a|\ud83d\ude00\""
},
{
"tpl": "{{ wrap -2 \"!=\u00e9\u0130Z\u01c5a|\ud83d\ude00\" | quote }} {{ trunc -2 \"!=\u00e9\u0130Z\u01c5a|\ud83d\ude00\" | quote }} {{ abbrev -2 \"!=\u00e9\u0130Z\u01c5a|\ud83d\ude00\" | quote }} {{ substr 0 1 \"!=\u00e9\u0130Z\u01c5a|\ud83d\ude00\" | quote }} {{ trimAll \"-\u0130\" \"!=\u00e9\u0130Z\u01c5a|\ud83d\ude00\" | quote }}",
"out": "\"!=\u00e9\u0130Z\u01c5a|\ud83d\ude00\" \"\\x98\\x80\" \"!=\u00e9\u0130Z\u01c5a|\ud83d\ude00\" \"!\" \"!=\u00e9\u0130Z\u01c5a|\ud83d\ude00\""
},
{
"tpl": "{{ swapcase \"\u0130\" }} {{ lower \"\u0130\" }} {{ quote \"\u0130\" }} {{ squote \"\u0130\" }} {{ nospace \"\u0130\" }} {{ toJson \"\u0130\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"\u0130\" \"\u0130\" \"\u0130\" \"\u0130\" }}",
"out": "i i \"\u0130\" '\u0130' \u0130 \"\u0130\" \"\u0130\"|c4b0|       \u0130|\"\u0130\" "
},
{
"tpl": "{{ wrap 12 \"\u0130\" | quote }} {{ trunc 12 \"\u0130\" | quote }} {{ abbrev 12 \"\u0130\" | quote }} {{ substr 12 15 \"\u0130\" | quote }} {{ trimAll \"\\u200b\u0130\" \"\u0130\" | quote }}",
"out": "\"\u0130\" \"\u0130\" \"\u0130\" ",
"err": "template: t:1:87: executing \"t\" at <substr 12 15 \"\u0130\">: error calling substr: runtime error: slice bounds out of range [12:2]"
},
{
"tpl": "{{ untitle \"\u0131@\u0131+;_\u6587!Z\\u2028-\" }} {{ kebabcase \"\u0131@\u0131+;_\u6587!Z\\u2028-\" }} {{ camelcase \"\u0131@\u0131+;_\u6587!Z\\u2028-\" }} {{ squote \"\u0131@\u0131+;_\u6587!Z\\u2028-\" }} {{ toString \"\u0131@\u0131+;_\u6587!Z\\u2028-\" }} {{ b32enc \"\u0131@\u0131+;_\u6587!Z\\u2028-\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"\u0131@\u0131+;_\u6587!Z\\u2028-\" \"\u0131@\u0131+;_\u6587!Z\\u2028-\" \"\u0131@\u0131+;_\u6587!Z\\u2028-\" \"\u0131@\u0131+;_\u6587!Z\\u2028-\" }}",
"out": "\u0131@\u0131+;_\u6587!Z\u2028- \u0131@\u0131-+;_\u6587!z-- I@\u0131+;\u6587!Z\u2028- '\u0131@\u0131+;_\u6587!Z\u2028-' \u0131@\u0131+;_\u6587!Z\u2028- YSYUBRFRFM5V7ZUWQ4QVVYUAVAWQ==== \"\u0131@\u0131+;_\u6587!Z\\u2028-\"|c4b140c4b12b3b5fe69687215ae280a82d|     \u0131@\u0131|\"\u0131@\u0131+;_\u6587!Z\\u2028-\""
},
{
"tpl": "{{ wrap 0 \"\u0131@\u0131+;_\u6587!Z\\u2028-\" | quote }} {{ trunc 0 \"\u0131@\u0131+;_\u6587!Z\\u2028-\" | quote }} {{ abbrev 0 \"\u0131@\u0131+;_\u6587!Z\\u2028-\" | quote }} {{ substr 0 3 \"\u0131@\u0131+;_\u6587!Z\\u2028-\" | quote }} {{ trimAll \"\u4e2d0\" \"\u0131@\u0131+;_\u6587!Z\\u2028-\" | quote }}",
"out": "\"\u0131@\u0131+;_\u6587!Z\\u2028-\" \"\" \"\u0131@\u0131+;_\u6587!Z\\u2028-\" \"\u0131@\" \"\u0131@\u0131+;_\u6587!Z\\u2028-\""
},
{
"tpl": "{{ untitle \"'\u0131\u4e2d\\u00a0_\u03c2&\u0130 `\\u00a0\ufb01\\n\" }} {{ squote \"'\u0131\u4e2d\\u00a0_\u03c2&\u0130 `\\u00a0\ufb01\\n\" }} {{ snakecase \"'\u0131\u4e2d\\u00a0_\u03c2&\u0130 `\\u00a0\ufb01\\n\" }} {{ quote \"'\u0131\u4e2d\\u00a0_\u03c2&\u0130 `\\u00a0\ufb01\\n\" }} {{ initials \"'\u0131\u4e2d\\u00a0_\u03c2&\u0130 `\\u00a0\ufb01\\n\" }} {{ upper \"'\u0131\u4e2d\\u00a0_\u03c2&\u0130 `\\u00a0\ufb01\\n\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"'\u0131\u4e2d\\u00a0_\u03c2&\u0130 `\\u00a0\ufb01\\n\" \"'\u0131\u4e2d\\u00a0_\u03c2&\u0130 `\\u00a0\ufb01\\n\" \"'\u0131\u4e2d\\u00a0_\u03c2&\u0130 `\\u00a0\ufb01\\n\" \"'\u0131\u4e2d\\u00a0_\u03c2&\u0130 `\\u00a0\ufb01\\n\" }}",
"out": "'\u0131\u4e2d\u00a0_\u03c2&\u0130 `\u00a0\ufb01\n ''\u0131\u4e2d\u00a0_\u03c2&\u0130 `\u00a0\ufb01\n' '\u0131_\u4e2d__\u03c2&i_`_\ufb01_ \"'\u0131\u4e2d\\u00a0_\u03c2&\u0130 `\\u00a0\ufb01\\n\" '_`\u00ef 'I\u4e2d\u00a0_\u03a3&\u0130 `\u00a0\ufb01\n \"'\u0131\u4e2d\\u00a0_\u03c2&\u0130 `\\u00a0\ufb01\\n\"|27c4b1e4b8adc2a05fcf8226c4b02060c2a0efac810a|     '\u0131\u4e2d|\"'\u0131\u4e2d\\u00a0_\u03c2&\u0130 `\\u00a0\ufb01\\n\""
},
{
"tpl": "{{ wrap 7 \"'\u0131\u4e2d\\u00a0_\u03c2&\u0130 `\\u00a0\ufb01\\n\" | quote }} {{ trunc 7 \"'\u0131\u4e2d\\u00a0_\u03c2&\u0130 `\\u00a0\ufb01\\n\" | quote }} {{ abbrev 7 \"'\u0131\u4e2d\\u00a0_\u03c2&\u0130 `\\u00a0\ufb01\\n\" | quote }} {{ substr 7 10 \"'\u0131\u4e2d\\u00a0_\u03c2&\u0130 `\\u00a0\ufb01\\n\" | quote }} {{ trimAll \"\\u2028|\" \"'\u0131\u4e2d\\u00a0_\u03c2&\u0130 `\\u00a0\ufb01\\n\" | quote }}",
"out": "\"'\u0131\u4e2d\\u00a0_\u03c2&\u0130\\n`\\u00a0\ufb01\\n\" \"'\u0131\u4e2d\\xc2\" \"'\u0131\\xe4...\" \"\\xa0_\\xcf\" \"'\u0131\u4e2d\\u00a0_\u03c2&\u0130 `\\u00a0\ufb01\\n\""
},
{
"tpl": "{{ b64enc \"\u0130_/9|:\" }} {{ title \"\u0130_/9|:\" }} {{ upper \"\u0130_/9|:\" }} {{ trim \"\u0130_/9|:\" }} {{ untitle \"\u0130_/9|:\" }} {{ nospace \"\u0130_/9|:\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"\u0130_/9|:\" \"\u0130_/9|:\" \"\u0130_/9|:\" \"\u0130_/9|:\" }}",
"out": "xLBfLzl8Og== \u0130_/9|: \u0130_/9|: \u0130_/9|: i_/9|: \u0130_/9|: \"\u0130_/9|:\"|c4b05f2f397c3a|     \u0130_/|\"\u0130_/9|:\""
},
{
"tpl": "{{ wrap 0 \"\u0130_/9|:\" | quote }} {{ trunc 0 \"\u0130_/9|:\" | quote }} {{ abbrev 0 \"\u0130_/9|:\" | quote }} {{ substr 0 3 \"\u0130_/9|:\" | quote }} {{ trimAll \"]{\" \"\u0130_/9|:\" | quote }}",
"out": "\"\u0130_/9|:\" \"\" \"\u0130_/9|:\" \"\u0130_\" \"\u0130_/9|:\""
},
{
"tpl": "{{ upper \"\ud83d\ude00\" }} {{ toString \"\ud83d\ude00\" }} {{ camelcase \"\ud83d\ude00\" }} {{ snakecase \"\ud83d\ude00\" }} {{ b32enc \"\ud83d\ude00\" }} {{ initials \"\ud83d\ude00\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"\ud83d\ude00\" \"\ud83d\ude00\" \"\ud83d\ude00\" \"\ud83d\ude00\" }}",
"out": "\ud83d\ude00 \ud83d\ude00 \ud83d\ude00 \ud83d\ude00 6CPZRAA= \u00f0 \"\ud83d\ude00\"|f09f9880|       \ud83d\ude00|\"\ud83d\ude00\" "
},
{
"tpl": "{{ wrap 10 \"\ud83d\ude00\" | quote }} {{ trunc 10 \"\ud83d\ude00\" | quote }} {{ abbrev 10 \"\ud83d\ude00\" | quote }} {{ substr 10 13 \"\ud83d\ude00\" | quote }} {{ trimAll \"\ud83d\ude00;\" \"\ud83d\ude00\" | quote }}",
"out": "\"\ud83d\ude00\" \"\ud83d\ude00\" \"\ud83d\ude00\" ",
"err": "template: t:1:93: executing \"t\" at <substr 10 13 \"\ud83d\ude00\">: error calling substr: runtime error: slice bounds out of range [10:4]"
},
{
"tpl": "{{ lower \"[*\\u2028\\u00a0\u03a3;*{(\u216b\u0131[\u01c5\" }} {{ title \"[*\\u2028\\u00a0\u03a3;*{(\u216b\u0131[\u01c5\" }} {{ swapcase \"[*\\u2028\\u00a0\u03a3;*{(\u216b\u0131[\u01c5\" }} {{ b64enc \"[*\\u2028\\u00a0\u03a3;*{(\u216b\u0131[\u01c5\" }} {{ untitle \"[*\\u2028\\u00a0\u03a3;*{(\u216b\u0131[\u01c5\" }} {{ snakecase \"[*\\u2028\\u00a0\u03a3;*{(\u216b\u0131[\u01c5\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"[*\\u2028\\u00a0\u03a3;*{(\u216b\u0131[\u01c5\" \"[*\\u2028\\u00a0\u03a3;*{(\u216b\u0131[\u01c5\" \"[*\\u2028\\u00a0\u03a3;*{(\u216b\u0131[\u01c5\" \"[*\\u2028\\u00a0\u03a3;*{(\u216b\u0131[\u01c5\" }}",
"out": "[*\u2028\u00a0\u03c3;*{(\u217b\u0131[\u01c6 [*\u2028\u00a0\u03a3;*{(\u216b\u0131[\u01c5 [*\u2028\u00a0\u03c3;*{(\u216bI[\u01c6 WyrigKjCoM6jOyp7KOKFq8SxW8eF [*\u2028\u00a0\u03c3;*{(\u216b\u0131[\u01c5 [*__\u03c3;*{(\u216b\u0131[\u01c5 \"[*\\u2028\\u00a0\u03a3;*{(\u216b\u0131[\u01c5\"|5b2ae280a8c2a0cea33b2a7b28e285abc4b15bc785|     [*\u2028|\"[*\\u2028\\u00a0\u03a3;*{(\u216b\u0131[\u01c5\""
},
{
"tpl": "{{ wrap 0 \"[*\\u2028\\u00a0\u03a3;*{(\u216b\u0131[\u01c5\" | quote }} {{ trunc 0 \"[*\\u2028\\u00a0\u03a3;*{(\u216b\u0131[\u01c5\" | quote }} {{ abbrev 0 \"[*\\u2028\\u00a0\u03a3;*{(\u216b\u0131[\u01c5\" | quote }} {{ substr 0 3 \"[*\\u2028\\u00a0\u03a3;*{(\u216b\u0131[\u01c5\" | quote }} {{ trimAll \"\u00e9^\" \"[*\\u2028\\u00a0\u03a3;*{(\u216b\u0131[\u01c5\" | quote }}",
"out": "\"[*\\u2028\\u00a0\u03a3;*{(\u216b\u0131[\u01c5\" \"\" \"[*\\u2028\\u00a0\u03a3;*{(\u216b\u0131[\u01c5\" \"[*\\xe2\" \"[*\\u2028\\u00a0\u03a3;*{(\u216b\u0131[\u01c5\""
},
{
"tpl": "{{ snakecase \"\u6587\" }} {{ trim \"\u6587\" }} {{ untitle \"\u6587\" }} {{ camelcase \"\u6587\" }} {{ swapcase \"\u6587\" }} {{ lower \"\u6587\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"\u6587\" \"\u6587\" \"\u6587\" \"\u6587\" }}",
"out": "\u6587 \u6587 \u6587 \u6587 \u6587 \u6587 \"\u6587\"|e69687|       \u6587|\"\u6587\" "
},
{
"tpl": "{{ wrap 10 \"\u6587\" | quote }} {{ trunc 10 \"\u6587\" | quote }} {{ abbrev 10 \"\u6587\" | quote }} {{ substr 10 13 \"\u6587\" | quote }} {{ trimAll \"\u0661~\" \"\u6587\" | quote }}",
"out": "\"\u6587\" \"\u6587\" \"\u6587\" ",
"err": "template: t:1:90: executing \"t\" at <substr 10 13 \"\u6587\">: error calling substr: runtime error: slice bounds out of range [10:3]"
},
{
"tpl": "{{ toString \"\\u0301\\u200b~\" }} {{ swapcase \"\\u0301\\u200b~\" }} {{ lower \"\\u0301\\u200b~\" }} {{ b64enc \"\\u0301\\u200b~\" }} {{ title \"\\u0301\\u200b~\" }} {{ quote \"\\u0301\\u200b~\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"\\u0301\\u200b~\" \"\\u0301\\u200b~\" \"\\u0301\\u200b~\" \"\\u0301\\u200b~\" }}",
"out": "\u0301\u200b~ \u0301\u200b~ \u0301\u200b~ zIHigIt+ \u0301\u200b~ \"\u0301\\u200b~\" \"\u0301\\u200b~\"|cc81e2808b7e|     \u0301\u200b~|\"\u0301\\u200b~\""
},
{
"tpl": "{{ wrap 0 \"\\u0301\\u200b~\" | quote }} {{ trunc 0 \"\\u0301\\u200b~\" | quote }} {{ abbrev 0 \"\\u0301\\u200b~\" | quote }} {{ substr 0 3 \"\\u0301\\u200b~\" | quote }} {{ trimAll \"a^\" \"\\u0301\\u200b~\" | quote }}",
"out": "\"\u0301\\u200b~\" \"\" \"\u0301\\u200b~\" \"\u0301\\xe2\" \"\u0301\\u200b~\""
},
{
"tpl": "{{ swapcase \"!\u03a3\u0661!+\u24d0:-|A#&#\" }} {{ snakecase \"!\u03a3\u0661!+\u24d0:-|A#&#\" }} {{ toString \"!\u03a3\u0661!+\u24d0:-|A#&#\" }} {{ untitle \"!\u03a3\u0661!+\u24d0:-|A#&#\" }} {{ upper \"!\u03a3\u0661!+\u24d0:-|A#&#\" }} {{ squote \"!\u03a3\u0661!+\u24d0:-|A#&#\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"!\u03a3\u0661!+\u24d0:-|A#&#\" \"!\u03a3\u0661!+\u24d0:-|A#&#\" \"!\u03a3\u0661!+\u24d0:-|A#&#\" \"!\u03a3\u0661!+\u24d0:-|A#&#\" }}",
"out": "!\u03c3\u0661!+\u24d0:-|a#&# !\u03c3\u0661!+\u24d0:-|_a#&# !\u03a3\u0661!+\u24d0:-|A#&# !\u03a3\u0661!+\u24d0:-|A#&# !\u03a3\u0661!+\u24b6:-|A#&# '!\u03a3\u0661!+\u24d0:-|A#&#' \"!\u03a3\u0661!+\u24d0:-|A#&#\"|21cea3d9a1212be293903a2d7c41232623|     !\u03a3\u0661|\"!\u03a3\u0661!+\u24d0:-|A#&#\""
},
{
"tpl": "{{ wrap 7 \"!\u03a3\u0661!+\u24d0:-|A#&#\" | quote }} {{ trunc 7 \"!\u03a3\u0661!+\u24d0:-|A#&#\" | quote }} {{ abbrev 7 \"!\u03a3\u0661!+\u24d0:-|A#&#\" | quote }} {{ substr 7 10 \"!\u03a3\u0661!+\u24d0:-|A#&#\" | quote }} {{ trimAll \"$\u6587\" \"!\u03a3\u0661!+\u24d0:-|A#&#\" | quote }}",
"out": "\"!\u03a3\u0661!+\u24d0:-|A#&#\" \"!\u03a3\u0661!+\" \"!\u03a3\\xd9...\" \"\u24d0\" \"!\u03a3\u0661!+\u24d0:-|A#&#\""
},
{
"tpl": "{{ toString \"\u4e2d\" }} {{ b64enc \"\u4e2d\" }} {{ b32enc \"\u4e2d\" }} {{ upper \"\u4e2d\" }} {{ squote \"\u4e2d\" }} {{ untitle \"\u4e2d\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"\u4e2d\" \"\u4e2d\" \"\u4e2d\" \"\u4e2d\" }}",
"out": "\u4e2d 5Lit 4S4K2=== \u4e2d '\u4e2d' \u4e2d \"\u4e2d\"|e4b8ad|       \u4e2d|\"\u4e2d\" "
},
{
"tpl": "{{ wrap -2 \"\u4e2d\" | quote }} {{ trunc -2 \"\u4e2d\" | quote }} {{ abbrev -2 \"\u4e2d\" | quote }} {{ substr 0 1 \"\u4e2d\" | quote }} {{ trimAll \"\u24d0\u01c5\" \"\u4e2d\" | quote }}",
"out": "\"\u4e2d\" \"\\xb8\\xad\" \"\u4e2d\" \"\\xe4\" \"\u4e2d\""
},
{
"tpl": "{{ trim \"/0>+;-\u24d09Zz#*\" }} {{ snakecase \"/0>+;-\u24d09Zz#*\" }} {{ title \"/0>+;-\u24d09Zz#*\" }} {{ quote \"/0>+;-\u24d09Zz#*\" }} {{ toJson \"/0>+;-\u24d09Zz#*\" }} {{ b64enc \"/0>+;-\u24d09Zz#*\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"/0>+;-\u24d09Zz#*\" \"/0>+;-\u24d09Zz#*\" \"/0>+;-\u24d09Zz#*\" \"/0>+;-\u24d09Zz#*\" }}",
"out": "/0>+;-\u24d09Zz#* /0_>+;-\u24d09_zz#* /0>+;-\u24b69Zz#* \"/0>+;-\u24d09Zz#*\" \"/0\\u003e+;-\u24d09Zz#*\" LzA+Kzst4pOQOVp6Iyo= \"/0>+;-\u24d09Zz#*\"|2f303e2b3b2de29390395a7a232a|     /0>|\"/0>+;-\u24d09Zz#*\""
},
{
"tpl": "{{ wrap 8 \"/0>+;-\u24d09Zz#*\" | quote }} {{ trunc 8 \"/0>+;-\u24d09Zz#*\" | quote }} {{ abbrev 8 \"/0>+;-\u24d09Zz#*\" | quote }} {{ substr 8 11 \"/0>+;-\u24d09Zz#*\" | quote }} {{ trimAll \"\u216b\\u0301\" \"/0>+;-\u24d09Zz#*\" | quote }}",
"out": "\"/0>+;-\u24d09Zz#*\" \"/0>+;-\\xe2\\x93\" \"/0>+;...\" \"\\x909Z\" \"/0>+;-\u24d09Zz#*\""
},
{
"tpl": "{{ b32enc \"=0,(\u01f0,.&[~\" }} {{ b64enc \"=0,(\u01f0,.&[~\" }} {{ initials \"=0,(\u01f0,.&[~\" }} {{ untitle \"=0,(\u01f0,.&[~\" }} {{ toString \"=0,(\u01f0,.&[~\" }} {{ lower \"=0,(\u01f0,.&[~\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"=0,(\u01f0,.&[~\" \"=0,(\u01f0,.&[~\" \"=0,(\u01f0,.&[~\" \"=0,(\u01f0,.&[~\" }}",
"out": "HUYCYKGHWAWC4JS3PY====== PTAsKMewLC4mW34= = =0,(\u01f0,.&[~ =0,(\u01f0,.&[~ =0,(\u01f0,.&[~ \"=0,(\u01f0,.&[~\"|3d302c28c7b02c2e265b7e|     =0,|\"=0,(\u01f0,.&[~\""
},
{
"tpl": "{{ wrap 9 \"=0,(\u01f0,.&[~\" | quote }} {{ trunc 9 \"=0,(\u01f0,.&[~\" | quote }} {{ abbrev 9 \"=0,(\u01f0,.&[~\" | quote }} {{ substr 9 12 \"=0,(\u01f0,.&[~\" | quote }} {{ trimAll \"]\\ufffd\" \"=0,(\u01f0,.&[~\" | quote }}",
"out": "\"=0,(\u01f0,.&[~\" \"=0,(\u01f0,.&\" \"=0,(\u01f0...\" \"[~\" \"=0,(\u01f0,.&[~\""
},
{
"tpl": "{{ nospace \"\\n(\u03a3\\u00a0[\" }} {{ quote \"\\n(\u03a3\\u00a0[\" }} {{ b64enc \"\\n(\u03a3\\u00a0[\" }} {{ untitle \"\\n(\u03a3\\u00a0[\" }} {{ title \"\\n(\u03a3\\u00a0[\" }} {{ initials \"\\n(\u03a3\\u00a0[\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"\\n(\u03a3\\u00a0[\" \"\\n(\u03a3\\u00a0[\" \"\\n(\u03a3\\u00a0[\" \"\\n(\u03a3\\u00a0[\" }}",
"out": "(\u00ce\u00a3\u00c2[ \"\\n(\u03a3\\u00a0[\" CijOo8KgWw== \n(\u03a3\u00a0[ \n(\u03a3\u00a0[ ([ \"\\n(\u03a3\\u00a0[\"|0a28cea3c2a05b|     \n(\u03a3|\"\\n(\u03a3\\u00a0[\""
},
{
"tpl": "{{ wrap 3 \"\\n(\u03a3\\u00a0[\" | quote }} {{ trunc 3 \"\\n(\u03a3\\u00a0[\" | quote }} {{ abbrev 3 \"\\n(\u03a3\\u00a0[\" | quote }} {{ substr 3 6 \"\\n(\u03a3\\u00a0[\" | quote }} {{ trimAll \"{_\" \"\\n(\u03a3\\u00a0[\" | quote }}",
"out": "\"\\n(\u03a3\\u00a0[\" \"\\n(\\xce\" \"\\n(\u03a3\\u00a0[\" \"\\xa3\\u00a0\" \"\\n(\u03a3\\u00a0[\""
},
{
"tpl": "{{ trim \"A_/}:`\u00df&\\u0301\\n!_\\u2028\ufb01\" }} {{ swapcase \"A_/}:`\u00df&\\u0301\\n!_\\u2028\ufb01\" }} {{ untitle \"A_/}:`\u00df&\\u0301\\n!_\\u2028\ufb01\" }} {{ kebabcase \"A_/}:`\u00df&\\u0301\\n!_\\u2028\ufb01\" }} {{ lower \"A_/}:`\u00df&\\u0301\\n!_\\u2028\ufb01\" }} {{ quote \"A_/}:`\u00df&\\u0301\\n!_\\u2028\ufb01\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"A_/}:`\u00df&\\u0301\\n!_\\u2028\ufb01\" \"A_/}:`\u00df&\\u0301\\n!_\\u2028\ufb01\" \"A_/}:`\u00df&\\u0301\\n!_\\u2028\ufb01\" \"A_/}:`\u00df&\\u0301\\n!_\\u2028\ufb01\" }}",
"out": "A_/}:`\u00df&\u0301\n!_\u2028\ufb01 a_/}:`\u00df&\u0301\n!_\u2028\ufb01 a_/}:`\u00df&\u0301\n!_\u2028\ufb01 a-/}:`-\u00df&\u0301-!_-\ufb01 a_/}:`\u00df&\u0301\n!_\u2028\ufb01 \"A_/}:`\u00df&\u0301\\n!_\\u2028\ufb01\" \"A_/}:`\u00df&\u0301\\n!_\\u2028\ufb01\"|415f2f7d3a60c39f26cc810a215fe280a8efac81|     A_/|\"A_/}:`\u00df&\u0301\\n!_\\u2028\ufb01\""
},
{
"tpl": "{{ wrap 6 \"A_/}:`\u00df&\\u0301\\n!_\\u2028\ufb01\" | quote }} {{ trunc 6 \"A_/}:`\u00df&\\u0301\\n!_\\u2028\ufb01\" | quote }} {{ abbrev 6 \"A_/}:`\u00df&\\u0301\\n!_\\u2028\ufb01\" | quote }} {{ substr 6 9 \"A_/}:`\u00df&\\u0301\\n!_\\u2028\ufb01\" | quote }} {{ trimAll \"*#\" \"A_/}:`\u00df&\\u0301\\n!_\\u2028\ufb01\" | quote }}",
"out": "\"A_/}:`\u00df&\u0301\\n!_\\u2028\ufb01\" \"A_/}:`\" \"A_/...\" \"\u00df&\" \"A_/}:`\u00df&\u0301\\n!_\\u2028\ufb01\""
},
{
"tpl": "{{ upper \"[b\u6587@|</_\u01f0!\u6587\u01c5\" }} {{ quote \"[b\u6587@|</_\u01f0!\u6587\u01c5\" }} {{ untitle \"[b\u6587@|</_\u01f0!\u6587\u01c5\" }} {{ lower \"[b\u6587@|</_\u01f0!\u6587\u01c5\" }} {{ toJson \"[b\u6587@|</_\u01f0!\u6587\u01c5\" }} {{ b64enc \"[b\u6587@|</_\u01f0!\u6587\u01c5\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"[b\u6587@|</_\u01f0!\u6587\u01c5\" \"[b\u6587@|</_\u01f0!\u6587\u01c5\" \"[b\u6587@|</_\u01f0!\u6587\u01c5\" \"[b\u6587@|</_\u01f0!\u6587\u01c5\" }}",
"out": "[B\u6587@|</_\u01f0!\u6587\u01c4 \"[b\u6587@|</_\u01f0!\u6587\u01c5\" [b\u6587@|</_\u01f0!\u6587\u01c5 [b\u6587@|</_\u01f0!\u6587\u01c6 \"[b\u6587@|\\u003c/_\u01f0!\u6587\u01c5\" W2LmlodAfDwvX8ewIeaWh8eF \"[b\u6587@|</_\u01f0!\u6587\u01c5\"|5b62e69687407c3c2f5fc7b021e69687c785|     [b\u6587|\"[b\u6587@|</_\u01f0!\u6587\u01c5\""
},
{
"tpl": "{{ wrap 7 \"[b\u6587@|</_\u01f0!\u6587\u01c5\" | quote }} {{ trunc 7 \"[b\u6587@|</_\u01f0!\u6587\u01c5\" | quote }} {{ abbrev 7 \"[b\u6587@|</_\u01f0!\u6587\u01c5\" | quote }} {{ substr 7 10 \"[b\u6587@|</_\u01f0!\u6587\u01c5\" | quote }} {{ trimAll \"\\u2028_\" \"[b\u6587@|</_\u01f0!\u6587\u01c5\" | quote }}",
"out": "\"[b\u6587@|</_\u01f0!\u6587\u01c5\" \"[b\u6587@|\" \"[b\\xe6\\x96...\" \"</_\" \"[b\u6587@|</_\u01f0!\u6587\u01c5\""
},
{
"tpl": "{{ swapcase \"\ud83d\ude009Z\u03c3/\ufb01b\u0131\u4e2d\" }} {{ upper \"\ud83d\ude009Z\u03c3/\ufb01b\u0131\u4e2d\" }} {{ snakecase \"\ud83d\ude009Z\u03c3/\ufb01b\u0131\u4e2d\" }} {{ quote \"\ud83d\ude009Z\u03c3/\ufb01b\u0131\u4e2d\" }} {{ kebabcase \"\ud83d\ude009Z\u03c3/\ufb01b\u0131\u4e2d\" }} {{ title \"\ud83d\ude009Z\u03c3/\ufb01b\u0131\u4e2d\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"\ud83d\ude009Z\u03c3/\ufb01b\u0131\u4e2d\" \"\ud83d\ude009Z\u03c3/\ufb01b\u0131\u4e2d\" \"\ud83d\ude009Z\u03c3/\ufb01b\u0131\u4e2d\" \"\ud83d\ude009Z\u03c3/\ufb01b\u0131\u4e2d\" }}",
"out": "\ud83d\ude009z\u03a3/\ufb01BI\u4e2d \ud83d\ude009Z\u03a3/\ufb01BI\u4e2d \ud83d\ude009_z\u03c3/\ufb01b\u0131_\u4e2d \"\ud83d\ude009Z\u03c3/\ufb01b\u0131\u4e2d\" \ud83d\ude009-z\u03c3/\ufb01b\u0131-\u4e2d \ud83d\ude009Z\u03c3/\ufb01b\u0131\u4e2d \"\ud83d\ude009Z\u03c3/\ufb01b\u0131\u4e2d\"|f09f9880395acf832fefac8162c4b1e4b8ad|     \ud83d\ude009Z|\"\ud83d\ude009Z\u03c3/\ufb01b\u0131\u4e2d\""
},
{
"tpl": "{{ wrap 12 \"\ud83d\ude009Z\u03c3/\ufb01b\u0131\u4e2d\" | quote }} {{ trunc 12 \"\ud83d\ude009Z\u03c3/\ufb01b\u0131\u4e2d\" | quote }} {{ abbrev 12 \"\ud83d\ude009Z\u03c3/\ufb01b\u0131\u4e2d\" | quote }} {{ substr 12 15 \"\ud83d\ude009Z\u03c3/\ufb01b\u0131\u4e2d\" | quote }} {{ trimAll \"Bz\" \"\ud83d\ude009Z\u03c3/\ufb01b\u0131\u4e2d\" | quote }}",
"out": "\"\ud83d\ude009Z\u03c3/\ufb01b\u0131\u4e2d\" \"\ud83d\ude009Z\u03c3/\ufb01\" \"\ud83d\ude009Z\u03c3/...\" \"b\u0131\" \"\ud83d\ude009Z\u03c3/\ufb01b\u0131\u4e2d\""
},
{
"tpl": "{{ camelcase \"\u0661a;\u03c3&_]\\n\u0661_(\" }} {{ kebabcase \"\u0661a;\u03c3&_]\\n\u0661_(\" }} {{ squote \"\u0661a;\u03c3&_]\\n\u0661_(\" }} {{ b32enc \"\u0661a;\u03c3&_]\\n\u0661_(\" }} {{ snakecase \"\u0661a;\u03c3&_]\\n\u0661_(\" }} {{ initials \"\u0661a;\u03c3&_]\\n\u0661_(\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"\u0661a;\u03c3&_]\\n\u0661_(\" \"\u0661a;\u03c3&_]\\n\u0661_(\" \"\u0661a;\u03c3&_]\\n\u0661_(\" \"\u0661a;\u03c3&_]\\n\u0661_(\" }}",
"out": "\u0661a;\u03c3&]\u0661( \u0661a;\u03c3&_]-\u0661-( '\u0661a;\u03c3&_]\n\u0661_(' 3GQWCO6PQMTF6XIK3GQV6KA= \u0661a;\u03c3&_]_\u0661_( \u00d9\u00d9 \"\u0661a;\u03c3&_]\\n\u0661_(\"|d9a1613bcf83265f5d0ad9a15f28|     \u0661a;|\"\u0661a;\u03c3&_]\\n\u0661_(\""
},
{
"tpl": "{{ wrap 11 \"\u0661a;\u03c3&_]\\n\u0661_(\" | quote }} {{ trunc 11 \"\u0661a;\u03c3&_]\\n\u0661_(\" | quote }} {{ abbrev 11 \"\u0661a;\u03c3&_]\\n\u0661_(\" | quote }} {{ substr 11 14 \"\u0661a;\u03c3&_]\\n\u0661_(\" | quote }} {{ trimAll \"%\u6587\" \"\u0661a;\u03c3&_]\\n\u0661_(\" | quote }}",
"out": "\"\u0661a;\u03c3&_]\\n\u0661_(\" \"\u0661a;\u03c3&_]\\n\\xd9\" \"\u0661a;\u03c3&_...\" \"\\xa1_(\" \"\u0661a;\u03c3&_]\\n\u0661_(\""
},
{
"tpl": "{{ quote \"\ufb01\u01f0+0\" }} {{ nospace \"\ufb01\u01f0+0\" }} {{ squote \"\ufb01\u01f0+0\" }} {{ untitle \"\ufb01\u01f0+0\" }} {{ trim \"\ufb01\u01f0+0\" }} {{ initials \"\ufb01\u01f0+0\" }} {{ printf \"%q|%x|%8.3s|%-4q\" \"\ufb01\u01f0+0\" \"\ufb01\u01f0+0\" \"\ufb01\u01f0+0\" \"\ufb01\u01f0+0\" }}",
"out": "\"\ufb01\u01f0+0\" \ufb01\u01f0+0 '\ufb01\u01f0+0' \ufb01\u01f0+0 \ufb01\u01f0+0 \u00ef \"\ufb01\u01f0+0\"|efac81c7b02b30|     \ufb01\u01f0+|\"\ufb01\u01f0+0\""
},
{
"tpl": "{{ wrap 12 \"\ufb01\u01f0+0\" | quote }} {{ trunc 12 \"\ufb01\u01f0+0\" | quote }} {{ abbrev 12 \"\ufb01\u01f0+0\" | quote }} {{ substr 12 15 \"\ufb01\u01f0+0\" | quote }} {{ trimAll \"\u03a3\u00c9\" \"\ufb01\u01f0+0\" | quote }}",
"out": "\"\ufb01\u01f0+0\" \"\ufb01\u01f0+0\" \"\ufb01\u01f0+0\" ",
"err": "template: t:1:102: executing \"t\" at <substr 12 15 \"\ufb01\u01f0+0\">: error calling substr: runtime error: slice bounds out of range [12:7]"
},
{
"tpl": "{{ snakecase \"C\u4e2d/Zx\u4e2d_\" }}|{{ kebabcase \"C\u4e2d/Zx\u4e2d_\" }}|{{ camelcase \"C\u4e2d/Zx\u4e2d_\" }}|{{ swapcase \"C\u4e2d/Zx\u4e2d_\" }}|{{ title \"C\u4e2d/Zx\u4e2d_\" }}|{{ initials \"C\u4e2d/Zx\u4e2d_\" }}",
"out": "c_\u4e2d/zx_\u4e2d_|c-\u4e2d/zx-\u4e2d-|C\u4e2d/Zx\u4e2d_|c\u4e2d/zX\u4e2d_|C\u4e2d/Zx\u4e2d_|C"
},
{
"tpl": "{{ snakecase \":X\u00e9\\ufffd\" }}|{{ kebabcase \":X\u00e9\\ufffd\" }}|{{ camelcase \":X\u00e9\\ufffd\" }}|{{ swapcase \":X\u00e9\\ufffd\" }}|{{ title \":X\u00e9\\ufffd\" }}|{{ initials \":X\u00e9\\ufffd\" }}",
"out": ":x\u00e9\ufffd|:x\u00e9\ufffd|:X\u00e9\ufffd|:x\u00c9\ufffd|:X\u00e9\ufffd|:"
},
{
"tpl": "{{ snakecase \"1_.\u4e2d\u00c9xZ\" }}|{{ kebabcase \"1_.\u4e2d\u00c9xZ\" }}|{{ camelcase \"1_.\u4e2d\u00c9xZ\" }}|{{ swapcase \"1_.\u4e2d\u00c9xZ\" }}|{{ title \"1_.\u4e2d\u00c9xZ\" }}|{{ initials \"1_.\u4e2d\u00c9xZ\" }}",
"out": "1_.\u4e2d_\u00e9x_z|1-.\u4e2d-\u00e9x-z|1.\u4e2d\u00c9xZ|1_.\u4e2d\u00e9Xz|1_.\u4e2d\u00c9xZ|1"
},
{
"tpl": "{{ snakecase \"\u03c30.b\u4e2d\u0661\ud83d\ude00x\" }}|{{ kebabcase \"\u03c30.b\u4e2d\u0661\ud83d\ude00x\" }}|{{ camelcase \"\u03c30.b\u4e2d\u0661\ud83d\ude00x\" }}|{{ swapcase \"\u03c30.b\u4e2d\u0661\ud83d\ude00x\" }}|{{ title \"\u03c30.b\u4e2d\u0661\ud83d\ude00x\" }}|{{ initials \"\u03c30.b\u4e2d\u0661\ud83d\ude00x\" }}",
"out": "\u03c30.b_\u4e2d\u0661_\ud83d\ude00_x|\u03c30.b-\u4e2d\u0661-\ud83d\ude00-x|\u03a30.b\u4e2d\u0661\ud83d\ude00x|\u03a30.B\u4e2d\u0661\ud83d\ude00X|\u03a30.B\u4e2d\u0661\ud83d\ude00x|\u00cf"
},
{
"tpl": "{{ snakecase \"\u03c3\\ufffd\ud83d\ude00\u00e9c:x\" }}|{{ kebabcase \"\u03c3\\ufffd\ud83d\ude00\u00e9c:x\" }}|{{ camelcase \"\u03c3\\ufffd\ud83d\ude00\u00e9c:x\" }}|{{ swapcase \"\u03c3\\ufffd\ud83d\ude00\u00e9c:x\" }}|{{ title \"\u03c3\\ufffd\ud83d\ude00\u00e9c:x\" }}|{{ initials \"\u03c3\\ufffd\ud83d\ude00\u00e9c:x\" }}",
"out": "\u03c3_\ufffd\ud83d\ude00_\u00e9c:x|\u03c3-\ufffd\ud83d\ude00-\u00e9c:x|\u03a3\ufffd\ud83d\ude00\u00e9c:x|\u03a3\ufffd\ud83d\ude00\u00c9C:X|\u03a3\ufffd\ud83d\ude00\u00e9c:X|\u00cf"
},
{
"tpl": "{{ snakecase \"A\u06611\u00e9_-\" }}|{{ kebabcase \"A\u06611\u00e9_-\" }}|{{ camelcase \"A\u06611\u00e9_-\" }}|{{ swapcase \"A\u06611\u00e9_-\" }}|{{ title \"A\u06611\u00e9_-\" }}|{{ initials \"A\u06611\u00e9_-\" }}",
"out": "a_\u06611\u00e9__|a-\u06611\u00e9--|A\u06611\u00e9_-|a\u06611\u00c9_-|A\u06611\u00e9_-|A"
},
{
"tpl": "{{ snakecase \"\u4e2d\" }}|{{ kebabcase \"\u4e2d\" }}|{{ camelcase \"\u4e2d\" }}|{{ swapcase \"\u4e2d\" }}|{{ title \"\u4e2d\" }}|{{ initials \"\u4e2d\" }}",
"out": "\u4e2d|\u4e2d|\u4e2d|\u4e2d|\u4e2d|\u00e4"
},
{
"tpl": "{{ snakecase \"\u06610\" }}|{{ kebabcase \"\u06610\" }}|{{ camelcase \"\u06610\" }}|{{ swapcase \"\u06610\" }}|{{ title \"\u06610\" }}|{{ initials \"\u06610\" }}",
"out": "\u06610|\u06610|\u06610|\u06610|\u06610|\u00d9"
},
{
"tpl": "{{ snakecase \"01\u216bx0_\" }}|{{ kebabcase \"01\u216bx0_\" }}|{{ camelcase \"01\u216bx0_\" }}|{{ swapcase \"01\u216bx0_\" }}|{{ title \"01\u216bx0_\" }}|{{ initials \"01\u216bx0_\" }}",
"out": "01\u216bx0_|01\u216bx0-|01\u216bx0_|01\u216bX0_|01\u216bx0_|0\u00ab"
},
{
"tpl": "{{ snakecase \"0/x\ud83d\ude00_X\" }}|{{ kebabcase \"0/x\ud83d\ude00_X\" }}|{{ camelcase \"0/x\ud83d\ude00_X\" }}|{{ swapcase \"0/x\ud83d\ude00_X\" }}|{{ title \"0/x\ud83d\ude00_X\" }}|{{ initials \"0/x\ud83d\ude00_X\" }}",
"out": "0/x_\ud83d\ude00_x|0/x-\ud83d\ude00-x|0/x\ud83d\ude00X|0/X\ud83d\ude00_x|0/X\ud83d\ude00_X|0"
},
{
"tpl": "{{ snakecase \"A\u4e2dX\" }}|{{ kebabcase \"A\u4e2dX\" }}|{{ camelcase \"A\u4e2dX\" }}|{{ swapcase \"A\u4e2dX\" }}|{{ title \"A\u4e2dX\" }}|{{ initials \"A\u4e2dX\" }}",
"out": "a_\u4e2d_x|a-\u4e2d-x|A\u4e2dX|a\u4e2dx|A\u4e2dX|A"
},
{
"tpl": "{{ snakecase \"\" }}|{{ kebabcase \"\" }}|{{ camelcase \"\" }}|{{ swapcase \"\" }}|{{ title \"\" }}|{{ initials \"\" }}",
"out": "|||||"
},
{
"tpl": "{{ snakecase \"\ud83d\ude00.0\u0661\" }}|{{ kebabcase \"\ud83d\ude00.0\u0661\" }}|{{ camelcase \"\ud83d\ude00.0\u0661\" }}|{{ swapcase \"\ud83d\ude00.0\u0661\" }}|{{ title \"\ud83d\ude00.0\u0661\" }}|{{ initials \"\ud83d\ude00.0\u0661\" }}",
"out": "\ud83d\ude00.0\u0661|\ud83d\ude00.0\u0661|\ud83d\ude00.0\u0661|\ud83d\ude00.0\u0661|\ud83d\ude00.0\u0661|\u00f0"
},
{
"tpl": "{{ snakecase \"\u216b\u03c3_\u00c9B0\ud83d\ude00\u00e9\u00c9\" }}|{{ kebabcase \"\u216b\u03c3_\u00c9B0\ud83d\ude00\u00e9\u00c9\" }}|{{ camelcase \"\u216b\u03c3_\u00c9B0\ud83d\ude00\u00e9\u00c9\" }}|{{ swapcase \"\u216b\u03c3_\u00c9B0\ud83d\ude00\u00e9\u00c9\" }}|{{ title \"\u216b\u03c3_\u00c9B0\ud83d\ude00\u00e9\u00c9\" }}|{{ initials \"\u216b\u03c3_\u00c9B0\ud83d\ude00\u00e9\u00c9\" }}",
"out": "\u216b\u03c3_\u00e9b0_\ud83d\ude00_\u00e9_\u00e9|\u216b\u03c3-\u00e9b0-\ud83d\ude00-\u00e9-\u00e9|\u216b\u03c3\u00c9b0\ud83d\ude00\u00e9\u00c9|\u216b\u03a3_\u00e9b0\ud83d\ude00\u00c9\u00e9|\u216b\u03c3_\u00c9B0\ud83d\ude00\u00e9\u00c9|\u00e2\u00ab"
},
{
"tpl": "{{ snakecase \"X-1\" }}|{{ kebabcase \"X-1\" }}|{{ camelcase \"X-1\" }}|{{ swapcase \"X-1\" }}|{{ title \"X-1\" }}|{{ initials \"X-1\" }}",
"out": "x_1|x-1|X1|x-1|X-1|X"
},
{
"tpl": "{{ snakecase \"x1\" }}|{{ kebabcase \"x1\" }}|{{ camelcase \"x1\" }}|{{ swapcase \"x1\" }}|{{ title \"x1\" }}|{{ initials \"x1\" }}",
"out": "x1|x1|X1|X1|X1|x"
},
{
"tpl": "{{ snakecase \"\u00c9\\ufffd\u00e9cy9\u00c9\" }}|{{ kebabcase \"\u00c9\\ufffd\u00e9cy9\u00c9\" }}|{{ camelcase \"\u00c9\\ufffd\u00e9cy9\u00c9\" }}|{{ swapcase \"\u00c9\\ufffd\u00e9cy9\u00c9\" }}|{{ title \"\u00c9\\ufffd\u00e9cy9\u00c9\" }}|{{ initials \"\u00c9\\ufffd\u00e9cy9\u00c9\" }}",
"out": "\u00e9\ufffd\u00e9cy9_\u00e9|\u00e9\ufffd\u00e9cy9-\u00e9|\u00c9\ufffd\u00e9cy9\u00c9|\u00e9\ufffd\u00c9CY9\u00e9|\u00c9\ufffd\u00e9cy9\u00c9|\u00c3"
},
{
"tpl": "{{ snakecase \"0\u03c3\u03c3-\ud83d\ude00\" }}|{{ kebabcase \"0\u03c3\u03c3-\ud83d\ude00\" }}|{{ camelcase \"0\u03c3\u03c3-\ud83d\ude00\" }}|{{ swapcase \"0\u03c3\u03c3-\ud83d\ude00\" }}|{{ title \"0\u03c3\u03c3-\ud83d\ude00\" }}|{{ initials \"0\u03c3\u03c3-\ud83d\ude00\" }}",
"out": "0\u03c3\u03c3_\ud83d\ude00|0\u03c3\u03c3-\ud83d\ude00|0\u03c3\u03c3\ud83d\ude00|0\u03a3\u03a3-\ud83d\ude00|0\u03c3\u03c3-\ud83d\ude00|0"
},
{
"tpl": "{{ snakecase \"\u01c5\u03c3\" }}|{{ kebabcase \"\u01c5\u03c3\" }}|{{ camelcase \"\u01c5\u03c3\" }}|{{ swapcase \"\u01c5\u03c3\" }}|{{ title \"\u01c5\u03c3\" }}|{{ initials \"\u01c5\u03c3\" }}",
"out": "\u01c5\u03c3|\u01c5\u03c3|\u01c4\u03c3|\u01c6\u03a3|\u01c5\u03c3|\u00c7\u00cf"
},
{
"tpl": "{{ snakecase \"0x\" }}|{{ kebabcase \"0x\" }}|{{ camelcase \"0x\" }}|{{ swapcase \"0x\" }}|{{ title \"0x\" }}|{{ initials \"0x\" }}",
"out": "0x|0x|0x|0X|0x|0"
},
{
"tpl": "{{ snakecase \"\u01c5bB\\ufffdCac-\u03c3\" }}|{{ kebabcase \"\u01c5bB\\ufffdCac-\u03c3\" }}|{{ camelcase \"\u01c5bB\\ufffdCac-\u03c3\" }}|{{ swapcase \"\u01c5bB\\ufffdCac-\u03c3\" }}|{{ title \"\u01c5bB\\ufffdCac-\u03c3\" }}|{{ initials \"\u01c5bB\\ufffdCac-\u03c3\" }}",
"out": "\u01c5b_b_\ufffdcac_\u03c3|\u01c5b-b-\ufffdcac-\u03c3|\u01c4bB\ufffdCac\u03a3|\u01c6Bb\ufffdcAC-\u03a3|\u01c5bB\ufffdCac-\u03a3|\u00c7b"
},
{
"tpl": "{{ snakecase \"1Xb\" }}|{{ kebabcase \"1Xb\" }}|{{ camelcase \"1Xb\" }}|{{ swapcase \"1Xb\" }}|{{ title \"1Xb\" }}|{{ initials \"1Xb\" }}",
"out": "1_xb|1-xb|1Xb|1xB|1Xb|1"
},
{
"tpl": "{{ snakecase \"\u216bZX\" }}|{{ kebabcase \"\u216bZX\" }}|{{ camelcase \"\u216bZX\" }}|{{ swapcase \"\u216bZX\" }}|{{ title \"\u216bZX\" }}|{{ initials \"\u216bZX\" }}",
"out": "\u216b_zx|\u216b-zx|\u216bZX|\u216bzx|\u216bZX|\u00e2\u00ab"
},
{
"tpl": "{{ snakecase \"\u00c9y ._\u01c5_\" }}|{{ kebabcase \"\u00c9y ._\u01c5_\" }}|{{ camelcase \"\u00c9y ._\u01c5_\" }}|{{ swapcase \"\u00c9y ._\u01c5_\" }}|{{ title \"\u00c9y ._\u01c5_\" }}|{{ initials \"\u00c9y ._\u01c5_\" }}",
"out": "\u00e9y_._\u01c5_|\u00e9y-._\u01c5-|\u00c9y.\u01c4_|\u00e9Y ._\u01c6_|\u00c9y ._\u01c5_|\u00c3._"
},
{
"tpl": "{{ snakecase \"\\ufffdbZ\" }}|{{ kebabcase \"\\ufffdbZ\" }}|{{ camelcase \"\\ufffdbZ\" }}|{{ swapcase \"\\ufffdbZ\" }}|{{ title \"\\ufffdbZ\" }}|{{ initials \"\\ufffdbZ\" }}",
"out": "\ufffdb_z|\ufffdb-z|\ufffdbZ|\ufffdBz|\ufffdbZ|\u00ef"
},
{
"tpl": "{{ snakecase \"yc/\u01c5\" }}|{{ kebabcase \"yc/\u01c5\" }}|{{ camelcase \"yc/\u01c5\" }}|{{ swapcase \"yc/\u01c5\" }}|{{ title \"yc/\u01c5\" }}|{{ initials \"yc/\u01c5\" }}",
"out": "yc/\u01c5|yc/\u01c5|Yc/\u01c5|YC/\u01c6|Yc/\u01c5|y"
},
{
"tpl": "{{ snakecase \".B x\" }}|{{ kebabcase \".B x\" }}|{{ camelcase \".B x\" }}|{{ swapcase \".B x\" }}|{{ title \".B x\" }}|{{ initials \".B x\" }}",
"out": ".b_x|.b-x|.BX|.b X|.B X|.x"
},
{
"tpl": "{{ snakecase \"\u216b9C\" }}|{{ kebabcase \"\u216b9C\" }}|{{ camelcase \"\u216b9C\" }}|{{ swapcase \"\u216b9C\" }}|{{ title \"\u216b9C\" }}|{{ initials \"\u216b9C\" }}",
"out": "\u216b9_c|\u216b9-c|\u216b9C|\u216b9c|\u216b9C|\u00e2\u00ab"
},
{
"tpl": "{{ snakecase \"\ud83d\ude00X01\u0661\u03c3\u216bA\" }}|{{ kebabcase \"\ud83d\ude00X01\u0661\u03c3\u216bA\" }}|{{ camelcase \"\ud83d\ude00X01\u0661\u03c3\u216bA\" }}|{{ swapcase \"\ud83d\ude00X01\u0661\u03c3\u216bA\" }}|{{ title \"\ud83d\ude00X01\u0661\u03c3\u216bA\" }}|{{ initials \"\ud83d\ude00X01\u0661\u03c3\u216bA\" }}",
"out": "\ud83d\ude00_x_01\u0661\u03c3\u216b_a|\ud83d\ude00-x-01\u0661\u03c3\u216b-a|\ud83d\ude00X01\u0661\u03c3\u216bA|\ud83d\ude00x01\u0661\u03a3\u216ba|\ud83d\ude00X01\u0661\u03c3\u216bA|\u00f0\u00ab"
},
{
"tpl": "{{ snakecase \"\u01c5:9\u4e2d\u4e2d\u00e9bBX\" }}|{{ kebabcase \"\u01c5:9\u4e2d\u4e2d\u00e9bBX\" }}|{{ camelcase \"\u01c5:9\u4e2d\u4e2d\u00e9bBX\" }}|{{ swapcase \"\u01c5:9\u4e2d\u4e2d\u00e9bBX\" }}|{{ title \"\u01c5:9\u4e2d\u4e2d\u00e9bBX\" }}|{{ initials \"\u01c5:9\u4e2d\u4e2d\u00e9bBX\" }}",
"out": "\u01c5:9_\u4e2d\u4e2d_\u00e9b_bx|\u01c5:9-\u4e2d\u4e2d-\u00e9b-bx|\u01c4:9\u4e2d\u4e2d\u00e9bBX|\u01c6:9\u4e2d\u4e2d\u00c9Bbx|\u01c5:9\u4e2d\u4e2d\u00e9bBX|\u00c7:"
},
{
"tpl": "{{ snakecase \"\" }}|{{ kebabcase \"\" }}|{{ camelcase \"\" }}|{{ swapcase \"\" }}|{{ title \"\" }}|{{ initials \"\" }}",
"out": "|||||"
},
{
"tpl": "{{ snakecase \"c\\ufffdx\u00e9\u00c9b.C\" }}|{{ kebabcase \"c\\ufffdx\u00e9\u00c9b.C\" }}|{{ camelcase \"c\\ufffdx\u00e9\u00c9b.C\" }}|{{ swapcase \"c\\ufffdx\u00e9\u00c9b.C\" }}|{{ title \"c\\ufffdx\u00e9\u00c9b.C\" }}|{{ initials \"c\\ufffdx\u00e9\u00c9b.C\" }}",
"out": "c\ufffdx\u00e9_\u00e9b.c|c\ufffdx\u00e9-\u00e9b.c|C\ufffdx\u00e9\u00c9b.C|C\ufffdX\u00c9\u00e9B.c|C\ufffdx\u00e9\u00c9b.C|c"
},
{
"tpl": "{{ snakecase \" /\u216b\" }}|{{ kebabcase \" /\u216b\" }}|{{ camelcase \" /\u216b\" }}|{{ swapcase \" /\u216b\" }}|{{ title \" /\u216b\" }}|{{ initials \" /\u216b\" }}",
"out": "_/\u216b|-/\u216b| /\u216b| /\u216b| /\u216b|/\u00ab"
},
{
"tpl": "{{ snakecase \"Cb\" }}|{{ kebabcase \"Cb\" }}|{{ camelcase \"Cb\" }}|{{ swapcase \"Cb\" }}|{{ title \"Cb\" }}|{{ initials \"Cb\" }}",
"out": "cb|cb|Cb|cB|Cb|C"
},
{
"tpl": "{{ snakecase \"\u00c9B\" }}|{{ kebabcase \"\u00c9B\" }}|{{ camelcase \"\u00c9B\" }}|{{ swapcase \"\u00c9B\" }}|{{ title \"\u00c9B\" }}|{{ initials \"\u00c9B\" }}",
"out": "\u00e9b|\u00e9b|\u00c9b|\u00e9b|\u00c9B|\u00c3"
},
{
"tpl": "{{ snakecase \":\u216b\u00c9\u00e9a\u00c9B:C\" }}|{{ kebabcase \":\u216b\u00c9\u00e9a\u00c9B:C\" }}|{{ camelcase \":\u216b\u00c9\u00e9a\u00c9B:C\" }}|{{ swapcase \":\u216b\u00c9\u00e9a\u00c9B:C\" }}|{{ title \":\u216b\u00c9\u00e9a\u00c9B:C\" }}|{{ initials \":\u216b\u00c9\u00e9a\u00c9B:C\" }}",
"out": ":\u216b_\u00e9\u00e9a_\u00e9b:c|:\u216b-\u00e9\u00e9a-\u00e9b:c|:\u216b\u00c9\u00e9a\u00c9B:C|:\u216b\u00e9\u00c9A\u00e9b:c|:\u216b\u00c9\u00e9a\u00c9B:C|:\u00ab"
},
{
"tpl": "{{ snakecase \"\u03c30aByaCA\" }}|{{ kebabcase \"\u03c30aByaCA\" }}|{{ camelcase \"\u03c30aByaCA\" }}|{{ swapcase \"\u03c30aByaCA\" }}|{{ title \"\u03c30aByaCA\" }}|{{ initials \"\u03c30aByaCA\" }}",
"out": "\u03c3_0a_bya_ca|\u03c3-0a-bya-ca|\u03a30aByaCA|\u03a30AbYAca|\u03a30aByaCA|\u00cf"
},
{
"tpl": "{{ snakecase \"\u00e9\" }}|{{ kebabcase \"\u00e9\" }}|{{ camelcase \"\u00e9\" }}|{{ swapcase \"\u00e9\" }}|{{ title \"\u00e9\" }}|{{ initials \"\u00e9\" }}",
"out": "\u00e9|\u00e9|\u00c9|\u00c9|\u00c9|\u00c3"
},
{
"tpl": "{{ snakecase \"\u01c5\u00c9\u4e2dx/x\u00e9x-\" }}|{{ kebabcase \"\u01c5\u00c9\u4e2dx/x\u00e9x-\" }}|{{ camelcase \"\u01c5\u00c9\u4e2dx/x\u00e9x-\" }}|{{ swapcase \"\u01c5\u00c9\u4e2dx/x\u00e9x-\" }}|{{ title \"\u01c5\u00c9\u4e2dx/x\u00e9x-\" }}|{{ initials \"\u01c5\u00c9\u4e2dx/x\u00e9x-\" }}",
"out": "\u01c5_\u00e9_\u4e2d_x/x\u00e9x_|\u01c5-\u00e9-\u4e2d-x/x\u00e9x-|\u01c4\u00c9\u4e2dx/x\u00e9x-|\u01c6\u00e9\u4e2dX/X\u00c9X-|\u01c5\u00c9\u4e2dx/X\u00e9x-|\u00c7\u00c3"
},
{
"tpl": "{{ snakecase \" 0\" }}|{{ kebabcase \" 0\" }}|{{ camelcase \" 0\" }}|{{ swapcase \" 0\" }}|{{ title \" 0\" }}|{{ initials \" 0\" }}",
"out": "_0|-0| 0| 0| 0|0"
},
{
"tpl": "{{ snakecase \"\u4e2d-\u00e9-\" }}|{{ kebabcase \"\u4e2d-\u00e9-\" }}|{{ camelcase \"\u4e2d-\u00e9-\" }}|{{ swapcase \"\u4e2d-\u00e9-\" }}|{{ title \"\u4e2d-\u00e9-\" }}|{{ initials \"\u4e2d-\u00e9-\" }}",
"out": "\u4e2d_\u00e9_|\u4e2d-\u00e9-|\u4e2d\u00c9-|\u4e2d-\u00c9-|\u4e2d-\u00c9-|\u00e4"
},
{
"tpl": "{{ snakecase \"9/\ud83d\ude00\" }}|{{ kebabcase \"9/\ud83d\ude00\" }}|{{ camelcase \"9/\ud83d\ude00\" }}|{{ swapcase \"9/\ud83d\ude00\" }}|{{ title \"9/\ud83d\ude00\" }}|{{ initials \"9/\ud83d\ude00\" }}",
"out": "9/\ud83d\ude00|9/\ud83d\ude00|9/\ud83d\ude00|9/\ud83d\ude00|9/\ud83d\ude00|9"
},
{
"tpl": "{{ snakecase \"\ud83d\ude00_\u00c9\u03c3cxC\" }}|{{ kebabcase \"\ud83d\ude00_\u00c9\u03c3cxC\" }}|{{ camelcase \"\ud83d\ude00_\u00c9\u03c3cxC\" }}|{{ swapcase \"\ud83d\ude00_\u00c9\u03c3cxC\" }}|{{ title \"\ud83d\ude00_\u00c9\u03c3cxC\" }}|{{ initials \"\ud83d\ude00_\u00c9\u03c3cxC\" }}",
"out": "\ud83d\ude00_\u00e9\u03c3cx_c|\ud83d\ude00-\u00e9\u03c3cx-c|\ud83d\ude00\u00c9\u03c3cxC|\ud83d\ude00_\u00e9\u03a3CXc|\ud83d\ude00_\u00c9\u03c3cxC|\u00f0"
},
{
"tpl": "{{ snakecase \"9x\u0661C\" }}|{{ kebabcase \"9x\u0661C\" }}|{{ camelcase \"9x\u0661C\" }}|{{ swapcase \"9x\u0661C\" }}|{{ title \"9x\u0661C\" }}|{{ initials \"9x\u0661C\" }}",
"out": "9x\u0661_c|9x\u0661-c|9x\u0661C|9X\u0661c|9x\u0661C|9"
},
{
"tpl": "{{ snakecase \"-\u01c5aB0\" }}|{{ kebabcase \"-\u01c5aB0\" }}|{{ camelcase \"-\u01c5aB0\" }}|{{ swapcase \"-\u01c5aB0\" }}|{{ title \"-\u01c5aB0\" }}|{{ initials \"-\u01c5aB0\" }}",
"out": "_\u01c5a_b0|-\u01c5a-b0|-\u01c4aB0|-\u01c6Ab0|-\u01c5aB0|-a"
},
{
"tpl": "{{ snakecase \"a\u0661X\u0661._\u01c5Ax\u00c9\" }}|{{ kebabcase \"a\u0661X\u0661._\u01c5Ax\u00c9\" }}|{{ camelcase \"a\u0661X\u0661._\u01c5Ax\u00c9\" }}|{{ swapcase \"a\u0661X\u0661._\u01c5Ax\u00c9\" }}|{{ title \"a\u0661X\u0661._\u01c5Ax\u00c9\" }}|{{ initials \"a\u0661X\u0661._\u01c5Ax\u00c9\" }}",
"out": "a\u0661_x\u0661._\u01c5_ax_\u00e9|a\u0661-x\u0661._\u01c5-ax-\u00e9|A\u0661X\u0661.\u01c4Ax\u00c9|A\u0661x\u0661._\u01c6aX\u00e9|A\u0661X\u0661._\u01c5Ax\u00c9|aA"
},
{
"tpl": "{{ snakecase \": :\u216bA_0\" }}|{{ kebabcase \": :\u216bA_0\" }}|{{ camelcase \": :\u216bA_0\" }}|{{ swapcase \": :\u216bA_0\" }}|{{ title \": :\u216bA_0\" }}|{{ initials \": :\u216bA_0\" }}",
"out": ":_:\u216b_a_0|:-:\u216b-a-0|::\u216bA0|: :\u216ba_0|: :\u216bA_0|::\u00ab"
},
{
"tpl": "{{ snakecase \"\" }}|{{ kebabcase \"\" }}|{{ camelcase \"\" }}|{{ swapcase \"\" }}|{{ title \"\" }}|{{ initials \"\" }}",
"out": "|||||"
},
{
"tpl": "{{ snakecase \"0:y\u01c5\u4e2dCX\u00c9\" }}|{{ kebabcase \"0:y\u01c5\u4e2dCX\u00c9\" }}|{{ camelcase \"0:y\u01c5\u4e2dCX\u00c9\" }}|{{ swapcase \"0:y\u01c5\u4e2dCX\u00c9\" }}|{{ title \"0:y\u01c5\u4e2dCX\u00c9\" }}|{{ initials \"0:y\u01c5\u4e2dCX\u00c9\" }}",
"out": "0:y\u01c5_\u4e2d_cx\u00e9|0:y\u01c5-\u4e2d-cx\u00e9|0:y\u01c5\u4e2dCX\u00c9|0:Y\u01c6\u4e2dcx\u00e9|0:Y\u01c5\u4e2dCX\u00c9|0\u00e4"
},
{
"tpl": "{{ snakecase \"\\ufffd\" }}|{{ kebabcase \"\\ufffd\" }}|{{ camelcase \"\\ufffd\" }}|{{ swapcase \"\\ufffd\" }}|{{ title \"\\ufffd\" }}|{{ initials \"\\ufffd\" }}",
"out": "\ufffd|\ufffd|\ufffd|\ufffd|\ufffd|\u00ef"
},
{
"tpl": "{{ snakecase \"bcCa\ud83d\ude000\" }}|{{ kebabcase \"bcCa\ud83d\ude000\" }}|{{ camelcase \"bcCa\ud83d\ude000\" }}|{{ swapcase \"bcCa\ud83d\ude000\" }}|{{ title \"bcCa\ud83d\ude000\" }}|{{ initials \"bcCa\ud83d\ude000\" }}",
"out": "bc_ca_\ud83d\ude000|bc-ca-\ud83d\ude000|BcCa\ud83d\ude000|BCcA\ud83d\ude000|BcCa\ud83d\ude000|b"
},
{
"tpl": "{{ snakecase \"y C1\" }}|{{ kebabcase \"y C1\" }}|{{ camelcase \"y C1\" }}|{{ swapcase \"y C1\" }}|{{ title \"y C1\" }}|{{ initials \"y C1\" }}",
"out": "y_c1|y-c1|YC1|Y c1|Y C1|yC"
},
{
"tpl": "{{ snakecase \"_ \u00c90CA\u0661\" }}|{{ kebabcase \"_ \u00c90CA\u0661\" }}|{{ camelcase \"_ \u00c90CA\u0661\" }}|{{ swapcase \"_ \u00c90CA\u0661\" }}|{{ title \"_ \u00c90CA\u0661\" }}|{{ initials \"_ \u00c90CA\u0661\" }}",
"out": "__\u00e90_ca\u0661|--\u00e90-ca\u0661|_ \u00c90CA\u0661|_ \u00e90ca\u0661|_ \u00c90CA\u0661|_\u00c3"
},
{
"tpl": "{{ snakecase \"B\" }}|{{ kebabcase \"B\" }}|{{ camelcase \"B\" }}|{{ swapcase \"B\" }}|{{ title \"B\" }}|{{ initials \"B\" }}",
"out": "b|b|B|b|B|B"
},
{
"tpl": "{{ snakecase \"_\u00e9C.\u03c3\" }}|{{ kebabcase \"_\u00e9C.\u03c3\" }}|{{ camelcase \"_\u00e9C.\u03c3\" }}|{{ swapcase \"_\u00e9C.\u03c3\" }}|{{ title \"_\u00e9C.\u03c3\" }}|{{ initials \"_\u00e9C.\u03c3\" }}",
"out": "_\u00e9_c.\u03c3|-\u00e9-c.\u03c3|_\u00c9C.\u03c3|_\u00c9c.\u03a3|_\u00e9C.\u03a3|_"
},
{
"tpl": "{{ snakecase \"A\" }}|{{ kebabcase \"A\" }}|{{ camelcase \"A\" }}|{{ swapcase \"A\" }}|{{ title \"A\" }}|{{ initials \"A\" }}",
"out": "a|a|A|a|A|A"
},
{
"tpl": "{{ snakecase \"_a\u216byXB0:\ud83d\ude00/\" }}|{{ kebabcase \"_a\u216byXB0:\ud83d\ude00/\" }}|{{ camelcase \"_a\u216byXB0:\ud83d\ude00/\" }}|{{ swapcase \"_a\u216byXB0:\ud83d\ude00/\" }}|{{ title \"_a\u216byXB0:\ud83d\ude00/\" }}|{{ initials \"_a\u216byXB0:\ud83d\ude00/\" }}",
"out": "_a_\u216by_xb0:\ud83d\ude00/|-a-\u216by-xb0:\ud83d\ude00/|_A\u216byXB0:\ud83d\ude00/|_A\u216bYxb0:\ud83d\ude00/|_a\u216byXB0:\ud83d\ude00/|_\u00ab"
},
{
"tpl": "{{ snakecase \"x/\" }}|{{ kebabcase \"x/\" }}|{{ camelcase \"x/\" }}|{{ swapcase \"x/\" }}|{{ title \"x/\" }}|{{ initials \"x/\" }}",
"out": "x/|x/|X/|X/|X/|x"
},
{
"tpl": "{{ snakecase \"B_B\u00c9\u03c3\u03c3y_:\" }}|{{ kebabcase \"B_B\u00c9\u03c3\u03c3y_:\" }}|{{ camelcase \"B_B\u00c9\u03c3\u03c3y_:\" }}|{{ swapcase \"B_B\u00c9\u03c3\u03c3y_:\" }}|{{ title \"B_B\u00c9\u03c3\u03c3y_:\" }}|{{ initials \"B_B\u00c9\u03c3\u03c3y_:\" }}",
"out": "b_b_\u00e9\u03c3\u03c3y_:|b-b-\u00e9\u03c3\u03c3y-:|BB\u00e9\u03c3\u03c3y:|b_b\u00e9\u03a3\u03a3Y_:|B_B\u00c9\u03c3\u03c3y_:|B"
},
{
"tpl": "{{ snakecase \"\u0661X\" }}|{{ kebabcase \"\u0661X\" }}|{{ camelcase \"\u0661X\" }}|{{ swapcase \"\u0661X\" }}|{{ title \"\u0661X\" }}|{{ initials \"\u0661X\" }}",
"out": "\u0661_x|\u0661-x|\u0661X|\u0661x|\u0661X|\u00d9"
},
{
"tpl": "{{ snakecase \"\" }}|{{ kebabcase \"\" }}|{{ camelcase \"\" }}|{{ swapcase \"\" }}|{{ title \"\" }}|{{ initials \"\" }}",
"out": "|||||"
},
{
"tpl": "{{ snakecase \"Bx9:/_-/\" }}|{{ kebabcase \"Bx9:/_-/\" }}|{{ camelcase \"Bx9:/_-/\" }}|{{ swapcase \"Bx9:/_-/\" }}|{{ title \"Bx9:/_-/\" }}|{{ initials \"Bx9:/_-/\" }}",
"out": "bx9:/_-/|bx9:/_-/|Bx9:/_/|bX9:/_-/|Bx9:/_-/|B"
},
{
"tpl": "{{ snakecase \"\\ufffd\u00e9\" }}|{{ kebabcase \"\\ufffd\u00e9\" }}|{{ camelcase \"\\ufffd\u00e9\" }}|{{ swapcase \"\\ufffd\u00e9\" }}|{{ title \"\\ufffd\u00e9\" }}|{{ initials \"\\ufffd\u00e9\" }}",
"out": "\ufffd\u00e9|\ufffd\u00e9|\ufffd\u00e9|\ufffd\u00c9|\ufffd\u00e9|\u00ef"
},
{
"tpl": "{{ snakecase \":\u0661Z\" }}|{{ kebabcase \":\u0661Z\" }}|{{ camelcase \":\u0661Z\" }}|{{ swapcase \":\u0661Z\" }}|{{ title \":\u0661Z\" }}|{{ initials \":\u0661Z\" }}",
"out": ":\u0661_z|:\u0661-z|:\u0661Z|:\u0661z|:\u0661Z|:"
},
{
"tpl": "{{ snakecase \"/1-\u00e9\" }}|{{ kebabcase \"/1-\u00e9\" }}|{{ camelcase \"/1-\u00e9\" }}|{{ swapcase \"/1-\u00e9\" }}|{{ title \"/1-\u00e9\" }}|{{ initials \"/1-\u00e9\" }}",
"out": "/1_\u00e9|/1-\u00e9|/1\u00c9|/1-\u00c9|/1-\u00c9|/"
},
{
"tpl": "{{ snakecase \"9\" }}|{{ kebabcase \"9\" }}|{{ camelcase \"9\" }}|{{ swapcase \"9\" }}|{{ title \"9\" }}|{{ initials \"9\" }}",
"out": "9|9|9|9|9|9"
},
{
"tpl": "{{ snakecase \"\u0661Z0..X\" }}|{{ kebabcase \"\u0661Z0..X\" }}|{{ camelcase \"\u0661Z0..X\" }}|{{ swapcase \"\u0661Z0..X\" }}|{{ title \"\u0661Z0..X\" }}|{{ initials \"\u0661Z0..X\" }}",
"out": "\u0661_z0..x|\u0661-z0..x|\u0661Z0..X|\u0661z0..x|\u0661Z0..X|\u00d9"
},
{
"tpl": "{{ snakecase \"\\ufffd\u0661\u216b\" }}|{{ kebabcase \"\\ufffd\u0661\u216b\" }}|{{ camelcase \"\\ufffd\u0661\u216b\" }}|{{ swapcase \"\\ufffd\u0661\u216b\" }}|{{ title \"\\ufffd\u0661\u216b\" }}|{{ initials \"\\ufffd\u0661\u216b\" }}",
"out": "\ufffd\u0661\u216b|\ufffd\u0661\u216b|\ufffd\u0661\u216b|\ufffd\u0661\u216b|\ufffd\u0661\u216b|\u00ef\u00ab"
},
{
"tpl": "{{ snakecase \"X_\u216b-/\" }}|{{ kebabcase \"X_\u216b-/\" }}|{{ camelcase \"X_\u216b-/\" }}|{{ swapcase \"X_\u216b-/\" }}|{{ title \"X_\u216b-/\" }}|{{ initials \"X_\u216b-/\" }}",
"out": "x_\u216b_/|x-\u216b-/|X\u216b/|x_\u216b-/|X_\u216b-/|X\u00ab"
},
{
"tpl": "{{ snakecase \"Z\u01c5\u01c5x\" }}|{{ kebabcase \"Z\u01c5\u01c5x\" }}|{{ camelcase \"Z\u01c5\u01c5x\" }}|{{ swapcase \"Z\u01c5\u01c5x\" }}|{{ title \"Z\u01c5\u01c5x\" }}|{{ initials \"Z\u01c5\u01c5x\" }}",
"out": "z\u01c5\u01c5x|z\u01c5\u01c5x|Z\u01c5\u01c5x|z\u01c6\u01c6X|Z\u01c5\u01c5x|Z\u00c7x"
},
{
"tpl": "{{ snakecase \"\u00e9:Ay9\\ufffd\u00e9\" }}|{{ kebabcase \"\u00e9:Ay9\\ufffd\u00e9\" }}|{{ camelcase \"\u00e9:Ay9\\ufffd\u00e9\" }}|{{ swapcase \"\u00e9:Ay9\\ufffd\u00e9\" }}|{{ title \"\u00e9:Ay9\\ufffd\u00e9\" }}|{{ initials \"\u00e9:Ay9\\ufffd\u00e9\" }}",
"out": "\u00e9:ay_9\ufffd\u00e9|\u00e9:ay-9\ufffd\u00e9|\u00c9:Ay9\ufffd\u00e9|\u00c9:aY9\ufffd\u00c9|\u00c9:Ay9\ufffd\u00e9|\u00c3"
},
{
"tpl": "{{ snakecase \"y_.\" }}|{{ kebabcase \"y_.\" }}|{{ camelcase \"y_.\" }}|{{ swapcase \"y_.\" }}|{{ title \"y_.\" }}|{{ initials \"y_.\" }}",
"out": "y_.|y-.|Y.|Y_.|Y_.|y"
},
{
"tpl": "{{ snakecase \"\u00e90\" }}|{{ kebabcase \"\u00e90\" }}|{{ camelcase \"\u00e90\" }}|{{ swapcase \"\u00e90\" }}|{{ title \"\u00e90\" }}|{{ initials \"\u00e90\" }}",
"out": "\u00e90|\u00e90|\u00c90|\u00c90|\u00c90|\u00c3"
},
{
"tpl": "{{ snakecase \"\u03c3:\u216bc\" }}|{{ kebabcase \"\u03c3:\u216bc\" }}|{{ camelcase \"\u03c3:\u216bc\" }}|{{ swapcase \"\u03c3:\u216bc\" }}|{{ title \"\u03c3:\u216bc\" }}|{{ initials \"\u03c3:\u216bc\" }}",
"out": "\u03c3:\u216bc|\u03c3:\u216bc|\u03a3:\u216bc|\u03a3:\u216bC|\u03a3:\u216bc|\u00cf\u00ab"
},
{
"tpl": "{{ snakecase \".\" }}|{{ kebabcase \".\" }}|{{ camelcase \".\" }}|{{ swapcase \".\" }}|{{ title \".\" }}|{{ initials \".\" }}",
"out": ".|.|.|.|.|."
},
{
"tpl": "{{ snakecase \"-\u00c9y\" }}|{{ kebabcase \"-\u00c9y\" }}|{{ camelcase \"-\u00c9y\" }}|{{ swapcase \"-\u00c9y\" }}|{{ title \"-\u00c9y\" }}|{{ initials \"-\u00c9y\" }}",
"out": "_\u00e9y|-\u00e9y|-\u00c9y|-\u00e9Y|-\u00c9y|-"
},
{
"tpl": "{{ snakecase \"X\u00e9.9\" }}|{{ kebabcase \"X\u00e9.9\" }}|{{ camelcase \"X\u00e9.9\" }}|{{ swapcase \"X\u00e9.9\" }}|{{ title \"X\u00e9.9\" }}|{{ initials \"X\u00e9.9\" }}",
"out": "x\u00e9.9|x\u00e9.9|X\u00e9.9|x\u00c9.9|X\u00e9.9|X"
},
{
"tpl": "{{ snakecase \"C \u216b1\" }}|{{ kebabcase \"C \u216b1\" }}|{{ camelcase \"C \u216b1\" }}|{{ swapcase \"C \u216b1\" }}|{{ title \"C \u216b1\" }}|{{ initials \"C \u216b1\" }}",
"out": "c_\u216b1|c-\u216b1|C\u216b1|c \u216b1|C \u216b1|C\u00e2\u00ab"
},
{
"tpl": "{{ snakecase \"\" }}|{{ kebabcase \"\" }}|{{ camelcase \"\" }}|{{ swapcase \"\" }}|{{ title \"\" }}|{{ initials \"\" }}",
"out": "|||||"
},
{
"tpl": "{{ snakecase \"\u00e99\u03c3b\u0661\u4e2dcB_\" }}|{{ kebabcase \"\u00e99\u03c3b\u0661\u4e2dcB_\" }}|{{ camelcase \"\u00e99\u03c3b\u0661\u4e2dcB_\" }}|{{ swapcase \"\u00e99\u03c3b\u0661\u4e2dcB_\" }}|{{ title \"\u00e99\u03c3b\u0661\u4e2dcB_\" }}|{{ initials \"\u00e99\u03c3b\u0661\u4e2dcB_\" }}",
"out": "\u00e9_9\u03c3b\u0661_\u4e2d_c_b_|\u00e9-9\u03c3b\u0661-\u4e2d-c-b-|\u00c99\u03c3b\u0661\u4e2dcB_|\u00c99\u03a3B\u0661\u4e2dCb_|\u00c99\u03c3b\u0661\u4e2dcB_|\u00c3"
},
{
"tpl": "{{ snakecase \"0x\u0661b\u0661/yA\u216b\" }}|{{ kebabcase \"0x\u0661b\u0661/yA\u216b\" }}|{{ camelcase \"0x\u0661b\u0661/yA\u216b\" }}|{{ swapcase \"0x\u0661b\u0661/yA\u216b\" }}|{{ title \"0x\u0661b\u0661/yA\u216b\" }}|{{ initials \"0x\u0661b\u0661/yA\u216b\" }}",
"out": "0x\u0661b\u0661/y_a\u216b|0x\u0661b\u0661/y-a\u216b|0x\u0661b\u0661/yA\u216b|0X\u0661B\u0661/Ya\u216b|0x\u0661b\u0661/YA\u216b|0\u00ab"
},
{
"tpl": "{{ snakecase \"\u0661y\u01c5\ud83d\ude00.x\ud83d\ude00\u216b_C\" }}|{{ kebabcase \"\u0661y\u01c5\ud83d\ude00.x\ud83d\ude00\u216b_C\" }}|{{ camelcase \"\u0661y\u01c5\ud83d\ude00.x\ud83d\ude00\u216b_C\" }}|{{ swapcase \"\u0661y\u01c5\ud83d\ude00.x\ud83d\ude00\u216b_C\" }}|{{ title \"\u0661y\u01c5\ud83d\ude00.x\ud83d\ude00\u216b_C\" }}|{{ initials \"\u0661y\u01c5\ud83d\ude00.x\ud83d\ude00\u216b_C\" }}",
"out": "\u0661y\u01c5_\ud83d\ude00.x_\ud83d\ude00\u216b_c|\u0661y\u01c5-\ud83d\ude00.x-\ud83d\ude00\u216b-c|\u0661y\u01c5\ud83d\ude00.x\ud83d\ude00\u216bC|\u0661Y\u01c6\ud83d\ude00.X\ud83d\ude00\u216b_c|\u0661y\u01c5\ud83d\ude00.X\ud83d\ude00\u216b_C|\u00d9\u00f0\u00ab"
},
{
"tpl": "{{ snakecase \"\u03c3 \\ufffd\" }}|{{ kebabcase \"\u03c3 \\ufffd\" }}|{{ camelcase \"\u03c3 \\ufffd\" }}|{{ swapcase \"\u03c3 \\ufffd\" }}|{{ title \"\u03c3 \\ufffd\" }}|{{ initials \"\u03c3 \\ufffd\" }}",
"out": "\u03c3_\ufffd|\u03c3-\ufffd|\u03a3\ufffd|\u03a3 \ufffd|\u03a3 \ufffd|\u00cf\u00ef"
},
{
"tpl": "{{ snakecase \"b-BB\" }}|{{ kebabcase \"b-BB\" }}|{{ camelcase \"b-BB\" }}|{{ swapcase \"b-BB\" }}|{{ title \"b-BB\" }}|{{ initials \"b-BB\" }}",
"out": "b_bb|b-bb|BBb|B-bb|B-BB|b"
},
{
"tpl": "{{ snakecase \"yc\u4e2d9\u216b/\\ufffd\u00e9B\" }}|{{ kebabcase \"yc\u4e2d9\u216b/\\ufffd\u00e9B\" }}|{{ camelcase \"yc\u4e2d9\u216b/\\ufffd\u00e9B\" }}|{{ swapcase \"yc\u4e2d9\u216b/\\ufffd\u00e9B\" }}|{{ title \"yc\u4e2d9\u216b/\\ufffd\u00e9B\" }}|{{ initials \"yc\u4e2d9\u216b/\\ufffd\u00e9B\" }}",
"out": "yc_\u4e2d9\u216b/\ufffd\u00e9_b|yc-\u4e2d9\u216b/\ufffd\u00e9-b|Yc\u4e2d9\u216b/\ufffd\u00e9B|YC\u4e2d9\u216b/\ufffd\u00c9b|Yc\u4e2d9\u216b/\ufffd\u00e9B|y\u00ab"
},
{
"tpl": "{{ snakecase \"\u0661/X\" }}|{{ kebabcase \"\u0661/X\" }}|{{ camelcase \"\u0661/X\" }}|{{ swapcase \"\u0661/X\" }}|{{ title \"\u0661/X\" }}|{{ initials \"\u0661/X\" }}",
"out": "\u0661/x|\u0661/x|\u0661/X|\u0661/x|\u0661/X|\u00d9"
},
{
"tpl": "{{ snakecase \"Z\u00e9\" }}|{{ kebabcase \"Z\u00e9\" }}|{{ camelcase \"Z\u00e9\" }}|{{ swapcase \"Z\u00e9\" }}|{{ title \"Z\u00e9\" }}|{{ initials \"Z\u00e9\" }}",
"out": "z\u00e9|z\u00e9|Z\u00e9|z\u00c9|Z\u00e9|Z"
},
{
"tpl": "{{ snakecase \"\\ufffd\u03c3\" }}|{{ kebabcase \"\\ufffd\u03c3\" }}|{{ camelcase \"\\ufffd\u03c3\" }}|{{ swapcase \"\\ufffd\u03c3\" }}|{{ title \"\\ufffd\u03c3\" }}|{{ initials \"\\ufffd\u03c3\" }}",
"out": "\ufffd\u03c3|\ufffd\u03c3|\ufffd\u03c3|\ufffd\u03a3|\ufffd\u03c3|\u00ef"
},
{
"tpl": "{{ snakecase \"\u01c5Bc0_0\" }}|{{ kebabcase \"\u01c5Bc0_0\" }}|{{ camelcase \"\u01c5Bc0_0\" }}|{{ swapcase \"\u01c5Bc0_0\" }}|{{ title \"\u01c5Bc0_0\" }}|{{ initials \"\u01c5Bc0_0\" }}",
"out": "\u01c5_bc0_0|\u01c5-bc0-0|\u01c4Bc00|\u01c6bC0_0|\u01c5Bc0_0|\u00c7B"
},
{
"tpl": "{{ snakecase \"\u03c30:\\ufffd\u0661Xa\u00c9y9\" }}|{{ kebabcase \"\u03c30:\\ufffd\u0661Xa\u00c9y9\" }}|{{ camelcase \"\u03c30:\\ufffd\u0661Xa\u00c9y9\" }}|{{ swapcase \"\u03c30:\\ufffd\u0661Xa\u00c9y9\" }}|{{ title \"\u03c30:\\ufffd\u0661Xa\u00c9y9\" }}|{{ initials \"\u03c30:\\ufffd\u0661Xa\u00c9y9\" }}",
"out": "\u03c30:\ufffd\u0661_xa_\u00e9y9|\u03c30:\ufffd\u0661-xa-\u00e9y9|\u03a30:\ufffd\u0661Xa\u00c9y9|\u03a30:\ufffd\u0661xA\u00e9Y9|\u03a30:\ufffd\u0661Xa\u00c9y9|\u00cf"
},
{
"tpl": "{{ snakecase \"/y\" }}|{{ kebabcase \"/y\" }}|{{ camelcase \"/y\" }}|{{ swapcase \"/y\" }}|{{ title \"/y\" }}|{{ initials \"/y\" }}",
"out": "/y|/y|/y|/Y|/Y|/"
},
{
"tpl": "{{ snakecase \".\u216b\" }}|{{ kebabcase \".\u216b\" }}|{{ camelcase \".\u216b\" }}|{{ swapcase \".\u216b\" }}|{{ title \".\u216b\" }}|{{ initials \".\u216b\" }}",
"out": ".\u216b|.\u216b|.\u216b|.\u216b|.\u216b|.\u00ab"
},
{
"tpl": "{{ snakecase \"x:c\u03c3\" }}|{{ kebabcase \"x:c\u03c3\" }}|{{ camelcase \"x:c\u03c3\" }}|{{ swapcase \"x:c\u03c3\" }}|{{ title \"x:c\u03c3\" }}|{{ initials \"x:c\u03c3\" }}",
"out": "x:c\u03c3|x:c\u03c3|X:c\u03c3|X:C\u03a3|X:C\u03c3|x"
},
{
"tpl": "{{ snakecase \"\u4e2d:xc\\ufffdc\" }}|{{ kebabcase \"\u4e2d:xc\\ufffdc\" }}|{{ camelcase \"\u4e2d:xc\\ufffdc\" }}|{{ swapcase \"\u4e2d:xc\\ufffdc\" }}|{{ title \"\u4e2d:xc\\ufffdc\" }}|{{ initials \"\u4e2d:xc\\ufffdc\" }}",
"out": "\u4e2d:xc\ufffdc|\u4e2d:xc\ufffdc|\u4e2d:xc\ufffdc|\u4e2d:XC\ufffdC|\u4e2d:Xc\ufffdc|\u00e4"
},
{
"tpl": "{{ snakecase \"\u03c3Xya\u00e9\u00c9\u01c5B_.\" }}|{{ kebabcase \"\u03c3Xya\u00e9\u00c9\u01c5B_.\" }}|{{ camelcase \"\u03c3Xya\u00e9\u00c9\u01c5B_.\" }}|{{ swapcase \"\u03c3Xya\u00e9\u00c9\u01c5B_.\" }}|{{ title \"\u03c3Xya\u00e9\u00c9\u01c5B_.\" }}|{{ initials \"\u03c3Xya\u00e9\u00c9\u01c5B_.\" }}",
"out": "\u03c3_xya\u00e9_\u00e9\u01c5_b_.|\u03c3-xya\u00e9-\u00e9\u01c5-b-.|\u03a3Xya\u00e9\u00c9\u01c5B.|\u03a3xYA\u00c9\u00e9\u01c6b_.|\u03a3Xya\u00e9\u00c9\u01c5B_.|\u00cfB"
},
{
"tpl": "{{ snakecase \"A cy\u03c31\" }}|{{ kebabcase \"A cy\u03c31\" }}|{{ camelcase \"A cy\u03c31\" }}|{{ swapcase \"A cy\u03c31\" }}|{{ title \"A cy\u03c31\" }}|{{ initials \"A cy\u03c31\" }}",
"out": "a_cy\u03c31|a-cy\u03c31|ACy\u03c31|a CY\u03a31|A Cy\u03c31|Ac"
},
{
"tpl": "{{ snakecase \"1Z \u01c5/-:\" }}|{{ kebabcase \"1Z \u01c5/-:\" }}|{{ camelcase \"1Z \u01c5/-:\" }}|{{ swapcase \"1Z \u01c5/-:\" }}|{{ title \"1Z \u01c5/-:\" }}|{{ initials \"1Z \u01c5/-:\" }}",
"out": "1_z_\u01c5/-:|1-z-\u01c5/-:|1Z\u01c4/:|1z \u01c6/-:|1Z \u01c5/-:|1\u00c7/"
},
{
"tpl": "{{ snakecase \"A\u01c5ZC9\u00e9 \u00e91.\" }}|{{ kebabcase \"A\u01c5ZC9\u00e9 \u00e91.\" }}|{{ camelcase \"A\u01c5ZC9\u00e9 \u00e91.\" }}|{{ swapcase \"A\u01c5ZC9\u00e9 \u00e91.\" }}|{{ title \"A\u01c5ZC9\u00e9 \u00e91.\" }}|{{ initials \"A\u01c5ZC9\u00e9 \u00e91.\" }}",
"out": "a\u01c5_zc_9\u00e9_\u00e91.|a\u01c5-zc-9\u00e9-\u00e91.|A\u01c5ZC9\u00e9\u00c91.|a\u01c6zc9\u00c9 \u00c91.|A\u01c5ZC9\u00e9 \u00c91.|AZ\u00c3"
},
{
"tpl": "{{ snakecase \"1Cb.\u4e2d:y\" }}|{{ kebabcase \"1Cb.\u4e2d:y\" }}|{{ camelcase \"1Cb.\u4e2d:y\" }}|{{ swapcase \"1Cb.\u4e2d:y\" }}|{{ title \"1Cb.\u4e2d:y\" }}|{{ initials \"1Cb.\u4e2d:y\" }}",
"out": "1_cb.\u4e2d:y|1-cb.\u4e2d:y|1Cb.\u4e2d:y|1cB.\u4e2d:Y|1Cb.\u4e2d:Y|1"
},
{
"tpl": "{{ snakecase \"C--\" }}|{{ kebabcase \"C--\" }}|{{ camelcase \"C--\" }}|{{ swapcase \"C--\" }}|{{ title \"C--\" }}|{{ initials \"C--\" }}",
"out": "c__|c--|C--|c--|C--|C"
},
{
"tpl": "{{ snakecase \"\u00c9ac\u4e2dB\" }}|{{ kebabcase \"\u00c9ac\u4e2dB\" }}|{{ camelcase \"\u00c9ac\u4e2dB\" }}|{{ swapcase \"\u00c9ac\u4e2dB\" }}|{{ title \"\u00c9ac\u4e2dB\" }}|{{ initials \"\u00c9ac\u4e2dB\" }}",
"out": "\u00e9ac_\u4e2d_b|\u00e9ac-\u4e2d-b|\u00c9ac\u4e2dB|\u00e9AC\u4e2db|\u00c9ac\u4e2dB|\u00c3"
},
{
"tpl": "{{ snakecase \"AZ\u0661\u01c5\u4e2db\" }}|{{ kebabcase \"AZ\u0661\u01c5\u4e2db\" }}|{{ camelcase \"AZ\u0661\u01c5\u4e2db\" }}|{{ swapcase \"AZ\u0661\u01c5\u4e2db\" }}|{{ title \"AZ\u0661\u01c5\u4e2db\" }}|{{ initials \"AZ\u0661\u01c5\u4e2db\" }}",
"out": "az_\u0661\u01c5_\u4e2d_b|az-\u0661\u01c5-\u4e2d-b|Az\u0661\u01c5\u4e2db|az\u0661\u01c6\u4e2dB|AZ\u0661\u01c5\u4e2db|A\u00e4"
},
{
"tpl": "{{ snakecase \"\u01c5\" }}|{{ kebabcase \"\u01c5\" }}|{{ camelcase \"\u01c5\" }}|{{ swapcase \"\u01c5\" }}|{{ title \"\u01c5\" }}|{{ initials \"\u01c5\" }}",
"out": "\u01c5|\u01c5|\u01c4|\u01c6|\u01c5|\u00c7"
},
{
"tpl": "{{ snakecase \"-x..\u01c5\u4e2d\ud83d\ude00\" }}|{{ kebabcase \"-x..\u01c5\u4e2d\ud83d\ude00\" }}|{{ camelcase \"-x..\u01c5\u4e2d\ud83d\ude00\" }}|{{ swapcase \"-x..\u01c5\u4e2d\ud83d\ude00\" }}|{{ title \"-x..\u01c5\u4e2d\ud83d\ude00\" }}|{{ initials \"-x..\u01c5\u4e2d\ud83d\ude00\" }}",
"out": "_x..\u01c5_\u4e2d\ud83d\ude00|-x..\u01c5-\u4e2d\ud83d\ude00|-X..\u01c5\u4e2d\ud83d\ude00|-X..\u01c6\u4e2d\ud83d\ude00|-X..\u01c5\u4e2d\ud83d\ude00|-\u00e4"
},
{
"tpl": "{{ snakecase \"\u01c5\u00e9\u01c5\" }}|{{ kebabcase \"\u01c5\u00e9\u01c5\" }}|{{ camelcase \"\u01c5\u00e9\u01c5\" }}|{{ swapcase \"\u01c5\u00e9\u01c5\" }}|{{ title \"\u01c5\u00e9\u01c5\" }}|{{ initials \"\u01c5\u00e9\u01c5\" }}",
"out": "\u01c5\u00e9\u01c5|\u01c5\u00e9\u01c5|\u01c4\u00e9\u01c5|\u01c6\u00c9\u01c6|\u01c5\u00e9\u01c5|\u00c7\u00c3"
},
{
"tpl": "{{ snakecase \"\u00e9.\u00e9Z \" }}|{{ kebabcase \"\u00e9.\u00e9Z \" }}|{{ camelcase \"\u00e9.\u00e9Z \" }}|{{ swapcase \"\u00e9.\u00e9Z \" }}|{{ title \"\u00e9.\u00e9Z \" }}|{{ initials \"\u00e9.\u00e9Z \" }}",
"out": "\u00e9.\u00e9_z_|\u00e9.\u00e9-z-|\u00c9.\u00e9Z |\u00c9.\u00c9z |\u00c9.\u00c9Z |\u00c3"
},
{
"tpl": "{{ snakecase \"/A\u01c5x\" }}|{{ kebabcase \"/A\u01c5x\" }}|{{ camelcase \"/A\u01c5x\" }}|{{ swapcase \"/A\u01c5x\" }}|{{ title \"/A\u01c5x\" }}|{{ initials \"/A\u01c5x\" }}",
"out": "/a\u01c5x|/a\u01c5x|/A\u01c5x|/a\u01c6X|/A\u01c5x|/x"
},
{
"tpl": "{{ snakecase \"\u4e2d: \u03c3XZ\u00e90y0\" }}|{{ kebabcase \"\u4e2d: \u03c3XZ\u00e90y0\" }}|{{ camelcase \"\u4e2d: \u03c3XZ\u00e90y0\" }}|{{ swapcase \"\u4e2d: \u03c3XZ\u00e90y0\" }}|{{ title \"\u4e2d: \u03c3XZ\u00e90y0\" }}|{{ initials \"\u4e2d: \u03c3XZ\u00e90y0\" }}",
"out": "\u4e2d:_\u03c3_x_z\u00e9_0y0|\u4e2d:-\u03c3-x-z\u00e9-0y0|\u4e2d:\u03a3XZ\u00e90y0|\u4e2d: \u03a3xz\u00c90Y0|\u4e2d: \u03a3XZ\u00e90y0|\u00e4\u00cf"
},
{
"tpl": "{{ snakecase \"\" }}|{{ kebabcase \"\" }}|{{ camelcase \"\" }}|{{ swapcase \"\" }}|{{ title \"\" }}|{{ initials \"\" }}",
"out": "|||||"
},
{
"tpl": "{{ snakecase \"\u00c9:\" }}|{{ kebabcase \"\u00c9:\" }}|{{ camelcase \"\u00c9:\" }}|{{ swapcase \"\u00c9:\" }}|{{ title \"\u00c9:\" }}|{{ initials \"\u00c9:\" }}",
"out": "\u00e9:|\u00e9:|\u00c9:|\u00e9:|\u00c9:|\u00c3"
},
{
"tpl": "{{ snakecase \"y11cA1a\u00c9\" }}|{{ kebabcase \"y11cA1a\u00c9\" }}|{{ camelcase \"y11cA1a\u00c9\" }}|{{ swapcase \"y11cA1a\u00c9\" }}|{{ title \"y11cA1a\u00c9\" }}|{{ initials \"y11cA1a\u00c9\" }}",
"out": "y_11c_a_1a_\u00e9|y-11c-a-1a-\u00e9|Y11cA1a\u00c9|Y11Ca1A\u00e9|Y11cA1a\u00c9|y"
},
{
"tpl": "{{ snakecase \"\u06610xCZ\" }}|{{ kebabcase \"\u06610xCZ\" }}|{{ camelcase \"\u06610xCZ\" }}|{{ swapcase \"\u06610xCZ\" }}|{{ title \"\u06610xCZ\" }}|{{ initials \"\u06610xCZ\" }}",
"out": "\u06610x_cz|\u06610x-cz|\u06610xCZ|\u06610Xcz|\u06610xCZ|\u00d9"
},
{
"tpl": "{{ snakecase \".ACB\u216b \u00e9\" }}|{{ kebabcase \".ACB\u216b \u00e9\" }}|{{ camelcase \".ACB\u216b \u00e9\" }}|{{ swapcase \".ACB\u216b \u00e9\" }}|{{ title \".ACB\u216b \u00e9\" }}|{{ initials \".ACB\u216b \u00e9\" }}",
"out": ".acb\u216b_\u00e9|.acb\u216b-\u00e9|.ACB\u216b\u00c9|.acb\u216b \u00c9|.ACB\u216b \u00c9|.\u00ab\u00c3"
},
{
"tpl": "{{ snakecase \"9A_x\" }}|{{ kebabcase \"9A_x\" }}|{{ camelcase \"9A_x\" }}|{{ swapcase \"9A_x\" }}|{{ title \"9A_x\" }}|{{ initials \"9A_x\" }}",
"out": "9_a_x|9-a-x|9AX|9a_X|9A_x|9"
},
{
"tpl": "{{ snakecase \"cc1a-1\u0661_XB\" }}|{{ kebabcase \"cc1a-1\u0661_XB\" }}|{{ camelcase \"cc1a-1\u0661_XB\" }}|{{ swapcase \"cc1a-1\u0661_XB\" }}|{{ title \"cc1a-1\u0661_XB\" }}|{{ initials \"cc1a-1\u0661_XB\" }}",
"out": "cc_1a_1\u0661_xb|cc-1a-1\u0661-xb|Cc1a1\u0661Xb|CC1A-1\u0661_xb|Cc1a-1\u0661_XB|c"
},
{
"tpl": "{{ snakecase \"\ud83d\ude00\u00c9-0a\" }}|{{ kebabcase \"\ud83d\ude00\u00c9-0a\" }}|{{ camelcase \"\ud83d\ude00\u00c9-0a\" }}|{{ swapcase \"\ud83d\ude00\u00c9-0a\" }}|{{ title \"\ud83d\ude00\u00c9-0a\" }}|{{ initials \"\ud83d\ude00\u00c9-0a\" }}",
"out": "\ud83d\ude00_\u00e9_0a|\ud83d\ude00-\u00e9-0a|\ud83d\ude00\u00c90a|\ud83d\ude00\u00e9-0A|\ud83d\ude00\u00c9-0a|\u00f0"
},
{
"tpl": "{{ snakecase \"\u00c9\\ufffd\u216b._\u03c3\u00e9\u0661-x\" }}|{{ kebabcase \"\u00c9\\ufffd\u216b._\u03c3\u00e9\u0661-x\" }}|{{ camelcase \"\u00c9\\ufffd\u216b._\u03c3\u00e9\u0661-x\" }}|{{ swapcase \"\u00c9\\ufffd\u216b._\u03c3\u00e9\u0661-x\" }}|{{ title \"\u00c9\\ufffd\u216b._\u03c3\u00e9\u0661-x\" }}|{{ initials \"\u00c9\\ufffd\u216b._\u03c3\u00e9\u0661-x\" }}",
"out": "\u00e9\ufffd\u216b._\u03c3\u00e9\u0661_x|\u00e9\ufffd\u216b._\u03c3\u00e9\u0661-x|\u00c9\ufffd\u216b.\u03a3\u00e9\u0661X|\u00e9\ufffd\u216b._\u03a3\u00c9\u0661-X|\u00c9\ufffd\u216b._\u03c3\u00e9\u0661-X|\u00c3\u00ab"
},
{
"tpl": "{{ snakecase \"\\ufffdB\" }}|{{ kebabcase \"\\ufffdB\" }}|{{ camelcase \"\\ufffdB\" }}|{{ swapcase \"\\ufffdB\" }}|{{ title \"\\ufffdB\" }}|{{ initials \"\\ufffdB\" }}",
"out": "\ufffdb|\ufffdb|\ufffdB|\ufffdb|\ufffdB|\u00ef"
},
{
"tpl": "{{ snakecase \"\u01c5_ 9 -\u4e2dX\" }}|{{ kebabcase \"\u01c5_ 9 -\u4e2dX\" }}|{{ camelcase \"\u01c5_ 9 -\u4e2dX\" }}|{{ swapcase \"\u01c5_ 9 -\u4e2dX\" }}|{{ title \"\u01c5_ 9 -\u4e2dX\" }}|{{ initials \"\u01c5_ 9 -\u4e2dX\" }}",
"out": "\u01c5__9__\u4e2d_x|\u01c5--9--\u4e2d-x|\u01c4_9 \u4e2dX|\u01c6_ 9 -\u4e2dx|\u01c5_ 9 -\u4e2dX|\u00c7_9-"
},
{
"tpl": "{{ snakecase \"\" }}|{{ kebabcase \"\" }}|{{ camelcase \"\" }}|{{ swapcase \"\" }}|{{ title \"\" }}|{{ initials \"\" }}",
"out": "|||||"
},
{
"tpl": "{{ snakecase \"\\ufffd\u01c5\u00e9.\\ufffdby\" }}|{{ kebabcase \"\\ufffd\u01c5\u00e9.\\ufffdby\" }}|{{ camelcase \"\\ufffd\u01c5\u00e9.\\ufffdby\" }}|{{ swapcase \"\\ufffd\u01c5\u00e9.\\ufffdby\" }}|{{ title \"\\ufffd\u01c5\u00e9.\\ufffdby\" }}|{{ initials \"\\ufffd\u01c5\u00e9.\\ufffdby\" }}",
"out": "\ufffd\u01c5\u00e9.\ufffdby|\ufffd\u01c5\u00e9.\ufffdby|\ufffd\u01c5\u00e9.\ufffdby|\ufffd\u01c6\u00c9.\ufffdBY|\ufffd\u01c5\u00e9.\ufffdby|\u00ef\u00c3"
},
{
"tpl": "{{ snakecase \"1\" }}|{{ kebabcase \"1\" }}|{{ camelcase \"1\" }}|{{ swapcase \"1\" }}|{{ title \"1\" }}|{{ initials \"1\" }}",
"out": "1|1|1|1|1|1"
},
{
"tpl": "{{ snakecase \"\ud83d\ude00:\ud83d\ude001b0\u216b \u00c9/\" }}|{{ kebabcase \"\ud83d\ude00:\ud83d\ude001b0\u216b \u00c9/\" }}|{{ camelcase \"\ud83d\ude00:\ud83d\ude001b0\u216b \u00c9/\" }}|{{ swapcase \"\ud83d\ude00:\ud83d\ude001b0\u216b \u00c9/\" }}|{{ title \"\ud83d\ude00:\ud83d\ude001b0\u216b \u00c9/\" }}|{{ initials \"\ud83d\ude00:\ud83d\ude001b0\u216b \u00c9/\" }}",
"out": "\ud83d\ude00:\ud83d\ude00_1b0\u216b_\u00e9/|\ud83d\ude00:\ud83d\ude00-1b0\u216b-\u00e9/|\ud83d\ude00:\ud83d\ude001b0\u216b\u00c9/|\ud83d\ude00:\ud83d\ude001B0\u216b \u00e9/|\ud83d\ude00:\ud83d\ude001b0\u216b \u00c9/|\u00f0\u00ab\u00c3"
},
{
"tpl": "{{ snakecase \"\ud83d\ude00\u4e2d\u0661\u216b\u216by\u00e9\" }}|{{ kebabcase \"\ud83d\ude00\u4e2d\u0661\u216b\u216by\u00e9\" }}|{{ camelcase \"\ud83d\ude00\u4e2d\u0661\u216b\u216by\u00e9\" }}|{{ swapcase \"\ud83d\ude00\u4e2d\u0661\u216b\u216by\u00e9\" }}|{{ title \"\ud83d\ude00\u4e2d\u0661\u216b\u216by\u00e9\" }}|{{ initials \"\ud83d\ude00\u4e2d\u0661\u216b\u216by\u00e9\" }}",
"out": "\ud83d\ude00\u4e2d_\u0661\u216b\u216by\u00e9|\ud83d\ude00\u4e2d-\u0661\u216b\u216by\u00e9|\ud83d\ude00\u4e2d\u0661\u216b\u216by\u00e9|\ud83d\ude00\u4e2d\u0661\u216b\u216bY\u00c9|\ud83d\ude00\u4e2d\u0661\u216b\u216by\u00e9|\u00f0\u00ab\u00ab"
},
{
"tpl": "{{ snakecase \"\u4e2d\\ufffd9.\u00e9y\" }}|{{ kebabcase \"\u4e2d\\ufffd9.\u00e9y\" }}|{{ camelcase \"\u4e2d\\ufffd9.\u00e9y\" }}|{{ swapcase \"\u4e2d\\ufffd9.\u00e9y\" }}|{{ title \"\u4e2d\\ufffd9.\u00e9y\" }}|{{ initials \"\u4e2d\\ufffd9.\u00e9y\" }}",
"out": "\u4e2d\ufffd9.\u00e9y|\u4e2d\ufffd9.\u00e9y|\u4e2d\ufffd9.\u00e9y|\u4e2d\ufffd9.\u00c9Y|\u4e2d\ufffd9.\u00c9y|\u00e4"
},
{
"tpl": "{{ snakecase \"a\" }}|{{ kebabcase \"a\" }}|{{ camelcase \"a\" }}|{{ swapcase \"a\" }}|{{ title \"a\" }}|{{ initials \"a\" }}",
"out": "a|a|A|A|A|a"
},
{
"tpl": "{{ snakecase \"\ud83d\ude00.\u03c3\" }}|{{ kebabcase \"\ud83d\ude00.\u03c3\" }}|{{ camelcase \"\ud83d\ude00.\u03c3\" }}|{{ swapcase \"\ud83d\ude00.\u03c3\" }}|{{ title \"\ud83d\ude00.\u03c3\" }}|{{ initials \"\ud83d\ude00.\u03c3\" }}",
"out": "\ud83d\ude00.\u03c3|\ud83d\ude00.\u03c3|\ud83d\ude00.\u03c3|\ud83d\ude00.\u03a3|\ud83d\ude00.\u03a3|\u00f0"
},
{
"tpl": "{{ snakecase \"C\u0661cxa\u216b\" }}|{{ kebabcase \"C\u0661cxa\u216b\" }}|{{ camelcase \"C\u0661cxa\u216b\" }}|{{ swapcase \"C\u0661cxa\u216b\" }}|{{ title \"C\u0661cxa\u216b\" }}|{{ initials \"C\u0661cxa\u216b\" }}",
"out": "c_\u0661cxa\u216b|c-\u0661cxa\u216b|C\u0661cxa\u216b|c\u0661CXA\u216b|C\u0661cxa\u216b|C\u00ab"
},
{
"tpl": "{{ snakecase \"\" }}|{{ kebabcase \"\" }}|{{ camelcase \"\" }}|{{ swapcase \"\" }}|{{ title \"\" }}|{{ initials \"\" }}",
"out": "|||||"
},
{
"tpl": "{{ snakecase \"AB0C\" }}|{{ kebabcase \"AB0C\" }}|{{ camelcase \"AB0C\" }}|{{ swapcase \"AB0C\" }}|{{ title \"AB0C\" }}|{{ initials \"AB0C\" }}",
"out": "ab0_c|ab0-c|Ab0C|ab0c|AB0C|A"
},
{
"tpl": "{{ snakecase \"X.y\" }}|{{ kebabcase \"X.y\" }}|{{ camelcase \"X.y\" }}|{{ swapcase \"X.y\" }}|{{ title \"X.y\" }}|{{ initials \"X.y\" }}",
"out": "x.y|x.y|X.y|x.Y|X.Y|X"
},
{
"tpl": "{{ snakecase \"c\" }}|{{ kebabcase \"c\" }}|{{ camelcase \"c\" }}|{{ swapcase \"c\" }}|{{ title \"c\" }}|{{ initials \"c\" }}",
"out": "c|c|C|C|C|c"
},
{
"tpl": "{{ snakecase \"\" }}|{{ kebabcase \"\" }}|{{ camelcase \"\" }}|{{ swapcase \"\" }}|{{ title \"\" }}|{{ initials \"\" }}",
"out": "|||||"
},
{
"tpl": "{{ snakecase \"\\ufffd1b.\" }}|{{ kebabcase \"\\ufffd1b.\" }}|{{ camelcase \"\\ufffd1b.\" }}|{{ swapcase \"\\ufffd1b.\" }}|{{ title \"\\ufffd1b.\" }}|{{ initials \"\\ufffd1b.\" }}",
"out": "\ufffd1b.|\ufffd1b.|\ufffd1b.|\ufffd1B.|\ufffd1b.|\u00ef"
},
{
"tpl": "{{ snakecase \":CB1y\" }}|{{ kebabcase \":CB1y\" }}|{{ camelcase \":CB1y\" }}|{{ swapcase \":CB1y\" }}|{{ title \":CB1y\" }}|{{ initials \":CB1y\" }}",
"out": ":cb_1y|:cb-1y|:CB1y|:cb1Y|:CB1y|:"
},
{
"tpl": "{{ snakecase \"\" }}|{{ kebabcase \"\" }}|{{ camelcase \"\" }}|{{ swapcase \"\" }}|{{ title \"\" }}|{{ initials \"\" }}",
"out": "|||||"
},
{
"tpl": "{{ snakecase \".\u0661:_-\u00c9\u0661X\u216b\" }}|{{ kebabcase \".\u0661:_-\u00c9\u0661X\u216b\" }}|{{ camelcase \".\u0661:_-\u00c9\u0661X\u216b\" }}|{{ swapcase \".\u0661:_-\u00c9\u0661X\u216b\" }}|{{ title \".\u0661:_-\u00c9\u0661X\u216b\" }}|{{ initials \".\u0661:_-\u00c9\u0661X\u216b\" }}",
"out": ".\u0661:_-\u00e9\u0661_x\u216b|.\u0661:_-\u00e9\u0661-x\u216b|.\u0661:_\u00c9\u0661X\u216b|.\u0661:_-\u00e9\u0661x\u216b|.\u0661:_-\u00c9\u0661X\u216b|.\u00ab"
},
{
"tpl": "{{ snakecase \"\" }}|{{ kebabcase \"\" }}|{{ camelcase \"\" }}|{{ swapcase \"\" }}|{{ title \"\" }}|{{ initials \"\" }}",
"out": "|||||"
},
{
"tpl": "{{ snakecase \"\u0661c\u0661\ud83d\ude001y:a-X\" }}|{{ kebabcase \"\u0661c\u0661\ud83d\ude001y:a-X\" }}|{{ camelcase \"\u0661c\u0661\ud83d\ude001y:a-X\" }}|{{ swapcase \"\u0661c\u0661\ud83d\ude001y:a-X\" }}|{{ title \"\u0661c\u0661\ud83d\ude001y:a-X\" }}|{{ initials \"\u0661c\u0661\ud83d\ude001y:a-X\" }}",
"out": "\u0661c\u0661_\ud83d\ude00_1y:a_x|\u0661c\u0661-\ud83d\ude00-1y:a-x|\u0661c\u0661\ud83d\ude001y:aX|\u0661C\u0661\ud83d\ude001Y:A-x|\u0661c\u0661\ud83d\ude001y:A-X|\u00d9"
},
{
"tpl": "{{ snakecase \"-Acx0\" }}|{{ kebabcase \"-Acx0\" }}|{{ camelcase \"-Acx0\" }}|{{ swapcase \"-Acx0\" }}|{{ title \"-Acx0\" }}|{{ initials \"-Acx0\" }}",
"out": "_acx0|-acx0|-Acx0|-aCX0|-Acx0|-"
},
{
"tpl": "{{ snakecase \"/\" }}|{{ kebabcase \"/\" }}|{{ camelcase \"/\" }}|{{ swapcase \"/\" }}|{{ title \"/\" }}|{{ initials \"/\" }}",
"out": "/|/|/|/|/|/"
},
{
"tpl": "{{ snakecase \"-\" }}|{{ kebabcase \"-\" }}|{{ camelcase \"-\" }}|{{ swapcase \"-\" }}|{{ title \"-\" }}|{{ initials \"-\" }}",
"out": "_|-|--|-|-|-"
},
{
"tpl": "{{ snakecase \"\u216b\" }}|{{ kebabcase \"\u216b\" }}|{{ camelcase \"\u216b\" }}|{{ swapcase \"\u216b\" }}|{{ title \"\u216b\" }}|{{ initials \"\u216b\" }}",
"out": "\u216b|\u216b|\u216b|\u216b|\u216b|\u00e2\u00ab"
},
{
"tpl": "{{ snakecase \"X\" }}|{{ kebabcase \"X\" }}|{{ camelcase \"X\" }}|{{ swapcase \"X\" }}|{{ title \"X\" }}|{{ initials \"X\" }}",
"out": "x|x|X|x|X|X"
},
{
"tpl": "{{ snakecase \"\" }}|{{ kebabcase \"\" }}|{{ camelcase \"\" }}|{{ swapcase \"\" }}|{{ title \"\" }}|{{ initials \"\" }}",
"out": "|||||"
},
{
"tpl": "{{ snakecase \"\\ufffd\" }}|{{ kebabcase \"\\ufffd\" }}|{{ camelcase \"\\ufffd\" }}|{{ swapcase \"\\ufffd\" }}|{{ title \"\\ufffd\" }}|{{ initials \"\\ufffd\" }}",
"out": "\ufffd|\ufffd|\ufffd|\ufffd|\ufffd|\u00ef"
},
{
"tpl": "{{ snakecase \"\u00e9-\" }}|{{ kebabcase \"\u00e9-\" }}|{{ camelcase \"\u00e9-\" }}|{{ swapcase \"\u00e9-\" }}|{{ title \"\u00e9-\" }}|{{ initials \"\u00e9-\" }}",
"out": "\u00e9_|\u00e9-|\u00c9-|\u00c9-|\u00c9-|\u00c3"
},
{
"tpl": "{{ snakecase \"\u03c3xX\" }}|{{ kebabcase \"\u03c3xX\" }}|{{ camelcase \"\u03c3xX\" }}|{{ swapcase \"\u03c3xX\" }}|{{ title \"\u03c3xX\" }}|{{ initials \"\u03c3xX\" }}",
"out": "\u03c3x_x|\u03c3x-x|\u03a3xX|\u03a3Xx|\u03a3xX|\u00cf"
},
{
"tpl": "{{ snakecase \"\\ufffd_\u00c9/b\u0661\u00e9\" }}|{{ kebabcase \"\\ufffd_\u00c9/b\u0661\u00e9\" }}|{{ camelcase \"\\ufffd_\u00c9/b\u0661\u00e9\" }}|{{ swapcase \"\\ufffd_\u00c9/b\u0661\u00e9\" }}|{{ title \"\\ufffd_\u00c9/b\u0661\u00e9\" }}|{{ initials \"\\ufffd_\u00c9/b\u0661\u00e9\" }}",
"out": "\ufffd_\u00e9/b_\u0661\u00e9|\ufffd-\u00e9/b-\u0661\u00e9|\ufffd\u00c9/b\u0661\u00e9|\ufffd_\u00e9/B\u0661\u00c9|\ufffd_\u00c9/B\u0661\u00e9|\u00ef"
},
{
"tpl": "{{ snakecase \"\u0661.\u06619.y\" }}|{{ kebabcase \"\u0661.\u06619.y\" }}|{{ camelcase \"\u0661.\u06619.y\" }}|{{ swapcase \"\u0661.\u06619.y\" }}|{{ title \"\u0661.\u06619.y\" }}|{{ initials \"\u0661.\u06619.y\" }}",
"out": "\u0661.\u06619.y|\u0661.\u06619.y|\u0661.\u06619.y|\u0661.\u06619.Y|\u0661.\u06619.Y|\u00d9"
},
{
"tpl": "{{ snakecase \"\u03c3\u03c3cX1\u4e2dxc a\" }}|{{ kebabcase \"\u03c3\u03c3cX1\u4e2dxc a\" }}|{{ camelcase \"\u03c3\u03c3cX1\u4e2dxc a\" }}|{{ swapcase \"\u03c3\u03c3cX1\u4e2dxc a\" }}|{{ title \"\u03c3\u03c3cX1\u4e2dxc a\" }}|{{ initials \"\u03c3\u03c3cX1\u4e2dxc a\" }}",
"out": "\u03c3\u03c3c_x1_\u4e2d_xc_a|\u03c3\u03c3c-x1-\u4e2d-xc-a|\u03a3\u03c3cX1\u4e2dxcA|\u03a3\u03a3Cx1\u4e2dXC A|\u03a3\u03c3cX1\u4e2dxc A|\u00cfa"
},
{
"tpl": "{{ snakecase \"y_\" }}|{{ kebabcase \"y_\" }}|{{ camelcase \"y_\" }}|{{ swapcase \"y_\" }}|{{ title \"y_\" }}|{{ initials \"y_\" }}",
"out": "y_|y-|Y_|Y_|Y_|y"
},
{
"tpl": "{{ snakecase \"\\ufffdX\u01c5_9\\ufffd\u01c5C99\" }}|{{ kebabcase \"\\ufffdX\u01c5_9\\ufffd\u01c5C99\" }}|{{ camelcase \"\\ufffdX\u01c5_9\\ufffd\u01c5C99\" }}|{{ swapcase \"\\ufffdX\u01c5_9\\ufffd\u01c5C99\" }}|{{ title \"\\ufffdX\u01c5_9\\ufffd\u01c5C99\" }}|{{ initials \"\\ufffdX\u01c5_9\\ufffd\u01c5C99\" }}",
"out": "\ufffdx\u01c5_9\ufffd\u01c5_c99|\ufffdx\u01c5-9\ufffd\u01c5-c99|\ufffdX\u01c59\ufffd\u01c5C99|\ufffdx\u01c6_9\ufffd\u01c6c99|\ufffdX\u01c5_9\ufffd\u01c5C99|\u00ef_C"
},
{
"tpl": "{{ snakecase \"/\u00e9B\u4e2dy:y\" }}|{{ kebabcase \"/\u00e9B\u4e2dy:y\" }}|{{ camelcase \"/\u00e9B\u4e2dy:y\" }}|{{ swapcase \"/\u00e9B\u4e2dy:y\" }}|{{ title \"/\u00e9B\u4e2dy:y\" }}|{{ initials \"/\u00e9B\u4e2dy:y\" }}",
"out": "/\u00e9_b_\u4e2d_y:y|/\u00e9-b-\u4e2d-y:y|/\u00e9B\u4e2dy:y|/\u00c9b\u4e2dY:Y|/\u00c9B\u4e2dy:Y|/"
},
{
"tpl": "{{ snakecase \"c0B\u00e9\u01c51b1 \" }}|{{ kebabcase \"c0B\u00e9\u01c51b1 \" }}|{{ camelcase \"c0B\u00e9\u01c51b1 \" }}|{{ swapcase \"c0B\u00e9\u01c51b1 \" }}|{{ title \"c0B\u00e9\u01c51b1 \" }}|{{ initials \"c0B\u00e9\u01c51b1 \" }}",
"out": "c0_b\u00e9\u01c5_1b1_|c0-b\u00e9\u01c5-1b1-|C0B\u00e9\u01c51b1 |C0b\u00c9\u01c61B1 |C0B\u00e9\u01c51b1 |c1"
},
{
"tpl": "{{ snakecase \"/\" }}|{{ kebabcase \"/\" }}|{{ camelcase \"/\" }}|{{ swapcase \"/\" }}|{{ title \"/\" }}|{{ initials \"/\" }}",
"out": "/|/|/|/|/|/"
},
{
"tpl": "{{ snakecase \"c.c\" }}|{{ kebabcase \"c.c\" }}|{{ camelcase \"c.c\" }}|{{ swapcase \"c.c\" }}|{{ title \"c.c\" }}|{{ initials \"c.c\" }}",
"out": "c.c|c.c|C.c|C.C|C.C|c"
},
{
"tpl": "{{ snakecase \"B\u00c9\u00c99-\u4e2d\u0661\" }}|{{ kebabcase \"B\u00c9\u00c99-\u4e2d\u0661\" }}|{{ camelcase \"B\u00c9\u00c99-\u4e2d\u0661\" }}|{{ swapcase \"B\u00c9\u00c99-\u4e2d\u0661\" }}|{{ title \"B\u00c9\u00c99-\u4e2d\u0661\" }}|{{ initials \"B\u00c9\u00c99-\u4e2d\u0661\" }}",
"out": "b\u00e9\u00e99_\u4e2d\u0661|b\u00e9\u00e99-\u4e2d\u0661|B\u00e9\u00e99\u4e2d\u0661|b\u00e9\u00e99-\u4e2d\u0661|B\u00c9\u00c99-\u4e2d\u0661|B"
},
{
"tpl": "{{ snakecase \"/_\u4e2d- 0/0\\ufffd\" }}|{{ kebabcase \"/_\u4e2d- 0/0\\ufffd\" }}|{{ camelcase \"/_\u4e2d- 0/0\\ufffd\" }}|{{ swapcase \"/_\u4e2d- 0/0\\ufffd\" }}|{{ title \"/_\u4e2d- 0/0\\ufffd\" }}|{{ initials \"/_\u4e2d- 0/0\\ufffd\" }}",
"out": "/_\u4e2d__0/0\ufffd|/_\u4e2d--0/0\ufffd|/\u4e2d-0/0\ufffd|/_\u4e2d- 0/0\ufffd|/_\u4e2d- 0/0\ufffd|/0"
},
{
"tpl": "{{ snakecase \".X\\ufffdCX\u00c9\u216b_a\" }}|{{ kebabcase \".X\\ufffdCX\u00c9\u216b_a\" }}|{{ camelcase \".X\\ufffdCX\u00c9\u216b_a\" }}|{{ swapcase \".X\\ufffdCX\u00c9\u216b_a\" }}|{{ title \".X\\ufffdCX\u00c9\u216b_a\" }}|{{ initials \".X\\ufffdCX\u00c9\u216b_a\" }}",
"out": ".x\ufffdcx\u00e9\u216b_a|.x\ufffdcx\u00e9\u216b-a|.X\ufffdCX\u00c9\u216bA|.x\ufffdcx\u00e9\u216b_A|.X\ufffdCX\u00c9\u216b_a|.\u00ab"
},
{
"tpl": "{{ snakecase \"-\u4e2d.1AZ\u4e2dC\" }}|{{ kebabcase \"-\u4e2d.1AZ\u4e2dC\" }}|{{ camelcase \"-\u4e2d.1AZ\u4e2dC\" }}|{{ swapcase \"-\u4e2d.1AZ\u4e2dC\" }}|{{ title \"-\u4e2d.1AZ\u4e2dC\" }}|{{ initials \"-\u4e2d.1AZ\u4e2dC\" }}",
"out": "_\u4e2d.1_az_\u4e2d_c|-\u4e2d.1-az-\u4e2d-c|-\u4e2d.1AZ\u4e2dC|-\u4e2d.1az\u4e2dc|-\u4e2d.1AZ\u4e2dC|-"
},
{
"tpl": "{{ snakecase \"yXX/\u00e9\u01c5/_\u00e9\" }}|{{ kebabcase \"yXX/\u00e9\u01c5/_\u00e9\" }}|{{ camelcase \"yXX/\u00e9\u01c5/_\u00e9\" }}|{{ swapcase \"yXX/\u00e9\u01c5/_\u00e9\" }}|{{ title \"yXX/\u00e9\u01c5/_\u00e9\" }}|{{ initials \"yXX/\u00e9\u01c5/_\u00e9\" }}",
"out": "y_xx/\u00e9\u01c5/_\u00e9|y-xx/\u00e9\u01c5/_\u00e9|YXX/\u00e9\u01c5/\u00c9|Yxx/\u00c9\u01c6/_\u00c9|YXX/\u00c9\u01c5/_\u00e9|y/"
},
{
"tpl": "{{ snakecase \"1.\u03c3b-\u01c5.\" }}|{{ kebabcase \"1.\u03c3b-\u01c5.\" }}|{{ camelcase \"1.\u03c3b-\u01c5.\" }}|{{ swapcase \"1.\u03c3b-\u01c5.\" }}|{{ title \"1.\u03c3b-\u01c5.\" }}|{{ initials \"1.\u03c3b-\u01c5.\" }}",
"out": "1.\u03c3b_\u01c5.|1.\u03c3b-\u01c5.|1.\u03c3b\u01c4.|1.\u03a3B-\u01c6.|1.\u03a3b-\u01c5.|1."
},
{
"tpl": "{{ snakecase \"0a\u00c9x\" }}|{{ kebabcase \"0a\u00c9x\" }}|{{ camelcase \"0a\u00c9x\" }}|{{ swapcase \"0a\u00c9x\" }}|{{ title \"0a\u00c9x\" }}|{{ initials \"0a\u00c9x\" }}",
"out": "0a_\u00e9x|0a-\u00e9x|0a\u00c9x|0A\u00e9X|0a\u00c9x|0"
},
{
"tpl": "{{ snakecase \"x\u00e9Z-_.b\" }}|{{ kebabcase \"x\u00e9Z-_.b\" }}|{{ camelcase \"x\u00e9Z-_.b\" }}|{{ swapcase \"x\u00e9Z-_.b\" }}|{{ title \"x\u00e9Z-_.b\" }}|{{ initials \"x\u00e9Z-_.b\" }}",
"out": "x\u00e9_z__.b|x\u00e9-z--.b|X\u00e9Z-.b|X\u00c9z-_.B|X\u00e9Z-_.B|x"
},
{
"tpl": "{{ snakecase \" \u00e9\" }}|{{ kebabcase \" \u00e9\" }}|{{ camelcase \" \u00e9\" }}|{{ swapcase \" \u00e9\" }}|{{ title \" \u00e9\" }}|{{ initials \" \u00e9\" }}",
"out": "_\u00e9|-\u00e9| \u00c9| \u00c9| \u00c9|\u00c3"
},
{
"tpl": "{{ snakecase \"_Zy.\u4e2d0\u216bb\" }}|{{ kebabcase \"_Zy.\u4e2d0\u216bb\" }}|{{ camelcase \"_Zy.\u4e2d0\u216bb\" }}|{{ swapcase \"_Zy.\u4e2d0\u216bb\" }}|{{ title \"_Zy.\u4e2d0\u216bb\" }}|{{ initials \"_Zy.\u4e2d0\u216bb\" }}",
"out": "_zy.\u4e2d_0\u216bb|-zy.\u4e2d-0\u216bb|_Zy.\u4e2d0\u216bb|_zY.\u4e2d0\u216bB|_Zy.\u4e2d0\u216bb|_\u00ab"
},
{
"tpl": "{{ snakecase \"xb\" }}|{{ kebabcase \"xb\" }}|{{ camelcase \"xb\" }}|{{ swapcase \"xb\" }}|{{ title \"xb\" }}|{{ initials \"xb\" }}",
"out": "xb|xb|Xb|XB|Xb|x"
},
{
"tpl": "{{ snakecase \"\u00e9:A/\u01c5 \u01c5x\" }}|{{ kebabcase \"\u00e9:A/\u01c5 \u01c5x\" }}|{{ camelcase \"\u00e9:A/\u01c5 \u01c5x\" }}|{{ swapcase \"\u00e9:A/\u01c5 \u01c5x\" }}|{{ title \"\u00e9:A/\u01c5 \u01c5x\" }}|{{ initials \"\u00e9:A/\u01c5 \u01c5x\" }}",
"out": "\u00e9:a/\u01c5_\u01c5x|\u00e9:a/\u01c5-\u01c5x|\u00c9:A/\u01c5\u01c4x|\u00c9:a/\u01c6 \u01c6X|\u00c9:A/\u01c5 \u01c5x|\u00c3\u00c7x"
},
{
"tpl": "{{ snakecase \"\u4e2dCCby9c\u0661:0\" }}|{{ kebabcase \"\u4e2dCCby9c\u0661:0\" }}|{{ camelcase \"\u4e2dCCby9c\u0661:0\" }}|{{ swapcase \"\u4e2dCCby9c\u0661:0\" }}|{{ title \"\u4e2dCCby9c\u0661:0\" }}|{{ initials \"\u4e2dCCby9c\u0661:0\" }}",
"out": "\u4e2d_c_cby_9c\u0661:0|\u4e2d-c-cby-9c\u0661:0|\u4e2dCCby9c\u0661:0|\u4e2dccBY9C\u0661:0|\u4e2dCCby9c\u0661:0|\u00e4"
},
{
"tpl": "{{ snakecase \"\u216b\ud83d\ude00\u4e2d0\" }}|{{ kebabcase \"\u216b\ud83d\ude00\u4e2d0\" }}|{{ camelcase \"\u216b\ud83d\ude00\u4e2d0\" }}|{{ swapcase \"\u216b\ud83d\ude00\u4e2d0\" }}|{{ title \"\u216b\ud83d\ude00\u4e2d0\" }}|{{ initials \"\u216b\ud83d\ude00\u4e2d0\" }}",
"out": "\u216b_\ud83d\ude00\u4e2d0|\u216b-\ud83d\ude00\u4e2d0|\u216b\ud83d\ude00\u4e2d0|\u216b\ud83d\ude00\u4e2d0|\u216b\ud83d\ude00\u4e2d0|\u00e2\u00ab"
},
{
"tpl": "{{ snakecase \"\u03c30 C-X\u06619-b\" }}|{{ kebabcase \"\u03c30 C-X\u06619-b\" }}|{{ camelcase \"\u03c30 C-X\u06619-b\" }}|{{ swapcase \"\u03c30 C-X\u06619-b\" }}|{{ title \"\u03c30 C-X\u06619-b\" }}|{{ initials \"\u03c30 C-X\u06619-b\" }}",
"out": "\u03c30_c_x\u06619_b|\u03c30-c-x\u06619-b|\u03a30CX\u06619B|\u03a30 c-x\u06619-B|\u03a30 C-X\u06619-B|\u00cfC"
},
{
"tpl": "{{ snakecase \"\u4e2d\u0661AA_ZC\u01c5\" }}|{{ kebabcase \"\u4e2d\u0661AA_ZC\u01c5\" }}|{{ camelcase \"\u4e2d\u0661AA_ZC\u01c5\" }}|{{ swapcase \"\u4e2d\u0661AA_ZC\u01c5\" }}|{{ title \"\u4e2d\u0661AA_ZC\u01c5\" }}|{{ initials \"\u4e2d\u0661AA_ZC\u01c5\" }}",
"out": "\u4e2d\u0661_aa_z_c\u01c5|\u4e2d\u0661-aa-z-c\u01c5|\u4e2d\u0661AAZc\u01c5|\u4e2d\u0661aa_zc\u01c6|\u4e2d\u0661AA_ZC\u01c5|\u00e4"
},
{
"tpl": "{{ snakecase \"\ud83d\ude00A\\ufffd\" }}|{{ kebabcase \"\ud83d\ude00A\\ufffd\" }}|{{ camelcase \"\ud83d\ude00A\\ufffd\" }}|{{ swapcase \"\ud83d\ude00A\\ufffd\" }}|{{ title \"\ud83d\ude00A\\ufffd\" }}|{{ initials \"\ud83d\ude00A\\ufffd\" }}",
"out": "\ud83d\ude00_a\ufffd|\ud83d\ude00-a\ufffd|\ud83d\ude00A\ufffd|\ud83d\ude00a\ufffd|\ud83d\ude00A\ufffd|\u00f0"
},
{
"tpl": "{{ snakecase \"/\" }}|{{ kebabcase \"/\" }}|{{ camelcase \"/\" }}|{{ swapcase \"/\" }}|{{ title \"/\" }}|{{ initials \"/\" }}",
"out": "/|/|/|/|/|/"
},
{
"tpl": "{{ snakecase \"\u00e9x\" }}|{{ kebabcase \"\u00e9x\" }}|{{ camelcase \"\u00e9x\" }}|{{ swapcase \"\u00e9x\" }}|{{ title \"\u00e9x\" }}|{{ initials \"\u00e9x\" }}",
"out": "\u00e9x|\u00e9x|\u00c9x|\u00c9X|\u00c9x|\u00c3"
},
{
"tpl": "{{ snakecase \"\\ufffd\" }}|{{ kebabcase \"\\ufffd\" }}|{{ camelcase \"\\ufffd\" }}|{{ swapcase \"\\ufffd\" }}|{{ title \"\\ufffd\" }}|{{ initials \"\\ufffd\" }}",
"out": "\ufffd|\ufffd|\ufffd|\ufffd|\ufffd|\u00ef"
},
{
"tpl": "{{ snakecase \"\ud83d\ude00B\" }}|{{ kebabcase \"\ud83d\ude00B\" }}|{{ camelcase \"\ud83d\ude00B\" }}|{{ swapcase \"\ud83d\ude00B\" }}|{{ title \"\ud83d\ude00B\" }}|{{ initials \"\ud83d\ude00B\" }}",
"out": "\ud83d\ude00_b|\ud83d\ude00-b|\ud83d\ude00B|\ud83d\ude00b|\ud83d\ude00B|\u00f0"
},
{
"tpl": "{{ snakecase \"0\" }}|{{ kebabcase \"0\" }}|{{ camelcase \"0\" }}|{{ swapcase \"0\" }}|{{ title \"0\" }}|{{ initials \"0\" }}",
"out": "0|0|0|0|0|0"
},
{
"tpl": "{{ snakecase \"\" }}|{{ kebabcase \"\" }}|{{ camelcase \"\" }}|{{ swapcase \"\" }}|{{ title \"\" }}|{{ initials \"\" }}",
"out": "|||||"
},
{
"tpl": "{{ snakecase \":\" }}|{{ kebabcase \":\" }}|{{ camelcase \":\" }}|{{ swapcase \":\" }}|{{ title \":\" }}|{{ initials \":\" }}",
"out": ":|:|:|:|:|:"
},
{
"tpl": "{{ snakecase \"\ud83d\ude00\\ufffd\ud83d\ude00\" }}|{{ kebabcase \"\ud83d\ude00\\ufffd\ud83d\ude00\" }}|{{ camelcase \"\ud83d\ude00\\ufffd\ud83d\ude00\" }}|{{ swapcase \"\ud83d\ude00\\ufffd\ud83d\ude00\" }}|{{ title \"\ud83d\ude00\\ufffd\ud83d\ude00\" }}|{{ initials \"\ud83d\ude00\\ufffd\ud83d\ude00\" }}",
"out": "\ud83d\ude00\ufffd\ud83d\ude00|\ud83d\ude00\ufffd\ud83d\ude00|\ud83d\ude00\ufffd\ud83d\ude00|\ud83d\ude00\ufffd\ud83d\ude00|\ud83d\ude00\ufffd\ud83d\ude00|\u00f0"
},
{
"tpl": "{{ snakecase \"\u00c9.-x xaZ\u4e2d\" }}|{{ kebabcase \"\u00c9.-x xaZ\u4e2d\" }}|{{ camelcase \"\u00c9.-x xaZ\u4e2d\" }}|{{ swapcase \"\u00c9.-x xaZ\u4e2d\" }}|{{ title \"\u00c9.-x xaZ\u4e2d\" }}|{{ initials \"\u00c9.-x xaZ\u4e2d\" }}",
"out": "\u00e9.-x_xa_z_\u4e2d|\u00e9.-x-xa-z-\u4e2d|\u00c9.XXaZ\u4e2d|\u00e9.-X XAz\u4e2d|\u00c9.-X XaZ\u4e2d|\u00c3x"
},
{
"tpl": "{{ snakecase \"9\u0661yab\" }}|{{ kebabcase \"9\u0661yab\" }}|{{ camelcase \"9\u0661yab\" }}|{{ swapcase \"9\u0661yab\" }}|{{ title \"9\u0661yab\" }}|{{ initials \"9\u0661yab\" }}",
"out": "9\u0661yab|9\u0661yab|9\u0661yab|9\u0661YAB|9\u0661yab|9"
},
{
"tpl": "{{ snakecase \"\\ufffd\u03c3\u0661-10_:\" }}|{{ kebabcase \"\\ufffd\u03c3\u0661-10_:\" }}|{{ camelcase \"\\ufffd\u03c3\u0661-10_:\" }}|{{ swapcase \"\\ufffd\u03c3\u0661-10_:\" }}|{{ title \"\\ufffd\u03c3\u0661-10_:\" }}|{{ initials \"\\ufffd\u03c3\u0661-10_:\" }}",
"out": "\ufffd\u03c3\u0661_10_:|\ufffd\u03c3\u0661-10-:|\ufffd\u03c3\u066110:|\ufffd\u03a3\u0661-10_:|\ufffd\u03c3\u0661-10_:|\u00ef"
},
{
"tpl": "{{ snakecase \"-cb\" }}|{{ kebabcase \"-cb\" }}|{{ camelcase \"-cb\" }}|{{ swapcase \"-cb\" }}|{{ title \"-cb\" }}|{{ initials \"-cb\" }}",
"out": "_cb|-cb|-Cb|-CB|-Cb|-"
},
{
"tpl": "{{ snakecase \"\u4e2d\\ufffd\u01c5B\" }}|{{ kebabcase \"\u4e2d\\ufffd\u01c5B\" }}|{{ camelcase \"\u4e2d\\ufffd\u01c5B\" }}|{{ swapcase \"\u4e2d\\ufffd\u01c5B\" }}|{{ title \"\u4e2d\\ufffd\u01c5B\" }}|{{ initials \"\u4e2d\\ufffd\u01c5B\" }}",
"out": "\u4e2d_\ufffd\u01c5_b|\u4e2d-\ufffd\u01c5-b|\u4e2d\ufffd\u01c5B|\u4e2d\ufffd\u01c6b|\u4e2d\ufffd\u01c5B|\u00e4B"
},
{
"tpl": "{{ snakecase \"\u01c5\u01c5\" }}|{{ kebabcase \"\u01c5\u01c5\" }}|{{ camelcase \"\u01c5\u01c5\" }}|{{ swapcase \"\u01c5\u01c5\" }}|{{ title \"\u01c5\u01c5\" }}|{{ initials \"\u01c5\u01c5\" }}",
"out": "\u01c5\u01c5|\u01c5\u01c5|\u01c4\u01c5|\u01c6\u01c6|\u01c5\u01c5|\u00c7\u00c7"
},
{
"tpl": "{{ snakecase \"\u00c91\u0661\" }}|{{ kebabcase \"\u00c91\u0661\" }}|{{ camelcase \"\u00c91\u0661\" }}|{{ swapcase \"\u00c91\u0661\" }}|{{ title \"\u00c91\u0661\" }}|{{ initials \"\u00c91\u0661\" }}",
"out": "\u00e91\u0661|\u00e91\u0661|\u00c91\u0661|\u00e91\u0661|\u00c91\u0661|\u00c3"
},
{
"tpl": "{{ snakecase \"\ud83d\ude00X9C\ud83d\ude001\u0661x\" }}|{{ kebabcase \"\ud83d\ude00X9C\ud83d\ude001\u0661x\" }}|{{ camelcase \"\ud83d\ude00X9C\ud83d\ude001\u0661x\" }}|{{ swapcase \"\ud83d\ude00X9C\ud83d\ude001\u0661x\" }}|{{ title \"\ud83d\ude00X9C\ud83d\ude001\u0661x\" }}|{{ initials \"\ud83d\ude00X9C\ud83d\ude001\u0661x\" }}",
"out": "\ud83d\ude00_x9_c_\ud83d\ude00_1\u0661x|\ud83d\ude00-x9-c-\ud83d\ude00-1\u0661x|\ud83d\ude00X9C\ud83d\ude001\u0661x|\ud83d\ude00x9c\ud83d\ude001\u0661X|\ud83d\ude00X9C\ud83d\ude001\u0661x|\u00f0"
},
{
"tpl": "{{ snakecase \"9\u01c5\" }}|{{ kebabcase \"9\u01c5\" }}|{{ camelcase \"9\u01c5\" }}|{{ swapcase \"9\u01c5\" }}|{{ title \"9\u01c5\" }}|{{ initials \"9\u01c5\" }}",
"out": "9\u01c5|9\u01c5|9\u01c5|9\u01c6|9\u01c5|9"
},
{
"tpl": "{{ snakecase \"C\" }}|{{ kebabcase \"C\" }}|{{ camelcase \"C\" }}|{{ swapcase \"C\" }}|{{ title \"C\" }}|{{ initials \"C\" }}",
"out": "c|c|C|c|C|C"
},
{
"tpl": "{{ snakecase \"\\ufffd\u216ba\" }}|{{ kebabcase \"\\ufffd\u216ba\" }}|{{ camelcase \"\\ufffd\u216ba\" }}|{{ swapcase \"\\ufffd\u216ba\" }}|{{ title \"\\ufffd\u216ba\" }}|{{ initials \"\\ufffd\u216ba\" }}",
"out": "\ufffd\u216ba|\ufffd\u216ba|\ufffd\u216ba|\ufffd\u216bA|\ufffd\u216ba|\u00ef\u00ab"
},
{
"tpl": "{{ snakecase \"B\u03c3/\u01c5\" }}|{{ kebabcase \"B\u03c3/\u01c5\" }}|{{ camelcase \"B\u03c3/\u01c5\" }}|{{ swapcase \"B\u03c3/\u01c5\" }}|{{ title \"B\u03c3/\u01c5\" }}|{{ initials \"B\u03c3/\u01c5\" }}",
"out": "b\u03c3/\u01c5|b\u03c3/\u01c5|B\u03c3/\u01c5|b\u03a3/\u01c6|B\u03c3/\u01c5|B"
},
{
"tpl": "{{ snakecase \"X 0\u01c5\u01c5_xA\u00e9\" }}|{{ kebabcase \"X 0\u01c5\u01c5_xA\u00e9\" }}|{{ camelcase \"X 0\u01c5\u01c5_xA\u00e9\" }}|{{ swapcase \"X 0\u01c5\u01c5_xA\u00e9\" }}|{{ title \"X 0\u01c5\u01c5_xA\u00e9\" }}|{{ initials \"X 0\u01c5\u01c5_xA\u00e9\" }}",
"out": "x_0\u01c5\u01c5_x_a\u00e9|x-0\u01c5\u01c5-x-a\u00e9|X0\u01c5\u01c5XA\u00e9|x 0\u01c6\u01c6_Xa\u00c9|X 0\u01c5\u01c5_xA\u00e9|X0\u00c7_"
},
{
"tpl": "{{ snakecase \"\" }}|{{ kebabcase \"\" }}|{{ camelcase \"\" }}|{{ swapcase \"\" }}|{{ title \"\" }}|{{ initials \"\" }}",
"out": "|||||"
},
{
"tpl": "{{ snakecase \"x\u4e2d0-\" }}|{{ kebabcase \"x\u4e2d0-\" }}|{{ camelcase \"x\u4e2d0-\" }}|{{ swapcase \"x\u4e2d0-\" }}|{{ title \"x\u4e2d0-\" }}|{{ initials \"x\u4e2d0-\" }}",
"out": "x_\u4e2d0_|x-\u4e2d0-|X\u4e2d0-|X\u4e2d0-|X\u4e2d0-|x"
},
{
"tpl": "{{ snakecase \"\u216b\ud83d\ude00x\u00e9\\ufffda/Xb\" }}|{{ kebabcase \"\u216b\ud83d\ude00x\u00e9\\ufffda/Xb\" }}|{{ camelcase \"\u216b\ud83d\ude00x\u00e9\\ufffda/Xb\" }}|{{ swapcase \"\u216b\ud83d\ude00x\u00e9\\ufffda/Xb\" }}|{{ title \"\u216b\ud83d\ude00x\u00e9\\ufffda/Xb\" }}|{{ initials \"\u216b\ud83d\ude00x\u00e9\\ufffda/Xb\" }}",
"out": "\u216b_\ud83d\ude00_x\u00e9\ufffda/xb|\u216b-\ud83d\ude00-x\u00e9\ufffda/xb|\u216b\ud83d\ude00x\u00e9\ufffda/Xb|\u216b\ud83d\ude00X\u00c9\ufffdA/xB|\u216b\ud83d\ude00x\u00e9\ufffda/Xb|\u00e2\u00ab"
},
{
"tpl": "{{ snakecase \"X y\u0661 .\ud83d\ude00C\" }}|{{ kebabcase \"X y\u0661 .\ud83d\ude00C\" }}|{{ camelcase \"X y\u0661 .\ud83d\ude00C\" }}|{{ swapcase \"X y\u0661 .\ud83d\ude00C\" }}|{{ title \"X y\u0661 .\ud83d\ude00C\" }}|{{ initials \"X y\u0661 .\ud83d\ude00C\" }}",
"out": "x_y\u0661_.\ud83d\ude00_c|x-y\u0661-.\ud83d\ude00-c|XY\u0661.\ud83d\ude00C|x Y\u0661 .\ud83d\ude00c|X Y\u0661 .\ud83d\ude00C|Xy."
},
{
"tpl": "{{ snakecase \".1A:\u216bA-\u00e9_0\" }}|{{ kebabcase \".1A:\u216bA-\u00e9_0\" }}|{{ camelcase \".1A:\u216bA-\u00e9_0\" }}|{{ swapcase \".1A:\u216bA-\u00e9_0\" }}|{{ title \".1A:\u216bA-\u00e9_0\" }}|{{ initials \".1A:\u216bA-\u00e9_0\" }}",
"out": ".1_a:\u216b_a_\u00e9_0|.1-a:\u216b-a-\u00e9-0|.1A:\u216bA\u00c90|.1a:\u216ba-\u00c9_0|.1A:\u216bA-\u00c9_0|.\u00ab"
},
{
"tpl": "{{ snakecase \"9bbC0\u216b\" }}|{{ kebabcase \"9bbC0\u216b\" }}|{{ camelcase \"9bbC0\u216b\" }}|{{ swapcase \"9bbC0\u216b\" }}|{{ title \"9bbC0\u216b\" }}|{{ initials \"9bbC0\u216b\" }}",
"out": "9bb_c0\u216b|9bb-c0\u216b|9bbC0\u216b|9BBc0\u216b|9bbC0\u216b|9\u00ab"
},
{
"tpl": "{{ snakecase \"\u03c3/y\u0661c\\ufffd\u01c5\u0661\u00c9\u03c3\" }}|{{ kebabcase \"\u03c3/y\u0661c\\ufffd\u01c5\u0661\u00c9\u03c3\" }}|{{ camelcase \"\u03c3/y\u0661c\\ufffd\u01c5\u0661\u00c9\u03c3\" }}|{{ swapcase \"\u03c3/y\u0661c\\ufffd\u01c5\u0661\u00c9\u03c3\" }}|{{ title \"\u03c3/y\u0661c\\ufffd\u01c5\u0661\u00c9\u03c3\" }}|{{ initials \"\u03c3/y\u0661c\\ufffd\u01c5\u0661\u00c9\u03c3\" }}",
"out": "\u03c3/y_\u0661c\ufffd\u01c5\u0661_\u00e9\u03c3|\u03c3/y-\u0661c\ufffd\u01c5\u0661-\u00e9\u03c3|\u03a3/y\u0661c\ufffd\u01c5\u0661\u00c9\u03c3|\u03a3/Y\u0661C\ufffd\u01c6\u0661\u00e9\u03a3|\u03a3/Y\u0661c\ufffd\u01c5\u0661\u00c9\u03c3|\u00cf\u00d9"
},
{
"tpl": "{{ snakecase \":\" }}|{{ kebabcase \":\" }}|{{ camelcase \":\" }}|{{ swapcase \":\" }}|{{ title \":\" }}|{{ initials \":\" }}",
"out": ":|:|:|:|:|:"
},
{
"tpl": "{{ snakecase \"\u01c51 Xa9\u00e9C\u01c5\" }}|{{ kebabcase \"\u01c51 Xa9\u00e9C\u01c5\" }}|{{ camelcase \"\u01c51 Xa9\u00e9C\u01c5\" }}|{{ swapcase \"\u01c51 Xa9\u00e9C\u01c5\" }}|{{ title \"\u01c51 Xa9\u00e9C\u01c5\" }}|{{ initials \"\u01c51 Xa9\u00e9C\u01c5\" }}",
"out": "\u01c51_xa_9\u00e9_c\u01c5|\u01c51-xa-9\u00e9-c\u01c5|\u01c41Xa9\u00e9C\u01c5|\u01c61 xA9\u00c9c\u01c6|\u01c51 Xa9\u00e9C\u01c5|\u00c71X"
},
{
"tpl": "{{ snakecase \"1cA9C\ud83d\ude00\" }}|{{ kebabcase \"1cA9C\ud83d\ude00\" }}|{{ camelcase \"1cA9C\ud83d\ude00\" }}|{{ swapcase \"1cA9C\ud83d\ude00\" }}|{{ title \"1cA9C\ud83d\ude00\" }}|{{ initials \"1cA9C\ud83d\ude00\" }}",
"out": "1c_a9_c_\ud83d\ude00|1c-a9-c-\ud83d\ude00|1cA9C\ud83d\ude00|1Ca9c\ud83d\ude00|1cA9C\ud83d\ude00|1"
},
{
"tpl": "{{ snakecase \"\u00c9\ud83d\ude00bXX\" }}|{{ kebabcase \"\u00c9\ud83d\ude00bXX\" }}|{{ camelcase \"\u00c9\ud83d\ude00bXX\" }}|{{ swapcase \"\u00c9\ud83d\ude00bXX\" }}|{{ title \"\u00c9\ud83d\ude00bXX\" }}|{{ initials \"\u00c9\ud83d\ude00bXX\" }}",
"out": "\u00e9_\ud83d\ude00_b_xx|\u00e9-\ud83d\ude00-b-xx|\u00c9\ud83d\ude00bXX|\u00e9\ud83d\ude00Bxx|\u00c9\ud83d\ude00bXX|\u00c3"
},
{
"tpl": "{{ snakecase \"\u4e2dycZ\u4e2da 1__\" }}|{{ kebabcase \"\u4e2dycZ\u4e2da 1__\" }}|{{ camelcase \"\u4e2dycZ\u4e2da 1__\" }}|{{ swapcase \"\u4e2dycZ\u4e2da 1__\" }}|{{ title \"\u4e2dycZ\u4e2da 1__\" }}|{{ initials \"\u4e2dycZ\u4e2da 1__\" }}",
"out": "\u4e2d_yc_z_\u4e2d_a_1__|\u4e2d-yc-z-\u4e2d-a-1--|\u4e2dycZ\u4e2da1__|\u4e2dYCz\u4e2dA 1__|\u4e2dycZ\u4e2da 1__|\u00e41"
},
{
"tpl": "{{ snakecase \"\u00c9AayA\" }}|{{ kebabcase \"\u00c9AayA\" }}|{{ camelcase \"\u00c9AayA\" }}|{{ swapcase \"\u00c9AayA\" }}|{{ title \"\u00c9AayA\" }}|{{ initials \"\u00c9AayA\" }}",
"out": "\u00e9_aay_a|\u00e9-aay-a|\u00c9aayA|\u00e9aAYa|\u00c9AayA|\u00c3"
},
{
"tpl": "{{ snakecase \"\\ufffdA\ud83d\ude00x.x\u00c9\" }}|{{ kebabcase \"\\ufffdA\ud83d\ude00x.x\u00c9\" }}|{{ camelcase \"\\ufffdA\ud83d\ude00x.x\u00c9\" }}|{{ swapcase \"\\ufffdA\ud83d\ude00x.x\u00c9\" }}|{{ title \"\\ufffdA\ud83d\ude00x.x\u00c9\" }}|{{ initials \"\\ufffdA\ud83d\ude00x.x\u00c9\" }}",
"out": "\ufffda_\ud83d\ude00_x.x_\u00e9|\ufffda-\ud83d\ude00-x.x-\u00e9|\ufffdA\ud83d\ude00x.x\u00c9|\ufffda\ud83d\ude00X.X\u00e9|\ufffdA\ud83d\ude00x.X\u00c9|\u00ef"
},
{
"tpl": "{{ snakecase \". C\" }}|{{ kebabcase \". C\" }}|{{ camelcase \". C\" }}|{{ swapcase \". C\" }}|{{ title \". C\" }}|{{ initials \". C\" }}",
"out": "._c|.-c|.C|. c|. C|.C"
},
{
"tpl": "{{ snakecase \"\ud83d\ude00.a\u4e2d\ud83d\ude00bBaB\" }}|{{ kebabcase \"\ud83d\ude00.a\u4e2d\ud83d\ude00bBaB\" }}|{{ camelcase \"\ud83d\ude00.a\u4e2d\ud83d\ude00bBaB\" }}|{{ swapcase \"\ud83d\ude00.a\u4e2d\ud83d\ude00bBaB\" }}|{{ title \"\ud83d\ude00.a\u4e2d\ud83d\ude00bBaB\" }}|{{ initials \"\ud83d\ude00.a\u4e2d\ud83d\ude00bBaB\" }}",
"out": "\ud83d\ude00.a_\u4e2d\ud83d\ude00_b_ba_b|\ud83d\ude00.a-\u4e2d\ud83d\ude00-b-ba-b|\ud83d\ude00.a\u4e2d\ud83d\ude00bBaB|\ud83d\ude00.A\u4e2d\ud83d\ude00BbAb|\ud83d\ude00.A\u4e2d\ud83d\ude00bBaB|\u00f0"
},
{
"tpl": "{{ snakecase \"\u03c3A\u216b\u00c9\ud83d\ude00Z\u0661\" }}|{{ kebabcase \"\u03c3A\u216b\u00c9\ud83d\ude00Z\u0661\" }}|{{ camelcase \"\u03c3A\u216b\u00c9\ud83d\ude00Z\u0661\" }}|{{ swapcase \"\u03c3A\u216b\u00c9\ud83d\ude00Z\u0661\" }}|{{ title \"\u03c3A\u216b\u00c9\ud83d\ude00Z\u0661\" }}|{{ initials \"\u03c3A\u216b\u00c9\ud83d\ude00Z\u0661\" }}",
"out": "\u03c3_a\u216b_\u00e9_\ud83d\ude00_z\u0661|\u03c3-a\u216b-\u00e9-\ud83d\ude00-z\u0661|\u03a3A\u216b\u00c9\ud83d\ude00Z\u0661|\u03a3a\u216b\u00e9\ud83d\ude00z\u0661|\u03a3A\u216b\u00c9\ud83d\ude00Z\u0661|\u00cf\u00ab"
},
{
"tpl": "{{ snakecase \"\u216b9\u00c9\u00c9\" }}|{{ kebabcase \"\u216b9\u00c9\u00c9\" }}|{{ camelcase \"\u216b9\u00c9\u00c9\" }}|{{ swapcase \"\u216b9\u00c9\u00c9\" }}|{{ title \"\u216b9\u00c9\u00c9\" }}|{{ initials \"\u216b9\u00c9\u00c9\" }}",
"out": "\u216b9_\u00e9\u00e9|\u216b9-\u00e9\u00e9|\u216b9\u00c9\u00c9|\u216b9\u00e9\u00e9|\u216b9\u00c9\u00c9|\u00e2\u00ab"
},
{
"tpl": "{{ snakecase \"\" }}|{{ kebabcase \"\" }}|{{ camelcase \"\" }}|{{ swapcase \"\" }}|{{ title \"\" }}|{{ initials \"\" }}",
"out": "|||||"
},
{
"tpl": "{{ snakecase \"A:BX/\u4e2d\ud83d\ude00_\" }}|{{ kebabcase \"A:BX/\u4e2d\ud83d\ude00_\" }}|{{ camelcase \"A:BX/\u4e2d\ud83d\ude00_\" }}|{{ swapcase \"A:BX/\u4e2d\ud83d\ude00_\" }}|{{ title \"A:BX/\u4e2d\ud83d\ude00_\" }}|{{ initials \"A:BX/\u4e2d\ud83d\ude00_\" }}",
"out": "a:bx/\u4e2d\ud83d\ude00_|a:bx/\u4e2d\ud83d\ude00-|A:BX/\u4e2d\ud83d\ude00_|a:bx/\u4e2d\ud83d\ude00_|A:BX/\u4e2d\ud83d\ude00_|A"
},
{
"tpl": "{{ snakecase \"A\" }}|{{ kebabcase \"A\" }}|{{ camelcase \"A\" }}|{{ swapcase \"A\" }}|{{ title \"A\" }}|{{ initials \"A\" }}",
"out": "a|a|A|a|A|A"
},
{
"tpl": "{{ snakecase \"0\" }}|{{ kebabcase \"0\" }}|{{ camelcase \"0\" }}|{{ swapcase \"0\" }}|{{ title \"0\" }}|{{ initials \"0\" }}",
"out": "0|0|0|0|0|0"
},
{
"tpl": "{{ snakecase \"B\" }}|{{ kebabcase \"B\" }}|{{ camelcase \"B\" }}|{{ swapcase \"B\" }}|{{ title \"B\" }}|{{ initials \"B\" }}",
"out": "b|b|B|b|B|B"
},
{
"tpl": "{{ snakecase \"\" }}|{{ kebabcase \"\" }}|{{ camelcase \"\" }}|{{ swapcase \"\" }}|{{ title \"\" }}|{{ initials \"\" }}",
"out": "|||||"
},
{
"tpl": "{{ snakecase \"y\u0661\u00e9b\u01c5B\" }}|{{ kebabcase \"y\u0661\u00e9b\u01c5B\" }}|{{ camelcase \"y\u0661\u00e9b\u01c5B\" }}|{{ swapcase \"y\u0661\u00e9b\u01c5B\" }}|{{ title \"y\u0661\u00e9b\u01c5B\" }}|{{ initials \"y\u0661\u00e9b\u01c5B\" }}",
"out": "y_\u0661\u00e9b\u01c5_b|y-\u0661\u00e9b\u01c5-b|Y\u0661\u00e9b\u01c5B|Y\u0661\u00c9B\u01c6b|Y\u0661\u00e9b\u01c5B|yB"
},
{
"tpl": "{{ snakecase \"\\ufffd\u00e9_.\u216b\u0661\u0661\u00c9\\ufffd\" }}|{{ kebabcase \"\\ufffd\u00e9_.\u216b\u0661\u0661\u00c9\\ufffd\" }}|{{ camelcase \"\\ufffd\u00e9_.\u216b\u0661\u0661\u00c9\\ufffd\" }}|{{ swapcase \"\\ufffd\u00e9_.\u216b\u0661\u0661\u00c9\\ufffd\" }}|{{ title \"\\ufffd\u00e9_.\u216b\u0661\u0661\u00c9\\ufffd\" }}|{{ initials \"\\ufffd\u00e9_.\u216b\u0661\u0661\u00c9\\ufffd\" }}",
"out": "\ufffd\u00e9_.\u216b\u0661\u0661_\u00e9\ufffd|\ufffd\u00e9-.\u216b\u0661\u0661-\u00e9\ufffd|\ufffd\u00e9.\u216b\u0661\u0661\u00c9\ufffd|\ufffd\u00c9_.\u216b\u0661\u0661\u00e9\ufffd|\ufffd\u00e9_.\u216b\u0661\u0661\u00c9\ufffd|\u00ef\u00ab"
},
{
"tpl": "{{ snakecase \"\" }}|{{ kebabcase \"\" }}|{{ camelcase \"\" }}|{{ swapcase \"\" }}|{{ title \"\" }}|{{ initials \"\" }}",
"out": "|||||"
},
{
"tpl": "{{ snakecase \" -B99.c\" }}|{{ kebabcase \" -B99.c\" }}|{{ camelcase \" -B99.c\" }}|{{ swapcase \" -B99.c\" }}|{{ title \" -B99.c\" }}|{{ initials \" -B99.c\" }}",
"out": "__b99.c|--b99.c| -B99.c| -b99.C| -B99.C|-"
},
{
"tpl": "{{ snakecase \"\u06619C\" }}|{{ kebabcase \"\u06619C\" }}|{{ camelcase \"\u06619C\" }}|{{ swapcase \"\u06619C\" }}|{{ title \"\u06619C\" }}|{{ initials \"\u06619C\" }}",
"out": "\u06619_c|\u06619-c|\u06619C|\u06619c|\u06619C|\u00d9"
},
{
"tpl": "{{ snakecase \"\u00e9\u0661/cxxA\" }}|{{ kebabcase \"\u00e9\u0661/cxxA\" }}|{{ camelcase \"\u00e9\u0661/cxxA\" }}|{{ swapcase \"\u00e9\u0661/cxxA\" }}|{{ title \"\u00e9\u0661/cxxA\" }}|{{ initials \"\u00e9\u0661/cxxA\" }}",
"out": "\u00e9\u0661/cxx_a|\u00e9\u0661/cxx-a|\u00c9\u0661/cxxA|\u00c9\u0661/CXXa|\u00c9\u0661/CxxA|\u00c3"
},
{
"tpl": "{{ snakecase \".Z9\u4e2d\" }}|{{ kebabcase \".Z9\u4e2d\" }}|{{ camelcase \".Z9\u4e2d\" }}|{{ swapcase \".Z9\u4e2d\" }}|{{ title \".Z9\u4e2d\" }}|{{ initials \".Z9\u4e2d\" }}",
"out": ".z9_\u4e2d|.z9-\u4e2d|.Z9\u4e2d|.z9\u4e2d|.Z9\u4e2d|."
},
{
"tpl": "{{ snakecase \"\" }}|{{ kebabcase \"\" }}|{{ camelcase \"\" }}|{{ swapcase \"\" }}|{{ title \"\" }}|{{ initials \"\" }}",
"out": "|||||"
},
{
"tpl": "{{ snakecase \"1\u4e2da/\u00c9 \\ufffd\" }}|{{ kebabcase \"1\u4e2da/\u00c9 \\ufffd\" }}|{{ camelcase \"1\u4e2da/\u00c9 \\ufffd\" }}|{{ swapcase \"1\u4e2da/\u00c9 \\ufffd\" }}|{{ title \"1\u4e2da/\u00c9 \\ufffd\" }}|{{ initials \"1\u4e2da/\u00c9 \\ufffd\" }}",
"out": "1_\u4e2d_a/\u00e9_\ufffd|1-\u4e2d-a/\u00e9-\ufffd|1\u4e2da/\u00c9\ufffd|1\u4e2dA/\u00e9 \ufffd|1\u4e2da/\u00c9 \ufffd|1\u00ef"
},
{
"tpl": "{{ snakecase \"\" }}|{{ kebabcase \"\" }}|{{ camelcase \"\" }}|{{ swapcase \"\" }}|{{ title \"\" }}|{{ initials \"\" }}",
"out": "|||||"
},
{
"tpl": "{{ snakecase \"\" }}|{{ kebabcase \"\" }}|{{ camelcase \"\" }}|{{ swapcase \"\" }}|{{ title \"\" }}|{{ initials \"\" }}",
"out": "|||||"
},
{
"tpl": "{{ snakecase \"0\ud83d\ude00c1\" }}|{{ kebabcase \"0\ud83d\ude00c1\" }}|{{ camelcase \"0\ud83d\ude00c1\" }}|{{ swapcase \"0\ud83d\ude00c1\" }}|{{ title \"0\ud83d\ude00c1\" }}|{{ initials \"0\ud83d\ude00c1\" }}",
"out": "0_\ud83d\ude00_c1|0-\ud83d\ude00-c1|0\ud83d\ude00c1|0\ud83d\ude00C1|0\ud83d\ude00c1|0"
},
{
"tpl": "{{ snakecase \"-ac\" }}|{{ kebabcase \"-ac\" }}|{{ camelcase \"-ac\" }}|{{ swapcase \"-ac\" }}|{{ title \"-ac\" }}|{{ initials \"-ac\" }}",
"out": "_ac|-ac|-Ac|-AC|-Ac|-"
},
{
"tpl": "{{ snakecase \"\u03c3.x\u00c9\" }}|{{ kebabcase \"\u03c3.x\u00c9\" }}|{{ camelcase \"\u03c3.x\u00c9\" }}|{{ swapcase \"\u03c3.x\u00c9\" }}|{{ title \"\u03c3.x\u00c9\" }}|{{ initials \"\u03c3.x\u00c9\" }}",
"out": "\u03c3.x_\u00e9|\u03c3.x-\u00e9|\u03a3.x\u00c9|\u03a3.X\u00e9|\u03a3.X\u00c9|\u00cf"
},
{
"tpl": "{{ snakecase \"yx\u4e2d-x\ud83d\ude00\" }}|{{ kebabcase \"yx\u4e2d-x\ud83d\ude00\" }}|{{ camelcase \"yx\u4e2d-x\ud83d\ude00\" }}|{{ swapcase \"yx\u4e2d-x\ud83d\ude00\" }}|{{ title \"yx\u4e2d-x\ud83d\ude00\" }}|{{ initials \"yx\u4e2d-x\ud83d\ude00\" }}",
"out": "yx_\u4e2d_x_\ud83d\ude00|yx-\u4e2d-x-\ud83d\ude00|Yx\u4e2dX\ud83d\ude00|YX\u4e2d-X\ud83d\ude00|Yx\u4e2d-X\ud83d\ude00|y"
},
{
"tpl": "{{ snakecase \" \u4e2d\u00e9\" }}|{{ kebabcase \" \u4e2d\u00e9\" }}|{{ camelcase \" \u4e2d\u00e9\" }}|{{ swapcase \" \u4e2d\u00e9\" }}|{{ title \" \u4e2d\u00e9\" }}|{{ initials \" \u4e2d\u00e9\" }}",
"out": "_\u4e2d_\u00e9|-\u4e2d-\u00e9| \u4e2d\u00e9| \u4e2d\u00c9| \u4e2d\u00e9|\u00e4"
},
{
"tpl": "{{ snakecase \"\" }}|{{ kebabcase \"\" }}|{{ camelcase \"\" }}|{{ swapcase \"\" }}|{{ title \"\" }}|{{ initials \"\" }}",
"out": "|||||"
},
{
"tpl": "{{ snakecase \"\" }}|{{ kebabcase \"\" }}|{{ camelcase \"\" }}|{{ swapcase \"\" }}|{{ title \"\" }}|{{ initials \"\" }}",
"out": "|||||"
},
{
"tpl": "{{ snakecase \"9\" }}|{{ kebabcase \"9\" }}|{{ camelcase \"9\" }}|{{ swapcase \"9\" }}|{{ title \"9\" }}|{{ initials \"9\" }}",
"out": "9|9|9|9|9|9"
},
{
"tpl": "{{ snakecase \"\u03c3A\u01c5a\\ufffd_XCy\" }}|{{ kebabcase \"\u03c3A\u01c5a\\ufffd_XCy\" }}|{{ camelcase \"\u03c3A\u01c5a\\ufffd_XCy\" }}|{{ swapcase \"\u03c3A\u01c5a\\ufffd_XCy\" }}|{{ title \"\u03c3A\u01c5a\\ufffd_XCy\" }}|{{ initials \"\u03c3A\u01c5a\\ufffd_XCy\" }}",
"out": "\u03c3_a\u01c5a\ufffd_x_cy|\u03c3-a\u01c5a\ufffd-x-cy|\u03a3A\u01c5a\ufffdXcy|\u03a3a\u01c6A\ufffd_xcY|\u03a3A\u01c5a\ufffd_XCy|\u00cfa"
},
{
"tpl": "{{ snakecase \"\u00c9 \u216b_yA\" }}|{{ kebabcase \"\u00c9 \u216b_yA\" }}|{{ camelcase \"\u00c9 \u216b_yA\" }}|{{ swapcase \"\u00c9 \u216b_yA\" }}|{{ title \"\u00c9 \u216b_yA\" }}|{{ initials \"\u00c9 \u216b_yA\" }}",
"out": "\u00e9_\u216b_y_a|\u00e9-\u216b-y-a|\u00c9\u216bYA|\u00e9 \u216b_Ya|\u00c9 \u216b_yA|\u00c3\u00e2\u00ab"
},
{
"tpl": "{{ snakecase \"AC\u00c9/\u00c9-\\ufffd\" }}|{{ kebabcase \"AC\u00c9/\u00c9-\\ufffd\" }}|{{ camelcase \"AC\u00c9/\u00c9-\\ufffd\" }}|{{ swapcase \"AC\u00c9/\u00c9-\\ufffd\" }}|{{ title \"AC\u00c9/\u00c9-\\ufffd\" }}|{{ initials \"AC\u00c9/\u00c9-\\ufffd\" }}",
"out": "ac\u00e9/\u00e9_\ufffd|ac\u00e9/\u00e9-\ufffd|Ac\u00e9/\u00c9\ufffd|ac\u00e9/\u00e9-\ufffd|AC\u00c9/\u00c9-\ufffd|A"
},
{
"tpl": "{{ snakecase \"/B _x\" }}|{{ kebabcase \"/B _x\" }}|{{ camelcase \"/B _x\" }}|{{ swapcase \"/B _x\" }}|{{ title \"/B _x\" }}|{{ initials \"/B _x\" }}",
"out": "/b__x|/b--x|/B X|/b _X|/B _x|/_"
},
{
"tpl": "{{ snakecase \"A\u4e2d\" }}|{{ kebabcase \"A\u4e2d\" }}|{{ camelcase \"A\u4e2d\" }}|{{ swapcase \"A\u4e2d\" }}|{{ title \"A\u4e2d\" }}|{{ initials \"A\u4e2d\" }}",
"out": "a_\u4e2d|a-\u4e2d|A\u4e2d|a\u4e2d|A\u4e2d|A"
},
{
"tpl": "{{ snakecase \"0b0\u03c3:0\" }}|{{ kebabcase \"0b0\u03c3:0\" }}|{{ camelcase \"0b0\u03c3:0\" }}|{{ swapcase \"0b0\u03c3:0\" }}|{{ title \"0b0\u03c3:0\" }}|{{ initials \"0b0\u03c3:0\" }}",
"out": "0b0\u03c3:0|0b0\u03c3:0|0b0\u03c3:0|0B0\u03a3:0|0b0\u03c3:0|0"
},
{
"tpl": "{{ snakecase \"\\ufffd\u03c3Z9\u216b\u00e9\" }}|{{ kebabcase \"\\ufffd\u03c3Z9\u216b\u00e9\" }}|{{ camelcase \"\\ufffd\u03c3Z9\u216b\u00e9\" }}|{{ swapcase \"\\ufffd\u03c3Z9\u216b\u00e9\" }}|{{ title \"\\ufffd\u03c3Z9\u216b\u00e9\" }}|{{ initials \"\\ufffd\u03c3Z9\u216b\u00e9\" }}",
"out": "\ufffd\u03c3_z_9\u216b\u00e9|\ufffd\u03c3-z-9\u216b\u00e9|\ufffd\u03c3Z9\u216b\u00e9|\ufffd\u03a3z9\u216b\u00c9|\ufffd\u03c3Z9\u216b\u00e9|\u00ef\u00ab"
},
{
"tpl": "{{ snakecase \"\u4e2d\u216bB\u0661Z b\u216b1\" }}|{{ kebabcase \"\u4e2d\u216bB\u0661Z b\u216b1\" }}|{{ camelcase \"\u4e2d\u216bB\u0661Z b\u216b1\" }}|{{ swapcase \"\u4e2d\u216bB\u0661Z b\u216b1\" }}|{{ title \"\u4e2d\u216bB\u0661Z b\u216b1\" }}|{{ initials \"\u4e2d\u216bB\u0661Z b\u216b1\" }}",
"out": "\u4e2d\u216b_b\u0661_z_b\u216b1|\u4e2d\u216b-b\u0661-z-b\u216b1|\u4e2d\u216bB\u0661ZB\u216b1|\u4e2d\u216bb\u0661z B\u216b1|\u4e2d\u216bB\u0661Z B\u216b1|\u00e4\u00abb\u00ab"
},
{
"tpl": "{{ snakecase \" bZ\u0661\u01c5-\" }}|{{ kebabcase \" bZ\u0661\u01c5-\" }}|{{ camelcase \" bZ\u0661\u01c5-\" }}|{{ swapcase \" bZ\u0661\u01c5-\" }}|{{ title \" bZ\u0661\u01c5-\" }}|{{ initials \" bZ\u0661\u01c5-\" }}",
"out": "_b_z_\u0661\u01c5_|-b-z-\u0661\u01c5-| BZ\u0661\u01c5-| Bz\u0661\u01c6-| BZ\u0661\u01c5-|b-"
},
{
"tpl": "{{ snakecase \"9AbA-\" }}|{{ kebabcase \"9AbA-\" }}|{{ camelcase \"9AbA-\" }}|{{ swapcase \"9AbA-\" }}|{{ title \"9AbA-\" }}|{{ initials \"9AbA-\" }}",
"out": "9_ab_a_|9-ab-a-|9AbA-|9aBa-|9AbA-|9"
},
{
"tpl": "{{ snakecase \"1 \u216bxabbbA\" }}|{{ kebabcase \"1 \u216bxabbbA\" }}|{{ camelcase \"1 \u216bxabbbA\" }}|{{ swapcase \"1 \u216bxabbbA\" }}|{{ title \"1 \u216bxabbbA\" }}|{{ initials \"1 \u216bxabbbA\" }}",
"out": "1_\u216bxabbb_a|1-\u216bxabbb-a|1\u216bxabbbA|1 \u216bXABBBa|1 \u216bxabbbA|1\u00e2\u00ab"
},
{
"tpl": "{{ snakecase \"\u03c3\u01c5\ud83d\ude000.\" }}|{{ kebabcase \"\u03c3\u01c5\ud83d\ude000.\" }}|{{ camelcase \"\u03c3\u01c5\ud83d\ude000.\" }}|{{ swapcase \"\u03c3\u01c5\ud83d\ude000.\" }}|{{ title \"\u03c3\u01c5\ud83d\ude000.\" }}|{{ initials \"\u03c3\u01c5\ud83d\ude000.\" }}",
"out": "\u03c3\u01c5_\ud83d\ude000.|\u03c3\u01c5-\ud83d\ude000.|\u03a3\u01c5\ud83d\ude000.|\u03a3\u01c6\ud83d\ude000.|\u03a3\u01c5\ud83d\ude000.|\u00cf\u00f0"
},
{
"tpl": "{{ snakecase \"\u00e9XBA\\ufffdab\u4e2dbB\" }}|{{ kebabcase \"\u00e9XBA\\ufffdab\u4e2dbB\" }}|{{ camelcase \"\u00e9XBA\\ufffdab\u4e2dbB\" }}|{{ swapcase \"\u00e9XBA\\ufffdab\u4e2dbB\" }}|{{ title \"\u00e9XBA\\ufffdab\u4e2dbB\" }}|{{ initials \"\u00e9XBA\\ufffdab\u4e2dbB\" }}",
"out": "\u00e9_xb_a\ufffdab_\u4e2d_b_b|\u00e9-xb-a\ufffdab-\u4e2d-b-b|\u00c9XBA\ufffdab\u4e2dbB|\u00c9xba\ufffdAB\u4e2dBb|\u00c9XBA\ufffdab\u4e2dbB|\u00c3"
},
{
"tpl": "{{ snakecase \"a/Ax/\" }}|{{ kebabcase \"a/Ax/\" }}|{{ camelcase \"a/Ax/\" }}|{{ swapcase \"a/Ax/\" }}|{{ title \"a/Ax/\" }}|{{ initials \"a/Ax/\" }}",
"out": "a/ax/|a/ax/|A/Ax/|A/aX/|A/Ax/|a"
},
{
"tpl": "{{ snakecase \"\ud83d\ude00ya\u4e2d\" }}|{{ kebabcase \"\ud83d\ude00ya\u4e2d\" }}|{{ camelcase \"\ud83d\ude00ya\u4e2d\" }}|{{ swapcase \"\ud83d\ude00ya\u4e2d\" }}|{{ title \"\ud83d\ude00ya\u4e2d\" }}|{{ initials \"\ud83d\ude00ya\u4e2d\" }}",
"out": "\ud83d\ude00_ya_\u4e2d|\ud83d\ude00-ya-\u4e2d|\ud83d\ude00ya\u4e2d|\ud83d\ude00YA\u4e2d|\ud83d\ude00ya\u4e2d|\u00f0"
},
{
"tpl": "{{ snakecase \" B\u01c5:_ \" }}|{{ kebabcase \" B\u01c5:_ \" }}|{{ camelcase \" B\u01c5:_ \" }}|{{ swapcase \" B\u01c5:_ \" }}|{{ title \" B\u01c5:_ \" }}|{{ initials \" B\u01c5:_ \" }}",
"out": "_b\u01c5:__|-b\u01c5:_-| B\u01c5:_ | b\u01c6:_ | B\u01c5:_ |B:"
},
{
"tpl": "{{ snakecase \"\u4e2d\u216b1X-\" }}|{{ kebabcase \"\u4e2d\u216b1X-\" }}|{{ camelcase \"\u4e2d\u216b1X-\" }}|{{ swapcase \"\u4e2d\u216b1X-\" }}|{{ title \"\u4e2d\u216b1X-\" }}|{{ initials \"\u4e2d\u216b1X-\" }}",
"out": "\u4e2d\u216b1_x_|\u4e2d\u216b1-x-|\u4e2d\u216b1X-|\u4e2d\u216b1x-|\u4e2d\u216b1X-|\u00e4\u00ab"
},
{
"tpl": "{{ snakecase \"\u01c5B-b\u216b\u00e9\" }}|{{ kebabcase \"\u01c5B-b\u216b\u00e9\" }}|{{ camelcase \"\u01c5B-b\u216b\u00e9\" }}|{{ swapcase \"\u01c5B-b\u216b\u00e9\" }}|{{ title \"\u01c5B-b\u216b\u00e9\" }}|{{ initials \"\u01c5B-b\u216b\u00e9\" }}",
"out": "\u01c5_b_b_\u216b\u00e9|\u01c5-b-b-\u216b\u00e9|\u01c4BB\u216b\u00e9|\u01c6b-B\u216b\u00c9|\u01c5B-B\u216b\u00e9|\u00c7B\u00ab"
},
{
"tpl": "{{ snakecase \"\" }}|{{ kebabcase \"\" }}|{{ camelcase \"\" }}|{{ swapcase \"\" }}|{{ title \"\" }}|{{ initials \"\" }}",
"out": "|||||"
},
{
"tpl": "{{ snakecase \"\u216bB-aCC\u01c5\" }}|{{ kebabcase \"\u216bB-aCC\u01c5\" }}|{{ camelcase \"\u216bB-aCC\u01c5\" }}|{{ swapcase \"\u216bB-aCC\u01c5\" }}|{{ title \"\u216bB-aCC\u01c5\" }}|{{ initials \"\u216bB-aCC\u01c5\" }}",
"out": "\u216b_b_a_c_c\u01c5|\u216b-b-a-c-c\u01c5|\u216bBACC\u01c5|\u216bb-Acc\u01c6|\u216bB-ACC\u01c5|\u00e2\u00ab"
},
{
"tpl": "{{ snakecase \"CCxb1AX\u4e2d9a\" }}|{{ kebabcase \"CCxb1AX\u4e2d9a\" }}|{{ camelcase \"CCxb1AX\u4e2d9a\" }}|{{ swapcase \"CCxb1AX\u4e2d9a\" }}|{{ title \"CCxb1AX\u4e2d9a\" }}|{{ initials \"CCxb1AX\u4e2d9a\" }}",
"out": "c_cxb1_ax_\u4e2d_9a|c-cxb1-ax-\u4e2d-9a|Ccxb1AX\u4e2d9a|ccXB1ax\u4e2d9A|CCxb1AX\u4e2d9a|C"
},
{
"tpl": "{{ snakecase \"-\" }}|{{ kebabcase \"-\" }}|{{ camelcase \"-\" }}|{{ swapcase \"-\" }}|{{ title \"-\" }}|{{ initials \"-\" }}",
"out": "_|-|--|-|-|-"
},
{
"tpl": "{{ snakecase \"\" }}|{{ kebabcase \"\" }}|{{ camelcase \"\" }}|{{ swapcase \"\" }}|{{ title \"\" }}|{{ initials \"\" }}",
"out": "|||||"
},
{
"tpl": "{{ snakecase \"A11_y1\" }}|{{ kebabcase \"A11_y1\" }}|{{ camelcase \"A11_y1\" }}|{{ swapcase \"A11_y1\" }}|{{ title \"A11_y1\" }}|{{ initials \"A11_y1\" }}",
"out": "a11_y1|a11-y1|A11Y1|a11_Y1|A11_y1|A"
},
{
"tpl": "{{ snakecase \" \u00e9_\" }}|{{ kebabcase \" \u00e9_\" }}|{{ camelcase \" \u00e9_\" }}|{{ swapcase \" \u00e9_\" }}|{{ title \" \u00e9_\" }}|{{ initials \" \u00e9_\" }}",
"out": "_\u00e9_|-\u00e9-| \u00c9_| \u00c9_| \u00c9_|\u00c3"
},
{
"tpl": "{{ snakecase \"ca\u216b\u4e2d\u01c5\u4e2dc\u00c9Z.\" }}|{{ kebabcase \"ca\u216b\u4e2d\u01c5\u4e2dc\u00c9Z.\" }}|{{ camelcase \"ca\u216b\u4e2d\u01c5\u4e2dc\u00c9Z.\" }}|{{ swapcase \"ca\u216b\u4e2d\u01c5\u4e2dc\u00c9Z.\" }}|{{ title \"ca\u216b\u4e2d\u01c5\u4e2dc\u00c9Z.\" }}|{{ initials \"ca\u216b\u4e2d\u01c5\u4e2dc\u00c9Z.\" }}",
"out": "ca\u216b_\u4e2d_\u01c5_\u4e2d_c_\u00e9z.|ca\u216b-\u4e2d-\u01c5-\u4e2d-c-\u00e9z.|Ca\u216b\u4e2d\u01c5\u4e2dc\u00c9Z.|CA\u216b\u4e2d\u01c6\u4e2dC\u00e9z.|Ca\u216b\u4e2d\u01c5\u4e2dc\u00c9Z.|c\u00ab\u00e4"
},
{
"tpl": "{{ snakecase \"1-\u03c3\u03c3\" }}|{{ kebabcase \"1-\u03c3\u03c3\" }}|{{ camelcase \"1-\u03c3\u03c3\" }}|{{ swapcase \"1-\u03c3\u03c3\" }}|{{ title \"1-\u03c3\u03c3\" }}|{{ initials \"1-\u03c3\u03c3\" }}",
"out": "1_\u03c3\u03c3|1-\u03c3\u03c3|1\u03a3\u03c3|1-\u03a3\u03a3|1-\u03a3\u03c3|1"
},
{
"tpl": "{{ snakecase \"_\u00c9\u03c3\u03c3.\u0661\u03c3y\" }}|{{ kebabcase \"_\u00c9\u03c3\u03c3.\u0661\u03c3y\" }}|{{ camelcase \"_\u00c9\u03c3\u03c3.\u0661\u03c3y\" }}|{{ swapcase \"_\u00c9\u03c3\u03c3.\u0661\u03c3y\" }}|{{ title \"_\u00c9\u03c3\u03c3.\u0661\u03c3y\" }}|{{ initials \"_\u00c9\u03c3\u03c3.\u0661\u03c3y\" }}",
"out": "_\u00e9\u03c3\u03c3.\u0661\u03c3y|-\u00e9\u03c3\u03c3.\u0661\u03c3y|_\u00c9\u03c3\u03c3.\u0661\u03c3y|_\u00e9\u03a3\u03a3.\u0661\u03a3Y|_\u00c9\u03c3\u03c3.\u0661\u03c3y|_"
},
{
"tpl": "{{ snakecase \"\u01c5Cb\" }}|{{ kebabcase \"\u01c5Cb\" }}|{{ camelcase \"\u01c5Cb\" }}|{{ swapcase \"\u01c5Cb\" }}|{{ title \"\u01c5Cb\" }}|{{ initials \"\u01c5Cb\" }}",
"out": "\u01c5_cb|\u01c5-cb|\u01c4Cb|\u01c6cB|\u01c5Cb|\u00c7C"
},
{
"tpl": "{{ snakecase \"9aZ.9bBZ\" }}|{{ kebabcase \"9aZ.9bBZ\" }}|{{ camelcase \"9aZ.9bBZ\" }}|{{ swapcase \"9aZ.9bBZ\" }}|{{ title \"9aZ.9bBZ\" }}|{{ initials \"9aZ.9bBZ\" }}",
"out": "9a_z.9b_bz|9a-z.9b-bz|9aZ.9bBZ|9Az.9Bbz|9aZ.9bBZ|9"
},
{
"tpl": "{{ snakecase \"A\u00e99/\u00c990\" }}|{{ kebabcase \"A\u00e99/\u00c990\" }}|{{ camelcase \"A\u00e99/\u00c990\" }}|{{ swapcase \"A\u00e99/\u00c990\" }}|{{ title \"A\u00e99/\u00c990\" }}|{{ initials \"A\u00e99/\u00c990\" }}",
"out": "a\u00e99/\u00e990|a\u00e99/\u00e990|A\u00e99/\u00c990|a\u00c99/\u00e990|A\u00e99/\u00c990|A"
},
{
"tpl": "{{ snakecase \"BZ\" }}|{{ kebabcase \"BZ\" }}|{{ camelcase \"BZ\" }}|{{ swapcase \"BZ\" }}|{{ title \"BZ\" }}|{{ initials \"BZ\" }}",
"out": "bz|bz|Bz|bz|BZ|B"
},
{
"tpl": "{{ snakecase \"X\" }}|{{ kebabcase \"X\" }}|{{ camelcase \"X\" }}|{{ swapcase \"X\" }}|{{ title \"X\" }}|{{ initials \"X\" }}",
"out": "x|x|X|x|X|X"
},
{
"tpl": "{{ snakecase \"\u216bA0\u4e2d::\u03c3\" }}|{{ kebabcase \"\u216bA0\u4e2d::\u03c3\" }}|{{ camelcase \"\u216bA0\u4e2d::\u03c3\" }}|{{ swapcase \"\u216bA0\u4e2d::\u03c3\" }}|{{ title \"\u216bA0\u4e2d::\u03c3\" }}|{{ initials \"\u216bA0\u4e2d::\u03c3\" }}",
"out": "\u216b_a0_\u4e2d::\u03c3|\u216b-a0-\u4e2d::\u03c3|\u216bA0\u4e2d::\u03c3|\u216ba0\u4e2d::\u03a3|\u216bA0\u4e2d::\u03a3|\u00e2\u00ab"
},
{
"tpl": "{{ snakecase \"0\\ufffd-_c\u216b1\\ufffd_\" }}|{{ kebabcase \"0\\ufffd-_c\u216b1\\ufffd_\" }}|{{ camelcase \"0\\ufffd-_c\u216b1\\ufffd_\" }}|{{ swapcase \"0\\ufffd-_c\u216b1\\ufffd_\" }}|{{ title \"0\\ufffd-_c\u216b1\\ufffd_\" }}|{{ initials \"0\\ufffd-_c\u216b1\\ufffd_\" }}",
"out": "0\ufffd__c\u216b1\ufffd_|0\ufffd--c\u216b1\ufffd-|0\ufffd-C\u216b1\ufffd_|0\ufffd-_C\u216b1\ufffd_|0\ufffd-_c\u216b1\ufffd_|0\u00ab"
},
{
"tpl": "{{ snakecase \"99-\u0661\u01c51\\ufffdB\u4e2d\" }}|{{ kebabcase \"99-\u0661\u01c51\\ufffdB\u4e2d\" }}|{{ camelcase \"99-\u0661\u01c51\\ufffdB\u4e2d\" }}|{{ swapcase \"99-\u0661\u01c51\\ufffdB\u4e2d\" }}|{{ title \"99-\u0661\u01c51\\ufffdB\u4e2d\" }}|{{ initials \"99-\u0661\u01c51\\ufffdB\u4e2d\" }}",
"out": "99_\u0661\u01c51_\ufffdb_\u4e2d|99-\u0661\u01c51-\ufffdb-\u4e2d|99\u0661\u01c51\ufffdB\u4e2d|99-\u0661\u01c61\ufffdb\u4e2d|99-\u0661\u01c51\ufffdB\u4e2d|91"
},
{
"tpl": "{{ snakecase \"x\ud83d\ude00\u03c3\u01c51x\" }}|{{ kebabcase \"x\ud83d\ude00\u03c3\u01c51x\" }}|{{ camelcase \"x\ud83d\ude00\u03c3\u01c51x\" }}|{{ swapcase \"x\ud83d\ude00\u03c3\u01c51x\" }}|{{ title \"x\ud83d\ude00\u03c3\u01c51x\" }}|{{ initials \"x\ud83d\ude00\u03c3\u01c51x\" }}",
"out": "x_\ud83d\ude00_\u03c3\u01c5_1x|x-\ud83d\ude00-\u03c3\u01c5-1x|X\ud83d\ude00\u03c3\u01c51x|X\ud83d\ude00\u03a3\u01c61X|X\ud83d\ude00\u03c3\u01c51x|x1"
},
{
"tpl": "{{ snakecase \"X\\ufffd01\u216bxc\u4e2d/C\" }}|{{ kebabcase \"X\\ufffd01\u216bxc\u4e2d/C\" }}|{{ camelcase \"X\\ufffd01\u216bxc\u4e2d/C\" }}|{{ swapcase \"X\\ufffd01\u216bxc\u4e2d/C\" }}|{{ title \"X\\ufffd01\u216bxc\u4e2d/C\" }}|{{ initials \"X\\ufffd01\u216bxc\u4e2d/C\" }}",
"out": "x_\ufffd01\u216bxc_\u4e2d/c|x-\ufffd01\u216bxc-\u4e2d/c|X\ufffd01\u216bxc\u4e2d/C|x\ufffd01\u216bXC\u4e2d/c|X\ufffd01\u216bxc\u4e2d/C|X\u00ab"
},
{
"tpl": "{{ snakecase \"\u00e9X1\ud83d\ude001c\u00e9\" }}|{{ kebabcase \"\u00e9X1\ud83d\ude001c\u00e9\" }}|{{ camelcase \"\u00e9X1\ud83d\ude001c\u00e9\" }}|{{ swapcase \"\u00e9X1\ud83d\ude001c\u00e9\" }}|{{ title \"\u00e9X1\ud83d\ude001c\u00e9\" }}|{{ initials \"\u00e9X1\ud83d\ude001c\u00e9\" }}",
"out": "\u00e9_x1_\ud83d\ude00_1c\u00e9|\u00e9-x1-\ud83d\ude00-1c\u00e9|\u00c9X1\ud83d\ude001c\u00e9|\u00c9x1\ud83d\ude001C\u00c9|\u00c9X1\ud83d\ude001c\u00e9|\u00c3"
},
{
"tpl": "{{ snakecase \"\" }}|{{ kebabcase \"\" }}|{{ camelcase \"\" }}|{{ swapcase \"\" }}|{{ title \"\" }}|{{ initials \"\" }}",
"out": "|||||"
},
{
"tpl": "{{ snakecase \"xa1xX_0\" }}|{{ kebabcase \"xa1xX_0\" }}|{{ camelcase \"xa1xX_0\" }}|{{ swapcase \"xa1xX_0\" }}|{{ title \"xa1xX_0\" }}|{{ initials \"xa1xX_0\" }}",
"out": "xa_1x_x_0|xa-1x-x-0|Xa1xX0|XA1Xx_0|Xa1xX_0|x"
},
{
"tpl": "{{ snakecase \"A- :\u03c3\" }}|{{ kebabcase \"A- :\u03c3\" }}|{{ camelcase \"A- :\u03c3\" }}|{{ swapcase \"A- :\u03c3\" }}|{{ title \"A- :\u03c3\" }}|{{ initials \"A- :\u03c3\" }}",
"out": "a__:\u03c3|a--:\u03c3|A-:\u03c3|a- :\u03a3|A- :\u03a3|A:"
},
{
"tpl": "{{ snakecase \"9ac\ud83d\ude00\u216bX\u03c3\" }}|{{ kebabcase \"9ac\ud83d\ude00\u216bX\u03c3\" }}|{{ camelcase \"9ac\ud83d\ude00\u216bX\u03c3\" }}|{{ swapcase \"9ac\ud83d\ude00\u216bX\u03c3\" }}|{{ title \"9ac\ud83d\ude00\u216bX\u03c3\" }}|{{ initials \"9ac\ud83d\ude00\u216bX\u03c3\" }}",
"out": "9ac_\ud83d\ude00\u216b_x\u03c3|9ac-\ud83d\ude00\u216b-x\u03c3|9ac\ud83d\ude00\u216bX\u03c3|9AC\ud83d\ude00\u216bx\u03a3|9ac\ud83d\ude00\u216bX\u03c3|9\u00ab"
},
{
"tpl": "{{ snakecase \"\" }}|{{ kebabcase \"\" }}|{{ camelcase \"\" }}|{{ swapcase \"\" }}|{{ title \"\" }}|{{ initials \"\" }}",
"out": "|||||"
},
{
"tpl": "{{ snakecase \"1/CZA/1\" }}|{{ kebabcase \"1/CZA/1\" }}|{{ camelcase \"1/CZA/1\" }}|{{ swapcase \"1/CZA/1\" }}|{{ title \"1/CZA/1\" }}|{{ initials \"1/CZA/1\" }}",
"out": "1/cza/1|1/cza/1|1/CZA/1|1/cza/1|1/CZA/1|1"
},
{
"tpl": "{{ snakecase \"yCC0\" }}|{{ kebabcase \"yCC0\" }}|{{ camelcase \"yCC0\" }}|{{ swapcase \"yCC0\" }}|{{ title \"yCC0\" }}|{{ initials \"yCC0\" }}",
"out": "y_cc0|y-cc0|YCC0|Ycc0|YCC0|y"
},
{
"tpl": "{{ snakecase \"\u00e9x\u03c3\u216b\u216b\" }}|{{ kebabcase \"\u00e9x\u03c3\u216b\u216b\" }}|{{ camelcase \"\u00e9x\u03c3\u216b\u216b\" }}|{{ swapcase \"\u00e9x\u03c3\u216b\u216b\" }}|{{ title \"\u00e9x\u03c3\u216b\u216b\" }}|{{ initials \"\u00e9x\u03c3\u216b\u216b\" }}",
"out": "\u00e9x\u03c3\u216b\u216b|\u00e9x\u03c3\u216b\u216b|\u00c9x\u03c3\u216b\u216b|\u00c9X\u03a3\u216b\u216b|\u00c9x\u03c3\u216b\u216b|\u00c3\u00ab\u00ab"
},
{
"tpl": "{{ snakecase \" \u00e9\" }}|{{ kebabcase \" \u00e9\" }}|{{ camelcase \" \u00e9\" }}|{{ swapcase \" \u00e9\" }}|{{ title \" \u00e9\" }}|{{ initials \" \u00e9\" }}",
"out": "_\u00e9|-\u00e9| \u00c9| \u00c9| \u00c9|\u00c3"
},
{
"tpl": "{{ snakecase \"ab\u00c9BbB1\u00e90\" }}|{{ kebabcase \"ab\u00c9BbB1\u00e90\" }}|{{ camelcase \"ab\u00c9BbB1\u00e90\" }}|{{ swapcase \"ab\u00c9BbB1\u00e90\" }}|{{ title \"ab\u00c9BbB1\u00e90\" }}|{{ initials \"ab\u00c9BbB1\u00e90\" }}",
"out": "ab_\u00e9_bb_b_1\u00e90|ab-\u00e9-bb-b-1\u00e90|Ab\u00c9BbB1\u00e90|AB\u00e9bBb1\u00c90|Ab\u00c9BbB1\u00e90|a"
},
{
"tpl": "{{ snakecase \"\\ufffd\\ufffd\u4e2d-B1Z\" }}|{{ kebabcase \"\\ufffd\\ufffd\u4e2d-B1Z\" }}|{{ camelcase \"\\ufffd\\ufffd\u4e2d-B1Z\" }}|{{ swapcase \"\\ufffd\\ufffd\u4e2d-B1Z\" }}|{{ title \"\\ufffd\\ufffd\u4e2d-B1Z\" }}|{{ initials \"\\ufffd\\ufffd\u4e2d-B1Z\" }}",
"out": "\ufffd\ufffd\u4e2d_b1_z|\ufffd\ufffd\u4e2d-b1-z|\ufffd\ufffd\u4e2dB1Z|\ufffd\ufffd\u4e2d-b1z|\ufffd\ufffd\u4e2d-B1Z|\u00ef"
},
{
"tpl": "{{ snakecase \"__\" }}|{{ kebabcase \"__\" }}|{{ camelcase \"__\" }}|{{ swapcase \"__\" }}|{{ title \"__\" }}|{{ initials \"__\" }}",
"out": "__|--|___|__|__|_"
},
{
"tpl": "{{ snakecase \"Ac.\u00c9\u00c9\u00c9b/\u01c5\" }}|{{ kebabcase \"Ac.\u00c9\u00c9\u00c9b/\u01c5\" }}|{{ camelcase \"Ac.\u00c9\u00c9\u00c9b/\u01c5\" }}|{{ swapcase \"Ac.\u00c9\u00c9\u00c9b/\u01c5\" }}|{{ title \"Ac.\u00c9\u00c9\u00c9b/\u01c5\" }}|{{ initials \"Ac.\u00c9\u00c9\u00c9b/\u01c5\" }}",
"out": "ac.\u00e9\u00e9_\u00e9b/\u01c5|ac.\u00e9\u00e9-\u00e9b/\u01c5|Ac.\u00c9\u00c9\u00c9b/\u01c5|aC.\u00e9\u00e9\u00e9B/\u01c6|Ac.\u00c9\u00c9\u00c9b/\u01c5|A"
},
{
"tpl": "{{ snakecase \"\u03c3:0\u01c5a\" }}|{{ kebabcase \"\u03c3:0\u01c5a\" }}|{{ camelcase \"\u03c3:0\u01c5a\" }}|{{ swapcase \"\u03c3:0\u01c5a\" }}|{{ title \"\u03c3:0\u01c5a\" }}|{{ initials \"\u03c3:0\u01c5a\" }}",
"out": "\u03c3:0\u01c5a|\u03c3:0\u01c5a|\u03a3:0\u01c5a|\u03a3:0\u01c6A|\u03a3:0\u01c5a|\u00cfa"
},
{
"tpl": "{{ snakecase \"c\u01c5\ud83d\ude00\" }}|{{ kebabcase \"c\u01c5\ud83d\ude00\" }}|{{ camelcase \"c\u01c5\ud83d\ude00\" }}|{{ swapcase \"c\u01c5\ud83d\ude00\" }}|{{ title \"c\u01c5\ud83d\ude00\" }}|{{ initials \"c\u01c5\ud83d\ude00\" }}",
"out": "c\u01c5_\ud83d\ude00|c\u01c5-\ud83d\ude00|C\u01c5\ud83d\ude00|C\u01c6\ud83d\ude00|C\u01c5\ud83d\ude00|c\u00f0"
},
{
"tpl": "{{ snakecase \"b\" }}|{{ kebabcase \"b\" }}|{{ camelcase \"b\" }}|{{ swapcase \"b\" }}|{{ title \"b\" }}|{{ initials \"b\" }}",
"out": "b|b|B|B|B|b"
},
{
"tpl": "{{ snakecase \"_B\" }}|{{ kebabcase \"_B\" }}|{{ camelcase \"_B\" }}|{{ swapcase \"_B\" }}|{{ title \"_B\" }}|{{ initials \"_B\" }}",
"out": "_b|-b|_B|_b|_B|_"
},
{
"tpl": "{{ snakecase \"_\u0661\u01c5\u216bZ\u03c3AB\" }}|{{ kebabcase \"_\u0661\u01c5\u216bZ\u03c3AB\" }}|{{ camelcase \"_\u0661\u01c5\u216bZ\u03c3AB\" }}|{{ swapcase \"_\u0661\u01c5\u216bZ\u03c3AB\" }}|{{ title \"_\u0661\u01c5\u216bZ\u03c3AB\" }}|{{ initials \"_\u0661\u01c5\u216bZ\u03c3AB\" }}",
"out": "_\u0661\u01c5\u216b_z\u03c3_ab|-\u0661\u01c5\u216b-z\u03c3-ab|_\u0661\u01c5\u216bZ\u03c3AB|_\u0661\u01c6\u216bz\u03a3ab|_\u0661\u01c5\u216bZ\u03c3AB|_\u00e2\u00ab"
},
{
"tpl": "{{ snakecase \"bX\u00e9\u01c5\" }}|{{ kebabcase \"bX\u00e9\u01c5\" }}|{{ camelcase \"bX\u00e9\u01c5\" }}|{{ swapcase \"bX\u00e9\u01c5\" }}|{{ title \"bX\u00e9\u01c5\" }}|{{ initials \"bX\u00e9\u01c5\" }}",
"out": "b_x\u00e9\u01c5|b-x\u00e9\u01c5|BX\u00e9\u01c5|Bx\u00c9\u01c6|BX\u00e9\u01c5|b"
},
{
"tpl": "{{ snakecase \"\u03c3\u4e2d\u0661Z\u00e9\" }}|{{ kebabcase \"\u03c3\u4e2d\u0661Z\u00e9\" }}|{{ camelcase \"\u03c3\u4e2d\u0661Z\u00e9\" }}|{{ swapcase \"\u03c3\u4e2d\u0661Z\u00e9\" }}|{{ title \"\u03c3\u4e2d\u0661Z\u00e9\" }}|{{ initials \"\u03c3\u4e2d\u0661Z\u00e9\" }}",
"out": "\u03c3_\u4e2d\u0661_z\u00e9|\u03c3-\u4e2d\u0661-z\u00e9|\u03a3\u4e2d\u0661Z\u00e9|\u03a3\u4e2d\u0661z\u00c9|\u03a3\u4e2d\u0661Z\u00e9|\u00cf"
},
{
"tpl": "{{ snakecase \"\u00e9\" }}|{{ kebabcase \"\u00e9\" }}|{{ camelcase \"\u00e9\" }}|{{ swapcase \"\u00e9\" }}|{{ title \"\u00e9\" }}|{{ initials \"\u00e9\" }}",
"out": "\u00e9|\u00e9|\u00c9|\u00c9|\u00c9|\u00c3"
},
{
"tpl": "{{ snakecase \"\" }}|{{ kebabcase \"\" }}|{{ camelcase \"\" }}|{{ swapcase \"\" }}|{{ title \"\" }}|{{ initials \"\" }}",
"out": "|||||"
},
{
"tpl": "{{ snakecase \"/\" }}|{{ kebabcase \"/\" }}|{{ camelcase \"/\" }}|{{ swapcase \"/\" }}|{{ title \"/\" }}|{{ initials \"/\" }}",
"out": "/|/|/|/|/|/"
},
{
"tpl": "{{ snakecase \"\u03c3\" }}|{{ kebabcase \"\u03c3\" }}|{{ camelcase \"\u03c3\" }}|{{ swapcase \"\u03c3\" }}|{{ title \"\u03c3\" }}|{{ initials \"\u03c3\" }}",
"out": "\u03c3|\u03c3|\u03a3|\u03a3|\u03a3|\u00cf"
},
{
"tpl": "{{ snakecase \"AZ\ud83d\ude00bcA. \u00c9 \" }}|{{ kebabcase \"AZ\ud83d\ude00bcA. \u00c9 \" }}|{{ camelcase \"AZ\ud83d\ude00bcA. \u00c9 \" }}|{{ swapcase \"AZ\ud83d\ude00bcA. \u00c9 \" }}|{{ title \"AZ\ud83d\ude00bcA. \u00c9 \" }}|{{ initials \"AZ\ud83d\ude00bcA. \u00c9 \" }}",
"out": "az_\ud83d\ude00_bc_a._\u00e9_|az-\ud83d\ude00-bc-a.-\u00e9-|Az\ud83d\ude00bcA.\u00c9 |az\ud83d\ude00BCa. \u00e9 |AZ\ud83d\ude00bcA. \u00c9 |A\u00c3"
},
{
"tpl": "{{ snakecase \".B\ud83d\ude00\" }}|{{ kebabcase \".B\ud83d\ude00\" }}|{{ camelcase \".B\ud83d\ude00\" }}|{{ swapcase \".B\ud83d\ude00\" }}|{{ title \".B\ud83d\ude00\" }}|{{ initials \".B\ud83d\ude00\" }}",
"out": ".b_\ud83d\ude00|.b-\ud83d\ude00|.B\ud83d\ude00|.b\ud83d\ude00|.B\ud83d\ude00|."
},
{
"tpl": "{{ snakecase \"\u0661aXcZ\" }}|{{ kebabcase \"\u0661aXcZ\" }}|{{ camelcase \"\u0661aXcZ\" }}|{{ swapcase \"\u0661aXcZ\" }}|{{ title \"\u0661aXcZ\" }}|{{ initials \"\u0661aXcZ\" }}",
"out": "\u0661a_xc_z|\u0661a-xc-z|\u0661aXcZ|\u0661AxCz|\u0661aXcZ|\u00d9"
},
{
"tpl": "{{ snakecase \"B\" }}|{{ kebabcase \"B\" }}|{{ camelcase \"B\" }}|{{ swapcase \"B\" }}|{{ title \"B\" }}|{{ initials \"B\" }}",
"out": "b|b|B|b|B|B"
},
{
"tpl": "{{ snakecase \"y\u01c5\ud83d\ude00\u00e9\" }}|{{ kebabcase \"y\u01c5\ud83d\ude00\u00e9\" }}|{{ camelcase \"y\u01c5\ud83d\ude00\u00e9\" }}|{{ swapcase \"y\u01c5\ud83d\ude00\u00e9\" }}|{{ title \"y\u01c5\ud83d\ude00\u00e9\" }}|{{ initials \"y\u01c5\ud83d\ude00\u00e9\" }}",
"out": "y\u01c5_\ud83d\ude00_\u00e9|y\u01c5-\ud83d\ude00-\u00e9|Y\u01c5\ud83d\ude00\u00e9|Y\u01c6\ud83d\ude00\u00c9|Y\u01c5\ud83d\ude00\u00e9|y\u00f0"
},
{
"tpl": "{{ snakecase \"\u00c9\u03c3/yb:\" }}|{{ kebabcase \"\u00c9\u03c3/yb:\" }}|{{ camelcase \"\u00c9\u03c3/yb:\" }}|{{ swapcase \"\u00c9\u03c3/yb:\" }}|{{ title \"\u00c9\u03c3/yb:\" }}|{{ initials \"\u00c9\u03c3/yb:\" }}",
"out": "\u00e9\u03c3/yb:|\u00e9\u03c3/yb:|\u00c9\u03c3/yb:|\u00e9\u03a3/YB:|\u00c9\u03c3/Yb:|\u00c3"
},
{
"tpl": "{{ snakecase \"\" }}|{{ kebabcase \"\" }}|{{ camelcase \"\" }}|{{ swapcase \"\" }}|{{ title \"\" }}|{{ initials \"\" }}",
"out": "|||||"
},
{
"tpl": "{{ snakecase \"\ud83d\ude00\\ufffdx\u01c5b\" }}|{{ kebabcase \"\ud83d\ude00\\ufffdx\u01c5b\" }}|{{ camelcase \"\ud83d\ude00\\ufffdx\u01c5b\" }}|{{ swapcase \"\ud83d\ude00\\ufffdx\u01c5b\" }}|{{ title \"\ud83d\ude00\\ufffdx\u01c5b\" }}|{{ initials \"\ud83d\ude00\\ufffdx\u01c5b\" }}",
"out": "\ud83d\ude00_\ufffdx\u01c5b|\ud83d\ude00-\ufffdx\u01c5b|\ud83d\ude00\ufffdx\u01c5b|\ud83d\ude00\ufffdX\u01c6B|\ud83d\ude00\ufffdx\u01c5b|\u00f0b"
},
{
"tpl": "{{ snakecase \"Z\\ufffd.B-b. \u0661\u4e2d\" }}|{{ kebabcase \"Z\\ufffd.B-b. \u0661\u4e2d\" }}|{{ camelcase \"Z\\ufffd.B-b. \u0661\u4e2d\" }}|{{ swapcase \"Z\\ufffd.B-b. \u0661\u4e2d\" }}|{{ title \"Z\\ufffd.B-b. \u0661\u4e2d\" }}|{{ initials \"Z\\ufffd.B-b. \u0661\u4e2d\" }}",
"out": "z\ufffd.b_b._\u0661_\u4e2d|z\ufffd.b-b.-\u0661-\u4e2d|Z\ufffd.BB.\u0661\u4e2d|z\ufffd.b-B. \u0661\u4e2d|Z\ufffd.B-B. \u0661\u4e2d|Z\u00d9"
},
{
"tpl": "{{ snakecase \"\u01c5c\u00e9:\" }}|{{ kebabcase \"\u01c5c\u00e9:\" }}|{{ camelcase \"\u01c5c\u00e9:\" }}|{{ swapcase \"\u01c5c\u00e9:\" }}|{{ title \"\u01c5c\u00e9:\" }}|{{ initials \"\u01c5c\u00e9:\" }}",
"out": "\u01c5c\u00e9:|\u01c5c\u00e9:|\u01c4c\u00e9:|\u01c6C\u00c9:|\u01c5c\u00e9:|\u00c7c"
},
{
"tpl": "{{ snakecase \"\" }}|{{ kebabcase \"\" }}|{{ camelcase \"\" }}|{{ swapcase \"\" }}|{{ title \"\" }}|{{ initials \"\" }}",
"out": "|||||"
},
{
"tpl": "{{ snakecase \"A-\ud83d\ude00y\u00c99\" }}|{{ kebabcase \"A-\ud83d\ude00y\u00c99\" }}|{{ camelcase \"A-\ud83d\ude00y\u00c99\" }}|{{ swapcase \"A-\ud83d\ude00y\u00c99\" }}|{{ title \"A-\ud83d\ude00y\u00c99\" }}|{{ initials \"A-\ud83d\ude00y\u00c99\" }}",
"out": "a_\ud83d\ude00_y_\u00e99|a-\ud83d\ude00-y-\u00e99|A\ud83d\ude00y\u00c99|a-\ud83d\ude00Y\u00e99|A-\ud83d\ude00y\u00c99|A"
},
{
"tpl": "{{ snakecase \"/1_\" }}|{{ kebabcase \"/1_\" }}|{{ camelcase \"/1_\" }}|{{ swapcase \"/1_\" }}|{{ title \"/1_\" }}|{{ initials \"/1_\" }}",
"out": "/1_|/1-|/1_|/1_|/1_|/"
},
{
"tpl": "{{ snakecase \"\u0661A\ud83d\ude00.CZ\u00e9\u00c9\u216b\" }}|{{ kebabcase \"\u0661A\ud83d\ude00.CZ\u00e9\u00c9\u216b\" }}|{{ camelcase \"\u0661A\ud83d\ude00.CZ\u00e9\u00c9\u216b\" }}|{{ swapcase \"\u0661A\ud83d\ude00.CZ\u00e9\u00c9\u216b\" }}|{{ title \"\u0661A\ud83d\ude00.CZ\u00e9\u00c9\u216b\" }}|{{ initials \"\u0661A\ud83d\ude00.CZ\u00e9\u00c9\u216b\" }}",
"out": "\u0661_a_\ud83d\ude00.c_z\u00e9_\u00e9\u216b|\u0661-a-\ud83d\ude00.c-z\u00e9-\u00e9\u216b|\u0661A\ud83d\ude00.CZ\u00e9\u00c9\u216b|\u0661a\ud83d\ude00.cz\u00c9\u00e9\u216b|\u0661A\ud83d\ude00.CZ\u00e9\u00c9\u216b|\u00d9\u00ab"
},
{
"tpl": "{{ snakecase \"\" }}|{{ kebabcase \"\" }}|{{ camelcase \"\" }}|{{ swapcase \"\" }}|{{ title \"\" }}|{{ initials \"\" }}",
"out": "|||||"
},
{
"tpl": "{{ snakecase \"\\ufffd\ud83d\ude00: \u03c3\u03c3\u03c3c_\u00c9\" }}|{{ kebabcase \"\\ufffd\ud83d\ude00: \u03c3\u03c3\u03c3c_\u00c9\" }}|{{ camelcase \"\\ufffd\ud83d\ude00: \u03c3\u03c3\u03c3c_\u00c9\" }}|{{ swapcase \"\\ufffd\ud83d\ude00: \u03c3\u03c3\u03c3c_\u00c9\" }}|{{ title \"\\ufffd\ud83d\ude00: \u03c3\u03c3\u03c3c_\u00c9\" }}|{{ initials \"\\ufffd\ud83d\ude00: \u03c3\u03c3\u03c3c_\u00c9\" }}",
"out": "\ufffd\ud83d\ude00:_\u03c3\u03c3\u03c3c_\u00e9|\ufffd\ud83d\ude00:-\u03c3\u03c3\u03c3c-\u00e9|\ufffd\ud83d\ude00:\u03a3\u03c3\u03c3c\u00c9|\ufffd\ud83d\ude00: \u03a3\u03a3\u03a3C_\u00e9|\ufffd\ud83d\ude00: \u03a3\u03c3\u03c3c_\u00c9|\u00ef\u00cf"
},
{
"tpl": "{{ snakecase \"-:: \u216bc.\" }}|{{ kebabcase \"-:: \u216bc.\" }}|{{ camelcase \"-:: \u216bc.\" }}|{{ swapcase \"-:: \u216bc.\" }}|{{ title \"-:: \u216bc.\" }}|{{ initials \"-:: \u216bc.\" }}",
"out": "_::_\u216bc.|-::-\u216bc.|-::\u216bc.|-:: \u216bC.|-:: \u216bc.|-\u00e2\u00ab"
},
{
"tpl": "{{ snakecase \"0\" }}|{{ kebabcase \"0\" }}|{{ camelcase \"0\" }}|{{ swapcase \"0\" }}|{{ title \"0\" }}|{{ initials \"0\" }}",
"out": "0|0|0|0|0|0"
},
{
"tpl": "{{ snakecase \"\\ufffdAx:\" }}|{{ kebabcase \"\\ufffdAx:\" }}|{{ camelcase \"\\ufffdAx:\" }}|{{ swapcase \"\\ufffdAx:\" }}|{{ title \"\\ufffdAx:\" }}|{{ initials \"\\ufffdAx:\" }}",
"out": "\ufffdax:|\ufffdax:|\ufffdAx:|\ufffdaX:|\ufffdAx:|\u00ef"
},
{
"tpl": "{{ snakecase \"x\" }}|{{ kebabcase \"x\" }}|{{ camelcase \"x\" }}|{{ swapcase \"x\" }}|{{ title \"x\" }}|{{ initials \"x\" }}",
"out": "x|x|X|X|X|x"
},
{
"tpl": "{{ snakecase \"\u00e91:9\u03c3a\" }}|{{ kebabcase \"\u00e91:9\u03c3a\" }}|{{ camelcase \"\u00e91:9\u03c3a\" }}|{{ swapcase \"\u00e91:9\u03c3a\" }}|{{ title \"\u00e91:9\u03c3a\" }}|{{ initials \"\u00e91:9\u03c3a\" }}",
"out": "\u00e91:9\u03c3a|\u00e91:9\u03c3a|\u00c91:9\u03c3a|\u00c91:9\u03a3A|\u00c91:9\u03c3a|\u00c3"
},
{
"tpl": "{{ snakecase \"\" }}|{{ kebabcase \"\" }}|{{ camelcase \"\" }}|{{ swapcase \"\" }}|{{ title \"\" }}|{{ initials \"\" }}",
"out": "|||||"
},
{
"tpl": "{{ snakecase \"\\ufffd\" }}|{{ kebabcase \"\\ufffd\" }}|{{ camelcase \"\\ufffd\" }}|{{ swapcase \"\\ufffd\" }}|{{ title \"\\ufffd\" }}|{{ initials \"\\ufffd\" }}",
"out": "\ufffd|\ufffd|\ufffd|\ufffd|\ufffd|\u00ef"
},
{
"tpl": "{{ snakecase \"\\ufffd\u0661y1 c\" }}|{{ kebabcase \"\\ufffd\u0661y1 c\" }}|{{ camelcase \"\\ufffd\u0661y1 c\" }}|{{ swapcase \"\\ufffd\u0661y1 c\" }}|{{ title \"\\ufffd\u0661y1 c\" }}|{{ initials \"\\ufffd\u0661y1 c\" }}",
"out": "\ufffd\u0661y1_c|\ufffd\u0661y1-c|\ufffd\u0661y1C|\ufffd\u0661Y1 C|\ufffd\u0661y1 C|\u00efc"
},
{
"tpl": "{{ snakecase \":\u0661Z\" }}|{{ kebabcase \":\u0661Z\" }}|{{ camelcase \":\u0661Z\" }}|{{ swapcase \":\u0661Z\" }}|{{ title \":\u0661Z\" }}|{{ initials \":\u0661Z\" }}",
"out": ":\u0661_z|:\u0661-z|:\u0661Z|:\u0661z|:\u0661Z|:"
},
{
"tpl": "{{ snakecase \"\u00c9\u06619\" }}|{{ kebabcase \"\u00c9\u06619\" }}|{{ camelcase \"\u00c9\u06619\" }}|{{ swapcase \"\u00c9\u06619\" }}|{{ title \"\u00c9\u06619\" }}|{{ initials \"\u00c9\u06619\" }}",
"out": "\u00e9\u06619|\u00e9\u06619|\u00c9\u06619|\u00e9\u06619|\u00c9\u06619|\u00c3"
},
{
"tpl": "{{ snakecase \"a_\u00e9\\ufffdc\u00c9B\u01c5X\u0661\" }}|{{ kebabcase \"a_\u00e9\\ufffdc\u00c9B\u01c5X\u0661\" }}|{{ camelcase \"a_\u00e9\\ufffdc\u00c9B\u01c5X\u0661\" }}|{{ swapcase \"a_\u00e9\\ufffdc\u00c9B\u01c5X\u0661\" }}|{{ title \"a_\u00e9\\ufffdc\u00c9B\u01c5X\u0661\" }}|{{ initials \"a_\u00e9\\ufffdc\u00c9B\u01c5X\u0661\" }}",
"out": "a_\u00e9\ufffdc_\u00e9_b\u01c5_x\u0661|a-\u00e9\ufffdc-\u00e9-b\u01c5-x\u0661|A\u00c9\ufffdc\u00c9B\u01c5X\u0661|A_\u00c9\ufffdC\u00e9b\u01c6x\u0661|A_\u00e9\ufffdc\u00c9B\u01c5X\u0661|aX"
},
{
"tpl": "{{ snakecase \"\" }}|{{ kebabcase \"\" }}|{{ camelcase \"\" }}|{{ swapcase \"\" }}|{{ title \"\" }}|{{ initials \"\" }}",
"out": "|||||"
},
{
"tpl": "{{ snakecase \"\\ufffdCX9C\u03c3\u00e9Z\" }}|{{ kebabcase \"\\ufffdCX9C\u03c3\u00e9Z\" }}|{{ camelcase \"\\ufffdCX9C\u03c3\u00e9Z\" }}|{{ swapcase \"\\ufffdCX9C\u03c3\u00e9Z\" }}|{{ title \"\\ufffdCX9C\u03c3\u00e9Z\" }}|{{ initials \"\\ufffdCX9C\u03c3\u00e9Z\" }}",
"out": "\ufffdcx9_c\u03c3\u00e9_z|\ufffdcx9-c\u03c3\u00e9-z|\ufffdCX9C\u03c3\u00e9Z|\ufffdcx9c\u03a3\u00c9z|\ufffdCX9C\u03c3\u00e9Z|\u00ef"
},
{
"tpl": "{{ snakecase \"\u00e9\" }}|{{ kebabcase \"\u00e9\" }}|{{ camelcase \"\u00e9\" }}|{{ swapcase \"\u00e9\" }}|{{ title \"\u00e9\" }}|{{ initials \"\u00e9\" }}",
"out": "\u00e9|\u00e9|\u00c9|\u00c9|\u00c9|\u00c3"
},
{
"tpl": "{{ snakecase \"0yb0x\ud83d\ude00X\" }}|{{ kebabcase \"0yb0x\ud83d\ude00X\" }}|{{ camelcase \"0yb0x\ud83d\ude00X\" }}|{{ swapcase \"0yb0x\ud83d\ude00X\" }}|{{ title \"0yb0x\ud83d\ude00X\" }}|{{ initials \"0yb0x\ud83d\ude00X\" }}",
"out": "0yb0x_\ud83d\ude00_x|0yb0x-\ud83d\ude00-x|0yb0x\ud83d\ude00X|0YB0X\ud83d\ude00x|0yb0x\ud83d\ude00X|0"
},
{
"tpl": "{{ snakecase \"_\u00c9xx.\u01c5:\" }}|{{ kebabcase \"_\u00c9xx.\u01c5:\" }}|{{ camelcase \"_\u00c9xx.\u01c5:\" }}|{{ swapcase \"_\u00c9xx.\u01c5:\" }}|{{ title \"_\u00c9xx.\u01c5:\" }}|{{ initials \"_\u00c9xx.\u01c5:\" }}",
"out": "_\u00e9xx.\u01c5:|-\u00e9xx.\u01c5:|_\u00c9xx.\u01c5:|_\u00e9XX.\u01c6:|_\u00c9xx.\u01c5:|_:"
},
{
"tpl": "{{ snakecase \"\u216b\u00e9y\u00e9/\" }}|{{ kebabcase \"\u216b\u00e9y\u00e9/\" }}|{{ camelcase \"\u216b\u00e9y\u00e9/\" }}|{{ swapcase \"\u216b\u00e9y\u00e9/\" }}|{{ title \"\u216b\u00e9y\u00e9/\" }}|{{ initials \"\u216b\u00e9y\u00e9/\" }}",
"out": "\u216b\u00e9y\u00e9/|\u216b\u00e9y\u00e9/|\u216b\u00e9y\u00e9/|\u216b\u00c9Y\u00c9/|\u216b\u00e9y\u00e9/|\u00e2\u00ab"
},
{
"tpl": "{{ snakecase \"\" }}|{{ kebabcase \"\" }}|{{ camelcase \"\" }}|{{ swapcase \"\" }}|{{ title \"\" }}|{{ initials \"\" }}",
"out": "|||||"
},
{
"tpl": "{{ snakecase \"b\" }}|{{ kebabcase \"b\" }}|{{ camelcase \"b\" }}|{{ swapcase \"b\" }}|{{ title \"b\" }}|{{ initials \"b\" }}",
"out": "b|b|B|B|B|b"
},
{
"tpl": "{{ snakecase \"/\u00e9\ud83d\ude00-b_\\ufffd\u00c9:\" }}|{{ kebabcase \"/\u00e9\ud83d\ude00-b_\\ufffd\u00c9:\" }}|{{ camelcase \"/\u00e9\ud83d\ude00-b_\\ufffd\u00c9:\" }}|{{ swapcase \"/\u00e9\ud83d\ude00-b_\\ufffd\u00c9:\" }}|{{ title \"/\u00e9\ud83d\ude00-b_\\ufffd\u00c9:\" }}|{{ initials \"/\u00e9\ud83d\ude00-b_\\ufffd\u00c9:\" }}",
"out": "/\u00e9_\ud83d\ude00_b_\ufffd\u00e9:|/\u00e9-\ud83d\ude00-b-\ufffd\u00e9:|/\u00e9\ud83d\ude00B\ufffd\u00c9:|/\u00c9\ud83d\ude00-B_\ufffd\u00e9:|/\u00c9\ud83d\ude00-B_\ufffd\u00c9:|/"
},
{
"tpl": "{{ snakecase \"\u4e2dCBB\" }}|{{ kebabcase \"\u4e2dCBB\" }}|{{ camelcase \"\u4e2dCBB\" }}|{{ swapcase \"\u4e2dCBB\" }}|{{ title \"\u4e2dCBB\" }}|{{ initials \"\u4e2dCBB\" }}",
"out": "\u4e2d_cbb|\u4e2d-cbb|\u4e2dCBB|\u4e2dcbb|\u4e2dCBB|\u00e4"
},
{
"tpl": "{{ snakecase \"\u00e9\u01c5\ud83d\ude00B/c\" }}|{{ kebabcase \"\u00e9\u01c5\ud83d\ude00B/c\" }}|{{ camelcase \"\u00e9\u01c5\ud83d\ude00B/c\" }}|{{ swapcase \"\u00e9\u01c5\ud83d\ude00B/c\" }}|{{ title \"\u00e9\u01c5\ud83d\ude00B/c\" }}|{{ initials \"\u00e9\u01c5\ud83d\ude00B/c\" }}",
"out": "\u00e9\u01c5_\ud83d\ude00_b/c|\u00e9\u01c5-\ud83d\ude00-b/c|\u00c9\u01c5\ud83d\ude00B/c|\u00c9\u01c6\ud83d\ude00b/C|\u00c9\u01c5\ud83d\ude00B/C|\u00c3\u00f0"
},
{
"tpl": "{{ snakecase \"_\\ufffdZ\" }}|{{ kebabcase \"_\\ufffdZ\" }}|{{ camelcase \"_\\ufffdZ\" }}|{{ swapcase \"_\\ufffdZ\" }}|{{ title \"_\\ufffdZ\" }}|{{ initials \"_\\ufffdZ\" }}",
"out": "_\ufffdz|-\ufffdz|_\ufffdZ|_\ufffdz|_\ufffdZ|_"
},
{
"tpl": "{{ snakecase \"00B\" }}|{{ kebabcase \"00B\" }}|{{ camelcase \"00B\" }}|{{ swapcase \"00B\" }}|{{ title \"00B\" }}|{{ initials \"00B\" }}",
"out": "00_b|00-b|00B|00b|00B|0"
},
{
"tpl": "{{ snakecase \":x0 c\" }}|{{ kebabcase \":x0 c\" }}|{{ camelcase \":x0 c\" }}|{{ swapcase \":x0 c\" }}|{{ title \":x0 c\" }}|{{ initials \":x0 c\" }}",
"out": ":x0_c|:x0-c|:x0C|:X0 C|:X0 C|:c"
},
{
"tpl": "{{ snakecase \"\ud83d\ude00\u01c5\" }}|{{ kebabcase \"\ud83d\ude00\u01c5\" }}|{{ camelcase \"\ud83d\ude00\u01c5\" }}|{{ swapcase \"\ud83d\ude00\u01c5\" }}|{{ title \"\ud83d\ude00\u01c5\" }}|{{ initials \"\ud83d\ude00\u01c5\" }}",
"out": "\ud83d\ude00_\u01c5|\ud83d\ude00-\u01c5|\ud83d\ude00\u01c5|\ud83d\ude00\u01c6|\ud83d\ude00\u01c5|\u00f0"
},
{
"tpl": "{{ snakecase \"\u01c5a0Xyy\" }}|{{ kebabcase \"\u01c5a0Xyy\" }}|{{ camelcase \"\u01c5a0Xyy\" }}|{{ swapcase \"\u01c5a0Xyy\" }}|{{ title \"\u01c5a0Xyy\" }}|{{ initials \"\u01c5a0Xyy\" }}",
"out": "\u01c5a0_xyy|\u01c5a0-xyy|\u01c4a0Xyy|\u01c6A0xYY|\u01c5a0Xyy|\u00c7a"
},
{
"tpl": "{{ snakecase \"\" }}|{{ kebabcase \"\" }}|{{ camelcase \"\" }}|{{ swapcase \"\" }}|{{ title \"\" }}|{{ initials \"\" }}",
"out": "|||||"
},
{
"tpl": "{{ snakecase \"\u216b yXZAA:-x\" }}|{{ kebabcase \"\u216b yXZAA:-x\" }}|{{ camelcase \"\u216b yXZAA:-x\" }}|{{ swapcase \"\u216b yXZAA:-x\" }}|{{ title \"\u216b yXZAA:-x\" }}|{{ initials \"\u216b yXZAA:-x\" }}",
"out": "\u216b_y_xzaa:-x|\u216b-y-xzaa:-x|\u216bYXZAA:X|\u216b Yxzaa:-X|\u216b YXZAA:-X|\u00e2\u00aby"
},
{
"tpl": "{{ snakecase \"ABCCaa\u03c3C_\\ufffd\" }}|{{ kebabcase \"ABCCaa\u03c3C_\\ufffd\" }}|{{ camelcase \"ABCCaa\u03c3C_\\ufffd\" }}|{{ swapcase \"ABCCaa\u03c3C_\\ufffd\" }}|{{ title \"ABCCaa\u03c3C_\\ufffd\" }}|{{ initials \"ABCCaa\u03c3C_\\ufffd\" }}",
"out": "abc_caa\u03c3_c_\ufffd|abc-caa\u03c3-c-\ufffd|Abccaa\u03c3C\ufffd|abccAA\u03a3c_\ufffd|ABCCaa\u03c3C_\ufffd|A"
},
{
"tpl": "{{ snakecase \"\u00c9\" }}|{{ kebabcase \"\u00c9\" }}|{{ camelcase \"\u00c9\" }}|{{ swapcase \"\u00c9\" }}|{{ title \"\u00c9\" }}|{{ initials \"\u00c9\" }}",
"out": "\u00e9|\u00e9|\u00c9|\u00e9|\u00c9|\u00c3"
},
{
"tpl": "{{ snakecase \"\u4e2d/\" }}|{{ kebabcase \"\u4e2d/\" }}|{{ camelcase \"\u4e2d/\" }}|{{ swapcase \"\u4e2d/\" }}|{{ title \"\u4e2d/\" }}|{{ initials \"\u4e2d/\" }}",
"out": "\u4e2d/|\u4e2d/|\u4e2d/|\u4e2d/|\u4e2d/|\u00e4"
},
{
"tpl": "{{ snakecase \"Za:\u216b\u01c5y\ud83d\ude001\u216b\" }}|{{ kebabcase \"Za:\u216b\u01c5y\ud83d\ude001\u216b\" }}|{{ camelcase \"Za:\u216b\u01c5y\ud83d\ude001\u216b\" }}|{{ swapcase \"Za:\u216b\u01c5y\ud83d\ude001\u216b\" }}|{{ title \"Za:\u216b\u01c5y\ud83d\ude001\u216b\" }}|{{ initials \"Za:\u216b\u01c5y\ud83d\ude001\u216b\" }}",
"out": "za:\u216b\u01c5y_\ud83d\ude001\u216b|za:\u216b\u01c5y-\ud83d\ude001\u216b|Za:\u216b\u01c5y\ud83d\ude001\u216b|zA:\u216b\u01c6Y\ud83d\ude001\u216b|Za:\u216b\u01c5y\ud83d\ude001\u216b|Z\u00aby\u00ab"
},
{
"tpl": "{{ snakecase \".\u00e9b/\u01c5\" }}|{{ kebabcase \".\u00e9b/\u01c5\" }}|{{ camelcase \".\u00e9b/\u01c5\" }}|{{ swapcase \".\u00e9b/\u01c5\" }}|{{ title \".\u00e9b/\u01c5\" }}|{{ initials \".\u00e9b/\u01c5\" }}",
"out": ".\u00e9b/\u01c5|.\u00e9b/\u01c5|.\u00e9b/\u01c5|.\u00c9B/\u01c6|.\u00c9b/\u01c5|."
},
{
"tpl": "{{ snakecase \"by\u01c5B_/ B\" }}|{{ kebabcase \"by\u01c5B_/ B\" }}|{{ camelcase \"by\u01c5B_/ B\" }}|{{ swapcase \"by\u01c5B_/ B\" }}|{{ title \"by\u01c5B_/ B\" }}|{{ initials \"by\u01c5B_/ B\" }}",
"out": "by\u01c5_b_/_b|by\u01c5-b-/-b|By\u01c5B/B|BY\u01c6b_/ b|By\u01c5B_/ B|bBB"
},
{
"tpl": "{{ snakecase \"\u00c9\u00c9:\ud83d\ude00\u216b\u216b\" }}|{{ kebabcase \"\u00c9\u00c9:\ud83d\ude00\u216b\u216b\" }}|{{ camelcase \"\u00c9\u00c9:\ud83d\ude00\u216b\u216b\" }}|{{ swapcase \"\u00c9\u00c9:\ud83d\ude00\u216b\u216b\" }}|{{ title \"\u00c9\u00c9:\ud83d\ude00\u216b\u216b\" }}|{{ initials \"\u00c9\u00c9:\ud83d\ude00\u216b\u216b\" }}",
"out": "\u00e9\u00e9:\ud83d\ude00\u216b\u216b|\u00e9\u00e9:\ud83d\ude00\u216b\u216b|\u00c9\u00e9:\ud83d\ude00\u216b\u216b|\u00e9\u00e9:\ud83d\ude00\u216b\u216b|\u00c9\u00c9:\ud83d\ude00\u216b\u216b|\u00c3\u00ab\u00ab"
},
{
"tpl": "{{ snakecase \"1B-C\u00e9:: \" }}|{{ kebabcase \"1B-C\u00e9:: \" }}|{{ camelcase \"1B-C\u00e9:: \" }}|{{ swapcase \"1B-C\u00e9:: \" }}|{{ title \"1B-C\u00e9:: \" }}|{{ initials \"1B-C\u00e9:: \" }}",
"out": "1_b_c\u00e9::_|1-b-c\u00e9::-|1BC\u00e9:: |1b-c\u00c9:: |1B-C\u00e9:: |1"
},
{
"tpl": "{{ snakecase \"\ud83d\ude00--\u00e9\\ufffd\u03c3a/Bx\" }}|{{ kebabcase \"\ud83d\ude00--\u00e9\\ufffd\u03c3a/Bx\" }}|{{ camelcase \"\ud83d\ude00--\u00e9\\ufffd\u03c3a/Bx\" }}|{{ swapcase \"\ud83d\ude00--\u00e9\\ufffd\u03c3a/Bx\" }}|{{ title \"\ud83d\ude00--\u00e9\\ufffd\u03c3a/Bx\" }}|{{ initials \"\ud83d\ude00--\u00e9\\ufffd\u03c3a/Bx\" }}",
"out": "\ud83d\ude00__\u00e9\ufffd\u03c3a/bx|\ud83d\ude00--\u00e9\ufffd\u03c3a/bx|\ud83d\ude00-\u00c9\ufffd\u03c3a/Bx|\ud83d\ude00--\u00c9\ufffd\u03a3A/bX|\ud83d\ude00--\u00c9\ufffd\u03c3a/Bx|\u00f0"
},
{
"tpl": "{{ snakecase \"X\u0661\" }}|{{ kebabcase \"X\u0661\" }}|{{ camelcase \"X\u0661\" }}|{{ swapcase \"X\u0661\" }}|{{ title \"X\u0661\" }}|{{ initials \"X\u0661\" }}",
"out": "x\u0661|x\u0661|X\u0661|x\u0661|X\u0661|X"
},
{
"tpl": "{{ snakecase \"a\u4e2dA Bc9a\" }}|{{ kebabcase \"a\u4e2dA Bc9a\" }}|{{ camelcase \"a\u4e2dA Bc9a\" }}|{{ swapcase \"a\u4e2dA Bc9a\" }}|{{ title \"a\u4e2dA Bc9a\" }}|{{ initials \"a\u4e2dA Bc9a\" }}",
"out": "a_\u4e2d_a_bc_9a|a-\u4e2d-a-bc-9a|A\u4e2dABc9a|A\u4e2da bC9A|A\u4e2dA Bc9a|aB"
},
{
"tpl": "{{ snakecase \"C11\u00e9a\ud83d\ude00\u00c9: C\" }}|{{ kebabcase \"C11\u00e9a\ud83d\ude00\u00c9: C\" }}|{{ camelcase \"C11\u00e9a\ud83d\ude00\u00c9: C\" }}|{{ swapcase \"C11\u00e9a\ud83d\ude00\u00c9: C\" }}|{{ title \"C11\u00e9a\ud83d\ude00\u00c9: C\" }}|{{ initials \"C11\u00e9a\ud83d\ude00\u00c9: C\" }}",
"out": "c_11\u00e9a_\ud83d\ude00_\u00e9:_c|c-11\u00e9a-\ud83d\ude00-\u00e9:-c|C11\u00e9a\ud83d\ude00\u00c9:C|c11\u00c9A\ud83d\ude00\u00e9: c|C11\u00e9a\ud83d\ude00\u00c9: C|CC"
},
{
"tpl": "{{ snakecase \"\u00c9C\" }}|{{ kebabcase \"\u00c9C\" }}|{{ camelcase \"\u00c9C\" }}|{{ swapcase \"\u00c9C\" }}|{{ title \"\u00c9C\" }}|{{ initials \"\u00c9C\" }}",
"out": "\u00e9c|\u00e9c|\u00c9c|\u00e9c|\u00c9C|\u00c3"
},
{
"tpl": "{{ snakecase \"Bxc\\ufffdA\u03c3\u00e9a\" }}|{{ kebabcase \"Bxc\\ufffdA\u03c3\u00e9a\" }}|{{ camelcase \"Bxc\\ufffdA\u03c3\u00e9a\" }}|{{ swapcase \"Bxc\\ufffdA\u03c3\u00e9a\" }}|{{ title \"Bxc\\ufffdA\u03c3\u00e9a\" }}|{{ initials \"Bxc\\ufffdA\u03c3\u00e9a\" }}",
"out": "bxc_\ufffda\u03c3\u00e9a|bxc-\ufffda\u03c3\u00e9a|Bxc\ufffdA\u03c3\u00e9a|bXC\ufffda\u03a3\u00c9A|Bxc\ufffdA\u03c3\u00e9a|B"
},
{
"tpl": "{{ snakecase \"-y9\u4e2dZb\u03c3\" }}|{{ kebabcase \"-y9\u4e2dZb\u03c3\" }}|{{ camelcase \"-y9\u4e2dZb\u03c3\" }}|{{ swapcase \"-y9\u4e2dZb\u03c3\" }}|{{ title \"-y9\u4e2dZb\u03c3\" }}|{{ initials \"-y9\u4e2dZb\u03c3\" }}",
"out": "_y9_\u4e2d_zb\u03c3|-y9-\u4e2d-zb\u03c3|-Y9\u4e2dZb\u03c3|-Y9\u4e2dzB\u03a3|-Y9\u4e2dZb\u03c3|-"
},
{
"tpl": "{{ snakecase \"/\\ufffd::\u216b-\" }}|{{ kebabcase \"/\\ufffd::\u216b-\" }}|{{ camelcase \"/\\ufffd::\u216b-\" }}|{{ swapcase \"/\\ufffd::\u216b-\" }}|{{ title \"/\\ufffd::\u216b-\" }}|{{ initials \"/\\ufffd::\u216b-\" }}",
"out": "/\ufffd::\u216b_|/\ufffd::\u216b-|/\ufffd::\u216b-|/\ufffd::\u216b-|/\ufffd::\u216b-|/\u00ab"
},
{
"tpl": "{{ snakecase \"X\" }}|{{ kebabcase \"X\" }}|{{ camelcase \"X\" }}|{{ swapcase \"X\" }}|{{ title \"X\" }}|{{ initials \"X\" }}",
"out": "x|x|X|x|X|X"
},
{
"tpl": "{{ snakecase \"\ud83d\ude001\u4e2dc9/B/\" }}|{{ kebabcase \"\ud83d\ude001\u4e2dc9/B/\" }}|{{ camelcase \"\ud83d\ude001\u4e2dc9/B/\" }}|{{ swapcase \"\ud83d\ude001\u4e2dc9/B/\" }}|{{ title \"\ud83d\ude001\u4e2dc9/B/\" }}|{{ initials \"\ud83d\ude001\u4e2dc9/B/\" }}",
"out": "\ud83d\ude001_\u4e2d_c9/b/|\ud83d\ude001-\u4e2d-c9/b/|\ud83d\ude001\u4e2dc9/B/|\ud83d\ude001\u4e2dC9/b/|\ud83d\ude001\u4e2dc9/B/|\u00f0"
},
{
"tpl": "{{ snakecase \":\\ufffd/a\" }}|{{ kebabcase \":\\ufffd/a\" }}|{{ camelcase \":\\ufffd/a\" }}|{{ swapcase \":\\ufffd/a\" }}|{{ title \":\\ufffd/a\" }}|{{ initials \":\\ufffd/a\" }}",
"out": ":\ufffd/a|:\ufffd/a|:\ufffd/a|:\ufffd/A|:\ufffd/A|:"
},
{
"tpl": "{{ snakecase \"\u01c5x:A-BB\ud83d\ude00\u4e2d\u00c9\" }}|{{ kebabcase \"\u01c5x:A-BB\ud83d\ude00\u4e2d\u00c9\" }}|{{ camelcase \"\u01c5x:A-BB\ud83d\ude00\u4e2d\u00c9\" }}|{{ swapcase \"\u01c5x:A-BB\ud83d\ude00\u4e2d\u00c9\" }}|{{ title \"\u01c5x:A-BB\ud83d\ude00\u4e2d\u00c9\" }}|{{ initials \"\u01c5x:A-BB\ud83d\ude00\u4e2d\u00c9\" }}",
"out": "\u01c5x:a_bb_\ud83d\ude00\u4e2d_\u00e9|\u01c5x:a-bb-\ud83d\ude00\u4e2d-\u00e9|\u01c4x:ABb\ud83d\ude00\u4e2d\u00c9|\u01c6X:a-bb\ud83d\ude00\u4e2d\u00e9|\u01c5x:A-BB\ud83d\ude00\u4e2d\u00c9|\u00c7x"
},
{
"tpl": "{{ snakecase \":\" }}|{{ kebabcase \":\" }}|{{ camelcase \":\" }}|{{ swapcase \":\" }}|{{ title \":\" }}|{{ initials \":\" }}",
"out": ":|:|:|:|:|:"
},
{
"tpl": "{{ snakecase \"\ud83d\ude00a.\" }}|{{ kebabcase \"\ud83d\ude00a.\" }}|{{ camelcase \"\ud83d\ude00a.\" }}|{{ swapcase \"\ud83d\ude00a.\" }}|{{ title \"\ud83d\ude00a.\" }}|{{ initials \"\ud83d\ude00a.\" }}",
"out": "\ud83d\ude00_a.|\ud83d\ude00-a.|\ud83d\ude00a.|\ud83d\ude00A.|\ud83d\ude00a.|\u00f0"
},
{
"tpl": "{{ snakecase \"C\\ufffdy\" }}|{{ kebabcase \"C\\ufffdy\" }}|{{ camelcase \"C\\ufffdy\" }}|{{ swapcase \"C\\ufffdy\" }}|{{ title \"C\\ufffdy\" }}|{{ initials \"C\\ufffdy\" }}",
"out": "c\ufffdy|c\ufffdy|C\ufffdy|c\ufffdY|C\ufffdy|C"
},
{
"tpl": "{{ snakecase \"_cZ\u03c3\" }}|{{ kebabcase \"_cZ\u03c3\" }}|{{ camelcase \"_cZ\u03c3\" }}|{{ swapcase \"_cZ\u03c3\" }}|{{ title \"_cZ\u03c3\" }}|{{ initials \"_cZ\u03c3\" }}",
"out": "_c_z\u03c3|-c-z\u03c3|_CZ\u03c3|_Cz\u03a3|_cZ\u03c3|_"
},
{
"tpl": "{{ snakecase \"X\u216b/a\u03c3\" }}|{{ kebabcase \"X\u216b/a\u03c3\" }}|{{ camelcase \"X\u216b/a\u03c3\" }}|{{ swapcase \"X\u216b/a\u03c3\" }}|{{ title \"X\u216b/a\u03c3\" }}|{{ initials \"X\u216b/a\u03c3\" }}",
"out": "x\u216b/a\u03c3|x\u216b/a\u03c3|X\u216b/a\u03c3|x\u216b/A\u03a3|X\u216b/A\u03c3|X\u00ab"
},
{
"tpl": "{{ snakecase \"\ud83d\ude00\" }}|{{ kebabcase \"\ud83d\ude00\" }}|{{ camelcase \"\ud83d\ude00\" }}|{{ swapcase \"\ud83d\ude00\" }}|{{ title \"\ud83d\ude00\" }}|{{ initials \"\ud83d\ude00\" }}",
"out": "\ud83d\ude00|\ud83d\ude00|\ud83d\ude00|\ud83d\ude00|\ud83d\ude00|\u00f0"
},
{
"tpl": "{{ snakecase \"B\u03c3_C/:a\u4e2d9\u0661\" }}|{{ kebabcase \"B\u03c3_C/:a\u4e2d9\u0661\" }}|{{ camelcase \"B\u03c3_C/:a\u4e2d9\u0661\" }}|{{ swapcase \"B\u03c3_C/:a\u4e2d9\u0661\" }}|{{ title \"B\u03c3_C/:a\u4e2d9\u0661\" }}|{{ initials \"B\u03c3_C/:a\u4e2d9\u0661\" }}",
"out": "b\u03c3_c/:a_\u4e2d9\u0661|b\u03c3-c/:a-\u4e2d9\u0661|B\u03c3C/:a\u4e2d9\u0661|b\u03a3_c/:A\u4e2d9\u0661|B\u03c3_C/:A\u4e2d9\u0661|B"
},
{
"tpl": "{{ snakecase \"_xCbA_\u00e9Bc\ud83d\ude00\" }}|{{ kebabcase \"_xCbA_\u00e9Bc\ud83d\ude00\" }}|{{ camelcase \"_xCbA_\u00e9Bc\ud83d\ude00\" }}|{{ swapcase \"_xCbA_\u00e9Bc\ud83d\ude00\" }}|{{ title \"_xCbA_\u00e9Bc\ud83d\ude00\" }}|{{ initials \"_xCbA_\u00e9Bc\ud83d\ude00\" }}",
"out": "_x_cb_a_\u00e9_bc_\ud83d\ude00|-x-cb-a-\u00e9-bc-\ud83d\ude00|_XCbA\u00c9Bc\ud83d\ude00|_XcBa_\u00c9bC\ud83d\ude00|_xCbA_\u00e9Bc\ud83d\ude00|_"
},
{
"tpl": "{{ snakecase \"Z\u216b\u00c9x\u216b\u4e2dZ\" }}|{{ kebabcase \"Z\u216b\u00c9x\u216b\u4e2dZ\" }}|{{ camelcase \"Z\u216b\u00c9x\u216b\u4e2dZ\" }}|{{ swapcase \"Z\u216b\u00c9x\u216b\u4e2dZ\" }}|{{ title \"Z\u216b\u00c9x\u216b\u4e2dZ\" }}|{{ initials \"Z\u216b\u00c9x\u216b\u4e2dZ\" }}",
"out": "z\u216b_\u00e9x\u216b_\u4e2d_z|z\u216b-\u00e9x\u216b-\u4e2d-z|Z\u216b\u00c9x\u216b\u4e2dZ|z\u216b\u00e9X\u216b\u4e2dz|Z\u216b\u00c9x\u216b\u4e2dZ|Z\u00ab\u00ab"
},
{
"tpl": "{{ snakecase \".\" }}|{{ kebabcase \".\" }}|{{ camelcase \".\" }}|{{ swapcase \".\" }}|{{ title \".\" }}|{{ initials \".\" }}",
"out": ".|.|.|.|.|."
},
{
"tpl": "{{ snakecase \"A\u4e2d\u4e2d0a\u00e9_C \" }}|{{ kebabcase \"A\u4e2d\u4e2d0a\u00e9_C \" }}|{{ camelcase \"A\u4e2d\u4e2d0a\u00e9_C \" }}|{{ swapcase \"A\u4e2d\u4e2d0a\u00e9_C \" }}|{{ title \"A\u4e2d\u4e2d0a\u00e9_C \" }}|{{ initials \"A\u4e2d\u4e2d0a\u00e9_C \" }}",
"out": "a_\u4e2d\u4e2d_0a\u00e9_c_|a-\u4e2d\u4e2d-0a\u00e9-c-|A\u4e2d\u4e2d0a\u00e9C |a\u4e2d\u4e2d0A\u00c9_c |A\u4e2d\u4e2d0a\u00e9_C |A"
},
{
"tpl": "{{ snakecase \"\u0661\u0661B_\" }}|{{ kebabcase \"\u0661\u0661B_\" }}|{{ camelcase \"\u0661\u0661B_\" }}|{{ swapcase \"\u0661\u0661B_\" }}|{{ title \"\u0661\u0661B_\" }}|{{ initials \"\u0661\u0661B_\" }}",
"out": "\u0661\u0661_b_|\u0661\u0661-b-|\u0661\u0661B_|\u0661\u0661b_|\u0661\u0661B_|\u00d9"
},
{
"tpl": "{{ snakecase \"B\u4e2d\u00c9x\" }}|{{ kebabcase \"B\u4e2d\u00c9x\" }}|{{ camelcase \"B\u4e2d\u00c9x\" }}|{{ swapcase \"B\u4e2d\u00c9x\" }}|{{ title \"B\u4e2d\u00c9x\" }}|{{ initials \"B\u4e2d\u00c9x\" }}",
"out": "b_\u4e2d_\u00e9x|b-\u4e2d-\u00e9x|B\u4e2d\u00c9x|b\u4e2d\u00e9X|B\u4e2d\u00c9x|B"
},
{
"tpl": "{{ snakecase \" -\u01c5C\u0661/y0\" }}|{{ kebabcase \" -\u01c5C\u0661/y0\" }}|{{ camelcase \" -\u01c5C\u0661/y0\" }}|{{ swapcase \" -\u01c5C\u0661/y0\" }}|{{ title \" -\u01c5C\u0661/y0\" }}|{{ initials \" -\u01c5C\u0661/y0\" }}",
"out": "__\u01c5_c\u0661/y0|--\u01c5-c\u0661/y0| -\u01c4C\u0661/y0| -\u01c6c\u0661/Y0| -\u01c5C\u0661/Y0|-C"
},
{
"tpl": "{{ snakecase \"\u03c3\" }}|{{ kebabcase \"\u03c3\" }}|{{ camelcase \"\u03c3\" }}|{{ swapcase \"\u03c3\" }}|{{ title \"\u03c3\" }}|{{ initials \"\u03c3\" }}",
"out": "\u03c3|\u03c3|\u03a3|\u03a3|\u03a3|\u00cf"
},
{
"tpl": "{{ snakecase \"-\u216b9/B\u0661\u01c5C\u00c9X\" }}|{{ kebabcase \"-\u216b9/B\u0661\u01c5C\u00c9X\" }}|{{ camelcase \"-\u216b9/B\u0661\u01c5C\u00c9X\" }}|{{ swapcase \"-\u216b9/B\u0661\u01c5C\u00c9X\" }}|{{ title \"-\u216b9/B\u0661\u01c5C\u00c9X\" }}|{{ initials \"-\u216b9/B\u0661\u01c5C\u00c9X\" }}",
"out": "_\u216b9/b_\u0661\u01c5_c\u00e9x|-\u216b9/b-\u0661\u01c5-c\u00e9x|-\u216b9/B\u0661\u01c5C\u00c9X|-\u216b9/b\u0661\u01c6c\u00e9x|-\u216b9/B\u0661\u01c5C\u00c9X|-\u00abC"
},
{
"tpl": "{{ snakecase \"\u4e2d_/Bc\u216b\" }}|{{ kebabcase \"\u4e2d_/Bc\u216b\" }}|{{ camelcase \"\u4e2d_/Bc\u216b\" }}|{{ swapcase \"\u4e2d_/Bc\u216b\" }}|{{ title \"\u4e2d_/Bc\u216b\" }}|{{ initials \"\u4e2d_/Bc\u216b\" }}",
"out": "\u4e2d_/bc\u216b|\u4e2d-/bc\u216b|\u4e2d/Bc\u216b|\u4e2d_/bC\u216b|\u4e2d_/Bc\u216b|\u00e4\u00ab"
},
{
"tpl": "{{ snakecase \"\" }}|{{ kebabcase \"\" }}|{{ camelcase \"\" }}|{{ swapcase \"\" }}|{{ title \"\" }}|{{ initials \"\" }}",
"out": "|||||"
},
{
"tpl": "{{ snakecase \"19\" }}|{{ kebabcase \"19\" }}|{{ camelcase \"19\" }}|{{ swapcase \"19\" }}|{{ title \"19\" }}|{{ initials \"19\" }}",
"out": "19|19|19|19|19|1"
},
{
"tpl": "{{ snakecase \"Zxb\u01c5 \" }}|{{ kebabcase \"Zxb\u01c5 \" }}|{{ camelcase \"Zxb\u01c5 \" }}|{{ swapcase \"Zxb\u01c5 \" }}|{{ title \"Zxb\u01c5 \" }}|{{ initials \"Zxb\u01c5 \" }}",
"out": "zxb\u01c5_|zxb\u01c5-|Zxb\u01c5 |zXB\u01c6 |Zxb\u01c5 |Z"
},
{
"tpl": "{{ snakecase \"\" }}|{{ kebabcase \"\" }}|{{ camelcase \"\" }}|{{ swapcase \"\" }}|{{ title \"\" }}|{{ initials \"\" }}",
"out": "|||||"
},
{
"tpl": "{{ snakecase \"/ZXbX\u0661-A:-\" }}|{{ kebabcase \"/ZXbX\u0661-A:-\" }}|{{ camelcase \"/ZXbX\u0661-A:-\" }}|{{ swapcase \"/ZXbX\u0661-A:-\" }}|{{ title \"/ZXbX\u0661-A:-\" }}|{{ initials \"/ZXbX\u0661-A:-\" }}",
"out": "/z_xb_x\u0661_a:-|/z-xb-x\u0661-a:-|/ZXbX\u0661A:-|/zxBx\u0661-a:-|/ZXbX\u0661-A:-|/"
},
{
"tpl": "{{ snakecase \"\u216bAZ-\u216bb\" }}|{{ kebabcase \"\u216bAZ-\u216bb\" }}|{{ camelcase \"\u216bAZ-\u216bb\" }}|{{ swapcase \"\u216bAZ-\u216bb\" }}|{{ title \"\u216bAZ-\u216bb\" }}|{{ initials \"\u216bAZ-\u216bb\" }}",
"out": "\u216b_az_\u216bb|\u216b-az-\u216bb|\u216bAZ\u216bb|\u216baz-\u216bB|\u216bAZ-\u216bb|\u00e2\u00ab\u00ab"
},
{
"tpl": "{{ snakecase \"\u0661Xx.C\" }}|{{ kebabcase \"\u0661Xx.C\" }}|{{ camelcase \"\u0661Xx.C\" }}|{{ swapcase \"\u0661Xx.C\" }}|{{ title \"\u0661Xx.C\" }}|{{ initials \"\u0661Xx.C\" }}",
"out": "\u0661_xx.c|\u0661-xx.c|\u0661Xx.C|\u0661xX.c|\u0661Xx.C|\u00d9"
},
{
"tpl": "{{ snakecase \"bb\u00c9/-A\u00e9yC\" }}|{{ kebabcase \"bb\u00c9/-A\u00e9yC\" }}|{{ camelcase \"bb\u00c9/-A\u00e9yC\" }}|{{ swapcase \"bb\u00c9/-A\u00e9yC\" }}|{{ title \"bb\u00c9/-A\u00e9yC\" }}|{{ initials \"bb\u00c9/-A\u00e9yC\" }}",
"out": "bb_\u00e9/-a\u00e9y_c|bb-\u00e9/-a\u00e9y-c|Bb\u00c9/A\u00e9yC|BB\u00e9/-a\u00c9Yc|Bb\u00c9/-A\u00e9yC|b"
},
{
"tpl": "{{ snakecase \"yx\u03c3a\u01c50_\" }}|{{ kebabcase \"yx\u03c3a\u01c50_\" }}|{{ camelcase \"yx\u03c3a\u01c50_\" }}|{{ swapcase \"yx\u03c3a\u01c50_\" }}|{{ title \"yx\u03c3a\u01c50_\" }}|{{ initials \"yx\u03c3a\u01c50_\" }}",
"out": "yx\u03c3a\u01c50_|yx\u03c3a\u01c50-|Yx\u03c3a\u01c50_|YX\u03a3A\u01c60_|Yx\u03c3a\u01c50_|y0"
},
{
"tpl": "{{ snakecase \"b\" }}|{{ kebabcase \"b\" }}|{{ camelcase \"b\" }}|{{ swapcase \"b\" }}|{{ title \"b\" }}|{{ initials \"b\" }}",
"out": "b|b|B|B|B|b"
},
{
"tpl": "{{ snakecase \"\u00c90\ud83d\ude00Z\\ufffdc\" }}|{{ kebabcase \"\u00c90\ud83d\ude00Z\\ufffdc\" }}|{{ camelcase \"\u00c90\ud83d\ude00Z\\ufffdc\" }}|{{ swapcase \"\u00c90\ud83d\ude00Z\\ufffdc\" }}|{{ title \"\u00c90\ud83d\ude00Z\\ufffdc\" }}|{{ initials \"\u00c90\ud83d\ude00Z\\ufffdc\" }}",
"out": "\u00e90_\ud83d\ude00_z\ufffdc|\u00e90-\ud83d\ude00-z\ufffdc|\u00c90\ud83d\ude00Z\ufffdc|\u00e90\ud83d\ude00z\ufffdC|\u00c90\ud83d\ude00Z\ufffdc|\u00c3"
},
{
"tpl": "{{ snakecase \"Z\u4e2d:\u00c99.Z\u216b\" }}|{{ kebabcase \"Z\u4e2d:\u00c99.Z\u216b\" }}|{{ camelcase \"Z\u4e2d:\u00c99.Z\u216b\" }}|{{ swapcase \"Z\u4e2d:\u00c99.Z\u216b\" }}|{{ title \"Z\u4e2d:\u00c99.Z\u216b\" }}|{{ initials \"Z\u4e2d:\u00c99.Z\u216b\" }}",
"out": "z_\u4e2d:\u00e99.z\u216b|z-\u4e2d:\u00e99.z\u216b|Z\u4e2d:\u00c99.Z\u216b|z\u4e2d:\u00e99.z\u216b|Z\u4e2d:\u00c99.Z\u216b|Z\u00ab"
},
{
"tpl": "{{ snakecase \"_\" }}|{{ kebabcase \"_\" }}|{{ camelcase \"_\" }}|{{ swapcase \"_\" }}|{{ title \"_\" }}|{{ initials \"_\" }}",
"out": "_|-|__|_|_|_"
},
{
"tpl": "{{ snakecase \"9Bc\" }}|{{ kebabcase \"9Bc\" }}|{{ camelcase \"9Bc\" }}|{{ swapcase \"9Bc\" }}|{{ title \"9Bc\" }}|{{ initials \"9Bc\" }}",
"out": "9_bc|9-bc|9Bc|9bC|9Bc|9"
},
{
"tpl": "{{ snakecase \" . y:x\u4e2d\u4e2dZ\u0661\" }}|{{ kebabcase \" . y:x\u4e2d\u4e2dZ\u0661\" }}|{{ camelcase \" . y:x\u4e2d\u4e2dZ\u0661\" }}|{{ swapcase \" . y:x\u4e2d\u4e2dZ\u0661\" }}|{{ title \" . y:x\u4e2d\u4e2dZ\u0661\" }}|{{ initials \" . y:x\u4e2d\u4e2dZ\u0661\" }}",
"out": "_._y:x_\u4e2d\u4e2d_z\u0661|-.-y:x-\u4e2d\u4e2d-z\u0661| .Y:x\u4e2d\u4e2dZ\u0661| . Y:X\u4e2d\u4e2dz\u0661| . Y:X\u4e2d\u4e2dZ\u0661|.y"
},
{
"tpl": "{{ snakecase \"c\" }}|{{ kebabcase \"c\" }}|{{ camelcase \"c\" }}|{{ swapcase \"c\" }}|{{ title \"c\" }}|{{ initials \"c\" }}",
"out": "c|c|C|C|C|c"
},
{
"tpl": "{{ snakecase \"\u00e9.:\u00c9:ca\\ufffd\\ufffd\" }}|{{ kebabcase \"\u00e9.:\u00c9:ca\\ufffd\\ufffd\" }}|{{ camelcase \"\u00e9.:\u00c9:ca\\ufffd\\ufffd\" }}|{{ swapcase \"\u00e9.:\u00c9:ca\\ufffd\\ufffd\" }}|{{ title \"\u00e9.:\u00c9:ca\\ufffd\\ufffd\" }}|{{ initials \"\u00e9.:\u00c9:ca\\ufffd\\ufffd\" }}",
"out": "\u00e9.:\u00e9:ca\ufffd\ufffd|\u00e9.:\u00e9:ca\ufffd\ufffd|\u00c9.:\u00c9:ca\ufffd\ufffd|\u00c9.:\u00e9:CA\ufffd\ufffd|\u00c9.:\u00c9:Ca\ufffd\ufffd|\u00c3"
},
{
"tpl": "{{ snakecase \"\u0661X\u01c5\\ufffd\u01c5\u0661C\u4e2d\" }}|{{ kebabcase \"\u0661X\u01c5\\ufffd\u01c5\u0661C\u4e2d\" }}|{{ camelcase \"\u0661X\u01c5\\ufffd\u01c5\u0661C\u4e2d\" }}|{{ swapcase \"\u0661X\u01c5\\ufffd\u01c5\u0661C\u4e2d\" }}|{{ title \"\u0661X\u01c5\\ufffd\u01c5\u0661C\u4e2d\" }}|{{ initials \"\u0661X\u01c5\\ufffd\u01c5\u0661C\u4e2d\" }}",
"out": "\u0661_x\u01c5\ufffd\u01c5\u0661_c_\u4e2d|\u0661-x\u01c5\ufffd\u01c5\u0661-c-\u4e2d|\u0661X\u01c5\ufffd\u01c5\u0661C\u4e2d|\u0661x\u01c6\ufffd\u01c6\u0661c\u4e2d|\u0661X\u01c5\ufffd\u01c5\u0661C\u4e2d|\u00d9\u00ef\u00d9"
},
{
"tpl": "{{ snakecase \"\u216b\ud83d\ude00 _\" }}|{{ kebabcase \"\u216b\ud83d\ude00 _\" }}|{{ camelcase \"\u216b\ud83d\ude00 _\" }}|{{ swapcase \"\u216b\ud83d\ude00 _\" }}|{{ title \"\u216b\ud83d\ude00 _\" }}|{{ initials \"\u216b\ud83d\ude00 _\" }}",
"out": "\u216b_\ud83d\ude00__|\u216b-\ud83d\ude00--|\u216b\ud83d\ude00 _|\u216b\ud83d\ude00 _|\u216b\ud83d\ude00 _|\u00e2\u00ab_"
},
{
"tpl": "{{ snakecase \" \u4e2d\" }}|{{ kebabcase \" \u4e2d\" }}|{{ camelcase \" \u4e2d\" }}|{{ swapcase \" \u4e2d\" }}|{{ title \" \u4e2d\" }}|{{ initials \" \u4e2d\" }}",
"out": "_\u4e2d|-\u4e2d| \u4e2d| \u4e2d| \u4e2d|\u00e4"
},
{
"tpl": "{{ snakecase \"\" }}|{{ kebabcase \"\" }}|{{ camelcase \"\" }}|{{ swapcase \"\" }}|{{ title \"\" }}|{{ initials \"\" }}",
"out": "|||||"
},
{
"tpl": "{{ snakecase \"0\" }}|{{ kebabcase \"0\" }}|{{ camelcase \"0\" }}|{{ swapcase \"0\" }}|{{ title \"0\" }}|{{ initials \"0\" }}",
"out": "0|0|0|0|0|0"
},
{
"tpl": "{{ snakecase \"B0.\u01c5x\u0661\u00e9\u01c51c\" }}|{{ kebabcase \"B0.\u01c5x\u0661\u00e9\u01c51c\" }}|{{ camelcase \"B0.\u01c5x\u0661\u00e9\u01c51c\" }}|{{ swapcase \"B0.\u01c5x\u0661\u00e9\u01c51c\" }}|{{ title \"B0.\u01c5x\u0661\u00e9\u01c51c\" }}|{{ initials \"B0.\u01c5x\u0661\u00e9\u01c51c\" }}",
"out": "b0.\u01c5x_\u0661\u00e9\u01c51c|b0.\u01c5x-\u0661\u00e9\u01c51c|B0.\u01c5x\u0661\u00e9\u01c51c|b0.\u01c6X\u0661\u00c9\u01c61C|B0.\u01c5x\u0661\u00e9\u01c51c|Bx1"
},
{
"tpl": "{{ snakecase \"\" }}|{{ kebabcase \"\" }}|{{ camelcase \"\" }}|{{ swapcase \"\" }}|{{ title \"\" }}|{{ initials \"\" }}",
"out": "|||||"
},
{
"tpl": "{{ snakecase \"/a\u00e9\" }}|{{ kebabcase \"/a\u00e9\" }}|{{ camelcase \"/a\u00e9\" }}|{{ swapcase \"/a\u00e9\" }}|{{ title \"/a\u00e9\" }}|{{ initials \"/a\u00e9\" }}",
"out": "/a\u00e9|/a\u00e9|/a\u00e9|/A\u00c9|/A\u00e9|/"
},
{
"tpl": "{{ snakecase \"_aca1/X\" }}|{{ kebabcase \"_aca1/X\" }}|{{ camelcase \"_aca1/X\" }}|{{ swapcase \"_aca1/X\" }}|{{ title \"_aca1/X\" }}|{{ initials \"_aca1/X\" }}",
"out": "_aca1/x|-aca1/x|_Aca1/X|_ACA1/x|_aca1/X|_"
},
{
"tpl": "{{ snakecase \".90B\" }}|{{ kebabcase \".90B\" }}|{{ camelcase \".90B\" }}|{{ swapcase \".90B\" }}|{{ title \".90B\" }}|{{ initials \".90B\" }}",
"out": ".90_b|.90-b|.90B|.90b|.90B|."
},
{
"tpl": "{{ snakecase \"/ x\u0661\u00e9X\\ufffd \ud83d\ude00a\" }}|{{ kebabcase \"/ x\u0661\u00e9X\\ufffd \ud83d\ude00a\" }}|{{ camelcase \"/ x\u0661\u00e9X\\ufffd \ud83d\ude00a\" }}|{{ swapcase \"/ x\u0661\u00e9X\\ufffd \ud83d\ude00a\" }}|{{ title \"/ x\u0661\u00e9X\\ufffd \ud83d\ude00a\" }}|{{ initials \"/ x\u0661\u00e9X\\ufffd \ud83d\ude00a\" }}",
"out": "/_x_\u0661\u00e9_x\ufffd_\ud83d\ude00_a|/-x-\u0661\u00e9-x\ufffd-\ud83d\ude00-a|/X\u0661\u00e9X\ufffd\ud83d\ude00a|/ X\u0661\u00c9x\ufffd \ud83d\ude00A|/ X\u0661\u00e9X\ufffd \ud83d\ude00a|/x\u00f0"
},
{
"tpl": "{{ snakecase \"9BC:C:C\u00c9\u4e2d\u01c5\" }}|{{ kebabcase \"9BC:C:C\u00c9\u4e2d\u01c5\" }}|{{ camelcase \"9BC:C:C\u00c9\u4e2d\u01c5\" }}|{{ swapcase \"9BC:C:C\u00c9\u4e2d\u01c5\" }}|{{ title \"9BC:C:C\u00c9\u4e2d\u01c5\" }}|{{ initials \"9BC:C:C\u00c9\u4e2d\u01c5\" }}",
"out": "9_bc:c:c\u00e9_\u4e2d_\u01c5|9-bc:c:c\u00e9-\u4e2d-\u01c5|9BC:C:C\u00c9\u4e2d\u01c5|9bc:c:c\u00e9\u4e2d\u01c6|9BC:C:C\u00c9\u4e2d\u01c5|9"
},
{
"tpl": "{{ snakecase \"b9  \u00e9c\" }}|{{ kebabcase \"b9  \u00e9c\" }}|{{ camelcase \"b9  \u00e9c\" }}|{{ swapcase \"b9  \u00e9c\" }}|{{ title \"b9  \u00e9c\" }}|{{ initials \"b9  \u00e9c\" }}",
"out": "b9__\u00e9c|b9--\u00e9c|B9 \u00c9c|B9  \u00c9C|B9  \u00c9c|b\u00c3"
},
{
"tpl": "{{ snakecase \"\\ufffda\u01c5Ac\u03c3\" }}|{{ kebabcase \"\\ufffda\u01c5Ac\u03c3\" }}|{{ camelcase \"\\ufffda\u01c5Ac\u03c3\" }}|{{ swapcase \"\\ufffda\u01c5Ac\u03c3\" }}|{{ title \"\\ufffda\u01c5Ac\u03c3\" }}|{{ initials \"\\ufffda\u01c5Ac\u03c3\" }}",
"out": "\ufffda\u01c5_ac\u03c3|\ufffda\u01c5-ac\u03c3|\ufffda\u01c5Ac\u03c3|\ufffdA\u01c6aC\u03a3|\ufffda\u01c5Ac\u03c3|\u00efA"
},
{
"tpl": "{{ snakecase \"X.01_\" }}|{{ kebabcase \"X.01_\" }}|{{ camelcase \"X.01_\" }}|{{ swapcase \"X.01_\" }}|{{ title \"X.01_\" }}|{{ initials \"X.01_\" }}",
"out": "x.01_|x.01-|X.01_|x.01_|X.01_|X"
},
{
"tpl": "{{ snakecase \"\" }}|{{ kebabcase \"\" }}|{{ camelcase \"\" }}|{{ swapcase \"\" }}|{{ title \"\" }}|{{ initials \"\" }}",
"out": "|||||"
},
{
"tpl": "{{ snakecase \"\u4e2d\\ufffd\u0661\u03c3\\ufffd\" }}|{{ kebabcase \"\u4e2d\\ufffd\u0661\u03c3\\ufffd\" }}|{{ camelcase \"\u4e2d\\ufffd\u0661\u03c3\\ufffd\" }}|{{ swapcase \"\u4e2d\\ufffd\u0661\u03c3\\ufffd\" }}|{{ title \"\u4e2d\\ufffd\u0661\u03c3\\ufffd\" }}|{{ initials \"\u4e2d\\ufffd\u0661\u03c3\\ufffd\" }}",
"out": "\u4e2d_\ufffd\u0661\u03c3\ufffd|\u4e2d-\ufffd\u0661\u03c3\ufffd|\u4e2d\ufffd\u0661\u03c3\ufffd|\u4e2d\ufffd\u0661\u03a3\ufffd|\u4e2d\ufffd\u0661\u03c3\ufffd|\u00e4"
},
{
"tpl": "{{ snakecase \"y\" }}|{{ kebabcase \"y\" }}|{{ camelcase \"y\" }}|{{ swapcase \"y\" }}|{{ title \"y\" }}|{{ initials \"y\" }}",
"out": "y|y|Y|Y|Y|y"
},
{
"tpl": "{{ snakecase \"9:\u03c3 -xA\" }}|{{ kebabcase \"9:\u03c3 -xA\" }}|{{ camelcase \"9:\u03c3 -xA\" }}|{{ swapcase \"9:\u03c3 -xA\" }}|{{ title \"9:\u03c3 -xA\" }}|{{ initials \"9:\u03c3 -xA\" }}",
"out": "9:\u03c3__x_a|9:\u03c3--x-a|9:\u03c3 XA|9:\u03a3 -Xa|9:\u03a3 -XA|9-"
},
{
"tpl": "{{ snakecase \"\u01c5c:\u03c3Z\u03c3\u00e9\\ufffd\u4e2d\" }}|{{ kebabcase \"\u01c5c:\u03c3Z\u03c3\u00e9\\ufffd\u4e2d\" }}|{{ camelcase \"\u01c5c:\u03c3Z\u03c3\u00e9\\ufffd\u4e2d\" }}|{{ swapcase \"\u01c5c:\u03c3Z\u03c3\u00e9\\ufffd\u4e2d\" }}|{{ title \"\u01c5c:\u03c3Z\u03c3\u00e9\\ufffd\u4e2d\" }}|{{ initials \"\u01c5c:\u03c3Z\u03c3\u00e9\\ufffd\u4e2d\" }}",
"out": "\u01c5c:\u03c3_z\u03c3\u00e9_\ufffd\u4e2d|\u01c5c:\u03c3-z\u03c3\u00e9-\ufffd\u4e2d|\u01c4c:\u03c3Z\u03c3\u00e9\ufffd\u4e2d|\u01c6C:\u03a3z\u03a3\u00c9\ufffd\u4e2d|\u01c5c:\u03a3Z\u03c3\u00e9\ufffd\u4e2d|\u00c7c"
},
{
"tpl": "{{ snakecase \"\u00e9\u216by_x:\u4e2d:\" }}|{{ kebabcase \"\u00e9\u216by_x:\u4e2d:\" }}|{{ camelcase \"\u00e9\u216by_x:\u4e2d:\" }}|{{ swapcase \"\u00e9\u216by_x:\u4e2d:\" }}|{{ title \"\u00e9\u216by_x:\u4e2d:\" }}|{{ initials \"\u00e9\u216by_x:\u4e2d:\" }}",
"out": "\u00e9_\u216by_x:\u4e2d:|\u00e9-\u216by-x:\u4e2d:|\u00c9\u216byX:\u4e2d:|\u00c9\u216bY_X:\u4e2d:|\u00c9\u216by_x:\u4e2d:|\u00c3\u00ab"
},
{
"tpl": "{{ snakecase \"\" }}|{{ kebabcase \"\" }}|{{ camelcase \"\" }}|{{ swapcase \"\" }}|{{ title \"\" }}|{{ initials \"\" }}",
"out": "|||||"
},
{
"tpl": "{{ snakecase \"A\\ufffdyA\u03c3:\" }}|{{ kebabcase \"A\\ufffdyA\u03c3:\" }}|{{ camelcase \"A\\ufffdyA\u03c3:\" }}|{{ swapcase \"A\\ufffdyA\u03c3:\" }}|{{ title \"A\\ufffdyA\u03c3:\" }}|{{ initials \"A\\ufffdyA\u03c3:\" }}",
"out": "a\ufffdy_a\u03c3:|a\ufffdy-a\u03c3:|A\ufffdyA\u03c3:|a\ufffdYa\u03a3:|A\ufffdyA\u03c3:|A"
},
{
"tpl": "{{ snakecase \"9:c\u03c3\" }}|{{ kebabcase \"9:c\u03c3\" }}|{{ camelcase \"9:c\u03c3\" }}|{{ swapcase \"9:c\u03c3\" }}|{{ title \"9:c\u03c3\" }}|{{ initials \"9:c\u03c3\" }}",
"out": "9:c\u03c3|9:c\u03c3|9:c\u03c3|9:C\u03a3|9:C\u03c3|9"
},
{
"tpl": "{{ snakecase \"\u0661_:/\u00e91A\" }}|{{ kebabcase \"\u0661_:/\u00e91A\" }}|{{ camelcase \"\u0661_:/\u00e91A\" }}|{{ swapcase \"\u0661_:/\u00e91A\" }}|{{ title \"\u0661_:/\u00e91A\" }}|{{ initials \"\u0661_:/\u00e91A\" }}",
"out": "\u0661_:/\u00e91_a|\u0661-:/\u00e91-a|\u0661:/\u00e91A|\u0661_:/\u00c91a|\u0661_:/\u00c91A|\u00d9"
},
{
"tpl": "{{ snakecase \".\" }}|{{ kebabcase \".\" }}|{{ camelcase \".\" }}|{{ swapcase \".\" }}|{{ title \".\" }}|{{ initials \".\" }}",
"out": ".|.|.|.|.|."
},
{
"tpl": "{{ snakecase \"BA/AZ/\u03c31\" }}|{{ kebabcase \"BA/AZ/\u03c31\" }}|{{ camelcase \"BA/AZ/\u03c31\" }}|{{ swapcase \"BA/AZ/\u03c31\" }}|{{ title \"BA/AZ/\u03c31\" }}|{{ initials \"BA/AZ/\u03c31\" }}",
"out": "ba/az/\u03c31|ba/az/\u03c31|Ba/AZ/\u03c31|ba/az/\u03a31|BA/AZ/\u03a31|B"
},
{
"tpl": "{{ snakecase \"b\u00c9\u0661\" }}|{{ kebabcase \"b\u00c9\u0661\" }}|{{ camelcase \"b\u00c9\u0661\" }}|{{ swapcase \"b\u00c9\u0661\" }}|{{ title \"b\u00c9\u0661\" }}|{{ initials \"b\u00c9\u0661\" }}",
"out": "b_\u00e9\u0661|b-\u00e9\u0661|B\u00c9\u0661|B\u00e9\u0661|B\u00c9\u0661|b"
},
{
"tpl": "{{ snakecase \"ba/_9B\u01c5-y\" }}|{{ kebabcase \"ba/_9B\u01c5-y\" }}|{{ camelcase \"ba/_9B\u01c5-y\" }}|{{ swapcase \"ba/_9B\u01c5-y\" }}|{{ title \"ba/_9B\u01c5-y\" }}|{{ initials \"ba/_9B\u01c5-y\" }}",
"out": "ba/_9_b\u01c5_y|ba/_9-b\u01c5-y|Ba/9B\u01c5Y|BA/_9b\u01c6-Y|Ba/_9B\u01c5-Y|b-"
},
{
"tpl": "{{ snakecase \"\u03c3X\" }}|{{ kebabcase \"\u03c3X\" }}|{{ camelcase \"\u03c3X\" }}|{{ swapcase \"\u03c3X\" }}|{{ title \"\u03c3X\" }}|{{ initials \"\u03c3X\" }}",
"out": "\u03c3_x|\u03c3-x|\u03a3X|\u03a3x|\u03a3X|\u00cf"
},
{
"tpl": "{{ snakecase \"\u0661\" }}|{{ kebabcase \"\u0661\" }}|{{ camelcase \"\u0661\" }}|{{ swapcase \"\u0661\" }}|{{ title \"\u0661\" }}|{{ initials \"\u0661\" }}",
"out": "\u0661|\u0661|\u0661|\u0661|\u0661|\u00d9"
},
{
"tpl": "{{ snakecase \":\u00e90\u0661\\ufffd:\u216b\" }}|{{ kebabcase \":\u00e90\u0661\\ufffd:\u216b\" }}|{{ camelcase \":\u00e90\u0661\\ufffd:\u216b\" }}|{{ swapcase \":\u00e90\u0661\\ufffd:\u216b\" }}|{{ title \":\u00e90\u0661\\ufffd:\u216b\" }}|{{ initials \":\u00e90\u0661\\ufffd:\u216b\" }}",
"out": ":\u00e90\u0661\ufffd:\u216b|:\u00e90\u0661\ufffd:\u216b|:\u00e90\u0661\ufffd:\u216b|:\u00c90\u0661\ufffd:\u216b|:\u00c90\u0661\ufffd:\u216b|:\u00ab"
},
{
"tpl": "{{ snakecase \"-\u01c59\u0661Bb\" }}|{{ kebabcase \"-\u01c59\u0661Bb\" }}|{{ camelcase \"-\u01c59\u0661Bb\" }}|{{ swapcase \"-\u01c59\u0661Bb\" }}|{{ title \"-\u01c59\u0661Bb\" }}|{{ initials \"-\u01c59\u0661Bb\" }}",
"out": "_\u01c59\u0661_bb|-\u01c59\u0661-bb|-\u01c49\u0661Bb|-\u01c69\u0661bB|-\u01c59\u0661Bb|-9"
},
{
"tpl": "{{ snakecase \"b\ud83d\ude00-0\" }}|{{ kebabcase \"b\ud83d\ude00-0\" }}|{{ camelcase \"b\ud83d\ude00-0\" }}|{{ swapcase \"b\ud83d\ude00-0\" }}|{{ title \"b\ud83d\ude00-0\" }}|{{ initials \"b\ud83d\ude00-0\" }}",
"out": "b_\ud83d\ude00_0|b-\ud83d\ude00-0|B\ud83d\ude000|B\ud83d\ude00-0|B\ud83d\ude00-0|b"
},
{
"tpl": "{{ snakecase \".CCBZ9\u00c9\" }}|{{ kebabcase \".CCBZ9\u00c9\" }}|{{ camelcase \".CCBZ9\u00c9\" }}|{{ swapcase \".CCBZ9\u00c9\" }}|{{ title \".CCBZ9\u00c9\" }}|{{ initials \".CCBZ9\u00c9\" }}",
"out": ".ccbz9_\u00e9|.ccbz9-\u00e9|.CCBZ9\u00c9|.ccbz9\u00e9|.CCBZ9\u00c9|."
},
{
"tpl": "{{ snakecase \"/\" }}|{{ kebabcase \"/\" }}|{{ camelcase \"/\" }}|{{ swapcase \"/\" }}|{{ title \"/\" }}|{{ initials \"/\" }}",
"out": "/|/|/|/|/|/"
},
{
"tpl": "{{ snakecase \"\u4e2dy\u01c5C\u216bc9XA\" }}|{{ kebabcase \"\u4e2dy\u01c5C\u216bc9XA\" }}|{{ camelcase \"\u4e2dy\u01c5C\u216bc9XA\" }}|{{ swapcase \"\u4e2dy\u01c5C\u216bc9XA\" }}|{{ title \"\u4e2dy\u01c5C\u216bc9XA\" }}|{{ initials \"\u4e2dy\u01c5C\u216bc9XA\" }}",
"out": "\u4e2d_y\u01c5_c_\u216bc9_xa|\u4e2d-y\u01c5-c-\u216bc9-xa|\u4e2dy\u01c5C\u216bc9XA|\u4e2dY\u01c6c\u216bC9xa|\u4e2dy\u01c5C\u216bc9XA|\u00e4C\u00ab"
},
{
"tpl": "{{ snakecase \"-\u00e9B\u0661\ud83d\ude00:\u01c5.\u00e9\u00e9\" }}|{{ kebabcase \"-\u00e9B\u0661\ud83d\ude00:\u01c5.\u00e9\u00e9\" }}|{{ camelcase \"-\u00e9B\u0661\ud83d\ude00:\u01c5.\u00e9\u00e9\" }}|{{ swapcase \"-\u00e9B\u0661\ud83d\ude00:\u01c5.\u00e9\u00e9\" }}|{{ title \"-\u00e9B\u0661\ud83d\ude00:\u01c5.\u00e9\u00e9\" }}|{{ initials \"-\u00e9B\u0661\ud83d\ude00:\u01c5.\u00e9\u00e9\" }}",
"out": "_\u00e9_b\u0661_\ud83d\ude00:\u01c5.\u00e9\u00e9|-\u00e9-b\u0661-\ud83d\ude00:\u01c5.\u00e9\u00e9|-\u00c9B\u0661\ud83d\ude00:\u01c5.\u00e9\u00e9|-\u00c9b\u0661\ud83d\ude00:\u01c6.\u00c9\u00c9|-\u00c9B\u0661\ud83d\ude00:\u01c5.\u00c9\u00e9|-."
},
{
"tpl": "{{ snakecase \"0\u03c3y\u03c3\u00e9y\" }}|{{ kebabcase \"0\u03c3y\u03c3\u00e9y\" }}|{{ camelcase \"0\u03c3y\u03c3\u00e9y\" }}|{{ swapcase \"0\u03c3y\u03c3\u00e9y\" }}|{{ title \"0\u03c3y\u03c3\u00e9y\" }}|{{ initials \"0\u03c3y\u03c3\u00e9y\" }}",
"out": "0\u03c3y\u03c3\u00e9y|0\u03c3y\u03c3\u00e9y|0\u03c3y\u03c3\u00e9y|0\u03a3Y\u03a3\u00c9Y|0\u03c3y\u03c3\u00e9y|0"
},
{
"tpl": "{{ snakecase \"x\" }}|{{ kebabcase \"x\" }}|{{ camelcase \"x\" }}|{{ swapcase \"x\" }}|{{ title \"x\" }}|{{ initials \"x\" }}",
"out": "x|x|X|X|X|x"
},
{
"tpl": "{{ snakecase \"\u03c3\" }}|{{ kebabcase \"\u03c3\" }}|{{ camelcase \"\u03c3\" }}|{{ swapcase \"\u03c3\" }}|{{ title \"\u03c3\" }}|{{ initials \"\u03c3\" }}",
"out": "\u03c3|\u03c3|\u03a3|\u03a3|\u03a3|\u00cf"
},
{
"tpl": "{{ snakecase \"a:\\ufffd9By\ud83d\ude00\" }}|{{ kebabcase \"a:\\ufffd9By\ud83d\ude00\" }}|{{ camelcase \"a:\\ufffd9By\ud83d\ude00\" }}|{{ swapcase \"a:\\ufffd9By\ud83d\ude00\" }}|{{ title \"a:\\ufffd9By\ud83d\ude00\" }}|{{ initials \"a:\\ufffd9By\ud83d\ude00\" }}",
"out": "a:\ufffd9_by_\ud83d\ude00|a:\ufffd9-by-\ud83d\ude00|A:\ufffd9By\ud83d\ude00|A:\ufffd9bY\ud83d\ude00|A:\ufffd9By\ud83d\ude00|a"
},
{
"tpl": "{{ snakecase \"\ud83d\ude00\u216b\u216b\u216b\u216b0-\" }}|{{ kebabcase \"\ud83d\ude00\u216b\u216b\u216b\u216b0-\" }}|{{ camelcase \"\ud83d\ude00\u216b\u216b\u216b\u216b0-\" }}|{{ swapcase \"\ud83d\ude00\u216b\u216b\u216b\u216b0-\" }}|{{ title \"\ud83d\ude00\u216b\u216b\u216b\u216b0-\" }}|{{ initials \"\ud83d\ude00\u216b\u216b\u216b\u216b0-\" }}",
"out": "\ud83d\ude00\u216b\u216b\u216b\u216b0_|\ud83d\ude00\u216b\u216b\u216b\u216b0-|\ud83d\ude00\u216b\u216b\u216b\u216b0-|\ud83d\ude00\u216b\u216b\u216b\u216b0-|\ud83d\ude00\u216b\u216b\u216b\u216b0-|\u00f0\u00ab\u00ab\u00ab\u00ab"
},
{
"tpl": "{{ snakecase \"_-Z:a\u00c9cC9\" }}|{{ kebabcase \"_-Z:a\u00c9cC9\" }}|{{ camelcase \"_-Z:a\u00c9cC9\" }}|{{ swapcase \"_-Z:a\u00c9cC9\" }}|{{ title \"_-Z:a\u00c9cC9\" }}|{{ initials \"_-Z:a\u00c9cC9\" }}",
"out": "__z:a_\u00e9c_c9|--z:a-\u00e9c-c9|_-Z:a\u00c9cC9|_-z:A\u00e9Cc9|_-Z:A\u00c9cC9|_"
},
{
"tpl": "{{ snakecase \"/x\u0661\u00c9\ud83d\ude00/ X/\" }}|{{ kebabcase \"/x\u0661\u00c9\ud83d\ude00/ X/\" }}|{{ camelcase \"/x\u0661\u00c9\ud83d\ude00/ X/\" }}|{{ swapcase \"/x\u0661\u00c9\ud83d\ude00/ X/\" }}|{{ title \"/x\u0661\u00c9\ud83d\ude00/ X/\" }}|{{ initials \"/x\u0661\u00c9\ud83d\ude00/ X/\" }}",
"out": "/x\u0661_\u00e9_\ud83d\ude00/_x/|/x\u0661-\u00e9-\ud83d\ude00/-x/|/x\u0661\u00c9\ud83d\ude00/X/|/X\u0661\u00e9\ud83d\ude00/ x/|/X\u0661\u00c9\ud83d\ude00/ X/|/X"
},
{
"tpl": "{{ snakecase \"a\u0661.\" }}|{{ kebabcase \"a\u0661.\" }}|{{ camelcase \"a\u0661.\" }}|{{ swapcase \"a\u0661.\" }}|{{ title \"a\u0661.\" }}|{{ initials \"a\u0661.\" }}",
"out": "a\u0661.|a\u0661.|A\u0661.|A\u0661.|A\u0661.|a"
},
{
"tpl": "{{ snakecase \"\u216b\" }}|{{ kebabcase \"\u216b\" }}|{{ camelcase \"\u216b\" }}|{{ swapcase \"\u216b\" }}|{{ title \"\u216b\" }}|{{ initials \"\u216b\" }}",
"out": "\u216b|\u216b|\u216b|\u216b|\u216b|\u00e2\u00ab"
},
{
"tpl": "{{ snakecase \"\u4e2dA9\u216b\u01c5\u03c3\u216b\" }}|{{ kebabcase \"\u4e2dA9\u216b\u01c5\u03c3\u216b\" }}|{{ camelcase \"\u4e2dA9\u216b\u01c5\u03c3\u216b\" }}|{{ swapcase \"\u4e2dA9\u216b\u01c5\u03c3\u216b\" }}|{{ title \"\u4e2dA9\u216b\u01c5\u03c3\u216b\" }}|{{ initials \"\u4e2dA9\u216b\u01c5\u03c3\u216b\" }}",
"out": "\u4e2d_a_9\u216b\u01c5\u03c3\u216b|\u4e2d-a-9\u216b\u01c5\u03c3\u216b|\u4e2dA9\u216b\u01c5\u03c3\u216b|\u4e2da9\u216b\u01c6\u03a3\u216b|\u4e2dA9\u216b\u01c5\u03c3\u216b|\u00e4\u00ab\u00cf\u00ab"
},
{
"tpl": "{{ snakecase \"-\u00c9/\u4e2d\\ufffd\\ufffd\" }}|{{ kebabcase \"-\u00c9/\u4e2d\\ufffd\\ufffd\" }}|{{ camelcase \"-\u00c9/\u4e2d\\ufffd\\ufffd\" }}|{{ swapcase \"-\u00c9/\u4e2d\\ufffd\\ufffd\" }}|{{ title \"-\u00c9/\u4e2d\\ufffd\\ufffd\" }}|{{ initials \"-\u00c9/\u4e2d\\ufffd\\ufffd\" }}",
"out": "_\u00e9/\u4e2d\ufffd\ufffd|-\u00e9/\u4e2d\ufffd\ufffd|-\u00c9/\u4e2d\ufffd\ufffd|-\u00e9/\u4e2d\ufffd\ufffd|-\u00c9/\u4e2d\ufffd\ufffd|-"
},
{
"tpl": "{{ snakecase \"\ud83d\ude00\u01c5-\" }}|{{ kebabcase \"\ud83d\ude00\u01c5-\" }}|{{ camelcase \"\ud83d\ude00\u01c5-\" }}|{{ swapcase \"\ud83d\ude00\u01c5-\" }}|{{ title \"\ud83d\ude00\u01c5-\" }}|{{ initials \"\ud83d\ude00\u01c5-\" }}",
"out": "\ud83d\ude00_\u01c5_|\ud83d\ude00-\u01c5-|\ud83d\ude00\u01c5-|\ud83d\ude00\u01c6-|\ud83d\ude00\u01c5-|\u00f0-"
},
{
"tpl": "{{ snakecase \"\\ufffd:\ud83d\ude00\u216b\u00e9b0C\" }}|{{ kebabcase \"\\ufffd:\ud83d\ude00\u216b\u00e9b0C\" }}|{{ camelcase \"\\ufffd:\ud83d\ude00\u216b\u00e9b0C\" }}|{{ swapcase \"\\ufffd:\ud83d\ude00\u216b\u00e9b0C\" }}|{{ title \"\\ufffd:\ud83d\ude00\u216b\u00e9b0C\" }}|{{ initials \"\\ufffd:\ud83d\ude00\u216b\u00e9b0C\" }}",
"out": "\ufffd:\ud83d\ude00_\u216b\u00e9b0_c|\ufffd:\ud83d\ude00-\u216b\u00e9b0-c|\ufffd:\ud83d\ude00\u216b\u00e9b0C|\ufffd:\ud83d\ude00\u216b\u00c9B0c|\ufffd:\ud83d\ude00\u216b\u00e9b0C|\u00ef\u00ab"
},
{
"tpl": "{{ snakecase \"\ud83d\ude00B:Zb\\ufffd9\" }}|{{ kebabcase \"\ud83d\ude00B:Zb\\ufffd9\" }}|{{ camelcase \"\ud83d\ude00B:Zb\\ufffd9\" }}|{{ swapcase \"\ud83d\ude00B:Zb\\ufffd9\" }}|{{ title \"\ud83d\ude00B:Zb\\ufffd9\" }}|{{ initials \"\ud83d\ude00B:Zb\\ufffd9\" }}",
"out": "\ud83d\ude00_b:zb\ufffd9|\ud83d\ude00-b:zb\ufffd9|\ud83d\ude00B:Zb\ufffd9|\ud83d\ude00b:zB\ufffd9|\ud83d\ude00B:Zb\ufffd9|\u00f0"
},
{
"tpl": "{{ snakecase \"\u216bX0b bb\u4e2d1\" }}|{{ kebabcase \"\u216bX0b bb\u4e2d1\" }}|{{ camelcase \"\u216bX0b bb\u4e2d1\" }}|{{ swapcase \"\u216bX0b bb\u4e2d1\" }}|{{ title \"\u216bX0b bb\u4e2d1\" }}|{{ initials \"\u216bX0b bb\u4e2d1\" }}",
"out": "\u216b_x_0b_bb_\u4e2d1|\u216b-x-0b-bb-\u4e2d1|\u216bX0bBb\u4e2d1|\u216bx0B BB\u4e2d1|\u216bX0b Bb\u4e2d1|\u00e2\u00abb"
},
{
"tpl": "{{ snakecase \"9\" }}|{{ kebabcase \"9\" }}|{{ camelcase \"9\" }}|{{ swapcase \"9\" }}|{{ title \"9\" }}|{{ initials \"9\" }}",
"out": "9|9|9|9|9|9"
},
{
"tpl": "{{ snakecase \"9x a:0\" }}|{{ kebabcase \"9x a:0\" }}|{{ camelcase \"9x a:0\" }}|{{ swapcase \"9x a:0\" }}|{{ title \"9x a:0\" }}|{{ initials \"9x a:0\" }}",
"out": "9x_a:0|9x-a:0|9xA:0|9X A:0|9x A:0|9a"
},
{
"tpl": "{{ snakecase \"B-c9\u00e9\\ufffd\" }}|{{ kebabcase \"B-c9\u00e9\\ufffd\" }}|{{ camelcase \"B-c9\u00e9\\ufffd\" }}|{{ swapcase \"B-c9\u00e9\\ufffd\" }}|{{ title \"B-c9\u00e9\\ufffd\" }}|{{ initials \"B-c9\u00e9\\ufffd\" }}",
"out": "b_c_9\u00e9\ufffd|b-c-9\u00e9\ufffd|BC9\u00e9\ufffd|b-C9\u00c9\ufffd|B-C9\u00e9\ufffd|B"
},
{
"tpl": "{{ snakecase \"/9\" }}|{{ kebabcase \"/9\" }}|{{ camelcase \"/9\" }}|{{ swapcase \"/9\" }}|{{ title \"/9\" }}|{{ initials \"/9\" }}",
"out": "/9|/9|/9|/9|/9|/"
},
{
"tpl": "{{ snakecase \"19B1a\\ufffd\u03c3\u00c9\" }}|{{ kebabcase \"19B1a\\ufffd\u03c3\u00c9\" }}|{{ camelcase \"19B1a\\ufffd\u03c3\u00c9\" }}|{{ swapcase \"19B1a\\ufffd\u03c3\u00c9\" }}|{{ title \"19B1a\\ufffd\u03c3\u00c9\" }}|{{ initials \"19B1a\\ufffd\u03c3\u00c9\" }}",
"out": "19_b_1a\ufffd\u03c3_\u00e9|19-b-1a\ufffd\u03c3-\u00e9|19B1a\ufffd\u03c3\u00c9|19b1A\ufffd\u03a3\u00e9|19B1a\ufffd\u03c3\u00c9|1"
},
{
"tpl": "{{ snakecase \"-c.\" }}|{{ kebabcase \"-c.\" }}|{{ camelcase \"-c.\" }}|{{ swapcase \"-c.\" }}|{{ title \"-c.\" }}|{{ initials \"-c.\" }}",
"out": "_c.|-c.|-C.|-C.|-C.|-"
},
{
"tpl": "{{ snakecase \"\\ufffd1\" }}|{{ kebabcase \"\\ufffd1\" }}|{{ camelcase \"\\ufffd1\" }}|{{ swapcase \"\\ufffd1\" }}|{{ title \"\\ufffd1\" }}|{{ initials \"\\ufffd1\" }}",
"out": "\ufffd1|\ufffd1|\ufffd1|\ufffd1|\ufffd1|\u00ef"
},
{
"tpl": "{{ snakecase \"0\u00c9aacA-0y\" }}|{{ kebabcase \"0\u00c9aacA-0y\" }}|{{ camelcase \"0\u00c9aacA-0y\" }}|{{ swapcase \"0\u00c9aacA-0y\" }}|{{ title \"0\u00c9aacA-0y\" }}|{{ initials \"0\u00c9aacA-0y\" }}",
"out": "0_\u00e9aac_a_0y|0-\u00e9aac-a-0y|0\u00c9aacA0y|0\u00e9AACa-0Y|0\u00c9aacA-0y|0"
},
{
"tpl": "{{ snakecase \"\" }}|{{ kebabcase \"\" }}|{{ camelcase \"\" }}|{{ swapcase \"\" }}|{{ title \"\" }}|{{ initials \"\" }}",
"out": "|||||"
},
{
"tpl": "{{ snakecase \"\u00c9 9/9\u00c9/\" }}|{{ kebabcase \"\u00c9 9/9\u00c9/\" }}|{{ camelcase \"\u00c9 9/9\u00c9/\" }}|{{ swapcase \"\u00c9 9/9\u00c9/\" }}|{{ title \"\u00c9 9/9\u00c9/\" }}|{{ initials \"\u00c9 9/9\u00c9/\" }}",
"out": "\u00e9_9/9_\u00e9/|\u00e9-9/9-\u00e9/|\u00c99/9\u00c9/|\u00e9 9/9\u00e9/|\u00c9 9/9\u00c9/|\u00c39"
},
{
"tpl": "{{ snakecase \"Xy\u01c5C:x\u4e2d.-\" }}|{{ kebabcase \"Xy\u01c5C:x\u4e2d.-\" }}|{{ camelcase \"Xy\u01c5C:x\u4e2d.-\" }}|{{ swapcase \"Xy\u01c5C:x\u4e2d.-\" }}|{{ title \"Xy\u01c5C:x\u4e2d.-\" }}|{{ initials \"Xy\u01c5C:x\u4e2d.-\" }}",
"out": "xy\u01c5_c:x_\u4e2d.-|xy\u01c5-c:x-\u4e2d.-|Xy\u01c5C:x\u4e2d.-|xY\u01c6c:X\u4e2d.-|Xy\u01c5C:X\u4e2d.-|XC"
},
{
"tpl": "{{ snakecase \"\u01c5\u03c3C \ud83d\ude00bXy\u01c5\" }}|{{ kebabcase \"\u01c5\u03c3C \ud83d\ude00bXy\u01c5\" }}|{{ camelcase \"\u01c5\u03c3C \ud83d\ude00bXy\u01c5\" }}|{{ swapcase \"\u01c5\u03c3C \ud83d\ude00bXy\u01c5\" }}|{{ title \"\u01c5\u03c3C \ud83d\ude00bXy\u01c5\" }}|{{ initials \"\u01c5\u03c3C \ud83d\ude00bXy\u01c5\" }}",
"out": "\u01c5\u03c3_c_\ud83d\ude00_b_xy\u01c5|\u01c5\u03c3-c-\ud83d\ude00-b-xy\u01c5|\u01c4\u03c3C\ud83d\ude00bXy\u01c5|\u01c6\u03a3c \ud83d\ude00BxY\u01c6|\u01c5\u03c3C \ud83d\ude00bXy\u01c5|\u00c7\u00cf\u00f0"
},
{
"tpl": "{{ snakecase \"\u00e9x\u01c5c:B\" }}|{{ kebabcase \"\u00e9x\u01c5c:B\" }}|{{ camelcase \"\u00e9x\u01c5c:B\" }}|{{ swapcase \"\u00e9x\u01c5c:B\" }}|{{ title \"\u00e9x\u01c5c:B\" }}|{{ initials \"\u00e9x\u01c5c:B\" }}",
"out": "\u00e9x\u01c5c:b|\u00e9x\u01c5c:b|\u00c9x\u01c5c:B|\u00c9X\u01c6C:b|\u00c9x\u01c5c:B|\u00c3c"
},
{
"tpl": "{{ snakecase \"\" }}|{{ kebabcase \"\" }}|{{ camelcase \"\" }}|{{ swapcase \"\" }}|{{ title \"\" }}|{{ initials \"\" }}",
"out": "|||||"
},
{
"tpl": "{{ snakecase \"BZ\" }}|{{ kebabcase \"BZ\" }}|{{ camelcase \"BZ\" }}|{{ swapcase \"BZ\" }}|{{ title \"BZ\" }}|{{ initials \"BZ\" }}",
"out": "bz|bz|Bz|bz|BZ|B"
},
{
"tpl": "{{ snakecase \"1 A\u4e2d\" }}|{{ kebabcase \"1 A\u4e2d\" }}|{{ camelcase \"1 A\u4e2d\" }}|{{ swapcase \"1 A\u4e2d\" }}|{{ title \"1 A\u4e2d\" }}|{{ initials \"1 A\u4e2d\" }}",
"out": "1_a_\u4e2d|1-a-\u4e2d|1A\u4e2d|1 a\u4e2d|1 A\u4e2d|1A"
},
{
"tpl": "{{ snakecase \"\\ufffd_BX\u4e2d\" }}|{{ kebabcase \"\\ufffd_BX\u4e2d\" }}|{{ camelcase \"\\ufffd_BX\u4e2d\" }}|{{ swapcase \"\\ufffd_BX\u4e2d\" }}|{{ title \"\\ufffd_BX\u4e2d\" }}|{{ initials \"\\ufffd_BX\u4e2d\" }}",
"out": "\ufffd_bx_\u4e2d|\ufffd-bx-\u4e2d|\ufffdBx\u4e2d|\ufffd_bx\u4e2d|\ufffd_BX\u4e2d|\u00ef"
},
{
"tpl": "{{ snakecase \"y.\" }}|{{ kebabcase \"y.\" }}|{{ camelcase \"y.\" }}|{{ swapcase \"y.\" }}|{{ title \"y.\" }}|{{ initials \"y.\" }}",
"out": "y.|y.|Y.|Y.|Y.|y"
},
{
"tpl": "{{ snakecase \"x\u0661c\u01c5\" }}|{{ kebabcase \"x\u0661c\u01c5\" }}|{{ camelcase \"x\u0661c\u01c5\" }}|{{ swapcase \"x\u0661c\u01c5\" }}|{{ title \"x\u0661c\u01c5\" }}|{{ initials \"x\u0661c\u01c5\" }}",
"out": "x_\u0661c\u01c5|x-\u0661c\u01c5|X\u0661c\u01c5|X\u0661C\u01c6|X\u0661c\u01c5|x"
},
{
"tpl": "{{ snakecase \"\\ufffd/_\u00c9B1\u00c9\" }}|{{ kebabcase \"\\ufffd/_\u00c9B1\u00c9\" }}|{{ camelcase \"\\ufffd/_\u00c9B1\u00c9\" }}|{{ swapcase \"\\ufffd/_\u00c9B1\u00c9\" }}|{{ title \"\\ufffd/_\u00c9B1\u00c9\" }}|{{ initials \"\\ufffd/_\u00c9B1\u00c9\" }}",
"out": "\ufffd/_\u00e9b1_\u00e9|\ufffd/_\u00e9b1-\u00e9|\ufffd/\u00c9b1\u00c9|\ufffd/_\u00e9b1\u00e9|\ufffd/_\u00c9B1\u00c9|\u00ef"
},
{
"tpl": "{{ snakecase \"X\" }}|{{ kebabcase \"X\" }}|{{ camelcase \"X\" }}|{{ swapcase \"X\" }}|{{ title \"X\" }}|{{ initials \"X\" }}",
"out": "x|x|X|x|X|X"
},
{
"tpl": "{{ snakecase \"\u00c9AZ\" }}|{{ kebabcase \"\u00c9AZ\" }}|{{ camelcase \"\u00c9AZ\" }}|{{ swapcase \"\u00c9AZ\" }}|{{ title \"\u00c9AZ\" }}|{{ initials \"\u00c9AZ\" }}",
"out": "\u00e9az|\u00e9az|\u00c9az|\u00e9az|\u00c9AZ|\u00c3"
},
{
"tpl": "{{ snakecase \"y C \u4e2d\u00c9-\u00c9\" }}|{{ kebabcase \"y C \u4e2d\u00c9-\u00c9\" }}|{{ camelcase \"y C \u4e2d\u00c9-\u00c9\" }}|{{ swapcase \"y C \u4e2d\u00c9-\u00c9\" }}|{{ title \"y C \u4e2d\u00c9-\u00c9\" }}|{{ initials \"y C \u4e2d\u00c9-\u00c9\" }}",
"out": "y_c_\u4e2d_\u00e9_\u00e9|y-c-\u4e2d-\u00e9-\u00e9|YC\u4e2d\u00c9\u00c9|Y c \u4e2d\u00e9-\u00e9|Y C \u4e2d\u00c9-\u00c9|yC\u00e4"
},
{
"tpl": "{{ snakecase \" \u00c90bA\" }}|{{ kebabcase \" \u00c90bA\" }}|{{ camelcase \" \u00c90bA\" }}|{{ swapcase \" \u00c90bA\" }}|{{ title \" \u00c90bA\" }}|{{ initials \" \u00c90bA\" }}",
"out": "_\u00e9_0b_a|-\u00e9-0b-a| \u00c90bA| \u00e90Ba| \u00c90bA|\u00c3"
},
{
"tpl": "{{ snakecase \"XXB9y\u4e2dy.\\ufffd\u0661\" }}|{{ kebabcase \"XXB9y\u4e2dy.\\ufffd\u0661\" }}|{{ camelcase \"XXB9y\u4e2dy.\\ufffd\u0661\" }}|{{ swapcase \"XXB9y\u4e2dy.\\ufffd\u0661\" }}|{{ title \"XXB9y\u4e2dy.\\ufffd\u0661\" }}|{{ initials \"XXB9y\u4e2dy.\\ufffd\u0661\" }}",
"out": "xxb_9y_\u4e2d_y.\ufffd\u0661|xxb-9y-\u4e2d-y.\ufffd\u0661|Xxb9y\u4e2dy.\ufffd\u0661|xxb9Y\u4e2dY.\ufffd\u0661|XXB9y\u4e2dy.\ufffd\u0661|X"
},
{
"tpl": "{{ snakecase \".\\ufffdx1\u00e9/\" }}|{{ kebabcase \".\\ufffdx1\u00e9/\" }}|{{ camelcase \".\\ufffdx1\u00e9/\" }}|{{ swapcase \".\\ufffdx1\u00e9/\" }}|{{ title \".\\ufffdx1\u00e9/\" }}|{{ initials \".\\ufffdx1\u00e9/\" }}",
"out": ".\ufffdx_1\u00e9/|.\ufffdx-1\u00e9/|.\ufffdx1\u00e9/|.\ufffdX1\u00c9/|.\ufffdx1\u00e9/|."
},
{
"tpl": "{{ snakecase \"/Z/-Cb\u00c9 C\" }}|{{ kebabcase \"/Z/-Cb\u00c9 C\" }}|{{ camelcase \"/Z/-Cb\u00c9 C\" }}|{{ swapcase \"/Z/-Cb\u00c9 C\" }}|{{ title \"/Z/-Cb\u00c9 C\" }}|{{ initials \"/Z/-Cb\u00c9 C\" }}",
"out": "/z/-cb_\u00e9_c|/z/-cb-\u00e9-c|/Z/Cb\u00c9C|/z/-cB\u00e9 c|/Z/-Cb\u00c9 C|/C"
},
{
"tpl": "{{ snakecase \"\u216b\u00c9\u00e9-\\ufffdAy\u00e9\" }}|{{ kebabcase \"\u216b\u00c9\u00e9-\\ufffdAy\u00e9\" }}|{{ camelcase \"\u216b\u00c9\u00e9-\\ufffdAy\u00e9\" }}|{{ swapcase \"\u216b\u00c9\u00e9-\\ufffdAy\u00e9\" }}|{{ title \"\u216b\u00c9\u00e9-\\ufffdAy\u00e9\" }}|{{ initials \"\u216b\u00c9\u00e9-\\ufffdAy\u00e9\" }}",
"out": "\u216b_\u00e9\u00e9_\ufffday\u00e9|\u216b-\u00e9\u00e9-\ufffday\u00e9|\u216b\u00c9\u00e9\ufffdAy\u00e9|\u216b\u00e9\u00c9-\ufffdaY\u00c9|\u216b\u00c9\u00e9-\ufffdAy\u00e9|\u00e2\u00ab"
},
{
"tpl": "{{ snakecase \"abx9X:.\\ufffd9\" }}|{{ kebabcase \"abx9X:.\\ufffd9\" }}|{{ camelcase \"abx9X:.\\ufffd9\" }}|{{ swapcase \"abx9X:.\\ufffd9\" }}|{{ title \"abx9X:.\\ufffd9\" }}|{{ initials \"abx9X:.\\ufffd9\" }}",
"out": "abx9_x:.\ufffd9|abx9-x:.\ufffd9|Abx9X:.\ufffd9|ABX9x:.\ufffd9|Abx9X:.\ufffd9|a"
},
{
"tpl": "{{ snakecase \"1ay0bcA\u00e9\u00c9x\" }}|{{ kebabcase \"1ay0bcA\u00e9\u00c9x\" }}|{{ camelcase \"1ay0bcA\u00e9\u00c9x\" }}|{{ swapcase \"1ay0bcA\u00e9\u00c9x\" }}|{{ title \"1ay0bcA\u00e9\u00c9x\" }}|{{ initials \"1ay0bcA\u00e9\u00c9x\" }}",
"out": "1ay0bc_a\u00e9_\u00e9x|1ay0bc-a\u00e9-\u00e9x|1ay0bcA\u00e9\u00c9x|1AY0BCa\u00c9\u00e9X|1ay0bcA\u00e9\u00c9x|1"
},
{
"tpl": "{{ snakecase \"cc0\\ufffd-\" }}|{{ kebabcase \"cc0\\ufffd-\" }}|{{ camelcase \"cc0\\ufffd-\" }}|{{ swapcase \"cc0\\ufffd-\" }}|{{ title \"cc0\\ufffd-\" }}|{{ initials \"cc0\\ufffd-\" }}",
"out": "cc0\ufffd_|cc0\ufffd-|Cc0\ufffd-|CC0\ufffd-|Cc0\ufffd-|c"
},
{
"tpl": "{{ snakecase \"x\u0661\\ufffdX\" }}|{{ kebabcase \"x\u0661\\ufffdX\" }}|{{ camelcase \"x\u0661\\ufffdX\" }}|{{ swapcase \"x\u0661\\ufffdX\" }}|{{ title \"x\u0661\\ufffdX\" }}|{{ initials \"x\u0661\\ufffdX\" }}",
"out": "x\u0661_\ufffdx|x\u0661-\ufffdx|X\u0661\ufffdX|X\u0661\ufffdx|X\u0661\ufffdX|x"
},
{
"tpl": "{{ snakecase \"\u4e2d\u0661\u0661_0\u0661A\" }}|{{ kebabcase \"\u4e2d\u0661\u0661_0\u0661A\" }}|{{ camelcase \"\u4e2d\u0661\u0661_0\u0661A\" }}|{{ swapcase \"\u4e2d\u0661\u0661_0\u0661A\" }}|{{ title \"\u4e2d\u0661\u0661_0\u0661A\" }}|{{ initials \"\u4e2d\u0661\u0661_0\u0661A\" }}",
"out": "\u4e2d\u0661\u0661_0\u0661_a|\u4e2d\u0661\u0661-0\u0661-a|\u4e2d\u0661\u06610\u0661A|\u4e2d\u0661\u0661_0\u0661a|\u4e2d\u0661\u0661_0\u0661A|\u00e4"
},
{
"tpl": "{{ snakecase \"1A\u216b\" }}|{{ kebabcase \"1A\u216b\" }}|{{ camelcase \"1A\u216b\" }}|{{ swapcase \"1A\u216b\" }}|{{ title \"1A\u216b\" }}|{{ initials \"1A\u216b\" }}",
"out": "1_a\u216b|1-a\u216b|1A\u216b|1a\u216b|1A\u216b|1\u00ab"
},
{
"tpl": "{{ snakecase \"0 \" }}|{{ kebabcase \"0 \" }}|{{ camelcase \"0 \" }}|{{ swapcase \"0 \" }}|{{ title \"0 \" }}|{{ initials \"0 \" }}",
"out": "0_|0-|0 |0 |0 |0"
},
{
"tpl": "{{ snakecase \"9\u0661\\ufffd0C-.\" }}|{{ kebabcase \"9\u0661\\ufffd0C-.\" }}|{{ camelcase \"9\u0661\\ufffd0C-.\" }}|{{ swapcase \"9\u0661\\ufffd0C-.\" }}|{{ title \"9\u0661\\ufffd0C-.\" }}|{{ initials \"9\u0661\\ufffd0C-.\" }}",
"out": "9\u0661\ufffd0_c_.|9\u0661\ufffd0-c-.|9\u0661\ufffd0C.|9\u0661\ufffd0c-.|9\u0661\ufffd0C-.|9"
},
{
"tpl": "{{ snakecase \"\ud83d\ude00\" }}|{{ kebabcase \"\ud83d\ude00\" }}|{{ camelcase \"\ud83d\ude00\" }}|{{ swapcase \"\ud83d\ude00\" }}|{{ title \"\ud83d\ude00\" }}|{{ initials \"\ud83d\ude00\" }}",
"out": "\ud83d\ude00|\ud83d\ude00|\ud83d\ude00|\ud83d\ude00|\ud83d\ude00|\u00f0"
},
{
"tpl": "{{ snakecase \"X  \" }}|{{ kebabcase \"X  \" }}|{{ camelcase \"X  \" }}|{{ swapcase \"X  \" }}|{{ title \"X  \" }}|{{ initials \"X  \" }}",
"out": "x__|x--|X  |x  |X  |X"
},
{
"tpl": "{{ snakecase \"1\u03c3X\" }}|{{ kebabcase \"1\u03c3X\" }}|{{ camelcase \"1\u03c3X\" }}|{{ swapcase \"1\u03c3X\" }}|{{ title \"1\u03c3X\" }}|{{ initials \"1\u03c3X\" }}",
"out": "1\u03c3_x|1\u03c3-x|1\u03c3X|1\u03a3x|1\u03c3X|1"
},
{
"tpl": "{{ snakecase \"x-x\" }}|{{ kebabcase \"x-x\" }}|{{ camelcase \"x-x\" }}|{{ swapcase \"x-x\" }}|{{ title \"x-x\" }}|{{ initials \"x-x\" }}",
"out": "x_x|x-x|XX|X-X|X-X|x"
},
{
"tpl": "{{ snakecase \"cb\\ufffd\u01c5-\" }}|{{ kebabcase \"cb\\ufffd\u01c5-\" }}|{{ camelcase \"cb\\ufffd\u01c5-\" }}|{{ swapcase \"cb\\ufffd\u01c5-\" }}|{{ title \"cb\\ufffd\u01c5-\" }}|{{ initials \"cb\\ufffd\u01c5-\" }}",
"out": "cb\ufffd\u01c5_|cb\ufffd\u01c5-|Cb\ufffd\u01c5-|CB\ufffd\u01c6-|Cb\ufffd\u01c5-|c-"
},
{
"tpl": "{{ snakecase \"\u4e2dxb\u0661--\" }}|{{ kebabcase \"\u4e2dxb\u0661--\" }}|{{ camelcase \"\u4e2dxb\u0661--\" }}|{{ swapcase \"\u4e2dxb\u0661--\" }}|{{ title \"\u4e2dxb\u0661--\" }}|{{ initials \"\u4e2dxb\u0661--\" }}",
"out": "\u4e2d_xb\u0661__|\u4e2d-xb\u0661--|\u4e2dxb\u0661--|\u4e2dXB\u0661--|\u4e2dxb\u0661--|\u00e4"
},
{
"tpl": "{{ snakecase \"\u01c5/\" }}|{{ kebabcase \"\u01c5/\" }}|{{ camelcase \"\u01c5/\" }}|{{ swapcase \"\u01c5/\" }}|{{ title \"\u01c5/\" }}|{{ initials \"\u01c5/\" }}",
"out": "\u01c5/|\u01c5/|\u01c4/|\u01c6/|\u01c5/|\u00c7/"
},
{
"tpl": "{{ snakecase \"\u01c5.\u00e9A9\" }}|{{ kebabcase \"\u01c5.\u00e9A9\" }}|{{ camelcase \"\u01c5.\u00e9A9\" }}|{{ swapcase \"\u01c5.\u00e9A9\" }}|{{ title \"\u01c5.\u00e9A9\" }}|{{ initials \"\u01c5.\u00e9A9\" }}",
"out": "\u01c5.\u00e9_a9|\u01c5.\u00e9-a9|\u01c4.\u00e9A9|\u01c6.\u00c9a9|\u01c5.\u00c9A9|\u00c7."
},
{
"tpl": "{{ snakecase \"9\\ufffd\u00e99\" }}|{{ kebabcase \"9\\ufffd\u00e99\" }}|{{ camelcase \"9\\ufffd\u00e99\" }}|{{ swapcase \"9\\ufffd\u00e99\" }}|{{ title \"9\\ufffd\u00e99\" }}|{{ initials \"9\\ufffd\u00e99\" }}",
"out": "9\ufffd\u00e99|9\ufffd\u00e99|9\ufffd\u00e99|9\ufffd\u00c99|9\ufffd\u00e99|9"
},
{
"tpl": "{{ snakecase \"C_\\ufffd0\" }}|{{ kebabcase \"C_\\ufffd0\" }}|{{ camelcase \"C_\\ufffd0\" }}|{{ swapcase \"C_\\ufffd0\" }}|{{ title \"C_\\ufffd0\" }}|{{ initials \"C_\\ufffd0\" }}",
"out": "c_\ufffd0|c-\ufffd0|C\ufffd0|c_\ufffd0|C_\ufffd0|C"
},
{
"tpl": "{{ snakecase \"\ud83d\ude009C\u4e2d1\" }}|{{ kebabcase \"\ud83d\ude009C\u4e2d1\" }}|{{ camelcase \"\ud83d\ude009C\u4e2d1\" }}|{{ swapcase \"\ud83d\ude009C\u4e2d1\" }}|{{ title \"\ud83d\ude009C\u4e2d1\" }}|{{ initials \"\ud83d\ude009C\u4e2d1\" }}",
"out": "\ud83d\ude009_c_\u4e2d1|\ud83d\ude009-c-\u4e2d1|\ud83d\ude009C\u4e2d1|\ud83d\ude009c\u4e2d1|\ud83d\ude009C\u4e2d1|\u00f0"
},
{
"tpl": "{{ snakecase \"9\u00c9\u01c5 .\\ufffd Cx\" }}|{{ kebabcase \"9\u00c9\u01c5 .\\ufffd Cx\" }}|{{ camelcase \"9\u00c9\u01c5 .\\ufffd Cx\" }}|{{ swapcase \"9\u00c9\u01c5 .\\ufffd Cx\" }}|{{ title \"9\u00c9\u01c5 .\\ufffd Cx\" }}|{{ initials \"9\u00c9\u01c5 .\\ufffd Cx\" }}",
"out": "9_\u00e9\u01c5_.\ufffd_cx|9-\u00e9\u01c5-.\ufffd-cx|9\u00c9\u01c5.\ufffdCx|9\u00e9\u01c6 .\ufffd cX|9\u00c9\u01c5 .\ufffd Cx|9.C"
},
{
"tpl": "{{ snakecase \"\" }}|{{ kebabcase \"\" }}|{{ camelcase \"\" }}|{{ swapcase \"\" }}|{{ title \"\" }}|{{ initials \"\" }}",
"out": "|||||"
},
{
"tpl": "{{ snakecase \"\\ufffd.\" }}|{{ kebabcase \"\\ufffd.\" }}|{{ camelcase \"\\ufffd.\" }}|{{ swapcase \"\\ufffd.\" }}|{{ title \"\\ufffd.\" }}|{{ initials \"\\ufffd.\" }}",
"out": "\ufffd.|\ufffd.|\ufffd.|\ufffd.|\ufffd.|\u00ef"
},
{
"tpl": "{{ snakecase \"ba1\" }}|{{ kebabcase \"ba1\" }}|{{ camelcase \"ba1\" }}|{{ swapcase \"ba1\" }}|{{ title \"ba1\" }}|{{ initials \"ba1\" }}",
"out": "ba1|ba1|Ba1|BA1|Ba1|b"
},
{
"tpl": "{{ snakecase \"\" }}|{{ kebabcase \"\" }}|{{ camelcase \"\" }}|{{ swapcase \"\" }}|{{ title \"\" }}|{{ initials \"\" }}",
"out": "|||||"
},
{
"tpl": "{{ snakecase \".\u00c9y\\ufffdC\" }}|{{ kebabcase \".\u00c9y\\ufffdC\" }}|{{ camelcase \".\u00c9y\\ufffdC\" }}|{{ swapcase \".\u00c9y\\ufffdC\" }}|{{ title \".\u00c9y\\ufffdC\" }}|{{ initials \".\u00c9y\\ufffdC\" }}",
"out": ".\u00e9y_\ufffdc|.\u00e9y-\ufffdc|.\u00c9y\ufffdC|.\u00e9Y\ufffdc|.\u00c9y\ufffdC|."
},
{
"tpl": "{{ snakecase \"\u00c9\" }}|{{ kebabcase \"\u00c9\" }}|{{ camelcase \"\u00c9\" }}|{{ swapcase \"\u00c9\" }}|{{ title \"\u00c9\" }}|{{ initials \"\u00c9\" }}",
"out": "\u00e9|\u00e9|\u00c9|\u00e9|\u00c9|\u00c3"
},
{
"tpl": "{{ snakecase \"\u01c50\u0661\" }}|{{ kebabcase \"\u01c50\u0661\" }}|{{ camelcase \"\u01c50\u0661\" }}|{{ swapcase \"\u01c50\u0661\" }}|{{ title \"\u01c50\u0661\" }}|{{ initials \"\u01c50\u0661\" }}",
"out": "\u01c50\u0661|\u01c50\u0661|\u01c40\u0661|\u01c60\u0661|\u01c50\u0661|\u00c70"
},
{
"tpl": "{{ snakecase \"X\" }}|{{ kebabcase \"X\" }}|{{ camelcase \"X\" }}|{{ swapcase \"X\" }}|{{ title \"X\" }}|{{ initials \"X\" }}",
"out": "x|x|X|x|X|X"
},
{
"tpl": "{{ snakecase \"X\\ufffdX_B\\ufffd\" }}|{{ kebabcase \"X\\ufffdX_B\\ufffd\" }}|{{ camelcase \"X\\ufffdX_B\\ufffd\" }}|{{ swapcase \"X\\ufffdX_B\\ufffd\" }}|{{ title \"X\\ufffdX_B\\ufffd\" }}|{{ initials \"X\\ufffdX_B\\ufffd\" }}",
"out": "x\ufffdx_b\ufffd|x\ufffdx-b\ufffd|X\ufffdXB\ufffd|x\ufffdx_b\ufffd|X\ufffdX_B\ufffd|X"
},
{
"tpl": "{{ snakecase \"b\u00c9 \u4e2dc\u0661:\" }}|{{ kebabcase \"b\u00c9 \u4e2dc\u0661:\" }}|{{ camelcase \"b\u00c9 \u4e2dc\u0661:\" }}|{{ swapcase \"b\u00c9 \u4e2dc\u0661:\" }}|{{ title \"b\u00c9 \u4e2dc\u0661:\" }}|{{ initials \"b\u00c9 \u4e2dc\u0661:\" }}",
"out": "b_\u00e9_\u4e2d_c\u0661:|b-\u00e9-\u4e2d-c\u0661:|B\u00c9\u4e2dc\u0661:|B\u00e9 \u4e2dC\u0661:|B\u00c9 \u4e2dc\u0661:|b\u00e4"
},
{
"tpl": "{{ snakecase \"yX\" }}|{{ kebabcase \"yX\" }}|{{ camelcase \"yX\" }}|{{ swapcase \"yX\" }}|{{ title \"yX\" }}|{{ initials \"yX\" }}",
"out": "y_x|y-x|YX|Yx|YX|y"
},
{
"tpl": "{{ snakecase \"\u0661\ud83d\ude00\" }}|{{ kebabcase \"\u0661\ud83d\ude00\" }}|{{ camelcase \"\u0661\ud83d\ude00\" }}|{{ swapcase \"\u0661\ud83d\ude00\" }}|{{ title \"\u0661\ud83d\ude00\" }}|{{ initials \"\u0661\ud83d\ude00\" }}",
"out": "\u0661_\ud83d\ude00|\u0661-\ud83d\ude00|\u0661\ud83d\ude00|\u0661\ud83d\ude00|\u0661\ud83d\ude00|\u00d9"
},
{
"tpl": "{{ snakecase \"9C\" }}|{{ kebabcase \"9C\" }}|{{ camelcase \"9C\" }}|{{ swapcase \"9C\" }}|{{ title \"9C\" }}|{{ initials \"9C\" }}",
"out": "9_c|9-c|9C|9c|9C|9"
},
{
"tpl": "{{ snakecase \"\u00c9\u4e2d\u03c3ZByB\\ufffd \u0661\" }}|{{ kebabcase \"\u00c9\u4e2d\u03c3ZByB\\ufffd \u0661\" }}|{{ camelcase \"\u00c9\u4e2d\u03c3ZByB\\ufffd \u0661\" }}|{{ swapcase \"\u00c9\u4e2d\u03c3ZByB\\ufffd \u0661\" }}|{{ title \"\u00c9\u4e2d\u03c3ZByB\\ufffd \u0661\" }}|{{ initials \"\u00c9\u4e2d\u03c3ZByB\\ufffd \u0661\" }}",
"out": "\u00e9_\u4e2d_\u03c3_z_by_b\ufffd_\u0661|\u00e9-\u4e2d-\u03c3-z-by-b\ufffd-\u0661|\u00c9\u4e2d\u03c3ZByB\ufffd\u0661|\u00e9\u4e2d\u03a3zbYb\ufffd \u0661|\u00c9\u4e2d\u03c3ZByB\ufffd \u0661|\u00c3\u00d9"
},
{
"tpl": "{{ snakecase \"Xa\" }}|{{ kebabcase \"Xa\" }}|{{ camelcase \"Xa\" }}|{{ swapcase \"Xa\" }}|{{ title \"Xa\" }}|{{ initials \"Xa\" }}",
"out": "xa|xa|Xa|xA|Xa|X"
},
{
"tpl": "{{ snakecase \"\" }}|{{ kebabcase \"\" }}|{{ camelcase \"\" }}|{{ swapcase \"\" }}|{{ title \"\" }}|{{ initials \"\" }}",
"out": "|||||"
},
{
"tpl": "{{ snakecase \"\u00c9x\\ufffd\" }}|{{ kebabcase \"\u00c9x\\ufffd\" }}|{{ camelcase \"\u00c9x\\ufffd\" }}|{{ swapcase \"\u00c9x\\ufffd\" }}|{{ title \"\u00c9x\\ufffd\" }}|{{ initials \"\u00c9x\\ufffd\" }}",
"out": "\u00e9x\ufffd|\u00e9x\ufffd|\u00c9x\ufffd|\u00e9X\ufffd|\u00c9x\ufffd|\u00c3"
},
{
"tpl": "{{ snakecase \"\" }}|{{ kebabcase \"\" }}|{{ camelcase \"\" }}|{{ swapcase \"\" }}|{{ title \"\" }}|{{ initials \"\" }}",
"out": "|||||"
},
{
"tpl": "{{ snakecase \"\" }}|{{ kebabcase \"\" }}|{{ camelcase \"\" }}|{{ swapcase \"\" }}|{{ title \"\" }}|{{ initials \"\" }}",
"out": "|||||"
},
{
"tpl": "{{ snakecase \"XCa\" }}|{{ kebabcase \"XCa\" }}|{{ camelcase \"XCa\" }}|{{ swapcase \"XCa\" }}|{{ title \"XCa\" }}|{{ initials \"XCa\" }}",
"out": "x_ca|x-ca|Xca|xcA|XCa|X"
},
{
"tpl": "{{ snakecase \".A\" }}|{{ kebabcase \".A\" }}|{{ camelcase \".A\" }}|{{ swapcase \".A\" }}|{{ title \".A\" }}|{{ initials \".A\" }}",
"out": ".a|.a|.A|.a|.A|."
},
{
"tpl": "{{ snakecase \"x1X\u216b0\ud83d\ude00x/Bx\" }}|{{ kebabcase \"x1X\u216b0\ud83d\ude00x/Bx\" }}|{{ camelcase \"x1X\u216b0\ud83d\ude00x/Bx\" }}|{{ swapcase \"x1X\u216b0\ud83d\ude00x/Bx\" }}|{{ title \"x1X\u216b0\ud83d\ude00x/Bx\" }}|{{ initials \"x1X\u216b0\ud83d\ude00x/Bx\" }}",
"out": "x1_x\u216b0_\ud83d\ude00_x/bx|x1-x\u216b0-\ud83d\ude00-x/bx|X1X\u216b0\ud83d\ude00x/Bx|X1x\u216b0\ud83d\ude00X/bX|X1X\u216b0\ud83d\ude00x/Bx|x\u00ab"
},
{
"tpl": "{{ snakecase \"Z\u03c3\u01c590_:\u216b\" }}|{{ kebabcase \"Z\u03c3\u01c590_:\u216b\" }}|{{ camelcase \"Z\u03c3\u01c590_:\u216b\" }}|{{ swapcase \"Z\u03c3\u01c590_:\u216b\" }}|{{ title \"Z\u03c3\u01c590_:\u216b\" }}|{{ initials \"Z\u03c3\u01c590_:\u216b\" }}",
"out": "z\u03c3\u01c590_:\u216b|z\u03c3\u01c590-:\u216b|Z\u03c3\u01c590:\u216b|z\u03a3\u01c690_:\u216b|Z\u03c3\u01c590_:\u216b|Z9\u00ab"
},
{
"tpl": "{{ snakecase \"_9b\\ufffd\u00e9-\" }}|{{ kebabcase \"_9b\\ufffd\u00e9-\" }}|{{ camelcase \"_9b\\ufffd\u00e9-\" }}|{{ swapcase \"_9b\\ufffd\u00e9-\" }}|{{ title \"_9b\\ufffd\u00e9-\" }}|{{ initials \"_9b\\ufffd\u00e9-\" }}",
"out": "_9b\ufffd\u00e9_|-9b\ufffd\u00e9-|_9b\ufffd\u00e9-|_9B\ufffd\u00c9-|_9b\ufffd\u00e9-|_"
},
{
"tpl": "{{ snakecase \"\" }}|{{ kebabcase \"\" }}|{{ camelcase \"\" }}|{{ swapcase \"\" }}|{{ title \"\" }}|{{ initials \"\" }}",
"out": "|||||"
},
{
"tpl": "{{ snakecase \".\ud83d\ude00B\u00c9\u01c5\" }}|{{ kebabcase \".\ud83d\ude00B\u00c9\u01c5\" }}|{{ camelcase \".\ud83d\ude00B\u00c9\u01c5\" }}|{{ swapcase \".\ud83d\ude00B\u00c9\u01c5\" }}|{{ title \".\ud83d\ude00B\u00c9\u01c5\" }}|{{ initials \".\ud83d\ude00B\u00c9\u01c5\" }}",
"out": ".\ud83d\ude00_b_\u00e9\u01c5|.\ud83d\ude00-b-\u00e9\u01c5|.\ud83d\ude00B\u00c9\u01c5|.\ud83d\ude00b\u00e9\u01c6|.\ud83d\ude00B\u00c9\u01c5|."
},
{
"tpl": "{{ snakecase \"\u4e2d.\u0661\\ufffdc\u4e2dA\" }}|{{ kebabcase \"\u4e2d.\u0661\\ufffdc\u4e2dA\" }}|{{ camelcase \"\u4e2d.\u0661\\ufffdc\u4e2dA\" }}|{{ swapcase \"\u4e2d.\u0661\\ufffdc\u4e2dA\" }}|{{ title \"\u4e2d.\u0661\\ufffdc\u4e2dA\" }}|{{ initials \"\u4e2d.\u0661\\ufffdc\u4e2dA\" }}",
"out": "\u4e2d.\u0661\ufffdc_\u4e2d_a|\u4e2d.\u0661\ufffdc-\u4e2d-a|\u4e2d.\u0661\ufffdc\u4e2dA|\u4e2d.\u0661\ufffdC\u4e2da|\u4e2d.\u0661\ufffdc\u4e2dA|\u00e4"
},
{
"tpl": "{{ snakecase \"x\u01c5:\" }}|{{ kebabcase \"x\u01c5:\" }}|{{ camelcase \"x\u01c5:\" }}|{{ swapcase \"x\u01c5:\" }}|{{ title \"x\u01c5:\" }}|{{ initials \"x\u01c5:\" }}",
"out": "x\u01c5:|x\u01c5:|X\u01c5:|X\u01c6:|X\u01c5:|x:"
},
{
"tpl": "{{ snakecase \"AC1\" }}|{{ kebabcase \"AC1\" }}|{{ camelcase \"AC1\" }}|{{ swapcase \"AC1\" }}|{{ title \"AC1\" }}|{{ initials \"AC1\" }}",
"out": "ac1|ac1|Ac1|ac1|AC1|A"
},
{
"tpl": "{{ snakecase \"C0ZB-\u4e2d1\ud83d\ude00\u00e9\" }}|{{ kebabcase \"C0ZB-\u4e2d1\ud83d\ude00\u00e9\" }}|{{ camelcase \"C0ZB-\u4e2d1\ud83d\ude00\u00e9\" }}|{{ swapcase \"C0ZB-\u4e2d1\ud83d\ude00\u00e9\" }}|{{ title \"C0ZB-\u4e2d1\ud83d\ude00\u00e9\" }}|{{ initials \"C0ZB-\u4e2d1\ud83d\ude00\u00e9\" }}",
"out": "c0_zb_\u4e2d1_\ud83d\ude00_\u00e9|c0-zb-\u4e2d1-\ud83d\ude00-\u00e9|C0ZB\u4e2d1\ud83d\ude00\u00e9|c0zb-\u4e2d1\ud83d\ude00\u00c9|C0ZB-\u4e2d1\ud83d\ude00\u00e9|C"
},
{
"tpl": "{{ snakecase \"\u00c9:/\" }}|{{ kebabcase \"\u00c9:/\" }}|{{ camelcase \"\u00c9:/\" }}|{{ swapcase \"\u00c9:/\" }}|{{ title \"\u00c9:/\" }}|{{ initials \"\u00c9:/\" }}",
"out": "\u00e9:/|\u00e9:/|\u00c9:/|\u00e9:/|\u00c9:/|\u00c3"
},
{
"tpl": "{{ snakecase \"1:A\" }}|{{ kebabcase \"1:A\" }}|{{ camelcase \"1:A\" }}|{{ swapcase \"1:A\" }}|{{ title \"1:A\" }}|{{ initials \"1:A\" }}",
"out": "1:a|1:a|1:A|1:a|1:A|1"
},
{
"tpl": "{{ snakecase \"1BC1\u216b\u00e9\u03c3a\" }}|{{ kebabcase \"1BC1\u216b\u00e9\u03c3a\" }}|{{ camelcase \"1BC1\u216b\u00e9\u03c3a\" }}|{{ swapcase \"1BC1\u216b\u00e9\u03c3a\" }}|{{ title \"1BC1\u216b\u00e9\u03c3a\" }}|{{ initials \"1BC1\u216b\u00e9\u03c3a\" }}",
"out": "1_bc_1\u216b\u00e9\u03c3a|1-bc-1\u216b\u00e9\u03c3a|1BC1\u216b\u00e9\u03c3a|1bc1\u216b\u00c9\u03a3A|1BC1\u216b\u00e9\u03c3a|1\u00ab"
},
{
"tpl": "{{ snakecase \"\\ufffdB\u216b\u03c3\u00e9\" }}|{{ kebabcase \"\\ufffdB\u216b\u03c3\u00e9\" }}|{{ camelcase \"\\ufffdB\u216b\u03c3\u00e9\" }}|{{ swapcase \"\\ufffdB\u216b\u03c3\u00e9\" }}|{{ title \"\\ufffdB\u216b\u03c3\u00e9\" }}|{{ initials \"\\ufffdB\u216b\u03c3\u00e9\" }}",
"out": "\ufffdb_\u216b\u03c3\u00e9|\ufffdb-\u216b\u03c3\u00e9|\ufffdB\u216b\u03c3\u00e9|\ufffdb\u216b\u03a3\u00c9|\ufffdB\u216b\u03c3\u00e9|\u00ef\u00ab"
},
{
"tpl": "{{ snakecase \"\" }}|{{ kebabcase \"\" }}|{{ camelcase \"\" }}|{{ swapcase \"\" }}|{{ title \"\" }}|{{ initials \"\" }}",
"out": "|||||"
},
{
"tpl": "{{ snakecase \"09\u216b_by\\ufffd0\" }}|{{ kebabcase \"09\u216b_by\\ufffd0\" }}|{{ camelcase \"09\u216b_by\\ufffd0\" }}|{{ swapcase \"09\u216b_by\\ufffd0\" }}|{{ title \"09\u216b_by\\ufffd0\" }}|{{ initials \"09\u216b_by\\ufffd0\" }}",
"out": "09\u216b_by\ufffd0|09\u216b-by\ufffd0|09\u216bBy\ufffd0|09\u216b_BY\ufffd0|09\u216b_by\ufffd0|0\u00ab"
},
{
"tpl": "{{ snakecase \"\u03c3\u03c3\" }}|{{ kebabcase \"\u03c3\u03c3\" }}|{{ camelcase \"\u03c3\u03c3\" }}|{{ swapcase \"\u03c3\u03c3\" }}|{{ title \"\u03c3\u03c3\" }}|{{ initials \"\u03c3\u03c3\" }}",
"out": "\u03c3\u03c3|\u03c3\u03c3|\u03a3\u03c3|\u03a3\u03a3|\u03a3\u03c3|\u00cf"
},
{
"tpl": "{{ snakecase \"\ud83d\ude00\" }}|{{ kebabcase \"\ud83d\ude00\" }}|{{ camelcase \"\ud83d\ude00\" }}|{{ swapcase \"\ud83d\ude00\" }}|{{ title \"\ud83d\ude00\" }}|{{ initials \"\ud83d\ude00\" }}",
"out": "\ud83d\ude00|\ud83d\ude00|\ud83d\ude00|\ud83d\ude00|\ud83d\ude00|\u00f0"
},
{
"tpl": "{{ snakecase \"\u03c31x\" }}|{{ kebabcase \"\u03c31x\" }}|{{ camelcase \"\u03c31x\" }}|{{ swapcase \"\u03c31x\" }}|{{ title \"\u03c31x\" }}|{{ initials \"\u03c31x\" }}",
"out": "\u03c3_1x|\u03c3-1x|\u03a31x|\u03a31X|\u03a31x|\u00cf"
},
{
"tpl": "{{ snakecase \"\\ufffd\" }}|{{ kebabcase \"\\ufffd\" }}|{{ camelcase \"\\ufffd\" }}|{{ swapcase \"\\ufffd\" }}|{{ title \"\\ufffd\" }}|{{ initials \"\\ufffd\" }}",
"out": "\ufffd|\ufffd|\ufffd|\ufffd|\ufffd|\u00ef"
},
{
"tpl": "{{ snakecase \"_\u00e9\" }}|{{ kebabcase \"_\u00e9\" }}|{{ camelcase \"_\u00e9\" }}|{{ swapcase \"_\u00e9\" }}|{{ title \"_\u00e9\" }}|{{ initials \"_\u00e9\" }}",
"out": "_\u00e9|-\u00e9|_\u00c9|_\u00c9|_\u00e9|_"
},
{
"tpl": "{{ snakecase \":\u01c5\" }}|{{ kebabcase \":\u01c5\" }}|{{ camelcase \":\u01c5\" }}|{{ swapcase \":\u01c5\" }}|{{ title \":\u01c5\" }}|{{ initials \":\u01c5\" }}",
"out": ":\u01c5|:\u01c5|:\u01c5|:\u01c6|:\u01c5|:"
},
{
"tpl": "{{ snakecase \".ZyB\u03c3B\" }}|{{ kebabcase \".ZyB\u03c3B\" }}|{{ camelcase \".ZyB\u03c3B\" }}|{{ swapcase \".ZyB\u03c3B\" }}|{{ title \".ZyB\u03c3B\" }}|{{ initials \".ZyB\u03c3B\" }}",
"out": ".zy_b\u03c3_b|.zy-b\u03c3-b|.ZyB\u03c3B|.zYb\u03a3b|.ZyB\u03c3B|."
},
{
"tpl": "{{ snakecase \"\u01c5\\ufffd\" }}|{{ kebabcase \"\u01c5\\ufffd\" }}|{{ camelcase \"\u01c5\\ufffd\" }}|{{ swapcase \"\u01c5\\ufffd\" }}|{{ title \"\u01c5\\ufffd\" }}|{{ initials \"\u01c5\\ufffd\" }}",
"out": "\u01c5\ufffd|\u01c5\ufffd|\u01c4\ufffd|\u01c6\ufffd|\u01c5\ufffd|\u00c7\u00ef"
},
{
"tpl": "{{ snakecase \"\u01c5XZ:/c\u4e2d-\" }}|{{ kebabcase \"\u01c5XZ:/c\u4e2d-\" }}|{{ camelcase \"\u01c5XZ:/c\u4e2d-\" }}|{{ swapcase \"\u01c5XZ:/c\u4e2d-\" }}|{{ title \"\u01c5XZ:/c\u4e2d-\" }}|{{ initials \"\u01c5XZ:/c\u4e2d-\" }}",
"out": "\u01c5_xz:/c_\u4e2d_|\u01c5-xz:/c-\u4e2d-|\u01c4XZ:/c\u4e2d-|\u01c6xz:/C\u4e2d-|\u01c5XZ:/C\u4e2d-|\u00c7X"
},
{
"tpl": "{{ snakecase \":\u00e9-A\u0661\ud83d\ude001_\" }}|{{ kebabcase \":\u00e9-A\u0661\ud83d\ude001_\" }}|{{ camelcase \":\u00e9-A\u0661\ud83d\ude001_\" }}|{{ swapcase \":\u00e9-A\u0661\ud83d\ude001_\" }}|{{ title \":\u00e9-A\u0661\ud83d\ude001_\" }}|{{ initials \":\u00e9-A\u0661\ud83d\ude001_\" }}",
"out": ":\u00e9_a\u0661_\ud83d\ude001_|:\u00e9-a\u0661-\ud83d\ude001-|:\u00e9A\u0661\ud83d\ude001_|:\u00c9-a\u0661\ud83d\ude001_|:\u00c9-A\u0661\ud83d\ude001_|:"
},
{
"tpl": "{{ snakecase \"\u00c9\\ufffdbc\u00e9\u06619\u00c9A\" }}|{{ kebabcase \"\u00c9\\ufffdbc\u00e9\u06619\u00c9A\" }}|{{ camelcase \"\u00c9\\ufffdbc\u00e9\u06619\u00c9A\" }}|{{ swapcase \"\u00c9\\ufffdbc\u00e9\u06619\u00c9A\" }}|{{ title \"\u00c9\\ufffdbc\u00e9\u06619\u00c9A\" }}|{{ initials \"\u00c9\\ufffdbc\u00e9\u06619\u00c9A\" }}",
"out": "\u00e9\ufffdbc\u00e9\u06619_\u00e9a|\u00e9\ufffdbc\u00e9\u06619-\u00e9a|\u00c9\ufffdbc\u00e9\u06619\u00c9A|\u00e9\ufffdBC\u00c9\u06619\u00e9a|\u00c9\ufffdbc\u00e9\u06619\u00c9A|\u00c3"
},
{
"tpl": "{{ snakecase \"-\ud83d\ude00-\u216b\" }}|{{ kebabcase \"-\ud83d\ude00-\u216b\" }}|{{ camelcase \"-\ud83d\ude00-\u216b\" }}|{{ swapcase \"-\ud83d\ude00-\u216b\" }}|{{ title \"-\ud83d\ude00-\u216b\" }}|{{ initials \"-\ud83d\ude00-\u216b\" }}",
"out": "_\ud83d\ude00_\u216b|-\ud83d\ude00-\u216b|-\ud83d\ude00\u216b|-\ud83d\ude00-\u216b|-\ud83d\ude00-\u216b|-\u00ab"
},
{
"tpl": "{{ snakecase \"\u01c51\" }}|{{ kebabcase \"\u01c51\" }}|{{ camelcase \"\u01c51\" }}|{{ swapcase \"\u01c51\" }}|{{ title \"\u01c51\" }}|{{ initials \"\u01c51\" }}",
"out": "\u01c51|\u01c51|\u01c41|\u01c61|\u01c51|\u00c71"
},
{
"tpl": "{{ snakecase \"\u00e9\u03c3\" }}|{{ kebabcase \"\u00e9\u03c3\" }}|{{ camelcase \"\u00e9\u03c3\" }}|{{ swapcase \"\u00e9\u03c3\" }}|{{ title \"\u00e9\u03c3\" }}|{{ initials \"\u00e9\u03c3\" }}",
"out": "\u00e9\u03c3|\u00e9\u03c3|\u00c9\u03c3|\u00c9\u03a3|\u00c9\u03c3|\u00c3"
},
{
"tpl": "{{ snakecase \"AcXXbb\u03c31\" }}|{{ kebabcase \"AcXXbb\u03c31\" }}|{{ camelcase \"AcXXbb\u03c31\" }}|{{ swapcase \"AcXXbb\u03c31\" }}|{{ title \"AcXXbb\u03c31\" }}|{{ initials \"AcXXbb\u03c31\" }}",
"out": "ac_x_xbb\u03c31|ac-x-xbb\u03c31|AcXXbb\u03c31|aCxxBB\u03a31|AcXXbb\u03c31|A"
},
{
"tpl": "{{ snakecase \"_\u01c5X\u0661\u03c3:0\u0661:\" }}|{{ kebabcase \"_\u01c5X\u0661\u03c3:0\u0661:\" }}|{{ camelcase \"_\u01c5X\u0661\u03c3:0\u0661:\" }}|{{ swapcase \"_\u01c5X\u0661\u03c3:0\u0661:\" }}|{{ title \"_\u01c5X\u0661\u03c3:0\u0661:\" }}|{{ initials \"_\u01c5X\u0661\u03c3:0\u0661:\" }}",
"out": "_\u01c5_x_\u0661\u03c3:0\u0661:|-\u01c5-x-\u0661\u03c3:0\u0661:|_\u01c4X\u0661\u03c3:0\u0661:|_\u01c6x\u0661\u03a3:0\u0661:|_\u01c5X\u0661\u03c3:0\u0661:|_X"
},
{
"tpl": "{{ snakecase \"a\u0661X\ud83d\ude00XAB:Z \" }}|{{ kebabcase \"a\u0661X\ud83d\ude00XAB:Z \" }}|{{ camelcase \"a\u0661X\ud83d\ude00XAB:Z \" }}|{{ swapcase \"a\u0661X\ud83d\ude00XAB:Z \" }}|{{ title \"a\u0661X\ud83d\ude00XAB:Z \" }}|{{ initials \"a\u0661X\ud83d\ude00XAB:Z \" }}",
"out": "a\u0661_x_\ud83d\ude00_xab:z_|a\u0661-x-\ud83d\ude00-xab:z-|A\u0661X\ud83d\ude00XAB:Z |A\u0661x\ud83d\ude00xab:z |A\u0661X\ud83d\ude00XAB:Z |a"
},
{
"tpl": "{{ snakecase \"\u0661c/BA\" }}|{{ kebabcase \"\u0661c/BA\" }}|{{ camelcase \"\u0661c/BA\" }}|{{ swapcase \"\u0661c/BA\" }}|{{ title \"\u0661c/BA\" }}|{{ initials \"\u0661c/BA\" }}",
"out": "\u0661c/ba|\u0661c/ba|\u0661c/BA|\u0661C/ba|\u0661c/BA|\u00d9"
},
{
"tpl": "{{ snakecase \"cXbB\ud83d\ude00Z\" }}|{{ kebabcase \"cXbB\ud83d\ude00Z\" }}|{{ camelcase \"cXbB\ud83d\ude00Z\" }}|{{ swapcase \"cXbB\ud83d\ude00Z\" }}|{{ title \"cXbB\ud83d\ude00Z\" }}|{{ initials \"cXbB\ud83d\ude00Z\" }}",
"out": "c_xb_b_\ud83d\ude00_z|c-xb-b-\ud83d\ude00-z|CXbB\ud83d\ude00Z|CxBb\ud83d\ude00z|CXbB\ud83d\ude00Z|c"
},
{
"tpl": "{{ snakecase \"\u216b\\ufffd\ud83d\ude00_c_\u216b.\u03c3B\" }}|{{ kebabcase \"\u216b\\ufffd\ud83d\ude00_c_\u216b.\u03c3B\" }}|{{ camelcase \"\u216b\\ufffd\ud83d\ude00_c_\u216b.\u03c3B\" }}|{{ swapcase \"\u216b\\ufffd\ud83d\ude00_c_\u216b.\u03c3B\" }}|{{ title \"\u216b\\ufffd\ud83d\ude00_c_\u216b.\u03c3B\" }}|{{ initials \"\u216b\\ufffd\ud83d\ude00_c_\u216b.\u03c3B\" }}",
"out": "\u216b_\ufffd\ud83d\ude00_c_\u216b.\u03c3_b|\u216b-\ufffd\ud83d\ude00-c-\u216b.\u03c3-b|\u216b\ufffd\ud83d\ude00C\u216b.\u03c3B|\u216b\ufffd\ud83d\ude00_C_\u216b.\u03a3b|\u216b\ufffd\ud83d\ude00_c_\u216b.\u03a3B|\u00e2\u00ab\u00ab"
},
{
"tpl": "{{ snakecase \"bA1\u00e9a\" }}|{{ kebabcase \"bA1\u00e9a\" }}|{{ camelcase \"bA1\u00e9a\" }}|{{ swapcase \"bA1\u00e9a\" }}|{{ title \"bA1\u00e9a\" }}|{{ initials \"bA1\u00e9a\" }}",
"out": "b_a_1\u00e9a|b-a-1\u00e9a|BA1\u00e9a|Ba1\u00c9A|BA1\u00e9a|b"
},
{
"tpl": "{{ snakecase \"b\u01c5Byc\u01c5\u216b.\" }}|{{ kebabcase \"b\u01c5Byc\u01c5\u216b.\" }}|{{ camelcase \"b\u01c5Byc\u01c5\u216b.\" }}|{{ swapcase \"b\u01c5Byc\u01c5\u216b.\" }}|{{ title \"b\u01c5Byc\u01c5\u216b.\" }}|{{ initials \"b\u01c5Byc\u01c5\u216b.\" }}",
"out": "b\u01c5_byc\u01c5\u216b.|b\u01c5-byc\u01c5\u216b.|B\u01c5Byc\u01c5\u216b.|B\u01c6bYC\u01c6\u216b.|B\u01c5Byc\u01c5\u216b.|bB\u00e2\u00ab"
},
{
"tpl": "{{ snakecase \"\\ufffdyy\ud83d\ude001\u216b\" }}|{{ kebabcase \"\\ufffdyy\ud83d\ude001\u216b\" }}|{{ camelcase \"\\ufffdyy\ud83d\ude001\u216b\" }}|{{ swapcase \"\\ufffdyy\ud83d\ude001\u216b\" }}|{{ title \"\\ufffdyy\ud83d\ude001\u216b\" }}|{{ initials \"\\ufffdyy\ud83d\ude001\u216b\" }}",
"out": "\ufffdyy_\ud83d\ude001\u216b|\ufffdyy-\ud83d\ude001\u216b|\ufffdyy\ud83d\ude001\u216b|\ufffdYY\ud83d\ude001\u216b|\ufffdyy\ud83d\ude001\u216b|\u00ef\u00ab"
},
{
"tpl": "{{ snakecase \"B\u00e9\ud83d\ude00yc:\u4e2d\u03c3\" }}|{{ kebabcase \"B\u00e9\ud83d\ude00yc:\u4e2d\u03c3\" }}|{{ camelcase \"B\u00e9\ud83d\ude00yc:\u4e2d\u03c3\" }}|{{ swapcase \"B\u00e9\ud83d\ude00yc:\u4e2d\u03c3\" }}|{{ title \"B\u00e9\ud83d\ude00yc:\u4e2d\u03c3\" }}|{{ initials \"B\u00e9\ud83d\ude00yc:\u4e2d\u03c3\" }}",
"out": "b\u00e9_\ud83d\ude00_yc:\u4e2d_\u03c3|b\u00e9-\ud83d\ude00-yc:\u4e2d-\u03c3|B\u00e9\ud83d\ude00yc:\u4e2d\u03c3|b\u00c9\ud83d\ude00YC:\u4e2d\u03a3|B\u00e9\ud83d\ude00yc:\u4e2d\u03c3|B"
},
{
"tpl": "{{ snakecase \"\\ufffd0Zb\u00c9x\" }}|{{ kebabcase \"\\ufffd0Zb\u00c9x\" }}|{{ camelcase \"\\ufffd0Zb\u00c9x\" }}|{{ swapcase \"\\ufffd0Zb\u00c9x\" }}|{{ title \"\\ufffd0Zb\u00c9x\" }}|{{ initials \"\\ufffd0Zb\u00c9x\" }}",
"out": "\ufffd0_zb_\u00e9x|\ufffd0-zb-\u00e9x|\ufffd0Zb\u00c9x|\ufffd0zB\u00e9X|\ufffd0Zb\u00c9x|\u00ef"
},
{
"tpl": "{{ snakecase \".Z\ud83d\ude00X.XZZ\" }}|{{ kebabcase \".Z\ud83d\ude00X.XZZ\" }}|{{ camelcase \".Z\ud83d\ude00X.XZZ\" }}|{{ swapcase \".Z\ud83d\ude00X.XZZ\" }}|{{ title \".Z\ud83d\ude00X.XZZ\" }}|{{ initials \".Z\ud83d\ude00X.XZZ\" }}",
"out": ".z_\ud83d\ude00_x.xzz|.z-\ud83d\ude00-x.xzz|.Z\ud83d\ude00X.XZZ|.z\ud83d\ude00x.xzz|.Z\ud83d\ude00X.XZZ|."
},
{
"tpl": "{{ snakecase \"XcxB\u0661\u03c3\u00e9\" }}|{{ kebabcase \"XcxB\u0661\u03c3\u00e9\" }}|{{ camelcase \"XcxB\u0661\u03c3\u00e9\" }}|{{ swapcase \"XcxB\u0661\u03c3\u00e9\" }}|{{ title \"XcxB\u0661\u03c3\u00e9\" }}|{{ initials \"XcxB\u0661\u03c3\u00e9\" }}",
"out": "xcx_b_\u0661\u03c3\u00e9|xcx-b-\u0661\u03c3\u00e9|XcxB\u0661\u03c3\u00e9|xCXb\u0661\u03a3\u00c9|XcxB\u0661\u03c3\u00e9|X"
},
{
"tpl": "{{ snakecase \"XA\u00e9\" }}|{{ kebabcase \"XA\u00e9\" }}|{{ camelcase \"XA\u00e9\" }}|{{ swapcase \"XA\u00e9\" }}|{{ title \"XA\u00e9\" }}|{{ initials \"XA\u00e9\" }}",
"out": "x_a\u00e9|x-a\u00e9|Xa\u00e9|xa\u00c9|XA\u00e9|X"
},
{
"tpl": "{{ snakecase \"XB\" }}|{{ kebabcase \"XB\" }}|{{ camelcase \"XB\" }}|{{ swapcase \"XB\" }}|{{ title \"XB\" }}|{{ initials \"XB\" }}",
"out": "xb|xb|Xb|xb|XB|X"
},
{
"tpl": "{{ snakecase \"c1\" }}|{{ kebabcase \"c1\" }}|{{ camelcase \"c1\" }}|{{ swapcase \"c1\" }}|{{ title \"c1\" }}|{{ initials \"c1\" }}",
"out": "c1|c1|C1|C1|C1|c"
},
{
"tpl": "{{ snakecase \"Z\ud83d\ude00A\" }}|{{ kebabcase \"Z\ud83d\ude00A\" }}|{{ camelcase \"Z\ud83d\ude00A\" }}|{{ swapcase \"Z\ud83d\ude00A\" }}|{{ title \"Z\ud83d\ude00A\" }}|{{ initials \"Z\ud83d\ude00A\" }}",
"out": "z_\ud83d\ude00_a|z-\ud83d\ude00-a|Z\ud83d\ude00A|z\ud83d\ude00a|Z\ud83d\ude00A|Z"
},
{
"tpl": "{{ snakecase \"_\\ufffd_  Z9c.\" }}|{{ kebabcase \"_\\ufffd_  Z9c.\" }}|{{ camelcase \"_\\ufffd_  Z9c.\" }}|{{ swapcase \"_\\ufffd_  Z9c.\" }}|{{ title \"_\\ufffd_  Z9c.\" }}|{{ initials \"_\\ufffd_  Z9c.\" }}",
"out": "_\ufffd___z_9c.|-\ufffd---z-9c.|_\ufffd_ Z9c.|_\ufffd_  z9C.|_\ufffd_  Z9c.|_Z"
},
{
"tpl": "{{ snakecase \"y1a9Z\" }}|{{ kebabcase \"y1a9Z\" }}|{{ camelcase \"y1a9Z\" }}|{{ swapcase \"y1a9Z\" }}|{{ title \"y1a9Z\" }}|{{ initials \"y1a9Z\" }}",
"out": "y_1a9_z|y-1a9-z|Y1a9Z|Y1A9z|Y1a9Z|y"
},
{
"tpl": "{{ snakecase \"\u0661x\" }}|{{ kebabcase \"\u0661x\" }}|{{ camelcase \"\u0661x\" }}|{{ swapcase \"\u0661x\" }}|{{ title \"\u0661x\" }}|{{ initials \"\u0661x\" }}",
"out": "\u0661x|\u0661x|\u0661x|\u0661X|\u0661x|\u00d9"
},
{
"tpl": "{{ snakecase \"A\u03c3\u0661\u03c3b\u00e9\" }}|{{ kebabcase \"A\u03c3\u0661\u03c3b\u00e9\" }}|{{ camelcase \"A\u03c3\u0661\u03c3b\u00e9\" }}|{{ swapcase \"A\u03c3\u0661\u03c3b\u00e9\" }}|{{ title \"A\u03c3\u0661\u03c3b\u00e9\" }}|{{ initials \"A\u03c3\u0661\u03c3b\u00e9\" }}",
"out": "a\u03c3_\u0661\u03c3b\u00e9|a\u03c3-\u0661\u03c3b\u00e9|A\u03c3\u0661\u03c3b\u00e9|a\u03a3\u0661\u03a3B\u00c9|A\u03c3\u0661\u03c3b\u00e9|A"
},
{
"tpl": "{{ snakecase \".\u00c90x\\ufffdA/.\" }}|{{ kebabcase \".\u00c90x\\ufffdA/.\" }}|{{ camelcase \".\u00c90x\\ufffdA/.\" }}|{{ swapcase \".\u00c90x\\ufffdA/.\" }}|{{ title \".\u00c90x\\ufffdA/.\" }}|{{ initials \".\u00c90x\\ufffdA/.\" }}",
"out": ".\u00e9_0x_\ufffda/.|.\u00e9-0x-\ufffda/.|.\u00c90x\ufffdA/.|.\u00e90X\ufffda/.|.\u00c90x\ufffdA/.|."
},
{
"tpl": "{{ snakecase \"Z\u03c3\u216b0b\u4e2d:0\" }}|{{ kebabcase \"Z\u03c3\u216b0b\u4e2d:0\" }}|{{ camelcase \"Z\u03c3\u216b0b\u4e2d:0\" }}|{{ swapcase \"Z\u03c3\u216b0b\u4e2d:0\" }}|{{ title \"Z\u03c3\u216b0b\u4e2d:0\" }}|{{ initials \"Z\u03c3\u216b0b\u4e2d:0\" }}",
"out": "z\u03c3_\u216b0b_\u4e2d:0|z\u03c3-\u216b0b-\u4e2d:0|Z\u03c3\u216b0b\u4e2d:0|z\u03a3\u216b0B\u4e2d:0|Z\u03c3\u216b0b\u4e2d:0|Z\u00ab"
},
{
"tpl": "{{ snakecase \"cc. Cc\u00e9\u03c3A0\" }}|{{ kebabcase \"cc. Cc\u00e9\u03c3A0\" }}|{{ camelcase \"cc. Cc\u00e9\u03c3A0\" }}|{{ swapcase \"cc. Cc\u00e9\u03c3A0\" }}|{{ title \"cc. Cc\u00e9\u03c3A0\" }}|{{ initials \"cc. Cc\u00e9\u03c3A0\" }}",
"out": "cc._cc\u00e9\u03c3_a0|cc.-cc\u00e9\u03c3-a0|Cc.Cc\u00e9\u03c3A0|CC. cC\u00c9\u03a3a0|Cc. Cc\u00e9\u03c3A0|cC"
},
{
"tpl": "{{ snakecase \"/XyZZ1\\ufffdA\" }}|{{ kebabcase \"/XyZZ1\\ufffdA\" }}|{{ camelcase \"/XyZZ1\\ufffdA\" }}|{{ swapcase \"/XyZZ1\\ufffdA\" }}|{{ title \"/XyZZ1\\ufffdA\" }}|{{ initials \"/XyZZ1\\ufffdA\" }}",
"out": "/xy_zz1_\ufffda|/xy-zz1-\ufffda|/XyZZ1\ufffdA|/xYzz1\ufffda|/XyZZ1\ufffdA|/"
},
{
"tpl": "{{ snakecase \"\" }}|{{ kebabcase \"\" }}|{{ camelcase \"\" }}|{{ swapcase \"\" }}|{{ title \"\" }}|{{ initials \"\" }}",
"out": "|||||"
},
{
"tpl": "{{ snakecase \"\u00c9\\ufffd:x\" }}|{{ kebabcase \"\u00c9\\ufffd:x\" }}|{{ camelcase \"\u00c9\\ufffd:x\" }}|{{ swapcase \"\u00c9\\ufffd:x\" }}|{{ title \"\u00c9\\ufffd:x\" }}|{{ initials \"\u00c9\\ufffd:x\" }}",
"out": "\u00e9\ufffd:x|\u00e9\ufffd:x|\u00c9\ufffd:x|\u00e9\ufffd:X|\u00c9\ufffd:X|\u00c3"
},
{
"tpl": "{{ snakecase \"-Aa\u00e9c10\" }}|{{ kebabcase \"-Aa\u00e9c10\" }}|{{ camelcase \"-Aa\u00e9c10\" }}|{{ swapcase \"-Aa\u00e9c10\" }}|{{ title \"-Aa\u00e9c10\" }}|{{ initials \"-Aa\u00e9c10\" }}",
"out": "_aa\u00e9c10|-aa\u00e9c10|-Aa\u00e9c10|-aA\u00c9C10|-Aa\u00e9c10|-"
},
{
"tpl": "{{ snakecase \"X:\ud83d\ude00XC\" }}|{{ kebabcase \"X:\ud83d\ude00XC\" }}|{{ camelcase \"X:\ud83d\ude00XC\" }}|{{ swapcase \"X:\ud83d\ude00XC\" }}|{{ title \"X:\ud83d\ude00XC\" }}|{{ initials \"X:\ud83d\ude00XC\" }}",
"out": "x:\ud83d\ude00_xc|x:\ud83d\ude00-xc|X:\ud83d\ude00XC|x:\ud83d\ude00xc|X:\ud83d\ude00XC|X"
},
{
"tpl": "{{ snakecase \"--\u216b\u03c3 A\" }}|{{ kebabcase \"--\u216b\u03c3 A\" }}|{{ camelcase \"--\u216b\u03c3 A\" }}|{{ swapcase \"--\u216b\u03c3 A\" }}|{{ title \"--\u216b\u03c3 A\" }}|{{ initials \"--\u216b\u03c3 A\" }}",
"out": "__\u216b\u03c3_a|--\u216b\u03c3-a|--\u216b\u03c3A|--\u216b\u03a3 a|--\u216b\u03c3 A|-\u00abA"
},
{
"tpl": "{{ snakecase \"\u00e9\" }}|{{ kebabcase \"\u00e9\" }}|{{ camelcase \"\u00e9\" }}|{{ swapcase \"\u00e9\" }}|{{ title \"\u00e9\" }}|{{ initials \"\u00e9\" }}",
"out": "\u00e9|\u00e9|\u00c9|\u00c9|\u00c9|\u00c3"
},
{
"tpl": "{{ snakecase \"\u4e2d .\" }}|{{ kebabcase \"\u4e2d .\" }}|{{ camelcase \"\u4e2d .\" }}|{{ swapcase \"\u4e2d .\" }}|{{ title \"\u4e2d .\" }}|{{ initials \"\u4e2d .\" }}",
"out": "\u4e2d_.|\u4e2d-.|\u4e2d.|\u4e2d .|\u4e2d .|\u00e4."
},
{
"tpl": "{{ snakecase \"X\u216b\\ufffdb\" }}|{{ kebabcase \"X\u216b\\ufffdb\" }}|{{ camelcase \"X\u216b\\ufffdb\" }}|{{ swapcase \"X\u216b\\ufffdb\" }}|{{ title \"X\u216b\\ufffdb\" }}|{{ initials \"X\u216b\\ufffdb\" }}",
"out": "x_\u216b\ufffdb|x-\u216b\ufffdb|X\u216b\ufffdb|x\u216b\ufffdB|X\u216b\ufffdb|X\u00ab"
},
{
"tpl": "{{ snakecase \"Xb\" }}|{{ kebabcase \"Xb\" }}|{{ camelcase \"Xb\" }}|{{ swapcase \"Xb\" }}|{{ title \"Xb\" }}|{{ initials \"Xb\" }}",
"out": "xb|xb|Xb|xB|Xb|X"
},
{
"tpl": "{{ snakecase \"\u00c9\u03c3x \\ufffdC:ccA\" }}|{{ kebabcase \"\u00c9\u03c3x \\ufffdC:ccA\" }}|{{ camelcase \"\u00c9\u03c3x \\ufffdC:ccA\" }}|{{ swapcase \"\u00c9\u03c3x \\ufffdC:ccA\" }}|{{ title \"\u00c9\u03c3x \\ufffdC:ccA\" }}|{{ initials \"\u00c9\u03c3x \\ufffdC:ccA\" }}",
"out": "\u00e9\u03c3x_\ufffdc:cc_a|\u00e9\u03c3x-\ufffdc:cc-a|\u00c9\u03c3x\ufffdC:ccA|\u00e9\u03a3X \ufffdc:CCa|\u00c9\u03c3x \ufffdC:CcA|\u00c3\u00ef"
},
{
"tpl": "{{ snakecase \"bBXB \" }}|{{ kebabcase \"bBXB \" }}|{{ camelcase \"bBXB \" }}|{{ swapcase \"bBXB \" }}|{{ title \"bBXB \" }}|{{ initials \"bBXB \" }}",
"out": "b_bxb_|b-bxb-|BBXB |Bbxb |BBXB |b"
},
{
"tpl": "{{ snakecase \"_\u00e90\u4e2d.\" }}|{{ kebabcase \"_\u00e90\u4e2d.\" }}|{{ camelcase \"_\u00e90\u4e2d.\" }}|{{ swapcase \"_\u00e90\u4e2d.\" }}|{{ title \"_\u00e90\u4e2d.\" }}|{{ initials \"_\u00e90\u4e2d.\" }}",
"out": "_\u00e90_\u4e2d.|-\u00e90-\u4e2d.|_\u00c90\u4e2d.|_\u00c90\u4e2d.|_\u00e90\u4e2d.|_"
},
{
"tpl": "{{ snakecase \"\" }}|{{ kebabcase \"\" }}|{{ camelcase \"\" }}|{{ swapcase \"\" }}|{{ title \"\" }}|{{ initials \"\" }}",
"out": "|||||"
},
{
"tpl": "{{ snakecase \"\u216b\u00e9\u00c9\u01c5\\ufffdaB\u0661\u4e2d\" }}|{{ kebabcase \"\u216b\u00e9\u00c9\u01c5\\ufffdaB\u0661\u4e2d\" }}|{{ camelcase \"\u216b\u00e9\u00c9\u01c5\\ufffdaB\u0661\u4e2d\" }}|{{ swapcase \"\u216b\u00e9\u00c9\u01c5\\ufffdaB\u0661\u4e2d\" }}|{{ title \"\u216b\u00e9\u00c9\u01c5\\ufffdaB\u0661\u4e2d\" }}|{{ initials \"\u216b\u00e9\u00c9\u01c5\\ufffdaB\u0661\u4e2d\" }}",
"out": "\u216b\u00e9_\u00e9\u01c5\ufffda_b\u0661_\u4e2d|\u216b\u00e9-\u00e9\u01c5\ufffda-b\u0661-\u4e2d|\u216b\u00e9\u00c9\u01c5\ufffdaB\u0661\u4e2d|\u216b\u00c9\u00e9\u01c6\ufffdAb\u0661\u4e2d|\u216b\u00e9\u00c9\u01c5\ufffdaB\u0661\u4e2d|\u00e2\u00ab\u00ef"
},
{
"tpl": "{{ snakecase \"0y.\" }}|{{ kebabcase \"0y.\" }}|{{ camelcase \"0y.\" }}|{{ swapcase \"0y.\" }}|{{ title \"0y.\" }}|{{ initials \"0y.\" }}",
"out": "0y.|0y.|0y.|0Y.|0y.|0"
},
{
"tpl": "{{ snakecase \"a//\u01c5\" }}|{{ kebabcase \"a//\u01c5\" }}|{{ camelcase \"a//\u01c5\" }}|{{ swapcase \"a//\u01c5\" }}|{{ title \"a//\u01c5\" }}|{{ initials \"a//\u01c5\" }}",
"out": "a//\u01c5|a//\u01c5|A//\u01c5|A//\u01c6|A//\u01c5|a"
},
{
"tpl": "{{ snakecase \"B0.\\ufffd\u01c5/B.a:\" }}|{{ kebabcase \"B0.\\ufffd\u01c5/B.a:\" }}|{{ camelcase \"B0.\\ufffd\u01c5/B.a:\" }}|{{ swapcase \"B0.\\ufffd\u01c5/B.a:\" }}|{{ title \"B0.\\ufffd\u01c5/B.a:\" }}|{{ initials \"B0.\\ufffd\u01c5/B.a:\" }}",
"out": "b0.\ufffd\u01c5/b.a:|b0.\ufffd\u01c5/b.a:|B0.\ufffd\u01c5/B.a:|b0.\ufffd\u01c6/b.A:|B0.\ufffd\u01c5/B.A:|B/"
},
{
"tpl": "{{ snakecase \"a  C:::\u00e9\" }}|{{ kebabcase \"a  C:::\u00e9\" }}|{{ camelcase \"a  C:::\u00e9\" }}|{{ swapcase \"a  C:::\u00e9\" }}|{{ title \"a  C:::\u00e9\" }}|{{ initials \"a  C:::\u00e9\" }}",
"out": "a__c:::\u00e9|a--c:::\u00e9|A C:::\u00e9|A  c:::\u00c9|A  C:::\u00c9|aC"
},
{
"tpl": "{{ snakecase \"\" }}|{{ kebabcase \"\" }}|{{ camelcase \"\" }}|{{ swapcase \"\" }}|{{ title \"\" }}|{{ initials \"\" }}",
"out": "|||||"
},
{
"tpl": "{{ snakecase \"\u03c3B0\u01c5Z\u00c9\u00e9b\u00c9\" }}|{{ kebabcase \"\u03c3B0\u01c5Z\u00c9\u00e9b\u00c9\" }}|{{ camelcase \"\u03c3B0\u01c5Z\u00c9\u00e9b\u00c9\" }}|{{ swapcase \"\u03c3B0\u01c5Z\u00c9\u00e9b\u00c9\" }}|{{ title \"\u03c3B0\u01c5Z\u00c9\u00e9b\u00c9\" }}|{{ initials \"\u03c3B0\u01c5Z\u00c9\u00e9b\u00c9\" }}",
"out": "\u03c3_b_0\u01c5_z_\u00e9\u00e9b_\u00e9|\u03c3-b-0\u01c5-z-\u00e9\u00e9b-\u00e9|\u03a3B0\u01c5Z\u00c9\u00e9b\u00c9|\u03a3b0\u01c6z\u00e9\u00c9B\u00e9|\u03a3B0\u01c5Z\u00c9\u00e9b\u00c9|\u00cfZ"
},
{
"tpl": "{{ snakecase \"\u01c59\u0661X\u00c9/a\" }}|{{ kebabcase \"\u01c59\u0661X\u00c9/a\" }}|{{ camelcase \"\u01c59\u0661X\u00c9/a\" }}|{{ swapcase \"\u01c59\u0661X\u00c9/a\" }}|{{ title \"\u01c59\u0661X\u00c9/a\" }}|{{ initials \"\u01c59\u0661X\u00c9/a\" }}",
"out": "\u01c59\u0661_x\u00e9/a|\u01c59\u0661-x\u00e9/a|\u01c49\u0661X\u00c9/a|\u01c69\u0661x\u00e9/A|\u01c59\u0661X\u00c9/A|\u00c79"
},
{
"tpl": "{{ snakecase \"cB_a1\u0661\u216b_\" }}|{{ kebabcase \"cB_a1\u0661\u216b_\" }}|{{ camelcase \"cB_a1\u0661\u216b_\" }}|{{ swapcase \"cB_a1\u0661\u216b_\" }}|{{ title \"cB_a1\u0661\u216b_\" }}|{{ initials \"cB_a1\u0661\u216b_\" }}",
"out": "c_b_a1\u0661\u216b_|c-b-a1\u0661\u216b-|CBA1\u0661\u216b_|Cb_A1\u0661\u216b_|CB_a1\u0661\u216b_|c\u00ab"
},
{
"tpl": "{{ snakecase \"c-C\u4e2dB\u216b\" }}|{{ kebabcase \"c-C\u4e2dB\u216b\" }}|{{ camelcase \"c-C\u4e2dB\u216b\" }}|{{ swapcase \"c-C\u4e2dB\u216b\" }}|{{ title \"c-C\u4e2dB\u216b\" }}|{{ initials \"c-C\u4e2dB\u216b\" }}",
"out": "c_c_\u4e2d_b\u216b|c-c-\u4e2d-b\u216b|CC\u4e2dB\u216b|C-c\u4e2db\u216b|C-C\u4e2dB\u216b|c\u00ab"
},
{
"tpl": "{{ snakecase \"a\" }}|{{ kebabcase \"a\" }}|{{ camelcase \"a\" }}|{{ swapcase \"a\" }}|{{ title \"a\" }}|{{ initials \"a\" }}",
"out": "a|a|A|A|A|a"
}
]"###;

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
