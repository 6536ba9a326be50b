using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Branch negfolds: a fold over the negated data of the whole slice is the negated opposite extreme,
/// <c>min(-x) = -max x</c>, <c>max(-c·d) = -c·min d</c> (c &gt; 0). The softmin <c>exp(-d - max(-d))</c> =
/// <c>exp(min d - d)</c> and <c>exp(x + min(-x))</c> = <c>exp(x - max x)</c> are shifted (≤ 0: silent) in every spelling
/// of the fold. The same folds with a sign that does not cancel stay LG0003 (<c>exp(x - max(-x))</c> =
/// <c>exp(x + min x)</c> overflows for x ≫ 0; <c>exp(-d + max(-d))</c> = <c>exp(-d - min d)</c> is 0 / 0 for d ≫ 0).
/// A fold over part of the slice, a fold seeded at a finite constant, and a fold whose buffer is rewritten before the
/// exp keep main's verdict. Per-row folds of <c>-d</c> in a batch are right; one over the whole batch is LG0001.
/// Markers are trailing <c>//~ LG000N</c>.
/// </summary>
public class SoftmaxModelNegatedFoldTests
{
    /// <summary>A softmax over i of <paramref name="weight"/> after <paramref name="fold"/> (one line), the marker on the exp's line.</summary>
    private static string Vector(string fold, string weight, string marker) => $$"""
        using System;
        using System.Linq;
        static class C {
            static double[] F(double[] x, double t) {
                {{fold}}
                var y = new double[x.Length];
                double s = 0;
                for (int i = 0; i < x.Length; i++) {
                    y[i] = {{weight}};{{(marker.Length > 0 ? " //~ " + marker : "")}}
                    s += y[i];
                }
                for (int i = 0; i < x.Length; i++) y[i] /= s;
                return y;
            }
        }
        """;

    /// <summary>Whole-slice folds of <c>-x</c> into a minimum m (= −max x).</summary>
    public static TheoryData<string> MinimaOfNegatedData => new()
    {
        "double m = double.PositiveInfinity; for (int k = 0; k < x.Length; k++) m = Math.Min(m, -x[k]);",
        "double m = double.MaxValue; for (int k = 0; k < x.Length; k++) if (-x[k] < m) m = -x[k];",
        "double m = 1e300; foreach (var v in x) m = Math.Min(m, -v);",
        "double m = double.PositiveInfinity; for (int k = 0; k < x.Length; k += 1) m = Math.Min(m, -1.0 * x[k]);",
        "double m = x.Min(v => -v);",
        "double m = x.Select(v => -v).Min();",
        "double m = Enumerable.Min(x, v => -v);",
    };

    /// <summary>Whole-slice folds of <c>-x</c> into a maximum m (= −min x).</summary>
    public static TheoryData<string> MaximaOfNegatedData => new()
    {
        "double m = double.NegativeInfinity; for (int k = 0; k < x.Length; k++) m = Math.Max(m, -x[k]);",
        "double m = double.MinValue; for (int k = 0; k < x.Length; k++) if (-x[k] > m) m = -x[k];",
        "double m = -1e300; foreach (var v in x) m = Math.Max(m, -v);",
        "double m = double.NegativeInfinity; for (int k = x.Length - 1; k >= 0; k--) m = m > -x[k] ? m : -x[k];",
        "double m = x.Max(v => -v);",
        "double m = x.Select(v => -v).Max();",
        "double m = Enumerable.Max(x, v => -v);",
    };

    /// <summary><c>exp(x + min(-x))</c> = <c>exp(x - max x)</c> ≤ 0: a maximum shift written with the negated data's minimum.</summary>
    [Theory]
    [MemberData(nameof(MinimaOfNegatedData))]
    public async Task MinimumOfNegatedData_AddedToTheLogit_StaysSilent(string fold)
    {
        foreach (var weight in new[] { "Math.Exp(x[i] + m)", "Math.Exp(m + x[i])", "Math.Exp(-(-x[i] - m))", "Math.Exp((x[i] + m) / t)" })
        {
            await AssertMarkedAsync(Vector(fold, weight, ""));
        }
    }

