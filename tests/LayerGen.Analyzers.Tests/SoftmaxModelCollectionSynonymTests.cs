using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Immutable collections read as the LINQ and list calls they mirror (HeldOut85's miss
/// <c>ImmutableListBuilder_BatchTotal</c>, WellKnownSymbols.CollectionSynonyms.cs): <c>ToImmutableArray()</c> is
/// <c>ToArray()</c>; <c>ImmutableList&lt;T&gt;.ConvertAll</c> is <c>List&lt;T&gt;.ConvertAll</c>. One partition over every
/// list's exps is LG0002 (each list's exps, divided by the sum over all lists, no longer sums to 1); its per-row twin is
/// silent. (The dictionary copies, <c>ToFrozenDictionary</c> and the immutable dictionaries, are in the table too; a
/// softmax through them is tested in <see cref="SoftmaxModelCollectionMapTests"/>.)
/// </summary>
public class SoftmaxModelCollectionSynonymTests
{
    /// <summary><c>ImmutableList&lt;T&gt;.ConvertAll</c> rows of shifted exps, made by <c>ToArray()</c> or <c>ToImmutableArray()</c>.</summary>
    [Theory]
    [InlineData("double[]", "ToArray")]
    [InlineData("ImmutableArray<double>", "ToImmutableArray")]
    public async Task ImmutableListConvertAll_BatchTotalIsLG0002_RowTotalSilent(string row, string copy)
    {
        var source = $$"""
            using System;
            using System.Collections.Generic;
            using System.Collections.Immutable;
            using System.Linq;

            public static class Repro
            {
                public static List<double[]> BatchTotal(ImmutableList<{{row}}> rows)
                {
                    ImmutableList<{{row}}> exps = rows.ConvertAll(r => { double m = r.Max(); return r.Select(v => Math.Exp(v - m)).{{copy}}(); });
                    double z = 0.0;
                    foreach ({{row}} e in exps)
                    {
                        foreach (double v in e)
                            z += v; //~ LG0002
                    }

                    var output = new List<double[]>();
                    foreach ({{row}} e in exps)
                        output.Add(e.Select(v => v / z).ToArray());
                    return output;
                }

                public static List<double[]> RowTotal(ImmutableList<{{row}}> rows)
                {
                    ImmutableList<{{row}}> exps = rows.ConvertAll(r => { double m = r.Max(); return r.Select(v => Math.Exp(v - m)).{{copy}}(); });
                    var output = new List<double[]>();
                    foreach ({{row}} e in exps)
                    {
                        double z = 0.0;
                        foreach (double v in e)
                            z += v;
                        output.Add(e.Select(v => v / z).ToArray());
                    }

                    return output;
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }
}
