#!/usr/bin/python3
"""Writes docs/benchmarks.md from one run: BenchmarkDotNet's full JSON export, the PyTorch script's JSON and
the C# self-check output. Standard library only. Called by run.sh; see docs/benchmarks.md for the command.

Benchmark method names are "{Forward|Backward}_{Implementation}" in classes named "Softmax{rows}x{cols}".
All ratios use medians from the same run: BenchmarkDotNet's median over its measured iterations, and the
median of the PyTorch per-call times.
"""

import argparse
import datetime
import glob
import json
import os
import platform
import re
import statistics
import subprocess
import sys

SHAPES = [(100000, 10), (20000, 64), (4096, 1024)]
SHAPE_NAMES = [f"{r}×{c}" for r, c in SHAPES]
PYTORCH = "PyTorch"

LABELS = {
    "Runtime": "LayerGen runtime `Softmax`",
    "TensorPrimitives": "TensorPrimitives.SoftMax per row",
    "NumPyPort": "C# port of textbook NumPy",
    "JacobianLoopVector256": "O(n²) Jacobian loop, Vector256",
    "GeneratedScalar": "generated, Scalar",
    "GeneratedUnrolled": "generated, Unrolled",
    "GeneratedVector256": "generated, Vector256",
    "GeneratedRuntime": "generated, Runtime",
    "GeneratedAuto": "generated, Auto",
    PYTORCH: "PyTorch CPU, 1 thread",
}
FORWARD_ORDER = ["Runtime", "GeneratedAuto", "GeneratedVector256", "GeneratedUnrolled", "GeneratedScalar",
                 "GeneratedRuntime", "TensorPrimitives", "NumPyPort", PYTORCH]
BACKWARD_ORDER = ["Runtime", "GeneratedAuto", "GeneratedVector256", "GeneratedUnrolled", "GeneratedScalar",
                  "GeneratedRuntime", "NumPyPort", "JacobianLoopVector256", PYTORCH]
# Implementations expected in a complete run (absent ones are reported as not measured, with the reason).
GENERATED = ["GeneratedScalar", "GeneratedUnrolled", "GeneratedVector256", "GeneratedRuntime", "GeneratedAuto"]


def load_bdn(results_dir):
    """Returns ({(direction, impl, shape_index): {median_ms, mean_ms, stddev_ms, allocated}}, host info, failed list)."""
    files = sorted(glob.glob(os.path.join(results_dir, "*-report-full.json")))
    timings, host, failed = {}, {}, []
    jobs = set()
    for path in files:
        with open(path) as f:
            data = json.load(f)
        host = data.get("HostEnvironmentInfo", host)
        for bench in data.get("Benchmarks", []):
            match_type = re.fullmatch(r"Softmax(\d+)x(\d+)", bench.get("Type", ""))
            match_method = re.fullmatch(r"(Forward|Backward|Bound)_(\w+)", bench.get("Method", ""))
            if not match_type or not match_method:
                continue
            shape = (int(match_type.group(1)), int(match_type.group(2)))
            if shape not in SHAPES:
                continue
            key = (match_method.group(1), match_method.group(2), SHAPES.index(shape))
            jobs.add(bench.get("DisplayInfo", "").split(": ", 1)[-1].split("(", 1)[0])
            stats = bench.get("Statistics")
            if not stats:
                failed.append(f"{bench['Type']}.{bench['Method']}")
                continue
            memory = bench.get("Memory") or {}
            timings[key] = {
                "median_ms": stats["Median"] / 1e6,
                "mean_ms": stats["Mean"] / 1e6,
                "stddev_ms": stats["StandardDeviation"] / 1e6,
                "n": stats["N"],
                "allocated": memory.get("BytesAllocatedPerOperation"),
            }
    return timings, host, failed, files, sorted(jobs)


def load_pytorch(paths):
    """Merges the PyTorch runs (run.sh runs the script before and after BenchmarkDotNet): per case the median of the
    runs' medians, with each run's median kept for the noise note."""
    runs, data = [], {"available": False, "reason": "the PyTorch script did not run."}
    for path in paths:
        if not os.path.exists(path):
            data = {"available": False, "reason": f"{path} not found (the PyTorch script did not run)."}
            continue
        with open(path) as f:
            data = json.load(f)
        runs.append(data)
    per_key = {}
    for run in runs:
        for r in run.get("results", []):
            shape = (r["rows"], r["cols"])
            if shape in SHAPES:
                direction = "Forward" if r["op"] == "forward" else "Backward"
                per_key.setdefault((direction, PYTORCH, SHAPES.index(shape)), []).append(r)
    timings = {}
    for key, rs in per_key.items():
        medians = [r["median_ms"] for r in rs]
        timings[key] = {"median_ms": statistics.median(medians), "mean_ms": statistics.fmean(r["mean_ms"] for r in rs),
                        "stddev_ms": max(r["stddev_ms"] for r in rs), "n": sum(r["samples"] for r in rs), "allocated": None,
                        "runs": medians}
    if runs:
        data = runs[-1]
        data["runs"] = len(runs)
    return timings, data


