#!/usr/bin/env bash
# Trains the Fashion-MNIST sample and the same network in PyTorch, one thread each, and writes
# docs/training-benchmark.md (and its plot) from this run only; the README's training summary is updated too.
#   1. builds samples/FashionMnist in Release,
#   2. runs it with its defaults (10 epochs, Adam 0.001, batch 64, seed 42) and --threads 1, output redirected to a log,
#   3. runs tests/LayerGen.Benchmarks/pytorch/fashion_epoch.py with the same settings on OpenBLAS at its best:
#      OPENBLAS_CORETYPE and OPENBLAS_L2_SIZE unset (they force the slower AVX2 kernel here), OPENBLAS_NUM_THREADS=1,
#   4. writes the report with write_report.py.
# Needs the real data (Debian package dataset-fashion-mnist, or FASHION_MNIST_DIR) and /usr/bin/python3 with torch.
# Usage, from the repository root: tests/LayerGen.Benchmarks/training/run.sh [EPOCHS]
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../../.." && pwd)
epochs=${1:-10}
data=${FASHION_MNIST_DIR:-/usr/share/datasets/fashion-mnist}
out="$here/results"
rm -rf "$out"
mkdir -p "$out"

if [ ! -e "$data/train-images-idx3-ubyte.gz" ] && [ ! -e "$data/train-images-idx3-ubyte" ]; then
  echo "No Fashion-MNIST files in $data: install dataset-fashion-mnist or set FASHION_MNIST_DIR." >&2
  exit 1
fi

cat /proc/loadavg > "$out/load-before.txt"

echo "== build (Release)"
dotnet build "$root/samples/FashionMnist/FashionMnist.csproj" -c Release --nologo -v quiet

echo "== LayerGen sample, $epochs epochs, 1 thread"
dotnet "$root/samples/FashionMnist/bin/Release/net10.0/FashionMnist.dll" --data "$data" --epochs "$epochs" --threads 1 \
  --plot "$root/docs/training-benchmark-plot.png" | tee "$out/layergen.log"

echo "== PyTorch, $epochs epochs, 1 thread, OpenBLAS with its own kernel choice"
peer_env=(env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE OPENBLAS_NUM_THREADS=1 OMP_NUM_THREADS=1)
"${peer_env[@]}" /usr/bin/python3 "$root/tests/LayerGen.Benchmarks/pytorch/fashion_epoch.py" \
  --data "$data" --epochs "$epochs" --threads 1 | tee "$out/pytorch.log"
"${peer_env[@]}" /usr/bin/python3 -c '
import ctypes, ctypes.util
name = ctypes.util.find_library("openblas") or "libopenblas.so.0"
try:
    lib = ctypes.CDLL(name)
    lib.openblas_get_corename.restype = ctypes.c_char_p
    lib.openblas_get_config.restype = ctypes.c_char_p
    print(lib.openblas_get_corename().decode(), "|", lib.openblas_get_config().decode())
except OSError:
    print("OpenBLAS not found |")
' > "$out/openblas.txt"

cat /proc/loadavg > "$out/load-after.txt"

echo "== report"
commit=$(git -C "$root" rev-parse --short HEAD)
git -C "$root" diff --quiet HEAD -- src samples tests || commit="$commit (with uncommitted changes)"
/usr/bin/python3 "$here/write_report.py" --results "$out" --commit "$commit" \
  --command "tests/LayerGen.Benchmarks/training/run.sh${1:+ $1}" \
  --out "$root/docs/training-benchmark.md" --readme "$root/README.md"
