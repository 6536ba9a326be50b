using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace LayerGen.Benchmarks.TrainingLoop;

/// <summary>
/// The <c>--training</c> command: trains <see cref="TrainingNet"/> on Fashion-MNIST exactly as samples/FashionMnist does
/// (seeded initialisation, a seeded Fisher–Yates shuffle per epoch, mini-batches copied into one reused buffer,
/// <c>Loss</c> → <c>Backward</c> → <c>StepAdam(0.001)</c>) and prints one JSON line per epoch: wall seconds, process CPU
/// seconds, mean training loss and test accuracy (evaluated after the timed part).
/// </summary>
/// <remarks>
/// Arguments: <c>--epochs N --threads N --batch-size N --data DIR --seed N [--profile]</c>. With <c>--profile</c> each phase
/// (batch copy, forward + loss, backward, Adam step) is also timed with this thread's CPU clock and reported per epoch.
/// </remarks>
public static class TrainingCommand
{
    /// <summary>Runs the command; returns the exit code.</summary>
    public static int Run(string[] args)
    {
        int epochs = Option(args, "--epochs", 3), threads = Option(args, "--threads", 1), batchSize = Option(args, "--batch-size", 64), seed = Option(args, "--seed", 42);
        bool profile = args.Contains("--profile");
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
            var phases = new double[4]; // copy, forward + loss, backward, step (thread CPU seconds)
            double mark = profile ? ThreadCpuClock.Seconds() : 0;
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

                Lap(profile, phases, 0, ref mark);
                lossSum += net.Loss(images.AsSpan(0, rows * train.Features), labels.AsSpan(0, rows));
                Lap(profile, phases, 1, ref mark);
                net.Backward();
                Lap(profile, phases, 2, ref mark);
                net.StepAdam(0.001f);
                Lap(profile, phases, 3, ref mark);
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
            if (profile)
            {
                line["profile_cpu_seconds"] = new Dictionary<string, double>
                {
                    ["copy"] = phases[0], ["forward_loss"] = phases[1], ["backward"] = phases[2], ["adam"] = phases[3],
                };
            }

            Console.WriteLine("json: " + JsonSerializer.Serialize(line));
        }

        return 0;
    }

    private static void Lap(bool profile, double[] phases, int phase, ref double mark)
    {
        if (profile)
        {
            double now = ThreadCpuClock.Seconds();
            phases[phase] += now - mark;
            mark = now;
        }
    }

    private static int Option(string[] args, string name, int fallback)
    {
        int index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : fallback;
    }
}
