using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// <c>System.Data</c> tables read as 2-D buffers (rows × columns) and group keys deconstructed from the walked element
/// (HeldOut92's blind misses <c>DataRow_RawExpSelect</c>, <c>DataTable_TablePeak</c> and <c>Lookup_SumAllGroups</c>).
/// A cell <c>row[k]</c>, <c>row["name"]</c>, <c>row[col]</c>, <c>(double)row[c]</c>, <c>Convert.ToDouble(row[c])</c>,
/// <c>row.Field&lt;T&gt;(c)</c> or <c>row.ItemArray[k]</c> of a row walked over <c>table.Rows</c>, <c>table.Select()</c>
/// or <c>table.AsEnumerable()</c> is an element of the table: an un-shifted exp of one is LG0003, a fold over every row
/// and column shifting a per-row softmax is LG0001; the per-row twins stay silent. A per-group shift looked up at a key
/// deconstructed from the element (<c>foreach (var (seg, logit) in cells)</c>) or read from <c>cells[i]</c> is the
/// element's own group's fold: summing every group's exps is LG0002, a per-group sum is silent.
/// </summary>
public class SoftmaxModelDataRowCellTests
{
    /// <summary>Cell spellings: <c>{0}</c> is the column loop's variable <c>k</c> (an int over <c>0..n</c>).</summary>
    public static TheoryData<string, string> Cells => new()
    {
        { "(double)row[k]", "foreach (DataRow row in table.Rows)" },
        { "row.Field<double>(k)", "foreach (DataRow row in table.Select())" },
        { "Convert.ToDouble(row[k])", "foreach (var row in table.AsEnumerable())" },
        { "(double)row[cols[k]]", "foreach (DataRow row in table.Rows)" },
        { "row.Field<double>(cols[k])", "foreach (DataRow row in table.Rows)" },
        { "(double)row[names[k]]", "foreach (DataRow row in table.Select())" },
        { "row.Field<double>(\"score_\" + k)", "foreach (DataRow row in table.Rows)" },
        { "Convert.ToDouble(row.ItemArray[k])", "foreach (DataRow row in table.Rows)" },
    };

    private static string Table(string body) => $$"""
        using System;
        using System.Data;
        using System.Linq;

        public static class Repro
        {
            public static void Run(DataTable table, DataColumn[] cols, string[] names, int n)
            {
        {{body}}
            }
        }
        """;

    /// <summary>An exp of a raw cell is LG0003; the same exp shifted by the row's max is silent.</summary>
    [Theory]
    [MemberData(nameof(Cells))]
    public async Task RawCellExp_IsLG0003_ShiftedTwinSilent(string cell, string rows)
    {
        var bug = Table($$"""
                    var e = new double[n];
                    {{rows}}
                    {
                        double sum = 0;
                        for (int k = 0; k < n; k++)
                        {
                            e[k] = Math.Exp({{cell}}); //~ LG0003
                            sum += e[k];
                        }
                        for (int k = 0; k < n; k++) e[k] /= sum;
                    }
            """);
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(bug);

        var correct = Table($$"""
                    var e = new double[n];
                    {{rows}}
                    {
                        double peak = double.NegativeInfinity;
                        for (int k = 0; k < n; k++) peak = Math.Max(peak, {{cell}});
                        double sum = 0;
                        for (int k = 0; k < n; k++)
                        {
                            e[k] = Math.Exp({{cell}} - peak);
                            sum += e[k];
                        }
                        for (int k = 0; k < n; k++) e[k] /= sum;
                    }
            """);
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(correct);
    }

    /// <summary>A max over every row and column shifting a per-row softmax is LG0001; reset per row it is silent.</summary>
    [Theory]
    [MemberData(nameof(Cells))]
    public async Task TableWidePeak_IsLG0001_PerRowPeakSilent(string cell, string rows)
    {
        string Source(bool tableWide) => Table($$"""
                    double peak = double.NegativeInfinity;
                    {{(tableWide ? rows : "")}}
                    {{(tableWide ? "    for (int k = 0; k < n; k++) peak = Math.Max(peak, " + cell + "); //~ LG0001" : "")}}
                    var e = new double[n];
                    {{rows}}
                    {
                        {{(tableWide ? "" : "peak = double.NegativeInfinity; for (int k = 0; k < n; k++) peak = Math.Max(peak, " + cell + ");")}}
                        double sum = 0;
                        for (int k = 0; k < n; k++)
                        {
                            e[k] = Math.Exp({{cell}} - peak);
                            sum += e[k];
                        }
                        for (int k = 0; k < n; k++) e[k] /= sum;
                    }
            """);
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(Source(tableWide: true));
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(Source(tableWide: false));
    }

