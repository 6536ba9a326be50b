namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Recreations/HeldOut69: a blind held-out corpus, written without reading the analyzer's source, its tests or the earlier
/// corpora, on the theme of C# 12–13 language features (primary constructors, collection expressions with spreads, inline
/// arrays, ref structs and `scoped`, `params ReadOnlySpan<T>`, extension methods on spans, static abstract interface
/// members and generic math, `allows ref struct` generics, `ref readonly` parameters, lambdas with default parameters,
/// `using` aliases for any type), as a held-out measure of issue 8 (see that folder's README).
/// </summary>
public sealed class HeldOut69CorpusTests() : PinnedCorpusTests("HeldOut69")
{
    /// <summary>This session's blind set is 24 files by design (12 correct; each rule three times), below the 30-file default.</summary>
    protected override (int Methods, int FilesPerRule, int CorrectFiles) MinimumCoverage => (24, 3, 12);

    public static TheoryData<string> Files() => FilesOf("HeldOut69");

    [Theory]
    [MemberData(nameof(Files))]
    public Task ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGap(string file) => ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGapIn(file);
}
