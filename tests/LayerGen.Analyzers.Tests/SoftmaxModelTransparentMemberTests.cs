using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// An anonymous-type member read in a later LINQ stage is the value its creation bound: query syntax compiles every
/// <c>let</c> to <c>Select(row =&gt; new { row, peak = … })</c> and later reads <c>t.peak</c>, <c>t1.t0.row</c> (HeldOut83's
/// blind misses <c>QueryLet_RawExpFlat</c>, LG0003 at a raw exp bound by a <c>let</c>, and <c>Chunk_FlatTotal</c>, LG0002 at
/// a sum over the exps of every chunk). The same reading covers hand-written anonymous objects, a <c>where</c> between
/// the stages and a second <c>from</c>; a <c>let</c> of a per-row (per-chunk, per-group) max stays a per-row max.
/// </summary>
public class SoftmaxModelTransparentMemberTests
{
    /// <summary>
    /// How the per-row exps of a jagged <c>x</c> are bound and normalised; <c>{exp}</c> is the exp call of <c>v</c> (raw or
    /// shifted), <c>{T}</c> the element type.
    /// </summary>
    public static TheoryData<string> RowQueries => new()
    {
        """
        (from row in x
                 let exps = row.Select(v => {exp}).ToArray() //~ MARK
                 let total = exps.Sum()
                 select exps.Select(e => e / total).ToArray()).ToArray()
        """,
        """
        (from row in x
                 let exps = row.Select(v => {exp}).ToArray() //~ MARK
                 where exps.Length > 0
                 let total = exps.Sum()
                 select (from e in exps select e / total).ToArray()).ToArray()
        """,
        """
        x.Select(row => new { row, exps = row.Select(v => {exp}).ToArray() }) //~ MARK
                 .Select(t => new { t.exps, total = t.exps.Sum() })
                 .Select(t => t.exps.Select(e => e / t.total).ToArray()).ToArray()
        """,
        """
        (from row in x
                 let peakless = row
                 let exps = (from v in peakless select {exp}).ToArray() //~ MARK
                 let total = exps.Sum()
                 select exps.Select(e => e / total).ToArray()).ToArray()
        """,
    };

    /// <summary>Raw exps are LG0003 at the exp; exps shifted by the row's own max (inline or by a let) are silent.</summary>
    [Theory]
    [MemberData(nameof(RowQueries))]
    public async Task JaggedRows_RawExpIsLG0003_RowShiftSilent(string query)
    {
        foreach (var (type, exp) in new[] { ("float", "MathF.Exp"), ("double", "Math.Exp") })
        {
            var raw = query.Replace("{exp}", exp + "(v)").Replace("MARK", "LG0003");
            var shifted = query.Replace("{exp}", exp + "(v - row.Max())").Replace(" //~ MARK", string.Empty);
            var source = $$"""
                using System;
                using System.Linq;

                public static class Repro
                {
                    public static {{type}}[][] Raw({{type}}[][] x) =>
                        {{raw}};

                    public static {{type}}[][] Shifted({{type}}[][] x) =>
                        {{shifted}};
                }
                """;
            await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
        }
    }

    /// <summary>
    /// A flat buffer walked by <c>Enumerable.Range</c> rows, the row offset and the exps bound by <c>let</c>
    /// (<c>QueryLet_RawExpFlat</c>): raw exps are LG0003.
    /// </summary>
    [Theory]
    [InlineData("float", "MathF.Exp")]
    [InlineData("double", "Math.Exp")]
    public async Task FlatRangeRows_RawExpIsLG0003(string type, string exp)
    {
        var source = $$"""
            using System;
            using System.Linq;

            public static class Repro
            {
                public static {{type}}[] Raw({{type}}[] x, int classes)
                {
                    int batch = x.Length / classes;
                    var probabilities =
                        from r in Enumerable.Range(0, batch)
                        let offset = r * classes
                        let exps = (from j in Enumerable.Range(0, classes)
                                    select {{exp}}(x[offset + j])).ToArray() //~ LG0003
                        let total = exps.Sum()
                        from e in exps
                        select e / total;
                    return probabilities.ToArray();
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    /// <summary>
    /// Exps shifted per chunk by a <c>let</c> peak: summed over every chunk they are LG0002 at the sum
    /// (<c>Chunk_FlatTotal</c>); summed per chunk by a second <c>let</c> they are a softmax per chunk, silent.
    /// </summary>
    [Theory]
    [InlineData("float", "MathF.Exp")]
    [InlineData("double", "Math.Exp")]
    public async Task Chunks_TotalOverAllChunksIsLG0002_PerChunkTotalSilent(string type, string exp)
    {
        var source = $$"""
            using System;
            using System.Linq;

            public static class Repro
            {
                public static {{type}}[] AllChunks({{type}}[] x, int classes)
                {
                    {{type}}[][] exps = (from chunk in x.Chunk(classes)
                                      let peak = chunk.Max()
                                      select chunk.Select(v => {{exp}}(v - peak)).ToArray()).ToArray();
                    {{type}} total = exps.Sum(e => e.Sum()); //~ LG0002
                    var y = new {{type}}[x.Length];
                    int k = 0;
                    foreach ({{type}}[] e in exps)
                        foreach ({{type}} v in e) y[k++] = v / total;
                    return y;
                }

                public static {{type}}[][] PerChunk({{type}}[] x, int classes) =>
                    (from chunk in x.Chunk(classes)
                     let peak = chunk.Max()
                     let exps = chunk.Select(v => {{exp}}(v - peak)).ToArray()
                     let total = exps.Sum()
                     select exps.Select(e => e / total).ToArray()).ToArray();
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    /// <summary>
    /// Group continuations with <c>let</c> folds and a second <c>from</c> (<c>QueryGroupInto_Sentences</c>): the per-group
    /// peak and normaliser read through two transparent identifiers stay per group, silent; raw exps are LG0003.
    /// </summary>
    [Fact]
    public async Task GroupInto_PerGroupLetsSilent_RawExpIsLG0003()
    {
        var source = """
            using System;
            using System.Collections.Generic;
            using System.Linq;

            public readonly record struct TokenScore(int Sentence, int Position, float Logit);

            public static class Repro
            {
                public static Dictionary<(int, int), float> PerGroup(IEnumerable<TokenScore> tokens) =>
                    (from t in tokens
                     group t by t.Sentence into g
                     let peak = g.Max(t => t.Logit)
                     let z = g.Sum(t => MathF.Exp(t.Logit - peak))
                     from t in g
                     select (Key: (t.Sentence, t.Position), P: MathF.Exp(t.Logit - peak) / z)).ToDictionary(e => e.Key, e => e.P);

                public static float[][] PerGroupRows(IEnumerable<TokenScore> tokens) =>
                    (from t in tokens
                     group t by t.Sentence into g
                     let peak = g.Max(u => u.Logit)
                     let z = g.Sum(u => MathF.Exp(u.Logit - peak))
                     select g.Select(u => MathF.Exp(u.Logit - peak) / z).ToArray()).ToArray();

                public static float[][] RawGroupRows(IEnumerable<TokenScore> tokens) =>
                    (from t in tokens
                     group t by t.Sentence into g
                     let z = g.Sum(u => MathF.Exp(u.Logit)) //~ LG0003
                     select g.Select(u => MathF.Exp(u.Logit) / z).ToArray()).ToArray(); //~ LG0003
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }
}
