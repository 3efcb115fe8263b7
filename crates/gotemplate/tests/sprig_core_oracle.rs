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
