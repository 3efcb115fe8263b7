# Sourced by the benchmarks (which set `root`): the control-plane binaries, rhelm and helm, and
# a control plane of their own.

# Builds the test environment's binaries and rhelm with cargo profile $1 (`release` or `dist`);
# sets `rhelm` and `helm` (helm 4.1.4). RHELM_BENCH_BIN=PATH measures that rhelm binary instead
# of building one.
bench_build() {
  "$root/testenv/build.sh" >/dev/null
  . "$root/testenv/versions.sh"; export CARGO_TARGET_DIR=$RHELM_CARGO_TARGET
  if [[ -n ${RHELM_BENCH_BIN:-} ]]; then
    rhelm=$RHELM_BENCH_BIN
  else
    (cd "$root" && cargo build --profile "$1" --locked --bin rhelm)
    rhelm=$CARGO_TARGET_DIR/$1/rhelm
  fi
  helm=$TESTENV_CACHE/bin/helm4/helm
}

# Starts a control plane (without PostgreSQL) in a fresh `dir`, stopped on exit, and loads its
# environment (KUBECONFIG, RHELM_HELM4, RHELM_KUBECTL, ...).
bench_start_env() {
  dir=$(mktemp -d /tmp/rhelm-bench.XXXXXX)
  trap '"$root/testenv/stop.sh" "$dir"' EXIT
  RHELM_TESTENV_POSTGRES=0 "$root/testenv/start.sh" "$dir"
  . "$dir/env"
}

# Writes a chart of 50 objects (25 ConfigMaps, 15 Services, 10 Deployments) into folder $1,
# or $2 times as many (`bench_chart50 DIR 10`: 500 objects); the value `gen` changes every
# object.
bench_chart50() {
  local chart=$1 scale=${2:-1}
  mkdir -p "$chart/templates"
  printf 'apiVersion: v2\nname: fifty\nversion: 1.0.0\n' > "$chart/Chart.yaml"
  printf 'gen: "1"\nscale: %d\n' "$scale" > "$chart/values.yaml"
  cat > "$chart/templates/all.yaml" <<'TPL'
{{- range $i := until (int (mul 25 $.Values.scale)) }}
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: cm-{{ $i }}
data:
  gen: {{ $.Values.gen | quote }}
  payload: {{ printf "%s-%d" $.Values.gen $i | sha256sum | quote }}
{{- end }}
{{- range $i := until (int (mul 15 $.Values.scale)) }}
---
apiVersion: v1
kind: Service
metadata:
  name: svc-{{ $i }}
  labels:
    gen: {{ $.Values.gen | quote }}
spec:
  selector:
    app: app-{{ $i }}
  ports:
    - port: 80
{{- end }}
{{- range $i := until (int (mul 10 $.Values.scale)) }}
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: app-{{ $i }}
spec:
  replicas: 1
  selector:
    matchLabels:
      app: app-{{ $i }}
  template:
    metadata:
      labels:
        app: app-{{ $i }}
        gen: {{ $.Values.gen | quote }}
        {{- with $.Values.podLabels }}
        {{- toYaml . | nindent 8 }}
        {{- end }}
    spec:
      containers:
        - name: c
          image: registry.invalid/app:{{ $.Values.gen }}
{{- end }}
TPL
}

# Runs a command with its stdout discarded and prints its wall time in seconds.
time_one() { python3 - "$@" <<'PY'
import subprocess, sys, time
t = time.perf_counter()
subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL)
print(f"{time.perf_counter() - t:.4f}")
PY
}

# Prints the medians of helm's and rhelm's times: bench_compare WHAT N HELM_1..HELM_N RHELM_1..RHELM_N
bench_compare() { python3 - "$@" <<'PY'
import statistics, sys
what, n = sys.argv[1], int(sys.argv[2])
h = list(map(float, sys.argv[3:3 + n])); r = list(map(float, sys.argv[3 + n:]))
mh, mr = statistics.median(h), statistics.median(r)
verdict = f"{mh/mr:.1f}x faster" if mh >= mr else f"{mr/mh:.1f}x slower"
print(f"{what}, median of {n} runs: helm {mh*1000:.0f} ms, rhelm {mr*1000:.0f} ms, rhelm is {verdict}")
PY
}

# Runs a tool (`helm` or `rhelm`) $runs times with its own helm home under $dir/home-TOOL;
# prints "<median seconds> <peak RSS MiB> <exit code> <median cpu seconds>" (bench/measure.py).
bench_one() { # tool args...
  local tool=$1; shift; local bin=$helm; [[ $tool == rhelm ]] && bin=$rhelm
  HELM_CONFIG_HOME=$dir/home-$tool/config HELM_CACHE_HOME=$dir/home-$tool/cache HELM_DATA_HOME=$dir/home-$tool/data \
    python3 "$root/bench/measure.py" "$runs" -- "$bin" "$@"
}

# Prints one line: the title, helm's and rhelm's median time and peak RSS, and the ratio.
bench_report() { # title helm-line rhelm-line
  python3 - "$@" <<'PY'
import sys
title, h, r = sys.argv[1], sys.argv[2].split(), sys.argv[3].split()
th, tr = float(h[0]), float(r[0])
print(f"{title}: helm {th*1000:.0f} ms / {float(h[1]):.0f} MiB (exit {h[2]}), "
      f"rhelm {tr*1000:.0f} ms / {float(r[1]):.0f} MiB (exit {r[2]}); rhelm is {th/tr:.1f}x faster")
PY
}
