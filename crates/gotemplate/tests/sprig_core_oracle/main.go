// Command sprig_core_oracle writes ../sprig_core_oracle.json: every template of cases.json run
// by Go's text/template with Sprig v3.3.0's TxtFuncMap() (without env and expandenv, as Helm
// removes them), option missingkey=zero, on the data in data.json, with Go's output and error
// text. tests/sprig_core_oracle.rs runs the same templates through this crate and must agree.
//
//	cd crates/gotemplate/tests/sprig_core_oracle && go run . > ../sprig_core_oracle.json
//
// To add cases, append templates to cases.json and run the generator again.
package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"text/template"

	"github.com/Masterminds/sprig/v3"
)

type result struct {
	Tpl string `json:"tpl"`
	Out string `json:"out"`
	Err string `json:"err,omitempty"`
}

func readJSON(path string, into interface{}) {
	b, err := os.ReadFile(path)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	if err := json.Unmarshal(b, into); err != nil {
		fmt.Fprintf(os.Stderr, "%s: %v\n", path, err)
		os.Exit(1)
	}
}

func main() {
	var cases []string
	readJSON("cases.json", &cases)
	var data interface{}
	readJSON("data.json", &data)
	fm := sprig.TxtFuncMap()
	delete(fm, "env")
	delete(fm, "expandenv")
	out := make([]result, 0, len(cases))
	for _, c := range cases {
		r := result{Tpl: c}
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
		os.Exit(1)
	}
}
