using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Slices not written as loops over rows (branch groups): groups a LINQ <c>GroupBy</c>/<c>ToLookup</c> makes of a list of
/// records (HeldOut32's ConditionalLogit_PeakOverAllAlternatives), rows a <c>SelectMany</c> flattens, one max over every
/// record's row (<c>records.Max(r =&gt; r.Logits.Max())</c>) and per-row stats slots of a tile kept across tiles. A peak or
/// a sum over the whole list shifts or divides each slice (LG0001 / LG0002); the per-slice twins stay silent.
/// </summary>
public class SoftmaxModelGroupedSliceTests
{
    private const string Header = """
        using System;
        using System.Collections.Generic;
        using System.Linq;

        namespace P;

        public sealed record Alt(int Situation, int Index, double[] Attributes)
        {
            public double Utility(double[] beta)
            {
                double u = 0;
                for (int j = 0; j < beta.Length; j++)
                {
                    u += beta[j] * Attributes[j];
                }

                return u;
            }
        }

        public sealed record Rec(double[] Logits);

        """;

    // ---- 1. GroupBy / ToLookup groups of a list ----

    /// <summary>Utility spellings: the record's method or a member read.</summary>
    public static TheoryData<string> Utilities => new() { "a.Utility(beta)", "a.Attributes[0]" };

