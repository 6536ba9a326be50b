using System.Threading.Tasks;
using LayerGen.Analyzers.Tests.Verification;
using Xunit;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Findings the stop-38 review saw lost by the merged change and confirmed with a probe: a flat division over a buffer
/// whose exps were computed over rows and columns was read as "one vector" (the single-loop division of branch
/// crossnorm) and lost its LG0008 suggestion; a member handed to a library method that only reads it
/// (<c>Array.ForEach</c>, console output) was counted as a store of other values (branch provwrites) and lost LG0005.
/// </summary>
public sealed class SoftmaxModelReview38RegressionTests
{
    [Theory]
    [InlineData("for (int r = 0; r < rows; r++) for (int j = 0; j < n; j++) m = Math.Max(m, x[r * n + j]);", "MathF.Exp(x[r * n + j] - m)")]
    [InlineData("", "MathF.Exp(x[r * n + j])")]
    public async Task FlatDivisionOfExpsComputedOverRowsAndColumns_KeepsLG0008(string peak, string exp)
    {
        var source = $$"""
            using System;

            public static class WholeBuffer
            {
                public static void Softmax(float[] x, float[] y, int rows, int n)
                {
                    float m = float.NegativeInfinity;
                    {{peak}}
                    float total = 0;
                    for (int r = 0; r < rows; r++)
                        for (int j = 0; j < n; j++) { y[r * n + j] = {{exp}}; total += y[r * n + j]; }
                    for (int k = 0; k < rows * n; k++) y[k] /= total;
                }
            }
            """;

        Assert.Contains("LG0008", await FixRunner.ReportedIdsAsync(source));
    }

    [Fact]
    public async Task FlatDivisionOfJaggedExps_KeepsLG0008()
    {
        var source = """
            using System;

            public static class WholeBuffer
            {
                public static void Softmax(float[][] x, float[] y, int rows, int n)
                {
                    float m = float.NegativeInfinity;
                    for (int r = 0; r < rows; r++) for (int j = 0; j < n; j++) m = Math.Max(m, x[r][j]);
                    float total = 0;
                    var e = new float[rows * n];
                    for (int r = 0; r < rows; r++) for (int j = 0; j < n; j++) { e[r * n + j] = MathF.Exp(x[r][j] - m); total += e[r * n + j]; }
                    for (int k = 0; k < rows * n; k++) y[k] = e[k] / total;
                }
            }
            """;

        Assert.Contains("LG0008", await FixRunner.ReportedIdsAsync(source));
    }

    [Theory]
    [InlineData("Array.ForEach(probs, v => Console.Write(v));")]
    [InlineData("Console.WriteLine(probs);")]
    [InlineData("Console.Out.Write(probs[0]);")]
    public async Task MemberOnlyReadByALibraryMethod_KeepsLG0005(string read)
    {
        var source = $$"""
            using System;

            public sealed class Layer
            {
                private float[] probs = new float[0];

                public void Forward(float[] x)
                {
                    probs = new float[x.Length];
                    float m = float.NegativeInfinity;
                    for (int i = 0; i < x.Length; i++) m = Math.Max(m, x[i]);
                    float s = 0;
                    for (int i = 0; i < x.Length; i++) { probs[i] = MathF.Exp(x[i] - m); s += probs[i]; }
                    for (int i = 0; i < x.Length; i++) probs[i] /= s;
                }

                public float Loss(int t) => -MathF.Log(probs[t]);

                public void Dump() { {{read}} }
            }
            """;

        Assert.Contains("LG0005", await FixRunner.ReportedIdsAsync(source));
    }

    [Fact]
    public async Task MemberOverwrittenByALibraryCopy_IsSilent()
    {
        var source = """
            using System;

            public sealed class Layer
            {
                private float[] probs = new float[0];

                public void Forward(float[] x)
                {
                    probs = new float[x.Length];
                    float m = float.NegativeInfinity;
                    for (int i = 0; i < x.Length; i++) m = Math.Max(m, x[i]);
                    float s = 0;
                    for (int i = 0; i < x.Length; i++) { probs[i] = MathF.Exp(x[i] - m); s += probs[i]; }
                    for (int i = 0; i < x.Length; i++) probs[i] /= s;
                }

                public void LoadSigmoid(float[] sigmoid) { Array.Copy(sigmoid, probs, probs.Length); }

                public float Loss(int t) => -MathF.Log(probs[t]);
            }
            """;

        Assert.DoesNotContain("LG0005", await FixRunner.ReportedIdsAsync(source));
    }
}
