#!/usr/bin/env bash
# Installs the CLI into $RUNNER_TEMP/openai-conform: INPUT_PACKAGE (an npm spec or a tarball path), or
# openai-conform at the version of this action's package.json.
set -euo pipefail
spec="${INPUT_PACKAGE:-}"
if [ -z "$spec" ]; then
  spec="openai-conform@$(node -p "require(process.argv[1]).version" "$GITHUB_ACTION_PATH/package.json")"
elif [ -e "$spec" ]; then
  spec="$(cd "$(dirname "$spec")" && pwd)/$(basename "$spec")" # npm reads a relative path from --prefix
fi
prefix="$RUNNER_TEMP/openai-conform"
mkdir -p "$prefix"
echo "[conform] installing $spec"
npm install --prefix "$prefix" --no-audit --no-fund --no-save --loglevel=error "$spec"