GEMM_PRODUCTS = [("Forward", "x·W + b"), ("WeightGradient", "xᵀ·dy"), ("InputGradient", "dy·Wᵀ")]


def load_gemm(results_dir, pytorch_paths):
    """({(m, k, n): {product: {"ours": median_ms, "peak": ms, "openblas": [median_ms per run]}}}, OpenBLAS info)."""
    shapes = {}
    for path in sorted(glob.glob(os.path.join(results_dir, "*-report-full.json"))):
        with open(path) as f:
            data = json.load(f)
        for bench in data.get("Benchmarks", []):
            match_type = re.fullmatch(r"Gemm(\d+)x(\d+)x(\d+)", bench.get("Type", ""))
            match_method = re.fullmatch(r"(\w+)_(Runtime|FmaPeak)", bench.get("Method", ""))
            if not match_type or not match_method or not bench.get("Statistics"):
                continue
            shape = tuple(int(g) for g in match_type.groups())
            entry = shapes.setdefault(shape, {})
            median_ms = bench["Statistics"]["Median"] / 1e6
            if match_method.group(2) == "FmaPeak":
                entry["peak"] = median_ms
            else:
                entry.setdefault(match_method.group(1), {})["ours"] = median_ms
    info = {}
    for path in pytorch_paths:
        if not os.path.exists(path):
            continue
        with open(path) as f:
            data = json.load(f)
        if not data.get("available"):
            info = data
            continue
        info = data
        for r in data["results"]:
            entry = shapes.setdefault((r["m"], r["k"], r["n"]), {})
            entry.setdefault(r["product"], {}).setdefault("openblas", []).append(r["median_ms"])
    return shapes, info


def gemm_section(shapes, info):
    lines = []
    w = lines.append
    if not shapes:
        return ["Not measured in this run."]
    core = info.get("openblas_core") or "unknown"
    w(f"Single-thread matrix products on dense float32 data (standard normal; no zeros, so the zero-skipping path never "
      f"runs). LayerGen: BenchmarkDotNet (`Gemm{{m}}x{{k}}x{{n}}` classes), thread CPU time. Peer: PyTorch "
      f"{info.get('torch', '?')} on OpenBLAS (`{(info.get('blas') or ['?'])[-1]}`), `torch.addmm`/`torch.mm` into preallocated "
      f"tensors, `tests/LayerGen.Benchmarks/pytorch_gemm_bench.py`, one thread (`OPENBLAS_NUM_THREADS={(info.get('env') or {}).get('OPENBLAS_NUM_THREADS')}`, "
      f"`torch.set_num_threads(1)`), thread CPU time; OpenBLAS chose its **{core}** kernel (`openblas_get_corename`; "
      f"`{info.get('openblas_config', '')}`), run with `OPENBLAS_CORETYPE` and `OPENBLAS_L2_SIZE` removed from its "
      "environment (where set, they force OpenBLAS's AVX2 Haswell kernel). The script ran before and after "
      "BenchmarkDotNet; the table uses the median of the two runs and lists both.")
    w("")
    w("Floor: `Bound_FmaPeak` issues the same number of multiply-adds as independent fused multiply-adds on registers "
      "(the core's arithmetic peak, no memory traffic).")
    w("")
    w("| m × k × n | product | LayerGen GFLOP/s | OpenBLAS GFLOP/s (runs) | LayerGen ÷ OpenBLAS | FMA peak GFLOP/s | LayerGen ÷ peak |")
    w("|---|---|---:|---:|---:|---:|---:|")
    targets = []
    for shape in sorted(shapes, key=lambda s: s[0] * s[1] * s[2]):
        m, k, n = shape
        flop = 2.0 * m * k * n
        entry = shapes[shape]
        peak = entry.get("peak")
        for product, label in GEMM_PRODUCTS:
            p = entry.get(product, {})
            ours = p.get("ours")
            theirs = p.get("openblas") or []
            ours_g = flop / ours / 1e6 if ours else None
            theirs_g = flop / statistics.median(theirs) / 1e6 if theirs else None
            peak_g = flop / peak / 1e6 if peak else None
            r = ours_g / theirs_g if ours_g and theirs_g else None
            targets.append((f"{m}×{k}×{n} {label}", r))
            w(f"| {m}×{k}×{n} | {label} | {ours_g:.1f} | " if ours_g else f"| {m}×{k}×{n} | {label} | – | ")
            lines[-1] += (f"{theirs_g:.1f} ({', '.join(f'{flop / t / 1e6:.0f}' for t in theirs)}) | " if theirs_g else "– | ")
            lines[-1] += (f"{fmt_ratio(r)} | " if r else "– | ") + (f"{peak_g:.1f} | " if peak_g else "– | ")
            lines[-1] += (f"{ours_g / peak_g:.2f} |" if ours_g and peak_g else "– |")
    w("")
    w("| Target (issue 12) | Measured | Goal | Result |")
    w("|---|---:|---:|---|")
    for name, r in targets:
        w(f"| GEMM {name} vs OpenBLAS ({core}) | {f'{r:.3f}×' if r else 'not measured'} | ≥ 0.90× | "
          f"{'met' if r and r >= 0.9 else '**missed**' if r else '**not measured**'} |")
    return lines


