#!/usr/bin/env python3
"""Differential testing of goyaml against the real helm binary with random values files.

Build the helper first: `cargo build --release -p goyaml --example render`, then run
`./differential.py KIND FIRST_SEED LAST_SEED` with KIND one of strings, numbers, docs, noise.
Every generated file goes through `helm template` (toYaml, toJson, toYamlPretty of the values)
and through the render example; any difference is printed. Known sources of difference: Go's
random map order makes helm's key order random when go-yaml's key comparison is not transitive
(keys mixing digits and punctuation), and helm loads values files via a document splitter.
"""
import base64, glob, json, os, random, subprocess, sys, tempfile

import base64, glob, json, os, random, subprocess, sys, tempfile
helm = glob.glob(os.path.expanduser("~/.cache/rhelm-testenv/*/bin/helm4/helm"))[0]
render = os.environ.get("GOYAML_RENDER", os.path.join(os.environ.get("CARGO_TARGET_DIR", "target"), "release/examples/render"))
TEMPLATE = """# Y {{ .Values | toYaml | b64enc }}
# J {{ .Values | toJson | b64enc }}
# V {{ toYaml .Values.v | b64enc }}
# P {{ toYamlPretty .Values | b64enc }}
"""
def helm_run(values):
    d = tempfile.mkdtemp()
    os.makedirs(d + "/templates")
    open(d + "/Chart.yaml", "w").write("apiVersion: v2\nname: c\nversion: 0.1.0\n")
    open(d + "/templates/t.yaml", "w").write(TEMPLATE)
    open(d + "/values.yaml", "w", encoding="utf-8", newline="").write(values)
    p = subprocess.run([helm, "template", "rel", d], capture_output=True)
    r = subprocess.run([render, d + "/values.yaml"], capture_output=True)
    subprocess.run(["rm", "-rf", d])
    if p.returncode != 0:
        e = p.stderr.decode(errors="replace")
        m = "cannot unmarshal yaml document: "
        h = {"err": e.split(m, 1)[1].strip() if m in e else e.strip()}
    else:
        h = {}
        for line in p.stdout.decode().splitlines():
            if line.startswith("# ") and line[3:4] == " ":
                h[line[2]] = base64.b64decode(line[4:]).decode("utf-8", errors="replace")
    try:
        g = json.loads(r.stdout.decode())
    except Exception:
        g = {"crash": r.stderr.decode()[-500:]}
    return h, g

def compare(values, h, g):
    bad = []
    if "err" in h or "err" in g:
        if h.get("err") != g.get("err"):
            bad.append(("err", h.get("err"), g.get("err") or g.get("crash")))
        return bad
    if "crash" in g:
        return [("crash", None, g["crash"])]
    def tr(s): return s if s == "" else s + "\n"
    for k, gk in (("Y", "toyaml"), ("V", "v"), ("P", "pretty")):
        if tr(h.get(k, "")) != g[gk]:
            bad.append((k, tr(h.get(k, "")), g[gk]))
    hj = json.loads(h["J"], parse_int=float)
    g["json"] = json.loads(json.dumps(g["json"]), parse_int=float)
    if hj != g["json"]:
        bad.append(("J", h["J"], json.dumps(g["json"])))
    return bad


