using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// The semantic model on log-softmaxes (<c>y = x - m - log Σ exp(x - m)</c>): nothing is divided, the normaliser is
/// the log of the sum. Each is a site with the axes a division site would have: its dimensions are the value's, its
/// sum and maxima fold what they fold, whatever the spelling of the normaliser.
/// </summary>
public class SoftmaxModelLogSoftmaxTests
{
    private const string RowMax = "float m = float.NegativeInfinity; for (int j = 0; j < cols; j++) m = MathF.Max(m, x[r, j]);";
    private const string RowSum = "float s = 0f; for (int j = 0; j < cols; j++) s += MathF.Exp(x[r, j] - m);";

    [Theory]
    [InlineData("y[r, j] = x[r, j] - m - MathF.Log(s);")]
    [InlineData("y[r, j] = x[r, j] - (m + MathF.Log(s));")]
    [InlineData("y[r, j] = (x[r, j] - m) - MathF.Log(s);")]
    [InlineData("y[r, j] = x[r, j] - MathF.Log(s) - m;")]
    [InlineData("{ float lse = m + MathF.Log(s); y[r, j] = x[r, j] - lse; }")]
    [InlineData("{ float ls = (float)Math.Log(s); y[r, j] = x[r, j] - m - ls; }")]
    [InlineData("{ y[r, j] = x[r, j] - m; y[r, j] -= MathF.Log(s); }")]
    public void RowLogSoftmax_IsASiteOverTheRow_InEverySpelling(string normalise)
    {
        var model = Describe($$"""
            static void F(float[,] x, float[,] y, int rows, int cols) {
                for (int r = 0; r < rows; r++) { {{RowMax}} {{RowSum}} for (int j = 0; j < cols; j++) {{normalise}} }
            }
            """);
        Assert.StartsWith("log-softmax site ", model, StringComparison.Ordinal);
        Assert.Contains("| dims {x.r0,x.r1} | sum s {x.r1} |", model, StringComparison.Ordinal);
        Assert.Contains("| max m {x.r1} |", model, StringComparison.Ordinal);
        Assert.DoesNotContain("partial", model, StringComparison.Ordinal);
    }

    [Fact]
    public void BatchMax_SpansTheBatch_LikeInADivisionSite()
    {
        var log = Describe("""
            static void F(float[,] x, float[,] y, int rows, int cols) {
                float m = float.NegativeInfinity; for (int i = 0; i < rows; i++) for (int j = 0; j < cols; j++) m = MathF.Max(m, x[i, j]);
                for (int r = 0; r < rows; r++) { float s = 0f; for (int j = 0; j < cols; j++) s += MathF.Exp(x[r, j] - m); for (int j = 0; j < cols; j++) y[r, j] = x[r, j] - m - MathF.Log(s); }
            }
            """);
        var division = Describe("""
            static void F(float[,] x, float[,] y, int rows, int cols) {
                float m = float.NegativeInfinity; for (int i = 0; i < rows; i++) for (int j = 0; j < cols; j++) m = MathF.Max(m, x[i, j]);
                for (int r = 0; r < rows; r++) { float s = 0f; for (int j = 0; j < cols; j++) { y[r, j] = MathF.Exp(x[r, j] - m); s += y[r, j]; } for (int j = 0; j < cols; j++) y[r, j] /= s; }
            }
            """);
        Assert.Contains("| sum s {x.r1} | max m {x.r0,x.r1} |", log, StringComparison.Ordinal);
        Assert.Contains("| sum s {x.r1} | max m {x.r0,x.r1} |", division, StringComparison.Ordinal);
    }

    [Fact]
    public void SumNeverReset_IsPartial()
    {
        var model = Describe($$"""
            static void F(float[,] x, float[,] y, int rows, int cols) {
                float s = 0f;
                for (int r = 0; r < rows; r++) { {{RowMax}} for (int j = 0; j < cols; j++) s += MathF.Exp(x[r, j] - m); for (int j = 0; j < cols; j++) y[r, j] = x[r, j] - m - MathF.Log(s); }
            }
            """);
        Assert.Contains("| sum s {x.r0,x.r1} partial |", model, StringComparison.Ordinal);
    }

    [Fact]
    public void ColumnMajorLseArray_IsPerColumn()
    {
        var model = Describe("""
            static void F(double[,] z, double[,] y, int classes, int batch) {
                var lse = new double[batch];
                for (int b = 0; b < batch; b++) {
                    double m = double.NegativeInfinity; for (int c = 0; c < classes; c++) m = Math.Max(m, z[c, b]);
                    double s = 0; for (int c = 0; c < classes; c++) s += Math.Exp(z[c, b] - m);
                    lse[b] = m + Math.Log(s);
                }
                for (int b = 0; b < batch; b++) for (int c = 0; c < classes; c++) y[c, b] = z[c, b] - lse[b];
            }
            """);
        Assert.Contains("| dims {z.r0,z.r1} | sum s {z.r0} | max m {z.r0} |", model, StringComparison.Ordinal);
    }

    [Fact]
    public void LinqLogSoftmax_IsAWholeVectorSite()
    {
        var model = Describe("""
            static double[] F(double[] x) {
                double lse = Math.Log(x.Sum(v => Math.Exp(v)));
                return x.Select(v => v - lse).ToArray();
            }
            """);
        Assert.Contains("log-softmax site v - lse | dims {x.whole} | sum x.Sum(v => Math.Exp(v)) {x.whole} | exps 1", model, StringComparison.Ordinal);
    }

    [Theory]
    // A log-sum-exp returned, not subtracted from the data.
    [InlineData("static float F(float[] x) { float m = x.Max(); float s = 0f; foreach (var v in x) s += MathF.Exp(v - m); return m + MathF.Log(s); }")]
    // log(1 + Σ) is a softplus-like term, not a log-sum-exp.
    [InlineData("static void F(float[] x, float[] y) { float s = 0f; foreach (var v in x) s += MathF.Exp(v); for (int i = 0; i < x.Length; i++) y[i] = x[i] - MathF.Log(1f + s); }")]
    // Subtracted from a loop counter.
    [InlineData("static void F(float[] x, float[] y) { float s = 0f; foreach (var v in x) s += MathF.Exp(v); for (int i = 0; i < x.Length; i++) y[i] = i - MathF.Log(s); }")]
    // Subtracted from another buffer than the one summed (no common axis).
    [InlineData("static void F(float[] x, float[] t, float[] y, int n) { float s = 0f; for (int j = 0; j < n; j++) s += MathF.Exp(x[j]); for (int k = 0; k < t.Length; k++) y[k] = t[k] - MathF.Log(s); }")]
    // Subtracted from an exp (a difference of exps, then a log term).
    [InlineData("static void F(float[] x, float[] y) { float s = 0f; foreach (var v in x) s += MathF.Exp(v); for (int i = 0; i < x.Length; i++) y[i] = MathF.Exp(2f * x[i]) - MathF.Log(s); }")]
    public void NoLogSoftmax_IsNoSite(string method) => Assert.Equal(string.Empty, Describe(method));

    private static string Describe(string method) => ModelDescriptions.Of($$"""
        using System;
        using System.Linq;
        static class C {
        {{method}}
        }
        """).Single().Value;
}
