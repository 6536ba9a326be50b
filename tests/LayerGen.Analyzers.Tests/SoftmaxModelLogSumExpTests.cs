using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// The model on a log-sum-exp read on its own (Real49's MixturePolicy_RawLogDensitySum): <c>log Σ_k w_k · exp(x_k)</c>
/// as a mixture's log-likelihood, a log-partition or a cross-entropy's normaliser. A raw one overflows like a raw
/// softmax (LG0003 at each of its exps, whatever the layout or spelling); a shifted one, a clamped or provably
/// non-positive exponent, and a log of one exp stay silent.
/// </summary>
public class SoftmaxModelLogSumExpTests
{
    private const string Usings = """
        using System;
        using System.Linq;
        using System.Numerics;

        """;

    /// <summary>Raw log-sum-exps in many layouts: one LG0003 per exp call (the line of each <c>/*exp*/</c> mark).</summary>
    [Theory]
    [InlineData("weighted loop", "double t = 0; for (int k = 0; k < x.Length; k++) t += w[k] * Math.Exp(x[k]); /*exp*/\n return Math.Log(t + 1e-8);")]
    [InlineData("weight after exp", "double t = 0; for (int k = 0; k < x.Length; k++) { double e = Math.Exp(x[k]); /*exp*/\n t += e * w[k]; } return Math.Log(t);")]
    [InlineData("linq method group", "return Math.Log(x.Select(Math.Exp).Sum()); /*exp*/")]
    [InlineData("linq lambda", "return Math.Log(x.Sum(v => Math.Exp(v))); /*exp*/")]
    [InlineData("linq weighted zip", "return Math.Log(x.Select((v, k) => w[k] * Math.Exp(v)).Sum()); /*exp*/")]
    [InlineData("foreach", "double s = 0; foreach (var v in x) s += Math.Exp(v); /*exp*/\n return Math.Log(s);")]
    [InlineData("while", "double s = 0; int k = 0; while (k < x.Length) { s += Math.Exp(x[k]); /*exp*/\n k++; } return Math.Log(s);")]
    [InlineData("cross entropy", "double z = 0; for (int k = 0; k < x.Length; k++) z += Math.Exp(x[k]); /*exp*/\n double logZ = Math.Log(z); return logZ - x[0];")]
    [InlineData("two exps per term", "double s = 0; for (int k = 0; k < x.Length; k++) s += Math.Exp(x[k]) /*exp*/\n + w[k] * Math.Exp(2 * x[k]); /*exp*/\n return Math.Log(s);")]
    [InlineData("gaussian log-density", "double t = 0; for (int k = 0; k < x.Length; k++) { double z = (x[k] - w[k]) / 2.0; t += Math.Exp(-0.5 * z * z - Math.Log(w[k])); /*exp*/\n } return Math.Log(t);")]
    public async Task RawLogSumExp_ReportsEachExp(string spelling, string body)
    {
        _ = spelling;
        var source = Usings + Method("static double F(double[] x, double[] w) {\n" + body + "\n}");
        Assert.Equal(ExpectedAt(source), await Reported(source));
        Assert.NotEmpty(ModelDescriptions.Method(source, "F").LogSumExps);
    }

    /// <summary>Batched layouts (jagged, flat, 2-D), float and generic math: one LG0003 per exp.</summary>
    [Theory]
    [InlineData("static void F(float[][] x, float[] lse) { for (int b = 0; b < x.Length; b++) { float s = 0f; for (int k = 0; k < x[b].Length; k++) s += MathF.Exp(x[b][k]); /*exp*/\n lse[b] = MathF.Log(s); } }")]
    [InlineData("static void F(float[] x, int n, float[] lse) { for (int b = 0; b < lse.Length; b++) { float s = 0f; for (int k = 0; k < n; k++) s += MathF.Exp(x[b * n + k]); /*exp*/\n lse[b] = MathF.Log(s); } }")]
    [InlineData("static void F(double[,] x, double[] lse) { for (int b = 0; b < x.GetLength(0); b++) { double s = 0; for (int k = 0; k < x.GetLength(1); k++) s += Math.Exp(x[b, k]); /*exp*/\n lse[b] = Math.Log(s); } }")]
    [InlineData("static T F<T>(T[] x) where T : IFloatingPointIeee754<T> { T s = T.Zero; foreach (var v in x) s += T.Exp(v); /*exp*/\n return T.Log(s); }")]
    [InlineData("static float F(float[][] x, int b) => MathF.Log(x[b].Sum(v => MathF.Exp(v))); /*exp*/")]
    public async Task BatchedAndTypedLogSumExp_ReportsEachExp(string method)
    {
        var source = Usings + Method(method);
        Assert.Equal(ExpectedAt(source), await Reported(source));
    }

