using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// idxhelper (HeldOut63's blind miss): an exp helper that reads its logit from an array parameter at index parameters
/// (<c>Preference(double[][] table, int user, int item) =&gt; Math.Exp(table[user][item])</c>, <c>row[item]</c>,
/// <c>table[user, item]</c>, flat <c>table[at]</c> called with <c>u * width + c</c>) is read like the same exp written at
/// the call. Each case is run twice, the exp written inline and through the helper, and both must give the markers'
/// diagnostics: buggy twins (raw exp LG0003 at the call, a batch peak passed in LG0001, a column peak passed in for rows
/// LG0004) reported, correct twins (the row's own peak passed in or computed in the helper over <c>table[user]</c>) silent.
/// </summary>
public class SoftmaxModelIndexedHelperTests
{
    /// <summary>A case: the method with <c>@E@</c> where the exp stands, the exp written inline, the helper call, the helper's declaration.</summary>
    private sealed record Case(string Method, string Inline, string Call, string Helper);

    private const string JaggedRows = """
            public static double[][] Run(double[][] scores)
            {
        @PRE@
                var result = new double[scores.Length][];
                for (int u = 0; u < scores.Length; u++)
                {
        @ROW@
                    var w = new double[scores[u].Length];
                    double total = 0.0;
                    for (int c = 0; c < w.Length; c++)
                    {
                        w[c] = @E@; @MARK@
                        total += w[c];
                    }

                    for (int c = 0; c < w.Length; c++) w[c] /= total;
                    result[u] = w;
                }

                return result;
            }
        """;

    private const string FloatRect = """
            public static float[,] Run(float[,] scores, float t)
            {
                int n = scores.GetLength(0), k = scores.GetLength(1);
        @PRE@
                var p = new float[n, k];
                for (int u = 0; u < n; u++)
                {
        @ROW@
                    float sum = 0f;
                    for (int c = 0; c < k; c++)
                    {
                        p[u, c] = @E@; @MARK@
                        sum += p[u, c];
                    }

                    for (int c = 0; c < k; c++) p[u, c] /= sum;
                }

                return p;
            }
        """;

    private const string FlatStride = """
            public static double[] Run(double[] scores, int rows, int width)
            {
        @PRE@
                var p = new double[rows * width];
                for (int u = 0; u < rows; u++)
                {
        @ROW@
                    double sum = 0.0;
                    int c = 0;
                    while (c < width)
                    {
                        p[u * width + c] = @E@; @MARK@
                        sum += p[u * width + c];
                        c++;
                    }

                    for (int j = 0; j < width; j++) p[u * width + j] /= sum;
                }

                return p;
            }
        """;

    private const string ListRows = """
            public static List<float[]> Run(List<float[]> scores)
            {
        @PRE@
                var result = new List<float[]>();
                for (int u = 0; u < scores.Count; u++)
                {
        @ROW@
                    var w = new float[scores[u].Length];
                    float total = 0f;
                    for (int c = 0; c < w.Length; c++)
                    {
                        w[c] = @E@; @MARK@
                        total += w[c];
                    }

                    for (int c = 0; c < w.Length; c++) w[c] /= total;
                    result.Add(w);
                }

                return result;
            }
        """;

    private static Case Make(string layout, string pre, string row, string mark, string inline, string call, string helper) =>
        new(layout.Replace("@PRE@", pre, StringComparison.Ordinal).Replace("@ROW@", row, StringComparison.Ordinal)
            .Replace("@MARK@", mark, StringComparison.Ordinal), inline, call, helper);

