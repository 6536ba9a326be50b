namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Recreations/HeldOut55: a blind held-out corpus, written without reading the analyzer's source, its tests or the earlier
/// corpora, on the theme of modern .NET library-style and generic-math code (generic <c>IFloatingPointIeee754</c> softmax,
/// span APIs and extension methods, a strided tensor view with an axis, ref struct row enumerators, <c>Memory</c> rows,
/// <c>params</c> helpers, static abstract kernels, records, <c>ArrayPool</c>/<c>stackalloc</c> scratch), as a held-out
/// measure of issue 8 (see that folder's README).
/// </summary>
public sealed class HeldOut55CorpusTests() : PinnedCorpusTests("HeldOut55")
{
    /// <summary>This session's blind set is 24 files by design (12 correct; each rule three times), below the 30-file default.</summary>
    protected override (int Methods, int FilesPerRule, int CorrectFiles) MinimumCoverage => (24, 3, 12);

    public static TheoryData<string> Files() => FilesOf("HeldOut55");

    [Theory]
    [MemberData(nameof(Files))]
    public Task ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGap(string file) => ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGapIn(file);
}
