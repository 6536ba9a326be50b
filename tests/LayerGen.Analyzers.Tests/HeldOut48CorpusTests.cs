namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Recreations/HeldOut48: a blind held-out corpus, written without reading the analyzer's source, its tests or the earlier
/// corpora, on the theme of robotics, control and state estimation (particle-filter importance weights per time step and
/// per filter, MPPI / path-integral rollout weights as a softmin over costs, soft data association of measurements to
/// tracks with a gate, semantic/occupancy grid cell probabilities, motion-primitive selection, multi-robot fleets, sensor
/// queues and per-tick control buffers), as a held-out measure of issue 8 (see that folder's README).
/// </summary>
public sealed class HeldOut48CorpusTests() : PinnedCorpusTests("HeldOut48")
{
    /// <summary>This session's blind set is 24 files by design (12 correct; each rule three times), below the 30-file default.</summary>
    protected override (int Methods, int FilesPerRule, int CorrectFiles) MinimumCoverage => (24, 3, 12);

    public static TheoryData<string> Files() => FilesOf("HeldOut48");

    [Theory]
    [MemberData(nameof(Files))]
    public Task ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGap(string file) => ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGapIn(file);
}
