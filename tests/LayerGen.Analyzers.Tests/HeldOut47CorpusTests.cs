namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Recreations/HeldOut47: a blind held-out corpus, written without reading the analyzer's source, its tests or the earlier
/// corpora, on the theme of bioinformatics and genomics (base-calling probabilities per read position, position weight
/// matrices, HMM posterior decoding, secondary-structure states, genotype posteriors per site, k-mer classifiers, MSA
/// column attention, mixture responsibilities, codon usage per amino acid, per-sample read groups, multi-mapping reads,
/// ancestral states), as a held-out measure of issue 8 (see that folder's README).
/// </summary>
public sealed class HeldOut47CorpusTests() : PinnedCorpusTests("HeldOut47")
{
    /// <summary>This session's blind set is 24 files by design (12 correct; each rule three times), below the 30-file default.</summary>
    protected override (int Methods, int FilesPerRule, int CorrectFiles) MinimumCoverage => (24, 3, 12);

    public static TheoryData<string> Files() => FilesOf("HeldOut47");

    [Theory]
    [MemberData(nameof(Files))]
    public Task ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGap(string file) => ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGapIn(file);
}
