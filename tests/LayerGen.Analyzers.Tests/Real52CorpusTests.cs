namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Recreations/Real52: our own re-creations of softmax, log-sum-exp, Boltzmann-selection and softmax-backward methods
/// from 16 more public C# repositories (none named by an earlier corpus), each labelled against the rule catalogue
/// and checked numerically; the measure (per-rule found/expected, false reports, AD0001) and every pinned gap are in
/// that folder's README. A folder of real-code re-creations holds what the real code showed, so it asks for less
/// coverage than a blind corpus: no LG0001, LG0002 or LG0004 bug was found in this code.
/// </summary>
public sealed class Real52CorpusTests() : PinnedCorpusTests("Real52")
{
    public static TheoryData<string> Files() => FilesOf("Real52");

    /// <inheritdoc />
    protected override (int Methods, int FilesPerRule, int CorrectFiles) MinimumCoverage => (54, 0, 5);

    [Theory]
    [MemberData(nameof(Files))]
    public Task ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGap(string file) => ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGapIn(file);
}
