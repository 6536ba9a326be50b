namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Recreations/HeldOut46: a blind held-out corpus, written without reading the analyzer's source, its tests or the earlier
/// corpora, on the theme of reinforcement learning and game AI (Boltzmann exploration over Q-tables, policy-gradient and
/// actor-critic action probabilities, masked illegal moves, MCTS priors and visit-count policies, Hedge/EXP3 bandit
/// weights, multi-agent policies, utility-AI behaviour selection, soft Q targets, league opponent sampling), as a held-out
/// measure of issue 8 (see that folder's README).
/// </summary>
public sealed class HeldOut46CorpusTests() : PinnedCorpusTests("HeldOut46")
{
    /// <summary>This session's blind set is 24 files by design (12 correct; each rule three times), below the 30-file default.</summary>
    protected override (int Methods, int FilesPerRule, int CorrectFiles) MinimumCoverage => (24, 3, 12);

    public static TheoryData<string> Files() => FilesOf("HeldOut46");

    [Theory]
    [MemberData(nameof(Files))]
    public Task ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGap(string file) => ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGapIn(file);
}
