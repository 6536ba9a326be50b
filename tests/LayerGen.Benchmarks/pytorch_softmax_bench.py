#!/usr/bin/python3
"""PyTorch CPU single-thread softmax forward/backward timings for docs/benchmarks.md.

Run with Debian's interpreter (python3-torch): /usr/bin/python3 pytorch_softmax_bench.py --out result.json
Shapes and data distribution match the C# benchmarks: float32, rows x cols, logits and
upstream gradients drawn from the standard normal distribution.

Writes JSON: {"available": bool, "reason"?: str, "torch": version, "threads": 1,
"results": [{"op": "forward"|"backward", "rows", "cols", "mean_ms", "median_ms", "min_ms", "stddev_ms", "samples"}]}.
If torch cannot be imported it writes {"available": false, "reason": ...}, prints a message and exits 0
so the caller can still write the report.
"""

import argparse
import json
import statistics
import sys
import time

SHAPES = [(100000, 10), (20000, 64), (4096, 1024)]


def time_blocks(fn, block_seconds, blocks, warmup_blocks, clock):
    """Like a BenchmarkDotNet iteration: each sample is the mean time per call over a block of calls lasting
    at least `block_seconds`. Returns the per-call times (ms) of `blocks` measured blocks after `warmup_blocks`."""
    fn()
    calls = 1
    while True:  # pilot: find how many calls fill a block
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
        per_call_ms = (clock() - t0) / 1e6 / calls
        if i >= warmup_blocks:
            samples.append(per_call_ms)
    return samples


def summarize(op, rows, cols, samples):
    return {
        "op": op,
        "rows": rows,
        "cols": cols,
        "mean_ms": statistics.fmean(samples),
        "median_ms": statistics.median(samples),
        "min_ms": min(samples),
        "stddev_ms": statistics.stdev(samples) if len(samples) > 1 else 0.0,
        "samples": len(samples),
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", required=True, help="JSON file to write")
    parser.add_argument("--clock", choices=["cpu", "wall"], default="cpu",
                        help="cpu: this thread's CPU time (time.thread_time_ns, as the C# benchmarks by default); "
                             "wall: time.perf_counter_ns")
    parser.add_argument("--block-seconds", type=float, default=0.25, help="minimum duration (on the chosen clock) of one measured block of calls")
    parser.add_argument("--blocks", type=int, default=10, help="measured blocks per case (after 3 warm-up blocks)")
    args = parser.parse_args()

    try:
        import torch
    except Exception as exc:  # ImportError, or a broken install raising something else
        message = f"PyTorch not importable with {sys.executable} ({exc!r}); install python3-torch. PyTorch rows skipped."
        print(message, file=sys.stderr)
        with open(args.out, "w") as f:
            json.dump({"available": False, "reason": message}, f, indent=2)
        return 0

    clock = time.thread_time_ns if args.clock == "cpu" else time.perf_counter_ns
    torch.set_num_threads(1)
    torch.manual_seed(12345)
    results = []
    with torch.no_grad():
        for rows, cols in SHAPES:
            x = torch.randn(rows, cols, dtype=torch.float32)
            dy = torch.randn(rows, cols, dtype=torch.float32)

            # Self-check against a float64 reference before timing.
            ref_y = torch.softmax(x.double(), dim=1)
            ref_dx = ref_y * (dy.double() - (ref_y * dy.double()).sum(dim=1, keepdim=True))
            got_y = torch.softmax(x, dim=1)
            got_dx = torch._softmax_backward_data(dy, got_y, 1, torch.float32)
            err_y = (got_y.double() - ref_y).abs().max().item()
            err_dx = (got_dx.double() - ref_dx).abs().max().item()
            if err_y > 1e-5 or err_dx > 1e-5:
                raise SystemExit(f"PyTorch self-check failed at {rows}x{cols}: |dy|={err_y}, |dx|={err_dx}")

            # torch.softmax has no out= overload in 1.13's Python API; the allocation of the
            # result is part of what PyTorch users pay, so we time the plain call.
            fwd = time_blocks(lambda: torch.softmax(x, dim=1), args.block_seconds, args.blocks, 3, clock)
            bwd = time_blocks(lambda: torch._softmax_backward_data(dy, got_y, 1, torch.float32),
                              args.block_seconds, args.blocks, 3, clock)
            results.append(summarize("forward", rows, cols, fwd))
            results.append(summarize("backward", rows, cols, bwd))
            print(f"pytorch {rows}x{cols}: forward median {results[-2]['median_ms']:.3f} ms, "
                  f"backward median {results[-1]['median_ms']:.3f} ms (self-check max abs err {err_y:.1e} / {err_dx:.1e})")

    out = {
        "available": True,
        "torch": torch.__version__,
        "threads": torch.get_num_threads(),
        "python": sys.version.split()[0],
        "distribution": "standard normal logits and gradients, float32",
        "method": f"{args.blocks} measured blocks after 3 warm-up blocks; a block repeats the call for at least "
                  f"{args.block_seconds} s and gives one sample, its mean time per call",
        "clock": "thread CPU time (time.thread_time_ns)" if args.clock == "cpu" else "wall clock (time.perf_counter_ns)",
        "results": results,
    }
    with open(args.out, "w") as f:
        json.dump(out, f, indent=2)
    return 0


if __name__ == "__main__":
    sys.exit(main())
