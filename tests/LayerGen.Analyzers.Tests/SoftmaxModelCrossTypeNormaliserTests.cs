using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// An un-shifted exp normalised by a helper of another type counts like one normalised by a helper of its own type
/// (Real58's Portfolio MaxEnt: <c>NormalizationHelper.Normalize(d)</c>, whose body calls its class's private
/// <c>_Normalize(values, values)</c> unqualified): a static utility class, a sibling it calls, an instance of another
/// type in a local or field. The same helpers over max-shifted exps, and another type's helper that does not divide by
/// the sum, stay silent.
/// </summary>
public class SoftmaxModelCrossTypeNormaliserTests
{
    private const string Helpers = """
        public static class Norm
        {
            public static void Normalize(IList<double> v) { double t = 0; for (int i = 0; i < v.Count; i++) t += v[i]; for (int i = 0; i < v.Count; i++) v[i] = v[i] / t; }
            public static void NormalizeVia(IList<double> values) { _Normalize(values, values); }
            public static void NormalizeArray(double[] values) => DivideBySum(values);
            public static void Twice(double[] values) { for (int i = 0; i < values.Length; i++) values[i] *= 2; }
            private static void _Normalize(IList<double> input, IList<double> output)
            {
                double denominator = 0;
                for (int i = 0; i < input.Count; i++) denominator += input[i];
                for (int i = 0; i < input.Count; i++) output[i] = input[i] / denominator;
            }
            private static void DivideBySum(double[] v)
            {
                double total = 0;
                foreach (var x in v) total += x;
                for (int i = 0; i < v.Length; i++) v[i] /= total;
            }
        }

        public sealed class Normaliser
        {
            public void Normalize(double[] v) { double t = 0; for (int i = 0; i < v.Length; i++) t += v[i]; for (int i = 0; i < v.Length; i++) v[i] /= t; }
        }
        """;

    [Theory]
    [InlineData("Norm.NormalizeVia(d);", "Math.Pow(Math.E, s[c])")]
    [InlineData("Norm.NormalizeVia(d);", "Math.Exp(s[c])")]
    [InlineData("Norm.Normalize(d);", "Math.Pow(Math.E, s[c])")]
    [InlineData("normaliser.Normalize(d);", "Math.Exp(s[c])")]
    [InlineData("var n = new Normaliser(); n.Normalize(d);", "Math.Exp(s[c])")]
    public async Task ARawExpNormalisedByAnotherTypesHelper_IsLG0003(string normalise, string exp)
    {
        Assert.Equal(new[] { "LG0003" }, await FixRunner.ReportedIdsAsync(Source(normalise, exp)));
    }

    [Theory]
    [InlineData("Norm.NormalizeVia(d);", "Math.Pow(Math.E, s[c] - m)")]
    [InlineData("Norm.NormalizeVia(d);", "Math.Exp(s[c] - m)")]
    [InlineData("Norm.NormalizeArray(d);", "Math.Exp(s[c] - m)")]
    [InlineData("normaliser.Normalize(d);", "Math.Exp(s[c] - m)")]
    [InlineData("Norm.Twice(d);", "Math.Exp(s[c])")]
    public async Task AShiftedExpOrAHelperThatDoesNotNormalise_IsSilent(string normalise, string exp)
    {
        Assert.Empty(await FixRunner.ReportedIdsAsync(Source(normalise, exp)));
    }

    [Fact]
    public async Task TheSameSiblingHelperCalledPerRowOfAJaggedBatch_IsLG0003()
    {
        var source = $$"""
            using System;
            using System.Collections.Generic;
            using System.Linq;
            {{Helpers}}
            public class Tagger
            {
                public double[][] Run(double[][] scores)
                {
                    var probs = new double[scores.Length][];
                    for (int w = 0; w < scores.Length; w++)
                    {
                        probs[w] = new double[scores[w].Length];
                        for (int c = 0; c < scores[w].Length; c++)
                        {
                            probs[w][c] = Math.Pow(Math.E, scores[w][c]);
                        }
                        Norm.NormalizeVia(probs[w]);
                    }
                    return probs;
                }
            }
            """;
        Assert.Equal(new[] { "LG0003" }, await FixRunner.ReportedIdsAsync(source));
    }

    private static string Source(string normalise, string exp) =>
        NormaliserSources.Classifier("using System;\nusing System.Collections.Generic;\nusing System.Linq;\n" + Helpers, normalise, exp, isSealed: false);
}
