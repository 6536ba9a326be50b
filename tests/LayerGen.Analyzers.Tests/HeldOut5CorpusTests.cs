namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Recreations/HeldOut5: a sixth re-creation corpus, written blind (without reading the analyzer's source, its tests or
/// the earlier corpora) from source families the earlier held-out sets did not draw on, as a fifth held-out measure of
/// issue 8 (see that folder's README).
/// </summary>
public sealed class HeldOut5CorpusTests() : PinnedCorpusTests("HeldOut5")
{
    public static TheoryData<string> Files() => FilesOf("HeldOut5");

    [Theory]
    [MemberData(nameof(Files))]
    public Task ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGap(string file) => ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGapIn(file);
}
