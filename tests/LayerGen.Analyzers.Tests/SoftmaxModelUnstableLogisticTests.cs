using LayerGen.Analyzers.Tests.Verification;
using LayerGen.CodeFixes.Softmax;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// LG0003 on the unstable logistic (decided): <c>e / (1 + e)</c> with <c>e = exp(v)</c> and <c>v</c> a data value is the
/// two-class softmax of <c>[v, 0]</c> with no maximum subtracted: <c>exp(v)</c> overflows above ~88 (float) / ~709
/// (double) and ∞ / ∞ is NaN. Reported in every spelling (constant on either side, a local denominator, a product with
/// the reciprocal, float, double, generic <c>T.Exp</c>, lambdas, local functions, helpers, element-wise over arrays).
/// Silent where no NaN can come out: <c>1 / (1 + exp(-v))</c> and <c>1 / (1 + exp(b - a))</c> (1 / ∞ = 0),
/// <c>1 - 1 / (1 + e)</c>, the branch-stable form (ternary, if/else, early return), clamped or bounded exponents, the
/// shifted <c>exp(v - m) / (exp(-m) + exp(v - m))</c>, the tanh form, a provably non-positive exponent, and exps of no
/// data (a decay over a loop index). The existing LG0003 fix (subtract a maximum) is not offered for a logistic.
/// </summary>
public class SoftmaxModelUnstableLogisticTests
{
    [Theory]
    [InlineData("var k = (float)Math.Exp(v); return k / (1 + k);", "LG0003")]
    [InlineData("var e = MathF.Exp(v); return e / (1f + e);", "LG0003")]
    [InlineData("var e = MathF.Exp(v); return e / (e + 1f);", "LG0003")]
    [InlineData("float e = MathF.Exp(v); return e / (1.0f + e);", "LG0003")]
    [InlineData("float e = MathF.Exp(v); float d = 1f + e; return e / d;", "LG0003")]
    [InlineData("return MathF.Exp(v) / (1f + MathF.Exp(v));", "LG0003 LG0003")]
    [InlineData("return (float)(Math.Exp(v) / (Math.Exp(v) + 1.0));", "LG0003 LG0003")]
    [InlineData("var t = v; return MathF.Exp(t) / (MathF.Exp(v) + 1f);", "LG0003 LG0003")]
    [InlineData("var e = MathF.Exp(v); return e * (1f / (1f + e));", "LG0003")]
    [InlineData("var e = MathF.Exp(2f * v + 0.5f); return e / (1f + e);", "LG0003")]
    [InlineData("float e; e = MathF.Exp(v); var p = e / (1f + e); return p;", "LG0003")]
    [InlineData("var e = float.Exp(v); return e / (1 + e);", "LG0003")]
    public async Task FloatScalar_IsLG0003(string body, string expected) =>
        Assert.Equal(expected, string.Join(" ", await FixRunner.ReportedIdsAsync(Scalar("float", body))));

    [Theory]
    [InlineData("double e = Math.Exp(v); return e / (1 + e);", "LG0003")]
    [InlineData("double e = Math.Exp(v); return e / (e + 1.0);", "LG0003")]
    [InlineData("return Math.Exp(v) / (1 + Math.Exp(v));", "LG0003 LG0003")]
    [InlineData("double e = Math.Exp(v); double p = e / (1 + e); return p * (1 - p);", "LG0003")]
    [InlineData("Func<double, double> f = z => { double e = Math.Exp(z); return e / (1 + e); }; return f(v);", "LG0003")]
    [InlineData("return L(v); static double L(double z) { double e = Math.Exp(z); return e / (1 + e); }", "LG0003")]
    public async Task DoubleScalar_IsLG0003(string body, string expected) =>
        Assert.Equal(expected, string.Join(" ", await FixRunner.ReportedIdsAsync(Scalar("double", body))));

