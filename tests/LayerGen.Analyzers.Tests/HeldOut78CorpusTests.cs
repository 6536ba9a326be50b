namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Recreations/HeldOut78: a blind held-out corpus, written without reading the analyzer's source, its tests or the earlier
/// corpora, on the theme of closures and callbacks (lambdas capturing and mutating accumulators, List.ForEach and
/// Array.ForEach, user loop helpers For/ForEachRow, visitor callbacks, captured locals reassigned by local functions,
/// Func&lt;int, T&gt; element accessors passed to a generic softmax, callbacks whose returned values a helper sums,
/// Parallel.For lambdas, continuation callbacks, online-softmax sinks), as a held-out measure of issue 8 (see that
/// folder's README).
/// </summary>
public sealed class HeldOut78CorpusTests() : PinnedCorpusTests("HeldOut78")
{
    /// <summary>This session's blind set is 24 files by design (12 correct; each rule three times), below the 30-file default.</summary>
    protected override (int Methods, int FilesPerRule, int CorrectFiles) MinimumCoverage => (24, 3, 12);

    public static TheoryData<string> Files() => FilesOf("HeldOut78");

    [Theory]
    [MemberData(nameof(Files))]
    public Task ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGap(string file) => ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGapIn(file);
}
