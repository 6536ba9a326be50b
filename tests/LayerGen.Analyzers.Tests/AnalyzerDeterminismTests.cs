using System.Collections.Immutable;
using LayerGen.Analyzers.Softmax.Rules;
using LayerGen.Analyzers.Tests.Verification;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// The analyzer's output is a function of the source alone: the same diagnostics, at the same locations, with the same
/// messages, whatever order the syntax trees come in, whether the driver analyses methods concurrently or not, and in
/// every compilation of the same text (Roslyn symbols and operations hash by identity, new in each compilation, so a
/// choice made by hash order differs between them). Each corpus folder is compiled as one project three ways, and
/// each of its files alone; every run must print the same lines. Before <c>StableHash</c>, the buffer named in
/// "Softmax of '…'" changed between runs (GcNet's 'x'/'attention', CfgLm's 'cond'/'uncond').
/// </summary>
public sealed class AnalyzerDeterminismTests
{
    [Theory]
    [InlineData("HeldOut8")]
    [InlineData("HeldOut11")]
    [InlineData("HeldOut13")]
    [InlineData("HeldOut15")]
    [InlineData("HeldOut16")]
    [InlineData("HeldOut17")]
    [InlineData("HeldOut18")]
    [InlineData("HeldOut19")]
    [InlineData("HeldOut20")]
    [InlineData("HeldOut21")]
    [InlineData("HeldOut22")]
    [InlineData("HeldOut23")]
    [InlineData("HeldOut24")]
    [InlineData("HeldOut25")]
    [InlineData("HeldOut26")]
    [InlineData("HeldOut27")]
    [InlineData("HeldOut28")]
    [InlineData("HeldOut29")]
    [InlineData("HeldOut30")]
    [InlineData("HeldOut31")]
    [InlineData("HeldOut32")]
    [InlineData("HeldOut33")]
    [InlineData("HeldOut34")]
    [InlineData("HeldOut35")]
    [InlineData("HeldOut36")]
    [InlineData("HeldOut37")]
    [InlineData("HeldOut38")]
    [InlineData("HeldOut39")]
    [InlineData("HeldOut40")]
    [InlineData("HeldOut41")]
    [InlineData("HeldOut42")]
    [InlineData("HeldOut43")]
    [InlineData("HeldOut44")]
    [InlineData("HeldOut45")]
    [InlineData("HeldOut46")]
    [InlineData("HeldOut47")]
    [InlineData("HeldOut48")]
    [InlineData("HeldOut49")]
    [InlineData("HeldOut50")]
    [InlineData("HeldOut51")]
    [InlineData("HeldOut52")]
    [InlineData("HeldOut53")]
    [InlineData("HeldOut54")]
    [InlineData("HeldOut55")]
    [InlineData("HeldOut56")]
    [InlineData("HeldOut57")]
    [InlineData("HeldOut58")]
    [InlineData("HeldOut59")]
    [InlineData("HeldOut60")]
    [InlineData("HeldOut61")]
    [InlineData("HeldOut62")]
    [InlineData("HeldOut63")]
    [InlineData("HeldOut64")]
    [InlineData("HeldOut65")]
    [InlineData("HeldOut66")]
    [InlineData("HeldOut67")]
    [InlineData("HeldOut68")]
    [InlineData("HeldOut69")]
    [InlineData("HeldOut70")]
    [InlineData("HeldOut71")]
    [InlineData("HeldOut72")]
    [InlineData("HeldOut73")]
    [InlineData("HeldOut74")]
    [InlineData("HeldOut75")]
    [InlineData("HeldOut76")]
    [InlineData("HeldOut77")]
    [InlineData("HeldOut78")]
    [InlineData("HeldOut79")]
    [InlineData("HeldOut80")]
    [InlineData("HeldOut81")]
    [InlineData("HeldOut82")]
    [InlineData("HeldOut83")]
    [InlineData("HeldOut84")]
    [InlineData("HeldOut85")]
    [InlineData("HeldOut86")]
    [InlineData("HeldOut87")]
    [InlineData("HeldOut88")]
    [InlineData("HeldOut89")]
    [InlineData("HeldOut90")]
    [InlineData("HeldOut91")]
    [InlineData("HeldOut92")]
    [InlineData("HeldOut93")]
    [InlineData("HeldOut94")]
    [InlineData("HeldOut95")]
    [InlineData("HeldOut96")]
    [InlineData("HeldOut97")]
    [InlineData("HeldOut98")]
    [InlineData("HeldOut99")]
    [InlineData("Real55")]
    public async Task SameDiagnosticsWhateverTheTreeOrderAndConcurrency(string folder)
    {
        var files = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Recreations", folder), "*.cs")
            .OrderBy(path => path, StringComparer.Ordinal)
            .Select(path => (Name: Path.GetFileName(path), Text: File.ReadAllText(path)))
            .ToList();
        var shuffled = files.OrderBy(_ => Guid.NewGuid()).ToList();

        var inOrder = await Lines(files, concurrent: false);
        Assert.Contains(inOrder, line => line.Contains("Softmax of '", StringComparison.Ordinal));
        AssertSameLines(inOrder, await Lines(Enumerable.Reverse(files).ToList(), concurrent: true), "reversed, concurrent");
        AssertSameLines(inOrder, await Lines(shuffled, concurrent: true), "shuffled, concurrent");

        var fileByFile = new List<string>();
        foreach (var file in shuffled)
        {
            fileByFile.AddRange(await Lines(new[] { file }.ToList(), concurrent: false));
        }

        AssertSameLines(inOrder, fileByFile.OrderBy(line => line, StringComparer.Ordinal).ToList(), "file by file");
    }