    /// <summary><c>exp(x - min(-x))</c> = <c>exp(x + max x)</c> (overflow for x ≫ 0), <c>exp(-x - min(-x))</c> = <c>exp(max x - x)</c> ≥ 0 (overflow once the spread passes 709).</summary>
    [Theory]
    [MemberData(nameof(MinimaOfNegatedData))]
    public async Task MinimumOfNegatedData_WithASignThatDoesNotCancel_IsReported(string fold)
    {
        foreach (var weight in new[] { "Math.Exp(x[i] - m)", "Math.Exp(-x[i] - m)", "Math.Exp(-(x[i] + m))" })
        {
            await AssertMarkedAsync(Vector(fold, weight, "LG0003"));
        }
    }

    /// <summary>The softmin <c>exp(-d - max(-d))</c> = <c>exp(min d - d)</c> ≤ 0, with the negation outside the parentheses too.</summary>
    [Theory]
    [MemberData(nameof(MaximaOfNegatedData))]
    public async Task MaximumOfNegatedData_SubtractedFromTheNegatedLogit_StaysSilent(string fold)
    {
        foreach (var weight in new[] { "Math.Exp(-x[i] - m)", "Math.Exp(-(x[i] + m))", "Math.Exp(-(m + x[i]))", "Math.Exp(-(x[i] + m) / t)", "Math.Exp(-1 * (x[i] + m))" })
        {
            await AssertMarkedAsync(Vector(fold, weight, ""));
        }
    }

    /// <summary><c>exp(-d + max(-d))</c> = <c>exp(-d - min d)</c> (0 / 0 for d ≫ 0), <c>exp(x - max(-x))</c> = <c>exp(x + min x)</c> (overflow for x ≫ 0).</summary>
    [Theory]
    [MemberData(nameof(MaximaOfNegatedData))]
    public async Task MaximumOfNegatedData_WithASignThatDoesNotCancel_IsReported(string fold)
    {
        foreach (var weight in new[] { "Math.Exp(-x[i] + m)", "Math.Exp(x[i] - m)", "Math.Exp(x[i] + m)", "Math.Exp(-(x[i] - m))" })
        {
            await AssertMarkedAsync(Vector(fold, weight, "LG0003"));
        }
    }

    /// <summary><c>max(-c·d) = -c·min d</c> for a positive constant c: <c>exp(-c·d - max(-c·d))</c> is shifted, other coefficients or signs are not.</summary>
    [Theory]
    [InlineData("Math.Exp(-2 * x[i] - m)", "")]
    [InlineData("Math.Exp(-(2 * x[i] + m))", "")]
    [InlineData("Math.Exp(-(x[i] * 2 + m) / t)", "")]
    [InlineData("Math.Exp(-2 * x[i] + m)", "LG0003")]
    [InlineData("Math.Exp(-x[i] - m)", "LG0003")]
    [InlineData("Math.Exp(2 * x[i] + m)", "LG0003")]
    public async Task MaximumOfScaledNegatedData_IsJudgedWithItsCoefficient(string weight, string expected)
    {
        await AssertMarkedAsync(Vector("double m = double.NegativeInfinity; for (int k = 0; k < x.Length; k++) m = Math.Max(m, -2 * x[k]);", weight, expected));
        await AssertMarkedAsync(Vector("double m = x.Max(v => -2 * v);", weight, expected));
    }

    /// <summary>A fold seeded at a finite constant stops there: <c>min(0, -x)</c> is 0 for x ≪ 0, the logits unshifted (0 / 0 at x = −1000).</summary>
    [Theory]
    [InlineData("double m = 0; for (int k = 0; k < x.Length; k++) m = Math.Min(m, -x[k]);", "Math.Exp(x[i] + m)")]
    [InlineData("double m = 0; for (int k = 0; k < x.Length; k++) m = Math.Max(m, -x[k]);", "Math.Exp(-(x[i] + m))")]
    [InlineData("double m = 0; foreach (var v in x) m = Math.Max(m, -v);", "Math.Exp(-x[i] - m)")]
    public async Task NegatedFoldSeededAtAFiniteConstant_IsReported(string fold, string weight) =>
        await AssertMarkedAsync(Vector(fold, weight, "LG0003"));

