using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// PLINQ's operators (<c>System.Linq.ParallelEnumerable</c>) are read exactly like <c>Enumerable</c>'s
/// (WellKnownSymbols <c>IsLinqOperatorType</c>): <c>AsParallel</c>, <c>AsOrdered</c>, <c>WithDegreeOfParallelism</c>,
/// <c>AsSequential</c> pass the elements through, and <c>Max</c>, <c>SelectMany</c>, <c>Select</c>, <c>Sum</c>,
/// <c>Aggregate</c>, <c>ToArray</c> fold or map them as they do sequentially. A batch-wide peak taken through PLINQ is
/// LG0001; a row's own peak taken through PLINQ is silent.
/// </summary>
public class SoftmaxModelParallelLinqTests
{
    public static TheoryData<string> BatchPeaks() => new()
    {
        "scores.AsParallel().Max(row => row.Max())",
        "scores.AsParallel().SelectMany(r => r).Max()",
        "scores.AsParallel().AsOrdered().Max(row => row.Max())",
        "scores.AsParallel().WithDegreeOfParallelism(2).Select(row => row.Max()).Max()",
        "scores.AsParallel().Select(row => row.Max()).ToArray().Max()",
        "scores.AsParallel().SelectMany(r => r).AsSequential().Max()",
        "scores.AsParallel().SelectMany(r => r).Aggregate(float.NegativeInfinity, Math.Max)",
        "ParallelEnumerable.Max(scores.AsParallel(), row => row.Max())",
    };

    [Theory]
    [MemberData(nameof(BatchPeaks))]
    public async Task ABatchWidePeakThroughPlinq_IsLG0001(string peak)
    {
        var source = $$"""
            using System;
            using System.Linq;

            static class C {
                static float[][] F(float[][] scores) {
                    float shift = {{peak}};
                    var result = new float[scores.Length][];
                    for (int u = 0; u < scores.Length; u++) {
                        float[] e = scores[u].Select(s => MathF.Exp(s - shift)).ToArray();
                        float z = e.Sum();
                        result[u] = e.Select(v => v / z).ToArray();
                    }
                    return result;
                }
            }
            """;
        Assert.Equal(new[] { "LG0001" }, await FixRunner.ReportedIdsAsync(source));
    }

    [Theory]
    [InlineData("scores[u].AsParallel().Max()")]
    [InlineData("scores[u].AsParallel().AsOrdered().Max()")]
    [InlineData("scores[u].AsParallel().Aggregate(float.NegativeInfinity, Math.Max)")]
    [InlineData("scores[u].Max()")]
    public async Task ARowsOwnPeakThroughPlinq_IsSilent(string peak)
    {
        var source = $$"""
            using System;
            using System.Linq;

            static class C {
                static float[][] F(float[][] scores) {
                    var result = new float[scores.Length][];
                    for (int u = 0; u < scores.Length; u++) {
                        float shift = {{peak}};
                        float[] e = scores[u].Select(s => MathF.Exp(s - shift)).ToArray();
                        float z = e.Sum();
                        result[u] = e.Select(v => v / z).ToArray();
                    }
                    return result;
                }
            }
            """;
        Assert.Empty(await FixRunner.ReportedIdsAsync(source));
    }

    [Theory]
    [InlineData("e.SelectMany(r => r).Sum()", "LG0002")]
    [InlineData("e.AsParallel().SelectMany(r => r).Sum()", "LG0002")]
    [InlineData("e.AsParallel().Sum(r => r.Sum())", "LG0002")]
    [InlineData("e[i].AsParallel().Sum()", null)]
    [InlineData("e[i].AsParallel().WithDegreeOfParallelism(4).Sum()", null)]
    public async Task ASumThroughPlinq_IsJudgedLikeTheSequentialSum(string total, string? expected)
    {
        var source = $$"""
            using System;
            using System.Linq;

            static class C {
                static double[][] F(double[][] x) {
                    var e = new double[x.Length][];
                    for (int i = 0; i < x.Length; i++) {
                        double m = x[i].Max();
                        e[i] = x[i].Select(v => Math.Exp(v - m)).ToArray();
                    }
                    var y = new double[x.Length][];
                    for (int i = 0; i < x.Length; i++) {
                        double s = {{total}};
                        y[i] = e[i].Select(v => v / s).ToArray();
                    }
                    return y;
                }
            }
            """;
        Assert.Equal(expected is null ? Array.Empty<string>() : new[] { expected }, await FixRunner.ReportedIdsAsync(source));
    }

    [Fact]
    public async Task APlinqExpOfRawLogits_IsLG0003()
    {
        const string source = """
            using System;
            using System.Linq;

            static class C {
                static double[] F(double[] x) {
                    double[] e = x.AsParallel().AsOrdered().Select(v => Math.Exp(v)).ToArray();
                    double s = e.Sum();
                    return e.Select(v => v / s).ToArray();
                }
            }
            """;
        Assert.Equal(new[] { "LG0003" }, await FixRunner.ReportedIdsAsync(source));
    }
}
