// Re-creates the shape of softmax splatting for frame interpolation (Niklaus & Liu 2020, sniklaus/softmax-splatting):
// every source pixel is forward-warped to a target pixel with weight exp(Z); each target normalises the weights of
// the sources that land on it.
// Layout: COO scatter — float[] importance Z per source, int[] target index per source, a per-target sum array.
// Bug (LG0003): exp(Z) is splatted without subtracting any max (as the reference code does; inf/inf for large Z).
using System;

namespace HeldOut11;

public static class SoftmaxSplatting_RawImportance
{
    public static void SplatWeights(float[] importance, int[] target, int targetCount, float[] weight)
    {
        var mass = new float[targetCount];
        for (int s = 0; s < importance.Length; s++)
        {
            weight[s] = MathF.Exp(importance[s]); //~ LG0003
            mass[target[s]] += weight[s];
        }
        for (int s = 0; s < importance.Length; s++)
            weight[s] /= mass[target[s]];
    }
}
