namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Recreations/Real54: our own re-creations of softmax, log-softmax, cross-entropy, attention, sampling,
/// policy-gradient and softmax-backward methods from 11 more public C# repositories (none named by an earlier
/// corpus README), each labelled against the rule catalogue and checked numerically; the measure (per-rule
/// found/expected, false reports, AD0001) and every pinned gap are in that folder's README. A folder of real-code
/// re-creations holds what the real code showed: no LG0001, LG0002 or LG0004 bug was found in this code.
/// </summary>
public sealed class Real54CorpusTests() : PinnedCorpusTests("Real54")
{
    public static TheoryData<string> Files() => FilesOf("Real54");

    /// <inheritdoc />
    protected override (int Methods, int FilesPerRule, int CorrectFiles) MinimumCoverage => (50, 0, 6);

    [Theory]
    [MemberData(nameof(Files))]
    public Task ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGap(string file) => ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGapIn(file);
}
