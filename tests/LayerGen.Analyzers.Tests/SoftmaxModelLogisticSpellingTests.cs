using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// More spellings of the unstable logistic <c>e / (1 + e)</c> (recip2): the denominator stored first in a buffer
/// (<c>d[i] = 1 + e[i]; y[i] = e[i] / d[i]</c>), the quotient written back into its exp (<c>e = e / (1 + e)</c>,
/// <c>e /= 1 + e</c>), the two-class <c>[v, c]</c> softmax with a constant logit (<c>exp(v) / (exp(v) + exp(c))</c>, a
/// named constant <c>e / (e + C)</c>), LINQ over a sequence. Each gives ∞ / ∞ = NaN once exp(v) overflows (checked in
/// float and double at v = 1000). Silent: <c>1 − 1 / (1 + e)</c> and <c>1 / d[i]</c> (1 / ∞ = 0), the reciprocal written
/// back (<c>e = 1 / (1 + e)</c>), the same spellings under the guards the logistic accepts (LogisticGuards.cs), and a
/// denominator of no exp (<c>d[i] = 1 + x[i] * x[i]</c>: ∞, not NaN).
/// </summary>
public class SoftmaxModelLogisticSpellingTests
{
    [Theory]
    [InlineData("var e = MathF.Exp(v); e = e / (1f + e); return e;")]
    [InlineData("var e = MathF.Exp(v); e /= 1f + e; return e;")]
    [InlineData("var e = MathF.Exp(v); e = e / (e + 1); return e;")]
    [InlineData("const float C = 1f; var e = MathF.Exp(v); return e / (e + C);")]
    [InlineData("const float Zero = 0f; return MathF.Exp(v) / (MathF.Exp(v) + MathF.Exp(Zero));", "LG0003 LG0003")]
    [InlineData("return MathF.Exp(v) / (MathF.Exp(0f) + MathF.Exp(v));", "LG0003 LG0003")]
    [InlineData("var e = MathF.Exp(v); return e / (e + MathF.Exp(-2f));")]
    [InlineData("var e = MathF.Exp(-v); e = e / (1f + e); return 1f - e;")]
    public async Task FloatScalar_IsLG0003(string body, string expected = "LG0003") =>
        Assert.Equal(expected, string.Join(" ", await FixRunner.ReportedIdsAsync(Scalar("float", body))));

    [Theory]
    [InlineData("double e = Math.Exp(v); e = e / (1 + e); return e;")]
    [InlineData("double e = Math.Exp(v); e /= (1.0 + e); return e;")]
    [InlineData("return Math.Exp(v) / (Math.Exp(v) + 1);", "LG0003 LG0003")]
    [InlineData("return Math.Exp(v) / (Math.Exp(v) + Math.Exp(0.0));", "LG0003 LG0003")]
    [InlineData("double e = Math.Exp(v), z = Math.Exp(Bias); return e / (e + z);")]
    public async Task DoubleScalar_IsLG0003(string body, string expected = "LG0003") =>
        Assert.Equal(expected, string.Join(" ", await FixRunner.ReportedIdsAsync(Scalar("double", body))));

    [Theory]
    [InlineData("var e = MathF.Exp(v); e = 1f / (1f + e); return 1f - e;")]
    [InlineData("var e = MathF.Exp(v); return 1f - 1f / (e + 1f);")]
    [InlineData("var e = MathF.Exp(-v); e = 1f / (1f + e); return e;")]
    [InlineData("if (v > 30f) return 1f; var e = MathF.Exp(v); e = e / (1f + e); return e;")]
    [InlineData("if (v > 30f) return 1f; var e = MathF.Exp(v); e /= 1f + e; return e;")]
    [InlineData("v = MathF.Min(v, 40f); var e = MathF.Exp(v); e = e / (1f + e); return e;")]
    [InlineData("return v >= 0f ? 1f / (1f + MathF.Exp(-v)) : MathF.Exp(v) / (MathF.Exp(v) + MathF.Exp(0f));")]
    [InlineData("const float C = 1f; return v < 20f ? MathF.Exp(v) / (MathF.Exp(v) + C) : 1f;")]
    [InlineData("var e = MathF.Exp(v); if (float.IsPositiveInfinity(e)) return 1f; e = e / (1f + e); return e;")]
    public async Task FloatScalar_NoNaN_IsSilent(string body) =>
        Assert.Empty(await FixRunner.ReportedIdsAsync(Scalar("float", body)));

