using LayerGen.Analyzers.Softmax.Model;
using LayerGen.Analyzers.Tests.Verification;
using Microsoft.CodeAnalysis;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Decay and kernel weights whose exponent is a non-negative value times a positive scale written with data-free math
/// (HeldOut20's time-decay baseline <c>exp(-max(0, age) · ln 2 / halfLife)</c>): <c>Math.Log</c> of a constant above 1,
/// <c>Pow</c>/<c>Sqrt</c>/<c>Exp</c>/<c>Abs</c>/<c>Max</c> of data-free values and sums or products of scales are
/// positive scales, so the exponent is provably ≤ 0 and a guarded normalisation of it is silent (docs/rules/LG0003.md,
/// "not reported"). Twins that must still report: a scale read from the data, a factor of unknown sign (a difference,
/// a sine, <c>log</c> of a data-free value), <c>Math.Log(0.5)</c> (negative, so the exponent is ≥ 0), a lambda
/// parameter (an element, never a scale), an unguarded sum, and a column accessor <c>frame.ToDouble(i)</c> (an element
/// read, not a conversion of the index).
/// </summary>
public class SoftmaxModelScaledDecayTests
{
    public static TheoryData<string, string> SilentDecays => new()
    {
        { "", "Math.Exp(-Math.Max(0.0, age[i]) * Math.Log(2.0) / halfLife)" },
        { "", "Math.Exp(-Math.Max(0, age[i]) * Math.Log(2) / halfLife)" },
        { "double ln2 = Math.Log(2);", "Math.Exp(-Math.Max(0, age[i]) * ln2 / halfLife)" },
        { "", "Math.Exp(-age[i] * age[i] * Math.Log(2.0) / halfLife)" },
        { "", "Math.Exp(-(age[i] * age[i]) / Math.Pow(h, 1.5))" },
        { "", "Math.Exp(-Math.Abs(age[i]) / Math.Sqrt(tau + 1.0))" },
        { "", "Math.Exp(-(age[i] * age[i] + Math.Abs(x[i])) * (1.0 / (tau + 1e-6)))" },
        { "double k = 1.0 / (tau + 1e-6);", "Math.Exp(-(age[i] * age[i] + Math.Max(0.0, x[i])) * k)" },
        { "", "Math.Exp(-Math.Abs(x[i]) * Math.Exp(logBeta))" },
        { "", "Math.Exp(-Math.Abs(x[i]) * (tau + h))" },
        { "", "Math.Exp(-Math.Abs(x[i]) / Math.Max(tau, 1e-3))" },
        { "", "Math.Exp(-Math.Abs(x[i]) * Math.Abs(logBeta))" },
        { "", "Math.Exp(Math.Log(0.5) * Math.Max(0.0, age[i]) / halfLife)" },
        { "double scale = Math.Log(2.0) / Math.Pow(h, 1.5);", "Math.Exp(-Math.Max(0.0, age[i]) * scale)" },
        { "", "(double)MathF.Exp(-MathF.Abs((float)x[i]) * MathF.Log(2f) / (float)halfLife)" },
    };

    public static TheoryData<string, string> ReportedDecays => new()
    {
        // A scale read from the data.
        { "", "Math.Exp(-Math.Max(0.0, age[i]) * Math.Log(2.0) / x[i])" },
        { "", "Math.Exp(-(age[i] * age[i]) / Math.Pow(x[i], 1.5))" },
        { "double k = 1.0 / (x[i] + 1e-6);", "Math.Exp(-Math.Abs(age[i]) * k)" },

        // A factor of unknown sign.
        { "", "Math.Exp(-Math.Abs(x[i]) * (tau - 1.0))" },
        { "", "Math.Exp(-Math.Abs(x[i]) * Math.Sin(tau))" },
        { "", "Math.Exp(-Math.Abs(x[i]) * Math.Log(tau))" },
        { "", "Math.Exp(-Math.Abs(x[i]) * Math.Tan(h))" },

        // log of a value below 1 is negative: the exponent is ≥ 0.
        { "", "Math.Exp(-Math.Max(0.0, age[i]) * Math.Log(0.5) / halfLife)" },
        { "double ln = Math.Log(0.5);", "Math.Exp(-Math.Max(0.0, age[i]) * ln / halfLife)" },

        // No sign at all: the age itself may be negative.
        { "", "Math.Exp(-age[i] * Math.Log(2.0) / halfLife)" },
    };

