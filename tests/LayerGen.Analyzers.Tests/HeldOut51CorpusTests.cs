namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Recreations/HeldOut51: a blind held-out corpus, written without reading the analyzer's source, its tests or the earlier
/// corpora, on the theme of ecology, climate and epidemiology (MaxEnt habitat suitability per species and per region,
/// Bayesian-model-averaging weights of climate ensembles per variable and per region, multinomial land-cover
/// classification per pixel, compartment-model transition probabilities per age group, step-selection functions per
/// step, dispersal kernels per source patch, community composition per site, variant shares per week, weather types per
/// day), as a held-out measure of issue 8 (see that folder's README).
/// </summary>
public sealed class HeldOut51CorpusTests() : PinnedCorpusTests("HeldOut51")
{
    /// <summary>This session's blind set is 24 files by design (12 correct; each rule three times), below the 30-file default.</summary>
    protected override (int Methods, int FilesPerRule, int CorrectFiles) MinimumCoverage => (24, 3, 12);

    public static TheoryData<string> Files() => FilesOf("HeldOut51");

    [Theory]
    [MemberData(nameof(Files))]
    public Task ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGap(string file) => ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGapIn(file);
}
