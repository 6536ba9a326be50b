namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Recreations/Real55: our own re-creations of batched, column-major, last-axis, attention, Boltzmann-selection and
/// softmax-derivative methods from more public C# repositories (none named by an earlier corpus README), each
/// labelled against the rule catalogue and checked numerically; the measure (per-rule found/expected, false reports,
/// AD0001) and every pinned gap are in that folder's README. A folder of real-code re-creations holds what the real
/// code showed: one LG0001 and one LG0002 bug, no LG0004.
/// </summary>
public sealed class Real55CorpusTests() : PinnedCorpusTests("Real55")
{
    public static TheoryData<string> Files() => FilesOf("Real55");

    /// <inheritdoc />
    protected override (int Methods, int FilesPerRule, int CorrectFiles) MinimumCoverage => (52, 0, 3);

    [Theory]
    [MemberData(nameof(Files))]
    public Task ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGap(string file) => ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGapIn(file);
}
