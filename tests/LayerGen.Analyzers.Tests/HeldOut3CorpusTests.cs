namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Recreations/HeldOut3: a fourth re-creation corpus, written blind (without reading the analyzer's source, its tests,
/// its rule docs or the earlier corpora) as a third held-out measure of issue 8 (see that folder's README).
/// </summary>
public sealed class HeldOut3CorpusTests() : PinnedCorpusTests("HeldOut3")
{
    public static TheoryData<string> Files() => FilesOf("HeldOut3");

    [Theory]
    [MemberData(nameof(Files))]
    public Task ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGap(string file) => ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGapIn(file);
}
