using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// A row max kept in a user struct wrapping one float and folded through that float — a static <c>Max</c> comparing
/// <c>a.Value</c> with <c>b.Value</c>, an inline <c>if (x[i].Value &gt; best.Value) best = x[i];</c>, a user
/// <c>operator &gt;</c> — is the row's max, and <c>x[i] - best</c> through the struct's <c>operator -</c> is the shifted
/// logit (HeldOut94's <c>UserStruct_BatchPartition</c>: a batch partition was reported as LG0008 instead of LG0002).
/// Per-row partitions over the same folds stay silent.
/// </summary>
public class SoftmaxModelWrappedMaxTests
{
    /// <summary>Spellings of <c>{m} = max({m}, {v})</c> for a struct <c>S</c> wrapping <c>Value</c>.</summary>
    public static TheoryData<string, string> Folds => new()
    {
        { "best = S.Max(best, {v});", "float" },
        { "best = S.Max({v}, best);", "double" },
        { "best = S.Larger(best, {v});", "float" },
        { "if ({v}.Value > best.Value) best = {v};", "double" },
        { "if (best.Value < {v}.Value) { best = {v}; }", "float" },
        { "best = {v}.Value > best.Value ? {v} : best;", "double" },
        { "if ({v} > best) best = {v};", "float" },
    };

    private static string Struct(string type) => $$"""
        public readonly struct S
        {
            public S({{type}} value) => Value = value;
            public {{type}} Value { get; }
            public static S Max(S a, S b) => a.Value >= b.Value ? a : b;
            public static S Larger(S a, S b)
            {
                if (a.Value > b.Value) return a;
                return b;
            }
            public static bool operator >(S a, S b) => a.Value > b.Value;
            public static bool operator <(S a, S b) => a.Value < b.Value;
            public static S operator +(S a, S b) => new(a.Value + b.Value);
            public static S operator -(S a, S b) => new(a.Value - b.Value);
            public static implicit operator {{type}}(S s) => s.Value;
        }
        """;

    /// <summary>Flat row-major <c>S[]</c>: a partition over the batch is LG0002; per row it is silent.</summary>
    [Theory]
    [MemberData(nameof(Folds))]
    public async Task FlatRows_BatchPartitionIsLG0002_RowPartitionSilent(string fold, string type)
    {
        var exp = type == "float" ? "MathF.Exp" : "Math.Exp";
        var step = fold.Replace("{v}", "x[i]");
        var source = $$"""
            using System;

            {{Struct(type)}}

            public static class Repro
            {
                public static {{type}}[] Batch(S[] x, int width)
                {
                    var y = new {{type}}[x.Length];
                    S partition = new(0);
                    for (int row = 0; row < x.Length / width; row++)
                    {
                        S best = new({{type}}.NegativeInfinity);
                        for (int i = row * width; i < (row + 1) * width; i++) { {{step}} }
                        for (int i = row * width; i < (row + 1) * width; i++)
                        {
                            var e = new S({{exp}}(x[i] - best));
                            y[i] = e;
                            partition += e; //~ LG0002
                        }
                    }
                    for (int i = 0; i < y.Length; i++) y[i] /= partition;
                    return y;
                }

                public static {{type}}[] PerRow(S[] x, int width)
                {
                    var y = new {{type}}[x.Length];
                    for (int row = 0; row < x.Length / width; row++)
                    {
                        S partition = new(0);
                        S best = new({{type}}.NegativeInfinity);
                        for (int i = row * width; i < (row + 1) * width; i++) { {{step}} }
                        for (int i = row * width; i < (row + 1) * width; i++)
                        {
                            var e = new S({{exp}}(x[i] - best));
                            y[i] = e;
                            partition += e;
                        }
                        for (int i = row * width; i < (row + 1) * width; i++) y[i] /= partition;
                    }
                    return y;
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    /// <summary>Jagged <c>S[][]</c> with a plain float sum: a batch total is LG0002; per row silent.</summary>
    [Theory]
    [MemberData(nameof(Folds))]
    public async Task JaggedRows_FloatTotalIsLG0002_RowTotalSilent(string fold, string type)
    {
        var exp = type == "float" ? "MathF.Exp" : "Math.Exp";
        var step = fold.Replace("{v}", "x[r][c]");
        var source = $$"""
            using System;

            {{Struct(type)}}

            public static class Repro
            {
                public static {{type}}[][] Batch(S[][] x)
                {
                    var y = new {{type}}[x.Length][];
                    {{type}} total = 0;
                    for (int r = 0; r < x.Length; r++)
                    {
                        S best = x[r][0];
                        for (int c = 1; c < x[r].Length; c++) { {{step}} }
                        y[r] = new {{type}}[x[r].Length];
                        for (int c = 0; c < x[r].Length; c++)
                        {
                            {{type}} e = {{exp}}(x[r][c] - best);
                            y[r][c] = e;
                            total += e; //~ LG0002
                        }
                    }
                    foreach (var row in y) for (int c = 0; c < row.Length; c++) row[c] /= total;
                    return y;
                }

                public static {{type}}[][] PerRow(S[][] x)
                {
                    var y = new {{type}}[x.Length][];
                    for (int r = 0; r < x.Length; r++)
                    {
                        S best = x[r][0];
                        for (int c = 1; c < x[r].Length; c++) { {{step}} }
                        y[r] = new {{type}}[x[r].Length];
                        {{type}} total = 0;
                        for (int c = 0; c < x[r].Length; c++)
                        {
                            {{type}} e = {{exp}}(x[r][c] - best);
                            y[r][c] = e;
                            total += e;
                        }
                        for (int c = 0; c < y[r].Length; c++) y[r][c] /= total;
                    }
                    return y;
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }
}