    /// <summary>Correct twins: shifted by a max or a row element (also one left out of the sum), clamped, non-positive, one exp.</summary>
    [Theory]
    [InlineData("max shift", "double m = x.Max(); double s = 0; for (int k = 0; k < x.Length; k++) s += w[k] * Math.Exp(x[k] - m); return m + Math.Log(s);")]
    [InlineData("loop max", "double m = double.NegativeInfinity; foreach (var v in x) m = Math.Max(m, v); double s = 0; foreach (var v in x) s += Math.Exp(v - m); return m + Math.Log(s);")]
    [InlineData("argmax slot", "int a = 0; for (int k = 1; k < x.Length; k++) if (x[k] > x[a]) a = k; double m = x[a]; double s = 0; for (int k = 0; k < x.Length; k++) s += Math.Exp(x[k] - m); return m + Math.Log(s);")]
    [InlineData("anchor left out", "int a = 0; for (int k = 1; k < x.Length; k++) if (x[k] > x[a]) a = k; double m = x[a]; double s = 0; for (int k = 0; k < x.Length; k++) { if (k == a) continue; s += Math.Exp(x[k] - m); } return m + Math.Log(1 + s);")]
    [InlineData("seeded from max slot", "int a = 0; for (int k = 1; k < x.Length; k++) if (x[k] > x[a]) a = k; double m = x[a]; double s = 1.0; for (int k = 0; k < x.Length; k++) if (k != a) s += Math.Exp(x[k] - m); return m + Math.Log(s);")]
    [InlineData("linq shifted", "double m = x.Max(); return m + Math.Log(x.Sum(v => Math.Exp(v - m)));")]
    [InlineData("clamped", "double s = 0; for (int k = 0; k < x.Length; k++) s += Math.Exp(Math.Min(x[k], 30.0)); return Math.Log(s);")]
    [InlineData("non-positive", "double s = 0; for (int k = 0; k < x.Length; k++) s += Math.Exp(-x[k] * x[k]); return Math.Log(s);")]
    [InlineData("non-positive abs", "double s = 0; foreach (var v in x) s += w[0] * Math.Exp(-Math.Abs(v)); return Math.Log(s + 1e-12);")]
    [InlineData("log of one exp", "return Math.Log(Math.Exp(x[0]));")]
    [InlineData("softplus", "return Math.Log(1 + Math.Exp(x[0]));")]
    [InlineData("log of a sum of data", "double s = 0; foreach (var v in x) s += v * v; return Math.Log(s) + Math.Exp(w[0]);")]
    public async Task ShiftedOrBoundedLogSumExp_IsSilent(string spelling, string body)
    {
        _ = spelling;
        var source = Usings + Method("static double F(double[] x, double[] w) {\n" + body + "\n}");
        Assert.Equal(string.Empty, await Reported(source));
    }

    private static string Method(string method) => "static class C {\n" + method + "\n}\n";

    /// <summary><c>LG0003@line</c> for each line carrying a <c>/*exp*/</c> mark.</summary>
    private static string ExpectedAt(string source) =>
        string.Join(",", source.Split('\n').Select((line, index) => (line, index)).Where(pair => pair.line.Contains("/*exp*/", StringComparison.Ordinal))
            .Select(pair => $"LG0003@{pair.index + 1}").Order(StringComparer.Ordinal));

    /// <summary>The analyzer's diagnostics as <c>ID@line</c>, comma-separated in order.</summary>
    private static async Task<string> Reported(string source) => string.Join(",", await SourceMarkers.ReportedIdsAtLinesAsync(source, assertCompiles: false));
}
