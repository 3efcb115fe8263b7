import json
cases = []
def c(t, mode=None, delims=None, files=None):
    d = {"name": f"c{len(cases):03d}", "tmpl": t}
    if files: d["files"] = files
    if mode: d["mode"] = mode
    if delims: d["delims"] = delims
    cases.append(d)

# printing
for t in ["{{.s}} {{.n}} {{.f}} {{.fl}} {{.b}} {{.nul}} {{.missing}}",
          "{{.list}} {{.m}} {{.empty}} {{.emap}} {{.items}}",
          "{{.big}} {{.neg}} {{.small}} {{.nested}}",
          "{{printf \"%v|%s|%d|%q|%T\" nil nil .n .s .n}}",
          "{{print 1 2 \"a\" \"b\" 3 nil}}|{{println 1 \"x\" nil}}",
          "{{3}} {{3.0}} {{1e3}} {{0x10}} {{'a'}} {{-0}} {{1_000}} {{0o17}} {{017}} {{0b11}} {{0x1p4}} {{.5}} {{5.}} {{-.5}} {{+3}}",
          "{{typeOf 3}} {{typeOf 3.5}} {{typeOf 0x1p4}} {{typeOf 'x'}} {{typeOf .n}} {{typeOf 1e3}} {{typeOf 0x10}} {{typeOf nil}} {{typeOf .list}} {{typeOf .m}}",
          "{{1i}} {{typeOf 2i}}", "{{'\\n'}} {{'\\x41'}} {{'\\u00e9'}} {{'é'}}",
          "{{\"a\\tb\"}} {{`raw\\n`}} {{\"\\u00e9\\x41\\101\"}}",
          "{{9223372036854775807}}", "{{9223372036854775808}}", "{{-9223372036854775808}}", "{{18446744073709551615}}", "{{1e400}}", "{{08}}", "{{0x}}", "{{1_}}", "{{1__0}}", "{{0x_1}}", "{{1.5e}}",
          "{{ 3 | printf \"%d %s\" \"x\" }}",
          ]:
    c(t)
# control
for t in ["{{if .z}}a{{else if .e}}b{{else if .list}}c{{else}}d{{end}}",
          "{{if .empty}}a{{else}}b{{end}}{{if .nul}}a{{else}}b{{end}}{{if .emap}}a{{else}}b{{end}}",
          "{{with .s}}{{.}}{{end}}{{with .z}}x{{else with .b}}{{.}}{{end}}{{with .z}}x{{else}}y{{end}}",
          "{{with $x := .m.c}}{{$x.d}}{{.d}}{{end}}",
          "{{range .list}}{{.}}{{end}}|{{range $i, $v := .list}}{{$i}}={{$v}} {{end}}",
          "{{range $k, $v := .m}}{{$k}}:{{$v}} {{end}}|{{range .empty}}x{{else}}none{{end}}",
          "{{range 3}}{{.}}{{end}}|{{range $i := 2}}{{$i}}{{end}}|{{range 0}}x{{else}}e{{end}}|{{range -2}}x{{else}}n{{end}}",
          "{{range .list}}{{if eq . \"b\"}}{{continue}}{{end}}{{if eq . \"c\"}}{{break}}{{end}}{{.}}{{end}}",
          "{{range .nope}}x{{else}}nil{{end}}", "{{range .s}}{{end}}", "{{range $i, $v := 3}}{{end}}", "{{range .n}}{{.}}{{end}}",
          "{{range .b}}{{end}}", "{{range $i, $e := .items}}{{$i}}{{$e}}{{end}}",
          "{{range .items}}{{.name}}{{end}}", "{{range $v := .items}}{{$v.name}}{{end}}",
          "{{$x := 0}}{{range .nums}}{{$x = .}}{{end}}{{$x}}",
          "{{range $i, $v = .list}}{{end}}", "{{$i := 0}}{{$v := 0}}{{range $i, $v = .list}}{{end}}{{$i}}{{$v}}",
          "{{range $i, $v := .m}}{{$i}}{{end}}", "{{range .m}}{{.}}{{end}}",
          "{{if}}{{end}}", "{{range}}{{end}}", "{{with}}{{end}}", "{{if 1}}", "{{end}}", "{{else}}", "{{if 1}}{{else}}{{else}}{{end}}",
          "{{break}}", "{{range .list}}{{break 1}}{{end}}", "{{range .list}}{{define \"x\"}}{{end}}{{end}}",
          "{{range .list}}{{template \"y\"}}{{end}}{{define \"y\"}}{{break}}{{end}}",
          ]:
    c(t)
