namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Recreations/HeldOut4: a fifth re-creation corpus, written blind (without reading the analyzer's source, its tests,
/// its rule docs or the earlier corpora) as a fourth held-out measure of issue 8 (see that folder's README).
/// </summary>
public sealed class HeldOut4CorpusTests() : PinnedCorpusTests("HeldOut4")
{
    public static TheoryData<string> Files() => FilesOf("HeldOut4");

    [Theory]
    [MemberData(nameof(Files))]
    public Task ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGap(string file) => ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGapIn(file);
}
