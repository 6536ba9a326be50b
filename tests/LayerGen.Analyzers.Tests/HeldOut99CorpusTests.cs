namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Recreations/HeldOut99: a blind held-out corpus, written without reading the analyzer's source, its tests or the earlier
/// corpora, on the theme of asynchronous and message-passing code (async/await methods, IAsyncEnumerable streams with
/// await foreach, System.Threading.Channels producers/consumers, actor-style message handlers with per-message state,
/// Task.WhenAll over row batches, IProgress callbacks, cancellation tokens), as a held-out measure of issue 8 (see that
/// folder's README).
/// </summary>
public sealed class HeldOut99CorpusTests() : PinnedCorpusTests("HeldOut99")
{
    /// <summary>This session's blind set is 24 files by design (12 correct; each rule three times), below the 30-file default.</summary>
    protected override (int Methods, int FilesPerRule, int CorrectFiles) MinimumCoverage => (24, 3, 12);

    public static TheoryData<string> Files() => FilesOf("HeldOut99");

    [Theory]
    [MemberData(nameof(Files))]
    public Task ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGap(string file) => ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGapIn(file);
}