def fmt_ms(value):
    if value >= 100:
        return f"{value:.0f}"
    if value >= 10:
        return f"{value:.1f}"
    if value >= 1:
        return f"{value:.2f}"
    return f"{value:.3f}"


def fmt_ratio(value):
    return f"{value:.0f}×" if value >= 100 else f"{value:.1f}×" if value >= 10 else f"{value:.2f}×"


def ratio(t, direction, slower, faster, shape):
    """t[slower] / t[faster]: how many times faster `faster` is than `slower`, or None."""
    a = t.get((direction, slower, shape))
    b = t.get((direction, faster, shape))
    if a is None or b is None:
        return None
    return a["median_ms"] / b["median_ms"]


def time_table(t, direction, order):
    lines = ["| Implementation | " + " | ".join(SHAPE_NAMES) + " |",
             "|---|" + "---:|" * len(SHAPES)]
    for impl in order:
        cells = []
        for s in range(len(SHAPES)):
            m = t.get((direction, impl, s))
            cells.append(f"{fmt_ms(m['median_ms'])} ± {m['stddev_ms'] / m['median_ms'] * 100:.0f}%" if m else "not measured")
        lines.append(f"| {LABELS.get(impl, impl)} | " + " | ".join(cells) + " |")
    return lines


def ratio_table(t, direction, order, reference, title):
    lines = [f"| {title} | " + " | ".join(SHAPE_NAMES) + " |", "|---|" + "---:|" * len(SHAPES)]
    for impl in order:
        if impl == reference:
            continue
        cells = []
        for s in range(len(SHAPES)):
            r = ratio(t, direction, reference, impl, s)
            cells.append(fmt_ratio(r) if r is not None else "–")
        lines.append(f"| {LABELS.get(impl, impl)} | " + " | ".join(cells) + " |")
    return lines


def target_line(description, value, goal, note=""):
    if value is None:
        return f"| {description} | not measured | ≥ {fmt_ratio(goal)} | **not measured** | {note} |"
    met = value >= goal
    return f"| {description} | {fmt_ratio(value)} | ≥ {fmt_ratio(goal)} | {'met' if met else '**missed**'} | {note} |"


def best_generated(t, direction, shape):
    """(name, speed-up vs PyTorch) of the fastest generated variant, or None."""
    candidates = [(ratio(t, direction, PYTORCH, impl, shape), impl) for impl in GENERATED]
    candidates = [(r, impl) for r, impl in candidates if r is not None]
    if not candidates:
        return None
    r, impl = max(candidates)
    return impl, r


def cell(value):
    return fmt_ratio(value) if value is not None else "–"


def summary_table(t):
    """The headline ratios per shape, all as speed-ups (> 1× = the first-named is faster)."""
    rows = [
        ("Runtime forward vs PyTorch", lambda s: ratio(t, "Forward", PYTORCH, "Runtime", s)),
        ("Runtime forward vs TensorPrimitives per row", lambda s: ratio(t, "Forward", "TensorPrimitives", "Runtime", s)),
        ("Runtime forward vs NumPy port", lambda s: ratio(t, "Forward", "NumPyPort", "Runtime", s)),
        ("Runtime backward vs PyTorch", lambda s: ratio(t, "Backward", PYTORCH, "Runtime", s)),
        ("Runtime backward vs NumPy port", lambda s: ratio(t, "Backward", "NumPyPort", "Runtime", s)),
        ("Runtime O(n) backward vs O(n²) Jacobian loop", lambda s: ratio(t, "Backward", "JacobianLoopVector256", "Runtime", s)),
    ]
    for impl in ["GeneratedAuto", "GeneratedVector256", "GeneratedUnrolled", "GeneratedScalar", "GeneratedRuntime"]:
        for direction in ("Forward", "Backward"):
            rows.append((f"{LABELS[impl][0].upper() + LABELS[impl][1:]} {direction.lower()} vs PyTorch",
                         lambda s, i=impl, d=direction: ratio(t, d, PYTORCH, i, s)))
    rows.append(("Generated Auto O(n) backward vs O(n²) Jacobian loop",
                 lambda s: ratio(t, "Backward", "JacobianLoopVector256", "GeneratedAuto", s)))
    lines = ["| Speed-up (ratio of medians) | " + " | ".join(SHAPE_NAMES) + " |", "|---|" + "---:|" * len(SHAPES)]
    for title, f in rows:
        lines.append(f"| {title} | " + " | ".join(cell(f(s)) for s in range(len(SHAPES))) + " |")
    return lines