    [Theory]
    [InlineData("return 1f / (1f + MathF.Exp(-v));")]
    [InlineData("return 1f / (MathF.Exp(-v) + 1f);")]
    [InlineData("return 1f - 1f / (1f + MathF.Exp(v));")]
    [InlineData("var e = MathF.Exp(v); return 1f - 1f / (1f + e);")]
    [InlineData("return v >= 0f ? 1f / (1f + MathF.Exp(-v)) : MathF.Exp(v) / (1f + MathF.Exp(v));")]
    [InlineData("if (v >= 0f) return 1f / (1f + MathF.Exp(-v)); var e = MathF.Exp(v); return e / (1f + e);")]
    [InlineData("if (v < 0f) { var e = MathF.Exp(v); return e / (1f + e); } else { return 1f / (1f + MathF.Exp(-v)); }")]
    [InlineData("if (v > 0f) { return 1f / (1f + MathF.Exp(-v)); } else { var e = MathF.Exp(v); return e / (1f + e); }")]
    [InlineData("var e = MathF.Exp(MathF.Min(v, 80f)); return e / (1f + e);")]
    [InlineData("var e = MathF.Exp(Math.Clamp(v, -30f, 30f)); return e / (1f + e);")]
    [InlineData("var e = MathF.Exp(5f * MathF.Tanh(v)); return e / (1f + e);")]
    [InlineData("var m = MathF.Max(v, 0f); var e = MathF.Exp(v - m); return e / (MathF.Exp(-m) + e);")]
    [InlineData("return 0.5f * (1f + MathF.Tanh(0.5f * v));")]
    [InlineData("var e = MathF.Exp(-v * v); return e / (1f + e);")]
    [InlineData("var e = MathF.Exp(-MathF.Abs(v)); return e / (1f + e);")]
    [InlineData("var e = MathF.Exp(v); return e / (1f + v * v);")]
    [InlineData("var e = MathF.Exp(v); var f = MathF.Exp(-v); return e / (1f + f);")]
    public async Task FloatScalar_NoNaN_IsSilent(string body) =>
        Assert.Empty(await FixRunner.ReportedIdsAsync(Scalar("float", body)));

    [Theory]
    [InlineData("return 1.0 / (1.0 + Math.Exp(b - a));")]
    [InlineData("double d = b - a; return 1 / (1 + Math.Exp(d));")]
    public async Task LogisticOfADifference_IsSilent(string body)
    {
        var source = $$"""
            using System;

            static class Logistic
            {
                static double Of(double a, double b) { {{body}} }
            }
            """;
        Assert.Empty(await FixRunner.ReportedIdsAsync(source));
    }

    [Fact]
    public async Task TwoClassSoftmaxWrittenOut_IsLG0003()
    {
        const string source = """
            using System;

            static class Logistic
            {
                static double Of(double a, double b) => Math.Exp(a) / (Math.Exp(a) + Math.Exp(b));
            }
            """;
        // One report per raw exp call: the numerator's exp(a), the denominator's exp(a) and exp(b).
        Assert.Equal("LG0003 LG0003 LG0003", string.Join(" ", await FixRunner.ReportedIdsAsync(source)));
    }

