namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Recreations/Real57: our own re-creations of softmax, attention, sampling, log-softmax and softmax-backward methods
/// from more public C# repositories (a llama2.c port, a student transformer, inference libraries, a pointer-based CNN,
/// a textbook library, a Unity utility-AI selector, ONNX Runtime and WinML samples, a Paddle detector; none named by an
/// earlier corpus README), each labelled against the rule catalogue and checked numerically; the measure (per-rule
/// found/expected, false reports, AD0001) and every pinned gap are in that folder's README. A folder of real-code
/// re-creations holds what the real code showed: no LG0001, LG0002 or LG0004 bug, three files with no bug at all.
/// </summary>
public sealed class Real57CorpusTests() : PinnedCorpusTests("Real57")
{
    public static TheoryData<string> Files() => FilesOf("Real57");

    /// <inheritdoc />
    protected override (int Methods, int FilesPerRule, int CorrectFiles) MinimumCoverage => (48, 0, 3);

    [Theory]
    [MemberData(nameof(Files))]
    public Task ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGap(string file) => ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGapIn(file);
}
