#!/usr/bin/env python3
"""Regenerates the golden outputs under expected/ by running the real helm binary.

For every cases/NAME.yaml, a throw-away chart gets NAME.yaml as its values.yaml and a template
that prints (base64, inside comments so helm's manifest parser ignores them):
  {{ .Values | toYaml }}, {{ .Values | toJson }}, {{ toYaml .Values.v }} and {{ toYamlPretty .Values }}.
Outputs go to expected/NAME.toyaml, NAME.json, NAME.v.toyaml, NAME.pretty (helm's toYaml trims
the final newline; the files hold exactly what the template printed). When helm refuses the
values file, expected/NAME.err holds its message after "cannot unmarshal yaml document: ".

raw_cases.json is a list of YAML texts given to {{ fromYaml }} as they are (no values-file
line handling); expected/raw.json holds, for each, helm's `fromYaml | toJson` (a map, or
{"Error": "..."}).

Usage: regenerate.py [path-to-helm]   (default: helm4 from ~/.cache/rhelm-testenv)
"""
import base64, glob, json, os, shutil, subprocess, sys, tempfile

here = os.path.dirname(os.path.abspath(__file__))
helm = sys.argv[1] if len(sys.argv) > 1 else glob.glob(
    os.path.expanduser("~/.cache/rhelm-testenv/*/bin/helm4/helm"))[0]

TEMPLATE = """# Y {{ .Values | toYaml | b64enc }}
# J {{ .Values | toJson | b64enc }}
# V {{ toYaml .Values.v | b64enc }}
# P {{ toYamlPretty .Values | b64enc }}
"""
OUTS = {"Y": ".toyaml", "J": ".json", "V": ".v.toyaml", "P": ".pretty"}

tmp = tempfile.mkdtemp()
try:
    chart = os.path.join(tmp, "c")
    os.makedirs(os.path.join(chart, "templates"))
    with open(os.path.join(chart, "Chart.yaml"), "w") as f:
        f.write("apiVersion: v2\nname: c\nversion: 0.1.0\n")
    with open(os.path.join(chart, "templates", "t.yaml"), "w") as f:
        f.write(TEMPLATE)
    exp = os.path.join(here, "expected")
    for old in glob.glob(os.path.join(exp, "*")):
        os.remove(old)
    for case in sorted(glob.glob(os.path.join(here, "cases", "*.yaml"))):
        name = os.path.basename(case)[:-5]
        shutil.copy(case, os.path.join(chart, "values.yaml"))
        p = subprocess.run([helm, "template", "rel", chart], capture_output=True)
        if p.returncode != 0:
            err = p.stderr.decode()
            marker = "cannot unmarshal yaml document: "
            if marker in err:
                err = err.split(marker, 1)[1]
            with open(os.path.join(exp, name + ".err"), "w") as f:
                f.write(err.rstrip("\n") + "\n")
            continue
        for line in p.stdout.decode().splitlines():
            if line.startswith("# ") and line[2:3] in OUTS and line[3:4] == " ":
                data = base64.b64decode(line[4:])
                with open(os.path.join(exp, name + OUTS[line[2]]), "wb") as f:
                    f.write(data)
    cases = json.load(open(os.path.join(here, "raw_cases.json"), encoding="utf-8"))
    with open(os.path.join(chart, "templates", "t.yaml"), "w", encoding="utf-8") as f:
        for i, c in enumerate(cases):
            f.write("# %d {{ %s | fromYaml | toJson | b64enc }}\n" % (i, json.dumps(c)))
    os.remove(os.path.join(chart, "values.yaml"))
    p = subprocess.run([helm, "template", "rel", chart], capture_output=True, check=True)
    outs = {}
    for line in p.stdout.decode().splitlines():
        if line.startswith("# ") and line[2].isdigit():
            i, b = line[2:].split(" ", 1)
            outs[int(i)] = json.loads(base64.b64decode(b))
    with open(os.path.join(exp, "raw.json"), "w", encoding="utf-8") as f:
        json.dump([outs[i] for i in range(len(cases))], f, indent=0, ensure_ascii=False)
finally:
    shutil.rmtree(tmp)
