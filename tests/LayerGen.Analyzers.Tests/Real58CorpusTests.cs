namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Recreations/Real58: our own re-creations of softmax, log-sum-exp, sampling, HMM posterior and log-of-softmax methods
/// from more public C# repositories (ONNX post-processing in Microsoft's psi and AI Dev Gallery, Unity ML-Agents'
/// batched multinomial sampler, a MaxEnt POS / beam-search tagger, an HMM library, an HTM classifier, a BERT
/// question-answering sample, word2vec's sigmoid table; none named by an earlier corpus README), each labelled against
/// the rule catalogue and checked numerically; the measure (per-rule found/expected, false reports, AD0001) and every
/// pinned gap are in that folder's README. A folder of real-code re-creations holds what the real code showed: no
/// LG0001, LG0002 or LG0004 bug, four files with no bug at all.
/// </summary>
public sealed class Real58CorpusTests() : PinnedCorpusTests("Real58")
{
    public static TheoryData<string> Files() => FilesOf("Real58");

    /// <inheritdoc />
    protected override (int Methods, int FilesPerRule, int CorrectFiles) MinimumCoverage => (51, 0, 4);

    [Theory]
    [MemberData(nameof(Files))]
    public Task ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGap(string file) => ReportsExactlyTheMarkedDiagnosticsOrItsPinnedGapIn(file);
}
