using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace LayerGen.Benchmarks.Training;

/// <summary>
/// The <c>--training</c> command: trains <see cref="TrainingNet"/> on Fashion-MNIST exactly as samples/FashionMnist does
/// (seeded initialisation, a seeded Fisher–Yates shuffle per epoch, mini-batches copied into one reused buffer,
/// <c>Loss</c> → <c>Backward</c> → <c>StepAdam(0.001)</c>) and prints one JSON line per epoch: wall seconds, process CPU
/// seconds, mean training loss and test accuracy (evaluated after the timed part).
/// </summary>
/// <remarks>Arguments: <c>--epochs N --threads N --batch-size N --data DIR --seed N</c>.</remarks>
public static class TrainingCommand
{
    /// <summary>Runs the command; returns the exit code.</summary>
    public static int Run(string[] args)
    {
        int epochs = Option(args, "--epochs", 3), threads = Option(args, "--threads", 1), batchSize = Option(args, "--batch-size", 64), seed = Option(args, "--seed", 42);
        string data = args.SkipWhile(a => a != "--data").Skip(1).FirstOrDefault() ?? "/usr/share/datasets/fashion-mnist";
        IdxImages train = IdxImages.Load(data, "train"), test = IdxImages.Load(data, "t10k");
        var net = new TrainingNet { MaxDegreeOfParallelism = threads };
        net.ResetParameters(seed);
        int[] order = Enumerable.Range(0, train.Count).ToArray();
        var random = new Random(seed);
        var images = new float[batchSize * train.Features];
        var labels = new int[batchSize];
        for (int epoch = 1; epoch <= epochs; epoch++)
        {
            random.Shuffle(order);
            double lossSum = 0;
            int batches = 0;
            var wall = Stopwatch.StartNew();
            TimeSpan cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            for (int first = 0; first < train.Count; first += batchSize)
            {
                int rows = Math.Min(batchSize, train.Count - first);
                for (int r = 0; r < rows; r++)
                {
                    int source = order[first + r];
                    train.Pixels.AsSpan(source * train.Features, train.Features).CopyTo(images.AsSpan(r * train.Features));
                    labels[r] = train.Labels[source];
                }

                lossSum += net.Loss(images.AsSpan(0, rows * train.Features), labels.AsSpan(0, rows));
                net.Backward();
                net.StepAdam(0.001f);
                batches++;
            }

            double seconds = wall.Elapsed.TotalSeconds;
            double cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
            double accuracy = net.Accuracy(test.Pixels, test.Labels);
            var line = new Dictionary<string, object>
            {
                ["epoch"] = epoch, ["seconds"] = seconds, ["cpu_seconds"] = cpuSeconds, ["train_loss"] = lossSum / batches,
                ["test_accuracy"] = accuracy, ["threads"] = threads, ["batch_size"] = batchSize,
            };
            Console.WriteLine("json: " + JsonSerializer.Serialize(line));
        }

        return 0;
    }

    private static int Option(string[] args, string name, int fallback)
    {
        int index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : fallback;
    }
}
