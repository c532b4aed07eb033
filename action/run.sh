#!/usr/bin/env bash
# Runs the installed CLI with the action's inputs; the key goes through the environment, never the command line.
# Always exits 0 so the report is uploaded; the last step of the action exits with the CLI's code.
set -uo pipefail
out="${INPUT_OUT:-conform-report}"
args=(--out "$out" --report html,json,junit)
[ -n "${INPUT_BASE_URL:-}" ] && args+=(--base-url "$INPUT_BASE_URL")
[ -n "${INPUT_MODEL:-}" ] && args+=(--model "$INPUT_MODEL")
[ -n "${INPUT_FEATURES:-}" ] && args+=(--features "$INPUT_FEATURES")
[ -n "${INPUT_CLAIMS:-}" ] && args+=(--claims "$INPUT_CLAIMS")
[ -n "${INPUT_BASELINE:-}" ] && args+=(--baseline "$INPUT_BASELINE")
[ -n "${INPUT_TRIALS:-}" ] && args+=(--trials "$INPUT_TRIALS")
read -ra extra <<< "${INPUT_ARGS:-}"
if [ -n "${INPUT_API_KEY:-}" ]; then export OPENAI_API_KEY="$INPUT_API_KEY"; fi
"$RUNNER_TEMP/openai-conform/node_modules/.bin/conform" "${args[@]}" "${extra[@]}"
code=$?
echo "exit-code=$code" >> "$GITHUB_OUTPUT"
echo "report-dir=$out" >> "$GITHUB_OUTPUT"
