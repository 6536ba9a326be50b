namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Recreations/HeldOut41: a blind held-out corpus, written without reading the analyzer's source, its tests or the earlier
/// corpora, on the theme of training code (losses, gradients and metric learning: softmax cross-entropy in log-sum-exp
/// form with the gradient p - onehot, label smoothing, distillation with a temperature, CLIP/InfoNCE similarity matrices
/// with row and column softmaxes, sampled softmax, focal and class-balanced losses, gradient accumulation over
/// column-major mini-batches, softmax policies for policy gradients), as a held-out measure of issue 8 (see that folder's
/// README).
/// </summary>
public sealed class HeldOut41CorpusTests() : PinnedCorpusTests("HeldOut41")
{
    /// <summary>This session's blind set is 24 files by design (12 correct; each rule three times), below the 30-file default.</summary>
    protected override (int Methods, int FilesPerRule, int CorrectFiles) MinimumCoverage => (24, 3, 12);

    public static TheoryData<string> Files() => FilesOf("HeldOut41");

    [Theory]
    [MemberData(nameof(Files))]
    public Task ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGap(string file) => ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGapIn(file);
}
