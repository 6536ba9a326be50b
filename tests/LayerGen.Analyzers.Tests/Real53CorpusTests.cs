namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Recreations/Real53: our own re-creations of softmax, log-sum-exp, Boltzmann-selection, naive-Bayes-evidence and
/// softmax-derivative methods from 12 more public C# repositories (none named by an earlier corpus README), each
/// labelled against the rule catalogue and checked numerically; the measure (per-rule found/expected, false reports,
/// AD0001) and every pinned gap are in that folder's README. A folder of real-code re-creations holds what the real
/// code showed: no LG0001, LG0002 or LG0004 bug was found in this code.
/// </summary>
public sealed class Real53CorpusTests() : PinnedCorpusTests("Real53")
{
    public static TheoryData<string> Files() => FilesOf("Real53");

    /// <inheritdoc />
    protected override (int Methods, int FilesPerRule, int CorrectFiles) MinimumCoverage => (44, 0, 5);

    [Theory]
    [MemberData(nameof(Files))]
    public Task ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGap(string file) => ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGapIn(file);
}
