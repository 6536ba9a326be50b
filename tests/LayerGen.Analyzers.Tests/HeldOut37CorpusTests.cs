namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Recreations/HeldOut37: a blind held-out corpus, written without reading the analyzer's source, its tests or the earlier
/// corpora, on the theme of graphs, irregular and ragged structures (GAT edge softmax over CSR and COO edge lists with
/// scatter-max/scatter-add, neighbour lists and adjacency dictionaries, point-cloud k-NN attention, packed and padded
/// sequence batches, hierarchical softmax over a tree, mixture-of-experts top-k gating, beam search, segment softmax,
/// pooling by attention), as a held-out measure of issue 8 (see that folder's README).
/// </summary>
public sealed class HeldOut37CorpusTests() : PinnedCorpusTests("HeldOut37")
{
    /// <summary>This session's blind set is 24 files by design (12 correct; each rule three times), below the 30-file default.</summary>
    protected override (int Methods, int FilesPerRule, int CorrectFiles) MinimumCoverage => (24, 3, 12);

    public static TheoryData<string> Files() => FilesOf("HeldOut37");

    [Theory]
    [MemberData(nameof(Files))]
    public Task ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGap(string file) => ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGapIn(file);
}
