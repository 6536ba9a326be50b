namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Recreations/HeldOut98: a blind held-out corpus, written without reading the analyzer's source, its tests or the earlier
/// corpora, on the theme of game AI and reinforcement learning (Boltzmann/softmax exploration over action values,
/// multi-armed bandits, policy-gradient action probabilities, MCTS priors, Q-tables as dictionaries or arrays of structs,
/// per-agent batches, temperature annealing), as a held-out measure of issue 8 (see that folder's README).
/// </summary>
public sealed class HeldOut98CorpusTests() : PinnedCorpusTests("HeldOut98")
{
    /// <summary>This session's blind set is 24 files by design (12 correct; each rule three times), below the 30-file default.</summary>
    protected override (int Methods, int FilesPerRule, int CorrectFiles) MinimumCoverage => (24, 3, 12);

    public static TheoryData<string> Files() => FilesOf("HeldOut98");

    [Theory]
    [MemberData(nameof(Files))]
    public Task ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGap(string file) => ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGapIn(file);
}
