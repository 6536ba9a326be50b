#!/usr/bin/env bash
# Copies this sample to a temporary folder, then checks the whole analyzer round trip there:
#   1. dotnet build reports LG0001, LG0002 and LG0003,
#   2. dotnet format analyzers --diagnostics LG0001 LG0002 LG0003 rewrites the code,
#   3. dotnet build is free of LG warnings and the program's rows match LayerGen.Softmax.Forward.
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
grep -q "warning LG0003" <<<"$before" || { echo "$before"; echo "FAIL: no LG0003 before the fix"; exit 1; }
grep -E "warning LG000[123]" <<<"$before" | sort -u | sed 's/ \[.*//'

echo "== dotnet format analyzers --diagnostics LG0001 LG0002 LG0003"
dotnet format analyzers "$work/SoftmaxBugs.csproj" --diagnostics LG0001 LG0002 LG0003 --severity warn -v diag 2>&1 | grep -iE "fixed|formatted|LG000" | head -20 || true
git --no-pager diff --no-index --stat "$here/BatchSoftmax.cs" "$work/BatchSoftmax.cs" || true
git --no-pager diff --no-index "$here/NaiveSoftmax.cs" "$work/NaiveSoftmax.cs" || true

echo "== build after the fix"
after="$(dotnet build "$work/SoftmaxBugs.csproj" 2>&1)"
if grep -qE "warning LG000[123]" <<<"$after"; then echo "$after"; echo "FAIL: LG warnings remain after the fix"; exit 1; fi
grep -q "Build succeeded" <<<"$after" || { echo "$after"; echo "FAIL: the fixed sample does not build"; exit 1; }

echo "== run after the fix"
output="$(dotnet run --project "$work/SoftmaxBugs.csproj" --no-build)"
echo "$output"
# Every row of the hand-written softmax must now sum to 1 like the reference: no "(0)" or "NaN" left.
if grep -qE "\(0\)|NaN" <<<"$output"; then echo "FAIL: fixed rows still wrong"; exit 1; fi
echo "OK: both warnings before, none after, rows match the reference"
