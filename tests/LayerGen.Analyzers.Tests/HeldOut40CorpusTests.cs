namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Recreations/HeldOut40: a blind held-out corpus, written without reading the analyzer's source, its tests or the earlier
/// corpora, on the theme of speech, audio and time series (CTC output layers and greedy decoding, time-major frame
/// posteriors, listen-attend-spell and location-aware attention, additive-margin speaker softmax, keyword spotting heads,
/// spectrogram attention pooling, WaveNet mu-law sampling, mixture density outputs, streaming ring buffers, beam search,
/// GRU decoders with column-major outputs), as a held-out measure of issue 8 (see that folder's README).
/// </summary>
public sealed class HeldOut40CorpusTests() : PinnedCorpusTests("HeldOut40")
{
    /// <summary>This session's blind set is 24 files by design (12 correct; each rule three times), below the 30-file default.</summary>
    protected override (int Methods, int FilesPerRule, int CorrectFiles) MinimumCoverage => (24, 3, 12);

    public static TheoryData<string> Files() => FilesOf("HeldOut40");

    [Theory]
    [MemberData(nameof(Files))]
    public Task ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGap(string file) => ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGapIn(file);
}
