using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// The semantic model on sibling buffers (HeldOut19's <c>FlashDecoding_PeakOverHeads</c>): split partials written at one
/// index in one loop body (<c>partialMax[s * heads + h] = m; partialSum[s * heads + h] = l;</c>) are one record per
/// position, so the split-KV combine <c>total += partialSum[…] * exp(partialMax[…] - peak)</c> sums over one axis of
/// the softmax (the splits) and a peak over the heads is another axis. The old model kept each buffer's strides apart:
/// the sum spanned an axis no exp varied along and no verdict was reached.
/// </summary>
public class SoftmaxModelSiblingWriteTests
{
    private const string Partials = """
                int chunk = keys / splits;
                var partialMax = new float[splits * heads];
                var partialSum = new float[splits * heads];
                for (int s = 0; s < splits; s++)
                    for (int h = 0; h < heads; h++) {
                        float m = float.NegativeInfinity;
                        for (int k = s * chunk; k < (s + 1) * chunk; k++) m = MathF.Max(m, scores[h * keys + k]);
                        float l = 0f;
                        for (int k = s * chunk; k < (s + 1) * chunk; k++) l += MathF.Exp(scores[h * keys + k] - m);
                        partialMax[s * heads + h] = m;
                        partialSum[s * heads + h] = l;
                    }
        """;

    private const string Combine = """
                for (int h = 0; h < heads; h++) {
                    float total = 0f;
                    for (int s = 0; s < splits; s++) total += partialSum[s * heads + h] * MathF.Exp(partialMax[s * heads + h] - peak[PEAK]);
                    for (int s = 0; s < splits; s++) scale[s * heads + h] = MathF.Exp(partialMax[s * heads + h] - peak[PEAK]) / total;
                }
            }
        """;

    [Fact]
    public void PartialsWrittenAtOneIndex_AreOneAxis_SoTheCombinesPeakOverHeadsIsAnotherAxisThanItsSum()
    {
        var models = ModelDescriptions.Of($$"""
            using System;
            static class C {
                static void PerHead(float[] scores, int heads, int keys, int splits, float[] scale) {
            {{Partials}}
                    var peak = new float[heads];
                    for (int h = 0; h < heads; h++) {
                        peak[h] = float.NegativeInfinity;
                        for (int s = 0; s < splits; s++) peak[h] = MathF.Max(peak[h], partialMax[s * heads + h]);
                    }
            {{Combine.Replace("PEAK", "h", StringComparison.Ordinal)}}
                static void PerSplit(float[] scores, int heads, int keys, int splits, float[] scale) {
            {{Partials}}
                    var peak = new float[splits];
                    for (int s = 0; s < splits; s++) {
                        peak[s] = float.NegativeInfinity;
                        for (int h = 0; h < heads; h++) peak[s] = MathF.Max(peak[s], partialMax[s * heads + h]);
                    }
            {{Combine.Replace("PEAK", "s", StringComparison.Ordinal)}}
            }
            """);
        Assert.Contains("| sum total {partialSum.s:heads} |", models["PerHead"], StringComparison.Ordinal);
        Assert.Contains("| max peak {partialSum.s:heads} |", models["PerHead"], StringComparison.Ordinal);
        Assert.Contains("| sum total {partialSum.s:heads} |", models["PerSplit"], StringComparison.Ordinal);
        Assert.Contains("| max peak {partialSum.s:1} |", models["PerSplit"], StringComparison.Ordinal);
    }
}
