using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Exps produced by an iterator helper (<c>yield return Math.Exp(v);</c>) and normalised by the caller are inlined like
/// a helper that returns a list of them (<see cref="LayerGen.Analyzers.Softmax.Model.HelperInliner"/>: each yield adds to a list that
/// stands for the sequence), so the raw exp is LG0003 at the helper's exp and a shifted one stays silent (HeldOut18's
/// <c>PcfgSampler_RawInsideProducts</c> shape).
/// </summary>
public class SoftmaxModelIteratorHelperTests
{
    [Theory]
    [InlineData("foreach (double v in x) yield return Math.Exp(v);")]
    [InlineData("for (int i = 0; i < x.Length; i++) { if (double.IsNaN(x[i])) continue; yield return Math.Exp(x[i]); }")]
    public async Task RawExpsYieldedByAHelper_AreLG0003(string body)
    {
        var source = Source(body);
        Assert.NotEmpty(ModelDescriptions.WithInlinedHelpers(source, "F").Sites);
        Assert.Equal(new[] { "LG0003" }, await SourceMarkers.ReportedSortedIdsAsync(source, assertCompiles: false));
    }

    [Theory]
    [InlineData("double m = x.Max(); foreach (double v in x) yield return Math.Exp(v - m);")]
    [InlineData("double m = double.NegativeInfinity; foreach (double v in x) m = Math.Max(m, v); foreach (double v in x) yield return Math.Exp(v - m);")]
    public async Task ShiftedExpsYieldedByAHelper_AreSilent(string body)
    {
        Assert.Empty(await SourceMarkers.ReportedSortedIdsAsync(Source(body), assertCompiles: false));
    }

    [Fact]
    public async Task IteratorThatEndsEarly_IsNotInlined()
    {
        // yield break ends the sequence: the helper is no list of every value it would yield, so it stays a call.
        var source = Source("foreach (double v in x) { if (v > 1e6) yield break; yield return Math.Exp(v); }");
        Assert.Empty(ModelDescriptions.WithInlinedHelpers(source, "F").Sites);
        Assert.Empty(await SourceMarkers.ReportedSortedIdsAsync(source, assertCompiles: false));
    }

    private static string Source(string body) => $$"""
        using System;
        using System.Collections.Generic;
        using System.Linq;

        static class C {
            static double[] F(double[] x) {
                IEnumerable<double> w = Weights(x);
                double z = w.Sum();
                return w.Select(v => v / z).ToArray();
            }

            static IEnumerable<double> Weights(double[] x) {
                {{body}}
            }
        }
        """;
}
