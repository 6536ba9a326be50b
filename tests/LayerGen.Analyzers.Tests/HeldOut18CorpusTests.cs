namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Recreations/HeldOut18: a blind held-out corpus, written without reading the analyzer's source, its tests or the earlier
/// corpora, from source families the earlier held-out sets did not draw on (non-deep-learning code: kinetic Monte Carlo,
/// LoRa soft demodulation, Moran processes, poker range tracking, entropy balancing, N-mixture abundance, Cox lapse models,
/// IMM tracking, soft audio masks, smoothed makespan, user-kNN recommenders, SDF smooth unions, PCFG sampling,
/// maximum-entropy option densities, smoothed fictitious play), as a held-out measure of issue 8
/// (see that folder's README).
/// </summary>
public sealed class HeldOut18CorpusTests() : PinnedCorpusTests("HeldOut18")
{
    public static TheoryData<string> Files() => FilesOf("HeldOut18");

    [Theory]
    [MemberData(nameof(Files))]
    public Task ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGap(string file) => ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGapIn(file);
}
