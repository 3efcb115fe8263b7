# Sourced by the benchmarks (which set `root`): the control-plane binaries, rhelm and helm, and
# a control plane of their own.

# Builds the test environment's binaries and rhelm with cargo profile $1 (`release` or `dist`);
# sets `rhelm` and `helm` (helm 4.1.4).
bench_build() {
  "$root/testenv/build.sh" >/dev/null
  . "$root/testenv/versions.sh"; export CARGO_TARGET_DIR=$RHELM_CARGO_TARGET
  (cd "$root" && cargo build --profile "$1" --locked --bin rhelm)
  rhelm=$CARGO_TARGET_DIR/$1/rhelm
  helm=$(ls -d "$HOME"/.cache/rhelm-testenv/*/bin/helm4 | head -1)/helm
}

# Starts a control plane (without PostgreSQL) in a fresh `dir`, stopped on exit, and loads its
# environment (KUBECONFIG, RHELM_HELM4, RHELM_KUBECTL, ...).
bench_start_env() {
  dir=$(mktemp -d /tmp/rhelm-bench.XXXXXX)
  trap '"$root/testenv/stop.sh" "$dir"' EXIT
  RHELM_TESTENV_POSTGRES=0 "$root/testenv/start.sh" "$dir"
  . "$dir/env"
}

# Writes a chart of 50 objects to folder $1: 25 ConfigMaps, 15 Services and 10 Deployments whose
# content follows the value `gen` (and whose pods carry `podLabels`).
bench_chart50() {
  mkdir -p "$1/templates"
  printf 'apiVersion: v2\nname: fifty\nversion: 1.0.0\n' > "$1/Chart.yaml"
  printf 'gen: "1"\n' > "$1/values.yaml"
  cat > "$1/templates/all.yaml" <<'TPL'
{{- range $i := until 25 }}
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: cm-{{ $i }}
data:
  gen: {{ $.Values.gen | quote }}
  payload: {{ printf "%s-%d" $.Values.gen $i | sha256sum | quote }}
{{- end }}
{{- range $i := until 15 }}
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
{{- range $i := until 10 }}
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
