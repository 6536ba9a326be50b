namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Recreations/HeldOut74: a blind held-out corpus, written without reading the analyzer's source, its tests or the earlier
/// corpora, on the theme of object-oriented decomposition (the softmax split across a class design: abstract base classes
/// with template methods and hook overrides, virtual/override chains, interfaces with default implementations, generic
/// math layer classes, strategy objects (`INormalizer`), `Func` fields and properties, events and lambda subscribers,
/// properties and fields holding per-row/per-batch state, lazily cached properties, builders, fluent pipelines and the
/// composite pattern), as a held-out measure of issue 8 (see that
/// folder's README).
/// </summary>
public sealed class HeldOut74CorpusTests() : PinnedCorpusTests("HeldOut74")
{
    /// <summary>This session's blind set is 24 files by design (12 correct; each rule three times), below the 30-file default.</summary>
    protected override (int Methods, int FilesPerRule, int CorrectFiles) MinimumCoverage => (24, 3, 12);

    public static TheoryData<string> Files() => FilesOf("HeldOut74");

    [Theory]
    [MemberData(nameof(Files))]
    public Task ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGap(string file) => ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGapIn(file);
}
