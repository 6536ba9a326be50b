using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Exps that come back as the return value of a lambda, a delegate local or a method group (HeldOut99's miss
/// <c>WhenAllLinq_TotalOverResults</c>: <c>Task.Run(() =&gt; { …; return e; })</c> per row, <c>await Task.WhenAll</c>,
/// then <c>exps.SelectMany(e =&gt; e).Sum()</c>) are one row's exps, as the array a named helper returns: a normaliser
/// over every returned row is LG0002, a raw exp inside the returning body is LG0003, the per-row sum of each returned row
/// is correct. (A local function returning the row, called per row or passed to <c>Select</c> as a method group, is
/// not yet followed: not covered here.)
/// </summary>
public class SoftmaxModelReturnedRowTests
{
    /// <summary>How each row's exps are produced: {kernel} is the block that builds <c>e</c> from <c>row</c> and returns it.</summary>
    private static readonly Dictionary<string, string> Producers = new()
    {
        ["TaskRunWhenAll"] = """
                var pending = new Task<T[]>[logits.Length];
                for (int r = 0; r < logits.Length; r++)
                {
                    T[] row = logits[r];
                    pending[r] = Task.Run(() =>
                    {
            {kernel}
                    });
                }

                T[][] exps = await Task.WhenAll(pending);
            """,
        ["SelectTaskRunWhenAll"] = """
                var tasks = Enumerable.Range(0, logits.Length).Select(r => Task.Run(() =>
                {
                    T[] row = logits[r];
            {kernel}
                })).ToArray();
                var exps = await Task.WhenAll(tasks);
            """,
        ["TaskRunResult"] = """
                var exps = new T[logits.Length][];
                for (int r = 0; r < logits.Length; r++)
                {
                    T[] row = logits[r];
                    exps[r] = Task.Run(() =>
                    {
            {kernel}
                    }).Result;
                }
                await Task.Yield();
            """,
        ["FuncLocal"] = """
                Func<T[], T[]> shifted = row =>
                {
            {kernel}
                };
                var exps = new T[logits.Length][];
                for (int r = 0; r < logits.Length; r++) exps[r] = shifted(logits[r]);
                await Task.Yield();
            """,
        ["LambdaSelect"] = """
                T[][] exps = logits.Select(row =>
                {
            {kernel}
                }).ToArray();
                await Task.Yield();
            """,
    };

    /// <summary>The row kernel: the row's max, then its shifted (or raw) exps into a fresh array that is returned.</summary>
    private const string Kernel = """
                    T peak = T.NegativeInfinity;
                    foreach (T v in row) peak = MAX(peak, v);
                    var e = new T[row.Length];
                    for (int i = 0; i < row.Length; i++) e[i] = EXP({exponent});{expMarker}
                    return e;
        """;

    /// <summary>How the returned rows are normalised.</summary>
    private static readonly Dictionary<string, string> Consumers = new()
    {
        ["PerRowLinqSum"] = """
                foreach (T[] e in exps)
                {
                    T s = e.Sum();
                    for (int i = 0; i < e.Length; i++) e[i] /= s;
                }
            """,
        ["PerRowLoopSum"] = """
                for (int r = 0; r < exps.Length; r++)
                {
                    T s = 0;
                    for (int i = 0; i < exps[r].Length; i++) s += exps[r][i];
                    for (int i = 0; i < exps[r].Length; i++) exps[r][i] /= s;
                }
            """,
        ["SelectManySum"] = """
                T total = exps.SelectMany(e => e).Sum(); //~ LG0002
                foreach (T[] e in exps)
                {
                    for (int i = 0; i < e.Length; i++) e[i] /= total;
                }
            """,
        ["NestedForeachSum"] = """
                T total = 0;
                foreach (T[] e in exps)
                {
                    foreach (T v in e) total += v; //~ LG0002
                }
                foreach (T[] e in exps)
                {
                    for (int i = 0; i < e.Length; i++) e[i] /= total;
                }
            """,
    };

    /// <summary>Every producer with every consumer, shifted exps (silent or LG0002), float and double.</summary>
    public static TheoryData<string, string, string> ShiftedCases()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var producer in Producers.Keys)
        {
            foreach (var consumer in Consumers.Keys)
            {
                data.Add(producer, consumer, "float");
                data.Add(producer, consumer, "double");
            }
        }

        return data;
    }

    /// <summary>Every producer, the exp unshifted inside the returning body (LG0003), per-row normaliser.</summary>
    public static TheoryData<string, string> RawCases()
    {
        var data = new TheoryData<string, string>();
        foreach (var producer in Producers.Keys)
        {
            data.Add(producer, "float");
            data.Add(producer, "double");
        }

        return data;
    }

    /// <summary>Shifted exps come back per row; the normaliser decides.</summary>
    [Theory]
    [MemberData(nameof(ShiftedCases))]
    public async Task Jagged_ReturnedRows_Normaliser(string producer, string consumer, string type) =>
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(Source(producer, consumer, type, raw: false));

    /// <summary>A raw exp in the body that returns a row's exps, normalised per row: LG0003 at the exp.</summary>
    [Theory]
    [MemberData(nameof(RawCases))]
    public async Task Jagged_ReturnedRows_RawExp(string producer, string type) =>
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(Source(producer, "PerRowLinqSum", type, raw: true));

    /// <summary>Flat row-major input: one task per row reads its offset slice and returns the row's exps.</summary>
    [Theory]
    [InlineData("e.Sum()", "", "")]
    [InlineData("exps.SelectMany(q => q).Sum()", " //~ LG0002", "")]
    [InlineData("e.Sum()", "", " //~ LG0003")]
    public async Task Flat_TaskPerRow(string sum, string sumMarker, string expMarker)
    {
        var exponent = expMarker.Length > 0 ? "x[r * n + i]" : "x[r * n + i] - peak";
        var source = $$"""
            using System;
            using System.Linq;
            using System.Threading.Tasks;

            public static class Repro
            {
                public static async Task<double[]> SoftmaxAsync(double[] x, int n)
                {
                    int rows = x.Length / n;
                    var tasks = Enumerable.Range(0, rows).Select(r => Task.Run(() =>
                    {
                        double peak = double.NegativeInfinity;
                        for (int i = 0; i < n; i++) peak = Math.Max(peak, x[r * n + i]);
                        var e = new double[n];
                        for (int i = 0; i < n; i++) e[i] = Math.Exp({{exponent}});{{expMarker}}
                        return e;
                    })).ToArray();
                    double[][] exps = await Task.WhenAll(tasks);
                    var y = new double[x.Length];
                    for (int r = 0; r < rows; r++)
                    {
                        double[] e = exps[r];
                        double s = {{sum}};{{sumMarker}}
                        for (int i = 0; i < n; i++) y[r * n + i] = e[i] / s;
                    }
                    return y;
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    /// <summary>The source of one case: {producer}, then {consumer}, in an async method over jagged rows.</summary>
    private static string Source(string producer, string consumer, string type, bool raw)
    {
        var kernel = Kernel
            .Replace("{exponent}", raw ? "row[i]" : "row[i] - peak")
            .Replace("{expMarker}", raw ? " //~ LG0003" : "");
        var body = Producers[producer].Replace("{kernel}", kernel) + "\n" + Consumers[consumer];
        var source = """
            using System;
            using System.Linq;
            using System.Threading.Tasks;

            public static class Repro
            {
                public static async Task<T[][]> SoftmaxAsync(T[][] logits)
                {
            {body}
                    return exps;
                }
            }
            """.Replace("{body}", body);
        return source
            .Replace("MAX", type == "float" ? "MathF.Max" : "Math.Max")
            .Replace("EXP", type == "float" ? "MathF.Exp" : "Math.Exp")
            .Replace("T[", type + "[")
            .Replace("T peak", type + " peak")
            .Replace("T v", type + " v")
            .Replace("T s", type + " s")
            .Replace("T total", type + " total")
            .Replace("T.NegativeInfinity", type + ".NegativeInfinity")
            .Replace("Task<T", "Task<" + type)
            .Replace("Func<T", "Func<" + type)
            .Replace(", T", ", " + type)
            .Replace("static T", "static " + type);
    }
}
