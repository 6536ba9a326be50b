using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Branch softminfp: an extreme of the negated data is the negated opposite extreme, <c>min(-x) = -max(x)</c>,
/// <c>max(-c·d) = -c·min(d)</c> (c &gt; 0), and a negation outside parentheses distributes (<c>-(d + m)</c> is
/// <c>-d - m</c>). So <c>exp(x + min(-x))</c> is <c>exp(x - max x)</c> and the softmin <c>exp(-(d + max(-d)))</c> is
/// <c>exp(min d - d)</c>: both ≤ 0, silent in every spelling of the fold (loop, guarded if, foreach, while, LINQ
/// selector, <c>Select(...).Min()</c>, the static call). The same folds combined the wrong way stay LG0003
/// (<c>exp(-x - min(-x))</c> = <c>exp(max x - x)</c>, <c>exp(x + max(-x))</c> = <c>exp(x - min x)</c>, a fold
/// seeded at 0), and a negated fold over the whole batch shifting each row is no per-row shift.
/// </summary>
public class SoftmaxModelNegatedExtremeTests
{
    private const string Usings = """
        using System;
        using System.Linq;

        """;

    /// <summary>A softmax over i of <paramref name="weight"/> (line 9) after <paramref name="fold"/> (line 5, one line).</summary>
    private static string Vector(string fold, string weight) => Usings + $$"""
        static class C {
            static double[] F(double[] x, double t) {
                {{fold}}
                var y = new double[x.Length];
                double s = 0;
                for (int i = 0; i < x.Length; i++) {
                    y[i] = {{weight}};
                    s += y[i];
                }
                for (int i = 0; i < x.Length; i++) y[i] /= s;
                return y;
            }
        }
        """;

    public static TheoryData<string> MinimaOfNegatedData => new()
    {
        "double m = double.PositiveInfinity; for (int k = 0; k < x.Length; k++) m = Math.Min(m, -x[k]);",
        "double m = double.PositiveInfinity; for (int k = 0; k < x.Length; k++) if (-x[k] < m) m = -x[k];",
        "double m = double.MaxValue; foreach (var v in x) m = Math.Min(m, -v);",
        "double m = double.PositiveInfinity; int k = 0; while (k < x.Length) { m = Math.Min(m, x[k] * -1.0); k++; }",
        "double m = x.Min(v => -v);",
        "double m = x.Select(v => -v).Min();",
        "double m = Enumerable.Min(x, v => -v);",
    };

    public static TheoryData<string> MaximaOfNegatedData => new()
    {
        "double m = double.NegativeInfinity; for (int k = 0; k < x.Length; k++) m = Math.Max(m, -x[k]);",
        "double m = double.NegativeInfinity; for (int k = 0; k < x.Length; k++) if (-x[k] > m) m = -x[k];",
        "double m = double.MinValue; foreach (var v in x) m = Math.Max(m, -1 * v);",
        "double m = x.Max(v => -v);",
        "double m = x.Select(v => -v).Max();",
        "double m = Enumerable.Max(x, v => -v);",
    };

    /// <summary><c>exp(x + min(-x))</c> = <c>exp(x - max x)</c>: the maximum shift written with the minimum of the negated data.</summary>
    [Theory]
    [MemberData(nameof(MinimaOfNegatedData))]
    public async Task MinimumOfNegatedData_AddedToTheLogit_IsAMaximumShift(string fold)
    {
        foreach (var weight in new[] { "Math.Exp(x[i] + m)", "Math.Exp(m + x[i])", "Math.Exp((x[i] + m) / t)", "Math.Exp(-(-x[i] - m))", "Math.Exp(2 * (x[i] + m))" })
        {
            Assert.True(await Reported(Vector(fold, weight)) == "", fold + " / " + weight);
        }
    }

