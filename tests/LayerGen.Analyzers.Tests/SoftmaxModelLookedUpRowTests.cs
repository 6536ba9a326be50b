using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// The semantic model on rows fetched from a dictionary of rows by <c>TryGetValue</c> (the get-or-add idiom, HeldOut20's
/// <c>ToolRouter_NormaliserOverQueries</c>): the <c>out</c> local is the row at that key, picked by the loop that picks
/// the key, like <c>rows[key]</c> read directly.
/// </summary>
public class SoftmaxModelLookedUpRowTests
{
    private const string GetOrAdd = "if (!pr.TryGetValue(tool, out double[]? p)) { p = new double[n]; pr[tool] = p; }";

    [Fact]
    public void SumAboveTheQueryLoop_OverAGetOrAddRow_SpansTheEntriesAndTheQueries()
    {
        // The old model read p as a buffer of its own: "sum z {s.d1}", the walk over the entries lost.
        var model = Describe($$"""
            double z = 0.0;
            for (int q = 0; q < n; q++) { foreach (var (tool, column) in s) { {{GetOrAdd}} p[q] = Math.Exp(column[q] - peaks[q]); z += p[q]; } }
            foreach (double[] row in pr.Values) for (int q = 0; q < n; q++) row[q] /= z;
            """);
        Assert.Contains("| sum z {s.d0,s.d1} |", model, StringComparison.Ordinal);
    }

    [Fact]
    public void SumPerQuery_OverAGetOrAddRow_SpansTheEntriesOnly()
    {
        var model = Describe($$"""
            for (int q = 0; q < n; q++) {
                double z = 0.0;
                foreach (var (tool, column) in s) { {{GetOrAdd}} p[q] = Math.Exp(column[q] - peaks[q]); z += p[q]; }
                foreach (double[] row in pr.Values) row[q] /= z;
            }
            """);
        Assert.Contains("| sum z {s.d0} |", model, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetOrAddRows_NormaliserOverTheBatch_IsLG0002_AndPerQueryIsSilent()
    {
        Assert.Equal("LG0002@11", await Reported(Source("""
            double z = 0.0;
            for (int q = 0; q < n; q++) {
                foreach (var (tool, column) in s) {
                    if (!pr.TryGetValue(tool, out double[]? p)) { p = new double[n]; pr[tool] = p; }
                    p[q] = Math.Exp(column[q] - peaks[q]);
                    z += p[q];
                }
            }
            foreach (double[] row in pr.Values) for (int q = 0; q < n; q++) row[q] /= z;
            """)));
        Assert.Equal(string.Empty, await Reported(Source("""
            for (int q = 0; q < n; q++) {
                double z = 0.0;
                foreach (var (tool, column) in s) {
                    if (!pr.TryGetValue(tool, out double[]? p)) { p = new double[n]; pr[tool] = p; }
                    p[q] = Math.Exp(column[q] - peaks[q]);
                    z += p[q];
                }
                foreach (double[] row in pr.Values) row[q] /= z;
            }
            """)));
    }

    [Fact]
    public void OutLocalAlsoAssignedFromAnotherRow_IsNotTheLookedUpRow()
    {
        // p may be another dictionary's row: nothing ties it to pr[tool], so it keeps no walk over s.
        var model = Describe("""
            double z = 0.0;
            for (int q = 0; q < n; q++) { foreach (var (tool, column) in s) { if (!pr.TryGetValue(tool, out double[]? p)) { p = other; } p[q] = Math.Exp(column[q] - peaks[q]); z += p[q]; } }
            foreach (double[] row in pr.Values) for (int q = 0; q < n; q++) row[q] /= z;
            """);
        Assert.DoesNotContain("| sum z {s.d0,s.d1} |", model, StringComparison.Ordinal);
    }

    /// <summary>A method computing per-query peaks over the entries of <c>s</c>, then <paramref name="body"/>; line 11 of the first is the batch-wide sum.</summary>
    private static string Source(string body) => $$"""
        using System;
        using System.Collections.Generic;
        static class C { static void F(Dictionary<string, double[]> s, int n, Dictionary<string, double[]> pr) {
        var peaks = new double[n]; Array.Fill(peaks, double.NegativeInfinity);
        foreach (double[] column in s.Values) for (int q = 0; q < n; q++) peaks[q] = Math.Max(peaks[q], column[q]);
        {{body}}
        } }
        """;

    private static async Task<string> Reported(string source) => string.Join(",", await SourceMarkers.ReportedIdsAtLinesAsync(source, assertCompiles: false));

    private static string Describe(string body) => ModelDescriptions.Of($$"""
        using System;
        using System.Collections.Generic;
        static class C {
            static void F(Dictionary<string, double[]> s, int n, double[] peaks, double[] other, Dictionary<string, double[]> pr) {
                {{body}}
            }
        }
        """).Single().Value;
}