    /// <summary>
    /// A fold over part of the slice is not the slice's extreme: <c>max(-d)</c> over the first half is <c>-min</c> of that
    /// half, and a smaller d in the other half gives <c>exp(min_half d - d) &gt; 1</c>, unbounded (d = [1000, 0]: overflow).
    /// </summary>
    [Theory]
    [InlineData("double m = double.NegativeInfinity; for (int k = 0; k < x.Length / 2; k++) m = Math.Max(m, -x[k]);", "Math.Exp(-x[i] - m)")]
    [InlineData("double m = double.NegativeInfinity; for (int k = 0; k < x.Length; k += 2) m = Math.Max(m, -x[k]);", "Math.Exp(-(x[i] + m))")]
    [InlineData("double m = double.NegativeInfinity; for (int k = 1; k < x.Length; k++) m = Math.Max(m, -x[k]);", "Math.Exp(-x[i] - m)")]
    [InlineData("double m = x.Take(x.Length - 1).Max(v => -v);", "Math.Exp(-x[i] - m)")]
    [InlineData("double m = x.Skip(1).Select(v => -v).Max();", "Math.Exp(-(x[i] + m))")]
    [InlineData("double m = x.Where((v, k) => k % 2 == 0).Max(v => -v);", "Math.Exp(-x[i] - m)")]
    [InlineData("double m = x.Take(x.Length / 2).Min(v => -v);", "Math.Exp(x[i] + m)")]
    [InlineData("double m = double.PositiveInfinity; for (int k = 0; k < x.Length / 2; k++) m = Math.Min(m, -x[k]);", "Math.Exp(x[i] + m)")]
    [InlineData("double m = double.PositiveInfinity; for (int k = 0; k < x.Length; k++) if (k != 3) m = Math.Min(m, -x[k]);", "Math.Exp(x[i] + m)")]
    public async Task NegatedFoldOverPartOfTheSlice_IsReported(string fold, string weight) =>
        await AssertMarkedAsync(Vector(fold, weight, "LG0003"));

    /// <summary>A softmin over <c>x</c> of <paramref name="weight"/> where <paramref name="rewrite"/> runs between the fold and the exp.</summary>
    private static string Rewritten(string fold, string rewrite, string weight) => $$"""
        using System;
        using System.Linq;
        using System.Numerics.Tensors;
        static class C {
            static double[] F(double[] x, double[] src) {
                {{fold}}
                {{rewrite}}
                var y = new double[x.Length];
                double s = 0;
                for (int i = 0; i < x.Length; i++) {
                    y[i] = {{weight}}; //~ LG0003
                    s += y[i];
                }
                for (int i = 0; i < x.Length; i++) y[i] /= s;
                return y;
            }

            static void Triple(Span<double> v) { for (int i = 0; i < v.Length; i++) v[i] *= 3; }
        }
        """;

    public static TheoryData<string> Rewrites => new()
    {
        "Array.Copy(src, x, x.Length);",
        "Array.Copy(src, 0, x, 0, x.Length);",
        "src.CopyTo(x, 0);",
        "src.AsSpan().CopyTo(x);",
        "src.AsSpan().CopyTo(x.AsSpan());",
        "x.AsSpan().Fill(1e4);",
        "var view = x.AsSpan(); view[0] = 1e4;",
        "Buffer.BlockCopy(src, 0, x, 0, x.Length * sizeof(double));",
        "foreach (ref var v in x.AsSpan()) v = 3 * v;",
        "Triple(x);",
        "Triple(x.AsSpan());",
        "for (int k = 0; k < x.Length; k++) x[k] = src[k];",
    };

    /// <summary>
    /// The folded buffer is rewritten between the fold and the exp: the fold no longer describes the data (after
    /// <c>Negate</c>, <c>exp(-x - max(-x_old))</c> is <c>exp(-x - min x)</c>: 0 / 0 for x ≫ 0; after tripling,
    /// <c>exp(-3d + min d)</c> underflows). Reported as on main.
    /// </summary>
    [Theory]
    [MemberData(nameof(Rewrites))]
    public async Task NegatedFoldOfABufferRewrittenBeforeTheExp_IsReported(string rewrite)
    {
        await AssertMarkedAsync(Rewritten("double m = double.NegativeInfinity; for (int k = 0; k < x.Length; k++) m = Math.Max(m, -x[k]);", rewrite, "Math.Exp(-x[i] - m)"));
        await AssertMarkedAsync(Rewritten("double m = x.Min(v => -v);", rewrite, "Math.Exp(x[i] + m)"));
    }

