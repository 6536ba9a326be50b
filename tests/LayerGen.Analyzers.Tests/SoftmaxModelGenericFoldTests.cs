using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// The file's own higher-order folds and comparison folds (HeldOut82's pinned misses): a generic <c>Fold</c>/<c>Reduce</c>
/// helper whose body walks its source and folds through its delegate parameter is read at each call as the
/// <c>Aggregate</c> its lambda or method group says (<c>GenericFold_PeakPerClass</c>, <c>GenericReduce_WholeBatchSum</c>);
/// a nested <c>Aggregate</c> whose inner fold is seeded with the outer accumulator spans every row
/// (<c>StaticLambda_BatchPeak</c>); a three-way comparison's sign is the comparison it spells
/// (<c>Comparison_WholeMatrixBest</c>). Correct twins: per-row seeds, one row given to the fold, different lambdas at
/// different calls, delegates written twice.
/// </summary>
public class SoftmaxModelGenericFoldTests
{
    /// <summary>Fold helpers with the <c>Aggregate</c> parameter order (source, seed, func), each named <c>Fold</c>.</summary>
    public static TheoryData<string> FoldHelpers => new()
    {
        "static TAcc Fold<T, TAcc>(IReadOnlyList<T> xs, TAcc seed, Func<TAcc, T, TAcc> f) { TAcc acc = seed; for (int i = 0; i < xs.Count; i++) acc = f(acc, xs[i]); return acc; }",
        "static TAcc Fold<T, TAcc>(IEnumerable<T> items, TAcc seed, Func<TAcc, T, TAcc> step) { TAcc acc = seed; foreach (T item in items) acc = step(acc, item); return acc; }",
        "static TAcc Fold<TAcc, T>(IReadOnlyList<T> xs, TAcc seed, Func<TAcc, T, TAcc> f) { var acc = seed; for (int i = 0; i < xs.Count; i++) { acc = f.Invoke(acc, xs[i]); } return acc; }",
        "static TAcc Fold<T, TAcc>(T[] xs, TAcc seed, Func<TAcc, T, TAcc> f) { TAcc acc = seed; for (int i = 0; i < xs.Length; i++) acc = f(acc, xs[i]); return acc; }",
        "static TAcc Fold<T, TAcc>(IEnumerable<T> xs, TAcc seed, Func<TAcc, T, TAcc> f) => xs.Aggregate(seed, f);",
        "static TAcc Fold<T, TAcc>(IReadOnlyList<T> xs, TAcc seed, Func<TAcc, T, TAcc> f) { TAcc acc = seed; { int i = 0; while (i < xs.Count) { acc = f(acc, xs[i]); i++; } } return acc; }",
        "static TAcc Fold<T, TAcc>(IEnumerable<T> items, TAcc seed, Func<TAcc, T, TAcc> f) { TAcc acc = Walk(); TAcc Walk() { TAcc a = seed; foreach (var item in items) a = f(a, item); return a; } return acc; }",
    };