    /// <summary>The same minimum the wrong way round: <c>exp(x - min(-x))</c> = <c>exp(x + max x)</c>, <c>exp(-x - min(-x))</c> = <c>exp(max x - x)</c>: overflow.</summary>
    [Theory]
    [MemberData(nameof(MinimaOfNegatedData))]
    public async Task MinimumOfNegatedData_OnTheWrongSide_IsReported(string fold)
    {
        foreach (var weight in new[] { "Math.Exp(-x[i] - m)", "Math.Exp(x[i] - m)", "Math.Exp(-(x[i] + m))" })
        {
            Assert.True(await Reported(Vector(fold, weight)) == "LG0003@9", fold + " / " + weight);
        }
    }

    /// <summary>The softmin <c>exp(-(d + max(-d)))</c> = <c>exp(min d - d)</c>, with the negation outside the parentheses or as a factor −1.</summary>
    [Theory]
    [MemberData(nameof(MaximaOfNegatedData))]
    public async Task MaximumOfNegatedData_SubtractedFromTheNegatedLogit_IsASoftminShift(string fold)
    {
        foreach (var weight in new[] { "Math.Exp(-(x[i] + m))", "Math.Exp(-(m + x[i]))", "Math.Exp(-1 * (x[i] + m))", "Math.Exp(-(x[i] + m) / t)", "Math.Exp(-x[i] - m)" })
        {
            Assert.True(await Reported(Vector(fold, weight)) == "", fold + " / " + weight);
        }
    }

    /// <summary><c>exp(-x + max(-x))</c> = <c>exp(-x - min x)</c> (0 / 0 when x ≫ 0) and <c>exp(x + max(-x))</c> = <c>exp(x - min x)</c> (overflow).</summary>
    [Theory]
    [MemberData(nameof(MaximaOfNegatedData))]
    public async Task MaximumOfNegatedData_OnTheWrongSide_IsReported(string fold)
    {
        foreach (var weight in new[] { "Math.Exp(-x[i] + m)", "Math.Exp(x[i] + m)", "Math.Exp(-(x[i] - m))" })
        {
            Assert.True(await Reported(Vector(fold, weight)) == "LG0003@9", fold + " / " + weight);
        }
    }

    /// <summary>A scaled negation: <c>max(-2·d) = -2·min(d)</c>, so <c>exp(-2·d - max(-2·d))</c> is a softmin shift; with another coefficient it is not.</summary>
    [Theory]
    [InlineData("Math.Exp(-2 * x[i] - m)", "")]
    [InlineData("Math.Exp(-(2 * x[i] + m))", "")]
    [InlineData("Math.Exp(-(x[i] * 2 + m) / t)", "")]
    [InlineData("Math.Exp(-2 * x[i] + m)", "LG0003@9")]
    [InlineData("Math.Exp(2 * x[i] + m)", "LG0003@9")]
    public async Task MaximumOfScaledNegatedData_IsJudgedWithItsCoefficient(string weight, string expected)
    {
        var fold = "double m = double.NegativeInfinity; for (int k = 0; k < x.Length; k++) m = Math.Max(m, -2 * x[k]);";
        Assert.Equal(expected, await Reported(Vector(fold, weight)));
    }

    /// <summary>A fold seeded at a finite constant stops at it: <c>min(0, -x)</c> for x ≪ 0 leaves the logits unshifted (0 / 0).</summary>
    [Theory]
    [InlineData("double m = 0; for (int k = 0; k < x.Length; k++) m = Math.Min(m, -x[k]);", "Math.Exp(x[i] + m)")]
    [InlineData("double m = 0; for (int k = 0; k < x.Length; k++) m = Math.Max(m, -x[k]);", "Math.Exp(-(x[i] + m))")]
    public async Task NegatedFoldSeededAtZero_IsReported(string fold, string weight)
    {
        Assert.Equal("LG0003@9", await Reported(Vector(fold, weight)));
    }

