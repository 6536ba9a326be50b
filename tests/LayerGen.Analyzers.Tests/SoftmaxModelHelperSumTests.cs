using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// The semantic model on sums of exps moved into a static helper of the same type: the helper's returned sum folds
/// the caller's argument over the translated range, its exps exponentiate the caller's buffer minus the caller's
/// shift argument (so the caller's max is the site's max), and exps a helper stores into a buffer argument are the
/// caller's numerators.
/// </summary>
public class SoftmaxModelHelperSumTests
{
    private const string RowLoop = """
        public static void F(float[] x, float[] y, int rows, int cols) {
            for (int r = 0; r < rows; r++) {
                float m = float.MinValue;
                for (int j = 0; j < cols; j++) m = MathF.Max(m, x[r * cols + j]);
                float s = CALL;
                for (int j = 0; j < cols; j++) y[r * cols + j] = MathF.Exp(x[r * cols + j] - m) / s;
            }
        }
        """;

    [Fact]
    public void RowRangeHelperSum_FoldsTheRow_AndSubtractsTheCallersMax()
    {
        var model = Describe(RowLoop.Replace("CALL", "SumExp(x, r * cols, cols, m)"),
            "static float SumExp(float[] x, int o, int n, float max) { float s = 0f; for (int i = 0; i < n; i++) s += MathF.Exp(x[o + i] - max); return s; }");
        Assert.Contains("| sum s {x.s:1} | max m {x.s:1} | max m {x.s:1} | exps 2", model, StringComparison.Ordinal);
    }

    [Fact]
    public void WholeBufferHelperSum_FoldsEveryRow()
    {
        var model = Describe(RowLoop.Replace("CALL", "SumExp(x, m)"),
            "static float SumExp(float[] x, float max) { float s = 0f; for (int i = 0; i < x.Length; i++) s += MathF.Exp(x[i] - max); return s; }");
        Assert.Contains("| sum s {x.s:1,x.s:cols} |", model, StringComparison.Ordinal);
    }

    [Fact]
    public void HelperSumOfRawExps_IsAnUnshiftedExpOfTheCallersBuffer()
    {
        var model = ModelDescriptions.Method(Source(RowLoop.Replace("CALL", "SumExp(x, r * cols, cols)"),
            "static float SumExp(float[] x, int o, int n) { float s = 0f; for (int i = 0; i < n; i++) s += MathF.Exp(x[o + i]); return s; }"), "F");
        var site = Assert.Single(model.Sites);
        var helperExp = Assert.Single(site.Exps, exp => exp.Syntax.ToString() == "MathF.Exp(x[o + i])");
        Assert.Contains(model.ExpArgument(helperExp).RawRoots, root => root.Name == "x" && root.ContainingSymbol.Name == "F");
        Assert.False(model.IsShiftedByAMaximum(helperExp));
    }

    [Theory]
    [InlineData("p[r, c] = MathF.Exp(x[r, c] - m);", "| sum s {x.r1} | max m {x.r1} | exps 1")]
    [InlineData("p[r, c] = MathF.Exp(x[r, c]);", "| sum s {x.r1} | exps 1")]
    [InlineData("var t = x[r, c] - m; p[r, c] = MathF.Exp(t);", "| sum s {x.r1} | max m {x.r1} | exps 1")]
    [InlineData("var t = x[r, c]; var u = t - m; p[r, c] = MathF.Exp(u);", "| sum s {x.r1} | max m {x.r1} | exps 1")]
    public void ExpsStoredByAHelper_AreTheCallersNumerators(string store, string expected)
    {
        var model = Describe(
            "public static void F(float[,] x, float[,] p) { for (int r = 0; r < x.GetLength(0); r++) { float m = float.MinValue; for (int c = 0; c < x.GetLength(1); c++) m = MathF.Max(m, x[r, c]); float s = Fill(x, p, r, m); for (int c = 0; c < x.GetLength(1); c++) p[r, c] /= s; } }",
            $"static float Fill(float[,] x, float[,] p, int r, float m) {{ float s = 0f; for (int c = 0; c < x.GetLength(1); c++) {{ {store} s += p[r, c]; }} return s; }}");
        // The helper's write links p's axes to x's at the call (also through temporaries): the site reads in x's dimensions.
        Assert.Contains("site p[r, c] /= s | dims {x.r0,x.r1} " + expected, model, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("x[r, c] = MathF.Exp(x[r, c] - m);", "float.MinValue", true)]
    [InlineData("x[r, c] = MathF.Exp(x[r, c]);", "float.MinValue", false)]
    [InlineData("x[r, c] = MathF.Exp(x[r, c] - m);", "0f", false)]
    public void ExpsAHelperWritesInPlace_ThenDividedByItsSum_KeepTheirVerdict(string store, string seed, bool isShifted)
    {
        // The caller divides the buffer the helper exponentiated in place by the helper's sum: the elements stay readable.
        var model = ModelDescriptions.Method(Source(
            $"public static void F(float[,] x, int cols) {{ for (int r = 0; r < x.GetLength(0); r++) {{ float m = {seed}; for (int c = 0; c < cols; c++) if (x[r, c] > m) m = x[r, c]; float s = Fill(x, r, cols, m); for (int c = 0; c < cols; c++) x[r, c] /= s; }} }}",
            $"static float Fill(float[,] x, int r, int cols, float m) {{ float s = 0f; for (int c = 0; c < cols; c++) {{ {store} s += x[r, c]; }} return s; }}"), "F");
        var exp = Assert.Single(Assert.Single(model.Sites).Exps);
        Assert.False(model.ExpArgument(exp).IsOpaque);
        Assert.Equal(isShifted, model.IsShiftedByAMaximum(exp));
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