    /// <summary>
    /// Jagged <c>float[batch][classes]</c>, one softmax per row. The per-row fold (max and sum through the same helper
    /// with different delegates) is silent; a peak over every row (LG0001), a peak per class down the batch (LG0004) and a
    /// normaliser over every row (LG0002) are reported at the fold's call.
    /// </summary>
    [Theory]
    [MemberData(nameof(FoldHelpers))]
    public async Task Jagged_OwnFold_ReadAsAggregate(string helper)
    {
        var source = $$"""
            using System;
            using System.Collections.Generic;
            using System.Linq;

            public static class Repro
            {
                {{helper}}

                public static float[][] PerRow(float[][] x)
                {
                    var y = new float[x.Length][];
                    for (int b = 0; b < x.Length; b++)
                    {
                        float[] row = x[b];
                        float peak = Fold(row, float.NegativeInfinity, MathF.Max);
                        var e = new float[row.Length];
                        for (int c = 0; c < row.Length; c++) e[c] = MathF.Exp(row[c] - peak);
                        float z = Fold(e, 0f, (a, v) => a + v);
                        for (int c = 0; c < row.Length; c++) e[c] /= z;
                        y[b] = e;
                    }
                    return y;
                }

                public static float[][] BatchPeak(float[][] x)
                {
                    float peak = Fold(x, float.NegativeInfinity, (acc, row) => MathF.Max(acc, row.Max())); //~ LG0001
                    var y = new float[x.Length][];
                    for (int b = 0; b < x.Length; b++)
                    {
                        var e = new float[x[b].Length];
                        float z = 0f;
                        for (int c = 0; c < e.Length; c++) z += e[c] = MathF.Exp(x[b][c] - peak);
                        for (int c = 0; c < e.Length; c++) e[c] /= z;
                        y[b] = e;
                    }
                    return y;
                }

                public static float[][] ClassPeak(float[][] x)
                {
                    int classes = x[0].Length;
                    var peak = new float[classes];
                    for (int c = 0; c < classes; c++)
                    {
                        int k = c;
                        peak[c] = Fold(x, float.NegativeInfinity, (acc, row) => MathF.Max(acc, row[k])); //~ LG0004
                    }
                    var y = new float[x.Length][];
                    for (int b = 0; b < x.Length; b++)
                    {
                        var e = new float[classes];
                        float z = 0f;
                        for (int c = 0; c < classes; c++) z += e[c] = MathF.Exp(x[b][c] - peak[c]);
                        for (int c = 0; c < classes; c++) e[c] /= z;
                        y[b] = e;
                    }
                    return y;
                }

                public static float[][] BatchSum(float[][] x)
                {
                    var e = new float[x.Length][];
                    for (int b = 0; b < x.Length; b++)
                    {
                        float m = x[b].Max();
                        e[b] = new float[x[b].Length];
                        for (int c = 0; c < e[b].Length; c++) e[b][c] = MathF.Exp(x[b][c] - m);
                    }
                    float z = Fold(e, 0f, (acc, row) => acc + row.Sum()); //~ LG0002
                    for (int b = 0; b < x.Length; b++)
                        for (int c = 0; c < e[b].Length; c++) e[b][c] /= z;
                    return e;
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    /// <summary>
    /// HeldOut82's <c>GenericReduce_WholeBatchSum</c> in double and float: <c>Reduce&lt;T&gt;(IEnumerable&lt;T&gt;, T,
    /// Func&lt;T, T, T&gt;)</c> is the per-row max over an index range and, over <c>e.Cast&lt;T&gt;()</c>, the whole-matrix
    /// sum (LG0002); the same helper summing one row is silent.
    /// </summary>
    [Theory]
    [InlineData("double", "Math")]
    [InlineData("float", "MathF")]
    public async Task RowMajor_GenericReduce_WholeBatchSumIsLG0002_RowSumSilent(string type, string math)
    {
        var source = $$"""
            using System;
            using System.Collections.Generic;
            using System.Linq;

            public static class Repro
            {
                private static T Reduce<T>(IEnumerable<T> items, T seed, Func<T, T, T> f)
                {
                    T acc = seed;
                    foreach (T item in items) acc = f(acc, item);
                    return acc;
                }

                public static {{type}}[,] Batch({{type}}[,] x)
                {
                    int rows = x.GetLength(0), cols = x.GetLength(1);
                    var e = new {{type}}[rows, cols];
                    for (int i = 0; i < rows; i++)
                    {
                        int row = i;
                        {{type}} m = Reduce(Enumerable.Range(0, cols).Select(j => x[row, j]), {{type}}.NegativeInfinity, {{math}}.Max);
                        for (int j = 0; j < cols; j++) e[i, j] = {{math}}.Exp(x[i, j] - m);
                    }

                    {{type}} z = Reduce(e.Cast<{{type}}>(), 0, static (a, b) => a + b); //~ LG0002
                    for (int i = 0; i < rows; i++)
                        for (int j = 0; j < cols; j++)
                            e[i, j] /= z;
                    return e;
                }

                public static {{type}}[,] PerRow({{type}}[,] x)
                {
                    int rows = x.GetLength(0), cols = x.GetLength(1);
                    var e = new {{type}}[rows, cols];
                    for (int i = 0; i < rows; i++)
                    {
                        int row = i;
                        {{type}} m = Reduce(Enumerable.Range(0, cols).Select(j => x[row, j]), {{type}}.NegativeInfinity, {{math}}.Max);
                        for (int j = 0; j < cols; j++) e[i, j] = {{math}}.Exp(x[i, j] - m);
                        {{type}} z = Reduce(Enumerable.Range(0, cols).Select(j => e[row, j]), 0, static (a, b) => a + b);
                        for (int j = 0; j < cols; j++) e[i, j] /= z;
                    }
                    return e;
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    /// <summary>
    /// A span fold (<c>Reduce&lt;T&gt;(ReadOnlySpan&lt;T&gt;, T, Func&lt;T, T, T&gt;)</c>) over a flat row-major buffer: each
    /// call given one row is silent; the peak folded over the whole buffer is LG0001.
    /// </summary>
    [Fact]
    public async Task Flat_SpanReduce_WholeBufferPeakIsLG0001_RowSliceSilent()
    {
        var source = """
            using System;

            public static class Repro
            {
                private static T Reduce<T>(ReadOnlySpan<T> source, T seed, Func<T, T, T> step)
                {
                    T acc = seed;
                    for (int i = 0; i < source.Length; i++) acc = step(acc, source[i]);
                    return acc;
                }

                public static float[] PerRow(float[] logits, int classes)
                {
                    var probs = new float[logits.Length];
                    for (int start = 0; start < logits.Length; start += classes)
                    {
                        float peak = Reduce<float>(logits.AsSpan(start, classes), float.NegativeInfinity, MathF.Max);
                        float z = 0f;
                        for (int j = start; j < start + classes; j++) z += probs[j] = MathF.Exp(logits[j] - peak);
                        for (int j = start; j < start + classes; j++) probs[j] /= z;
                    }
                    return probs;
                }

                public static float[] WholeBuffer(float[] logits, int classes)
                {
                    var probs = new float[logits.Length];
                    float peak = Reduce<float>(logits, float.NegativeInfinity, MathF.Max); //~ LG0001
                    for (int start = 0; start < logits.Length; start += classes)
                    {
                        float z = 0f;
                        for (int j = start; j < start + classes; j++) z += probs[j] = MathF.Exp(logits[j] - peak);
                        for (int j = start; j < start + classes; j++) probs[j] /= z;
                    }
                    return probs;
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    /// <summary>Spellings of a nested seeded fold of the rows: <c>{acc}</c> is the outer accumulator, <c>{seed}</c> its seed.</summary>
    public static TheoryData<string> NestedFolds => new()
    {
        "batch.Aggregate({seed}, static (acc, row) => row.Aggregate(acc, MathF.Max))",
        "batch.Aggregate({seed}, (acc, row) => row.Aggregate(acc, (a, v) => MathF.Max(a, v)))",
        "batch.Aggregate({seed}, (acc, row) => row.Aggregate(acc, (a, v) => a > v ? a : v))",
        "Enumerable.Aggregate(batch, {seed}, (acc, row) => Enumerable.Aggregate(row, acc, MathF.Max))",
    };

    /// <summary>
    /// HeldOut82's <c>StaticLambda_BatchPeak</c>: the inner <c>Aggregate</c> seeded with the outer accumulator carries the
    /// max through every row (LG0001); the same inner fold seeded per row with a constant is silent.
    /// </summary>
    [Theory]
    [MemberData(nameof(NestedFolds))]
    public async Task Jagged_NestedSeededAggregate_CarriedIsLG0001_PerRowSeedSilent(string fold)
    {
        var carried = fold.Replace("{seed}", "float.NegativeInfinity");
        var perRow = fold.Replace("batch.Aggregate({seed}, static (acc, row) => ", "").Replace("batch.Aggregate({seed}, (acc, row) => ", "")
            .Replace("Enumerable.Aggregate(batch, {seed}, (acc, row) => ", "").Replace(", acc,", ", float.NegativeInfinity,").Replace("(acc,", "(float.NegativeInfinity,");
        perRow = perRow.Substring(0, perRow.Length - 1);
        var source = $$"""
            using System;
            using System.Linq;

            public static class Repro
            {
                public static float[][] Batch(float[][] batch)
                {
                    float peak = {{carried}}; //~ LG0001
                    return batch.Select(row =>
                    {
                        float[] e = row.Select(v => MathF.Exp(v - peak)).ToArray();
                        float z = e.Sum();
                        return e.Select(v => v / z).ToArray();
                    }).ToArray();
                }

                public static float[][] PerRow(float[][] batch)
                {
                    return batch.Select(row =>
                    {
                        float peak = {{perRow}};
                        float[] e = row.Select(v => MathF.Exp(v - peak)).ToArray();
                        float z = e.Sum();
                        return e.Select(v => v / z).ToArray();
                    }).ToArray();
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    /// <summary>Spellings of "v is larger than best" as a three-way comparison's sign.</summary>
    public static TheoryData<string, string> ComparisonTests => new()
    {
        { "Comparison<{t}> cmp = (a, b) => a.CompareTo(b);", "cmp(v, best) > 0" },
        { "Comparison<{t}> cmp = (a, b) => a.CompareTo(b);", "cmp.Invoke(best, v) < 0" },
        { "Comparison<{t}> cmp = (a, b) => a.CompareTo(b);", "0 < cmp(v, best)" },
        { "Comparison<{t}> cmp = (a, b) => b.CompareTo(a);", "cmp(best, v) > 0" },
        { "Comparison<{t}> cmp = Comparer<{t}>.Default.Compare;", "cmp(v, best) >= 0" },
        { "var comparer = Comparer<{t}>.Default;", "comparer.Compare(v, best) > 0" },
        { "IComparer<{t}> comparer = Comparer<{t}>.Default;", "comparer.Compare(best, v) < 0" },
        { string.Empty, "v.CompareTo(best) > 0" },
        { string.Empty, "best.CompareTo(v) < 0" },
    };

    /// <summary>
    /// HeldOut82's <c>Comparison_WholeMatrixBest</c>: the max test spelled as a comparison's sign, over the whole 2D array
    /// (LG0001 at the test) and reset per row (silent), in float and double.
    /// </summary>
    [Theory]
    [MemberData(nameof(ComparisonTests))]
    public async Task RowMajor_ComparisonMaxTest_WholeMatrixIsLG0001_PerRowSilent(string declaration, string test)
    {
        foreach (var (type, math) in new[] { ("float", "MathF"), ("double", "Math") })
        {
            var declared = declaration.Replace("{t}", type);
            var source = $$"""
                using System;
                using System.Collections.Generic;

                public static class Repro
                {
                    public static {{type}}[,] Whole({{type}}[,] x)
                    {
                        {{declared}}
                        int rows = x.GetLength(0), cols = x.GetLength(1);
                        {{type}} best = {{type}}.NegativeInfinity;
                        foreach ({{type}} v in x) if ({{test}}) best = v; //~ LG0001
                        var y = new {{type}}[rows, cols];
                        for (int r = 0; r < rows; r++)
                        {
                            {{type}} sum = 0;
                            for (int c = 0; c < cols; c++) sum += y[r, c] = {{math}}.Exp(x[r, c] - best);
                            for (int c = 0; c < cols; c++) y[r, c] /= sum;
                        }
                        return y;
                    }

                    public static {{type}}[,] PerRow({{type}}[,] x)
                    {
                        {{declared}}
                        int rows = x.GetLength(0), cols = x.GetLength(1);
                        var y = new {{type}}[rows, cols];
                        for (int r = 0; r < rows; r++)
                        {
                            {{type}} best = {{type}}.NegativeInfinity;
                            for (int c = 0; c < cols; c++)
                            {
                                {{type}} v = x[r, c];
                                if ({{test}}) best = v;
                            }
                            {{type}} sum = 0;
                            for (int c = 0; c < cols; c++) sum += y[r, c] = {{math}}.Exp(x[r, c] - best);
                            for (int c = 0; c < cols; c++) y[r, c] /= sum;
                        }
                        return y;
                    }
                }
                """;
            await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
        }
    }

    /// <summary>
    /// Orders that are not known are not guessed: a <c>Comparison</c> written twice, a comparer built by
    /// <c>Comparer.Create</c>, and a fold delegate re-assigned to another method give no LG0001 at the test or the call.
    /// </summary>
    [Fact]
    public async Task UnknownOrders_AreNotReadAsMax()
    {
        var source = """
            using System;
            using System.Collections.Generic;
            using System.Linq;

            public static class Repro
            {
                static TAcc Fold<T, TAcc>(IEnumerable<T> items, TAcc seed, Func<TAcc, T, TAcc> f) { TAcc acc = seed; foreach (T item in items) acc = f(acc, item); return acc; }

                public static float[,] Twice(float[,] x, bool descending)
                {
                    Comparison<float> cmp = (a, b) => a.CompareTo(b);
                    if (descending) cmp = (a, b) => b.CompareTo(a);
                    float best = float.NegativeInfinity;
                    foreach (float v in x) if (cmp(v, best) > 0) best = v;
                    return Normalise(x, best);
                }

                public static float[,] Created(float[,] x)
                {
                    var comparer = Comparer<float>.Create((a, b) => b.CompareTo(a));
                    float best = float.NegativeInfinity;
                    foreach (float v in x) if (comparer.Compare(v, best) > 0) best = v;
                    return Normalise(x, best);
                }

                public static float[][] Reassigned(float[][] x, bool low)
                {
                    Func<float, float[], float> pick = (acc, row) => MathF.Max(acc, row.Max());
                    if (low) pick = (acc, row) => MathF.Min(acc, row.Min());
                    float peak = Fold(x, float.NegativeInfinity, pick);
                    return x.Select(row => { var e = row.Select(v => MathF.Exp(v - peak)).ToArray(); float z = e.Sum(); return e.Select(v => v / z).ToArray(); }).ToArray();
                }

                static float[,] Normalise(float[,] x, float best)
                {
                    int rows = x.GetLength(0), cols = x.GetLength(1);
                    var y = new float[rows, cols];
                    for (int r = 0; r < rows; r++)
                    {
                        float sum = 0f;
                        for (int c = 0; c < cols; c++) sum += y[r, c] = MathF.Exp(x[r, c] - best);
                        for (int c = 0; c < cols; c++) y[r, c] /= sum;
                    }
                    return y;
                }
            }
            """;
        var ids = await SourceMarkers.ReportedIdsAtLinesAsync(source);
        Assert.DoesNotContain("LG0001@14", ids);
        Assert.DoesNotContain("LG0001@22", ids);
        Assert.DoesNotContain("LG0001@30", ids);
    }
}