    /// <summary>
    /// A copy of the maximum taken once it is complete is the maximum: <c>exp(x - 2m + m2)</c> with <c>m2 = m</c> is
    /// <c>exp(x - m)</c>; a copy taken before the fold is its seed (−∞: every exp is 0, the row 0 / 0).
    /// </summary>
    [Theory]
    [InlineData("double m = x.Max(); double m2 = m;", "Math.Exp(x[i] - 2 * m + m2)", "")]
    [InlineData("double m = double.NegativeInfinity; for (int k = 0; k < x.Length; k++) m = Math.Max(m, x[k]); double m2 = m;", "Math.Exp(x[i] + m2 - 2 * m)", "")]
    [InlineData("double m = x.Max(); double m2 = m;", "Math.Exp(3 * x[i] - 2 * m - m2)", "")]
    [InlineData("double m = double.NegativeInfinity; double m2 = m; for (int k = 0; k < x.Length; k++) m = Math.Max(m, x[k]);", "Math.Exp(x[i] - 2 * m + m2)", "LG0003@9")]
    [InlineData("double m = x.Max(); double m2 = m;", "Math.Exp(x[i] - 2 * m + 2 * m2)", "LG0003@9")]
    public async Task CopyOfTheCompleteMaximum_CountsAsTheMaximum(string fold, string weight, string expected)
    {
        Assert.Equal(expected, await Reported(Vector(fold, weight)));
    }

    /// <summary>Rows: jagged, 2D and float spans, each row shifted by the minimum of its own negated logits (silent), or by the whole batch's (reported).</summary>
    [Theory]
    [InlineData("""
        static void F(double[][] x, double[][] y) {
            for (int r = 0; r < x.Length; r++) {
                double m = x[r].Min(v => -v);
                double s = 0;
                for (int j = 0; j < x[r].Length; j++) { y[r][j] = Math.Exp(x[r][j] + m); s += y[r][j]; }
                for (int j = 0; j < x[r].Length; j++) y[r][j] /= s;
            }
        }
        """, "")]
    [InlineData("""
        static void F(double[,] d, double[,] y) {
            int rows = d.GetLength(0), n = d.GetLength(1);
            for (int r = 0; r < rows; r++) {
                double m = double.NegativeInfinity;
                for (int j = 0; j < n; j++) m = Math.Max(m, -d[r, j]);
                double s = 0;
                for (int j = 0; j < n; j++) { y[r, j] = Math.Exp(-(d[r, j] + m)); s += y[r, j]; }
                for (int j = 0; j < n; j++) y[r, j] /= s;
            }
        }
        """, "")]
    [InlineData("""
        static void F(ReadOnlySpan<float> x, Span<float> y) {
            float m = float.PositiveInfinity;
            for (int j = 0; j < x.Length; j++) m = MathF.Min(m, -x[j]);
            float s = 0;
            for (int j = 0; j < x.Length; j++) { y[j] = MathF.Exp(m + x[j]); s += y[j]; }
            for (int j = 0; j < x.Length; j++) y[j] /= s;
        }
        """, "")]
    [InlineData("""
        static float[] F(float[] d) {
            float m = d.Select(v => -v).Max();
            var e = d.Select(v => MathF.Exp(-(v + m))).ToArray();
            float s = e.Sum();
            return e.Select(v => v / s).ToArray();
        }
        """, "")]
    [InlineData("""
        static void F(float[] x, float[] y, int rows, int n) {
            for (int r = 0; r < rows; r++) {
                float m = float.PositiveInfinity;
                for (int j = 0; j < n; j++) m = MathF.Min(m, -x[r * n + j]);
                float s = 0;
                for (int j = 0; j < n; j++) { y[r * n + j] = MathF.Exp(x[r * n + j] + m); s += y[r * n + j]; }
                for (int j = 0; j < n; j++) y[r * n + j] /= s;
            }
        }
        """, "")]
    [InlineData("""
        static void F(double[][] x, double[][] y) {
            for (int r = 0; r < x.Length; r++) {
                double m = x[r].Max(v => -v);
                double s = 0;
                for (int j = 0; j < x[r].Length; j++) { y[r][j] = Math.Exp(x[r][j] + m); s += y[r][j]; }
                for (int j = 0; j < x[r].Length; j++) y[r][j] /= s;
            }
        }
        """, "LG0003@8")]
    public async Task NegatedExtremeOfEachRow_InEveryLayout(string method, string expected)
    {
        Assert.Equal(expected, await Reported(Usings + "static class C {\n" + method + "\n}\n"));
    }