def gen_strings(seed, count, mutate=True):
    random.seed(seed)
    alpha = list("ab -:#?*&!|>'\"%@`,[]{}~.=+_0123456789\t\\") + ["\n", "\n", "  ", "é", "😀", "\u00a0", "\u2028", "\u0085", "\ufeff", "\x07", "\x1b", "\r", "yes", "no", "on", "null", "true", "0x", "1e", "2001-12-14", "---", "...", "<<", "- ", ": ", " #"]
    def rs():
        n = random.choice([1, 2, 3, 5, 8, 20, 40, 90])
        return "".join(random.choice(alpha) for _ in range(n))
    def q(x):
        out = json.dumps(x, ensure_ascii=False)
        for c, e in (("\u0085", "\\u0085"), ("\u2028", "\\u2028"), ("\u2029", "\\u2029"), ("\ufeff", "\\ufeff")):
            out = out.replace(c, e)
        return out
    def words():
        n = random.randint(5, 40)
        return " ".join("".join(random.choice("abcdefgh") for _ in range(random.randint(1, 12))) + random.choice(["", "", "", " ", "\t", ":", "#"]) for _ in range(n))
    lines = ["v:"]
    for i in range(count):
        s = rs() if random.random() < 0.7 else words()
        if random.random() < 0.1:
            s = s.replace("\n", " ")
        k = "k%04d" % i if random.random() < 0.85 else rs().replace("\u0085", "").replace("\n", "")
        lines.append("  %s: %s" % (q(k), q(s)))
    return "\n".join(lines) + "\n"

def gen_numbers(seed, count, mutate=True):
    random.seed(seed)
    def num():
        r = random.random()
        sign = random.choice(["", "", "-", "+"])
        if r < 0.2: return sign + str(random.randint(0, 10**random.randint(1, 25)))
        if r < 0.4: return sign + "%d.%d" % (random.randint(0, 10**random.randint(0, 12)), random.randint(0, 10**random.randint(0, 8)))
        if r < 0.6: return sign + "%d.%de%s%d" % (random.randint(0, 99), random.randint(0, 999), random.choice(["", "+", "-"]), random.randint(0, 330))
        if r < 0.7: return sign + random.choice(["0x", "0o", "0b", "0", "0X", "0B", "0O"]) + "".join(random.choice("0123456789abcdefABCDEF_") for _ in range(random.randint(0, 20)))
        if r < 0.8: return sign + "".join(random.choice("0123456789_.eE+-") for _ in range(random.randint(1, 12)))
        if r < 0.9: return "%04d-%d-%d%s" % (random.randint(0, 9999), random.randint(0, 13), random.randint(0, 32), random.choice(["", "T10:20:30Z", " 1:2:3", "t1:2:3.5+01:00", "T25:00:00Z", "x"]))
        return sign + "%d:%d:%d" % (random.randint(0, 99), random.randint(0, 70), random.randint(0, 70))
    lines = ["v:"]
    for i in range(count):
        n = num()
        lines.append("  k%04d: %s" % (i, n))
        lines.append("  s%04d: \"%s\"" % (i, n))
    return "\n".join(lines) + "\n"

def gen_docs(seed, count, mutate=True):
    random.seed(seed)

    plains = ["a", "b c", "yes", "No", "on", "OFF", "y", "~", "null", "0777", "0x1F", "0b11", "0o17", "1_000", "-1", "+1", "1.5", ".5", "1e3", "1e400",
              "2001-12-14", "12:30", "true", "TRUE", "tRue", "08", "-0", "123456789012345678901", "9223372036854775808", ".inf", "-.Inf", "http://x", "a:b",
              "a #c", "x y z", "-a", "?a", "é", "0.1", "1.", "+.5", "_1", "1__2", "0x_A", "<<", "=", "100000000000000000000000"]
    def scalar():
        r = random.random()
        if r < 0.6: return random.choice(plains)
        if r < 0.7: return '"%s"' % random.choice(plains)
        if r < 0.8: return "'%s'" % random.choice(plains)
        if r < 0.85: return "!!str " + random.choice(plains)
        if r < 0.9: return "!!float " + random.choice(["1", "2.5", "x"])
        return random.choice(["[1, 2]", "{a: 1, b: [x]}", "[]", "{}", "[a, {b: c}]", "!!int 3", "!!binary aGk="])
    anchors = []
    def block(indent, depth):
        lines = []
        n = random.randint(1, 4)
        if random.random() < 0.3 and depth > 0:
            for _ in range(n):
                if random.random() < 0.3 and depth < 3:
                    sub = block(indent + 2, depth + 1)
                    lines.append(" " * indent + "-" + (" " + sub[0].lstrip() if sub else ""))
                    lines.extend(sub[1:])
                else:
                    lines.append(" " * indent + "- " + scalar())
            return lines
        keys = ["k%d" % i for i in range(n)] + ["yes", "1", "0x10", "1.5", "~x", "on"]
        for i in range(n):
            k = random.choice(keys)
            r = random.random()
            if r < 0.1 and anchors:
                lines.append(" " * indent + "<<: *" + random.choice(anchors))
            elif r < 0.2 and anchors:
                lines.append(" " * indent + k + ": *" + random.choice(anchors))
            elif r < 0.45 and depth < 3:
                a = ""
                if random.random() < 0.3:
                    name = "a%d" % len(anchors); anchors.append(name); a = " &" + name
                lines.append(" " * indent + k + ":" + a)
                lines.extend(block(indent + 2, depth + 1))
            elif r < 0.5:
                lines.append(" " * indent + k + ": |" + random.choice(["", "-", "+"]))
                lines.append(" " * (indent + 2) + "line1")
                lines.append(" " * (indent + 2) + "line2")
            else:
                lines.append(" " * indent + k + ": " + scalar() + random.choice(["", "", " # c"]))
        return lines
    lines = block(0, 0)
    text = "\n".join(lines) + "\n"
    if mutate:
        for _ in range(random.randint(1, 2)):
            i = random.randrange(len(text))
            op = random.random()
            if op < 0.4:
                text = text[:i] + random.choice([" ", "\n", ":", "-", "[", "{", "\"", "'", "&", "*", "!", "\t", "#", "|", "?", ",", "]", "}"]) + text[i:]
            else:
                text = text[:i] + text[i+1:]
    return text

