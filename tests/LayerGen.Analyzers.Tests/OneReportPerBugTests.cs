using LayerGen.Analyzers.Tests.Verification;
using Microsoft.CodeAnalysis;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Several sites of one bug get one report: the folds of one walk of a reduction (a vector loop and the scalar tail that
/// continues its counter, the branches of one loop's update) and the same raw exp computed twice (once for the sum,
/// again for the division) are reported once, at the first in source order, with the others as additional locations;
/// separate walks and exps of other operands are reported each (the corpus markers of SplitSites_OneReportPerBug and
/// its silent twins pin which). The fix of the one report repairs every site.
/// </summary>
public class OneReportPerBugTests
{
    private const string Usings = "using System;\nusing System.Runtime.Intrinsics;\n";

    /// <summary>
    /// Recreations/SplitSites_OneReportPerBug.cs (its markers, checked by <see cref="RecreationCorpusTests"/>, put each
    /// bug's one report at its first site): the other site of each bug is an additional location of that report.
    /// </summary>
    [Theory]
    [InlineData("acc += Vector128.Create", "total += data[i];")]
    [InlineData("z += y[r * cols + j] + y[r * cols + j + 1];", "z += y[r * cols + j];")]
    public async Task CorpusBugAtTwoSites_ReportsTheOtherSiteAsAdditionalLocation(string first, string other)
    {
        var text = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Recreations", "SplitSites_OneReportPerBug.cs"));
        var diagnostics = await AnalyzeAsync(text, withUsings: false);
        var report = Assert.Single(diagnostics, diagnostic => LineOf(diagnostic.Location).Contains(first, StringComparison.Ordinal));
        var otherSite = report.AdditionalLocations.First(location => LineOf(location).Contains(other, StringComparison.Ordinal));
        Assert.DoesNotContain(diagnostics, diagnostic => diagnostic.Location.GetLineSpan().StartLinePosition.Line == otherSite.GetLineSpan().StartLinePosition.Line);
    }

    [Fact]
    public async Task BranchesOfOneLoopsFold_AreOneMaximumSite()
    {
        var diagnostics = await AnalyzeAsync("""
            public static class C
            {
                public static void F(double[,] x, double[,] y)
                {
                    double m = double.NegativeInfinity;
                    for (int r = 0; r < x.GetLength(0); r++)
                        for (int c = 0; c < x.GetLength(1); c++)
                            if (x[r, c] > m) m = x[r, c]; // if branch
                            else m = Math.Max(m, x[r, c] - 1.0); // else branch
                    for (int r = 0; r < x.GetLength(0); r++)
                    {
                        double z = 0;
                        for (int c = 0; c < x.GetLength(1); c++) { y[r, c] = Math.Exp(x[r, c] - m); z += y[r, c]; }
                        for (int c = 0; c < x.GetLength(1); c++) y[r, c] /= z;
                    }
                }
            }
            """);
        var report = Assert.Single(diagnostics);
        Assert.Equal("LG0001", report.Id);
        Assert.Contains("if branch", LineOf(report.Location));
        Assert.Contains(report.AdditionalLocations, location => LineOf(location).Contains("else branch", StringComparison.Ordinal));
    }

    private static async Task<List<Diagnostic>> AnalyzeAsync(string source, bool withUsings = true)
    {
        var compilation = FixRunner.CompileRecreation(withUsings ? Usings + source : source);
        Assert.Empty(compilation.GetDiagnostics().Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error));
        var diagnostics = await FixRunner.AnalyzeAsync(compilation);
        Assert.DoesNotContain(diagnostics, diagnostic => diagnostic.Id == "AD0001");
        return diagnostics.OrderBy(diagnostic => diagnostic.Location.SourceSpan.Start).ToList();
    }

    private static string LineOf(Location location) =>
        location.SourceTree!.GetText().Lines[location.GetLineSpan().StartLinePosition.Line].ToString();
}
