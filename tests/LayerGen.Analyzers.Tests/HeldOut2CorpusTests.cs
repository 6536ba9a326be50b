namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Recreations/HeldOut2: a third re-creation corpus, written blind (without reading the analyzer's source, its tests or
/// the first two corpora) as a second held-out measure of issue 8 (see that folder's README).
/// </summary>
public sealed class HeldOut2CorpusTests() : PinnedCorpusTests("HeldOut2")
{
    public static TheoryData<string> Files() => FilesOf("HeldOut2");

    [Theory]
    [MemberData(nameof(Files))]
    public Task ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGap(string file) => ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGapIn(file);
}
