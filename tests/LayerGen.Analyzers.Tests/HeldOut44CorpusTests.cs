namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Recreations/HeldOut44: a blind held-out corpus, written without reading the analyzer's source, its tests or the earlier
/// corpora, on the theme of text and classic NLP (char-RNN temperature sampling, word2vec full softmax over a vocabulary,
/// sequence taggers over <c>[tokens, tags]</c>, <c>[tags, tokens]</c> and padded batches, bag-of-words and fastText-style
/// classifiers, word attention per sentence with ragged offsets, spell-checker and autocomplete candidate scoring, top-k
/// sampling, NMT alignments), as a held-out measure of issue 8 (see that folder's README).
/// </summary>
public sealed class HeldOut44CorpusTests() : PinnedCorpusTests("HeldOut44")
{
    /// <summary>This session's blind set is 24 files by design (12 correct; each rule three times), below the 30-file default.</summary>
    protected override (int Methods, int FilesPerRule, int CorrectFiles) MinimumCoverage => (24, 3, 12);

    public static TheoryData<string> Files() => FilesOf("HeldOut44");

    [Theory]
    [MemberData(nameof(Files))]
    public Task ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGap(string file) => ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGapIn(file);
}