    private static readonly Dictionary<string, Case> Cases = new()
    {
        // ---- LG0003: no maximum subtracted; reported at the call (the inline exp's line) ----
        ["RawJagged"] = Make(JaggedRows, "", "", "//~ LG0003", "Math.Exp(scores[u][c])", "Preference(scores, u, c)",
            "private static double Preference(double[][] table, int user, int item) => Math.Exp(table[user][item]);"),
        ["RawJaggedBlock"] = Make(JaggedRows, "", "", "//~ LG0003", "Math.Exp(scores[u][c])", "Preference(scores, u, c)",
            "private static double Preference(double[][] table, int user, int item) { return Math.Exp(table[user][item]); }"),
        ["RawRowArgument"] = Make(JaggedRows, "", "", "//~ LG0003", "Math.Exp(scores[u][c])", "Preference(scores[u], c)",
            "private static double Preference(double[] row, int item) => Math.Exp(row[item]);"),
        ["RawRectTemperature"] = Make(FloatRect, "", "", "//~ LG0003", "MathF.Exp(scores[u, c] / t)", "Preference(scores, u, c, t)",
            "private static float Preference(float[,] table, int user, int item, float temperature) => MathF.Exp(table[user, item] / temperature);"),
        ["RawFlatStride"] = Make(FlatStride, "", "", "//~ LG0003", "Math.Exp(scores[u * width + c])", "Preference(scores, u * width + c)",
            "private static double Preference(double[] table, int at) => Math.Exp(table[at]);"),
        ["RawFlatRowAndColumn"] = Make(FlatStride, "", "", "//~ LG0003", "Math.Exp(scores[u * width + c])", "Preference(scores, width, u, c)",
            "private static double Preference(double[] table, int stride, int user, int item) => Math.Exp(table[user * stride + item]);"),
        ["RawList"] = Make(ListRows, "", "", "//~ LG0003", "MathF.Exp(scores[u][c])", "Preference(scores, u, c)",
            "private static float Preference(List<float[]> table, int user, int item) => MathF.Exp(table[user][item]);"),

        // ---- LG0001: one peak over the whole batch passed in and subtracted inside the helper ----
        ["BatchPeakJagged"] = Make(JaggedRows, "        double peak = scores.Max(r => r.Max()); //~ LG0001", "", "", "Math.Exp(scores[u][c] - peak)", "Preference(scores, u, c, peak)",
            "private static double Preference(double[][] table, int user, int item, double peak) => Math.Exp(table[user][item] - peak);"),
        ["BatchPeakRect"] = Make(FloatRect, """
                    float peak = float.NegativeInfinity;
                    for (int i = 0; i < n; i++) for (int j = 0; j < k; j++) peak = MathF.Max(peak, scores[i, j]); //~ LG0001
            """, "", "", "MathF.Exp((scores[u, c] - peak) / t)", "Preference(scores, u, c, peak, t)",
            "private static float Preference(float[,] table, int user, int item, float peak, float t) => MathF.Exp((table[user, item] - peak) / t);"),
        ["BatchPeakFlat"] = Make(FlatStride, "        double peak = scores.Max(); //~ LG0001", "", "", "Math.Exp(scores[u * width + c] - peak)", "Preference(scores, u * width + c, peak)",
            "private static double Preference(double[] table, int at, double peak) => Math.Exp(table[at] - peak);"),

        // ---- LG0004: a peak per column (over the rows) shifts each row's softmax ----
        ["ColumnPeakJagged"] = Make(JaggedRows, """
                    var colPeak = new double[scores[0].Length];
                    for (int j = 0; j < colPeak.Length; j++) colPeak[j] = double.NegativeInfinity;
                    for (int i = 0; i < scores.Length; i++)
                        for (int j = 0; j < colPeak.Length; j++) colPeak[j] = Math.Max(colPeak[j], scores[i][j]); //~ LG0004
            """, "", "", "Math.Exp(scores[u][c] - colPeak[c])", "Preference(scores, colPeak, u, c)",
            "private static double Preference(double[][] table, double[] peaks, int user, int item) => Math.Exp(table[user][item] - peaks[item]);"),

        // ---- correct: the row's own peak ----
        ["RowPeakJagged"] = Make(JaggedRows, "", "            double peak = scores[u].Max();", "", "Math.Exp(scores[u][c] - peak)", "Preference(scores, u, c, peak)",
            "private static double Preference(double[][] table, int user, int item, double peak) => Math.Exp(table[user][item] - peak);"),
        ["RowPeakInHelper"] = Make(JaggedRows, "", "", "", "Math.Exp(scores[u][c] - scores[u].Max())", "Preference(scores, u, c)",
            "private static double Preference(double[][] table, int user, int item) { double m = table[user].Max(); return Math.Exp(table[user][item] - m); }"),
        ["RowPeakRect"] = Make(FloatRect, "", """
                        float peak = float.NegativeInfinity;
                        for (int j = 0; j < k; j++) peak = MathF.Max(peak, scores[u, j]);
            """, "", "MathF.Exp((scores[u, c] - peak) / t)", "Preference(scores, u, c, peak, t)",
            "private static float Preference(float[,] table, int user, int item, float peak, float t) => MathF.Exp((table[user, item] - peak) / t);"),
        ["RowPeakFlat"] = Make(FlatStride, "", """
                        double peak = double.NegativeInfinity;
                        for (int j = 0; j < width; j++) if (scores[u * width + j] > peak) peak = scores[u * width + j];
            """, "", "Math.Exp(scores[u * width + c] - peak)", "Preference(scores, u * width + c, peak)",
            "private static double Preference(double[] table, int at, double peak) => Math.Exp(table[at] - peak);"),
        ["RowPeakList"] = Make(ListRows, "", "            float peak = scores[u].Max();", "", "MathF.Exp(scores[u][c] - peak)", "Preference(scores, u, c, peak)",
            "private static float Preference(List<float[]> table, int user, int item, float peak) => MathF.Exp(table[user][item] - peak);"),
        ["RowPeaksArray"] = Make(JaggedRows, """
                    var rowPeak = new double[scores.Length];
                    for (int i = 0; i < scores.Length; i++) rowPeak[i] = scores[i].Max();
            """, "", "", "Math.Exp(scores[u][c] - rowPeak[u])", "Preference(scores, rowPeak, u, c)",
            "private static double Preference(double[][] table, double[] peaks, int user, int item) => Math.Exp(table[user][item] - peaks[user]);"),

        // ---- int parameters used as numbers, not indices: as before (a fixed decay by rank, silent) ----
        ["RankDecay"] = Make(JaggedRows, "", "", "", "Math.Exp(-c / 4.0)", "Decay(c, 4.0)",
            "private static double Decay(int rank, double scale) => Math.Exp(-rank / scale);"),
    };

