using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// A one-vector softmax that divides along one index walk has no batch, whatever runs that walk (Real58's SDR
/// classifier: <c>p[i] = e[i] / ArrayUtils.Sum(e)</c>, the helper re-summing the whole vector in the divide loop). A
/// <c>Parallel.For</c> or <c>Enumerable.Range</c> lambda walks one index as a <c>for</c> loop does, so the division along
/// it is no whole-buffer softmax (no LG0008), in every spelling of the walks and the sum helper; its raw exp keeps LG0003.
/// A true whole-buffer softmax whose division runs in a <c>Parallel.For</c> keeps LG0008.
/// </summary>
public class SoftmaxModelOneVectorLambdaDivisionTests
{
    private const string Helpers = """
        public static class Util
        {
            public static double Sum(double[] array) { double sum = 0; for (int i = 0; i < array.Length; i++) sum += array[i]; return sum; }
            public static double SumEach(double[] array) { double sum = 0; foreach (var v in array) sum += v; return sum; }
            public static double SumWhile(double[] array) { double sum = 0; int i = 0; while (i < array.Length) { sum += array[i]; i++; } return sum; }
            public static double SumList(IList<double> values) { double sum = 0; for (int i = 0; i < values.Count; i++) sum += values[i]; return sum; }
        }
        """;

    /// <summary>The exp walk (fills <c>e</c> from <c>a</c>), each spelling of an index walk over <c>EN</c> (<c>n</c> or <c>e.Length</c>).</summary>
    private static readonly string[] ExpWalks =
    [
        "for (int i = 0; i < EN; i++) e[i] = EXP;",
        "System.Threading.Tasks.Parallel.For(0, EN, i => { e[i] = EXP; });",
        "System.Threading.Tasks.Parallel.For(0, EN, i => e[i] = EXP);",
    ];

    /// <summary>The divide walk (<c>p[i] = e[i] / SUM</c>), each spelling of an index walk over <c>PN</c> (<c>n</c> or <c>p.Length</c>).</summary>
    private static readonly string[] DivideWalks =
    [
        "for (int i = 0; i < PN; i++) { p[i] = e[i] / SUM; }",
        "System.Threading.Tasks.Parallel.For(0, PN, i => { p[i] = e[i] / SUM; });",
        "System.Threading.Tasks.Parallel.For(0, PN, i => p[i] = e[i] / SUM);",
        "System.Threading.Tasks.Parallel.For(toExclusive: PN, fromInclusive: 0, body: i => { p[i] = e[i] / SUM; });",
        "int k = 0; while (k < PN) { p[k] = e[k] / SUM; k++; }",
        "void Divide(int i) { p[i] = e[i] / SUM; } for (int i = 0; i < PN; i++) Divide(i);",
        "void Divide(int i) { p[i] = e[i] / SUM; } System.Threading.Tasks.Parallel.For(0, PN, Divide);",
    ];

