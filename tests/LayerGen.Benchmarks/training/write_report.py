#!/usr/bin/python3
"""Writes docs/training-benchmark.md from one run of training/run.sh: the sample's log, the PyTorch script's JSON line,
the OpenBLAS core name and the load averages. Standard library only. Every number in the report comes from these files.
"""

import argparse
import json
import os
import platform
import re
import statistics
import subprocess

TARGET_ACCURACY = 0.88

EPOCH_LINE = re.compile(
    r"^epoch\s+(\d+)/(\d+):\s+([\d.]+) s \(cpu\s+([\d.]+) s\)\s+train loss ([\d.]+)\s+train acc ([\d.]+)\s+"
    r"test loss ([\d.]+)\s+test acc ([\d.]+)")


def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def layergen_epochs(log):
    epochs = []
    for line in log.splitlines():
        m = EPOCH_LINE.match(line.strip())
        if m:
            epochs.append({"epoch": int(m[1]), "seconds": float(m[3]), "cpu_seconds": float(m[4]),
                           "train_loss": float(m[5]), "test_loss": float(m[7]), "test_accuracy": float(m[8])})
    if not epochs:
        raise SystemExit("no epoch lines in the LayerGen log")
    return epochs


def pytorch_run(log):
    for line in log.splitlines():
        if line.startswith("json: "):
            return json.loads(line[len("json: "):])
    raise SystemExit("no json line in the PyTorch log")


def cpu_model():
    try:
        for line in read("/proc/cpuinfo").splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