    [Theory]
    // for, while, foreach, buffer of exps, in place, jagged, 2-D, flat, span, LINQ.
    [InlineData("for (int i = 0; i < x.Length; i++) { double e = Math.Exp(x[i]); y[i] = e / (1.0 + e); }", "LG0003")]
    [InlineData("int i = 0; while (i < x.Length) { double e = Math.Exp(x[i]); y[i] = e / (e + 1); i++; }", "LG0003")]
    [InlineData("int k = 0; foreach (var v in x) { double e = Math.Exp(v); y[k++] = e / (1 + e); }", "LG0003")]
    [InlineData("var e = new double[x.Length]; for (int i = 0; i < x.Length; i++) e[i] = Math.Exp(x[i]); for (int i = 0; i < x.Length; i++) y[i] = e[i] / (1 + e[i]);", "LG0003")]
    [InlineData("for (int i = 0; i < x.Length; i++) { y[i] = Math.Exp(x[i]); y[i] = y[i] / (1 + y[i]); }", "LG0003")]
    [InlineData("for (int r = 0; r < g.Length; r++) for (int c = 0; c < g[r].Length; c++) { double e = Math.Exp(g[r][c]); g[r][c] = e / (1 + e); }", "LG0003")]
    [InlineData("for (int r = 0; r < m.GetLength(0); r++) for (int c = 0; c < m.GetLength(1); c++) { double e = Math.Exp(m[r, c]); m[r, c] = e / (1 + e); }", "LG0003")]
    [InlineData("int cols = 4; for (int r = 0; r < x.Length / cols; r++) for (int c = 0; c < cols; c++) { double e = Math.Exp(x[r * cols + c]); y[r * cols + c] = e / (1 + e); }", "LG0003")]
    [InlineData("Span<double> s = y; for (int i = 0; i < s.Length; i++) { double e = Math.Exp(x[i]); s[i] = e / (1 + e); }", "LG0003")]
    [InlineData("var p = x.Select(v => Math.Exp(v) / (1 + Math.Exp(v))).ToArray(); p.CopyTo(y, 0);", "LG0003 LG0003")]
    [InlineData("var p = x.Select(v => { double e = Math.Exp(v); return e / (1 + e); }).ToArray(); p.CopyTo(y, 0);", "LG0003")]
    [InlineData("for (int i = 0; i < x.Length; i++) { double e = Math.Exp(x[i]); y[i] = e / (1.0 + e); dy[i] = y[i] * (1.0 - y[i]); }", "LG0003")]
    [InlineData("for (int i = 0; i < x.Length; i++) { var t = x[i]; if (dy[i] < 0) { double e = Math.Exp(t); y[i] = e / (1.0 + e); } }", "LG0003")]
    public async Task Elementwise_IsLG0003(string body, string expected) =>
        Assert.Equal(expected, string.Join(" ", await FixRunner.ReportedIdsAsync(Arrays(body))));

    [Theory]
    [InlineData("for (int i = 0; i < x.Length; i++) y[i] = 1.0 / (1.0 + Math.Exp(-x[i]));")]
    [InlineData("for (int i = 0; i < x.Length; i++) { if (x[i] >= 0) { y[i] = 1.0 / (1.0 + Math.Exp(-x[i])); } else { double e = Math.Exp(x[i]); y[i] = e / (1.0 + e); } }")]
    [InlineData("for (int i = 0; i < x.Length; i++) y[i] = x[i] >= 0 ? 1 / (1 + Math.Exp(-x[i])) : Math.Exp(x[i]) / (1 + Math.Exp(x[i]));")]
    [InlineData("foreach (var v in x) { if (v >= 0) continue; double e = Math.Exp(v); dy[0] += e / (1 + e); }")]
    [InlineData("for (int i = 0; i < x.Length; i++) { if (x[i] >= 0) { y[i] = 1.0 / (1.0 + Math.Exp(-x[i])); } else { var t = x[i]; double e = Math.Exp(t); y[i] = e / (1.0 + e); } }")]
    [InlineData("for (int i = 0; i < x.Length; i++) { var t = x[i]; if (t >= 0) { y[i] = 1.0 / (1.0 + Math.Exp(-t)); } else { double e = Math.Exp(x[i]); y[i] = e / (1.0 + e); } }")]
    [InlineData("for (int i = 0; i < x.Length; i++) { double e = Math.Exp(Math.Min(x[i], 30.0)); y[i] = e / (1 + e); }")]
    [InlineData("for (int i = 0; i < x.Length; i++) { double e = Math.Exp(-x[i] * x[i]); y[i] = e / (1 + e); }")]
    [InlineData("for (int t = 0; t < y.Length; t++) { double e = Math.Exp(-0.1 * t); y[t] = e / (1 + e); }")]
    [InlineData("for (int t = 0; t < y.Length; t++) { double e = Math.Exp(0.5 * t); y[t] = e / (1 + e); }")]
    [InlineData("for (int i = 0; i < x.Length; i++) { double e = Math.Exp(x[i]); y[i] = 1 - 1 / (1 + e); }")]
    public async Task Elementwise_NoNaN_IsSilent(string body) =>
        Assert.Empty(await FixRunner.ReportedIdsAsync(Arrays(body)));