# logic & compare
for t in ["{{and 1 0 (fail \"no\")}}|{{or 0 \"\" \"x\" (fail \"no\")}}",
          "{{and 1 2 3}}|{{or 0 \"\"}}|{{not 0}}|{{not .list}}|{{and}}", "{{or}}", "{{not}}", "{{not 1 2}}",
          "{{.n | and 1}}|{{0 | or false}}|{{and .nope 1}}|{{or .nope}}",
          "{{eq 1 2 3 1}} {{ne \"a\" \"b\"}} {{lt 1 2}} {{le 2 2}} {{gt 1.5 2.5}} {{ge \"b\" \"a\"}}",
          "{{eq .nul nil}} {{eq .missing \"x\"}} {{eq .n 3.0}} {{eq nil nil}} {{eq .list nil}}",
          "{{eq .n 3}}", "{{lt 1 nil}}", "{{eq .list .list}}", "{{eq .m .m}}", "{{eq .list .m}}", "{{eq .list \"x\"}}", "{{eq}}", "{{eq 1}}",
          "{{lt true false}}", "{{lt .list .list}}", "{{ne 1 2 3}}", "{{lt \"a\" 1}}", "{{eq \"x\" 1 \"x\"}}", "{{eq 1 1.0}}", "{{eq true 1}}",
          "{{ge 1 nil}}", "{{le nil nil}}", "{{eq .nul .missing}}",
          ]:
    c(t)
# missing keys
for mode in [None, "zero", "error", "invalid"]:
    for t in ["{{.nope}}|{{.nope.deeper}}", "{{.nested.x.y}}", "{{.nested.x}}", "{{$x := .nope}}{{$x.y}}", "{{(.nope).y}}",
              "{{upper .nope}}", "{{upper .nul}}", "{{index .m \"zz\"}}", "{{.m.zz.yy}}", "{{template \"q\"}}{{define \"q\"}}{{.a}}{{end}}",
              "{{with .nope}}x{{else}}y{{end}}", "{{len .nope}}", "{{printf \"%v\" .nope}}"]:
        c(t, mode)
# fields, args
for t in ["{{.m.c.d}} {{(.m).c.d}} {{(index .m \"c\").d}}", "{{.n.x}}", "{{$x := 1}}{{$x.y}}", "{{.m.a 1}}", "{{.s.x}}", "{{.list.x}}",
          "{{upper \"a\"}} {{\"b\" | upper}} {{half 3}} {{half 1.5}} {{half .n}}", "{{upper 1}}", "{{upper .n}}", "{{upper nil}}",
          "{{upper \"a\" \"b\"}}", "{{strs}}{{strs 1}}", "{{strs \"a\" .s}}", "{{strs \"a\" .n}}", "{{fail \"boom\"}}", "{{typeOf 9223372036854775808}}",
          "{{true 1}}", "{{nil}}", "{{$x := 1}}{{$x 2}}", "{{. 1}}", "{{\"a\" 1}}", "{{(1) 2}}", "{{1 | (upper)}}", "{{\"x\" | (upper)}}",
          "{{half \"x\"}}", "{{half true}}", "{{half nil}}", "{{typeOf nil}}", "{{half 1 | half}}", "{{3 | half}}", "{{upper | upper}}",
          "{{nosuch}}", "{{.x | nosuch}}", "{{$x}}", "{{$x := 1}}{{$x := 2}}{{$x}}", "{{$x = 1}}",
          "{{(nil).x}}", "{{(1).x}}", "{{\"x\".y}}", "{{.list.0}}", "{{$.s}}{{$.n}}", "{{with .m}}{{$.s}}{{.a}}{{end}}",
          "{{strs \"a\" | len}}", "{{print (strs \"a\" \"b\")}}", "{{index (strs \"a\" \"b\") 1}}", "{{typeOf (strs)}}",
          ]:
    c(t)
