// Command oracle runs template cases through Go's text/template and records the results.
// It produces go_oracle.json, which tests/go_oracle.rs checks the Rust engine against.
//
// Usage: go run main.go < cases.json > ../go_oracle.json
package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"strings"
	"text/template"
)

type Case struct {
	Name  string `json:"name"`
	Tmpl  string `json:"tmpl"`
	Mode  string `json:"mode,omitempty"`
	Delim []string `json:"delims,omitempty"`
	// Files parsed, in order, before "t" (each a [name, text] pair).
	Files [][2]string `json:"files,omitempty"`
}

type Result struct {
	Case
	Out string `json:"out"`
	Err string `json:"err,omitempty"`
}

const data = `{
  "s": "str", "n": 3, "f": 1000000, "fl": 1.5, "b": true, "z": 0, "e": "", "nul": null,
  "list": ["a", "b", "c"], "nums": [1, 2, 3], "empty": [], "emap": {},
  "m": {"b": 2, "a": 1, "c": {"d": "deep"}},
  "nested": {"x": null},
  "items": [{"name": "x"}, null],
  "big": 123456789, "neg": -2.5, "small": 0.000001
}`

// Obj is a struct with methods, reached through a pointer, as Helm's objects are.
type Obj struct {
	Name  string
	Count int
	Any   interface{}
	Tags  []string
}

func (o *Obj) Greeting() string                      { return "hi " + o.Name }
func (o *Obj) Get(s string) string                   { return "<" + s + ">" }
func (o *Obj) Join(sep string, parts ...string) string { return strings.Join(parts, sep) }
func (o *Obj) Fail() (string, error)                 { return "", errors.New("obj failed") }
func (o *Obj) Self() *Obj                            { return o }
func (o *Obj) Num(i int) int                         { return i * 2 }

func main() {
	var cases []Case
	if err := json.NewDecoder(os.Stdin).Decode(&cases); err != nil {
		panic(err)
	}
	var results []Result
	for _, c := range cases {
		results = append(results, run(c))
	}
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(results); err != nil {
		panic(err)
	}
}

func run(c Case) (r Result) {
	r.Case = c
	defer func() {
		if p := recover(); p != nil {
			r.Err = fmt.Sprintf("panic: %v", p)
		}
	}()
	var d interface{}
	if err := json.Unmarshal([]byte(data), &d); err != nil {
		panic(err)
	}
	d.(map[string]interface{})["obj"] = &Obj{Name: "f", Count: 2, Tags: []string{"x", "y"}}
	t := template.New("root")
	funcs := template.FuncMap{
		"upper":  strings.ToUpper,
		"typeOf": func(v interface{}) string { return fmt.Sprintf("%T", v) },
		"half":   func(f float64) float64 { return f / 2 },
		"strs":   func(s ...string) []string { return s },
		"fail":   func(s string) (string, error) { return "", errors.New(s) },
		"include": func(name string, data interface{}) (string, error) {
			var b strings.Builder
			err := t.ExecuteTemplate(&b, name, data)
			return b.String(), err
		},
	}
	t.Funcs(funcs)
	if c.Mode != "" {
		t.Option("missingkey=" + c.Mode)
	}
	if len(c.Delim) == 2 {
		t.Delims(c.Delim[0], c.Delim[1])
	}
	for _, f := range c.Files {
		if _, err := t.New(f[0]).Parse(f[1]); err != nil {
			r.Err = err.Error()
			return
		}
	}
	if _, err := t.New("t").Parse(c.Tmpl); err != nil {
		r.Err = err.Error()
		return
	}
	var b strings.Builder
	err := t.ExecuteTemplate(&b, "t", d)
	r.Out = b.String()
	if err != nil {
		r.Err = err.Error()
	}
	return
}
