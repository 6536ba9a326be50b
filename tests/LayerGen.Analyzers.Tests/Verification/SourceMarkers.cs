namespace LayerGen.Analyzers.Tests.Verification;

/// <summary>
/// The expectation markers of corpus and snippet sources: a trailing <c>//~ LG0001 LG0002</c> comment expects those
/// diagnostics on its line.
/// </summary>
internal static class SourceMarkers
{
    /// <summary>Every expected diagnostic of <paramref name="text"/> as its id and 1-based line.</summary>
    public static List<(string Id, int Line)> ExpectedMarkers(string text)
    {
        var markers = new List<(string, int)>();
        var lines = text.Split('\n');
        for (var index = 0; index < lines.Length; index++)
        {
            var at = lines[index].IndexOf("//~", StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }

            foreach (var id in lines[index][(at + 3)..].Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (id.StartsWith("LG", StringComparison.Ordinal))
                {
                    markers.Add((id, index + 1));
                }
            }
        }

        return markers;
    }

    /// <summary>The expected diagnostics as sorted <c>id@line</c> strings, the shape tests compare with.</summary>
    public static List<string> ExpectedIdsAtLines(string text)
    {
        var expected = ExpectedMarkers(text).Select(marker => $"{marker.Id}@{marker.Line}").ToList();
        expected.Sort(StringComparer.Ordinal);
        return expected;
    }

    /// <summary>
    /// The diagnostics the analyzer reports on <paramref name="source"/> (compiled as a corpus file, or
    /// <paramref name="compilation"/> when given) as <c>id@line</c> strings (1-based line), sorted ordinally; an AD0001
    /// is listed like any other id.
    /// </summary>
    /// <param name="source">The source whose diagnostics are wanted; compiled with <see cref="FixRunner.CompileRecreation"/> unless <paramref name="compilation"/> is given.</param>
    /// <param name="compilation">The compilation to analyze instead of compiling <paramref name="source"/> alone (extra files or references).</param>
    /// <param name="assertCompiles">Whether the test fails when the compilation has errors (the default); <see langword="false"/> analyzes it as it is.</param>
    public static async Task<List<string>> ReportedIdsAtLinesAsync(string source, Microsoft.CodeAnalysis.Compilation? compilation = null, bool assertCompiles = true)
    {
        compilation ??= FixRunner.CompileRecreation(source);
        if (assertCompiles)
        {
            var errors = compilation.GetDiagnostics().Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error).ToList();
            Assert.True(errors.Count == 0, string.Join("; ", errors));
        }

        var diagnostics = await FixRunner.AnalyzeAsync(compilation);
        return diagnostics.Select(d => $"{d.Id}@{d.Location.GetLineSpan().StartLinePosition.Line + 1}").OrderBy(e => e, StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// The ids alone of <see cref="ReportedIdsAtLinesAsync"/> (one per diagnostic, without lines), sorted ordinally.
    /// </summary>
    /// <param name="source">The source compiled with <see cref="FixRunner.CompileRecreation"/> and analyzed.</param>
    /// <param name="assertCompiles">Whether the test fails when the compilation has errors (the default).</param>
    public static async Task<List<string>> ReportedSortedIdsAsync(string source, bool assertCompiles = true) =>
        (await ReportedIdsAtLinesAsync(source, assertCompiles: assertCompiles))
            .Select(entry => entry[..entry.LastIndexOf('@')])
            .OrderBy(id => id, StringComparer.Ordinal)
            .ToList();

    /// <summary>
    /// Asserts that <paramref name="source"/> compiles (as a corpus file, or as <paramref name="compilation"/> when given)
    /// and that the analyzer reports exactly its markers' diagnostics, at their lines (an AD0001 fails it too).
    /// </summary>
    public static async Task AssertAnalyzerReportsMarkersAsync(string source, Microsoft.CodeAnalysis.Compilation? compilation = null) =>
        Assert.Equal(ExpectedIdsAtLines(source), await ReportedIdsAtLinesAsync(source, compilation));

    /// <summary>Methods with a body in <paramref name="text"/> (how many methods a corpus file re-creates).</summary>
    public static int CountMethods(string text) =>
        Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(text).GetRoot().DescendantNodes()
            .OfType<Microsoft.CodeAnalysis.CSharp.Syntax.MethodDeclarationSyntax>()
            .Count(method => method.Body is not null || method.ExpressionBody is not null);
}
