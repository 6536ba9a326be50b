using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// A call through a delegate the method cannot see — a <c>Func&lt;T, float&gt;</c> parameter of a generic helper, of a
/// local function, or a delegate local copied from one — is a per-element map of the element it is given:
/// <c>exp(logit(items[i]))</c> is a raw exp of <c>items</c> (HeldOut83's <c>SoftmaxBy_RawColumns</c>), and
/// <c>exp(value(sample[k]) - shift)</c> summed over every sample is a batch total (HeldOut94's
/// <c>StaticAbstract_SharedNormaliser</c>). Shifted maps, per-sample totals and index delegates stay silent.
/// </summary>
public class SoftmaxModelDelegateMapTests
{
    /// <summary>Element types and their exp.</summary>
    public static TheoryData<string, string> Types => new()
    {
        { "float", "MathF.Exp" },
        { "double", "Math.Exp" },
        { "double", "double.Exp" },
    };

    /// <summary>A generic helper over one list with a selector: a raw exp is LG0003; the max-shifted one is silent.</summary>
    [Theory]
    [MemberData(nameof(Types))]
    public async Task GenericSelector_RawExpIsLG0003_ShiftedSilent(string type, string exp)
    {
        var source = $$"""
            using System;
            using System.Collections.Generic;

            public static class Repro
            {
                public static {{type}}[] Raw<T>(IReadOnlyList<T> items, Func<T, {{type}}> logit)
                {
                    var w = new {{type}}[items.Count];
                    {{type}} z = 0;
                    for (int i = 0; i < w.Length; i++)
                    {
                        w[i] = {{exp}}(logit(items[i])); //~ LG0003
                        z += w[i];
                    }
                    for (int i = 0; i < w.Length; i++) w[i] /= z;
                    return w;
                }

                public static {{type}}[] Shifted<T>(IReadOnlyList<T> items, Func<T, {{type}}> logit)
                {
                    var w = new {{type}}[items.Count];
                    {{type}} m = {{type}}.NegativeInfinity;
                    for (int i = 0; i < w.Length; i++) m = Math.Max(m, logit(items[i]));
                    {{type}} z = 0;
                    for (int i = 0; i < w.Length; i++)
                    {
                        w[i] = {{exp}}(logit(items[i]) - m);
                        z += w[i];
                    }
                    for (int i = 0; i < w.Length; i++) w[i] /= z;
                    return w;
                }

                public static {{type}}[] ShiftedForeach<T>(T[] items, Func<T, {{type}}> logit)
                {
                    {{type}} m = {{type}}.NegativeInfinity;
                    foreach (T item in items) if (logit(item) > m) m = logit(item);
                    var w = new {{type}}[items.Length];
                    {{type}} z = 0;
                    for (int i = 0; i < w.Length; i++) z += w[i] = {{exp}}(logit(items[i]) - m);
                    for (int i = 0; i < w.Length; i++) w[i] /= z;
                    return w;
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    /// <summary>
    /// A list of samples read through a selector, shifted by each sample's max: one denominator over every sample is
    /// LG0002; one per sample is silent.
    /// </summary>
    [Theory]
    [MemberData(nameof(Types))]
    public async Task SamplesThroughSelector_BatchDenominatorIsLG0002_PerSampleSilent(string type, string exp)
    {
        var source = $$"""
            using System;
            using System.Collections.Generic;

            public static class Repro
            {
                public static List<{{type}}[]> Batch<TElem>(List<TElem[]> samples, Func<TElem, {{type}}> value)
                {
                    var result = new List<{{type}}[]>();
                    {{type}} denominator = 0;
                    foreach (TElem[] sample in samples)
                    {
                        {{type}} shift = {{type}}.NegativeInfinity;
                        foreach (TElem t in sample) shift = Math.Max(shift, value(t));
                        var numer = new {{type}}[sample.Length];
                        for (int k = 0; k < sample.Length; k++)
                        {
                            numer[k] = {{exp}}(value(sample[k]) - shift);
                            denominator += numer[k]; //~ LG0002
                        }
                        result.Add(numer);
                    }
                    foreach (var numer in result) for (int k = 0; k < numer.Length; k++) numer[k] /= denominator;
                    return result;
                }

                public static List<{{type}}[]> PerSample<TElem>(List<TElem[]> samples, Func<TElem, {{type}}> value)
                {
                    var result = new List<{{type}}[]>();
                    foreach (TElem[] sample in samples)
                    {
                        {{type}} shift = {{type}}.NegativeInfinity;
                        foreach (TElem t in sample) shift = Math.Max(shift, value(t));
                        var numer = new {{type}}[sample.Length];
                        {{type}} denominator = 0;
                        for (int k = 0; k < sample.Length; k++)
                        {
                            numer[k] = {{exp}}(value(sample[k]) - shift);
                            denominator += numer[k];
                        }
                        for (int k = 0; k < numer.Length; k++) numer[k] /= denominator;
                        result.Add(numer);
                    }
                    return result;
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    /// <summary>
    /// The selector as a local function's parameter, and as a delegate local copied from the method's parameter: a raw
    /// exp is LG0003; a shifted one silent.
    /// </summary>
    [Theory]
    [MemberData(nameof(Types))]
    public async Task LocalFunctionAndDelegateLocal_RawIsLG0003_ShiftedSilent(string type, string exp)
    {
        var source = $$"""
            using System;

            public readonly record struct Item({{type}} Score);

            public static class Repro
            {
                public static {{type}}[] ViaLocalFunction(Item[] items)
                {
                    return Run(items, it => it.Score);

                    static {{type}}[] Run(Item[] xs, Func<Item, {{type}}> f)
                    {
                        var w = new {{type}}[xs.Length];
                        {{type}} z = 0;
                        for (int i = 0; i < xs.Length; i++) z += w[i] = {{exp}}(f(xs[i])); //~ LG0003
                        for (int i = 0; i < xs.Length; i++) w[i] /= z;
                        return w;
                    }
                }

                public static {{type}}[] ViaDelegateLocal<T>(T[] xs, Func<T, {{type}}> selector)
                {
                    Func<T, {{type}}> f = selector;
                    var w = new {{type}}[xs.Length];
                    {{type}} z = 0;
                    for (int i = 0; i < xs.Length; i++) z += w[i] = {{exp}}(f(xs[i])); //~ LG0003
                    for (int i = 0; i < xs.Length; i++) w[i] /= z;
                    return w;
                }

                public static {{type}}[] ShiftedDelegateLocal<T>(T[] xs, Func<T, {{type}}> selector)
                {
                    Func<T, {{type}}> f = selector;
                    {{type}} m = {{type}}.NegativeInfinity;
                    for (int i = 0; i < xs.Length; i++) m = Math.Max(m, f(xs[i]));
                    var w = new {{type}}[xs.Length];
                    {{type}} z = 0;
                    for (int i = 0; i < xs.Length; i++) z += w[i] = {{exp}}(f(xs[i]) - m);
                    for (int i = 0; i < xs.Length; i++) w[i] /= z;
                    return w;
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    /// <summary>
    /// Correct twins: an index delegate shifted by its own max, a selector whose results are exponentiated after the
    /// max of the same selector, and a bounded map (<c>Math.Tanh</c> of the selector) stay silent; so does a caller
    /// passing a lambda to a correct helper, per row of a matrix.
    /// </summary>
    [Theory]
    [MemberData(nameof(Types))]
    public async Task CorrectTwins_Silent(string type, string exp)
    {
        var source = $$"""
            using System;
            using System.Collections.Generic;
            using System.Linq;

            public static class Repro
            {
                public static {{type}}[] ByIndex(int n, Func<int, {{type}}> logit)
                {
                    {{type}} m = {{type}}.NegativeInfinity;
                    for (int i = 0; i < n; i++) m = Math.Max(m, logit(i));
                    var w = new {{type}}[n];
                    {{type}} z = 0;
                    for (int i = 0; i < n; i++) z += w[i] = {{exp}}(logit(i) - m);
                    for (int i = 0; i < n; i++) w[i] /= z;
                    return w;
                }

                public static {{type}}[] Bounded<T>(T[] xs, Func<T, {{type}}> f)
                {
                    var w = new {{type}}[xs.Length];
                    {{type}} z = 0;
                    for (int i = 0; i < xs.Length; i++) z += w[i] = {{exp}}(({{type}})(4 * Math.Tanh(f(xs[i]))));
                    for (int i = 0; i < xs.Length; i++) w[i] /= z;
                    return w;
                }

                public static {{type}}[] SoftmaxBy<T>(this IReadOnlyList<T> items, Func<T, {{type}}> logit)
                {
                    {{type}} m = items.Max(logit);
                    var w = new {{type}}[items.Count];
                    {{type}} z = 0;
                    for (int i = 0; i < w.Length; i++) z += w[i] = {{exp}}(logit(items[i]) - m);
                    for (int i = 0; i < w.Length; i++) w[i] /= z;
                    return w;
                }

                public static {{type}}[,] Rows({{type}}[,] x)
                {
                    int rows = x.GetLength(0), cols = x.GetLength(1);
                    int[] columns = Enumerable.Range(0, cols).ToArray();
                    var y = new {{type}}[rows, cols];
                    for (int r = 0; r < rows; r++)
                    {
                        {{type}}[] p = columns.SoftmaxBy(j => x[r, j]);
                        for (int j = 0; j < cols; j++) y[r, j] = p[j];
                    }
                    return y;
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }
}
