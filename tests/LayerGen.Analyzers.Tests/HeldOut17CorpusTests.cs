namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Recreations/HeldOut17: a blind held-out corpus, written without reading the analyzer's source, its tests or the earlier
/// corpora, from source families the earlier held-out sets did not draw on (Transformer-XL, Fastformer, RETRO, H2O,
/// DeepSeek MLA, Mirostat, Flamingo, Attend-and-Excite, wav2vec 2.0 codebooks, non-local blocks, Set2Set, discrete BCQ,
/// GFlowNet trajectory balance, PAWS, SupCon), as a held-out measure of issue 8 (see that folder's README).
/// </summary>
public sealed class HeldOut17CorpusTests() : PinnedCorpusTests("HeldOut17")
{
    public static TheoryData<string> Files() => FilesOf("HeldOut17");

    [Theory]
    [MemberData(nameof(Files))]
    public Task ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGap(string file) => ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGapIn(file);
}
