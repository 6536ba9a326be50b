using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// A row list allocated afresh per row and filled by <c>Add</c> (<c>var p = new List&lt;double&gt;(); p.Add(e)</c>), then
/// appended to a list of rows (SoftmaxModel.RowStores.cs, FreshBuffers.cs): its elements walk the logits' row axis only,
/// the row loop picks which list. A sum carried over every row and divided in a later pass over the rows is LG0002;
/// per-row sums stay silent.
/// </summary>
public class SoftmaxModelListAddRowTests
{
    private const string TotalOverAllRows = "double total = 0;";

    [Theory]
    [InlineData("foreach (var p in result) for (int k = 0; k < p.Count; k++) p[k] /= total;")]
    [InlineData("for (int r = 0; r < result.Count; r++) for (int k = 0; k < result[r].Count; k++) result[r][k] /= total;")]
    [InlineData("foreach (List<double> p in result) { int k = 0; while (k < p.Count) { p[k] = p[k] / total; k++; } }")]
    [InlineData("return result.Select(p => p.Select(v => v / total).ToList()).ToList();")]
    public async Task ASumOverEveryRowDividingALaterPass_IsLG0002(string pass)
    {
        var source = Source(TotalOverAllRows, "", pass);
        Assert.Equal(new[] { "LG0002" }, await FixRunner.ReportedIdsAsync(source));
    }

    [Theory]
    [InlineData("foreach (var p in result) { double s = p.Sum(); for (int k = 0; k < p.Count; k++) p[k] /= s; }")]
    [InlineData("foreach (var p in result) { double s = 0; foreach (var v in p) s += v; for (int k = 0; k < p.Count; k++) p[k] /= s; }")]
    [InlineData("return result.Select(p => { double s = p.Sum(); return p.Select(v => v / s).ToList(); }).ToList();")]
    public async Task PerRowSumsInTheLaterPass_AreSilent(string pass)
    {
        var source = Source(TotalOverAllRows, "", pass);
        Assert.Empty(await FixRunner.ReportedIdsAsync(source));
    }

    [Fact]
    public async Task APerRowTotalDividingInTheRowLoop_IsSilent()
    {
        var source = Source("", "double total = 0;", "", "for (int k = 0; k < p.Count; k++) p[k] /= total;");
        Assert.Empty(await FixRunner.ReportedIdsAsync(source));
    }

    [Fact]
    public async Task ATotalNeverResetDividingInTheRowLoop_IsLG0002()
    {
        var source = Source(TotalOverAllRows, "", "", "for (int k = 0; k < p.Count; k++) p[k] /= total;");
        Assert.Equal(new[] { "LG0002" }, await FixRunner.ReportedIdsAsync(source));
    }

    private static string Source(string before, string inRow, string pass, string inRowAfter = "") => $$"""
        using System;
        using System.Collections.Generic;
        using System.Linq;

        static class C {
            static List<List<double>> F(double[][] scores) {
                var result = new List<List<double>>();
                {{before}}
                foreach (var row in scores) {
                    {{inRow}}
                    double m = double.NegativeInfinity;
                    foreach (var v in row) m = Math.Max(m, v);
                    var p = new List<double>();
                    foreach (var v in row) { double e = Math.Exp(v - m); p.Add(e); total += e; }
                    {{inRowAfter}}
                    result.Add(p);
                }
                {{pass}}
                return result;
            }
        }
        """;
}
