#!/usr/bin/python3
"""PyTorch CPU single-thread timings of the three matrix products of a layer, for docs/benchmarks.md.

Same shapes, data distribution and products as the C# Gemm benchmarks (x is m x k, W is k x n, float32, standard
normal): forward torch.addmm(b, x, W), weight gradient x^T @ dy, input gradient dy @ W^T, each written into a
preallocated tensor (out=). Run it with the BLAS at its best (see run.sh): one thread, and without this machine's
OPENBLAS_CORETYPE / OPENBLAS_L2_SIZE overrides, which force OpenBLAS's AVX2 kernel.

Writes JSON: {"available", "torch", "blas", "openblas_core", "openblas_config", "threads", "results":
[{"product", "m", "k", "n", "median_ms", "min_ms", "mean_ms", "stddev_ms", "samples"}]}.
"""

import argparse
import ctypes
import json
import os
import statistics
import sys
import time

SHAPES = [(64, 784, 256), (64, 256, 128), (256, 784, 256), (1024, 1024, 1024)]


def loaded_libraries(word):
    """Paths of the mapped shared libraries whose name contains `word`."""
    try:
        with open("/proc/self/maps") as maps:
            return sorted({line.split()[-1] for line in maps if word in line.lower() and "/" in line})
    except OSError:
        return []


def openblas_info():
    """OpenBLAS's own report of the kernel it chose (openblas_get_corename) and its build configuration."""
    for path in loaded_libraries("openblas"):
        if ".so" not in path:
            continue
        try:
            lib = ctypes.CDLL(path)
            lib.openblas_get_corename.restype = ctypes.c_char_p
            lib.openblas_get_config.restype = ctypes.c_char_p
            lib.openblas_get_num_threads.restype = ctypes.c_int
            return {"library": path, "core": lib.openblas_get_corename().decode(), "config": lib.openblas_get_config().decode().strip(),
                    "threads": lib.openblas_get_num_threads()}
        except (OSError, AttributeError):
            continue
    return {"library": None, "core": None, "config": None, "threads": None}


def time_blocks(fn, block_seconds, blocks, warmup_blocks, clock):
    """Each sample is the mean time per call over a block of calls lasting at least `block_seconds` (ms)."""
    fn()
    calls = 1
    while True:
        t0 = clock()
        for _ in range(calls):
            fn()
        elapsed = (clock() - t0) / 1e9
        if elapsed >= block_seconds:
            break
        calls = max(calls * 2, int(calls * block_seconds / max(elapsed, 1e-9) * 1.1))
    samples = []
    for i in range(warmup_blocks + blocks):
        t0 = clock()
        for _ in range(calls):
            fn()
        if i >= warmup_blocks:
            samples.append((clock() - t0) / 1e6 / calls)
    return samples


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", required=True)
    parser.add_argument("--block-seconds", type=float, default=0.25)
    parser.add_argument("--blocks", type=int, default=8)
    args = parser.parse_args()
    try:
        import torch
    except Exception as exc:
        message = f"PyTorch not importable with {sys.executable} ({exc!r}); install python3-torch. GEMM peer skipped."
        print(message, file=sys.stderr)
        with open(args.out, "w") as f:
            json.dump({"available": False, "reason": message}, f, indent=2)
        return 0

    torch.set_num_threads(1)
    torch.manual_seed(1)
    clock = time.thread_time_ns
    results = []
    for m, k, n in SHAPES:
        x, w, b, dy = torch.randn(m, k), torch.randn(k, n), torch.randn(n), torch.randn(m, n)
        y, dw, dx = torch.empty(m, n), torch.empty(k, n), torch.empty(m, k)
        products = {
            "Forward": lambda: torch.addmm(b, x, w, out=y),
            "WeightGradient": lambda: torch.mm(x.t(), dy, out=dw),
            "InputGradient": lambda: torch.mm(dy, w.t(), out=dx),
        }
        for name, fn in products.items():
            samples = time_blocks(fn, args.block_seconds, args.blocks, 2, clock)
            results.append({"product": name, "m": m, "k": k, "n": n, "median_ms": statistics.median(samples),
                            "min_ms": min(samples), "mean_ms": statistics.fmean(samples),
                            "stddev_ms": statistics.stdev(samples) if len(samples) > 1 else 0.0, "samples": len(samples)})
            r = results[-1]
            print(f"pytorch gemm {m}x{k}x{n} {name}: median {r['median_ms']:.4f} ms = {2 * m * k * n / r['median_ms'] / 1e6:.1f} GFLOP/s")

    info = openblas_info()
    out = {"available": True, "torch": torch.__version__, "threads": torch.get_num_threads(), "blas": loaded_libraries("blas"),
           "openblas_core": info["core"], "openblas_config": info["config"], "openblas_threads": info["threads"],
           "env": {key: os.environ.get(key) for key in ("OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE", "OPENBLAS_NUM_THREADS")},
           "clock": "thread CPU time (time.thread_time_ns)",
           "method": f"{args.blocks} measured blocks after 2 warm-up blocks; a block repeats the call for at least {args.block_seconds} s",
           "results": results}
    with open(args.out, "w") as f:
        json.dump(out, f, indent=2)
    return 0


if __name__ == "__main__":
    sys.exit(main())
