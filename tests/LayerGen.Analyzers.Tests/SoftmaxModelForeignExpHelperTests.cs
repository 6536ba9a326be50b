using LayerGen.Analyzers.Tests.Verification;
using Microsoft.CodeAnalysis;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// The model on an exp helper declared by another type of the same file (Real46: NeuralNetwork.NET's
/// <c>ActivationFunctions.Softmax(float x) =&gt; (float)Math.Exp(x)</c>, called by its CPU softmax layer): the helper is an
/// exp whatever its name, so the layer gets a model and its raw exps are LG0003. Look-alikes whose helper is not only an
/// exp of its parameter (a sigmoid, an ELU, an exp of the negated parameter), and the same helper fed shifted logits,
/// stay silent.
/// </summary>
public class SoftmaxModelForeignExpHelperTests
{
    private const string Helpers = """
        static class Act {
            public static float Softmax(float x) => (float)Math.Exp(x);
            public static float Weight(float x) { return MathF.Exp(x); }
            public static float Sigmoid(float x) => 1f / (1f + MathF.Exp(-x));
            public static float Elu(float x) => MathF.Exp(x) - 1f;
            public static float Decay(float x) => MathF.Exp(-x);
        }
        """;

    [Theory]
    [InlineData("Act.Softmax(x[j])")]
    [InlineData("Act.Weight(x[j])")]
    [InlineData("Act.Softmax(x[j] / t)")]
    public void ExpHelperOfAnotherType_IsAnExpOfRawLogits(string call)
    {
        var model = ModelDescriptions.Method(Source(call, shifted: false), "F");
        var exp = Assert.Single(Assert.Single(model.Sites).Exps.Distinct());
        Assert.NotEmpty(model.ExpArgument(exp).RawRoots);
        Assert.False(model.IsShiftedByAMaximum(exp));
    }

    [Theory]
    [InlineData("Act.Softmax(x[j] - max)")]
    [InlineData("Act.Weight(x[j] - max)")]
    public void ExpHelperOfAnotherType_ShiftedByTheRowMaximum(string call)
    {
        var model = ModelDescriptions.Method(Source(call, shifted: true), "F");
        var exp = Assert.Single(Assert.Single(model.Sites).Exps.Distinct());
        Assert.True(model.IsShiftedByAMaximum(exp));
    }

    [Theory]
    [InlineData("Act.Softmax(x[j])", "LG0003")]
    [InlineData("Act.Softmax(x[j] - max)", "")]
    [InlineData("Act.Sigmoid(x[j])", "")]
    [InlineData("Act.Elu(x[j])", "")]
    [InlineData("Act.Decay(x[j])", "")]
    public async Task Analyzer_ReportsOnlyTheRawExpHelper(string call, string expected)
    {
        var compilation = FixRunner.CompileRecreation(Source(call, shifted: call.Contains("max")));
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        var ids = (await FixRunner.AnalyzeAsync(compilation)).Select(d => d.Id).Where(id => id.StartsWith("LG", StringComparison.Ordinal) || id == "AD0001");
        Assert.Equal(expected, string.Join(" ", ids));
    }

    private static string Source(string call, bool shifted) => $$"""
        using System;

        {{Helpers}}

        static class Layer {
            static void F(float[] x, float[] y, float t) {
                float max = float.NegativeInfinity;
                {{(shifted ? "for (int j = 0; j < x.Length; j++) max = Math.Max(max, x[j]);" : "")}}
                float sum = 0f;
                for (int j = 0; j < x.Length; j++) {
                    float v = {{call}};
                    y[j] = v;
                    sum += v;
                }
                for (int j = 0; j < x.Length; j++) y[j] /= sum;
            }
        }
        """;
}
