using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using LayerGen.Benchmarks;
using LayerGen.Onnx.Benchmarks;
using Perfolizer.Horology;

// Runs PredictBenchmarks (generated Predict vs ONNX Runtime on the exported model, batch 1 and 256, one thread) and
// writes the report to the path given as the first argument (default: docs/onnx-benchmark.md of the repository).
// Usage, from the repository root: dotnet run -c Release --project tests/LayerGen.Onnx.Benchmarks [-- REPORT.md]
string report = args.Length > 0 ? args[0] : Path.Combine(FindRoot(), "docs", "onnx-benchmark.md");
Job job = Job.Default.WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(15)
    .WithIterationTime(TimeInterval.FromMilliseconds(250));
job = ThreadCpuClock.Instance.IsAvailable
    ? job.WithClock(ThreadCpuClock.Instance).WithToolchain(InProcessEmitToolchain.Instance).WithId("CpuTime")
    : job.WithId("WallClock");
var config = DefaultConfig.Instance.AddJob(job).WithOptions(ConfigOptions.DisableOptimizationsValidator);

string loadBefore = LoadAverage();
Summary summary = BenchmarkRunner.Run<PredictBenchmarks>(config);
string loadAfter = LoadAverage();
if (summary.HasCriticalValidationErrors || summary.Reports.Any(r => r.ResultStatistics is null))
{
    Console.Error.WriteLine("Some benchmarks did not run; the report is not written.");
    return 1;
}

File.WriteAllText(report, OnnxReport.Write(summary, ThreadCpuClock.Instance.IsAvailable, Commit(), loadBefore, loadAfter));
Console.WriteLine($"report: {report}");
return 0;

static string FindRoot()
{
    for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
    {
        if (File.Exists(Path.Combine(directory.FullName, "Generators.sln")))
        {
            return directory.FullName;
        }
    }

    throw new InvalidOperationException("Generators.sln not found above the benchmark binaries.");
}

static string LoadAverage() => File.Exists("/proc/loadavg")
    ? string.Join(", ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3))
    : "not available";

static string Commit()
{
    try
    {
        var git = Process.Start(new ProcessStartInfo("git", "rev-parse --short HEAD") { RedirectStandardOutput = true, WorkingDirectory = FindRoot() })!;
        string commit = git.StandardOutput.ReadToEnd().Trim();
        git.WaitForExit();
        var dirty = Process.Start(new ProcessStartInfo("git", "diff --quiet HEAD -- src tests") { WorkingDirectory = FindRoot() })!;
        dirty.WaitForExit();
        return dirty.ExitCode == 0 ? commit : commit + " (with uncommitted changes)";
    }
    catch (System.ComponentModel.Win32Exception)
    {
        return "unknown";
    }
}

/// <summary>The Markdown report: medians per batch size, ratio, machine and method.</summary>
internal static class OnnxReport
{
    public static string Write(Summary summary, bool cpuTime, string commit, string loadBefore, string loadAfter)
    {
        string Median(int batch, string method) => Format(Report(summary, batch, method).ResultStatistics!.Median);
        double Ratio(int batch) => Report(summary, batch, "OnnxRuntime").ResultStatistics!.Median
            / Report(summary, batch, "LayerGenPredict").ResultStatistics!.Median;

        var text = new System.Text.StringBuilder();
        text.AppendLine("# Prediction: generated `Predict` vs ONNX Runtime on the exported model");
        text.AppendLine();
        text.AppendLine("Written by `dotnet run -c Release --project tests/LayerGen.Onnx.Benchmarks` from one BenchmarkDotNet run; do not edit by hand.");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"Run of {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, commit {commit}. {RuntimeInformation.OSDescription}, {RuntimeInformation.ProcessArchitecture}, "
            + $"{Environment.ProcessorCount} logical cores, .NET {Environment.Version}, ONNX Runtime {typeof(Microsoft.ML.OnnxRuntime.InferenceSession).Assembly.GetName().Version}.");
        text.AppendLine();
        text.AppendLine("The Fashion-MNIST sample's network (784 → 256 → 128 → 10, ReLU, float), exported with `ExportOnnx` and loaded into an");
        text.AppendLine("`InferenceSession` with one intra-op and one inter-op thread, sequential execution and all graph optimisations. Both sides");
        text.AppendLine("predict the class of every row (ONNX Runtime: the `logits` output into a tensor bound once, then the same argmax);");
        text.AppendLine("the benchmark checks they predict the same classes before timing. The network runs with `MaxDegreeOfParallelism = 1`.");
        text.AppendLine(cpuTime
            ? "Times are the benchmark thread's CPU time (`CLOCK_THREAD_CPUTIME_ID`), the median of 15 iterations: the machine is shared, and CPU time is what other load disturbs least."
            : "Times are wall-clock medians of 15 iterations.");
        text.AppendLine(CultureInfo.InvariantCulture, $"Load average (1, 5, 15 min) before the run: {loadBefore}; after: {loadAfter}.");
        text.AppendLine();
        text.AppendLine("| Batch (rows) | LayerGen `Predict` | ONNX Runtime | ONNX Runtime time / LayerGen time |");
        text.AppendLine("| ---: | ---: | ---: | ---: |");
        foreach (int batch in new[] { 1, 256 })
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"| {batch} | {Median(batch, "LayerGenPredict")} | {Median(batch, "OnnxRuntime")} | {Ratio(batch):F2}× |");
        }

        text.AppendLine();
        text.AppendLine("A ratio above 1 means LayerGen is faster. Each call at batch 1 reads all 235,146 weights (0.94 MB) for 0.47 MFLOP;");
        text.AppendLine("at batch 256 a call is 120 MFLOP of matrix products (`Affine.Forward` in LayerGen, MLAS's GEMM in ONNX Runtime).");
        return text.ToString();
    }

    private static BenchmarkReport Report(Summary summary, int batch, string method) =>
        summary.Reports.Single(r => r.BenchmarkCase.Descriptor.WorkloadMethod.Name == method
            && (int)r.BenchmarkCase.Parameters["Batch"] == batch);

    private static string Format(double nanoseconds) => nanoseconds >= 1e6
        ? string.Create(CultureInfo.InvariantCulture, $"{nanoseconds / 1e6:F2} ms")
        : string.Create(CultureInfo.InvariantCulture, $"{nanoseconds / 1e3:F1} µs");
}
