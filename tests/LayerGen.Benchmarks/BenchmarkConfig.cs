using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Exporters.Json;
using BenchmarkDotNet.Jobs;

namespace LayerGen.Benchmarks;

/// <summary>
/// A short job so the whole suite finishes in well under 25 minutes on a shared 2-core machine:
/// one launch, 3 warm-up and 8 measured iterations. Results are exported as GitHub markdown (a default exporter) and full JSON
/// (the report writer reads the JSON), joined into one summary.
/// </summary>
public static class BenchmarkConfig
{
    /// <summary>The configuration used by <c>Program</c>.</summary>
    public static IConfig Create() =>
        DefaultConfig.Instance
            .AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(8).WithId("Short"))
            .AddExporter(JsonExporter.Full)
            .AddColumn(StatisticColumn.Median, StatisticColumn.Min)
            .WithOptions(ConfigOptions.JoinSummary);
}
