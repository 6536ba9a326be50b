using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// A recursive max or sum helper folds the range its outermost call starts (HeldOut77's pinned misses): an index walk
/// whose element folds a row itself through a LINQ lambda (<c>SumFrom(tokens, peaks, t + 1)</c> over every token,
/// <c>NestedBatch_SequenceTotal</c>), a walk downwards (<c>Peak(c, upto - 1)</c>) and a memoised one (a
/// <c>Dictionary</c> or a nullable table, <c>Memo_ClassPeakCache</c>). Too wide a range is the call's choice, so the
/// finding is reported at the call (LG0001, LG0002, LG0004); the same helpers given one row are silent, and so are
/// recursions with a shifted exp. Broken or odd memoised recursions never make the analyzer throw.
/// </summary>
public class SoftmaxModelRecursiveRangeTests
{
    /// <summary>
    /// Jagged sequences of tokens, one softmax per token: the recursive sum over every token of a sequence (each token's
    /// exps summed by a LINQ lambda) as the token's normaliser is LG0002 at the call; the per-token recursive sum over
    /// the classes is silent.
    /// </summary>
    [Theory]
    [InlineData("double", "Math.Exp", "t == tokens.Length ? 0.0 : tokens[t].Sum(v => Math.Exp(v - peaks[t])) + SumFrom(tokens, peaks, t + 1)")]
    [InlineData("float", "MathF.Exp", "t >= tokens.Length ? 0f : SumFrom(tokens, peaks, t + 1) + tokens[t].Select(v => MathF.Exp(v - peaks[t])).Sum()")]
    [InlineData("double", "Math.Exp", "t < tokens.Length ? tokens[t].Aggregate(0.0, (a, v) => a + Math.Exp(v - peaks[t])) + SumFrom(tokens, peaks, t + 1) : 0")]
    public async Task LambdaElementOverEveryToken_IsLG0002AtTheCall_PerTokenSilent(string type, string exp, string body)
    {
        var source = $$"""
            using System;
            using System.Linq;

            public static class Repro
            {
                static {{type}} SumFrom({{type}}[][] tokens, {{type}}[] peaks, int t) => {{body}};

                static {{type}} SumExp({{type}}[] row, {{type}} peak, int j) => j == row.Length ? 0 : {{exp}}(row[j] - peak) + SumExp(row, peak, j + 1);

                public static {{type}}[][] SequenceTotal({{type}}[][] tokens)
                {
                    {{type}}[] peaks = Array.ConvertAll(tokens, row => row.Max());
                    {{type}} z = SumFrom(tokens, peaks, 0); //~ LG0002
                    var y = new {{type}}[tokens.Length][];
                    for (int t = 0; t < tokens.Length; t++)
                    {
                        {{type}} peak = peaks[t];
                        y[t] = Array.ConvertAll(tokens[t], v => {{exp}}(v - peak) / z);
                    }
                    return y;
                }

                public static {{type}}[][] PerToken({{type}}[][] tokens)
                {
                    var y = new {{type}}[tokens.Length][];
                    for (int t = 0; t < tokens.Length; t++)
                    {
                        {{type}} peak = tokens[t].Max();
                        {{type}} z = SumExp(tokens[t], peak, 0);
                        y[t] = Array.ConvertAll(tokens[t], v => {{exp}}(v - peak) / z);
                    }
                    return y;
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    /// <summary>
    /// A recursive sum over a flat row-major buffer given the whole buffer (per-row max) is LG0002 at the call, as the
    /// halving sums are; the same helper given one row's range is silent.
    /// </summary>
    [Theory]
    [InlineData("float", "MathF", "static float Total(float[] e, int j, int end) => j == end ? 0f : e[j] + Total(e, j + 1, end);")]
    [InlineData("double", "Math", "static double Total(double[] e, int j, int end) { if (j >= end) return 0; return Total(e, j + 1, end) + e[j]; }")]
    [InlineData("double", "Math", "static double Total(double[] e, int j, int end) => j == end - 1 ? e[j] : e[j] + Total(e, j + 1, end);")]
    [InlineData("float", "MathF", "static float Total(float[] e, int j, int end) => j == end - 1 ? e[end - 1] : Total(e, j + 1, end) + e[j];")]
    public async Task FlatWholeBufferRecursiveSum_IsLG0002AtTheCall_PerRowSilent(string type, string math, string helper)
    {
        var source = $$"""
            using System;

            public static class Repro
            {
                {{helper}}

                public static {{type}}[] Whole({{type}}[] x, int n)
                {
                    var y = new {{type}}[x.Length];
                    for (int o = 0; o < x.Length; o += n)
                    {
                        {{type}} m = {{type}}.NegativeInfinity;
                        for (int j = 0; j < n; j++) m = {{math}}.Max(m, x[o + j]);
                        for (int j = 0; j < n; j++) y[o + j] = {{math}}.Exp(x[o + j] - m);
                    }
                    {{type}} z = Total(y, 0, y.Length); //~ LG0002
                    for (int i = 0; i < y.Length; i++) y[i] /= z;
                    return y;
                }

                public static {{type}}[] PerRow({{type}}[] x, int n)
                {
                    var y = new {{type}}[x.Length];
                    for (int o = 0; o < x.Length; o += n)
                    {
                        {{type}} m = {{type}}.NegativeInfinity;
                        for (int j = 0; j < n; j++) m = {{math}}.Max(m, x[o + j]);
                        for (int j = 0; j < n; j++) y[o + j] = {{math}}.Exp(x[o + j] - m);
                        {{type}} z = Total(y, o, o + n);
                        for (int j = 0; j < n; j++) y[o + j] /= z;
                    }
                    return y;
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    /// <summary>Spellings of a prefix max walked downwards, <c>Peak(…, upto)</c> over indices 0..upto of <c>{x}</c>'s walked axis (<c>{at}</c>).</summary>
    public static TheoryData<string, string> DownwardPeaks => new()
    {
        // Unmemoised, expression-bodied, seeded with the element at 0.
        { "{t} Peak(int c, int upto) => upto == 0 ? {at0} : {M}(Peak(c, upto - 1), {at});", "float" },
        // The base written with the index, and a ternary max.
        { "{t} Peak(int c, int upto) => upto <= 0 ? {atUpto} : ({at} > Peak(c, upto - 1) ? {at} : Peak(c, upto - 1));", "double" },
        // Seeded with -inf below 0.
        { "{t} Peak(int c, int upto) { if (upto < 0) return {t}.NegativeInfinity; return {M}({at}, Peak(c, upto - 1)); }", "double" },
        // Memoised in a dictionary.
        { "{t} Peak(int c, int upto) { if (_memo.TryGetValue((c, upto), out {t} hit)) return hit; {t} v = upto == 0 ? {at0} : {M}(Peak(c, upto - 1), {at}); _memo[(c, upto)] = v; return v; }", "float" },
        // Memoised in a nullable table.
        { "{t} Peak(int c, int upto) { if (_table[c, upto] is {t} known) return known; {t} v = upto == 0 ? {at0} : {M}(Peak(c, upto - 1), {at}); _table[c, upto] = v; return v; }", "double" },
        // Memoised in a dictionary, the store in the return.
        { "{t} Peak(int c, int upto) { if (_memo.TryGetValue((c, upto), out var hit)) return hit; return _memo[(c, upto)] = upto == 0 ? {at0} : {M}(Peak(c, upto - 1), {at}); }", "float" },
        // Memoised with HasValue / Value and Add.
        { "{t} Peak(int c, int upto) { if (_table[c, upto].HasValue) return _table[c, upto]!.Value; {t} v = upto == 0 ? {at0} : {M}({at}, Peak(c, upto - 1)); _table[c, upto] = v; return v; }", "float" },
    };

    /// <summary>
    /// Jagged <c>x[batch][classes]</c>: the per-class peak walked down the batch axis (<c>Peak(c, batch - 1)</c>, memoised
    /// or not) with per-sample sums is LG0004 at the call (<c>Memo_ClassPeakCache</c>); the twin walks a sample's classes
    /// (<c>Peak(b, classes - 1)</c>, the per-sample max) and is silent.
    /// </summary>
    [Theory]
    [MemberData(nameof(DownwardPeaks))]
    public async Task DownwardPeak_AlongTheBatchIsLG0004AtTheCall_AlongTheClassesSilent(string peak, string type)
    {
        var math = type == "float" ? "MathF" : "Math";
        string Helper(string at, string at0, string atUpto) => peak.Replace("{t}", type).Replace("{M}", math + ".Max").Replace("{at0}", at0).Replace("{atUpto}", atUpto).Replace("{at}", at);
        var source = $$"""
            using System;
            using System.Collections.Generic;

            public sealed class ClassPeaks
            {
                private readonly {{type}}[][] _x;
                private readonly Dictionary<(int, int), {{type}}> _memo = new();
                private readonly {{type}}?[,] _table;

                public ClassPeaks({{type}}[][] x)
                {
                    _x = x;
                    _table = new {{type}}?[x.Length, x[0].Length];
                }

                private {{Helper("_x[upto][c]", "_x[0][c]", "_x[upto][c]")}}

                public {{type}}[][] Softmax()
                {
                    int classes = _x[0].Length;
                    var peak = new {{type}}[classes];
                    for (int c = 0; c < classes; c++)
                    {
                        peak[c] = Peak(c, _x.Length - 1); //~ LG0004
                    }

                    var y = new {{type}}[_x.Length][];
                    for (int b = 0; b < _x.Length; b++)
                    {
                        var e = new {{type}}[classes];
                        {{type}} z = 0;
                        for (int c = 0; c < classes; c++)
                        {
                            e[c] = {{math}}.Exp(_x[b][c] - peak[c]);
                            z += e[c];
                        }
                        for (int c = 0; c < classes; c++) e[c] /= z;
                        y[b] = e;
                    }
                    return y;
                }
            }

            public sealed class SamplePeaks
            {
                private readonly {{type}}[][] _x;
                private readonly Dictionary<(int, int), {{type}}> _memo = new();
                private readonly {{type}}?[,] _table;

                public SamplePeaks({{type}}[][] x)
                {
                    _x = x;
                    _table = new {{type}}?[x.Length, x[0].Length];
                }

                private {{Helper("_x[c][upto]", "_x[c][0]", "_x[c][upto]")}}

                public {{type}}[][] Softmax()
                {
                    int classes = _x[0].Length;
                    var y = new {{type}}[_x.Length][];
                    for (int b = 0; b < _x.Length; b++)
                    {
                        {{type}} m = Peak(b, classes - 1);
                        var e = new {{type}}[classes];
                        {{type}} z = 0;
                        for (int c = 0; c < classes; c++)
                        {
                            e[c] = {{math}}.Exp(_x[b][c] - m);
                            z += e[c];
                        }
                        for (int c = 0; c < classes; c++) e[c] /= z;
                        y[b] = e;
                    }
                    return y;
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    /// <summary>
    /// Two-dimensional <c>x[rows, cols]</c> and a flat row-major buffer: a static downward max from the last index of the
    /// whole buffer with per-row sums is LG0001 at the call; a downward max stopping at the row's first index is silent.
    /// </summary>
    [Theory]
    [InlineData("double", "Math")]
    [InlineData("float", "MathF")]
    public async Task DownwardMax_WholeBufferIsLG0001AtTheCall_PerRowSilent(string type, string math)
    {
        var source = $$"""
            using System;

            public static class Repro
            {
                static {{type}} Down({{type}}[] x, int lo, int i) => i == lo ? x[lo] : {{math}}.Max(x[i], Down(x, lo, i - 1));

                static {{type}} Below({{type}}[,] x, int r, int j) => j < 0 ? {{type}}.NegativeInfinity : {{math}}.Max(Below(x, r, j - 1), x[r, j]);

                public static {{type}}[] FlatWhole({{type}}[] x, int n)
                {
                    var y = new {{type}}[x.Length];
                    {{type}} m = Down(x, 0, x.Length - 1); //~ LG0001
                    for (int o = 0; o < x.Length; o += n)
                    {
                        {{type}} s = 0;
                        for (int j = 0; j < n; j++) s += y[o + j] = {{math}}.Exp(x[o + j] - m);
                        for (int j = 0; j < n; j++) y[o + j] /= s;
                    }
                    return y;
                }

                public static {{type}}[] FlatPerRow({{type}}[] x, int n)
                {
                    var y = new {{type}}[x.Length];
                    for (int o = 0; o < x.Length; o += n)
                    {
                        {{type}} m = Down(x, o, o + n - 1);
                        {{type}} s = 0;
                        for (int j = 0; j < n; j++) s += y[o + j] = {{math}}.Exp(x[o + j] - m);
                        for (int j = 0; j < n; j++) y[o + j] /= s;
                    }
                    return y;
                }

                public static {{type}}[,] TwoDimensionalPerRow({{type}}[,] x)
                {
                    int rows = x.GetLength(0), cols = x.GetLength(1);
                    var y = new {{type}}[rows, cols];
                    for (int r = 0; r < rows; r++)
                    {
                        {{type}} m = Below(x, r, cols - 1);
                        {{type}} s = 0;
                        for (int j = 0; j < cols; j++) s += y[r, j] = {{math}}.Exp(x[r, j] - m);
                        for (int j = 0; j < cols; j++) y[r, j] /= s;
                    }
                    return y;
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    /// <summary>
    /// Memoised recursions the reading does not know (a lookup of another cache or key, a store of something else, a
    /// second early return) and broken ones: no throw (no AD0001).
    /// </summary>
    [Theory]
    [InlineData("double Peak(int c, int upto) { if (_memo.TryGetValue((upto, c), out double hit)) return hit; double v = upto == 0 ? _x[0][c] : Math.Max(Peak(c, upto - 1), _x[upto][c]); _memo[(c, upto)] = v; return v; }")]
    [InlineData("double Peak(int c, int upto) { if (_memo.TryGetValue((c, upto), out double hit)) return hit; double v = upto == 0 ? _x[0][c] : Math.Max(Peak(c, upto - 1), _x[upto][c]); _memo[(c, upto)] = 0; return v; }")]
    [InlineData("double Peak(int c, int upto) { if (_memo.TryGetValue((c, upto), out double hit)) return hit; double v = upto == 0 ? _x[0][c] : Math.Max(Peak(c, upto - 1), _x[upto][c]); _memo[(c, upto)] = v; return v }")]
    [InlineData("double Peak(int c, int upto) { if (_memo.TryGetValue((c, upto), out double hit)) return Peak(c, upto); double v = Peak(c, upto - 1); _memo[(c, upto)] = v; return v; }")]
    [InlineData("double Peak(int c, int upto) { if (_memo.TryGetValue((c, upto), out double hit)) return hit; return _memo[(c, upto)] = Math.Max(Peak(c, upto + 1), Peak(c, upto - 1)); }")]
    [InlineData("double Peak(int c, int upto) { if (_memo[c] is double hit) return hit; return _memo[(c, upto)] = upto == 0 ? _x[0][c] : Math.Max(Peak(c, upto - 1), _x[upto][c]); }")]
    [InlineData("double Peak(int c, int upto) => upto == 0 ? _x[0][c] : Math.Max(Other(c, upto - 1), _x[upto][c]); double Other(int c, int upto) => Peak(c, upto - 1);")]
    public async Task OddMemoisedRecursion_NeverThrows(string helper)
    {
        var source = $$"""
            using System;
            using System.Collections.Generic;

            public sealed class Repro
            {
                private readonly double[][] _x;
                private readonly Dictionary<(int, int), double> _memo = new();

                public Repro(double[][] x) => _x = x;

                {{helper}}

                public double[] Row(int b)
                {
                    int classes = _x[0].Length;
                    var e = new double[classes];
                    double z = 0;
                    for (int c = 0; c < classes; c++) z += e[c] = Math.Exp(_x[b][c] - Peak(c, _x.Length - 1));
                    for (int c = 0; c < classes; c++) e[c] /= z;
                    return e;
                }
            }
            """;
        var compilation = FixRunner.CompileRecreation(source);
        var diagnostics = await FixRunner.AnalyzeAsync(compilation);
        Assert.DoesNotContain(diagnostics, diagnostic => diagnostic.Id == "AD0001");
    }
}