# builtins
for t in ["{{len .s}} {{len .m}} {{index .m \"c\" \"d\"}} {{index .list 2}} {{index .m \"zz\"}} {{len \"héllo\"}}",
          "{{slice .list 1}} {{slice \"hello\" 1 3}} {{slice .list}} {{slice .list 1 2 3}} {{slice .list 3}}",  "{{slice .list 2 1}}", "{{slice \"abc\" 1 2 3}}", "{{slice nil}}", "{{slice 1}}", "{{slice .list 1 2 3 4}}",
          "{{html \"<a&b>\\\"'\"}} {{js \"it's <x> = &\\n\"}} {{urlquery \"a b\" \"c\"}} {{html 1 2}} {{js .list}} {{urlquery \"é/?\"}}",
          "{{index .list 5}}", "{{index .list 3}}", "{{index .list -1}}", "{{index .list \"0\"}}", "{{index .list nil}}", "{{index .m 1}}", "{{index .m nil}}", "{{index .n 1}}", "{{index nil}}", "{{index .list}}", "{{index .nul 1}}", "{{index .items 1 \"x\"}}", "{{index \"abc\" 1}}", "{{index .list 1.0}}",
          "{{len 3}}", "{{len nil}}", "{{len .nope}}", "{{len .nul}}", "{{call .nope}}", "{{call .s}}", "{{call}}", "{{len nil}}", "{{$x := .nul}}{{len $x}}", "{{call .list 1}}", "{{call (print 1)}}",
          "{{print}}|{{println}}|{{printf \"%%\"}}", "{{printf}}", "{{printf 1}}", "{{printf .nope}}",
          ]:
    c(t)
# templates
for t in ["{{define \"h\"}}[{{.}}]{{end}}{{template \"h\" .s}}{{template \"h\"}}{{include \"h\" 5 | upper}}",
          "{{block \"b\" .n}}<{{.}}>{{end}}", "{{define \"r\"}}{{template \"r\" .}}{{end}}{{template \"r\"}}",
          "{{template \"nope\"}}", "{{template \"x\" 1 2}}", "{{template}}", "{{template .s}}", "{{define \"a\"}}A{{end}}{{define \"a\"}}B{{end}}",
          "{{define \"a\"}}A{{end}}{{define \"a\"}} {{end}}{{template \"a\"}}", "{{define \"a\"}}{{end}}{{define \"a\"}}B{{end}}{{template \"a\"}}",
          "{{define}}x{{end}}", "{{define \"a\"}}x", "{{define \"a\" 1}}{{end}}", "{{define `a`}}A{{end}}{{template `a`}}",
          "{{include \"nope\" .}}", "{{define \"h2\"}}{{.x.y}}{{end}}{{include \"h2\" .nested}}",
          "{{define \"h3\"}}{{$}}{{end}}{{template \"h3\" 1}}", "{{$x := 1}}{{define \"v\"}}{{$x}}{{end}}",
          "{{block \"b\" .}}{{break}}{{end}}", "{{range .list}}{{block \"bb\" .}}{{.}}{{end}}{{end}}",
          ]:
    c(t)
# syntax
for t in ["x  {{- /* c */ -}}  y {{- 3 }} {{-3}} {{- -3 -}} z", "{{/* c */}}", "{{/* c */ 1}}", "{{/* c ", "{{ /* c */ }}", "{{- /* c */}}a",
          "a {{- \"\\n\" -}} b", "{{ .s -}}\n\n x", "{{.s-}}", "{{ .s- }}", "{{-.s}}", "{{3 -}}", "{{3-}}",
          "{{{ .s }}", "{{ .s }}}", "{{ (1 }}", "{{ 1) }}", "{{ | upper }}", "{{ print \"a\" | }}", "{{ 1 | 2 }}", "{{ .s |}}", "{{ .Values..a }}", "{{.a-b}}",
          "{{1.2.3}}", "{{1a}}", "{{\"unterminated}}", "{{'ab'}}", "{{''}}", "{{'\\q'}}", "{{\"\\q\"}}", "{{`a\nb`}}", "{{ .s\n}}", "{{\n.s\n}}", "{{ .s \n | upper }}",
          "{{$a, $b := .list}}", "{{range $a, $b, $c := .list}}{{end}}", "{{range $a, 1 := .list}}{{end}}", "{{$a := 1 := 2}}",
          "{{.s | printf \"%s-%s\" .s}}", "{{ printf \"%s\" \"a\"\n", "{{ .x\n", "a\n{{ .x ", "{{@}}", "{{ .s # }}", "{{ .s , }}", "{{ 1 = 2 }}",
          "{{ $ := 1 }}", "{{ $x := 1 }}{{ $x := $x }}{{$x}}", "{{ ( .s ) }}", "{{(.s | upper) | printf \"%s!\"}}", "{{ (.m).c.d }}",
          "{{ if true }}a{{ else if false }}b{{ else }}c{{ end }}", "{{with 1}}{{else if 1}}{{end}}",
          "{{ true.x }}", "{{ .s.x.y }}", "{{ $.m.c.d }}",
          ]:
    c(t)
