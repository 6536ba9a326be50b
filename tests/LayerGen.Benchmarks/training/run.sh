#!/usr/bin/env bash
# The training part of tests/LayerGen.Benchmarks/run.sh on its own: writes docs/training-benchmark.md, its plot and the
# README's training line from this run only.
#   1. builds tests/LayerGen.Benchmarks (its --training command runs the sample's training loop on the same generated
#      network) and samples/FashionMnist in Release,
#   2. run_training.py: LayerGen and PyTorch (fashion_epoch.py on OpenBLAS at its best: OPENBLAS_CORETYPE and
#      OPENBLAS_L2_SIZE unset, OPENBLAS_NUM_THREADS=1) alternately, one thread, batch 64; thread scaling at batch 256
#      and 64; a profiled run; 10 epochs of each for the accuracy,
#   3. the sample itself (defaults, 10 epochs) for the plot,
#   4. write_training_report.py.
# Needs the real data (Debian package dataset-fashion-mnist, or FASHION_MNIST_DIR) and /usr/bin/python3 with torch.
# Usage, from the repository root: tests/LayerGen.Benchmarks/training/run.sh
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
root=$(cd "$here/../.." && pwd)
data=${FASHION_MNIST_DIR:-/usr/share/datasets/fashion-mnist}
artifacts="$here/BenchmarkDotNet.Artifacts"
mkdir -p "$artifacts"

echo "== build (Release)"
dotnet build "$here/LayerGen.Benchmarks.csproj" -c Release --nologo -v quiet
dotnet build "$root/samples/FashionMnist/FashionMnist.csproj" -c Release --nologo -v quiet

echo "== training benchmark"
/usr/bin/python3 "$here/run_training.py" --dll "$here/bin/Release/net10.0/LayerGen.Benchmarks.dll" --data "$data" \
  --out "$artifacts/training.json"
echo "== sample run for the plot"
dotnet "$root/samples/FashionMnist/bin/Release/net10.0/FashionMnist.dll" --data "$data" --threads 1 \
  --plot "$root/docs/training-benchmark-plot.png" > "$artifacts/sample.txt"

commit=$(git -C "$root" rev-parse --short HEAD)
git -C "$root" diff --quiet HEAD -- src samples tests || commit="$commit (with uncommitted changes)"
peak_args=()
[ -s "$artifacts/fma-peak.txt" ] && peak_args=(--peak-gflops "$(cat "$artifacts/fma-peak.txt")")
/usr/bin/python3 "$here/write_training_report.py" --training "$artifacts/training.json" \
  --command "tests/LayerGen.Benchmarks/training/run.sh" --commit "$commit" "${peak_args[@]}" \
  --readme "$root/README.md" --out "$root/docs/training-benchmark.md"