def bounds_table(t, direction):
    """Effective throughput against the memory and exp bounds measured in the same run."""
    if direction == "Forward":
        bytes_per_element = 8  # read x, write y
        memory = ("Bound", "Copy", "Copy x → y (memory traffic)")
        rows = [memory, ("Bound", "Exp", "TensorPrimitives.Exp over the batch (exp work)"),
                ("Forward", "Runtime", "LayerGen runtime"), ("Forward", "GeneratedAuto", "Generated Auto"),
                ("Forward", "GeneratedVector256", "Generated Vector256"), ("Forward", PYTORCH, "PyTorch")]
        ratios = [("Runtime", "Copy"), ("Runtime", "Exp"), ("GeneratedAuto", "Copy"), ("GeneratedAuto", "Exp"),
                  ("GeneratedVector256", "Copy"), ("GeneratedVector256", "Exp"), (PYTORCH, "Copy"), (PYTORCH, "Exp")]
    else:
        bytes_per_element = 12  # read y and dy, write dx
        memory = ("Bound", "Multiply", "dx = y ⊙ dy (memory traffic)")
        rows = [memory, ("Backward", "Runtime", "LayerGen runtime"), ("Backward", "GeneratedAuto", "Generated Auto"),
                ("Backward", "GeneratedVector256", "Generated Vector256"), ("Backward", PYTORCH, "PyTorch")]
        ratios = [("Runtime", "Multiply"), ("GeneratedAuto", "Multiply"), ("GeneratedVector256", "Multiply"),
                  (PYTORCH, "Multiply")]
    lines = [f"| {direction} | " + " | ".join(SHAPE_NAMES) + " |", "|---|" + "---:|" * len(SHAPES)]
    for kind, impl, label in rows:
        cells = []
        for s, (r, c) in enumerate(SHAPES):
            m = t.get((kind, impl, s))
            if m is None:
                cells.append("–")
                continue
            gbps = r * c * bytes_per_element / (m["median_ms"] * 1e6)
            cells.append(f"{fmt_ms(m['median_ms'])} ms, {gbps:.0f} GB/s")
        lines.append(f"| {label} | " + " | ".join(cells) + " |")
    lines.append("")
    lines.append(f"| {direction} time ÷ bound time | " + " | ".join(SHAPE_NAMES) + " |")
    lines.append("|---|" + "---:|" * len(SHAPES))
    bound_names = {"Copy": "copy", "Exp": "exp", "Multiply": "y ⊙ dy"}
    for impl, bound in ratios:
        cells = []
        for s in range(len(SHAPES)):
            a = t.get((direction, impl, s))
            b = t.get(("Bound", bound, s))
            cells.append(f"{a['median_ms'] / b['median_ms']:.2f}" if a and b else "–")
        lines.append(f"| {LABELS[impl]} ÷ {bound_names[bound]} | " + " | ".join(cells) + " |")
    return lines


def floor_line(description, t, direction, impl, bound, shape, goal):
    a, b = t.get((direction, impl, shape)), t.get(("Bound", bound, shape))
    if not a or not b:
        return f"| {description} | not measured | ≤ {goal:.2f} | **not measured** | |"
    value = a["median_ms"] / b["median_ms"]
    return f"| {description} | {value:.2f} | ≤ {goal:.2f} | {'met' if value <= goal else '**missed**'} | |"


