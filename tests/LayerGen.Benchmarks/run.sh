#!/usr/bin/env bash
# Runs the whole softmax benchmark suite and writes docs/benchmarks.md:
#   1. builds this project in Release,
#   2. checks every implementation against a double reference (--check; stops on a failure),
#   3. runs all BenchmarkDotNet benchmarks (or the BenchmarkDotNet arguments given, e.g. --filter '*100000x10*'),
#   4. runs the PyTorch script with /usr/bin/python3 (it writes a "skipped" result when torch is missing),
#   5. writes docs/benchmarks.md from the results of this run
#      (BenchmarkDotNet.Artifacts/benchmarks-partial.md instead when BenchmarkDotNet arguments were given).
# Both sides time the benchmark thread's CPU time by default (the machine is shared; see docs/benchmarks.md);
# pass --wall-clock first to use wall-clock time instead (BenchmarkDotNet then runs each benchmark out of process).
# Usage, from the repository root: tests/LayerGen.Benchmarks/run.sh [--wall-clock] [BenchmarkDotNet arguments]
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
artifacts="$here/BenchmarkDotNet.Artifacts"
dll="$here/bin/Release/net10.0/LayerGen.Benchmarks.dll"
torch_python=/usr/bin/python3
report_python=/usr/bin/python3
[ -x "$report_python" ] || report_python=python3
[ -x "$torch_python" ] || torch_python=$report_python

rm -rf "$artifacts/results"
mkdir -p "$artifacts"

echo "== build (Release)"
dotnet build "$here/LayerGen.Benchmarks.csproj" -c Release --nologo -v quiet

echo "== self-check"
dotnet "$dll" --check | tee "$artifacts/selfcheck.md"

command="tests/LayerGen.Benchmarks/run.sh${1:+ $*}"
clock=cpu
if [ "${1:-}" = "--wall-clock" ]; then
  clock=wall
  shift
fi

echo "== BenchmarkDotNet"
bdn_args=("$@")
report="$root/docs/benchmarks.md"
if [ ${#bdn_args[@]} -eq 0 ]; then
  bdn_args=(--filter '*')
else
  # A partial run must not replace the full report.
  report="$artifacts/benchmarks-partial.md"
fi
clock_args=()
[ "$clock" = cpu ] || clock_args=(--wall-clock)
(cd "$here" && dotnet "$dll" "${clock_args[@]}" "${bdn_args[@]}" --artifacts "$artifacts")

echo "== PyTorch ($torch_python)"
"$torch_python" "$here/pytorch_softmax_bench.py" --clock "$clock" --out "$artifacts/pytorch.json"

echo "== report"
commit=$(git -C "$root" rev-parse --short HEAD)
git -C "$root" diff --quiet HEAD -- src tests || commit="$commit (with uncommitted changes)"
"$report_python" "$here/write_report.py" \
  --bdn-results "$artifacts/results" \
  --pytorch "$artifacts/pytorch.json" \
  --check "$artifacts/selfcheck.md" \
  --command "$command" \
  --commit "$commit" \
  --out "$report"
