using LayerGen.Analyzers.Tests.Verification;
using static LayerGen.Analyzers.Tests.SoftmaxModelSubtrahendTests;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// A subtraction inside a data-free coefficient (<c>(1 - alpha) * b</c>, a local <c>beta = 1 - alpha</c>,
/// <c>(alpha - 1) * a</c>) multiplies the logit and subtracts nothing from it: no max shift (HeldOut36's
/// <c>RerankBlend_RawBlendExp</c>, the convex blend <c>α·a + (1 − α)·b</c> of hybrid search). A subtraction from the logit
/// stays a shift however it is scaled (<c>(1 - alpha) * (a - m)</c>, <c>(a - m) / (1 - alpha)</c>,
/// <c>beta * a - beta * m</c>); an element of other data subtracted from the logit stays what it was (no shift, gaps27).
/// </summary>
public class SoftmaxModelCoefficientSubtractionTests
{
    private const string Rows = """
        for (int r = 0; r < a.GetLength(0); r++) {
            double z = 0;
            PRELUDE
            for (int k = 0; k < a.GetLength(1); k++) { w[r, k] = Math.Exp(EXPONENT); z += w[r, k]; }
            for (int k = 0; k < a.GetLength(1); k++) w[r, k] /= z;
        }
        """;

    /// <summary>
    /// Whether the one exp is shifted, read twice: the coefficient a parameter <c>alpha</c>, then a settable property
    /// <c>Alpha</c> (a setting that reads no data).
    /// </summary>
    private static bool[] Shifted(string exponent, string prelude = "")
    {
        var body = Rows.Replace("PRELUDE", prelude).Replace("EXPONENT", exponent);
        var parameter = ShiftedExps("Blend", $$"""
            static void Blend(double[,] a, double[,] b, double[] rowMax, double alpha, double[,] w) { {{body}} }
            """);
        var property = ShiftedExps("Blend", $$"""
            static double Alpha { get; set; } = 0.3;
            static void Blend(double[,] a, double[,] b, double[] rowMax, double[,] w) { {{body.Replace("alpha", "Alpha")}} }
            """);
        return parameter.Concat(property).ToArray();
    }

    /// <summary>Coefficients with a subtraction in them: the exponent is still a raw logit.</summary>
    [Theory]
    [InlineData("alpha * a[r, k] + (1 - alpha) * b[r, k]", "")]
    [InlineData("(1 - alpha) * b[r, k]", "")]
    [InlineData("b[r, k] * (1 - alpha)", "")]
    [InlineData("a[r, k] + (1 - alpha) * b[r, k]", "")]
    [InlineData("(alpha - 1) * a[r, k]", "")]
    [InlineData("(1.0 - alpha) * (1.0 - alpha) * a[r, k]", "")]
    [InlineData("alpha * a[r, k] + beta * b[r, k]", "double beta = 1 - alpha;")]
    [InlineData("beta * a[r, k]", "double beta = 1.0 - alpha * 0.5;")]
    public void SubtractionInsideACoefficient_IsNoShift(string exponent, string prelude) =>
        Assert.Equal(new[] { false, false }, Shifted(exponent, prelude));

    /// <summary>Subtractions from the logit, scaled by a coefficient (with or without its own subtraction): a shift.</summary>
    [Theory]
    [InlineData("(1 - alpha) * (a[r, k] - rowMax[r])", "")]
    [InlineData("(a[r, k] - rowMax[r]) * (1 - alpha)", "")]
    [InlineData("(a[r, k] - rowMax[r]) / (1 - alpha)", "")]
    [InlineData("beta * a[r, k] - beta * rowMax[r]", "double beta = 1 - alpha;")]
    [InlineData("beta * (a[r, k] - rowMax[r])", "double beta = 1 - alpha;")]
    [InlineData("a[r, k] / (1 - alpha) - rowMax[r] / (1 - alpha)", "")]
    [InlineData("alpha * a[r, k] + (1 - alpha) * b[r, k] - rowMax[r]", "")]
    public void SubtractionFromTheLogit_StaysAShift(string exponent, string prelude) =>
        Assert.Equal(new[] { true, true }, Shifted(exponent, prelude));

