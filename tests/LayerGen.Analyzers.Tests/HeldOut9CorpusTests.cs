namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Recreations/HeldOut9: a ninth blind held-out corpus, written without reading the analyzer's source, its tests or
/// the earlier corpora, from source families the earlier held-out sets did not draw on (LightGBM/XGBoost multiclass
/// objectives, BiDAF, MPPI, multi-player Elo, Tacotron alignment, IRT, AlphaFold pLDDT/distograms, stereo disparity,
/// speculative decoding, Sinkhorn, RPN objectness, MaxEnt IRL, zero-shot NLI, mixture of softmaxes, Deformable DETR,
/// SKNet, ResNeSt, soft decision trees, GP classification, WaveNet, PixelCNN, PPO, int8/fp16 heads, TFT, HAN,
/// population decoding, genotype posteriors), as a ninth held-out measure of issue 8 (see that folder's README).
/// </summary>
public sealed class HeldOut9CorpusTests() : PinnedCorpusTests("HeldOut9")
{
    public static TheoryData<string> Files() => FilesOf("HeldOut9");

    [Theory]
    [MemberData(nameof(Files))]
    public Task ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGap(string file) => ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGapIn(file);
}
