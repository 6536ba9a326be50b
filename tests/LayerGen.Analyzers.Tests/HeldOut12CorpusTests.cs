namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Recreations/HeldOut12: a twelfth blind held-out corpus, written without reading the analyzer's source, its tests or
/// the earlier corpora, from source families the earlier held-out sets did not draw on (CREPE, Rational Speech Acts,
/// Informer ProbSparse, RegretNet allocation, TabNet masks, Longformer, Reformer, MSA Transformer, Plackett–Luce,
/// ECAPA-TDNN, Global Style Tokens, entity linking, selective attention, code2vec, fast_align, FixMatch, FedAtt,
/// curriculum teachers, option-critic, gradient bandits, MaxEnt Harmonic Grammar, ALCOVE, step-selection functions,
/// key finding, MetNet, SSD, PANNs, pointer sentinels, ENAS, IBM Model 1), as a twelfth held-out measure of issue 8
/// (see that folder's README).
/// </summary>
public sealed class HeldOut12CorpusTests() : PinnedCorpusTests("HeldOut12")
{
    public static TheoryData<string> Files() => FilesOf("HeldOut12");

    [Theory]
    [MemberData(nameof(Files))]
    public Task ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGap(string file) => ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGapIn(file);
}
