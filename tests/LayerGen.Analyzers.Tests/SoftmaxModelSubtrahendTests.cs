using LayerGen.Analyzers.Softmax.Model;
using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// The semantic model on what a subtraction is (gaps27): another buffer's element at the same index is part of the
/// exponentiated value, not a shift; a maximum seeded with a fixed score is a shift when that score's exp is a term of
/// the same normalisation; a divisor <c>sum + extra exp terms</c> is the sum; a statistic folded from probabilities is
/// no probability for LG0005.
/// </summary>
public class SoftmaxModelSubtrahendTests
{
    private const string Rows = """
        for (int r = 0; r < a.GetLength(0); r++) {
            double z = 0;
            for (int k = 0; k < a.GetLength(1); k++) { w[r, k] = Math.Exp(EXPONENT); z += w[r, k]; }
            for (int k = 0; k < a.GetLength(1); k++) w[r, k] /= z;
        }
        """;

    [Fact]
    public void ElementOfOtherDataAtTheSameIndex_IsNoShift_PerSliceElementIs()
    {
        Assert.Equal(new[] { false }, ShiftedExps("Ratio", $$"""
            static void Ratio(double[,] a, double[,] b, double[,] w) { {{Rows.Replace("EXPONENT", "a[r, k] - b[r, k]")}} }
            """));
        Assert.Equal(new[] { true }, ShiftedExps("PerRow", $$"""
            static void PerRow(double[,] a, double[] rowMax, double[,] w) { {{Rows.Replace("EXPONENT", "a[r, k] - rowMax[r]")}} }
            """));
        Assert.Equal(new[] { true }, ShiftedExps("RatioShifted", $$"""
            static void RatioShifted(double[,] a, double[,] b, double[,] w) {
                for (int r = 0; r < a.GetLength(0); r++) {
                    double m = double.NegativeInfinity;
                    for (int k = 0; k < a.GetLength(1); k++) m = Math.Max(m, a[r, k] - b[r, k]);
                    double z = 0;
                    for (int k = 0; k < a.GetLength(1); k++) { w[r, k] = Math.Exp(a[r, k] - b[r, k] - m); z += w[r, k]; }
                    for (int k = 0; k < a.GetLength(1); k++) w[r, k] /= z;
                }
            }
            """));
    }

    [Fact]
    public void SeededMaximum_IsAShiftOnlyWithItsSeedTerm()
    {
        const string body = """
            float best = SEED;
            for (int j = 0; j < x.Length; j++) best = MathF.Max(best, x[j]);
            float total = EXTRA;
            for (int j = 0; j < x.Length; j++) { p[j] = MathF.Exp(x[j] - best); total += p[j]; }
            for (int j = 0; j < x.Length; j++) p[j] /= total;
            """;
        string Method(string name, string seed, string extra) =>
            $"static void {name}(float[] x, float[] p) {{ {body.Replace("SEED", seed).Replace("EXTRA", extra)} }}";

        // exp(x - best) and the seed term exp(0 - best): both shifted.
        Assert.Equal(new[] { true, true }, ShiftedExps("WithTerm", Method("WithTerm", "0f", "MathF.Exp(-best)")));
        Assert.Equal(new[] { true, true }, ShiftedExps("FixedScore", Method("FixedScore", "-2f", "MathF.Exp(-2f - best)")));

        // Zero seed, no seed term: a slice far below 0 underflows. A -inf seed does not cover the dummy's 0.
        Assert.Equal(new[] { false }, ShiftedExps("NoTerm", Method("NoTerm", "0f", "0f")));
        Assert.Equal(new[] { false, true }, ShiftedExps("Uncovered", Method("Uncovered", "float.NegativeInfinity", "MathF.Exp(-best)")));
    }

    [Fact]
    public void SumPlusExtraExpTerms_IsTheSum_AndOtherAdditionsAreNot()
    {
        var models = ModelDescriptions.Of("""
            using System;
            static class C {
                static void Dummy(float[] x, float[] p) {
                    float best = 0f;
                    foreach (float v in x) best = MathF.Max(best, v);
                    float dummy = MathF.Exp(-best), z = 0f;
                    for (int j = 0; j < x.Length; j++) { p[j] = MathF.Exp(x[j] - best); z += p[j]; }
                    float denominator = z + dummy;
                    for (int j = 0; j < x.Length; j++) p[j] /= denominator;
                }
                static void DataTerm(float[] x, float[] p) {
                    float z = 0f;
                    for (int j = 0; j < x.Length; j++) { p[j] = MathF.Exp(x[j]); z += p[j]; }
                    float denominator = z + x[0];
                    for (int j = 0; j < x.Length; j++) p[j] /= denominator;
                }
            }
            """);
        Assert.Contains("| sum z {", models["Dummy"], StringComparison.Ordinal);
        Assert.Contains("| exps 2", models["Dummy"], StringComparison.Ordinal);
        Assert.Equal(string.Empty, models["DataTerm"]);
    }

    [Fact]
    public void StatisticsOfProbabilities_AreNoProbabilities_CopiesAre()
    {
        var model = ModelDescriptions.Method("""
            using System;
            static class C {
                static double Em(double[] a, double[] b) {
                    var r = new double[a.Length];
                    for (int c = 0; c < a.Length; c++) {
                        double m = Math.Max(a[c], b[c]);
                        double ea = Math.Exp(a[c] - m), eb = Math.Exp(b[c] - m);
                        r[c] = ea / (ea + eb);
                    }
                    double sumR = 0, weighted = 0;
                    for (int c = 0; c < a.Length; c++) { sumR += r[c]; weighted += r[c] * a[c]; }
                    double pi = sumR / a.Length;
                    double complement = 1.0 - pi;
                    double variance = weighted / sumR + 1e-10;
                    double copy = r[0];
                    return Math.Log(pi) + Math.Log(complement) + Math.Log(variance) + Math.Log(copy);
                }
            }
            """, "Em");
        Assert.Equal(new[] { "Math.Log(copy)" }, model.LogsOfProbabilities.Select(log => log.Log.Syntax.ToString()));
    }

    /// <summary>For each exp of the method's sites, in source order: is it shifted by a maximum?</summary>
    internal static bool[] ShiftedExps(string name, string method)
    {
        var model = ModelDescriptions.Method($$"""
            using System;
            static class C {
            {{method}}
            }
            """, name);
        return model.Sites.SelectMany(site => site.Exps).Distinct().OrderBy(exp => exp.Syntax.SpanStart)
            .Select(model.IsShiftedByAMaximum).ToArray();
    }
}