    [Theory]
    [InlineData("T e = T.Exp(v); return e / (T.One + e);", "LG0003")]
    [InlineData("T e = T.Exp(v); return e / (e + T.One);", "LG0003")]
    [InlineData("return T.One / (T.One + T.Exp(-v));", "")]
    public async Task GenericMath(string body, string expected)
    {
        var source = $$"""
            using System.Numerics;

            static class Logistic
            {
                static T Of<T>(T v) where T : IExponentialFunctions<T> { {{body}} }
            }
            """;
        Assert.Equal(expected, string.Join(" ", await FixRunner.ReportedIdsAsync(source)));
    }

    /// <summary>A helper of the same type that computes the unstable logistic: reported at its exp.</summary>
    [Fact]
    public async Task HelperCalledOverABuffer_IsLG0003()
    {
        const string source = """
            using System;

            static class Net
            {
                static double Logistic(double z) { double e = Math.Exp(z); return e / (1 + e); }
                static void Forward(double[] x, double[] y) { for (int i = 0; i < x.Length; i++) y[i] = Logistic(x[i]); }
            }
            """;
        Assert.Equal("LG0003", string.Join(" ", await FixRunner.ReportedIdsAsync(source)));
    }

    /// <summary>The message names the logistic and the stable forms, not a softmax's missing maximum.</summary>
    [Fact]
    public async Task Message_NamesTheLogistic()
    {
        var diagnostics = await FixRunner.AnalyzeAsync(FixRunner.CompileRecreation(Scalar("float", "var e = MathF.Exp(v); return e / (1f + e);")));
        var diagnostic = Assert.Single(diagnostics);
        var message = diagnostic.GetMessage();
        Assert.Contains("logistic", message, StringComparison.Ordinal);
        Assert.Contains("'v'", message, StringComparison.Ordinal);
        Assert.Contains("1 / (1 + exp(-v))", message, StringComparison.Ordinal);
        Assert.DoesNotContain("without subtracting a maximum", message, StringComparison.Ordinal);
    }

    /// <summary>A softmax's message is unchanged.</summary>
    [Fact]
    public async Task Message_OfASoftmax_IsUnchanged()
    {
        var source = Arrays("double s = 0; for (int i = 0; i < x.Length; i++) { y[i] = Math.Exp(x[i]); s += y[i]; } for (int i = 0; i < x.Length; i++) y[i] /= s;");
        var diagnostic = Assert.Single(await FixRunner.AnalyzeAsync(FixRunner.CompileRecreation(source)));
        Assert.Equal("'Math.Exp' exponentiates 'x[i]' without subtracting a maximum; exp overflows above ~88 in float and ~709 in double", diagnostic.GetMessage());
    }

    /// <summary>"Subtract the maximum" cannot apply to <c>e / (1 + e)</c> (the constant class has no exp to shift): not offered.</summary>
    [Theory]
    [InlineData("var e = MathF.Exp(v); return e / (1f + e);")]
    [InlineData("return MathF.Exp(v) / (1f + MathF.Exp(v));")]
    public async Task NoSubtractMaximumFix(string body)
    {
        var source = Scalar("float", body);
        Assert.Contains(await FixRunner.AnalyzeAsync(SoftmaxFixHarness.Compile(source)), diagnostic => diagnostic.Id == "LG0003");
        Assert.Equal(source, await FixRunner.FixAsync(source, new UnshiftedExpCodeFixProvider(), SoftmaxFixHarness.References));
    }

    [Fact]
    public async Task NoSubtractMaximumFix_Elementwise()
    {
        var source = Arrays("for (int i = 0; i < x.Length; i++) { double e = Math.Exp(x[i]); y[i] = e / (1.0 + e); }");
        Assert.Contains(await FixRunner.AnalyzeAsync(SoftmaxFixHarness.Compile(source)), diagnostic => diagnostic.Id == "LG0003");
        Assert.Equal(source, await FixRunner.FixAsync(source, new UnshiftedExpCodeFixProvider(), SoftmaxFixHarness.References));
    }

    private static string Scalar(string type, string body) => $$"""
        using System;

        static class Logistic
        {
            static {{type}} Of({{type}} v) { {{body}} }
        }
        """;

    private static string Arrays(string body) => $$"""
        using System;
        using System.Linq;

        static class Logistic
        {
            static void Apply(double[] x, double[] y, double[] dy, double[][] g, double[,] m)
            {
                {{body}}
            }
        }
        """;
}
