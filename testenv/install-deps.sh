#!/usr/bin/env bash
# Installs, from Debian's packages, what the test environment needs and a fresh machine may
# lack. Go, Rust (with rustfmt and clippy), Node.js/npm and Python come with the machine.
set -euo pipefail
missing=()
for c in openssl:openssl curl:curl unzip:unzip python3:python3 npm:npm jq:jq; do
  command -v "${c%%:*}" >/dev/null 2>&1 || missing+=("${c#*:}")
done
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
[[ -x /usr/sbin/nginx ]] || command -v nginx >/dev/null 2>&1 || missing+=(nginx-light)   # chart repositories
command -v gpg >/dev/null 2>&1 || missing+=(gnupg)   # signed test charts (helm package --sign)
if (( ${#missing[@]} )); then
  echo "installing: ${missing[*]}" >&2
  [[ $(id -u) == 0 ]] || { echo "need root to apt-get install ${missing[*]}" >&2; exit 1; }
  apt-get update -qq
  # Packages must not start their services (nginx would listen on every address): the test
  # environment starts its own, on 127.0.0.1 only.
  policy=/usr/sbin/policy-rc.d; own_policy=0
  [[ -e $policy ]] || { printf '#!/bin/sh\nexit 101\n' > "$policy"; chmod 755 "$policy"; own_policy=1; }
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  [[ $own_policy == 0 ]] || rm -f "$policy"
fi
for c in go cargo; do command -v $c >/dev/null || { echo "$c is required" >&2; exit 1; }; done