    /// <summary>The decision for another element subtracted from the logit (gaps27) is unchanged: no shift.</summary>
    [Fact]
    public void ElementOfOtherData_StaysNoShift() =>
        Assert.Equal(new[] { false, false }, Shifted("a[r, k] - b[r, k]"));

    /// <summary>The blend end to end in several layouts: LINQ over records, a for loop over a list, foreach over jagged rows.</summary>
    [Theory]
    [InlineData("List<double> w = hits.Select(h => Math.Exp(Alpha * h.Lexical + (1 - Alpha) * h.Semantic)).ToList();", "LG0003")]
    [InlineData("List<double> w = hits.Select(h => Math.Exp(Alpha * (h.Lexical - top) + (1 - Alpha) * (h.Semantic - top))).ToList();", null)]
    [InlineData("List<double> w = hits.Select(h => Math.Exp(Alpha * h.Lexical + (1 - Alpha) * h.Semantic - blendTop)).ToList();", null)]
    [InlineData("var w = new List<double>(); double beta = 1 - Alpha; for (int i = 0; i < hits.Count; i++) w.Add(Math.Exp(Alpha * hits[i].Lexical + beta * hits[i].Semantic));", "LG0003")]
    [InlineData("var w = new List<double>(); double beta = 1 - Alpha; for (int i = 0; i < hits.Count; i++) w.Add(Math.Exp(beta * (hits[i].Semantic - top)));", null)]
    [InlineData("var w = new List<double>(); foreach (var h in hits) w.Add(Math.Exp((1 - Alpha) * h.Semantic));", "LG0003")]
    public async Task BlendEndToEnd(string weights, string? expected)
    {
        var source = $$"""
            using System;
            using System.Collections.Generic;
            using System.Linq;

            public readonly record struct Hit(int DocId, double Lexical, double Semantic);

            public sealed class Reranker
            {
                public double Alpha { get; set; } = 0.3;

                public double[] Rerank(List<Hit> hits)
                {
                    double top = hits.Max(h => Math.Max(h.Lexical, h.Semantic));
                    double blendTop = hits.Max(h => Alpha * h.Lexical + (1 - Alpha) * h.Semantic);
                    {{weights}}
                    double norm = w.Sum();
                    return w.Select(v => v / norm).ToArray();
                }
            }
            """;
        var ids = await FixRunner.ReportedIdsAsync(source);
        Assert.Equal(expected is null ? Array.Empty<string>() : new[] { expected }, ids.ToArray());
    }

    /// <summary>A jagged for-loop blend of two score rows per query: raw with (1 - alpha), shifted by the row's blend max.</summary>
    [Theory]
    [InlineData("alpha * lex[q][d] + (1 - alpha) * sem[q][d]", "LG0003")]
    [InlineData("alpha * lex[q][d] + (1 - alpha) * sem[q][d] - m", null)]
    public async Task JaggedBlendEndToEnd(string exponent, string? expected)
    {
        var source = $$"""
            using System;

            public static class Blend
            {
                public static void Probabilities(float[][] lex, float[][] sem, float alpha, float[][] p)
                {
                    for (int q = 0; q < lex.Length; q++)
                    {
                        float m = float.NegativeInfinity;
                        for (int d = 0; d < lex[q].Length; d++) m = MathF.Max(m, alpha * lex[q][d] + (1 - alpha) * sem[q][d]);
                        float z = 0f;
                        for (int d = 0; d < lex[q].Length; d++) { p[q][d] = MathF.Exp({{exponent}}); z += p[q][d]; }
                        for (int d = 0; d < lex[q].Length; d++) p[q][d] /= z;
                    }
                }
            }
            """;
        var ids = await FixRunner.ReportedIdsAsync(source);
        Assert.Equal(expected is null ? Array.Empty<string>() : new[] { expected }, ids.ToArray());
    }
}