def targets(t):
    lines = ["| Target | Measured | Goal | Result | Note |", "|---|---:|---:|---|---|"]
    # Issue 12: runtime kernels at their floors and ahead of PyTorch at every shape.
    for s, name in enumerate(SHAPE_NAMES):
        lines.append(floor_line(f"Issue 12: runtime forward {name} ÷ exp floor (TensorPrimitives.Exp over the batch)",
                                t, "Forward", "Runtime", "Exp", s, 1.3))
        lines.append(floor_line(f"Issue 12: runtime backward {name} ÷ multiply floor (dx = y ⊙ dy)",
                                t, "Backward", "Runtime", "Multiply", s, 1.15))
        lines.append(target_line(f"Issue 12: runtime forward {name} vs PyTorch", ratio(t, "Forward", PYTORCH, "Runtime", s), 1.2))
        lines.append(target_line(f"Issue 12: runtime backward {name} vs PyTorch", ratio(t, "Backward", PYTORCH, "Runtime", s), 1.2))
    # Issue 2: general (any-size) runtime kernels.
    lines.append(target_line("Issue 2: runtime forward 4096×1024 vs TensorPrimitives per row (≥ 1× = no slower)",
                             ratio(t, "Forward", "TensorPrimitives", "Runtime", 2), 1.0))
    lines.append(target_line("Issue 2: runtime forward 4096×1024 vs PyTorch",
                             ratio(t, "Forward", PYTORCH, "Runtime", 2), 1.5))
    for s, name in enumerate(SHAPE_NAMES):
        lines.append(target_line(f"Issue 2: runtime backward {name} vs PyTorch",
                                 ratio(t, "Backward", PYTORCH, "Runtime", s), 1.5))
    # Issue 3: generated fixed-size layers with the default kernel choice (Auto); the note names the fastest variant.
    for direction in ("Forward", "Backward"):
        for s, name in enumerate(SHAPE_NAMES):
            goal = 5.0 if (direction == "Forward" and s == 0) else 2.0
            best = best_generated(t, direction, s)
            note = (f"fastest generated variant: {LABELS[best[0]].split(', ')[1]} {fmt_ratio(best[1])}"
                    f" ({'meets' if best[1] >= goal else 'misses'} the goal)") if best else ""
            lines.append(target_line(f"Issue 3: generated Auto {direction.lower()} {name} vs PyTorch",
                                     ratio(t, direction, PYTORCH, "GeneratedAuto", s), goal, note))
    return lines


