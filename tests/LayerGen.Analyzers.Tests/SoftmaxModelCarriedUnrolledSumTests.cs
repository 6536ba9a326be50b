using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// A written-out sum of a row's exps (<c>e0 + e1 + e2</c>, SoftmaxModel.UnrolledSums.cs/ExplicitSums) added to a running
/// total declared before the row loop and never reset (<c>s += e0 + e1 + e2</c>, <c>s = s + e0 + e1</c>): the total
/// sums every row so far, so dividing the row's exps by it is LG0002, whatever the layout (flat with a stride, jagged,
/// rectangular) and however the division is spelled (<c>e0 / s</c>, <c>e0 * (1 / s)</c>). Reset per row
/// (<c>s = 0</c> at the row's top, declared in the row loop, <c>var s = e0 + e1 + e2</c>), it is silent.
/// </summary>
public class SoftmaxModelCarriedUnrolledSumTests
{
    [Theory]
    [InlineData("float s = 0;", "", "s += e0 + e1 + e2;")]
    [InlineData("float s = 0f;", "", "s = s + e0 + e1 + e2;")]
    [InlineData("float s = 0;", "", "s += e0 + (e1 + e2);")]
    [InlineData("float s = 0, t = 0;", "t = 0;", "s += e0 + e1 + e2;")]
    [InlineData("float s = 0;", "", "var rowSum = e0 + e1 + e2; s += rowSum;")]
    [InlineData("float s = 0;", "", "float rowSum = e0 + e1 + e2; s = s + rowSum;")]
    public async Task ARunningUnrolledSumNeverReset_FlatStrided_IsLG0002(string before, string reset, string carry)
    {
        var source = Flat(before, reset, carry, "y[i * 3] = e0 / s; y[i * 3 + 1] = e1 / s; y[i * 3 + 2] = e2 / s;");
        Assert.Equal(new[] { "LG0002" }, await FixRunner.ReportedIdsAsync(source));
    }

    [Fact]
    public async Task ARunningUnrolledSumNeverReset_ThroughItsReciprocal_IsLG0002()
    {
        var source = Flat("float s = 0;", "", "s += e0 + e1 + e2;", "float inv = 1f / s; y[i * 3] = e0 * inv; y[i * 3 + 1] = e1 * inv; y[i * 3 + 2] = e2 * inv;");
        Assert.Equal(new[] { "LG0002" }, await FixRunner.ReportedIdsAsync(source));
    }

    [Theory]
    [InlineData("float s = 0;", "s = 0;", "s += e0 + e1 + e2;")]
    [InlineData("", "float s = 0;", "s += e0 + e1 + e2;")]
    [InlineData("", "", "var s = e0 + e1 + e2;")]
    [InlineData("float s;", "", "s = e0 + e1 + e2;")]
    [InlineData("float s = 0;", "s = 0f;", "s = s + e0 + e1 + e2;")]
    [InlineData("float s = 0;", "s = 0;", "var rowSum = e0 + e1 + e2; s += rowSum;")]
    public async Task AnUnrolledSumResetPerRow_IsSilent(string before, string reset, string carry)
    {
        var source = Flat(before, reset, carry, "y[i * 3] = e0 / s; y[i * 3 + 1] = e1 / s; y[i * 3 + 2] = e2 / s;");
        Assert.Empty(await FixRunner.ReportedIdsAsync(source));
    }

    [Theory]
    [InlineData("double s = 0;", "", "LG0002")]
    [InlineData("double s = 0;", "s = 0;", null)]
    [InlineData("", "double s = 0;", null)]
    public async Task JaggedRowsOfTwo_AreJudgedTheSameWay(string before, string reset, string? expected)
    {
        var source = $$"""
            using System;

            static class C {
                static void F(double[][] x, double[][] y) {
                    {{before}}
                    for (int r = 0; r < x.Length; r++) {
                        {{reset}}
                        double m = Math.Max(x[r][0], x[r][1]);
                        double a = Math.Exp(x[r][0] - m);
                        double b = Math.Exp(x[r][1] - m);
                        s += a + b;
                        y[r][0] = a / s;
                        y[r][1] = b / s;
                    }
                }
            }
            """;
        Assert.Equal(expected is null ? Array.Empty<string>() : new[] { expected }, await FixRunner.ReportedIdsAsync(source));
    }

    [Theory]
    [InlineData("double s = 0;", "", "LG0002")]
    [InlineData("double s = 0;", "s = 0;", null)]
    public async Task RectangularRows_AreJudgedTheSameWay(string before, string reset, string? expected)
    {
        var source = $$"""
            using System;

            static class C {
                static double[,] F(double[,] x) {
                    int n = x.GetLength(0);
                    var y = new double[n, 3];
                    {{before}}
                    for (int r = 0; r < n; r++) {
                        {{reset}}
                        double m = Math.Max(x[r, 0], Math.Max(x[r, 1], x[r, 2]));
                        double e0 = Math.Exp(x[r, 0] - m), e1 = Math.Exp(x[r, 1] - m), e2 = Math.Exp(x[r, 2] - m);
                        s = s + e0 + e1 + e2;
                        y[r, 0] = e0 / s;
                        y[r, 1] = e1 / s;
                        y[r, 2] = e2 / s;
                    }

                    return y;
                }
            }
            """;
        Assert.Equal(expected is null ? Array.Empty<string>() : new[] { expected }, await FixRunner.ReportedIdsAsync(source));
    }

    private static string Flat(string before, string reset, string carry, string divide) => $$"""
        using System;

        static class C {
            static void F(float[] x, float[] y, int rows) {
                {{before}}
                for (int i = 0; i < rows; i++) {
                    {{reset}}
                    float m = MathF.Max(x[i * 3], MathF.Max(x[i * 3 + 1], x[i * 3 + 2]));
                    float e0 = MathF.Exp(x[i * 3] - m);
                    float e1 = MathF.Exp(x[i * 3 + 1] - m);
                    float e2 = MathF.Exp(x[i * 3 + 2] - m);
                    {{carry}}
                    {{divide}}
                }
            }
        }
        """;
}
