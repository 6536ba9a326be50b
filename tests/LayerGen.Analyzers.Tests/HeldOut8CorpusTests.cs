namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Recreations/HeldOut8: an eighth blind held-out corpus, written without reading the analyzer's source, its tests or
/// the earlier corpora, from source families the earlier held-out sets did not draw on (Hopfield retrieval, slot
/// attention, Point Transformer, SoftSort, ListNet, Akaike/BIC weights, conformer populations, CosFace, DARTS, MIL
/// pooling, maxent taggers, RBM rating softmax, NTM addressing, Swin windows, Perceiver, JEM, entmax, LDA, ...), as an
/// eighth held-out measure of issue 8 (see that folder's README).
/// </summary>
public sealed class HeldOut8CorpusTests() : PinnedCorpusTests("HeldOut8")
{
    public static TheoryData<string> Files() => FilesOf("HeldOut8");

    [Theory]
    [MemberData(nameof(Files))]
    public Task ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGap(string file) => ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGapIn(file);
}
