namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Recreations/HeldOut87: a blind held-out corpus, written without reading the analyzer's source, its tests or the earlier
/// corpora, on the theme of several softmaxes in one method or type (multi-head attention with a loop per head over one
/// flat buffer, mixture-of-experts gates beside the experts' own output softmaxes, a class head and an auxiliary head of
/// different widths, cross-attention beside self-attention, two-level cluster-then-word softmaxes, a row softmax and a
/// column softmax of the same matrix, helpers shared by several call sites with different slices), as a held-out measure
/// of issue 8 (see that folder's README).
/// </summary>
public sealed class HeldOut87CorpusTests() : PinnedCorpusTests("HeldOut87")
{
    /// <summary>This session's blind set is 24 files by design (12 correct; each rule three times), below the 30-file default.</summary>
    protected override (int Methods, int FilesPerRule, int CorrectFiles) MinimumCoverage => (24, 3, 12);

    public static TheoryData<string> Files() => FilesOf("HeldOut87");

    [Theory]
    [MemberData(nameof(Files))]
    public Task ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGap(string file) => ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGapIn(file);
}