    [Theory]
    [MemberData(nameof(SilentDecays))]
    public async Task GuardedDecayWithDataFreeScale_IsSilent(string setup, string exp)
    {
        var source = Decay(setup, exp, start: "1e-300");
        Assert.True(IsGuardedNonPositive(source));
        Assert.Empty(await ReportedIds(source));
    }

    [Theory]
    [MemberData(nameof(ReportedDecays))]
    public async Task GuardedDecayWithoutAProvableSign_IsReported(string setup, string exp)
    {
        var source = Decay(setup, exp, start: "1e-300");
        Assert.False(IsGuardedNonPositive(source));
        Assert.Equal(new[] { "LG0003" }, await ReportedIds(source));
    }

    [Theory]
    [InlineData("Math.Exp(-Math.Max(0.0, age[i]) * Math.Log(2.0) / halfLife)")]
    [InlineData("Math.Exp(-(age[i] * age[i]) / Math.Pow(h, 1.5))")]
    public async Task UnguardedSumOfADecay_IsReported(string exp)
    {
        // HeldOut20's JourneyCredits shape: the decay mass starts at 0, so rows of old ages underflow to 0 / 0.
        var source = Decay("", exp, start: "0.0");
        Assert.False(IsGuardedNonPositive(source));
        Assert.Equal(new[] { "LG0003" }, await ReportedIds(source));
    }

    [Theory]
    [InlineData("v => Math.Exp(-v * k)", "LG0003")]
    [InlineData("v => Math.Exp(-v * v * k)", "")]
    [InlineData("v => Math.Exp(-Math.Abs(v) * Math.Log(2.0) / k)", "")]
    [InlineData("v => Math.Exp(-v * Math.Log(2.0) / k)", "LG0003")]
    public async Task LambdaParameter_IsDataNotAScale(string selector, string expected)
    {
        var source = $$"""
            using System;
            using System.Linq;

            static class C {
                static void F(double[] x, double[] w, double k) {
                    double[] e = x.Select({{selector}}).ToArray();
                    double s = e.Sum();
                    for (int i = 0; i < e.Length; i++) w[i] = e[i] / (s + 1e-12);
                }
            }
            """;
        Assert.Equal(expected, string.Join(" ", await ReportedIds(source)));
    }

    // A column accessor's result is an element: exp(-frame.ToDouble(i) * k) was read through as exp(-i * k), a loop
    // index times a scale. System.Convert's static ToDouble(int) stays a conversion; a static To* elsewhere never was one.
    [Fact]
    public void InstanceToDoubleOfAnIndex_IsNoConversion()
    {
        var source = """
            sealed class Column { public double ToDouble(int row) => row; public static double ToDouble(long row) => row; }
            static class C { static double F(Column c, int i) => c.ToDouble(i) + System.Convert.ToDouble(i) + Column.ToDouble(7L); }
            """;
        var compilation = FixRunner.CompileRecreation(source);
        var tree = compilation.SyntaxTrees.Single();
        var semantic = compilation.GetSemanticModel(tree);
        var calls = tree.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.InvocationExpressionSyntax>()
            .Select(call => (Microsoft.CodeAnalysis.Operations.IInvocationOperation)semantic.GetOperation(call)!).ToList();
        Assert.Null(NumericConversionCall.Operand(calls[0]));
        Assert.NotNull(NumericConversionCall.Operand(calls[1]));
        Assert.Null(NumericConversionCall.Operand(calls[2]));
    }

    private static bool IsGuardedNonPositive(string source)
    {
        var model = ModelDescriptions.Method(source, "F");
        var site = Assert.Single(model.Sites);
        var exp = Assert.Single(site.Exps.Distinct());
        return model.IsGuardedNonPositiveExp(exp, site);
    }

    private static string Decay(string setup, string exp, string start) => $$"""
        using System;

        static class C {
            static void F(double[] age, double[] x, double[] w, double halfLife, double h, double tau, double logBeta) {
                double sum = {{start}};
                for (int i = 0; i < age.Length; i++) {
                    {{setup}}
                    w[i] = {{exp}};
                    sum += w[i];
                }
                for (int i = 0; i < age.Length; i++) w[i] /= sum;
            }
        }
        """;

    private static async Task<List<string>> ReportedIds(string source) =>
        (await FixRunner.ReportedIdsAsync(source)).OrderBy(id => id, StringComparer.Ordinal).ToList();
}
