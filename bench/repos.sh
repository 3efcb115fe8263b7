#!/usr/bin/env bash
# Benchmark of chart repositories: rhelm next to helm 4.1.4, on the nginx repositories of the
# test environment (testenv/chart-repos.sh; no control plane needed), each tool with its own
# helm home:
#   1. `template x REPO/demo --version 0.2.0` from a warm cache (index cached, chart archive in
#      the content cache), for the small test repository and for a large index (CHARTS charts
#      x VERSIONS versions, about the size of a big public repository's index);
#   2. `repo update` of three repositories (plain, TLS + auth, and the large index over TLS).
# Prints median wall time and peak RSS per tool and the ratio.
# usage: bench/repos.sh [RUNS] [CHARTS] [VERSIONS]     (default 10 1000 25)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd); root=$(cd "$here/.." && pwd)
runs=${1:-10}; charts=${2:-1000}; versions=${3:-25}
. "$here/common.sh"
bench_build release

dir=$(mktemp -d /tmp/rhelm-bench-repos.XXXXXX)
trap 'kill "$(cat "$dir/nginx.pid" 2>/dev/null)" 2>/dev/null; rm -rf "$dir"' EXIT
mkdir -p "$dir/pki" "$dir/logs"; touch "$dir/env"
openssl req -x509 -newkey rsa:2048 -nodes -days 30 -subj "/CN=rhelm-bench-ca" \
  -addext "keyUsage=critical,keyCertSign,cRLSign" -keyout "$dir/pki/ca.key" -out "$dir/pki/ca.crt" 2>/dev/null
"$root/testenv/chart-repos.sh" "$dir" "$dir/pki"
. "$dir/env"

# The large index: the served demo entries copied under CHARTS names x VERSIONS versions, in
# `helm repo index`'s layout, with chart URLs pointing at the plain server's real archives.
big=$dir/chart-repos/elsewhere/big; mkdir -p "$big"
python3 - "$RHELM_TEST_REPO_DIR/demo-0.2.0.tgz" "$RHELM_TEST_REPO_URL" "$charts" "$versions" > "$big/index.yaml" <<'PY'
import hashlib, sys
archive, url, charts, versions = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
real = hashlib.sha256(open(archive, "rb").read()).hexdigest()
out = ["apiVersion: v1", "entries:"]
for c in range(charts):
    name = "demo" if c == 0 else f"chart{c:04d}"
    out.append(f"  {name}:")
    for v in range(versions, 0, -1):
        ver = "0.2.0" if (c == 0 and v == 1) else f"{v}.{c % 7}.{v % 3}"
        digest = real if (c == 0 and ver == "0.2.0") else hashlib.sha256(f"{name}{ver}".encode()).hexdigest()
        out += [
            "  - annotations:",
            "      category: Infrastructure",
            "      licenses: Apache-2.0",
            "    apiVersion: v2",
            f"    appVersion: {v}.{c % 11}.0",
            '    created: "2026-01-01T00:00:00.000000000Z"',
            "    dependencies:",
            "    - name: common",
            "      repository: oci://registry.invalid/charts",
            "      tags:",
            "      - common",
            "      version: 2.x.x",
            f"    description: {name} is a chart generated for the rhelm benchmark of large repository indexes.",
            f"    digest: {digest}",
            f"    home: https://example.invalid/{name}",
            f"    icon: https://example.invalid/{name}.svg",
            "    keywords:",
            f"    - {name}",
            "    - benchmark",
            "    maintainers:",
            "    - name: Benchmark Maintainers",
            "      url: https://example.invalid/maintainers",
            f"    name: {name}",
            "    sources:",
            f"    - https://example.invalid/src/{name}",
            "    urls:",
            f"    - {url}/demo-0.2.0.tgz",
            f"    version: {ver}",
        ]
out.append('generated: "2026-01-01T00:00:00Z"')
print("\n".join(out))
PY
echo "large index: $(du -h "$big/index.yaml" | cut -f1), $charts charts x $versions versions" >&2
bigurl=${RHELM_TEST_REPO_TLS_URL%/charts}/elsewhere/big
auth=(--username "$RHELM_TEST_REPO_USER" --password "$RHELM_TEST_REPO_PASSWORD" --ca-file "$RHELM_TEST_REPO_CA")

for tool in helm rhelm; do
  bin=$helm; [[ $tool == rhelm ]] && bin=$rhelm
  home=$dir/home-$tool
  export HELM_CONFIG_HOME=$home/config HELM_CACHE_HOME=$home/cache HELM_DATA_HOME=$home/data
  "$bin" repo add plain "$RHELM_TEST_REPO_URL" >/dev/null
  "$bin" repo add sec "$RHELM_TEST_REPO_TLS_URL" "${auth[@]}" >/dev/null
  "$bin" repo add big "$bigurl" "${auth[@]}" >/dev/null
  # Warm the content cache.
  "$bin" template x plain/demo --version 0.2.0 >/dev/null
  "$bin" template x big/demo --version 0.2.0 >/dev/null
done

bench_report "template plain/demo --version 0.2.0, warm cache, small index, median of $runs" \
  "$(bench_one helm template x plain/demo --version 0.2.0)" "$(bench_one rhelm template x plain/demo --version 0.2.0)"
bench_report "template big/demo --version 0.2.0, warm cache, $(du -h "$big/index.yaml" | cut -f1) index, median of $runs" \
  "$(bench_one helm template x big/demo --version 0.2.0)" "$(bench_one rhelm template x big/demo --version 0.2.0)"
bench_report "repo update (plain, TLS+auth, TLS+auth large index), median of $runs" \
  "$(bench_one helm repo update)" "$(bench_one rhelm repo update)"
