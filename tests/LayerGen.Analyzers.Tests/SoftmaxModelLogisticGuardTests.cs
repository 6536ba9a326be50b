using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// The unstable logistic <c>e / (1 + e)</c> (LG0003) stays silent where the method guards its exponent's data, read
/// conservatively (SoftmaxModel.LogisticGuards.cs): a threshold with an early exit or a ternary, a relational switch, a
/// clamp written as an assignment or as <c>Min</c>/<c>Max</c> in either argument order, an infinity test of the exp.
/// Each guarded spelling below gives no NaN at ±1000 (stop 39's review checked them numerically). Still reported: no
/// guard at all, the exp in the branch where its exponent is provably ≥ 0, a guard on another element.
/// </summary>
public class SoftmaxModelLogisticGuardTests
{
    [Theory]
    [InlineData("if (v > 30) return 1.0; double e = Math.Exp(v); return e / (1 + e);")]
    [InlineData("if (v > 30) return 1.0; if (v < -30) return 0.0; double e = Math.Exp(v); return e / (1 + e);")]
    [InlineData("return v < 30 ? Math.Exp(v) / (1 + Math.Exp(v)) : 1.0;")]
    [InlineData("return v >= 20 ? 1.0 : Math.Exp(v) / (1 + Math.Exp(v));")]
    [InlineData("if (v > 700) throw new ArgumentOutOfRangeException(nameof(v)); double e = Math.Exp(v); return e / (1 + e);")]
    [InlineData("return v switch { > 20 => 1.0, _ => Math.Exp(v) / (1 + Math.Exp(v)) };")]
    [InlineData("if (v > 40) v = 40; double e = Math.Exp(v); return e / (1 + e);")]
    [InlineData("v = v > 50 ? 50 : v; double e = Math.Exp(v); return e / (1 + e);")]
    [InlineData("v = Math.Max(-500, Math.Min(500, v)); double e = Math.Exp(v); return e / (1 + e);")]
    [InlineData("double e = Math.Exp(Math.Min(40.0, v)); return e / (1 + e);")]
    [InlineData("double e = Math.Exp(Math.Min(0.0, v)); return e / (1 + e);")]
    [InlineData("double e = Math.Exp(v); if (double.IsPositiveInfinity(e)) return 1.0; return e / (1 + e);")]
    public async Task GuardedLogistic_IsSilent(string body) =>
        Assert.Empty(await FixRunner.ReportedIdsAsync(Scalar(body)));

    [Theory]
    [InlineData("double e = Math.Exp(v); return e / (1 + e);")]
    [InlineData("if (v >= 0) { double z = Math.Exp(v); return z / (1 + z); } double w = Math.Exp(-v); return 1 / (1 + w);")]
    [InlineData("return v > 0 ? Math.Exp(v) / (1 + Math.Exp(v)) : 0.5;", "LG0003 LG0003")]
    public async Task UnguardedOrWrongBranch_IsLG0003(string body, string expected = "LG0003") =>
        Assert.Equal(expected, string.Join(" ", await FixRunner.ReportedIdsAsync(Scalar(body))));

    [Fact]
    public async Task AGuardOnAnotherElement_IsStillLG0003()
    {
        const string source = """
            using System;

            static class Logistic
            {
                static void Apply(double[] x, double[] y)
                {
                    for (int i = 1; i < x.Length; i++)
                    {
                        if (x[i - 1] < 0) { double e = Math.Exp(x[i]); y[i] = e / (1 + e); }
                        else y[i] = 0.5;
                    }
                }
            }
            """;
        Assert.Equal(["LG0003"], await FixRunner.ReportedIdsAsync(source));
    }

    [Fact]
    public async Task AnElementThresholdGuard_IsSilent()
    {
        const string source = """
            using System;

            static class Logistic
            {
                static void Apply(double[] x, double[] y)
                {
                    for (int i = 0; i < x.Length; i++)
                    {
                        if (x[i] > 30) { y[i] = 1; continue; }
                        double e = Math.Exp(x[i]);
                        y[i] = e / (1 + e);
                    }
                }
            }
            """;
        Assert.Empty(await FixRunner.ReportedIdsAsync(source));
    }

    private static string Scalar(string body) => $$"""
        using System;

        static class Logistic
        {
            static double Of(double v) { {{body}} }
        }
        """;
}
