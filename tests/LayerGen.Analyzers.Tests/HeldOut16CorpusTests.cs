namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Recreations/HeldOut16: a blind held-out corpus, written without reading the analyzer's source, its tests or the earlier
/// corpora, from source families the earlier held-out sets did not draw on (statistics, econometrics, physics, chemistry,
/// biology, games, boosting, retrieval, recommenders, signal processing, tracking and robot mapping), as a held-out measure
/// of issue 8 (see that folder's README).
/// </summary>
public sealed class HeldOut16CorpusTests() : PinnedCorpusTests("HeldOut16")
{
    public static TheoryData<string> Files() => FilesOf("HeldOut16");

    [Theory]
    [MemberData(nameof(Files))]
    public Task ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGap(string file) => ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGapIn(file);
}
