using LayerGen.Analyzers.Tests.Verification;
using static LayerGen.Analyzers.Tests.SoftmaxModelSubtrahendTests;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// The semantic model on when a subtraction is a stabilising shift (gaps30): a seed term scaled like the logits'
/// exps, an extra option whose fixed score differs from the seed, a per-class centre (one number per element of the
/// softmax axis, not per slice), values deconstructed from tuples and records, a subtrahend that is a fixed number,
/// and a maximum combined from a seed and a wider fold.
/// </summary>
public class SoftmaxModelShiftProvenanceTests
{
    private const string Rows = """
        for (int r = 0; r < x.GetLength(0); r++) {
            SHIFT
            float z = 0f;
            for (int k = 0; k < x.GetLength(1); k++) { p[r, k] = MathF.Exp(EXPONENT); z += p[r, k]; }
            for (int k = 0; k < x.GetLength(1); k++) p[r, k] /= z;
        }
        """;

    private static string Method(string name, string parameters, string shift, string exponent) =>
        $"static void {name}(float[,] x, float[,] p{parameters}) {{ {Rows.Replace("SHIFT", shift).Replace("EXPONENT", exponent)} }}";

    [Fact]
    public void ScaledSeedTerm_IsAShiftWhenItsScoreIsTheSeed()
    {
        const string eps = """
            float m = eps;
            for (int k = 0; k < x.GetLength(1); k++) m = MathF.Max(m, x[r, k]);
            float background = MathF.Exp((eps - m) / g);
            """;
        var method = Method("Eps", ", float eps, float g", eps, "(x[r, k] - m) / g").Replace("float z = 0f;", "float z = background;");
        Assert.Equal(new[] { true, true }, ShiftedExps("Eps", method));

        // Multiplied by an inverse temperature, on either side.
        var inverse = method.Replace("(eps - m) / g", "g * (eps - m)").Replace("(x[r, k] - m) / g", "(x[r, k] - m) * g");
        Assert.Equal(new[] { true, true }, ShiftedExps("Eps", inverse));

        // Seeded at 0 beside a scaled dummy of a lower score: the dummy's exponent is ≤ 0, but at m = 0 it is
        // exp(−1 / g), of no known size (0 in float for small g): it does not cover the logits.
        var offSeed = method.Replace("float m = eps;", "float m = 0f;").Replace("(eps - m) / g", "(-1f - m) / g");
        Assert.Equal(new[] { true, false }, ShiftedExps("Eps", offSeed));

        // A higher score covers the logits (exp ≥ 1 at m = 0) but is no longer bounded by 1.
        var above = method.Replace("float m = eps;", "float m = 0f;").Replace("(eps - m) / g", "(1f - m) / g");
        Assert.Equal(new[] { false, true }, ShiftedExps("Eps", above));

        // A provably negative factor turns the seed term's exponent positive.
        var negative = method.Replace("(eps - m) / g", "(eps - m) / -g");
        Assert.Equal(new[] { false, true }, ShiftedExps("Eps", negative));
    }

    [Fact]
    public void UnscaledDummy_OfAnotherFixedScore_IsATermWithinTheFloatRange()
    {
        const string seeded = """
            float best = 0f;
            for (int k = 0; k < x.GetLength(1); k++) best = MathF.Max(best, x[r, k]);
            float dummy = MathF.Exp(SCORE - best);
            """;
        string Seeded(string score) => Method("Dummy", string.Empty, seeded.Replace("SCORE", score), "x[r, k] - best").Replace("float z = 0f;", "float z = dummy;");

        Assert.Equal(new[] { true, true }, ShiftedExps("Dummy", Seeded("-2f")));
        Assert.Equal(new[] { true, true }, ShiftedExps("Dummy", Seeded("5f")));

        // 200 above the seed: exp(200 − best) overflows at best = 0 (the logits are covered by it). 200 below: the
        // dummy is 0 in float at best = 0, so it does not cover the logits.
        Assert.Equal(new[] { false, true }, ShiftedExps("Dummy", Seeded("200f")));
        Assert.Equal(new[] { true, false }, ShiftedExps("Dummy", Seeded("-200f")));
    }

    [Fact]
    public void ElementAlongTheSoftmaxAxis_IsNoShift_PerSliceElementAndCentredMaximumAre()
    {
        Assert.Equal(new[] { false }, ShiftedExps("Centre", Method("Centre", ", float[] c", string.Empty, "x[r, k] - c[k]")));
        Assert.Equal(new[] { false }, ShiftedExps("Centre", Method("Centre", ", float[] c, float t", string.Empty, "(x[r, k] - c[k]) / t")));
        Assert.Equal(new[] { true }, ShiftedExps("PerRow", Method("PerRow", ", float[] c", string.Empty, "x[r, k] - c[r]")));

        const string centredMax = """
            float m = float.NegativeInfinity;
            for (int k = 0; k < x.GetLength(1); k++) m = MathF.Max(m, x[r, k] - c[k]);
            """;
        Assert.Equal(new[] { true }, ShiftedExps("Both", Method("Both", ", float[] c", centredMax, "x[r, k] - c[k] - m")));
    }

