#!/usr/bin/env bash
# Runs the whole benchmark suite and writes docs/benchmarks.md and docs/training-benchmark.md:
#   1. builds this project in Release,
#   2. checks every softmax implementation against a double reference (--check; stops on a failure),
#   3. runs the PyTorch peers (softmax, and GEMM on OpenBLAS), then all BenchmarkDotNet benchmarks (softmax and GEMM,
#      or the BenchmarkDotNet arguments given, e.g. --filter '*Gemm*'), then the PyTorch peers again: peers before and
#      after, so the report shows how much the machine's load moved during the run,
#   4. runs the training benchmark (run_training.py: LayerGen and PyTorch epochs alternately, thread scaling, accuracy)
#      and the sample once for the plot, unless --no-training is given or BenchmarkDotNet arguments were given,
#   5. writes the reports from the results of this run (a partial run writes BenchmarkDotNet.Artifacts/benchmarks-partial.md
#      instead of docs/benchmarks.md).
# The PyTorch peers run at their best: one thread (OPENBLAS_NUM_THREADS=1, torch.set_num_threads(1)) and with
# OPENBLAS_CORETYPE / OPENBLAS_L2_SIZE removed from their environment alone (where set, they force OpenBLAS's AVX2 kernel).
# Both sides time the benchmark thread's CPU time by default (the machine is shared; see docs/benchmarks.md);
# pass --wall-clock first to use wall-clock time instead (BenchmarkDotNet then runs each benchmark out of process).
# Usage, from the repository root: tests/LayerGen.Benchmarks/run.sh [--wall-clock] [--no-training] [BenchmarkDotNet arguments]
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
artifacts="$here/BenchmarkDotNet.Artifacts"
dll="$here/bin/Release/net10.0/LayerGen.Benchmarks.dll"
torch_python=/usr/bin/python3
report_python=/usr/bin/python3
[ -x "$report_python" ] || report_python=python3
[ -x "$torch_python" ] || torch_python=$report_python
peer=(env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE OPENBLAS_NUM_THREADS=1 "$torch_python")

command="tests/LayerGen.Benchmarks/run.sh${1:+ $*}"
clock=cpu
training=yes
while [ $# -gt 0 ]; do
  case "$1" in
    --wall-clock) clock=wall; shift ;;
    --no-training) training=no; shift ;;
    *) break ;;
  esac
done

rm -rf "$artifacts/results"
mkdir -p "$artifacts"

echo "== build (Release)"
dotnet build "$here/LayerGen.Benchmarks.csproj" -c Release --nologo -v quiet

echo "== self-check"
dotnet "$dll" --check | tee "$artifacts/selfcheck.md"

run_peers() {
  echo "== PyTorch peers, run $1 ($torch_python)"
  "${peer[@]}" "$here/pytorch_softmax_bench.py" --clock "$clock" --out "$artifacts/pytorch-$1.json"
  "${peer[@]}" "$here/pytorch_gemm_bench.py" --out "$artifacts/pytorch-gemm-$1.json"
}

bdn_args=("$@")
report="$root/docs/benchmarks.md"
readme_args=(--readme "$root/README.md")
if [ ${#bdn_args[@]} -eq 0 ]; then
  bdn_args=(--filter '*')
else
  # A partial run must not replace the full report.
  report="$artifacts/benchmarks-partial.md"
  readme_args=()
  training=no
fi
clock_args=()
[ "$clock" = cpu ] || clock_args=(--wall-clock)

run_peers 1
echo "== BenchmarkDotNet"
(cd "$here" && dotnet "$dll" "${clock_args[@]}" "${bdn_args[@]}" --artifacts "$artifacts")
run_peers 2

echo "== reports"
commit=$(git -C "$root" rev-parse --short HEAD)
git -C "$root" diff --quiet HEAD -- src tests samples || commit="$commit (with uncommitted changes)"
"$report_python" "$here/write_report.py" \
  --bdn-results "$artifacts/results" \
  --pytorch "$artifacts/pytorch-1.json" --pytorch "$artifacts/pytorch-2.json" \
  --gemm-pytorch "$artifacts/pytorch-gemm-1.json" --gemm-pytorch "$artifacts/pytorch-gemm-2.json" \
  --peak-out "$artifacts/fma-peak.txt" \
  --check "$artifacts/selfcheck.md" \
  --command "$command" \
  --commit "$commit" \
  "${readme_args[@]}" \
  --out "$report"

if [ "$training" = yes ]; then
  echo "== training benchmark"
  "$report_python" "$here/run_training.py" --dll "$dll" --python "$torch_python" --out "$artifacts/training.json"
  echo "== sample run for the plot"
  dotnet run --project "$root/samples/FashionMnist" -c Release -- --plot "$root/docs/training-benchmark-plot.png" > "$artifacts/sample.txt"
  peak_args=()
  [ -s "$artifacts/fma-peak.txt" ] && peak_args=(--peak-gflops "$(cat "$artifacts/fma-peak.txt")")
  "$report_python" "$here/write_training_report.py" --training "$artifacts/training.json" \
    --command "$command" --commit "$commit" "${peak_args[@]}" --readme "$root/README.md" --out "$root/docs/training-benchmark.md"
fi
