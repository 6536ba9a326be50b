namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Recreations/HeldOut30: a blind held-out corpus, written without reading the analyzer's source, its tests or the earlier
/// corpora, on one theme: the softmax as reinforcement-learning, game-AI and simulation developers write it (AlphaZero
/// legal-move priors, Boltzmann exploration over Q-values with an annealed temperature, parameter-shared multi-agent
/// policy heads in a column-per-agent layout, utility-AI action choice, frame-by-frame bot brains with state in fields,
/// struct-of-arrays entity storage, replay-buffer minibatches, categorical action sampling, A2C forward passes,
/// vectorised environments, trading bots, Unity-Mathf-style helpers), as a held-out measure of issue 8 (see that
/// folder's README).
/// </summary>
public sealed class HeldOut30CorpusTests() : PinnedCorpusTests("HeldOut30")
{
    /// <summary>This session's blind set is 24 files by design (12 correct; each rule three times), below the 30-file default.</summary>
    protected override (int Methods, int FilesPerRule, int CorrectFiles) MinimumCoverage => (24, 3, 12);

    public static TheoryData<string> Files() => FilesOf("HeldOut30");

    [Theory]
    [MemberData(nameof(Files))]
    public Task ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGap(string file) => ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGapIn(file);
}
