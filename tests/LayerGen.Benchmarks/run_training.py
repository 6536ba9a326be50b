#!/usr/bin/python3
"""Runs the training benchmark: LayerGen's generated network (LayerGen.Benchmarks --training, the sample's training
loop) and PyTorch (pytorch/fashion_epoch.py) alternately, then the thread-scaling runs and one 10-epoch accuracy run,
and writes everything to one JSON file for write_training_report.py.

Called by run.sh. The PyTorch peer runs at its best on one thread: OPENBLAS_NUM_THREADS=1 and torch.set_num_threads(1),
with this machine's OPENBLAS_CORETYPE / OPENBLAS_L2_SIZE removed from its environment alone (they force OpenBLAS's AVX2
kernel). Every run records the 1-minute load average before and after it.
"""
import argparse
import json
import os
import subprocess
import sys
import time


def parse_json_lines(text, prefix="json: "):
    return [json.loads(line[len(prefix):]) for line in text.splitlines() if line.startswith(prefix)]


def run(command, env=None):
    load_before = os.getloadavg()[0]
    start = time.time()
    result = subprocess.run(command, capture_output=True, text=True, env=env)
    if result.returncode != 0:
        sys.exit(f"{' '.join(command)} failed ({result.returncode}):\n{result.stdout}\n{result.stderr}")
    return result.stdout, {"load_before": load_before, "load_after": os.getloadavg()[0], "elapsed": time.time() - start}


def peer_env():
    env = {k: v for k, v in os.environ.items() if k not in ("OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE")}
    env["OPENBLAS_NUM_THREADS"] = "1"
    return env


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dll", default=os.path.join(here, "bin/Release/net10.0/LayerGen.Benchmarks.dll"))
    parser.add_argument("--python", default="/usr/bin/python3")
    parser.add_argument("--data", default="/usr/share/datasets/fashion-mnist")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--epochs", type=int, default=3, help="epochs per timing run (the first is a warm-up and not used)")
    parser.add_argument("--out", required=True)
    args = parser.parse_args()

    if not os.path.exists(os.path.join(args.data, "train-labels-idx1-ubyte.gz")) and not os.path.exists(os.path.join(args.data, "train-labels-idx1-ubyte")):
        with open(args.out, "w") as f:
            json.dump({"available": False, "reason": f"no Fashion-MNIST files in {args.data} (apt-get install dataset-fashion-mnist)"}, f)
        print("training benchmark skipped: no data", file=sys.stderr)
        return 0

    layergen = ["dotnet", args.dll, "--training", "--data", args.data, "--epochs", str(args.epochs)]
    torch_script = [args.python, os.path.join(here, "pytorch", "fashion_epoch.py"), "--data", args.data, "--epochs", str(args.epochs), "--threads", "1"]
    out = {"available": True, "rounds": [], "scaling": [], "accuracy": {}}

    # 1 thread, batch 64: LayerGen and PyTorch alternately.
    for round_index in range(args.rounds):
        stdout, meta = run(layergen + ["--threads", "1", "--batch-size", "64"])
        layergen_epochs = parse_json_lines(stdout)
        stdout, peer_meta = run(torch_script + ["--batch-size", "64"], env=peer_env())
        peer = parse_json_lines(stdout)[-1]
        out["rounds"].append({"layergen": layergen_epochs, "layergen_meta": meta, "pytorch": peer["epochs"], "pytorch_meta": peer_meta,
                              "pytorch_info": {k: v for k, v in peer.items() if k != "epochs"}})
        print(f"round {round_index + 1}: layergen cpu {[round(e['cpu_seconds'], 3) for e in layergen_epochs]}, "
              f"pytorch cpu {[round(e['cpu_seconds'], 3) for e in peer['epochs']]}, load {meta['load_before']:.1f}-{peer_meta['load_after']:.1f}", flush=True)

    # Thread scaling of LayerGen at batch 256 and 64 (wall clock: CPU time adds up both threads).
    for round_index in range(args.rounds):
        for batch in (256, 64):
            for threads in (1, 2):
                stdout, meta = run(layergen + ["--threads", str(threads), "--batch-size", str(batch)])
                out["scaling"].append({"batch_size": batch, "threads": threads, "epochs": parse_json_lines(stdout), "meta": meta})
                print(f"scaling round {round_index + 1}: batch {batch}, {threads} thread(s): wall "
                      f"{[round(e['seconds'], 3) for e in out['scaling'][-1]['epochs']]}, load {meta['load_before']:.1f}", flush=True)

    # Where LayerGen's epoch goes: one profiled run (thread CPU time per phase).
    stdout, meta = run(layergen + ["--threads", "1", "--batch-size", "64", "--profile"])
    out["profile"] = parse_json_lines(stdout)

    # Accuracy: the sample's default settings (Adam 0.001, batch 64, seed 42, 10 epochs), both implementations.
    stdout, meta = run(["dotnet", args.dll, "--training", "--data", args.data, "--epochs", "10", "--threads", "1", "--batch-size", "64"])
    out["accuracy"]["layergen"] = parse_json_lines(stdout)
    stdout, meta = run([args.python, os.path.join(here, "pytorch", "fashion_epoch.py"), "--data", args.data, "--epochs", "10", "--threads", "1"], env=peer_env())
    out["accuracy"]["pytorch"] = parse_json_lines(stdout)[-1]["epochs"]
    with open(args.out, "w") as f:
        json.dump(out, f, indent=2)
    return 0


if __name__ == "__main__":
    sys.exit(main())
