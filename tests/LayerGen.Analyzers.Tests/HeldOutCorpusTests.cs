namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Recreations/HeldOut: the second re-creation corpus, written without reading the analyzer's source, as a stand-in
/// for the held-out measure of issue 8 (see that folder's README).
/// </summary>
public sealed class HeldOutCorpusTests() : PinnedCorpusTests("HeldOut")
{
    public static TheoryData<string> Files() => FilesOf("HeldOut");

    [Theory]
    [MemberData(nameof(Files))]
    public Task ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGap(string file) => ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGapIn(file);
}