def dotnet_version():
    try:
        return subprocess.run(["dotnet", "--version"], capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def first_reaching(epochs, target):
    return next((e["epoch"] for e in epochs if e["test_accuracy"] >= target), None)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--results", required=True)
    parser.add_argument("--commit", required=True)
    parser.add_argument("--command", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--readme")
    args = parser.parse_args()

    r = args.results
    ours = layergen_epochs(read(os.path.join(r, "layergen.log")))
    peer = pytorch_run(read(os.path.join(r, "pytorch.log")))
    theirs = peer["epochs"]
    core, _, config = read(os.path.join(r, "openblas.txt")).strip().partition(" | ")
    load_before = read(os.path.join(r, "load-before.txt")).split()[:3]
    load_after = read(os.path.join(r, "load-after.txt")).split()[:3]
    final = re.search(r"final test accuracy: ([\d.]+)", read(os.path.join(r, "layergen.log")))
    final_accuracy = float(final[1]) if final else ours[-1]["test_accuracy"]

    our_cpu = statistics.median(e["cpu_seconds"] for e in ours)
    our_wall = statistics.median(e["seconds"] for e in ours)
    their_cpu = statistics.median(e["cpu_seconds"] for e in theirs)
    their_wall = statistics.median(e["seconds"] for e in theirs)
    ratio_cpu = their_cpu / our_cpu
    ratio_wall = their_wall / our_wall
    reached = first_reaching(ours, TARGET_ACCURACY)
    epochs = len(ours)
    blas = peer.get("blas", "unknown")

    def faster(ratio):
        return f"{ratio:.2f}× faster" if ratio >= 1 else f"{1 / ratio:.2f}× slower"

    lines = [
        "# Fashion-MNIST training: LayerGen sample vs PyTorch CPU",
        "",
        f"Written by `{args.command}` from one run (commit {args.commit}); do not edit by hand. The numbers below,",
        "the plot and the README's training line all come from that run.",
        "",
        "## What is compared",
        "",
        "One network, 784-256-128-10 with ReLU and softmax cross-entropy from logits (fused), float32, trained on the 60,000",
        f"Fashion-MNIST training images for {epochs} epochs: Adam (learning rate 0.001, betas 0.9/0.999, ε 1e-8), batch 64,",
        "reshuffled every epoch, pixels scaled to [0, 1], data in memory, **one thread** each:",
        "",
        "- LayerGen: `samples/FashionMnist` (generated `FashionNet`, `StepAdam`), `--threads 1`, seed 42, output redirected.",
        "- PyTorch: `tests/LayerGen.Benchmarks/pytorch/fashion_epoch.py`, `torch.set_num_threads(1)`, on OpenBLAS with the",
        "  kernel it picks for this CPU (`OPENBLAS_CORETYPE` and `OPENBLAS_L2_SIZE` unset, `OPENBLAS_NUM_THREADS=1`).",
        "",
        "Timed: forward + loss + backward + optimizer step over one epoch, including gathering the shuffled mini-batch rows",
        "(no evaluation, no data loading). Wall time (`Stopwatch`, `time.perf_counter`) and the process's CPU time",
        "(`Process.TotalProcessorTime`, `time.process_time`). The machine is shared, so CPU time is the fairer column.",
        "",
        "## Machine and conditions",
        "",
        f"- {cpu_model()}, {os.cpu_count()} logical cores; .NET SDK {dotnet_version()}; PyTorch {peer.get('torch', '?')} (Debian `python3-torch`).",
        f"- BLAS loaded by PyTorch: `{blas}`; OpenBLAS core: **{core or 'unknown'}** (`{config}`).",
        f"- Load average (1, 5, 15 min) before the run: {', '.join(load_before)}; after: {', '.join(load_after)}."
        + (" Other builds and benchmarks were running: wall times are inflated for both." if float(load_before[0]) > 2.5 or float(load_after[0]) > 2.5 else ""),
        "",
        "## Epoch time (medians over the epochs of the run)",
        "",
    ]
    loaded = max(float(load_before[0]), float(load_after[0])) > 2.5
    if loaded:
        lines += [
            f"The machine was busy (load average up to {max(float(load_before[0]), float(load_after[0])):.1f} on {os.cpu_count()} cores): "
            "CPU time suffers less than wall time from other load, but both sides ran at different moments of",
            "changing load, so the ratio moves between runs. Rerun on an idle machine before quoting it.",
            "",
        ]
    lines += [
        "| Implementation (1 thread, batch 64, Adam) | CPU s/epoch | wall s/epoch | LayerGen vs it (CPU) | LayerGen vs it (wall) |",
        "| --- | ---: | ---: | ---: | ---: |",
        f"| LayerGen sample | {our_cpu:.2f} | {our_wall:.2f} | — | — |",
        f"| PyTorch {peer.get('torch', '?')} + OpenBLAS ({core or '?'}) | {their_cpu:.2f} | {their_wall:.2f} | {faster(ratio_cpu)} | {faster(ratio_wall)} |",
        "",
        "## Per epoch",
        "",
        "| Epoch | LayerGen CPU s | LayerGen wall s | LayerGen test accuracy | PyTorch CPU s | PyTorch wall s | PyTorch test accuracy |",
        "| ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for i in range(max(len(ours), len(theirs))):
        o = ours[i] if i < len(ours) else None
        t = theirs[i] if i < len(theirs) else None
        cells = [str(i + 1)]
        cells += [f"{o['cpu_seconds']:.2f}", f"{o['seconds']:.2f}", f"{o['test_accuracy']:.4f}"] if o else ["", "", ""]
        cells += [f"{t['cpu_seconds']:.2f}", f"{t['seconds']:.2f}", f"{t['test_accuracy']:.4f}"] if t else ["", "", ""]
        lines.append("| " + " | ".join(cells) + " |")

    their_final = theirs[-1]["test_accuracy"]
    verdict = (f"reached: {final_accuracy:.4f} after epoch {epochs}, first at or above {TARGET_ACCURACY} at epoch {reached}"
               if final_accuracy >= TARGET_ACCURACY and reached is not None
               else f"not reached: {final_accuracy:.4f} after epoch {epochs}"
               + (f" (it was at or above {TARGET_ACCURACY} at epoch {reached})" if reached is not None else ""))
    lines += [
        "",
        "## Accuracy (10,000 test images)",
        "",
        f"LayerGen: **{final_accuracy:.4f}** after {epochs} epochs; PyTorch: **{their_final:.4f}** (different initialisation",
        "and shuffling, so the curves differ epoch by epoch). Target ≥ 0.88 in at most 10 epochs: " + verdict + ".",
        "At one thread the sample is deterministic for a seed: a rerun prints the same losses.",
        "",
        "![Loss and accuracy per epoch of the LayerGen run](training-benchmark-plot.png)",
        "",
        "The plot's train loss is the running mean over each epoch's mini-batches while the weights still change; the test",
        "loss and both accuracies are measured after the epoch.",
        "",
        "## How to reproduce",
        "",
        "```sh",
        args.command,
        "```",
        "",
        "It needs the Debian packages `dataset-fashion-mnist`, `python3-torch` and `libopenblas0-pthread` (or",
        "`FASHION_MNIST_DIR` pointing at the four IDX files). The raw logs stay in `tests/LayerGen.Benchmarks/training/results/`.",
        "",
    ]
    with open(args.out, "w", encoding="utf-8") as f:
        f.write("\n".join(lines))

    if args.readme:
        readme = read(args.readme)
        summary = (f"Measured here (one run, one thread, {epochs} epochs): {final_accuracy:.4f} test accuracy at {our_cpu:.2f} s CPU per epoch, "
                   f"{faster(ratio_cpu)} than PyTorch {peer.get('torch', '?')} on OpenBLAS ({core or '?'} kernel) at "
                   f"{their_cpu:.2f} s" + (f", on a busy machine (load average up to {max(float(load_before[0]), float(load_after[0])):.0f})" if loaded else "")
                   + " ([details](docs/training-benchmark.md)).")
        new = re.sub(r"(<!-- training-summary:start -->\n).*?(\n<!-- training-summary:end -->)",
                     lambda m: m[1] + summary + m[2], readme, flags=re.S)
        with open(args.readme, "w", encoding="utf-8") as f:
            f.write(new)


if __name__ == "__main__":
    main()
