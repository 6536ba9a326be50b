namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Recreations/HeldOut33: a blind held-out corpus, written without reading the analyzer's source, its tests or the earlier
/// corpora, on the theme of beginner and student code (homework, tutorials, blog posts, first neural networks, Stack
/// Overflow answers: everything in Main, static fields as global state, <c>List&lt;List&lt;double&gt;&gt;</c>, jagged arrays
/// built in loops, <c>while</c> loops with manual counters, <c>foreach</c> with a separate index, CSV-like literals,
/// <c>Math.Pow(Math.E, x)</c>, LINQ sprinkled in), as a held-out measure of issue 8 (see that folder's README).
/// </summary>
public sealed class HeldOut33CorpusTests() : PinnedCorpusTests("HeldOut33")
{
    /// <summary>This session's blind set is 24 files by design (12 correct; each rule three times), below the 30-file default.</summary>
    protected override (int Methods, int FilesPerRule, int CorrectFiles) MinimumCoverage => (24, 3, 12);

    public static TheoryData<string> Files() => FilesOf("HeldOut33");

    [Theory]
    [MemberData(nameof(Files))]
    public Task ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGap(string file) => ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGapIn(file);
}
