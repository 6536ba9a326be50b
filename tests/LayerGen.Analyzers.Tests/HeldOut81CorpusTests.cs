namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Recreations/HeldOut81: a blind held-out corpus, written without reading the analyzer's source, its tests or the earlier
/// corpora, on the theme of async and Task-based code (async methods awaiting inside row loops, Task.Run per row,
/// Task.WhenAll over row tasks returning per-row results, ValueTask, IAsyncEnumerable rows consumed with await foreach,
/// Channel readers, SemaphoreSlim-guarded shared accumulators, ConfigureAwait(false)), as a held-out measure of issue 8
/// (see that folder's README).
/// </summary>
public sealed class HeldOut81CorpusTests() : PinnedCorpusTests("HeldOut81")
{
    /// <summary>This session's blind set is 24 files by design (12 correct; each rule three times), below the 30-file default.</summary>
    protected override (int Methods, int FilesPerRule, int CorrectFiles) MinimumCoverage => (24, 3, 12);

    public static TheoryData<string> Files() => FilesOf("HeldOut81");

    [Theory]
    [MemberData(nameof(Files))]
    public Task ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGap(string file) => ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGapIn(file);
}