    /// <summary>The minimum of the negated data over every row shifts no row by its own maximum: reported (main said LG0003).</summary>
    [Fact]
    public async Task NegatedMinimumOverTheWholeBatch_IsStillReported()
    {
        var source = Usings + """
            static class C {
                static void F(double[][] x, double[][] y) {
                    double m = double.PositiveInfinity;
                    for (int r = 0; r < x.Length; r++) for (int j = 0; j < x[r].Length; j++) m = Math.Min(m, -x[r][j]);
                    for (int r = 0; r < x.Length; r++) {
                        double s = 0;
                        for (int j = 0; j < x[r].Length; j++) { y[r][j] = Math.Exp(x[r][j] + m); s += y[r][j]; }
                        for (int j = 0; j < x[r].Length; j++) y[r][j] /= s;
                    }
                }
            }
            """;
        Assert.NotEqual("", await Reported(source));
    }

    /// <summary>
    /// A z-score <c>(x - mean) / std</c> with the mean and the standard deviation of the same data about that mean lies
    /// within ±√(n − 1) (and some z ≥ 0, so the sum is ≥ 1): no overflow, no 0 / 0. A deviation of other data, or a scale
    /// that is no deviation, bounds nothing.
    /// </summary>
    [Theory]
    [InlineData("double v = 0; for (int k = 0; k < x.Length; k++) v += (x[k] - mean) * (x[k] - mean); double std = Math.Sqrt(v / x.Length) + 1e-12;", "Math.Exp((x[i] - mean) / std)", "")]
    [InlineData("double v = 0; for (int k = 0; k < x.Length; k++) { double d = x[k] - mean; v += d * d; } double std = Math.Sqrt(v / (x.Length - 1) + 1e-9);", "Math.Exp((x[i] - mean) / std)", "")]
    [InlineData("double v = 0; foreach (var e in x) v += Math.Pow(e - mean, 2); double std = Math.Sqrt(v / x.Length);", "Math.Exp((x[i] - mean) / std)", "")]
    [InlineData("double std = Math.Sqrt(x.Sum(e => (e - mean) * (e - mean)) / x.Length) + 1e-12;", "Math.Exp((x[i] - mean) / std)", "")]
    [InlineData("double v = 0; for (int k = 0; k < x.Length; k++) v += (t - mean) * (t - mean); double std = Math.Sqrt(v / x.Length) + 1e-12;", "Math.Exp((x[i] - mean) / std)", "LG0003@9")]
    [InlineData("double v = 0; for (int k = 0; k < x.Length; k++) v += (x[k] - mean) * (x[k] - mean); double std = Math.Sqrt(v / x.Length) + 1e-12;", "Math.Exp((x[i] - mean) / t)", "LG0003@9")]
    [InlineData("double v = 0; for (int k = 0; k < x.Length; k++) v += (x[k] - mean) * (x[k] - mean); double std = Math.Sqrt(v / x.Length) + 1e-12;", "Math.Exp(x[i] - mean)", "LG0003@9")]
    public async Task ZScoreAboutALoopMean_IsBounded(string deviation, string weight, string expected)
    {
        var source = Usings + $$"""
            static class C {
                static double[] F(double[] x, double t) {
                    double sum = 0; for (int k = 0; k < x.Length; k++) sum += x[k]; double mean = sum / x.Length; {{deviation}}
                    var y = new double[x.Length];
                    double s = 0;
                    for (int i = 0; i < x.Length; i++) {
                        y[i] = {{weight}};
                        s += y[i];
                    }
                    for (int i = 0; i < x.Length; i++) y[i] /= s;
                    return y;
                }
            }
            """;
        Assert.Equal(expected, await Reported(source));
    }

    /// <summary>The analyzer's diagnostics on <paramref name="source"/> as <c>ID@line</c>, sorted, comma-separated.</summary>
    private static async Task<string> Reported(string source)
    {
        var diagnostics = await FixRunner.AnalyzeAsync(FixRunner.CompileRecreation(source));
        return string.Join(",", diagnostics.Select(d => $"{d.Id}@{d.Location.GetLineSpan().StartLinePosition.Line + 1}").OrderBy(entry => entry, StringComparer.Ordinal));
    }
}
