namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Recreations/HeldOut6: a seventh re-creation corpus, written blind (without reading the analyzer's source, its tests or
/// the earlier corpora) from source families the earlier held-out sets did not draw on, as a sixth held-out measure of
/// issue 8 (see that folder's README).
/// </summary>
public sealed class HeldOut6CorpusTests() : PinnedCorpusTests("HeldOut6")
{
    public static TheoryData<string> Files() => FilesOf("HeldOut6");

    [Theory]
    [MemberData(nameof(Files))]
    public Task ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGap(string file) => ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGapIn(file);
}
