namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Recreations/HeldOut71: a blind held-out corpus, written without reading the analyzer's source, its tests or the earlier
/// corpora, on the theme of iterators, streams and lazy pipelines (`yield return` row generators, `IAsyncEnumerable` with `await foreach`,
/// Channels consumers, `Enumerable.Chunk` batching, sliding windows, `ToLookup`, `SortedDictionary`/`SortedList`,
/// `Queue`/`Stack`/`LinkedList` buffers, lazy versus materialised boundaries), as a held-out measure of issue 8 (see that
/// folder's README).
/// </summary>
public sealed class HeldOut71CorpusTests() : PinnedCorpusTests("HeldOut71")
{
    /// <summary>This session's blind set is 24 files by design (12 correct; each rule three times), below the 30-file default.</summary>
    protected override (int Methods, int FilesPerRule, int CorrectFiles) MinimumCoverage => (24, 3, 12);

    public static TheoryData<string> Files() => FilesOf("HeldOut71");

    [Theory]
    [MemberData(nameof(Files))]
    public Task ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGap(string file) => ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGapIn(file);
}