def gen_noise(seed, count, mutate=True):
    random.seed(seed)
    base = [
    "a: 1\nb:\n  c: [1, 2, {d: e}]\n  f: |\n    text\n     more\n  g: >-\n    folded\n    lines\nh: &anc\n  i: \"q\\tx\"\n  j: 'it''s'\nk: *anc\nl:\n- x\n- y: z\n  w: v\n- - n\n",
    "list:\n  - name: a\n    value: 1\n  - {name: b, value: [1, 2]}\nmap: {a: 1, b: 2}\n? complex\n: value\nempty:\nnull_v: ~\ntagged: !!str 5\n",
    "x: \"multi\n  line\n\n  para\"\ny: plain\n  continued\n  # not a comment?\nz: |2\n   indented\n  less\n",
    "s: {a: [b, c], d: {e: f}}\nt: [a, [b, [c, {d: e}]]]\nu: !!map {k: v}\nv: !!seq [1]\n",
    "%TAG !e! tag:example.com,2000:\n---\na: !e!foo x\nb: !local y\n...\n---\nc: 1\n",
    ]
    text = random.choice(base)
    alphabet = [" ", "\n", ":", "-", "[", "]", "{", "}", "\"", "'", "&", "*", "!", "\t", "#", "|", ">", "?", ",", "%", "@", "`", "\\", "...", "---", "  ", "x"]
    for _ in range(random.randint(1, 3)):
        i = random.randrange(len(text))
        op = random.random()
        if op < 0.5:
            text = text[:i] + random.choice(alphabet) + text[i:]
        elif op < 0.8:
            text = text[:i] + text[i+1:]
        else:
            j = min(len(text), i + random.randint(1, 5))
            text = text[:i] + random.choice(alphabet) + text[j:]
    return text


if __name__ == "__main__":
    kind, first, last = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    gen = {"strings": gen_strings, "numbers": gen_numbers, "docs": gen_docs, "noise": gen_noise}[kind]
    bad = 0
    for seed in range(first, last + 1):
        values = gen(seed, 300)
        h, g = helm_run(values)
        diffs = compare(values, h, g)
        if diffs:
            bad += 1
            print("== seed", seed)
            for d in diffs:
                print(" ", d[0], "helm:", repr(d[1])[:300])
                print(" ", d[0], "ours:", repr(d[2])[:300])
    print("%d of %d differ" % (bad, last - first + 1))
