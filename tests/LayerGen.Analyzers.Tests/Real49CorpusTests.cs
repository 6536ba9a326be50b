namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Recreations/Real49: our own re-creations of what the analyzer got wrong on real, unmodified public C# code (9 more
/// repositories, 121 exp-normalisations; the measure and its labels are in that folder's README). The folder holds only
/// the shapes found there, so it asks for less coverage than a blind corpus.
/// </summary>
public sealed class Real49CorpusTests() : PinnedCorpusTests("Real49")
{
    public static TheoryData<string> Files() => FilesOf("Real49");

    /// <inheritdoc />
    protected override (int Methods, int FilesPerRule, int CorrectFiles) MinimumCoverage => (3, 0, 0);

    [Theory]
    [MemberData(nameof(Files))]
    public Task ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGap(string file) => ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGapIn(file);
}