# objects (a Go struct pointer with methods)
for t in ["{{.obj.Name}} {{.obj.Count}} {{.obj.Greeting}} {{.obj.Get \"a\"}} {{\"b\" | .obj.Get}} {{.obj.Join \"-\" \"a\" \"b\"}} {{\"z\" | .obj.Join \",\" \"y\"}} {{.obj.Self.Name}} {{.obj.Num 3}} {{.obj.Tags}}",
          "{{.obj.Fail}}", "{{.obj.Nope}}", "{{.obj.Self.Nope}}", "{{.obj.Any.x}}", "{{.obj.Any}}", "{{.obj.Name 1}}", "{{.obj.Get}}", "{{.obj.Get 1}}",
          "{{.obj.Num .n}}", "{{.obj.Num 2.0}}", "{{.obj.Num 2.5}}", "{{.obj.Join}}", "{{with .obj}}{{.Name}}{{.Greeting}}{{end}}", "{{if .obj}}t{{end}}", "{{.obj}}",
          "{{$o := .obj}}{{$o.Get \"q\"}}{{$o.Nope}}", "{{(.obj).Name}} {{.obj.Self.Get \"x\"}}", "{{index .obj 1}}", "{{len .obj}}",
          "{{eq .obj .obj}}", "{{.obj.Count | printf \"%d\"}}", "{{range .obj}}{{end}}", "{{.obj.Tags.x}}", "{{.obj.Count.x}}",
          "{{upper .obj.Name}} {{upper .obj.Greeting}}", "{{upper .obj}}", "{{typeOf .obj}} {{typeOf .obj.Tags}} {{typeOf .obj.Count}}",
          "{{.obj.Self.Self.Count}}", "{{(.obj.Get \"p\").x}}", "{{.obj.Greeting 1}}", "{{1 | .obj.Greeting}}", "{{call .obj.Greeting}}",
          ]:
    c(t)
# lexer and parser corners
for t in ["{{.s|upper|upper}}{{(.s)|upper}}", "{{ $x := .m }}{{ $x.c.d }}{{ $.s }}", "{{'\\''}} {{'\"'}} {{'\\\\'}}", "{{\"\\'\"}}", "{{ « }}", "{{ .s ; }}",
          "{{-\t3}}|{{-\n3}}|{{3\t-}}|{{3 -\n}}", "a\r\n{{- 3 -}}\r\nb", "{{typeOf -0x10}} {{-0x10}} {{1e-3}} {{0X1F}} {{0B1}} {{0O7}} {{.5e1}} {{1.}} {{0.}} {{00}} {{0_1}} {{0x1.8p1}}",
          "{{.αβ}}", "{{$é := 1}}{{$é}}", "{{ .s.αβ }}", "{{/* a\nb */}}x{{/* c */}}{{- /* d */ -}} y", "{{/**/}}", "{{/* */ -}} x", "{{- /* */}}", "{{/* */-}}",
          "{{with $x := .z}}a{{else with $y := .s}}{{$y}}{{else}}c{{end}}", "{{range .list}}{{with .}}{{break}}{{end}}x{{end}}y",
          "{{range $i, $v := .list}}{{$i := 5}}{{$i}}{{end}}", "{{$ = 1}}{{$}}", "{{define \"t2\"}}{{$}}{{end}}{{$x := 1}}{{template \"t2\" 5}}",
          "{{ .s }}{{/* c */}}{{ .n }}", "{{ if true }}{{ $x := 1 }}{{ end }}{{ $x }}", "{{ range .list }}{{ $x := . }}{{ end }}{{ $x }}",
          "{{ 1 }}{{ 2 }}", "{{ \"a\" \"b\" }}", "{{ .s .s }}", "{{ (.s) (.s) }}", "{{ len .list | printf \"%03d\" }}", "{{ index .m \"c\" | len }}",
          "{{ .m.c.d | printf \"%q\" | len }}", "{{ print .nope | len }}", "{{ printf \"%v\" .list }} {{ printf \"%s\" .list }} {{ printf \"%d\" .nums }}",
          "{{ printf \"%5.2f|%-5s|%05d|%x|%X|%o|%b|%e|%g|%t|%c|%U\" 3.14159 \"ab\" 42 255 255 8 5 1234.5678 0.00001 true 65 65 }}",
          "{{ printf \"%v %v\" 1 }} {{ printf \"%v\" 1 2 }} {{ printf \"%!\" }} {{ printf \"%[2]v %[1]v\" 1 2 }}",
          "{{ print .f .big .small .neg 1e21 1e20 100000 1e-5 0.0001 }}", "{{ println }}{{ print }}", "{{ printf \"%T %T %T %T\" .m .list .nul .obj }}",
          "{{ .missing | printf \"%v\" }}", "{{ .nope | upper }}", "{{ .nul | upper }}", "{{ \"x\" | printf \"%s %s\" .nope }}",
          ]:
    c(t)
