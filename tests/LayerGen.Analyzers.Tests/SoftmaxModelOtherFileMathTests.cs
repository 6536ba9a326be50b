using LayerGen.Analyzers.Tests.Verification;
using Microsoft.CodeAnalysis;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Exps and maxima that come from another file of the project, where the analyzer cannot bind the callee's body (it has
/// only the analysed file's semantic model): an exp helper of any name that only returns the exp of its parameter
/// (Real46: NeuralNetwork.NET's <c>ActivationFunctions.Softmax(float x) =&gt; (float)Math.Exp(x)</c>), and a math shim
/// that forwards to the system function of its own name (Real46: KelpNet's <c>MathF</c>, used through
/// <c>using Math = KelpNet.MathF;</c>). Both are read from their syntax (<c>SystemMathForwarders</c>). Helpers that do
/// more than forward (a sigmoid, an ELU, an exp of the negated parameter, a capped exp) and a shim that calls its own
/// type stay no exps.
/// </summary>
public class SoftmaxModelOtherFileMathTests
{
    private const string ActivationFile = """
        using System;

        namespace Lib;

        public static class Act {
            public static float Softmax(float x) => (float)Math.Exp(x);
            public static float Weight(float x) { return (float)System.Math.Exp((double)x); }
            public static T Generic<T>(T x) where T : System.Numerics.IExponentialFunctions<T> => T.Exp(x);
            public static float Sigmoid(float x) => 1f / (1f + MathF.Exp(-x));
            public static float Elu(float x) => MathF.Exp(x) - 1f;
            public static float Decay(float x) => MathF.Exp(-x);
            public static float Capped(float x) => MathF.Exp(MathF.Min(x, 80f));
            public static float Bounded(float x) => BoundMath.Exp(x);
        }

        public static class BoundMath {
            public static float Exp(float x) => x > 80f ? float.MaxValue : MathF.Exp(x);
        }

        /// <summary>A netstandard2.0 library's own MathF.</summary>
        public static class MathF2 {
            public static float Exp(float x) { return (float)Math.Exp(x); }
            public static float Max(float x, float y) => (float)Math.Max(x, y);
        }

        /// <summary>A shim named Math whose Exp calls itself, not System.Math: no shim.</summary>
        public static class Math {
            public static float Exp(float x) => Math.Exp(x);
            public static float Max(float x, float y) => x > y ? x : y;
        }
        """;

    [Theory]
    [InlineData("Act.Softmax(x[j])")]
    [InlineData("Act.Weight(x[j])")]
    [InlineData("Act.Generic(x[j])")]
    [InlineData("MathF2.Exp(x[j])")]
    public void ExpFromAnotherFile_IsAnExpOfRawLogits(string call)
    {
        var model = ModelDescriptions.MethodBesideFiles("F", Layer(call, maxStep: null), ActivationFile);
        var exp = Assert.Single(Assert.Single(model.Sites).Exps.Distinct());
        Assert.NotEmpty(model.ExpArgument(exp).RawRoots);
        Assert.False(model.IsShiftedByAMaximum(exp));
    }

    [Theory]
    [InlineData("Act.Softmax(x[j] - max)", "if (x[j] > max) max = x[j];")]
    [InlineData("MathF2.Exp(x[j] - max)", "max = MathF2.Max(max, x[j]);")]
    public void ExpFromAnotherFile_ShiftedByTheRowMaximum(string call, string maxStep)
    {
        var model = ModelDescriptions.MethodBesideFiles("F", Layer(call, maxStep), ActivationFile);
        var exp = Assert.Single(Assert.Single(model.Sites).Exps.Distinct());
        Assert.True(model.IsShiftedByAMaximum(exp));
    }

    [Theory]
    [InlineData("Act.Softmax(x[j])", null, "LG0003")]
    [InlineData("Act.Generic(x[j])", null, "LG0003")]
    [InlineData("MathF2.Exp(x[j])", null, "LG0003")]
    [InlineData("Act.Softmax(x[j] - max)", "if (x[j] > max) max = x[j];", "")]
    [InlineData("MathF2.Exp(x[j] - max)", "max = MathF2.Max(max, x[j]);", "")]
    [InlineData("Act.Sigmoid(x[j])", null, "")]
    [InlineData("Act.Elu(x[j])", null, "")]
    [InlineData("Act.Decay(x[j])", null, "")]
    [InlineData("Act.Capped(x[j])", null, "")]
    [InlineData("Act.Bounded(x[j])", null, "")]
    [InlineData("Lib.Math.Exp(x[j])", null, "")]
    public async Task Analyzer_ReportsOnlyRawExpsFromAnotherFile(string call, string? maxStep, string expected)
    {
        var compilation = FixRunner.CompileRecreation(Layer(call, maxStep), ActivationFile);
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        var ids = (await FixRunner.AnalyzeAsync(compilation)).Select(d => d.Id);
        Assert.Equal(expected, string.Join(" ", ids));
    }

    [Fact]
    public async Task ShimUsedThroughAnAlias_ItsExpAndMaxAreTheSystemOnes()
    {
        // KelpNet's spelling: the layer's file aliases Math to the library's shim, so Math.Exp and Math.Max bind to it.
        static string AliasedLayer(bool shifted) => $$"""
            using Math = Lib.MathF2;

            static class Layer {
                static void F(float[] x, float[] y) {
                    float max = float.NegativeInfinity;
                    for (int j = 0; j < x.Length; j++) max = Math.Max(max, x[j]);
                    float sum = 0f;
                    for (int j = 0; j < x.Length; j++) { y[j] = Math.Exp(x[j]{{(shifted ? " - max" : "")}}); sum += y[j]; }
                    for (int j = 0; j < x.Length; j++) y[j] /= sum;
                }
            }
            """;

        var raw = await FixRunner.AnalyzeAsync(FixRunner.CompileRecreation(AliasedLayer(shifted: false), ActivationFile));
        var shifted = await FixRunner.AnalyzeAsync(FixRunner.CompileRecreation(AliasedLayer(shifted: true), ActivationFile));
        Assert.Equal("LG0003@8", string.Join(" ", raw.Select(d => $"{d.Id}@{d.Location.GetLineSpan().StartLinePosition.Line + 1}")));
        Assert.Empty(shifted);
    }

    private static string Layer(string call, string? maxStep) => $$"""
        using System;
        using Lib;

        static class Layer {
            static void F(float[] x, float[] y) {
                float max = float.NegativeInfinity;
                {{(maxStep is null ? "" : $"for (int j = 0; j < x.Length; j++) {maxStep}")}}
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
