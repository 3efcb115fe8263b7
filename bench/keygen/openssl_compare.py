#!/usr/bin/env python3
"""Renders bench/keygen/chart (one of each generator) with rhelm and with helm, runs every
certificate through `openssl x509 -text -noout` and every key through `openssl pkey -text -noout`
(and `openssl rsa -check` for RSA keys), masks the random parts (hex dumps, serials, dates) and
diffs the two tools' descriptions. usage: bench/keygen/openssl_compare.py RHELM HELM bench/keygen/chart"""
import re, subprocess, sys, yaml
rhelm, helm, chart = sys.argv[1:4]

def render(tool):
    out = subprocess.run([tool, "template", "rel", chart, "--set", "n=1",
                          "--set", "kinds={rsa,ecdsa,ed25519,ca,signed,selfsigned}"],
                         capture_output=True, text=True, check=True).stdout
    docs = [d for d in yaml.safe_load_all(out) if d]
    return {(d["metadata"]["name"], k): v for d in docs for k, v in d["stringData"].items()}

def describe(pem):
    kind = re.search(r"-----BEGIN ([A-Z ]+)-----", pem).group(1)
    if kind == "CERTIFICATE":
        cmd = ["openssl", "x509", "-text", "-noout"]
    else:
        cmd = ["openssl", "pkey", "-text", "-noout"]
    p = subprocess.run(cmd, input=pem, capture_output=True, text=True)
    text = kind + "\n" + p.stdout + p.stderr
    if kind == "RSA PRIVATE KEY":
        c = subprocess.run(["openssl", "rsa", "-check", "-noout"], input=pem,
                           capture_output=True, text=True)
        text += "check: " + c.stdout + c.stderr
    text = re.sub(r"(?m)^(\s*)(([0-9a-f]{2}:)+[0-9a-f]{0,2}|[0-9a-f]{2})\s*$", r"\1HEX", text)
    text = re.sub(r"(?m)^(\s*HEX\n)+", "  HEX...\n", text)
    text = re.sub(r"Serial Number:.*\n(\s*HEX...\n)?", "Serial Number: X\n", text)
    text = re.sub(r"(Not Before|Not After) ?: .*", r"\1: DATE", text)
    text = re.sub(r"(keyid:)?([0-9A-F]{2}:){19}[0-9A-F]{2}", "KEYID", text)
    text = re.sub(r"Exponent: \d+ \(0x[0-9a-f]+\)", "Exponent: 65537", text)
    return text

ours, theirs = render(rhelm), render(helm)
assert ours.keys() == theirs.keys(), (ours.keys(), theirs.keys())
bad = 0
for key in sorted(ours):
    a, b = describe(ours[key]), describe(theirs[key])
    print(f"{key}: {'same' if a == b else 'DIFFERENT'}")
    if a != b:
        bad += 1
        import difflib
        print("".join(difflib.unified_diff(b.splitlines(True), a.splitlines(True), "helm", "rhelm")))
sys.exit(1 if bad else 0)