    /// <summary>
    /// <c>TensorPrimitives</c> (float spans) rewriting the folded buffer: after <c>Negate</c>, <c>exp(-x - max(-x_old))</c> is
    /// <c>exp(-x - min x)</c> (0 / 0 for x ≫ 0); after <c>Multiply</c> by 3 the softmin underflows. Reported; the same
    /// call before the fold is silent.
    /// </summary>
    [Theory]
    [InlineData("TensorPrimitives.Negate(x, x);")]
    [InlineData("TensorPrimitives.Multiply(x, 3f, x);")]
    [InlineData("TensorPrimitives.Add(x, src, x);")]
    public async Task TensorPrimitivesRewriteOfTheFoldedBuffer_IsReportedAfterAndSilentBefore(string rewrite)
    {
        const string fold = "float m = float.NegativeInfinity; for (int k = 0; k < x.Length; k++) m = MathF.Max(m, -x[k]);";
        string Source(string first, string second, string marker) => $$"""
            using System;
            using System.Numerics.Tensors;
            static class C {
                static float[] F(float[] x, float[] src) {
                    {{first}}
                    {{second}}
                    var y = new float[x.Length];
                    float s = 0;
                    for (int i = 0; i < x.Length; i++) { y[i] = MathF.Exp(-x[i] - m); s += y[i]; }{{marker}}
                    for (int i = 0; i < x.Length; i++) y[i] /= s;
                    return y;
                }
            }
            """;
        await AssertMarkedAsync(Source(fold, rewrite, " //~ LG0003"));
        await AssertMarkedAsync(Source(rewrite, fold, ""));
    }

    /// <summary>The same writes before the fold leave it describing the data the exp reads: silent.</summary>
    [Theory]
    [InlineData("Array.Copy(src, x, x.Length);")]
    [InlineData("src.CopyTo(x, 0);")]
    [InlineData("foreach (ref var v in x.AsSpan()) v = 3 * v;")]
    [InlineData("Triple(x);")]
    public async Task NegatedFoldAfterTheRewrite_StaysSilent(string rewrite)
    {
        var source = Rewritten(rewrite, "double m = double.NegativeInfinity; for (int k = 0; k < x.Length; k++) m = Math.Max(m, -x[k]);", "Math.Exp(-x[i] - m)");
        await AssertMarkedAsync(source.Replace(" //~ LG0003", "", StringComparison.Ordinal));
    }

    /// <summary>A fold of <c>-x</c> whose exp reads other data (<c>exp(-y - max(-x))</c>) shifts nothing of <c>y</c>: reported.</summary>
    [Fact]
    public async Task NegatedFoldOfOtherData_IsReported() =>
        await AssertMarkedAsync("""
            using System;
            static class C {
                static double[] F(double[] x, double[] z) {
                    double m = double.NegativeInfinity;
                    for (int k = 0; k < x.Length; k++) m = Math.Max(m, -x[k]);
                    var y = new double[z.Length];
                    double s = 0;
                    for (int i = 0; i < z.Length; i++) { y[i] = Math.Exp(-z[i] - m); s += y[i]; } //~ LG0003
                    for (int i = 0; i < z.Length; i++) y[i] /= s;
                    return y;
                }
            }
            """);

