using LayerGen.Analyzers.Tests.Verification;
using Microsoft.CodeAnalysis;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// The model on logits converted by a call (Real49: AiDotNet's <c>Math.Exp(NumOps.ToDouble(logits[i]))</c> in generic
/// models over <c>T</c>): <c>ops.ToDouble(v)</c>, <c>Convert.ToDouble(v)</c> and <c>double.CreateChecked(v)</c> are
/// conversions like a cast, so the exp of a converted logit is an exp of that logit, raw or shifted. Look-alikes stay
/// silent: the same conversion shifted by the maximum, a shift done in <c>T</c> by the operations object
/// (<c>ops.Subtract</c>, opaque) or after <c>ops.GreaterThan</c> found the maximum, and a parse
/// (<c>Convert.ToDouble(string)</c>), which is no conversion of a number.
/// </summary>
public class SoftmaxModelNumericConversionTests
{
    [Theory]
    [InlineData("ops.ToDouble(x[j])")]
    [InlineData("Convert.ToDouble(x[j])")]
    [InlineData("double.CreateChecked(x[j])")]
    [InlineData("ops.ToDouble(x[j]) / t")]
    public void ConvertedLogit_IsARawExpArgument(string exponent)
    {
        var model = ModelDescriptions.Method(Source(exponent, maximum: ""), "F");
        var exp = Assert.Single(Assert.Single(model.Sites).Exps.Distinct());
        Assert.NotEmpty(model.ExpArgument(exp).RawRoots);
        Assert.False(model.ExpArgument(exp).IsOpaque);
        Assert.False(model.IsShiftedByAMaximum(exp));
    }

    [Theory]
    [InlineData("ops.ToDouble(x[j]) - max", "max = Math.Max(max, ops.ToDouble(x[j]));")]
    [InlineData("Convert.ToDouble(x[j]) - max", "max = Math.Max(max, Convert.ToDouble(x[j]));")]
    public void ConvertedLogit_ShiftedByTheMaximumOfTheConvertedRow(string exponent, string maximum)
    {
        var model = ModelDescriptions.Method(Source(exponent, maximum), "F");
        var exp = Assert.Single(Assert.Single(model.Sites).Exps.Distinct());
        Assert.True(model.IsShiftedByAMaximum(exp));
    }

    [Theory]
    [InlineData("ops.ToDouble(x[j])", "", "LG0003")]
    [InlineData("Convert.ToDouble(x[j])", "", "LG0003")]
    [InlineData("double.CreateChecked(x[j])", "", "LG0003")]
    [InlineData("ops.ToDouble(x[j]) - max", "max = Math.Max(max, ops.ToDouble(x[j]));", "")]
    [InlineData("ops.ToDouble(ops.Subtract(x[j], top))", "if (ops.GreaterThan(x[j], top)) top = x[j];", "")]
    [InlineData("(ops.ToDouble(x[j]) - ops.ToDouble(top)) / t", "if (ops.GreaterThan(x[j], top)) top = x[j];", "")]
    [InlineData("Convert.ToDouble(text[j])", "", "")]
    public async Task Analyzer_ReportsOnlyRawConvertedLogits(string exponent, string maximum, string expected)
    {
        var compilation = FixRunner.CompileRecreation(Source(exponent, maximum));
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        var ids = (await FixRunner.AnalyzeAsync(compilation)).Select(d => d.Id).Where(id => id.StartsWith("LG", StringComparison.Ordinal) || id == "AD0001");
        Assert.Equal(expected, string.Join(" ", ids));
    }

    private static string Source(string exponent, string maximum) => $$"""
        using System;
        using System.Numerics;

        interface IOps<T> {
            double ToDouble(T value);
            T FromDouble(double value);
            T Subtract(T left, T right);
            bool GreaterThan(T left, T right);
        }

        static class Layer {
            static void F<T>(IOps<T> ops, T[] x, string[] text, T[] y, double t) where T : INumberBase<T> {
                double max = double.NegativeInfinity;
                T top = x[0];
                for (int j = 0; j < x.Length; j++) {
                    {{maximum}}
                }
                var e = new double[x.Length];
                double sum = 0;
                for (int j = 0; j < x.Length; j++) {
                    e[j] = Math.Exp({{exponent}});
                    sum += e[j];
                }
                for (int j = 0; j < x.Length; j++) y[j] = ops.FromDouble(e[j] / sum);
            }
        }
        """;
}
