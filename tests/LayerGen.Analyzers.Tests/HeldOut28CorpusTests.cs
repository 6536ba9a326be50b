namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Recreations/HeldOut28: a blind held-out corpus, written without reading the analyzer's source, its tests or the earlier
/// corpora, whose theme is object-oriented architecture (the softmax spread over interfaces and their implementations,
/// abstract and generic base layers, static utility classes, Matrix/Tensor/Vector classes with indexers, operators and
/// axis reductions, builders, strategies, lazy properties, callbacks, partial and nested classes), as a held-out measure
/// of issue 8 (see that folder's README).
/// </summary>
public sealed class HeldOut28CorpusTests() : PinnedCorpusTests("HeldOut28")
{
    /// <summary>This session's blind set is 24 files by design (12 correct; each rule three times), below the 30-file default.</summary>
    protected override (int Methods, int FilesPerRule, int CorrectFiles) MinimumCoverage => (24, 3, 12);

    public static TheoryData<string> Files() => FilesOf("HeldOut28");

    [Theory]
    [MemberData(nameof(Files))]
    public Task ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGap(string file) => ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGapIn(file);
}
