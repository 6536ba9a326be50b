// Re-creates the shape of softmax splatting for frame interpolation (Niklaus & Liu 2020, sniklaus/softmax-splatting):
// every source pixel is forward-warped to a target pixel with weight exp(Z); each target normalises the weights of
// the sources that land on it.
// Layout: COO scatter — float[] importance Z per source, int[] target index per source; per-target max and sum
// arrays filled by scatter passes.
// Correct: the max and the sum both run over the sources of one target (a scatter-softmax).
using System;

namespace HeldOut11;

public static class SoftmaxSplatting_TargetSegments
{
    public static void SplatWeights(float[] importance, int[] target, int targetCount, float[] weight)
    {
        var peak = new float[targetCount];
        Array.Fill(peak, float.NegativeInfinity);
        for (int s = 0; s < importance.Length; s++)
            peak[target[s]] = MathF.Max(peak[target[s]], importance[s]);
        var mass = new float[targetCount];
        for (int s = 0; s < importance.Length; s++)
        {
            weight[s] = MathF.Exp(importance[s] - peak[target[s]]);
            mass[target[s]] += weight[s];
        }
        for (int s = 0; s < importance.Length; s++)
            weight[s] /= mass[target[s]];
    }
}