    [Fact]
    public void CentreUpdatedFromTheData_ShiftsByTheCentreOnly()
    {
        // c[k] = a · c[k] + (1 − a) · mean: what the centre's update subtracts (a) is no shift of the exponent.
        var method = Method("Ema", ", float[] c, float a", string.Empty, "x[r, k] - c[k]")
            .Replace("p[r, k] /= z;\n}", "p[r, k] /= z;\n}\nfor (int k = 0; k < c.Length; k++) { float mean = 0f; for (int r = 0; r < x.GetLength(0); r++) mean += x[r, k]; c[k] = a * c[k] + (1f - a) * mean; }");
        Assert.Contains("(1f - a)", method);
        Assert.Equal(new[] { false }, ShiftedExps("Ema", method));
    }

    [Fact]
    public void DeconstructedTuplesAndRecords_ReadTheirElements()
    {
        Assert.Equal(new[] { false }, ShiftedExps("Foreach", """
            static void Foreach(System.Collections.Generic.IReadOnlyList<(float D, int T)[]> rows, float t) {
                for (int q = 0; q < rows.Count; q++) {
                    var w = new float[rows[q].Length]; float s = 0f; int k = 0;
                    foreach (var (d, _) in rows[q]) { w[k] = MathF.Exp(-d / t); s += w[k++]; }
                    for (k = 0; k < w.Length; k++) w[k] /= s;
                }
            }
            """));
        Assert.Equal(new[] { false }, ShiftedExps("Declared", """
            static void Declared((float S, int L)[] row, float[] w) {
                float s = 0f;
                for (int k = 0; k < row.Length; k++) { var (v, _) = row[k]; w[k] = MathF.Exp(v); s += w[k]; }
                for (int k = 0; k < row.Length; k++) w[k] /= s;
            }
            """));
        Assert.Equal(new[] { true }, ShiftedExps("Shifted", """
            static void Shifted((float S, int L)[] row, float[] w) {
                float m = float.NegativeInfinity;
                foreach (var (v, _) in row) m = MathF.Max(m, v);
                float s = 0f;
                for (int k = 0; k < row.Length; k++) { var (v, _) = row[k]; w[k] = MathF.Exp(v - m); s += w[k]; }
                for (int k = 0; k < row.Length; k++) w[k] /= s;
            }
            """));
    }

    [Fact]
    public void FixedSubtrahend_IsNoShift()
    {
        Assert.Equal(new[] { false }, ShiftedExps("Zero", Method("Zero", ", float t", string.Empty, "x[r, k] / t - 0f * t")));
        Assert.Equal(new[] { false }, ShiftedExps("Sum", Method("Sum", string.Empty, string.Empty, "x[r, k] - (2f + 3f * 0.5f)")));
        Assert.Equal(new[] { true }, ShiftedExps("Scalar", Method("Scalar", ", float t", string.Empty, "x[r, k] - 1f * t")));
    }

    [Fact]
    public void SeedAndWiderFold_AreTwoPartsOfOneMaximum()
    {
        var model = ModelDescriptions.Method("""
            using System;
            using System.Linq;
            static class C {
                static void Queue(float[] pos, float[,] neg, float[,] p) {
                    float top = pos.Max();
                    foreach (float v in neg) top = MathF.Max(top, v);
                    for (int n = 0; n < neg.GetLength(0); n++) {
                        p[n, 0] = MathF.Exp(pos[n] - top);
                        float s = p[n, 0];
                        for (int k = 0; k < neg.GetLength(1); k++) { p[n, k + 1] = MathF.Exp(neg[n, k] - top); s += p[n, k + 1]; }
                        for (int k = 0; k <= neg.GetLength(1); k++) p[n, k] /= s;
                    }
                }
            }
            """, "Queue");
        // The seed walks the query axis only; the fold walks the query and queue axes (LG0001 reports the fold alone).
        var top = model.Sites.SelectMany(site => site.Maxima).First(max => max.Parts.Length == 2);
        var seed = Assert.Single(top.Parts, part => part.IsSeed);
        var fold = Assert.Single(top.Parts, part => !part.IsSeed);
        Assert.Single(model.Classes.Classes(seed.Atoms));
        Assert.Equal(2, model.Classes.Classes(fold.Atoms).Count);
        Assert.True(model.Classes.Classes(seed.Atoms).IsSubsetOf(model.Classes.Classes(fold.Atoms)));
    }
}