    /// <summary>
    /// A bug inside a helper is found by the helper and by every caller that inlines it, each in its own terms; it is
    /// reported as the helper describes it, whichever body the driver analyses first (here the caller, declared first,
    /// in a sequential run). Before <c>BlockFindings</c>, this printed the caller's <c>'-m[i]'</c>, and concurrent runs
    /// of HeldOut8's ConformerPopulations printed either.
    /// </summary>
    [Fact]
    public async Task BugInAHelperIsDescribedInTheHelpersTerms()
    {
        const string source = """
            using System;
            using System.Collections.Generic;

            public static class Boltzmann
            {
                public static void PopulateAll(List<double[]> molecules)
                {
                    foreach (double[] m in molecules) Populate(m);
                }

                public static void Populate(double[] energies)
                {
                    double z = 0;
                    for (int i = 0; i < energies.Length; i++) { energies[i] = Math.Exp(-energies[i]); z += energies[i]; }
                    for (int i = 0; i < energies.Length; i++) energies[i] /= z;
                }
            }
            """;

        var line = Assert.Single(await Lines([("Boltzmann.cs", source)], concurrent: false));
        Assert.Contains("LG0003", line, StringComparison.Ordinal);
        Assert.Contains("exponentiates '-energies[i]'", line, StringComparison.Ordinal);
    }

    /// <summary>
    /// A helper that is right on its own (a max over the range it is given) is a bug only through a caller that gives it
    /// the whole batch; each such call is reported where it is, in its caller's terms ('logits', 'scores'), the same
    /// lines however the driver schedules them.
    /// </summary>
    [Fact]
    public async Task BugOnlyCallersAreEachReportedAtTheirCall()
    {
        const string source = """
            using System;

            public static class Batches
            {
                public static void SoftmaxLogits(double[] logits, int rows, int n)
                {
                    for (int r = 0; r < rows; r++)
                    {
                        double m = Peak(logits, 0, rows * n);
                        double z = 0;
                        for (int j = 0; j < n; j++) { logits[r * n + j] = Math.Exp(logits[r * n + j] - m); z += logits[r * n + j]; }
                        for (int j = 0; j < n; j++) logits[r * n + j] /= z;
                    }
                }

                public static void SoftmaxScores(double[] scores, int rows, int n)
                {
                    for (int r = 0; r < rows; r++)
                    {
                        double m = Peak(scores, 0, rows * n);
                        double z = 0;
                        for (int j = 0; j < n; j++) { scores[r * n + j] = Math.Exp(scores[r * n + j] - m); z += scores[r * n + j]; }
                        for (int j = 0; j < n; j++) scores[r * n + j] /= z;
                    }
                }

                private static double Peak(double[] v, int from, int count)
                {
                    double m = double.MinValue;
                    for (int j = from; j < from + count; j++) m = Math.Max(m, v[j]);
                    return m;
                }
            }
            """;

        var first = await Lines([("Batches.cs", source)], concurrent: false);
        Assert.Equal(2, first.Count);
        Assert.Single(first, line => line.Contains("Softmax of 'logits'", StringComparison.Ordinal));
        Assert.Single(first, line => line.Contains("Softmax of 'scores'", StringComparison.Ordinal));
        for (var run = 0; run < 8; run++)
        {
            AssertSameLines(first, await Lines([("Batches.cs", source)], concurrent: true), "concurrent");
        }
    }

    /// <summary>Fails with the whole lines that differ (xUnit's collection diff truncates them before the message).</summary>
    private static void AssertSameLines(List<string> expected, List<string> actual, string run)
    {
        var missing = expected.Except(actual, StringComparer.Ordinal).ToList();
        var extra = actual.Except(expected, StringComparer.Ordinal).ToList();
        Assert.True(
            missing.Count == 0 && extra.Count == 0 && expected.Count == actual.Count,
            $"The {run} run differs from the in-order run ({expected.Count} and {actual.Count} lines).\nOnly in order:\n  {string.Join("\n  ", missing)}\nOnly {run}:\n  {string.Join("\n  ", extra)}\nAll {run}:\n  {string.Join("\n  ", actual)}");
    }

    /// <summary>Every analyzer diagnostic of one compilation of <paramref name="files"/>, one sorted line each.</summary>
    private static async Task<List<string>> Lines(List<(string Name, string Text)> files, bool concurrent)
    {
        var trees = files.Select(file => CSharpSyntaxTree.ParseText(file.Text, new CSharpParseOptions(LanguageVersion.Latest), file.Name));
        var compilation = CSharpCompilation.Create(
            "Determinism",
            trees,
            TestReferences.Net100.Append(TestReferences.RealTensorPrimitives),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, allowUnsafe: true, concurrentBuild: concurrent));
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), onAnalyzerException: null, concurrentAnalysis: concurrent, logAnalyzerExecutionTime: false);
        var diagnostics = await compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new SoftmaxAnalyzer()), options).GetAnalyzerDiagnosticsAsync();
        Assert.DoesNotContain(diagnostics, diagnostic => diagnostic.Id == "AD0001");
        return diagnostics
            .Select(diagnostic =>
                $"{diagnostic.Location.SourceTree?.FilePath} {diagnostic.Id} {diagnostic.Location.SourceSpan} " +
                $"[{string.Join(",", diagnostic.AdditionalLocations.Select(location => location.SourceSpan.Start))}] {diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}")
            .OrderBy(line => line, StringComparer.Ordinal)
            .ToList();
    }
}