    /// <summary>Group spellings of the list.</summary>
    public static TheoryData<string, string> GroupSpellings
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var utility in new[] { "a.Utility(beta)", "a.Attributes[0]" })
            {
                foreach (var groups in new[] { "alternatives.GroupBy(a => a.Situation)", "alternatives.ToLookup(a => a.Situation)", "alternatives.GroupBy(a => a.Situation).ToList()" })
                {
                    data.Add(utility, groups);
                }
            }

            return data;
        }
    }

    [Theory(Skip = "known gap: the exps are written at a running index or at the option's own index (p[index++], p[option.Index]); that slot is not linked to the group element, so the sum has no axis to compare the whole-list maximum with")]
    [MemberData(nameof(GroupSpellings))]
    public async Task WholeListPeakShiftingEachGroup_IsLG0001(string utility, string groups) =>
        Assert.Equal(new[] { "LG0001" }, await FixRunner.ReportedIdsAsync(Grouped(utility, groups, $"double vmax = alternatives.Max(a => {utility});", "")));

    [Theory(Skip = "known gap: the exps are written at a running index or at the option's own index (p[index++], p[option.Index]); that slot is not linked to the group element, so the sum has no axis to compare the whole-list maximum with")]
    [MemberData(nameof(GroupSpellings))]
    public async Task WholeListPeakFoldedInAForeach_IsLG0001(string utility, string groups) =>
        Assert.Equal(new[] { "LG0001" }, await FixRunner.ReportedIdsAsync(Grouped(utility, groups, $"double vmax = double.NegativeInfinity; foreach (Alt a in alternatives) vmax = Math.Max(vmax, {utility});", "")));

    [Theory]
    [MemberData(nameof(GroupSpellings))]
    public async Task PeakPerGroup_IsSilent(string utility, string groups) =>
        Assert.Empty(await FixRunner.ReportedIdsAsync(Grouped(utility, groups, "", $"double vmax = situation.Max(a => {utility});")));

    [Theory]
    [MemberData(nameof(GroupSpellings))]
    public async Task PeakPerGroupFoldedInAForeach_IsSilent(string utility, string groups) =>
        Assert.Empty(await FixRunner.ReportedIdsAsync(Grouped(utility, groups, "", $"double vmax = double.NegativeInfinity; foreach (Alt a in situation) vmax = Math.Max(vmax, {utility});")));

    [Theory]
    [MemberData(nameof(Utilities))]
    public async Task PeakPerGroupFromADictionaryOfGroupPeaks_IsSilent(string utility) =>
        Assert.Empty(await FixRunner.ReportedIdsAsync(Grouped(
            utility,
            "alternatives.GroupBy(a => a.Situation)",
            $"var peaks = alternatives.GroupBy(a => a.Situation).ToDictionary(g => g.Key, g => g.Max(a => {utility}));",
            "double vmax = peaks[situation.Key];")));

    [Theory]
    [MemberData(nameof(Utilities))]
    public async Task SumOverEveryGroupDividingEachGroup_IsLG0002(string utility) =>
        Assert.Equal(new[] { "LG0002" }, await FixRunner.ReportedIdsAsync(Grouped(utility, "alternatives.GroupBy(a => a.Situation)", "double denom = 0;", $"double vmax = situation.Max(a => {utility});", resetSum: false)));

    [Theory]
    [MemberData(nameof(Utilities))]
    public async Task SumResetPerGroup_IsSilent(string utility) =>
        Assert.Empty(await FixRunner.ReportedIdsAsync(Grouped(utility, "alternatives.GroupBy(a => a.Situation)", "", $"double vmax = situation.Max(a => {utility});", resetSum: true)));

    [Fact(Skip = "known gap: the exps are written at a running index or at the option's own index (p[index++], p[option.Index]); that slot is not linked to the group element, so the sum has no axis to compare the whole-list maximum with")]
    public async Task PinnedFileLayout_WholeListPeak_IsLG0001() =>
        Assert.Equal(new[] { "LG0001" }, await FixRunner.ReportedIdsAsync(Pinned("double vmax = alternatives.Max(a => a.Utility(beta));", "")));

    [Fact]
    public async Task PinnedFileLayout_PeakPerGroup_IsSilent() =>
        Assert.Empty(await FixRunner.ReportedIdsAsync(Pinned("", "double vmax = situation.Max(a => a.Utility(beta));")));

    // ---- 2. SelectMany of per-row helper values ----

    private const string LoopHelper = "private static double[] Score(double[] r, double[] w) { var s = new double[r.Length]; for (int j = 0; j < r.Length; j++) { s[j] = r[j] * w[j]; } return s; }";

    private const string LinqHelper = "private static double[] Score(double[] r, double[] w) => r.Select((v, j) => v * w[j]).ToArray();";

    public static TheoryData<string> RowHelpers => new() { LoopHelper, LinqHelper };

    [Fact]
    public async Task SelectManyPeakOverEveryRowsLoopHelperValues_IsLG0001() =>
        Assert.Equal(new[] { "LG0001" }, await FixRunner.ReportedIdsAsync(Scored(LoopHelper, "double m = rows.SelectMany(r => Score(r, w)).Max();", "")));

    [Fact(Skip = "known gap: a helper returning r.Select((v, j) => v * w[j]).ToArray() is not read as one row per call under SelectMany")]
    public async Task SelectManyPeakOverEveryRowsLinqHelperValues_IsLG0001() =>
        Assert.Equal(new[] { "LG0001" }, await FixRunner.ReportedIdsAsync(Scored(LinqHelper, "double m = rows.SelectMany(r => Score(r, w)).Max();", "")));

    [Theory]
    [MemberData(nameof(RowHelpers))]
    public async Task PeakOfEachRowsHelperValues_IsSilent(string helper) =>
        Assert.Empty(await FixRunner.ReportedIdsAsync(Scored(helper, "", "double m = s.Max();")));

    [Theory]
    [MemberData(nameof(RowHelpers))]
    public async Task PeakOfEachRowsHelperValuesRecomputed_IsSilent(string helper) =>
        Assert.Empty(await FixRunner.ReportedIdsAsync(Scored(helper, "", "double m = Score(r, w).Select(v => v).Max();")));

    // ---- 4. One max over every record's row ----

    public static TheoryData<string> RecordPeaks => new()
    {
        "double m = records.Max(r => r.Logits.Max());",
        "double m = records.Select(r => r.Logits.Max()).Max();",
        "double m = records.SelectMany(r => r.Logits).Max();",
        "double m = double.NegativeInfinity; foreach (var r in records) m = Math.Max(m, r.Logits.Max());",
    };

    [Theory]
    [MemberData(nameof(RecordPeaks))]
    public async Task OnePeakOverEveryRecordsRow_IsLG0001(string peak) =>
        Assert.Equal(new[] { "LG0001" }, await FixRunner.ReportedIdsAsync(Records(peak, "")));

    [Theory]
    [InlineData("double m = rec.Logits.Max();")]
    [InlineData("double m = double.NegativeInfinity; foreach (double v in rec.Logits) m = Math.Max(m, v);")]
    public async Task PeakPerRecord_IsSilent(string peak) =>
        Assert.Empty(await FixRunner.ReportedIdsAsync(Records("", peak)));

    // ---- 3. Tile slots not reset between tiles ----

    public static TheoryData<string> TileLayouts => new() { "flat", "jagged" };

    [Theory]
    [MemberData(nameof(TileLayouts))]
    public async Task TileMaxSlotsInitialisedOnce_IsLG0001(string layout) =>
        Assert.Equal(new[] { "LG0001" }, await FixRunner.ReportedIdsAsync(Tiled(layout, resetMax: false, resetSum: true)));

    [Theory]
    [MemberData(nameof(TileLayouts))]
    public async Task TileSumSlotsInitialisedOnce_IsLG0002(string layout) =>
        Assert.Equal(new[] { "LG0002" }, await FixRunner.ReportedIdsAsync(Tiled(layout, resetMax: true, resetSum: false)));

    [Theory]
    [MemberData(nameof(TileLayouts))]
    public async Task TileSlotsResetPerTile_IsSilent(string layout) =>
        Assert.Empty(await FixRunner.ReportedIdsAsync(Tiled(layout, resetMax: true, resetSum: true)));

    [Theory(Skip = "known gap: tile-relative slots max[k / n - t] initialised once before the tile loop are read as reset (the nested r-loop layout m[r] is found)")]
    [InlineData(false, true, "LG0001")]
    [InlineData(true, false, "LG0002")]
    public async Task TileRelativeSlotsInitialisedOnce_AreReported(bool resetMax, bool resetSum, string id) =>
        Assert.Equal(new[] { id }, await FixRunner.ReportedIdsAsync(TileWalk(resetMax, resetSum)));

    [Fact]
    public async Task TileRelativeSlotsResetPerTile_IsSilent() =>
        Assert.Empty(await FixRunner.ReportedIdsAsync(TileWalk(resetMax: true, resetSum: true)));

    /// <summary>A flat walk over a tile of rows keyed by the tile-relative slot <c>k / n - t</c> (FlatSlotStats' layout).</summary>
    private static string TileWalk(bool resetMax, bool resetSum)
    {
        string Init(bool max, bool sum) => (max ? "max[r] = float.NegativeInfinity; " : "") + (sum ? "sum[r] = 0f; " : "");
        return $$"""
            using System;
            static class C {
                static void F(float[] x, float[] y, int rows, int n) {
                    Span<float> max = stackalloc float[8]; Span<float> sum = stackalloc float[8];
                    for (int r = 0; r < 8; r++) { {{Init(!resetMax, !resetSum)}} }
                    for (int t = 0; t < rows; t += 8) {
                        int count = Math.Min(8, rows - t);
                        for (int r = 0; r < count; r++) { {{Init(resetMax, resetSum)}} }
                        for (int k = t * n; k < (t + count) * n; k++) max[k / n - t] = MathF.Max(max[k / n - t], x[k]);
                        for (int k = t * n; k < (t + count) * n; k++) { y[k] = MathF.Exp(x[k] - max[k / n - t]); sum[k / n - t] += y[k]; }
                        for (int k = t * n; k < (t + count) * n; k++) y[k] /= sum[k / n - t];
                    }
                }
            }
            """;
    }

    /// <summary>Per-group exp spellings: a LINQ exp array of the group, a loop over the group's array.</summary>
    public static TheoryData<string, string, string> GroupArraySpellings => GroupArrays((_, _, _) => true);

    /// <summary>(utility, groups, exps, whole-list peak as LINQ or foreach) where the model finds the whole-list peak.</summary>
    public static TheoryData<string, string, string, string> GroupArraysFound => GroupArrayPeaks(found: true);

    public static TheoryData<string, string, string, string> GroupArraysNotYetFound => GroupArrayPeaks(found: false);

    private static TheoryData<string, string, string> GroupArrays(Func<string, string, string, bool> keep)
    {
        var data = new TheoryData<string, string, string>();
        foreach (var utility in new[] { "a.Utility(beta)", "a.Attributes[0]" })
        {
            foreach (var groups in new[] { "alternatives.GroupBy(a => a.Situation)", "alternatives.ToLookup(a => a.Situation)", "alternatives.GroupBy(a => a.Situation).ToList()" })
            {
                foreach (var exps in new[] { "linq", "loop" })
                {
                    if (keep(utility, groups, exps))
                    {
                        data.Add(utility, groups, exps);
                    }
                }
            }
        }

        return data;
    }

    /// <summary>The record method's value is found only with its exps in a loop and the peak as LINQ Max.</summary>
    private static TheoryData<string, string, string, string> GroupArrayPeaks(bool found)
    {
        var data = new TheoryData<string, string, string, string>();
        foreach (var row in GroupArraySpellings)
        {
            var (utility, groups, exps) = ((string)row[0], (string)row[1], (string)row[2]);
            foreach (var peak in new[] { "linq", "foreach" })
            {
                if ((utility == "a.Attributes[0]" || (exps == "loop" && peak == "linq")) == found)
                {
                    data.Add(utility, groups, exps, peak);
                }
            }
        }

        return data;
    }

    private static string WholePeak(string utility, string peak) => peak == "linq"
        ? $"double vmax = alternatives.Max(a => {utility});"
        : $"double vmax = double.NegativeInfinity; foreach (Alt a in alternatives) vmax = Math.Max(vmax, {utility});";

    [Theory]
    [MemberData(nameof(GroupArraysFound))]
    public async Task WholeListPeakShiftingEachGroupsExpArray_IsLG0001(string utility, string groups, string exps, string peak) =>
        Assert.Equal(new[] { "LG0001" }, await FixRunner.ReportedIdsAsync(GroupArrays(utility, groups, exps, WholePeak(utility, peak), "")));

    [Theory(Skip = "known gap: the record method's value (a helper summing over a loop of its own) in a LINQ Select over the group, or in a foreach fold over the whole list, is not read as one value per alternative here")]
    [MemberData(nameof(GroupArraysNotYetFound))]
    public async Task WholeListPeakOfTheRecordMethodShiftingEachGroupsExpArray_IsLG0001(string utility, string groups, string exps, string peak) =>
        Assert.Equal(new[] { "LG0001" }, await FixRunner.ReportedIdsAsync(GroupArrays(utility, groups, exps, WholePeak(utility, peak), "")));

    [Theory]
    [MemberData(nameof(GroupArraySpellings))]
    public async Task PeakPerGroupShiftingItsExpArray_IsSilent(string utility, string groups, string exps) =>
        Assert.Empty(await FixRunner.ReportedIdsAsync(GroupArrays(utility, groups, exps, "", $"double vmax = situation.Max(a => {utility});")));

    [Theory]
    [MemberData(nameof(GroupArraySpellings))]
    public async Task PeakPerGroupFoldedInAForeachShiftingItsExpArray_IsSilent(string utility, string groups, string exps) =>
        Assert.Empty(await FixRunner.ReportedIdsAsync(GroupArrays(utility, groups, exps, "", $"double vmax = double.NegativeInfinity; foreach (Alt a in situation) vmax = Math.Max(vmax, {utility});")));

    /// <summary>Groups of the list, each group's exps in an array of its own (LINQ or a loop over the group's array).</summary>
    private static string GroupArrays(string utility, string groups, string exps, string whole, string perGroup)
    {
        var body = exps == "linq"
            ? $$"""
                    double[] e = situation.Select(a => Math.Exp({{utility}} - vmax)).ToArray();
                    double z = e.Sum();
                    probabilities.Add(e.Select(v => v / z).ToArray());
            """
            : $$"""
                    Alt[] items = situation.ToArray();
                    var e = new double[items.Length];
                    double z = 0;
                    for (int j = 0; j < items.Length; j++)
                    {
                        Alt a = items[j];
                        e[j] = Math.Exp({{utility}} - vmax);
                        z += e[j];
                    }

                    for (int j = 0; j < e.Length; j++)
                    {
                        e[j] /= z;
                    }

                    probabilities.Add(e);
            """;
        return Header + $$"""
            public static class Groups
            {
                public static List<double[]> Probabilities(IReadOnlyList<Alt> alternatives, double[] beta)
                {
                    var probabilities = new List<double[]>();
                    {{whole}}
                    foreach (var situation in {{groups}})
                    {
                        {{perGroup}}
            {{body}}
                    }

                    return probabilities;
                }
            }
            """;
    }

    // ---- Sources ----

    /// <summary>Groups of the list; exps written at a running index, the sum reset per group unless told.</summary>
    private static string Grouped(string utility, string groups, string whole, string perGroup, bool resetSum = true) => Header + $$"""
        public static class Groups
        {
            public static double[] Probabilities(IReadOnlyList<Alt> alternatives, double[] beta)
            {
                var p = new double[alternatives.Count];
                {{whole}}
                int index = 0;
                foreach (var situation in {{groups}})
                {
                    {{perGroup}}
                    {{(resetSum ? "double denom = 0;" : "")}}
                    int first = index;
                    foreach (Alt a in situation)
                    {
                        p[index] = Math.Exp({{utility}} - vmax);
                        denom += p[index];
                        index++;
                    }

                    for (int k = first; k < index; k++)
                    {
                        p[k] /= denom;
                    }
                }

                return p;
            }
        }
        """;

    /// <summary>The pinned file's layout: probabilities written at each option's own index.</summary>
    private static string Pinned(string whole, string perGroup) => Header + $$"""
        public static class Groups
        {
            public static double[] Probabilities(IReadOnlyList<Alt> alternatives, double[] beta)
            {
                var p = new double[alternatives.Count];
                {{whole}}
                foreach (var situation in alternatives.GroupBy(a => a.Situation))
                {
                    {{perGroup}}
                    double denom = 0;
                    foreach (Alt option in situation)
                    {
                        p[option.Index] = Math.Exp(option.Utility(beta) - vmax);
                        denom += p[option.Index];
                    }

                    foreach (Alt option in situation)
                    {
                        p[option.Index] /= denom;
                    }
                }

                return p;
            }
        }
        """;

    /// <summary>Rows scored by a helper; a peak over every row's scores or per row.</summary>
    private static string Scored(string helper, string whole, string perRow) => Header + $$"""
        public static class Scores
        {
            {{helper}}

            public static double[][] Probabilities(double[][] rows, double[] w)
            {
                {{whole}}
                var y = new double[rows.Length][];
                for (int i = 0; i < rows.Length; i++)
                {
                    double[] r = rows[i];
                    double[] s = Score(r, w);
                    {{perRow}}
                    double[] e = s.Select(v => Math.Exp(v - m)).ToArray();
                    double z = e.Sum();
                    y[i] = e.Select(v => v / z).ToArray();
                }

                return y;
            }
        }
        """;

    /// <summary>Records holding one row each; a peak over every record's row or per record.</summary>
    private static string Records(string whole, string perRecord) => Header + $$"""
        public static class Records
        {
            public static List<double[]> Probabilities(IReadOnlyList<Rec> records)
            {
                {{whole}}
                var y = new List<double[]>();
                foreach (Rec rec in records)
                {
                    {{perRecord}}
                    var e = new double[rec.Logits.Length];
                    double z = 0;
                    for (int j = 0; j < e.Length; j++)
                    {
                        e[j] = Math.Exp(rec.Logits[j] - m);
                        z += e[j];
                    }

                    for (int j = 0; j < e.Length; j++)
                    {
                        e[j] /= z;
                    }

                    y.Add(e);
                }

                return y;
            }
        }
        """;

    /// <summary>Rows processed a tile of <c>T</c> rows at a time with per-row stats slots <c>m[r]</c>, <c>l[r]</c>.</summary>
    private static string Tiled(string layout, bool resetMax, bool resetSum)
    {
        var (x, y, cols) = layout == "flat"
            ? ("x[(t + r) * n + j]", "y[(t + r) * n + j]", "n")
            : ("x[t + r][j]", "y[t + r][j]", "x[t + r].Length");
        var type = layout == "flat" ? "double[]" : "double[][]";
        string Init(bool max, bool sum) =>
            (max ? "m[r] = double.NegativeInfinity; " : "") + (sum ? "l[r] = 0; " : "");
        var once = Init(!resetMax, !resetSum);
        var perTile = Init(resetMax, resetSum);
        return Header + $$"""
            public static class Tiles
            {
                private const int T = 4;

                public static void Forward({{type}} x, {{type}} y, int rows, int n)
                {
                    var m = new double[T];
                    var l = new double[T];
                    for (int r = 0; r < T; r++)
                    {
                        {{once}}
                    }

                    for (int t = 0; t + T <= rows; t += T)
                    {
                        for (int r = 0; r < T; r++)
                        {
                            {{perTile}}
                        }

                        for (int r = 0; r < T; r++)
                        {
                            for (int j = 0; j < {{cols}}; j++)
                            {
                                m[r] = Math.Max(m[r], {{x}});
                            }
                        }

                        for (int r = 0; r < T; r++)
                        {
                            for (int j = 0; j < {{cols}}; j++)
                            {
                                {{y}} = Math.Exp({{x}} - m[r]);
                                l[r] += {{y}};
                            }
                        }

                        for (int r = 0; r < T; r++)
                        {
                            for (int j = 0; j < {{cols}}; j++)
                            {
                                {{y}} /= l[r];
                            }
                        }
                    }
                }
            }
            """;
    }
}