    /// <summary>Per-row folds of the negated row in every layout: each row is shifted by its own extreme (silent).</summary>
    [Theory]
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
        """)]
    [InlineData("""
        static void F(double[,] d, double[,] y) {
            int n = d.GetLength(0), cols = d.GetLength(1);
            for (int c = 0; c < cols; c++) {
                double m = double.NegativeInfinity;
                for (int j = 0; j < n; j++) m = Math.Max(m, -d[j, c]);
                double s = 0;
                for (int j = 0; j < n; j++) { y[j, c] = Math.Exp(-d[j, c] - m); s += y[j, c]; }
                for (int j = 0; j < n; j++) y[j, c] /= s;
            }
        }
        """)]
    [InlineData("""
        static void F(double[][] x, double[][] y) {
            for (int r = 0; r < x.Length; r++) {
                double m = x[r].Min(v => -v);
                double s = 0;
                for (int j = 0; j < x[r].Length; j++) { y[r][j] = Math.Exp(x[r][j] + m); s += y[r][j]; }
                for (int j = 0; j < x[r].Length; j++) y[r][j] /= s;
            }
        }
        """)]
    [InlineData("""
        static void F(float[] d, float[] y, int rows, int n) {
            for (int r = 0; r < rows; r++) {
                float m = float.NegativeInfinity;
                for (int j = 0; j < n; j++) m = MathF.Max(m, -d[r * n + j]);
                float s = 0;
                for (int j = 0; j < n; j++) { y[r * n + j] = MathF.Exp(-d[r * n + j] - m); s += y[r * n + j]; }
                for (int j = 0; j < n; j++) y[r * n + j] /= s;
            }
        }
        """)]
    [InlineData("""
        static void F(ReadOnlySpan<float> x, Span<float> y) {
            float m = float.PositiveInfinity;
            for (int j = 0; j < x.Length; j++) m = MathF.Min(m, -x[j]);
            float s = 0;
            for (int j = 0; j < x.Length; j++) { y[j] = MathF.Exp(m + x[j]); s += y[j]; }
            for (int j = 0; j < x.Length; j++) y[j] /= s;
        }
        """)]
    [InlineData("""
        static float[] F(System.Collections.Generic.List<float> d) {
            float m = d.Select(v => -v).Max();
            var e = d.Select(v => MathF.Exp(-(v + m))).ToArray();
            float s = e.Sum();
            return e.Select(v => v / s).ToArray();
        }
        """)]
    public async Task PerRowNegatedFolds_InEveryLayout_StaySilent(string method) =>
        await AssertMarkedAsync("using System;\nusing System.Linq;\nstatic class C {\n" + method + "\n}\n");

    /// <summary>
    /// One fold of <c>-d</c> over the whole batch shifts every row by the batch's minimum: a row far above it
    /// (d + 1000) underflows to 0 / 0. LG0001 at the fold, exactly like a plain global maximum.
    /// </summary>
    [Fact]
    public async Task NegatedFoldOverTheWholeBatch2D_IsAGlobalShift() =>
        await AssertMarkedAsync("""
            using System;
            static class C {
                static void F(double[,] d, double[,] y) {
                    int rows = d.GetLength(0), n = d.GetLength(1);
                    double m = double.NegativeInfinity;
                    for (int r = 0; r < rows; r++)
                        for (int j = 0; j < n; j++)
                            m = Math.Max(m, -d[r, j]); //~ LG0001
                    for (int r = 0; r < rows; r++) {
                        double s = 0;
                        for (int j = 0; j < n; j++) { y[r, j] = Math.Exp(-(d[r, j] + m)); s += y[r, j]; }
                        for (int j = 0; j < n; j++) y[r, j] /= s;
                    }
                }
            }
            """);

    [Fact]
    public async Task NegatedFoldOverTheWholeFlatBatch_IsAGlobalShift() =>
        await AssertMarkedAsync("""
            using System;
            static class C {
                static void F(float[] x, float[] y, int rows, int n) {
                    float m = float.PositiveInfinity;
                    for (int k = 0; k < rows * n; k++)
                        m = MathF.Min(m, -x[k]); //~ LG0001
                    for (int r = 0; r < rows; r++) {
                        float s = 0;
                        for (int j = 0; j < n; j++) { y[r * n + j] = MathF.Exp(x[r * n + j] + m); s += y[r * n + j]; }
                        for (int j = 0; j < n; j++) y[r * n + j] /= s;
                    }
                }
            }
            """);

    [Fact]
    public async Task NegatedFoldOverTheWholeJaggedBatch_IsAGlobalShift() =>
        await AssertMarkedAsync("""
            using System;
            static class C {
                static void F(double[][] d, double[][] y) {
                    double m = double.NegativeInfinity;
                    foreach (var row in d)
                        foreach (var v in row)
                            m = Math.Max(m, -v); //~ LG0001
                    for (int r = 0; r < d.Length; r++) {
                        double s = 0;
                        for (int j = 0; j < d[r].Length; j++) { y[r][j] = Math.Exp(-d[r][j] - m); s += y[r][j]; }
                        for (int j = 0; j < d[r].Length; j++) y[r][j] /= s;
                    }
                }
            }
            """);

    private static Task AssertMarkedAsync(string source) => SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
}