for t in ["{{ .nope | upper }}", "{{ .nul | len }}", "{{ .nope | len }}", "{{ index .items 1 | len }}", "{{ (index .items 1).name }}", "{{ $e := index .items 1 }}{{ $e.name }}"]:
    c(t, "zero")
# error mode and more missing-value corners
for mode in ["error", "zero", None]:
    for t in ["{{index .m \"zz\"}}", "{{.m.c.zz}}", "{{with .m.zz}}x{{end}}", "{{if .m.zz}}x{{else}}y{{end}}", "{{range .m.zz}}x{{end}}",
              "{{$v := .m.zz}}{{$v}}", "{{and .m.zz 1}}", "{{or .m.zz \"d\"}}", "{{not .m.zz}}", "{{eq .m.zz nil}}", "{{.m.zz | printf \"%v\"}}",
              "{{template \"e\" .m.zz}}{{define \"e\"}}{{.x}}{{end}}", "{{(index .items 1).name}}", "{{range .items}}{{with .}}{{.name}}{{end}}{{end}}"]:
        c(t, mode)
for t in ["{{html 1 \"<\" nil}} {{js 1 nil}} {{urlquery nil}} {{html .list}}", "{{slice \"héllo\" 1 3}}", "{{index \"héllo\" 1}}",
          "{{print \"a\" 1 2 \"b\" nil nil true}}", "{{printf \"%s %v %d\" .list .m .list}}", "{{printf \"%x %X %q\" \"hi\" .list .list}}",
          "{{printf \"%6.2v|%-8v|%+d|% d|%#v|%#x\" 3.14159 \"ab\" 5 5 .list 255}}", "{{printf \"%v\" .items}} {{printf \"%+v\" .m}}",
          "{{range $i, $c := \"abc\"}}{{$i}}{{end}}", "{{len .m.c}} {{len .emap}} {{len .empty}}",
          ]:
    c(t)
# several texts parsed into one set, as Helm does with a chart's files
c("{{template \"x\"}}", files=[["a", "{{define \"x\"}}A{{end}}"], ["b", "{{define \"x\"}}B{{end}}"]])
c("{{template \"x\"}}", files=[["a", "{{define \"x\"}}A{{end}}"], ["b", "{{define \"x\"}} {{end}}"]])
c("{{template \"a\" .s}}|{{include \"b\" 1}}", files=[["a", "file a {{.}}"], ["b", "{{define \"q\"}}Q{{end}}file b {{.}}"]])
c("{{template \"x\" .}}", files=[["a", "{{define \"x\"}}{{.nested.x.y}}{{end}}"]], mode="zero")
c("{{template \"x\" .}}", files=[["a", "{{define \"x\"}}\n\n  {{fail \"deep\"}}{{end}}"]])
c("{{include \"x\" .}}", files=[["a", "{{define \"x\"}}{{include \"y\" .}}{{end}}{{define \"y\"}}{{.s.z}}{{end}}"]])
c("x", files=[["a", "{{define \"x\"}}{{end"]])
c("{{template \"a\"}}", files=[["a", ""]])
c("{{template \"t\"}}", files=[["a", "{{define \"t\"}}T{{end}}"]])
c("{{define \"a\"}}new{{end}}{{template \"a\"}}", files=[["a", "old"]])
c("a [[- .s -]] b {{.s}} [[/* c */]]!", delims=["[[", "]]"])
c("<<.s>> <<- 3 ->> x", delims=["<<", ">>"])
c("{%.s%}{% .n %}", delims=["{%", "%}"])
json.dump(cases, open("cases.json", "w"), indent=1)
print(len(cases))
