using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// The semantic model on helpers summarised in terms of their parameters and instantiated at each call: the axes a
/// helper's element writes link (also through a scalar parameter that picks a column), a max stored in a buffer
/// whose elements the helper subtracts, a whole jagged array read element by element, an in-place exp, and a
/// log-sum-exp whose sum a helper computes (its max read at the call, not at the helper's exp).
/// </summary>
public class SoftmaxModelHelperCompositionTests
{
    // Column-major [classes, samples]: one softmax per column s; the helper fills column s of a with exps.
    private const string ColumnCaller = """
        public static void F(double[,] z, double[,] a) {
            MAX
            for (int s = 0; s < z.GetLength(1); s++) {
                double sum = Fill(z.GetLength(0), a, s, z, SHIFT);
                for (int k = 0; k < z.GetLength(0); k++) a[k, s] /= sum;
            }
        }
        """;

    private const string ColumnHelper =
        "static double Fill(int classes, double[,] a, int s, double[,] z, SHIFTTYPE m) { double sum = 0; for (int k = 0; k < classes; k++) { a[k, s] = Math.Exp(z[k, s] - SHIFTREAD); sum += a[k, s]; } return sum; }";

    [Fact]
    public void ColumnPickedByAParameter_IsTheCallersColumnLoop_SoABatchMaxSpansMore()
    {
        var model = Describe(
            ColumnCaller.Replace("MAX", "double max = double.NegativeInfinity; for (int k = 0; k < z.GetLength(0); k++) for (int t = 0; t < z.GetLength(1); t++) max = Math.Max(max, z[k, t]);").Replace("SHIFT", "max"),
            ColumnHelper.Replace("SHIFTTYPE", "double").Replace("SHIFTREAD", "m"));
        Assert.Contains("site a[k, s] /= sum | dims {z.r0,z.r1} | sum sum {z.r0} | max max {z.r0,z.r1} | exps 1", model, StringComparison.Ordinal);
    }

    [Fact]
    public void ColumnMaxPassedToTheColumnHelper_FoldsTheSumsAxisOnly()
    {
        var model = Describe(
            ColumnCaller.Replace("MAX", string.Empty).Replace("SHIFT", "ColumnMax(z, s)"),
            ColumnHelper.Replace("SHIFTTYPE", "double").Replace("SHIFTREAD", "m")
            + "\nstatic double ColumnMax(double[,] z, int s) { double m = double.NegativeInfinity; for (int k = 0; k < z.GetLength(0); k++) m = Math.Max(m, z[k, s]); return m; }");
        Assert.Contains("| sum sum {z.r0} | max ColumnMax(z, s) {z.r0} | exps 1", model, StringComparison.Ordinal);
    }

    [Fact]
    public void ElementOfABufferSubtractedByTheHelper_IsTheMaxStoredThere()
    {
        var model = Describe(
            ColumnCaller.Replace("MAX", "var rowMax = new double[z.GetLength(0)]; for (int k = 0; k < z.GetLength(0); k++) { rowMax[k] = double.NegativeInfinity; for (int t = 0; t < z.GetLength(1); t++) rowMax[k] = Math.Max(rowMax[k], z[k, t]); }").Replace("SHIFT", "rowMax"),
            ColumnHelper.Replace("SHIFTTYPE", "double[]").Replace("SHIFTREAD", "m[k]"));
        Assert.Contains("| sum sum {z.r0} | max rowMax {z.r1} | exps 1", model, StringComparison.Ordinal);
    }

    [Fact]
    public void WholeJaggedArrayPassedToAColumnHelper_IsReadElementByElement()
    {
        var model = Describe(
            """
            public static void F(double[][] z, double[][] a, double max) {
                for (int s = 0; s < z[0].Length; s++) {
                    double sum = Fill(z.Length, a, s, z, max);
                    for (int c = 0; c < z.Length; c++) a[c][s] /= sum;
                }
            }
            """,
            "static double Fill(int classes, double[][] a, int s, double[][] z, double m) { double sum = 0; for (int c = 0; c < classes; c++) { a[c][s] = Math.Exp(z[c][s] - m); sum += a[c][s]; } return sum; }");
        Assert.Contains("site a[c][s] /= sum | dims {z.d0,z.d1} | sum sum {z.d0} | exps 1", model, StringComparison.Ordinal);
    }

    [Fact]
    public void InPlaceExpOfAHelper_ExponentiatesItsParameter()
    {
        var model = Describe(
            """
            public static void F(float[] data, int rows, int cols) {
                float max = float.NegativeInfinity;
                for (int i = 0; i < data.Length; i++) max = MathF.Max(max, data[i]);
                for (int r = 0; r < rows; r++) {
                    Span<float> row = data.AsSpan(r * cols, cols);
                    float sum = ExpInPlace(row, max);
                    for (int j = 0; j < row.Length; j++) row[j] /= sum;
                }
            }
            """,
            "static float ExpInPlace(Span<float> row, float m) { float sum = 0f; for (int j = 0; j < row.Length; j++) { row[j] = MathF.Exp(row[j] - m); sum += row[j]; } return sum; }");
        Assert.Contains("| sum sum {data.s:1} | max max {data.s:1,data.s:cols} | exps 1", model, StringComparison.Ordinal);
    }

    [Fact]
    public void LogSumExpWithAHelperSum_ReadsTheRowMaxAtTheCall()
    {
        var model = Describe(
            """
            public static void F(float[,] x, float[,] y) {
                for (int i = 0; i < x.GetLength(0); i++) {
                    float max = float.NegativeInfinity;
                    for (int j = 0; j < x.GetLength(1); j++) max = MathF.Max(max, x[i, j]);
                    float lse = max + MathF.Log(SumExp(x.GetLength(1), x, i, max));
                    for (int j = 0; j < x.GetLength(1); j++) y[i, j] = x[i, j] - lse;
                }
            }
            """,
            "static float SumExp(int cols, float[,] x, int i, float m) { float s = 0f; for (int j = 0; j < cols; j++) s += MathF.Exp(x[i, j] - m); return s; }");
        Assert.Contains("log-softmax site", model, StringComparison.Ordinal);
        Assert.DoesNotContain("stale", model, StringComparison.Ordinal);
        Assert.Contains("max max {x.r1} | max max {x.r1}", model, StringComparison.Ordinal);
    }

    private static string Source(string method, string helper) => $$"""
        using System;
        static class C {
        {{method}}
        {{helper}}
        }
        """;

    private static string Describe(string method, string helper) => ModelDescriptions.Of(Source(method, helper))["F"];
}
