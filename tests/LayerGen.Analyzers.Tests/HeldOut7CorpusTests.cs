namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Recreations/HeldOut7: a seventh blind held-out corpus, written without reading the analyzer's source, its tests or
/// the earlier corpora, from source families the earlier held-out sets did not draw on (knowledge distillation, loss
/// functions written from scratch, NT-Xent, legal-move policies, word2vec, char-RNN, CRF, Transformer-from-scratch,
/// GMM EM, recommendation, ...), as a seventh held-out measure of issue 8 (see that folder's README).
/// </summary>
public sealed class HeldOut7CorpusTests() : PinnedCorpusTests("HeldOut7")
{
    public static TheoryData<string> Files() => FilesOf("HeldOut7");

    [Theory]
    [MemberData(nameof(Files))]
    public Task ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGap(string file) => ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGapIn(file);
}
