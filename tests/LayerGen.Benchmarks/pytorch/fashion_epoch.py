#!/usr/bin/python3
"""Times one training epoch of the Fashion-MNIST MLP in PyTorch CPU, for comparison with samples/FashionMnist.

Same model (784-256-128-10, ReLU, softmax cross-entropy from logits, PyTorch default init), same optimizer
(Adam, lr 1e-3, or SGD with momentum), same batch size and thread count as the C# sample. Data is loaded
into one float32 tensor first and shuffled per epoch by index, as the sample does, so the timed part is
forward + backward + optimizer step over the 60,000 training images only (no DataLoader, no evaluation).

Run with Debian's torch: /usr/bin/python3 tests/LayerGen.Benchmarks/pytorch/fashion_epoch.py --threads 1
Prints the BLAS library in use (Debian's python3-torch is built with BLAS_INFO=generic and calls whatever
libblas.so.3 resolves to: the reference BLAS unless OpenBLAS is installed), one line per epoch with wall and
CPU seconds, and a final JSON line (prefixed "json: ") for scripts.
"""
import argparse
import gzip
import json
import os
import struct
import sys
import time

import torch
from torch import nn


def read_idx(path):
    opener = gzip.open if open(path, "rb").read(2) == b"\x1f\x8b" else open
    with opener(path, "rb") as f:
        data = f.read()
    magic, = struct.unpack(">i", data[:4])
    dims = magic & 0xFF
    shape = struct.unpack(">" + "i" * dims, data[4:4 + 4 * dims])
    payload = data[4 + 4 * dims:]
    expected = 1
    for d in shape:
        expected *= d
    if len(payload) != expected:
        sys.exit(f"{path}: expected {expected} bytes after the header, found {len(payload)}")
    return torch.frombuffer(bytearray(payload), dtype=torch.uint8).reshape(shape)


def find(directory, name):
    for candidate in (name, name + ".gz"):
        path = os.path.join(directory, candidate)
        if os.path.exists(path):
            return path
    sys.exit(f"{os.path.join(directory, name)}[.gz]: file not found")


def load(directory, prefix):
    images = read_idx(find(directory, f"{prefix}-images-idx3-ubyte")).reshape(-1, 784).float() / 255.0
    labels = read_idx(find(directory, f"{prefix}-labels-idx1-ubyte")).long()
    if images.shape[0] != labels.shape[0]:
        sys.exit(f"{prefix}: {labels.shape[0]} labels for {images.shape[0]} images")
    return images, labels


def loaded_blas():
    """Path of the BLAS library this process mapped (Debian's torch uses whatever libblas.so.3 resolves to)."""
    try:
        with open("/proc/self/maps") as maps:
            paths = {line.split()[-1] for line in maps if "blas" in line.lower() and "/" in line}
        return ", ".join(sorted(paths)) or "none found"
    except OSError:
        return "unknown"


def openblas_core():
    """OpenBLAS's name for the kernel it chose (openblas_get_corename), or None when OpenBLAS is not loaded."""
    import ctypes
    for path in loaded_blas().split(", "):
        if "openblas" in path and ".so" in path:
            try:
                lib = ctypes.CDLL(path)
                lib.openblas_get_corename.restype = ctypes.c_char_p
                return lib.openblas_get_corename().decode()
            except (OSError, AttributeError):
                continue
    return None


def accuracy_and_loss(model, images, labels):
    with torch.no_grad():
        logits = model(images)
        loss = nn.functional.cross_entropy(logits, labels).item()
        accuracy = (logits.argmax(dim=1) == labels).float().mean().item()
    return accuracy, loss


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", default="/usr/share/datasets/fashion-mnist")
    parser.add_argument("--epochs", type=int, default=1, help="epochs to train and time (default 1)")
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--learning-rate", type=float, default=1e-3)
    parser.add_argument("--optimizer", choices=["adam", "sgd"], default="adam")
    parser.add_argument("--momentum", type=float, default=0.9, help="for --optimizer sgd")
    parser.add_argument("--seed", type=int, default=42)
    args = parser.parse_args()

    torch.set_num_threads(args.threads)
    torch.manual_seed(args.seed)
    train_x, train_y = load(args.data, "train")
    test_x, test_y = load(args.data, "t10k")

    model = nn.Sequential(nn.Linear(784, 256), nn.ReLU(), nn.Linear(256, 128), nn.ReLU(), nn.Linear(128, 10))
    loss_fn = nn.CrossEntropyLoss()
    if args.optimizer == "adam":
        optimizer = torch.optim.Adam(model.parameters(), lr=args.learning_rate)
    else:
        optimizer = torch.optim.SGD(model.parameters(), lr=args.learning_rate, momentum=args.momentum)

    rows = train_x.shape[0]
    print(f"torch {torch.__version__}, {args.threads} thread(s), batch {args.batch_size}, {args.optimizer} lr {args.learning_rate}; "
          f"BLAS: {loaded_blas()}", flush=True)
    epochs = []
    for epoch in range(1, args.epochs + 1):
        order = torch.randperm(rows)
        start = time.perf_counter()
        cpu_start = time.process_time()
        running = 0.0
        batches = 0
        for first in range(0, rows, args.batch_size):
            index = order[first:first + args.batch_size]
            x, y = train_x[index], train_y[index]
            optimizer.zero_grad(set_to_none=True)
            loss = loss_fn(model(x), y)
            loss.backward()
            optimizer.step()
            running += loss.item()
            batches += 1
        seconds = time.perf_counter() - start
        cpu_seconds = time.process_time() - cpu_start
        test_accuracy, test_loss = accuracy_and_loss(model, test_x, test_y)
        epochs.append({"epoch": epoch, "seconds": seconds, "cpu_seconds": cpu_seconds, "train_loss": running / batches,
                       "test_loss": test_loss, "test_accuracy": test_accuracy})
        print(f"epoch {epoch}: {seconds:.3f} s (cpu {cpu_seconds:.3f} s), train loss {running / batches:.4f}, "
              f"test loss {test_loss:.4f}, test accuracy {test_accuracy:.4f}", flush=True)

    summary = {"torch": torch.__version__, "blas": loaded_blas(), "openblas_core": openblas_core(),
               "openblas_threads_env": os.environ.get("OPENBLAS_NUM_THREADS"),
               "openblas_coretype_env": os.environ.get("OPENBLAS_CORETYPE"), "threads": args.threads, "batch_size": args.batch_size,
               "optimizer": args.optimizer, "learning_rate": args.learning_rate, "epochs": epochs}
    print("json: " + json.dumps(summary))


if __name__ == "__main__":
    main()
