using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// <c>e / (1 + e)</c> with <c>e = exp(v)</c> is a two-class softmax over (v, 0) with no maximum: ∞ / ∞ = NaN for
/// v &gt; 88 in float, 709 in double. Reported in every spelling (constant on either side, a local denominator, generic
/// math, a loop over an array, a product with the reciprocal); silent for the forms that saturate instead
/// (<c>1 / (1 + exp(−v))</c>, <c>1 − 1 / (1 + e)</c>, the branch-stable logistic), for quotients that are no softmax of
/// their own exp, and its <c>s(1 − s)</c> stays a sigmoid's derivative (no LG0007).
/// </summary>
public class SoftmaxModelLogisticQuotientTests
{
    [Theory]
    [InlineData("var k = (float)Math.Exp(v); return k / (1 + k);", "LG0003")]
    [InlineData("var e = MathF.Exp(v); return e / (e + 1f);", "LG0003")]
    [InlineData("float e = MathF.Exp(v); float d = 1f + e; return e / d;", "LG0003")]
    [InlineData("return (float)(Math.Exp(v) / (Math.Exp(v) + 1.0));", "LG0003 LG0003")]
    [InlineData("var e = MathF.Exp(v); return e * (1f / (1f + e));", "LG0003")]
    [InlineData("var e = MathF.Exp(2f * v); return e / (1f + e);", "LG0003")]
    public async Task ExpOverOnePlusItself_IsLG0003(string body, string expected) =>
        Assert.Equal(expected, string.Join(" ", await FixRunner.ReportedIdsAsync(Scalar(body))));

    [Theory]
    [InlineData("return 1f / (1f + MathF.Exp(-v));")]
    [InlineData("return 1f - 1f / (1f + MathF.Exp(v));")]
    [InlineData("var e = MathF.Exp(v); return 1f - 1f / (1f + e);")]
    [InlineData("if (v >= 0f) return 1f / (1f + MathF.Exp(-v)); var e = MathF.Exp(v); return e / (1f + e);")]
    [InlineData("var e = MathF.Exp(v); return (e - 1f) / (e + 1f);")]
    [InlineData("var e = MathF.Exp(v); return e / (1f + v * v);")]
    [InlineData("var e = MathF.Exp(v); var f = MathF.Exp(-v); return e / (1f + f);")]
    public async Task SaturatingOrNoSoftmax_IsSilent(string body) =>
        Assert.Empty(await FixRunner.ReportedIdsAsync(Scalar(body)));

    [Theory]
    [InlineData("double e = Math.Exp(x[i]); y[i] = e / (1.0 + e);", "LG0003")]
    [InlineData("if (x[i] >= 0) { y[i] = 1.0 / (1.0 + Math.Exp(-x[i])); } else { double e = Math.Exp(x[i]); y[i] = e / (1.0 + e); }", "")]
    [InlineData("double e = Math.Exp(x[i]); y[i] = e / (1.0 + e); dy[i] = y[i] * (1.0 - y[i]);", "LG0003")]
    public async Task ElementwiseOverAnArray(string body, string expected)
    {
        var source = $$"""
            using System;

            static class Logistic
            {
                static void Apply(double[] x, double[] y, double[] dy)
                {
                    for (int i = 0; i < x.Length; i++) { {{body}} }
                }
            }
            """;
        Assert.Equal(expected, string.Join(" ", await FixRunner.ReportedIdsAsync(source)));
    }

    [Theory]
    [InlineData("T e = T.Exp(v); return e / (T.One + e);", "LG0003")]
    [InlineData("return T.One / (T.One + T.Exp(-v));", "")]
    public async Task GenericMath(string body, string expected)
    {
        var source = $$"""
            using System.Numerics;

            static class Logistic
            {
                static T Of<T>(T v) where T : IExponentialFunctions<T> { {{body}} }
            }
            """;
        Assert.Equal(expected, string.Join(" ", await FixRunner.ReportedIdsAsync(source)));
    }

    private static string Scalar(string body) => $$"""
        using System;

        static class Logistic
        {
            static float Of(float v) { {{body}} }
        }
        """;
}