    [Theory]
    // The denominator stored first, double and float, for / while / jagged / 2-D / flat / span.
    [InlineData("var e = new double[x.Length]; var d = new double[x.Length]; for (int i = 0; i < x.Length; i++) { e[i] = Math.Exp(x[i]); d[i] = 1 + e[i]; } for (int i = 0; i < x.Length; i++) y[i] = e[i] / d[i];")]
    [InlineData("var d = new double[x.Length]; int i = 0; while (i < x.Length) { y[i] = Math.Exp(x[i]); d[i] = y[i] + 1.0; y[i] = y[i] / d[i]; i++; }")]
    [InlineData("var d = new float[f.Length]; var e = new float[f.Length]; for (int i = 0; i < f.Length; i++) { e[i] = MathF.Exp(f[i]); d[i] = 1f + e[i]; f[i] = e[i] / d[i]; }")]
    [InlineData("for (int r = 0; r < g.Length; r++) { var d = new double[g[r].Length]; var e = new double[g[r].Length]; for (int c = 0; c < g[r].Length; c++) { e[c] = Math.Exp(g[r][c]); d[c] = 1 + e[c]; g[r][c] = e[c] / d[c]; } }")]
    [InlineData("var d = new double[m.GetLength(0), m.GetLength(1)]; for (int r = 0; r < m.GetLength(0); r++) for (int c = 0; c < m.GetLength(1); c++) { m[r, c] = Math.Exp(m[r, c]); d[r, c] = 1 + m[r, c]; m[r, c] /= d[r, c]; }")]
    [InlineData("Span<double> d = stackalloc double[x.Length]; for (int i = 0; i < x.Length; i++) { y[i] = Math.Exp(x[i]); d[i] = 1 + y[i]; } for (int i = 0; i < x.Length; i++) y[i] = y[i] / d[i];")]
    // The exp written back into its own element or local, element by element.
    [InlineData("foreach (var v in x) { double e = Math.Exp(v); e /= 1 + e; dy[0] += e; }")]
    // The two-class softmax [v, 0] with its constant logit's exp written out.
    [InlineData("for (int i = 0; i < x.Length; i++) y[i] = Math.Exp(x[i]) / (Math.Exp(x[i]) + Math.Exp(0.0));", "LG0003 LG0003")]
    // LINQ.
    [InlineData("var p = x.Select(v => Math.Exp(v) / (Math.Exp(v) + 1)).ToArray(); p.CopyTo(y, 0);", "LG0003 LG0003")]
    [InlineData("var p = f.Select(v => MathF.Exp(v) / (1f + MathF.Exp(v))).ToList(); p.CopyTo(f, 0);", "LG0003 LG0003")]
    [InlineData("var p = x.Select(v => { double e = Math.Exp(v); e = e / (1 + e); return e; }).ToArray(); p.CopyTo(y, 0);")]
    public async Task Elementwise_IsLG0003(string body, string expected = "LG0003") =>
        Assert.Equal(expected, string.Join(" ", await FixRunner.ReportedIdsAsync(Arrays(body))));

    [Theory]
    [InlineData("var d = new double[x.Length]; for (int i = 0; i < x.Length; i++) { double e = Math.Exp(x[i]); d[i] = 1 + e; y[i] = 1 / d[i]; }")]
    [InlineData("var d = new double[x.Length]; for (int i = 0; i < x.Length; i++) { double e = Math.Exp(x[i]); d[i] = 1 + e; y[i] = 1 - 1 / d[i]; }")]
    [InlineData("var e = new double[x.Length]; var d = new double[x.Length]; for (int i = 0; i < x.Length; i++) { e[i] = Math.Exp(-x[i]); d[i] = 1 + e[i]; y[i] = 1 / d[i]; }")]
    [InlineData("var e = new double[x.Length]; var d = new double[x.Length]; for (int i = 0; i < x.Length; i++) { e[i] = Math.Exp(Math.Min(x[i], 30.0)); d[i] = 1 + e[i]; y[i] = e[i] / d[i]; }")]
    [InlineData("var e = new double[x.Length]; var d = new double[x.Length]; for (int i = 0; i < x.Length; i++) { if (x[i] > 30) { y[i] = 1; continue; } e[i] = Math.Exp(x[i]); d[i] = 1 + e[i]; y[i] = e[i] / d[i]; }")]
    [InlineData("var e = new double[x.Length]; var d = new double[x.Length]; for (int i = 0; i < x.Length; i++) { e[i] = Math.Exp(-x[i] * x[i]); d[i] = 1 + e[i]; y[i] = e[i] / d[i]; }")]
    [InlineData("var e = new double[x.Length]; var d = new double[x.Length]; for (int i = 0; i < x.Length; i++) { e[i] = Math.Exp(x[i]); d[i] = 1 + x[i] * x[i]; y[i] = e[i] / d[i]; }")]
    [InlineData("for (int i = 0; i < x.Length; i++) { double e = Math.Exp(x[i]); e = 1 / (1 + e); y[i] = 1 - e; }")]
    [InlineData("for (int i = 0; i < x.Length; i++) { if (x[i] >= 0) { y[i] = 1 / (1 + Math.Exp(-x[i])); } else { double e = Math.Exp(x[i]); e /= 1 + e; y[i] = e; } }")]
    [InlineData("for (int t = 0; t < y.Length; t++) { double e = Math.Exp(-0.1 * t); e = e / (1 + e); y[t] = e; }")]
    [InlineData("var p = x.Select(v => 1 - 1 / (1 + Math.Exp(v))).ToArray(); p.CopyTo(y, 0);")]
    [InlineData("var p = x.Select(v => v >= 0 ? 1 / (1 + Math.Exp(-v)) : Math.Exp(v) / (Math.Exp(v) + 1)).ToArray(); p.CopyTo(y, 0);")]
    public async Task Elementwise_NoNaN_IsSilent(string body) =>
        Assert.Empty(await FixRunner.ReportedIdsAsync(Arrays(body)));