def machine_lines(host, torch_info):
    cpu = host.get("ProcessorName", "unknown")
    try:
        with open("/proc/cpuinfo") as f:
            names = [l.split(":", 1)[1].strip() for l in f if l.startswith("model name")]
        if names:
            cpu = names[0]
        with open("/proc/cpuinfo") as f:
            info = dict(l.split(":", 1) for l in f.read().split("\n\n")[0].splitlines() if ":" in l)
        info = {k.strip(): v.strip() for k, v in info.items()}
        if "cpu family" in info:
            cpu += f" (family {info['cpu family']}, model {info.get('model', '?')})"
    except OSError:
        pass
    try:
        mem_kb = int(next(l.split()[1] for l in open("/proc/meminfo") if l.startswith("MemTotal")))
        mem = f"{mem_kb / 1024 / 1024:.1f} GiB RAM"
    except (OSError, StopIteration, ValueError):
        mem = "RAM unknown"
    isa = ""
    try:
        flags = next(l for l in open("/proc/cpuinfo") if l.startswith("flags")).split()
        isa = ", ".join(x for x in ("avx2", "fma", "avx512f") if x in flags)
    except (OSError, StopIteration):
        pass
    lines = [
        f"- CPU: {cpu}, {host.get('LogicalCoreCount', os.cpu_count())} logical cores ({isa}), {mem}; "
        "a shared machine (other builds were running), so absolute times are noisy — compare ratios within this run.",
        f"- OS: {host.get('OsVersion', platform.platform())}",
        f"- .NET: {host.get('RuntimeVersion', 'unknown')}, SDK {host.get('DotNetCliVersion', '?')}, "
        f"BenchmarkDotNet {host.get('BenchmarkDotNetVersion', '?')}",
    ]
    if torch_info.get("available"):
        lines.append(f"- PyTorch: {torch_info.get('torch')} (Debian python3-torch), Python {torch_info.get('python')}, "
                     f"{torch_info.get('threads')} thread")
    else:
        lines.append(f"- PyTorch: not measured — {torch_info.get('reason', 'unknown reason')}")
    return lines


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--bdn-results", required=True)
    parser.add_argument("--pytorch", required=True, action="append", help="PyTorch softmax JSON; repeat for several runs")
    parser.add_argument("--gemm-pytorch", action="append", default=[], help="PyTorch GEMM JSON; repeat for several runs")
    parser.add_argument("--readme", help="README.md whose benchmark-summary block is rewritten from this run (full runs only)")
    parser.add_argument("--peak-out", help="file to write the measured FMA peak (GFLOP/s) into, for the training report")
    parser.add_argument("--check", required=True, help="output of `LayerGen.Benchmarks --check`")
    parser.add_argument("--command", required=True, help="the command that produced this run")
    parser.add_argument("--out", required=True)
    parser.add_argument("--commit", default="")
    args = parser.parse_args()

    t, host, failed, files, jobs = load_bdn(args.bdn_results)
    cpu_time = jobs == ["ShortCpuTime"]
    pt, torch_info = load_pytorch(args.pytorch)
    gemm_pt = args.gemm_pytorch
    t.update(pt)
    check = open(args.check).read().strip() if os.path.exists(args.check) else "(self-check output missing)"

    # The time of the last measurement (the PyTorch results), so rewriting the page from the same results keeps it.
    measured = max((os.path.getmtime(p) for p in args.pytorch if os.path.exists(p)), default=datetime.datetime.now().timestamp())
    now = datetime.datetime.fromtimestamp(measured, datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    out = []
    w = out.append
    w("# Benchmarks: softmax forward and backward, matrix products")
    w("")
    w("<!-- Generated by tests/LayerGen.Benchmarks/write_report.py; do not edit by hand — rerun the command below. -->")
    w("")
    w(f"Measured {now}" + (f" at commit `{args.commit}`" if args.commit else "") + ". Reproduce with:")
    w("")
    w("```sh")
    w(args.command)
    w("```")
    w("")
    w("It builds tests/LayerGen.Benchmarks in Release, checks every softmax implementation against a double-precision "
      "reference (`--check`), runs the PyTorch peers (softmax, and the matrix products on OpenBLAS at one thread with its "
      "AVX-512 kernel), then all BenchmarkDotNet benchmarks (softmax and GEMM), then the PyTorch peers again, and writes "
      "this page, the README's summary block and (unless `--no-training`) docs/training-benchmark.md. "
      "`torch` missing gives a page with the PyTorch rows marked as skipped.")
    w("")
    w("## Machine")
    w("")
    out.extend(machine_lines(host, torch_info))
    w("")
    w("## Method")
    w("")
    w("- float32, row-major batches, rows × cols = 100000×10, 20000×64, 4096×1024; softmax over each row; one thread.")
    w("- Data: logits and upstream gradients drawn from the standard normal distribution (C#: seeded Box–Muller; "
      "PyTorch: `torch.randn`). Backward takes y = softmax(logits) and dy.")
    if cpu_time:
        w("- Clock: **thread CPU time** on both sides (C#: `clock_gettime(CLOCK_THREAD_CPUTIME_ID)` as a BenchmarkDotNet "
          "clock; Python: `time.thread_time_ns`). The machine is shared with other jobs; wall-clock time would also count "
          "the time our single thread waits for a core, which varied by more than 2× between runs here. CPU time removes "
          "that; contention for caches and memory bandwidth still shows. `run.sh --wall-clock` measures wall-clock time "
          "instead.")
        w("- C#: BenchmarkDotNet, Release, job `ShortCpuTime`: in-process (a custom clock needs it), 1 launch, "
          "3 warm-up + 8 measured iterations of ≥ 250 ms of repeated calls each. Destinations are preallocated; "
          "allocations are discussed below.")
    else:
        w("- Clock: wall-clock time on both sides (`run.sh --wall-clock`).")
        w("- C#: BenchmarkDotNet, Release, job " + ", ".join(f"`{j}`" for j in jobs) + ": out of process, 1 launch, "
          "3 warm-up + 8 measured iterations of ≥ 250 ms of repeated calls each. Destinations are preallocated; "
          "the *Allocated* column (out of process) was 0 B for every benchmark unless listed below.")
    w("- PyTorch: `torch.set_num_threads(1)`; forward `torch.softmax(x, dim=1)` (returns a new tensor; writing into a "
      "preallocated one with `torch._softmax(x, 1, False, out=y)` was not faster in a spot check at 4096×1024, "
      "3.8 vs 4.0 ms), backward `torch._softmax_backward_data(dy, y, 1, torch.float32)` "
      "(the 1.13 signature: grad_output, output, dim, input_dtype). Measured like a BenchmarkDotNet iteration: "
      + torch_info.get("method", "see the script") + "; clock: " + torch_info.get("clock", "?") + ".")
    w("- Times are medians in milliseconds ± relative standard deviation; speed-ups are ratios of medians from this run "
      "(> 1× means faster than the reference).")
    w("- TensorPrimitives.SoftMax subtracts no maximum: it is exact on these standard normal logits but returns NaN "
      "for logits above ~88 (see the self-check below). It has no backward.")
    w("- The NumPy port is scalar C# loops (max, exp with MathF.Exp, sum, divide; backward dx = y·dy − y·Σ(y·dy)), "
      "what a NumPy user writes first. The O(n²) Jacobian loop is our Vector256 version of the well-known AVX answer "
      "(Stack Overflow, \"How to implement the Softmax derivative independently from any loss function?\"), with "
      "FMA and a scalar tail for sizes not a multiple of 8.")
    w("")

    # In-process, BenchmarkDotNet's allocation count is process-wide (e.g. the JIT's background thread) divided by the
    # number of calls, so it is not evidence either way for a single kernel; the NumPy port, which cannot allocate,
    # shows how large that noise gets. Allocation-freedom is asserted by the runtime and generator unit tests.
    allocated = {k: v["allocated"] for k, v in t.items() if v.get("allocated") and k[1] != PYTORCH}
    if allocated and cpu_time:
        noise = max((b for k, b in allocated.items() if k[1] in ("NumPyPort", "JacobianLoopVector256") or k[0] == "Bound"),
                    default=0)
        w(f"Allocated: {len(allocated)} of the C# benchmarks show 1–{max(allocated.values())} B per call. In-process, "
          "BenchmarkDotNet counts the whole process's allocations (e.g. the JIT's background thread) divided by the "
          "number of calls, so these counts cannot tell whether a kernel allocates"
          + (f": the baselines that cannot allocate (NumPy port, Jacobian loop, bounds) show up to {noise} B per call" if noise else "")
          + ". Allocation-freedom is not measured on this page: the runtime's unit tests assert that `Softmax.Forward`/"
          "`Backward` allocate nothing (`GC.GetAllocatedBytesForCurrentThread`); the generated standalone layers are "
          "not covered by such a test.")
        w("")
    elif allocated:
        w("**Allocated per call:** " + "; ".join(f"{LABELS.get(k[1], k[1])} {k[0].lower()} {SHAPE_NAMES[k[2]]}: {b} B"
                                                  for k, b in allocated.items()) + ".")
        w("")

    missing_notes = []
    if not any(k[1] == "Runtime" for k in t):
        missing_notes.append("the LayerGen runtime kernels were not measured (not available on this branch at run time)")
    if not any(k[1].startswith("Generated") for k in t):
        missing_notes.append("the generated layers were not measured (the generator was not available on this branch at run time)")
    if failed:
        missing_notes.append("benchmarks that failed (no result): " + ", ".join(failed))
    if missing_notes:
        w("**Not measured:** " + "; ".join(missing_notes) + ". Rows marked “not measured” have no number for that reason; "
          "Unrolled exists for size 10 only (valid up to 16).")
        w("")
    else:
        w("Unrolled exists for size 10 only (the kernel is valid up to 16), so it is “not measured” at 64 and 1024.")
        w("")

    w("## Summary")
    w("")
    out.extend(summary_table(t))
    w("")
    w("## Targets")
    w("")
    out.extend(targets(t))
    w("")
    w("## Forward")
    w("")
    out.extend(time_table(t, "Forward", FORWARD_ORDER))
    w("")
    out.extend(ratio_table(t, "Forward", FORWARD_ORDER, PYTORCH, "Speed-up vs PyTorch"))
    w("")
    out.extend(ratio_table(t, "Forward", FORWARD_ORDER, "TensorPrimitives", "Speed-up vs TensorPrimitives"))
    w("")
    out.extend(ratio_table(t, "Forward", FORWARD_ORDER, "NumPyPort", "Speed-up vs NumPy port"))
    w("")
    w("## Backward")
    w("")
    out.extend(time_table(t, "Backward", BACKWARD_ORDER))
    w("")
    out.extend(ratio_table(t, "Backward", BACKWARD_ORDER, PYTORCH, "Speed-up vs PyTorch"))
    w("")
    out.extend(ratio_table(t, "Backward", BACKWARD_ORDER, "NumPyPort", "Speed-up vs NumPy port"))
    w("")
    out.extend(ratio_table(t, "Backward", BACKWARD_ORDER, "JacobianLoopVector256", "Speed-up vs O(n²) Jacobian loop"))
    w("")
    w("## Bounds")
    w("")
    w("What limits the kernels. The same run timed the memory traffic alone — a Vector256 copy x → y for the "
      "forward, dx = y ⊙ dy for the backward (ordinary stores, so data that fits in cache stays there) — and "
      "`TensorPrimitives.Exp` over the whole batch, the exp work of a forward without the row max, sum and "
      "division. GB/s counts 8 bytes per element for the forward (read x, write y) and 12 for the backward "
      "(read y and dy, write dx). A ratio near 1 means the kernel runs at the speed of that reference; below 1 is "
      "possible (these references are simple Vector256 loops, not the machine's peak bandwidth). The 100000×10 and 20000×64 batches (4–5 MB per array) largely stay in the "
      "cache, 4096×1024 (16 MB per array) less so.")
    w("")
    out.extend(bounds_table(t, "Forward"))
    w("")
    out.extend(bounds_table(t, "Backward"))
    w("")
    noisy = [(k, v["runs"]) for k, v in t.items() if k[1] == PYTORCH and len(v.get("runs", [])) > 1]
    if noisy:
        spread = max(max(r) / min(r) for _, r in noisy)
        w(f"PyTorch ran {len(noisy[0][1])} times (before and after BenchmarkDotNet); its tables use the median of the runs' "
          f"medians. The runs differed by up to {(spread - 1) * 100:.0f}% for one case, a measure of this machine's noise "
          "during the run.")
        w("")

    w("## Matrix products (GEMM)")
    w("")
    gemm_shapes, gemm_info = load_gemm(args.bdn_results, args.gemm_pytorch)
    out.extend(gemm_section(gemm_shapes, gemm_info))
    w("")
    if args.peak_out:
        peaks = [2.0 * m * k * n / e["peak"] / 1e6 for (m, k, n), e in gemm_shapes.items() if e.get("peak")]
        if peaks:
            with open(args.peak_out, "w") as f:
                f.write(f"{statistics.median(peaks):.1f}\n")

    w("## Self-check (before timing)")
    w("")
    w("Output of `LayerGen.Benchmarks --check` in this run (every benchmark's global setup runs the same check "
      "and refuses to time a wrong kernel):")
    w("")
    w(check)
    w("")
    w("## Raw results")
    w("")
    w("BenchmarkDotNet's own reports (markdown, CSV, HTML, full JSON) and the PyTorch JSON are written to "
      "`tests/LayerGen.Benchmarks/BenchmarkDotNet.Artifacts/` (not committed). Files read for this page: "
      + ", ".join(f"`{os.path.basename(f)}`" for f in files) + (", " if files else "")
      + ", ".join(f"`{os.path.basename(p)}`" for p in args.pytorch + args.gemm_pytorch) + ".")
    w("")

    if args.readme:
        summary = [f"| Speed-up (run of {now}) | " + " | ".join(SHAPE_NAMES) + " |", "|---|" + "---:|" * len(SHAPES)]
        for title, direction, reference, impl in [
                ("Runtime forward vs PyTorch", "Forward", PYTORCH, "Runtime"),
                ("Runtime forward vs TensorPrimitives per row", "Forward", "TensorPrimitives", "Runtime"),
                ("Runtime backward vs PyTorch", "Backward", PYTORCH, "Runtime"),
                ("Generated `[Softmax(n)]` (Auto) forward vs PyTorch", "Forward", PYTORCH, "GeneratedAuto"),
                ("Generated `[Softmax(n)]` (Auto) backward vs PyTorch", "Backward", PYTORCH, "GeneratedAuto"),
                ("O(n) backward vs the O(n²) Jacobian loop (runtime)", "Backward", "JacobianLoopVector256", "Runtime")]:
            summary.append(f"| {title} | " + " | ".join(cell(ratio(t, direction, reference, impl, s)) for s in range(len(SHAPES))) + " |")
        gemm_ratios = []
        for (m, k, n), e in sorted(gemm_shapes.items(), key=lambda kv: kv[0][0] * kv[0][1] * kv[0][2]):
            for product, label in GEMM_PRODUCTS:
                p = e.get(product, {})
                if p.get("ours") and p.get("openblas"):
                    gemm_ratios.append(statistics.median(p["openblas"]) / p["ours"])
        if gemm_ratios:
            summary.append("")
            summary.append(f"Matrix products (x·W + b, xᵀ·dy, dy·Wᵀ at four shapes) against OpenBLAS's {gemm_info.get('openblas_core')} "
                           f"kernel through PyTorch, one thread: {min(gemm_ratios):.2f}–{max(gemm_ratios):.2f}× its speed.")
        with open(args.readme) as f:
            readme = f.read()
        start, end = "<!-- benchmark-summary:start -->\n", "<!-- benchmark-summary:end -->"
        if start in readme and end in readme:
            before, rest = readme.split(start, 1)
            after = rest.split(end, 1)[1]
            with open(args.readme, "w") as f:
                f.write(before + start + "\n".join(summary) + "\n" + end + after)

    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    with open(args.out, "w") as f:
        f.write("\n".join(out))
    print(f"wrote {args.out}: {len([k for k in t if k[1] != PYTORCH])} C# results, "
          f"{len(pt)} PyTorch results, {len(failed)} failed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
