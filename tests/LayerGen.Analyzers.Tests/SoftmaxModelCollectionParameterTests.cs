using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// A normaliser whose parameter is a collection interface (<c>IList&lt;double&gt;</c>, <c>IReadOnlyList&lt;double&gt;</c>,
/// <c>ICollection&lt;double&gt;</c>) and that counts it with <c>.Count</c>, called with an array (Real58's Portfolio
/// MaxEnt: <c>NormalizationHelper.Normalize(distribution)</c> → <c>_Normalize(IList&lt;double&gt; input, …)</c>): once
/// inlined, the count is the array's length. The exps are filled over a bound other than the array's own length (a
/// class-count property, a parameter), so only the inlined body ties the normaliser's walk to the filled slots. The same
/// normalisers over max-shifted exps, and a <c>List&lt;double&gt;</c> argument, behave the same way. No source imports
/// <c>System.Linq</c>: with it in scope, the unbound <c>array.Count</c> happened to read as the LINQ method group and the
/// walk was found; without it the inlined body did not bind.
/// </summary>
public class SoftmaxModelCollectionParameterTests
{
    private const string Helpers = """
        public static class Norm
        {
            public static void Normalize(IList<double> values) { _Normalize(values, values); }
            public static void NormalizeFor(IList<double> v)
            {
                double t = 0;
                for (int i = 0; i < v.Count; i++) t += v[i];
                for (int i = 0; i < v.Count; i++) v[i] = v[i] / t;
            }
            public static void NormalizeWhile(IList<double> v)
            {
                double t = 0;
                int i = 0;
                while (i < v.Count) { t += v[i]; i++; }
                for (int k = 0; k < v.Count; k++) v[k] /= t;
            }
            public static void NormalizeCollection(ICollection<double> source, IList<double> target)
            {
                double t = 0;
                foreach (var x in source) t += x;
                for (int i = 0; i < source.Count; i++) target[i] = target[i] / t;
            }
            public static double Total(IReadOnlyList<double> v)
            {
                double t = 0;
                for (int i = 0; i < v.Count; i++) t += v[i];
                return t;
            }
            private static void _Normalize(IList<double> input, IList<double> output)
            {
                double denominator = 0;
                for (int i = 0; i < input.Count; i++) denominator += input[i];
                for (int i = 0; i < input.Count; i++) output[i] = input[i] / denominator;
            }
        }
        """;

    private static readonly string[] Normalisers =
    {
        "Norm.Normalize(d);",
        "Norm.NormalizeFor(d);",
        "Norm.NormalizeWhile(d);",
        "Norm.NormalizeCollection(d, d);",
        "double t = Norm.Total(d); for (int k = 0; k < Classes; k++) d[k] /= t;",
    };

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var normalise in Normalisers)
        {
            data.Add(normalise, "c < Classes");
            data.Add(normalise, "c < n");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task ARawExpNormalisedThroughACollectionParameter_IsLG0003(string normalise, string bound)
    {
        Assert.Equal(new[] { "LG0003" }, await FixRunner.ReportedIdsAsync(Source(normalise, bound, "Math.Exp(s[c])")));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task AShiftedExpNormalisedThroughACollectionParameter_IsSilent(string normalise, string bound)
    {
        Assert.Empty(await FixRunner.ReportedIdsAsync(Source(normalise, bound, "Math.Exp(s[c] - m)")));
    }

    [Theory]
    [InlineData("Math.Pow(Math.E, s[c])", "LG0003")]
    [InlineData("Math.Pow(Math.E, s[c] - m)", null)]
    public async Task TheSameNormaliserGivenAList_IsReadTheSameWay(string exp, string? expected)
    {
        var source = ClassCounted("Classifier", "w", $$"""
            public List<double> Run(double[] s)
            {
                double m = double.MinValue; foreach (var v in s) m = Math.Max(m, v);
                var d = new List<double>();
                for (int c = 0; c < Classes; c++)
                {
                    d.Add({{exp}});
                }
                Norm.Normalize(d);
                return d;
            }
            """);
        Assert.Equal(Findings(expected), await FixRunner.ReportedIdsAsync(source));
    }

    [Theory]
    [InlineData("Math.Pow(Math.E, scores[w][c])", "LG0003")]
    [InlineData("Math.Pow(Math.E, scores[w][c] - top)", null)]
    public async Task PerRowOfAJaggedBatchOverAClassCount_IsReadTheSameWay(string exp, string? expected)
    {
        var source = ClassCounted("Tagger", "w0", $$"""
            public double[][] Run(double[][] scores)
            {
                var probs = new double[scores.Length][];
                for (int w = 0; w < scores.Length; w++)
                {
                    probs[w] = new double[Classes];
                    double top = double.MinValue;
                    for (int c = 0; c < Classes; c++) top = Math.Max(top, scores[w][c]);
                    for (int c = 0; c < Classes; c++)
                    {
                        probs[w][c] = {{exp}};
                    }
                    Norm.Normalize(probs[w]);
                }
                return probs;
            }
            """);
        Assert.Equal(Findings(expected), await FixRunner.ReportedIdsAsync(source));
    }

    private static string Source(string normalise, string bound, string exp) => ClassCounted("Classifier", "w", $$"""
        public double[] Run(double[] s, int n)
        {
            double m = double.MinValue; foreach (var v in s) m = Math.Max(m, v);
            var d = new double[Classes];
            for (int c = 0; {{bound}}; c++)
            {
                d[c] = {{exp}};
            }
            {{normalise}}
            return d;
        }
        """);

    /// <summary>
    /// A class <paramref name="type"/> beside the <see cref="Helpers"/>, whose class count <c>Classes</c> is the length of its
    /// weight field <paramref name="weights"/>, holding <paramref name="run"/>.
    /// </summary>
    private static string ClassCounted(string type, string weights, string run) => $$"""
        using System;
        using System.Collections.Generic;
        {{Helpers}}
        public class {{type}}
        {
            private readonly double[] {{weights}} = new double[4];
            private int Classes => {{weights}}.Length;

        {{run}}
        }
        """;

    /// <summary>The one finding expected, or none.</summary>
    private static string[] Findings(string? expected) => expected is null ? System.Array.Empty<string>() : new[] { expected };
}