    /// <summary>
    /// Every divide walk with every exp walk, the sum read through the array helper; the bounds one shared length
    /// <c>n</c> or each buffer's own <c>Length</c> (then <c>p</c> and <c>e</c> are not known to be one axis); the softmax
    /// in the analysed method, or in a helper the analysed method calls on the logits it fills (Real58's
    /// <c>inferSingleStep</c> calling <c>PerformSoftMaxNormalization</c>).
    /// </summary>
    public static TheoryData<string, string, bool> Walks()
    {
        var data = new TheoryData<string, string, bool>();
        foreach (var (expBound, divideBound) in new[] { ("n", "n"), ("e.Length", "p.Length") })
        {
            foreach (var exp in ExpWalks)
            {
                foreach (var divide in DivideWalks)
                {
                    data.Add(exp.Replace("EN", expBound), divide.Replace("PN", divideBound), false);
                    data.Add(exp.Replace("EN", expBound), divide.Replace("PN", divideBound), true);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Walks))]
    public async Task OneVectorDividedByAHelperSum_IsNoWholeBufferSoftmax(string expWalk, string divideWalk, bool called)
    {
        var ids = await FixRunner.ReportedIdsAsync(Source(expWalk, divideWalk, "Math.Exp(a[i])", "Util.Sum(e)", called));
        Assert.DoesNotContain("LG0008", ids);
        Assert.Contains("LG0003", ids);
    }

    [Theory]
    [MemberData(nameof(Walks))]
    public async Task ShiftedOneVectorDividedByAHelperSum_IsSilent(string expWalk, string divideWalk, bool called)
    {
        Assert.Empty(await FixRunner.ReportedIdsAsync(Source(expWalk, divideWalk, "Math.Exp(a[i] - m)", "Util.Sum(e)", called)));
    }

    [Theory]
    [InlineData("Util.SumEach(e)", false)]
    [InlineData("Util.SumWhile(e)", false)]
    [InlineData("Util.SumList(e)", false)]
    [InlineData("Total(e)", false)]
    [InlineData("e.Sum()", false)]
    [InlineData("Util.SumEach(e)", true)]
    [InlineData("Util.SumWhile(e)", true)]
    [InlineData("Util.SumList(e)", true)]
    [InlineData("Total(e)", true)]
    [InlineData("e.Sum()", true)]
    public async Task OneVectorUnderParallelFor_IsNoWholeBufferSoftmax_WhateverSumsIt(string sum, bool called)
    {
        var ids = await FixRunner.ReportedIdsAsync(Source(
            "System.Threading.Tasks.Parallel.For(0, e.Length, i => { e[i] = EXP; });",
            "System.Threading.Tasks.Parallel.For(0, p.Length, i => { p[i] = e[i] / SUM; });",
            "Math.Exp(a[i])",
            sum,
            called));
        Assert.DoesNotContain("LG0008", ids);
    }

    [Fact]
    public async Task OneVectorThroughARangeSelect_IsNoWholeBufferSoftmax()
    {
        var source = $$"""
            using System;
            using System.Collections.Generic;
            using System.Linq;
            {{Helpers}}
            public sealed class Classifier
            {
                public double[] Normalise(double[] a)
                {
                    int n = a.Length;
                    var e = Enumerable.Range(0, n).Select(i => Math.Exp(a[i])).ToArray();
                    return Enumerable.Range(0, n).Select(i => e[i] / Util.Sum(e)).ToArray();
                }
            }
            """;

        Assert.DoesNotContain("LG0008", await FixRunner.ReportedIdsAsync(source));
    }

    [Theory]
    [InlineData("System.Threading.Tasks.Parallel.For(0, rows, r => { for (int j = 0; j < cols; j++) y[r, j] /= total; });")]
    [InlineData("System.Threading.Tasks.Parallel.For(0, rows, r => { for (int j = 0; j < cols; j++) y[r, j] = y[r, j] / total; });")]
    [InlineData("for (int r = 0; r < rows; r++) { for (int j = 0; j < cols; j++) y[r, j] /= total; }")]
    public async Task WholeBufferSoftmaxDividedUnderParallelFor_KeepsLG0008(string divide)
    {
        var source = $$"""
            using System;

            public static class WholeBuffer
            {
                public static void Softmax(float[,] x, float[,] y)
                {
                    int rows = x.GetLength(0), cols = x.GetLength(1);
                    float m = float.NegativeInfinity;
                    for (int r = 0; r < rows; r++) for (int j = 0; j < cols; j++) m = Math.Max(m, x[r, j]);
                    float total = 0;
                    for (int r = 0; r < rows; r++) for (int j = 0; j < cols; j++) { y[r, j] = MathF.Exp(x[r, j] - m); total += y[r, j]; }
                    {{divide}}
                }
            }
            """;

        Assert.Equal(new[] { "LG0008" }, await FixRunner.ReportedIdsAsync(source));
    }

    [Theory]
    [InlineData("System.Threading.Tasks.Parallel.For(0, rows * n, k => { y[k] /= total; });")]
    [InlineData("System.Threading.Tasks.Parallel.For(0, rows * n, k => y[k] /= total);")]
    [InlineData("for (int k = 0; k < rows * n; k++) y[k] /= total;")]
    public async Task FlatDivisionUnderParallelForOfExpsOverRowsAndColumns_KeepsLG0008(string divide)
    {
        var source = $$"""
            using System;

            public static class WholeBuffer
            {
                public static void Softmax(float[] x, float[] y, int rows, int n)
                {
                    float m = float.NegativeInfinity;
                    for (int r = 0; r < rows; r++) for (int j = 0; j < n; j++) m = Math.Max(m, x[r * n + j]);
                    float total = 0;
                    for (int r = 0; r < rows; r++)
                        for (int j = 0; j < n; j++) { y[r * n + j] = MathF.Exp(x[r * n + j] - m); total += y[r * n + j]; }
                    {{divide}}
                }
            }
            """;

        Assert.Contains("LG0008", await FixRunner.ReportedIdsAsync(source));
    }

    private static string Source(string expWalk, string divideWalk, string exp, string sum, bool called) => $$"""
        using System;
        using System.Collections.Generic;
        using System.Linq;
        {{Helpers}}
        public sealed class Classifier
        {
            public double[] Infer(double[][] weights, int[] active)
            {
                double[] activations = new double[weights.Length];
                double[] distribution = new double[activations.Length];
                for (int row = 0; row < weights.Length; row++)
                {
                    foreach (int bit in active)
                    {
                        activations[row] += weights[row][bit];
                    }
                }

                {{(called ? "Normalise(activations, distribution);" : "")}}
                return distribution;
            }

            private void Normalise(double[] a, double[] p)
            {
                int n = a.Length;
                double m = double.NegativeInfinity;
                for (int j = 0; j < n; j++) m = Math.Max(m, a[j]);
                double[] e = new double[n];
                {{expWalk.Replace("EXP", exp)}}
                {{divideWalk.Replace("SUM", sum)}}
                {{(sum.StartsWith("Total", StringComparison.Ordinal) ? "double Total(double[] v) { double t = 0; for (int j = 0; j < v.Length; j++) t += v[j]; return t; }" : "")}}
            }
        }
        """;
}
