using LayerGen.Analyzers.Tests.Verification;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// What a helper's summary tells its caller beyond the dimensions it folds: flat buffers its writes pair index for
/// index are aligned at the call (the caller's row loop walks both), and a returned max says which of the caller's
/// buffers it folds, whether it starts at a finite constant, and whether its values are scaled by a parameter.
/// </summary>
public class SoftmaxModelHelperFactsTests
{
    private const string AlignedCaller = """
        public static void F(float[] x, float[] y, int rows, int cols) {
            WHOLEPEAK
            for (int r = 0; r < rows; r++) {
                ROWPEAK
                float s = Fill(x, y, r * cols, cols, m);
                for (int j = 0; j < cols; j++) y[r * cols + j] /= s;
            }
        }
        static float Fill(float[] x, float[] y, int o, int n, float m) {
            float s = 0f;
            for (int i = 0; i < n; i++) { WRITE s += y[o + i]; }
            return s;
        }
        """;

    [Theory]
    [InlineData("y[i + o] = MathF.Exp(x[o + i] - m);")]
    [InlineData("var t = x[o + i] - m; y[i + o] = MathF.Exp(t);")]
    public void AlignedHelperWrite_MakesAWholeBufferMaxSpanTheCallersRows(string write)
    {
        var model = Describe(AlignedCaller.Replace("WRITE", write).Replace("WHOLEPEAK", "float m = float.MinValue; for (int k = 0; k < x.Length; k++) m = MathF.Max(m, x[k]);").Replace("ROWPEAK", string.Empty));
        Assert.Contains("| sum s {y.s:1} | max m {y.s:1,y.s:cols} |", model, StringComparison.Ordinal);
    }

    [Fact]
    public void AlignedHelperWrite_KeepsARowMaxOnTheRow()
    {
        var model = Describe(AlignedCaller.Replace("WRITE", "y[i + o] = MathF.Exp(x[o + i] - m);").Replace("WHOLEPEAK", string.Empty)
            .Replace("ROWPEAK", "float m = float.MinValue; for (int j = 0; j < cols; j++) m = MathF.Max(m, x[r * cols + j]);"));
        Assert.Contains("| sum s {y.s:1} | max m {y.s:1} |", model, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Peak(x)", "static float Peak(float[] v) { float m = float.NegativeInfinity; for (int i = 0; i < v.Length; i++) m = MathF.Max(m, v[i]); return m; }", true)]
    [InlineData("Peak(prior)", "static float Peak(float[] v) { float m = float.NegativeInfinity; for (int i = 0; i < v.Length; i++) m = MathF.Max(m, v[i]); return m; }", false)]
    [InlineData("Peak(x)", "static float Peak(float[] v) { float m = 0f; for (int i = 0; i < v.Length; i++) if (v[i] > m) m = v[i]; return m; }", false)]
    public void HelperMax_IsTheExpsOwnMaxOnlyWhenItFoldsTheSameBufferFromMinusInfinity(string call, string helper, bool shifted)
    {
        var source = Source($$"""
            public static void F(float[] x, float[] prior, float[] p) {
                float m = {{call}};
                float s = 0f;
                for (int i = 0; i < x.Length; i++) { p[i] = MathF.Exp(x[i] - m); s += p[i]; }
                for (int i = 0; i < p.Length; i++) p[i] /= s;
            }
            {{helper}}
            """);
        Assert.Equal(shifted, IsExpShifted(source));
    }

    [Theory]
    [InlineData("x[i] / t - m", true)]
    [InlineData("x[i] - m", true)]
    public void HelperMaxOfScaledValues_IsNoVerdictOnTheScale(string exponent, bool shifted)
    {
        // The helper folds x[i] / temperature: the caller is not told it folds raw x, so neither exponent is reported.
        var source = Source($$"""
            public static void F(float[] x, float[] p, float t) {
                float m = ScaledPeak(x, t);
                float s = 0f;
                for (int i = 0; i < x.Length; i++) { p[i] = MathF.Exp({{exponent}}); s += p[i]; }
                for (int i = 0; i < p.Length; i++) p[i] /= s;
            }
            static float ScaledPeak(float[] v, float temperature) { float m = float.NegativeInfinity; for (int i = 0; i < v.Length; i++) { float u = v[i] / temperature; m = u > m ? u : m; } return m; }
            """);
        Assert.Equal(shifted, IsExpShifted(source));
    }

    private static bool IsExpShifted(string source)
    {
        var model = ModelDescriptions.Method(source, "F");
        var site = Assert.Single(model.Sites);
        var exp = Assert.Single(site.Exps);
        return model.IsShiftedByAMaximum(exp) || model.ExpArgument(exp).IsOpaque;
    }

    private static string Source(string members) => $$"""
        using System;
        static class C {
        {{members}}
        }
        """;

    private static string Describe(string members) => ModelDescriptions.Of(Source(members))["F"];
}
