namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Recreations/HeldOut96: a blind held-out corpus, written without reading the analyzer's source, its tests or the earlier
/// corpora, on the theme of GPU-style compute kernels written in plain C# (ILGPU/ComputeSharp style without the packages:
/// kernel methods taking a thread or group index, Parallel.For over a grid, grid-stride loops, per-block shared tiles and
/// tree reductions, warp-shuffle-style lane reductions, one thread per row or per element, launch configurations), as a
/// held-out measure of issue 8 (see that folder's README).
/// </summary>
public sealed class HeldOut96CorpusTests() : PinnedCorpusTests("HeldOut96")
{
    /// <summary>This session's blind set is 24 files by design (12 correct; each rule three times), below the 30-file default.</summary>
    protected override (int Methods, int FilesPerRule, int CorrectFiles) MinimumCoverage => (24, 3, 12);

    public static TheoryData<string> Files() => FilesOf("HeldOut96");

    [Theory]
    [MemberData(nameof(Files))]
    public Task ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGap(string file) => ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGapIn(file);
}