    /// <summary>
    /// Columns walked by <c>foreach</c> (DataColumns, column names), cells written back into the row, float columns:
    /// a table-wide <c>if (cell &gt; ceiling)</c> fold is LG0001, the per-row fold silent.
    /// </summary>
    [Theory]
    [InlineData("DataColumn", "cols", "(double)row[col]", "double", "Math.Exp")]
    [InlineData("string", "names", "row.Field<double>(col)", "double", "Math.Exp")]
    [InlineData("string", "names", "row.Field<float>(col)", "float", "MathF.Exp")]
    [InlineData("DataColumn", "cols", "Convert.ToSingle(row[col])", "float", "MathF.Exp")]
    public async Task ForEachColumns_TableWideIfFold_IsLG0001_PerRowSilent(string columnType, string columns, string cell, string type, string exp)
    {
        string Source(bool tableWide) => Table($$"""
                    {{type}} ceiling = {{type}}.MinValue;
                    foreach (DataRow row in table.Rows)
                    {
                        {{(tableWide ? "" : "ceiling = " + type + ".MinValue;")}}
                        foreach ({{columnType}} col in {{columns}})
                        {
                            if ({{cell}} > ceiling) ceiling = {{cell}};{{(tableWide ? " //~ LG0001" : "")}}
                        }
                        {{(tableWide ? "}\n            foreach (DataRow row in table.Rows)\n            {" : "")}}
                        {{type}} denom = 0;
                        foreach ({{columnType}} col in {{columns}}) denom += {{exp}}({{cell}} - ceiling);
                        foreach ({{columnType}} col in {{columns}}) row[col] = {{exp}}({{cell}} - ceiling) / denom;
                    }
            """);
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(Source(tableWide: true));
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(Source(tableWide: false));
    }

    /// <summary>Rows picked by index (<c>table.Rows[i]</c>): a raw exp is LG0003, the per-row shifted twin silent.</summary>
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task IndexedRows_RawExpIsLG0003_ShiftedSilent(bool shifted)
    {
        var source = Table($$"""
                    var e = new float[n];
                    for (int i = 0; i < table.Rows.Count; i++)
                    {
                        DataRow row = table.Rows[i];
                        float m = float.NegativeInfinity;
                        for (int k = 0; k < n; k++) m = MathF.Max(m, row.Field<float>(k));
                        float s = 0f;
                        for (int k = 0; k < n; k++) s += e[k] = MathF.Exp(row.Field<float>(k){{(shifted ? " - m" : "")}});{{(shifted ? "" : " //~ LG0003")}}
                        for (int k = 0; k < n; k++) row[k] = e[k] / s;
                    }
            """);
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    /// <summary>Group keys: the key spelled as a deconstructed tuple element, a positional record's, or an indexed element's member.</summary>
    public static TheoryData<string, string, string, string> GroupWalks => new()
    {
        { "(string Segment, float Logit)[]", "foreach (var (seg, logit) in cells)", "logit", "seg" },
        { "(string Segment, float Logit)[]", "foreach ((string seg, float logit) in cells)", "logit", "seg" },
        { "List<(string Segment, float Logit)>", "foreach (var (seg, logit) in cells)", "logit", "seg" },
        { "Cell[]", "foreach (var (seg, logit) in cells)", "logit", "seg" },
        { "(string Segment, float Logit)[]", "for (int i = 0; i < cells.Length; i++)", "cells[i].Logit", "cells[i].Segment" },
        { "List<Cell>", "for (int i = 0; i < cells.Count; i++)", "cells[i].Logit", "cells[i].Segment" },
        { "Cell[]", "foreach (var cell in cells)", "cell.Logit", "cell.Segment" },
    };

    /// <summary>Per-segment peaks from GroupBy/ToDictionary: one sum over every segment's exps is LG0002; a per-segment sum is silent.</summary>
    [Theory]
    [MemberData(nameof(GroupWalks))]
    public async Task PerGroupShift_AllGroupSum_IsLG0002_PerGroupSumSilent(string type, string walk, string logit, string key)
    {
        string Source(bool perGroup) => $$"""
            using System;
            using System.Collections.Generic;
            using System.Linq;

            public record Cell(string Segment, float Logit);

            public static class Repro
            {
                public static float[] Run({{type}} cells)
                {
                    var peaks = cells.GroupBy(x => x.Segment).ToDictionary(g => g.Key, g => g.Max(x => x.Logit));
                    var sums = new Dictionary<string, float>();
                    float all = 0f;
                    {{walk}}
                    {
                        {{(perGroup
                            ? "sums[" + key + "] = sums.GetValueOrDefault(" + key + ") + MathF.Exp(" + logit + " - peaks[" + key + "]);"
                            : "all += MathF.Exp(" + logit + " - peaks[" + key + "]); //~ LG0002")}}
                    }
                    var p = new List<float>();
                    foreach (var cell in cells)
                        p.Add(MathF.Exp(cell.Logit - peaks[cell.Segment]) / {{(perGroup ? "sums[cell.Segment]" : "all")}});
                    return p.ToArray();
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(Source(perGroup: false));
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(Source(perGroup: true));
    }
}
