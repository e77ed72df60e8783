#!/usr/bin/env bash
# Installs the packed plugin next to ESLint 9.15 (the lowest supported version) in a temporary
# folder and lints a TypeScript file, a properties file and a YAML file with kafka.configs.recommended.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

tarball="$(cd "$root" && npm pack --silent --pack-destination "$work" | tail -n 1)"
cd "$work"
npm init -y > /dev/null
npm install --no-audit --no-fund --silent "eslint@9.15.0" "./$tarball" > /dev/null
cp -r "$root/tools/smoke/fixture/." .
node check.mjs
