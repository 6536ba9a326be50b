#!/usr/bin/env bash
# Copies this sample to a temporary folder, then checks the whole analyzer round trip there:
#   1. dotnet build reports LG0001 and LG0002 (BatchSoftmax.cs), LG0003 (NaiveSoftmax.cs: a softmax and a
#      log-softmax) and LG0005, LG0006,
#      LG0007 (OutputLayers.cs); the suggestion LG0008 (BatchSoftmax.Forward, one softmax over the whole batch) is
#      Info, which dotnet build does not print: dotnet format --verify-no-changes --severity info shows it,
#   2. dotnet format analyzers --diagnostics LG0001 LG0002 LG0003 LG0005 LG0006 LG0007 LG0008 --severity info
#      rewrites the code (without --severity info, dotnet format skips Info diagnostics such as LG0008),
#   3. dotnet build is free of LG warnings, no LG0008 is left, the program's rows match LayerGen.Softmax.Forward (and
#      the log-softmax row LayerGen.LogSoftmax.Forward),
#      its loss LayerGen.CrossEntropy.FromLogits and its backward passes LayerGen.Softmax.Backward.
# The repository itself is not modified. Usage: samples/SoftmaxBugs/verify-format.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
export LayerGenRoot="$(cd "$here/../.." && pwd)/"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp "$here"/*.cs "$here"/SoftmaxBugs.csproj "$work"/

echo "== build before the fix ($work)"
before="$(dotnet build "$work/SoftmaxBugs.csproj" 2>&1)"
grep -q "warning LG0001" <<<"$before" || { echo "$before"; echo "FAIL: no LG0001 before the fix"; exit 1; }
grep -q "warning LG0002" <<<"$before" || { echo "$before"; echo "FAIL: no LG0002 before the fix"; exit 1; }
for id in LG0003 LG0005 LG0006 LG0007; do
  grep -q "warning $id" <<<"$before" || { echo "$before"; echo "FAIL: no $id before the fix"; exit 1; }
done
grep -E "warning LG000[123567]" <<<"$before" | sort -u | sed 's/ \[.*//'
suggestions="$(dotnet format analyzers "$work/SoftmaxBugs.csproj" --verify-no-changes --diagnostics LG0008 --severity info 2>&1 || true)"
grep -q "info LG0008" <<<"$suggestions" || { echo "$suggestions"; echo "FAIL: no LG0008 suggestion before the fix"; exit 1; }
grep "info LG0008" <<<"$suggestions" | sed 's/ \[.*//'

echo "== dotnet format analyzers --diagnostics LG0001 LG0002 LG0003 LG0005 LG0006 LG0007 LG0008 --severity info"
dotnet format analyzers "$work/SoftmaxBugs.csproj" --diagnostics LG0001 LG0002 LG0003 LG0005 LG0006 LG0007 LG0008 --severity info -v diag 2>&1 | grep -iE "fixed|formatted|LG000" | head -20 || true
git --no-pager diff --no-index --stat "$here/BatchSoftmax.cs" "$work/BatchSoftmax.cs" || true
git --no-pager diff --no-index "$here/NaiveSoftmax.cs" "$work/NaiveSoftmax.cs" || true
git --no-pager diff --no-index "$here/OutputLayers.cs" "$work/OutputLayers.cs" || true

echo "== build after the fix"
after="$(dotnet build "$work/SoftmaxBugs.csproj" 2>&1)"
if grep -qE "warning LG000[123567]" <<<"$after"; then echo "$after"; echo "FAIL: LG warnings remain after the fix"; exit 1; fi
grep -q "Build succeeded" <<<"$after" || { echo "$after"; echo "FAIL: the fixed sample does not build"; exit 1; }
if ! dotnet format analyzers "$work/SoftmaxBugs.csproj" --verify-no-changes --diagnostics LG0008 --severity info >/dev/null 2>&1; then
  echo "FAIL: LG0008 remains after the fix"; exit 1
fi

echo "== run after the fix"
output="$(dotnet run --project "$work/SoftmaxBugs.csproj" --no-build)"
echo "$output"
# Every row of the three hand-written softmaxes must now match the reference: no "(0)", "NaN" or "MISMATCH" left;
# the log-softmax row and the loss are finite and the backward passes match (no "Infinity", no "MISMATCH").
if grep -qE "\(0\)|NaN" <<<"$output"; then echo "FAIL: fixed rows still wrong"; exit 1; fi
if grep -qE "Infinity|MISMATCH" <<<"$output"; then echo "FAIL: fixed loss or backward still wrong"; exit 1; fi
echo "OK: all warnings and the LG0008 suggestion before, none after, rows, loss and gradients match the reference"
