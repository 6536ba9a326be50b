namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Recreations/HeldOut60: a blind held-out corpus, written without reading the analyzer's source, its tests or the earlier
/// corpora, on the theme of parallel and concurrent code (Parallel.For row lambdas, Partitioner ranges, localInit/localFinally
/// thread-local state, locks around shared sums, PLINQ, Task.Run chunks with Task.WaitAll, ThreadLocal scratch rows,
/// ConcurrentDictionary results, chunked flat buffers, row-range helpers, async methods over batches), as a held-out
/// measure of issue 8 (see that folder's README).
/// </summary>
public sealed class HeldOut60CorpusTests() : PinnedCorpusTests("HeldOut60")
{
    /// <summary>This session's blind set is 24 files by design (12 correct; each rule three times), below the 30-file default.</summary>
    protected override (int Methods, int FilesPerRule, int CorrectFiles) MinimumCoverage => (24, 3, 12);

    public static TheoryData<string> Files() => FilesOf("HeldOut60");

    [Theory]
    [MemberData(nameof(Files))]
    public Task ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGap(string file) => ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGapIn(file);
}
