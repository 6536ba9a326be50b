using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Exporters.Json;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Perfolizer.Horology;

namespace LayerGen.Benchmarks;

/// <summary>
/// A short job so the whole suite finishes in well under 25 minutes on a shared 2-core machine:
/// one launch, 3 warm-up and 8 measured iterations of at least 250 ms each. Results are exported as GitHub markdown (a default exporter) and full JSON
/// (the report writer reads the JSON), joined into one summary.
/// </summary>
public static class BenchmarkConfig
{
    /// <summary>
    /// The configuration used by <c>Program</c>. With <paramref name="wallClock"/> false (the default of run.sh) and on Linux,
    /// benchmarks run in-process and are timed with <see cref="ThreadCpuClock"/>; otherwise BenchmarkDotNet's defaults
    /// apply (separate process per benchmark, wall-clock Stopwatch).
    /// </summary>
    public static IConfig Create(bool wallClock)
    {
        Job job = Job.Default.WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(8)
            .WithIterationTime(TimeInterval.FromMilliseconds(250));
        job = !wallClock && ThreadCpuClock.Instance.IsAvailable
            ? job.WithClock(ThreadCpuClock.Instance).WithToolchain(InProcessEmitToolchain.Instance).WithId("ShortCpuTime")
            : job.WithId("ShortWallClock");

        return DefaultConfig.Instance
            .AddJob(job)
            .AddExporter(JsonExporter.Full)
            .AddColumn(StatisticColumn.Median, StatisticColumn.Min)
            .WithOptions(ConfigOptions.JoinSummary);
    }
}
