namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Recreations/Real56: our own re-creations of softmax, log-sum-exp, maximum-entropy, softmax-loss and softmax-backward
/// methods from more public C# repositories (NLP, object detection, a Unity game framework, network libraries; none
/// named by an earlier corpus README), each labelled against the rule catalogue and checked numerically; the measure
/// (per-rule found/expected, false reports, AD0001) and every pinned gap are in that folder's README. A folder of
/// real-code re-creations holds what the real code showed: no LG0001, LG0002 or LG0004 bug, two files with no bug at all.
/// </summary>
public sealed class Real56CorpusTests() : PinnedCorpusTests("Real56")
{
    public static TheoryData<string> Files() => FilesOf("Real56");

    /// <inheritdoc />
    protected override (int Methods, int FilesPerRule, int CorrectFiles) MinimumCoverage => (59, 0, 2);

    [Theory]
    [MemberData(nameof(Files))]
    public Task ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGap(string file) => ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGapIn(file);
}
