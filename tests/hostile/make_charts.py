#!/usr/bin/env python3
"""Writes the small hostile chart archives of tests/hostile/charts/ (committed; rerun to remake).

Each archive is built entry by entry with raw names, so that unsafe names reach the reader
unchanged. Large inputs (bombs, archives over the size limits) are not kept here: tests/hostile.rs
generates them from the `gen:` recipes of cases.yaml.
"""
import gzip
import io
import os
import tarfile

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "charts")
CHART_YAML = b"apiVersion: v2\nname: c\nversion: 0.1.0\n"
CM = b"apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm\ndata:\n  f: {{ .Files.Get \"files/link\" | quote }}\n"


def entry(name, data=b"", kind=tarfile.REGTYPE, link="", raw=None):
    return (name, data, kind, link, raw)


def write(fname, entries):
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w", format=tarfile.GNU_FORMAT, encoding="utf-8", errors="surrogateescape") as tar:
        for name, data, kind, link, raw in entries:
            ti = tarfile.TarInfo(name)
            ti.type = kind
            ti.linkname = link
            ti.size = len(data) if kind == tarfile.REGTYPE else 0
            ti.mode = 0o644
            ti.mtime = 1_700_000_000
            if kind in (tarfile.CHRTYPE, tarfile.BLKTYPE):
                ti.devmajor, ti.devminor = 1, 3
            tar.addfile(ti, io.BytesIO(data) if kind == tarfile.REGTYPE else None)
    out = gzip.compress(buf.getvalue(), mtime=0)
    with open(os.path.join(HERE, fname), "wb") as f:
        f.write(out)


def base(*extra):
    return [entry("c/Chart.yaml", CHART_YAML), entry("c/templates/cm.yaml", CM)] + list(extra)


os.makedirs(HERE, exist_ok=True)
write("dotdot.tgz", base(entry("c/../../escaped.txt", b"owned")))
write("dotdot-deep.tgz", base(entry("c/templates/../../../../tmp/escaped.txt", b"owned")))
write("absolute.tgz", base(entry("c//tmp/escaped.txt", b"owned")))
write("backslash.tgz", base(entry("c\\..\\..\\escaped.txt", b"owned")))
write("drive.tgz", base(entry("c/C:/escaped.txt", b"owned")))
write("toplevel-chart-yaml.tgz", [entry("Chart.yaml", CHART_YAML)])
write("symlink-out.tgz", base(entry("c/files/link", kind=tarfile.SYMTYPE, link="/etc/passwd")))
write("symlink-dir-out.tgz", base(entry("c/files", kind=tarfile.SYMTYPE, link="../../.."), entry("c/files/link", b"through a symlinked folder")))
write("hardlink-out.tgz", base(entry("c/files/link", kind=tarfile.LNKTYPE, link="/etc/passwd")))
write("hardlink-dotdot.tgz", base(entry("c/files/link", kind=tarfile.LNKTYPE, link="c/../../../etc/passwd")))
write("device.tgz", base(entry("c/files/link", kind=tarfile.CHRTYPE), entry("c/files/blk", kind=tarfile.BLKTYPE)))
write("fifo.tgz", base(entry("c/files/link", kind=tarfile.FIFOTYPE)))
write("duplicate-names.tgz", base(entry("c/templates/cm.yaml", b"apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: second\n"),
                                   entry("c/Chart.yaml", b"apiVersion: v2\nname: c\nversion: 0.2.0\n")))
write("non-utf8-name.tgz", base(entry("c/templates/\udcff\udcfe.yaml", b"apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: latin\n")))
write("no-chart-yaml.tgz", [entry("c/templates/cm.yaml", CM)])
write("empty.tgz", [])
with open(os.path.join(HERE, "not-gzip.tgz"), "wb") as f:
    f.write(b"PK\x03\x04 this is a zip, not a gzipped tar\x00\x01")
whole = open(os.path.join(HERE, "dotdot.tgz"), "rb").read()
# A gzip stream cut in the middle (the same archive, last half missing).
with open(os.path.join(HERE, "truncated.tgz"), "wb") as f:
    f.write(gzip.compress(gzip.decompress(open(os.path.join(HERE, "symlink-out.tgz"), "rb").read()), mtime=0)[:150])
