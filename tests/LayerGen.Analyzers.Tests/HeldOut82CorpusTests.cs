namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Recreations/HeldOut82: a blind held-out corpus, written without reading the analyzer's source, its tests or the earlier
/// corpora, on the theme of function pointers, method groups and generic higher-order helpers (`delegate*` function pointers and
/// `delegate* managed` pointers, static lambdas, method groups passed as Func combiners, the files' own generic
/// Reduce/Fold/MapInPlace helpers taking delegates, seeded Aggregate, Converter and Comparison), as a held-out measure of issue 8 (see that
/// folder's README).
/// </summary>
public sealed class HeldOut82CorpusTests() : PinnedCorpusTests("HeldOut82")
{
    /// <summary>This session's blind set is 24 files by design (12 correct; each rule three times), below the 30-file default.</summary>
    protected override (int Methods, int FilesPerRule, int CorrectFiles) MinimumCoverage => (24, 3, 12);

    public static TheoryData<string> Files() => FilesOf("HeldOut82");

    [Theory]
    [MemberData(nameof(Files))]
    public Task ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGap(string file) => ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGapIn(file);
}
