// Re-creation (our own code) of the shape of ELMo's scalar mix (Peters et al. 2018; allennlp ScalarMix) for several
// tasks, written with the softmax spelled out.
// Layout: jagged float[tasks][layers] scalars, weights to a new jagged array.
// Bug (LG0003): exp of the raw scalar parameters; scalars pushed above ~88 by a large learning rate overflow to
// ∞ / ∞.
using System;

namespace LayerGen.Recreations.HeldOut10;

public static class ScalarMixRawExpWeights
{
    public static float[][] LayerWeights(float[][] scalars)
    {
        var weights = new float[scalars.Length][];
        for (int task = 0; task < scalars.Length; task++)
        {
            float[] w = new float[scalars[task].Length];
            float z = 0f;
            int l = 0;
            while (l < w.Length)
            {
                w[l] = MathF.Exp(scalars[task][l]); //~ LG0003
                z += w[l];
                l++;
            }

            for (l = 0; l < w.Length; l++)
                w[l] /= z;
            weights[task] = w;
        }

        return weights;
    }
}