    public static TheoryData<string, bool> AllCases()
    {
        var data = new TheoryData<string, bool>();
        foreach (var id in Cases.Keys)
        {
            data.Add(id, false);
            data.Add(id, true);
        }

        return data;
    }

    /// <summary>The inline spelling and the helper spelling give the same, expected diagnostics.</summary>
    [Theory]
    [MemberData(nameof(AllCases))]
    public async Task HelperReadsAsItsInlineTwin(string id, bool throughHelper)
    {
        var c = Cases[id];
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(Render(c, throughHelper));
    }

    /// <summary>The HeldOut63 corpus shape: a block-bodied helper computing a dot product over two embedding tables at the user's and item's rows, then <c>Math.Exp(dot)</c>.</summary>
    [Fact]
    public async Task DotProductHelper_ReportedAtTheCall()
    {
        const string source = """
            using System;

            public static class PreferenceScorer
            {
                public static double[][] Helper(float[,] users, float[,] items, int[][] candidates)
                {
                    var result = new double[candidates.Length][];
                    for (int u = 0; u < candidates.Length; u++)
                    {
                        int[] pool = candidates[u];
                        var w = new double[pool.Length];
                        double total = 0.0;
                        for (int c = 0; c < pool.Length; c++)
                        {
                            w[c] = Preference(users, u, items, pool[c]); //~ LG0003
                            total += w[c];
                        }

                        for (int c = 0; c < pool.Length; c++) w[c] /= total;
                        result[u] = w;
                    }

                    return result;
                }

                public static double[][] Inline(float[,] users, float[,] items, int[][] candidates)
                {
                    var result = new double[candidates.Length][];
                    for (int u = 0; u < candidates.Length; u++)
                    {
                        int[] pool = candidates[u];
                        var w = new double[pool.Length];
                        double total = 0.0;
                        for (int c = 0; c < pool.Length; c++)
                        {
                            double dot = 0.0;
                            for (int d = 0; d < users.GetLength(1); d++) dot += (double)users[u, d] * items[pool[c], d];
                            w[c] = Math.Exp(dot); //~ LG0003
                            total += w[c];
                        }

                        for (int c = 0; c < pool.Length; c++) w[c] /= total;
                        result[u] = w;
                    }

                    return result;
                }

                private static double Preference(float[,] users, int user, float[,] items, int item)
                {
                    double dot = 0.0;
                    for (int d = 0; d < users.GetLength(1); d++)
                    {
                        dot += (double)users[user, d] * items[item, d];
                    }

                    return Math.Exp(dot);
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    /// <summary>
    /// The correct twin of the dot-product helper: the shift is the maximum of this user's own candidate dots (per row,
    /// folded over a <c>Dot</c> helper), passed in and subtracted inside the helper, both loops bounded by
    /// <c>GetLength(1)</c> (now inlined, see <c>HelperShape.IsArrayShapeRead</c>): silent.
    /// </summary>
    [Fact]
    public async Task DotProductHelper_ShiftedPerUserSilent()
    {
        const string source = """
            using System;

            public static class PreferenceScorer
            {
                public static double[][] PerUser(float[,] users, float[,] items, int[][] candidates)
                {
                    var result = new double[candidates.Length][];
                    for (int u = 0; u < candidates.Length; u++)
                    {
                        int[] pool = candidates[u];
                        double peak = double.NegativeInfinity;
                        for (int c = 0; c < pool.Length; c++) peak = Math.Max(peak, Dot(users, u, items, pool[c]));
                        var w = new double[pool.Length];
                        double total = 0.0;
                        for (int c = 0; c < pool.Length; c++)
                        {
                            w[c] = Shifted(users, u, items, pool[c], peak);
                            total += w[c];
                        }

                        for (int c = 0; c < pool.Length; c++) w[c] /= total;
                        result[u] = w;
                    }

                    return result;
                }

                private static double Dot(float[,] users, int user, float[,] items, int item)
                {
                    double dot = 0.0;
                    for (int d = 0; d < users.GetLength(1); d++) dot += (double)users[user, d] * items[item, d];
                    return dot;
                }

                private static double Shifted(float[,] users, int user, float[,] items, int item, double peak)
                {
                    double dot = 0.0;
                    for (int d = 0; d < users.GetLength(1); d++) dot += (double)users[user, d] * items[item, d];
                    return Math.Exp(dot - peak);
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    /// <summary>The case's source: the exp written inline, or the helper called and declared.</summary>
    private static string Render(Case c, bool throughHelper) =>
        $$"""
        using System;
        using System.Collections.Generic;
        using System.Linq;

        public static class S
        {
        {{c.Method.Replace("@E@", throughHelper ? c.Call : c.Inline, StringComparison.Ordinal)}}

            {{(throughHelper ? c.Helper : string.Empty)}}
        }
        """;
}