    /// <summary>
    /// The quotient written back by a simple assignment inside a <c>for</c> over an element (recip2, found by spanslot):
    /// like the scalar spelling, the compound <c>e /= 1 + e</c> under <c>foreach</c> and the LINQ lambda. Checked
    /// numerically first: at x = 1000 the written-back quotient is ∞ / ∞ = NaN.
    /// </summary>
    [Fact]
    public async Task WrittenBackInAForLoop_IsLG0003()
    {
        double[] x = [1000.0], y = new double[1];
        for (int i = 0; i < x.Length; i++) { double e = Math.Exp(x[i]); e = e / (1 + e); y[i] = e; }
        Assert.True(double.IsNaN(y[0]));
        Assert.Equal(["LG0003"], await FixRunner.ReportedIdsAsync(Arrays("for (int i = 0; i < x.Length; i++) { double e = Math.Exp(x[i]); e = e / (1 + e); y[i] = e; }")));
    }

    /// <summary>The written-back logistic in other loop spellings, and their guarded or reciprocal twins (silent).</summary>
    [Theory]
    [InlineData("int i = 0; while (i < x.Length) { double e = Math.Exp(x[i]); e = e / (1 + e); y[i] = e; i++; }", "LG0003")]
    [InlineData("for (int i = 0; i < f.Length; i++) { float e = MathF.Exp(f[i]); e = e / (1f + e); f[i] = e; }", "LG0003")]
    [InlineData("for (int r = 0; r < m.GetLength(0); r++) for (int c = 0; c < m.GetLength(1); c++) { double e = Math.Exp(m[r, c]); e = e / (e + 1); m[r, c] = e; }", "LG0003")]
    [InlineData("for (int i = 0; i < x.Length; i++) { double e = Math.Exp(x[i]); e = 1 / (1 + e); y[i] = e; }", "")]
    [InlineData("for (int i = 0; i < x.Length; i++) { double e = Math.Exp(Math.Min(x[i], 30.0)); e = e / (1 + e); y[i] = e; }", "")]
    [InlineData("for (int i = 0; i < x.Length; i++) { double e = Math.Exp(-x[i] * x[i]); e = e / (1 + e); y[i] = e; }", "")]
    public async Task WrittenBackInOtherLoops(string body, string expected) =>
        Assert.Equal(expected, string.Join(" ", await FixRunner.ReportedIdsAsync(Arrays(body))));

    /// <summary>An expression-bodied LINQ method over a sequence: one report per raw exp.</summary>
    [Fact]
    public async Task LinqOverASequence_IsLG0003()
    {
        const string source = """
            using System;
            using System.Collections.Generic;
            using System.Linq;

            static class Logistic
            {
                static IEnumerable<double> Of(IEnumerable<double> xs) => xs.Select(v => Math.Exp(v) / (1 + Math.Exp(v)));
            }
            """;
        Assert.Equal("LG0003 LG0003", string.Join(" ", await FixRunner.ReportedIdsAsync(source)));
    }

    private static string Scalar(string type, string body) => $$"""
        using System;

        static class Logistic
        {
            private const {{type}} Bias = 0;

            static {{type}} Of({{type}} v) { {{body}} }
        }
        """;

    private static string Arrays(string body) => $$"""
        using System;
        using System.Linq;

        static class Logistic
        {
            static void Apply(double[] x, double[] y, double[] dy, double[][] g, double[,] m, float[] f)
            {
                {{body}}
            }
        }
        """;
}
