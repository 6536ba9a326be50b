// Source: Mixture of Softmaxes output layer (Yang et al. 2018, "Breaking the Softmax Bottleneck"; zihangdai/mos),
// re-created shape: per token, K component softmaxes over the vocabulary mixed by prior weights pi = softmax(prior).
// Layout: float[T, K, V] component logits (rank-3), float[T, K] prior logits, mixture float[T, V]. Correct.
using System;

namespace LayerGen.Recreations.HeldOut9;

public static class MixtureOfSoftmaxes_ComponentRows
{
    public static float[,] Mix(float[,,] componentLogits, float[,] priorLogits)
    {
        int t = componentLogits.GetLength(0);
        int k = componentLogits.GetLength(1);
        int v = componentLogits.GetLength(2);
        var mixture = new float[t, v];
        var pi = new float[k];
        for (int i = 0; i < t; i++)
        {
            float pm = priorLogits[i, 0];
            for (int c = 1; c < k; c++) pm = MathF.Max(pm, priorLogits[i, c]);
            float ps = 0f;
            for (int c = 0; c < k; c++)
            {
                pi[c] = MathF.Exp(priorLogits[i, c] - pm);
                ps += pi[c];
            }

            for (int c = 0; c < k; c++)
            {
                float m = componentLogits[i, c, 0];
                for (int w = 1; w < v; w++) m = MathF.Max(m, componentLogits[i, c, w]);
                float s = 0f;
                for (int w = 0; w < v; w++) s += MathF.Exp(componentLogits[i, c, w] - m);
                float weight = pi[c] / ps / s;
                for (int w = 0; w < v; w++)
                {
                    mixture[i, w] += weight * MathF.Exp(componentLogits[i, c, w] - m);
                }
            }
        }

        return mixture;
    }
}
