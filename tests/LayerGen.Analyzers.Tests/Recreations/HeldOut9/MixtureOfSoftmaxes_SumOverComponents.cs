// Source: Mixture of Softmaxes output layer (Yang et al. 2018), re-created with the component normaliser computed
// "per token" over the token's whole [K, V] block.
// Layout: flat float[] [T, K, V] component logits, per-component max, equal prior weights 1/K.
// Bug (LG0002): the sum runs over every component of the token (K·V values), not over one component's vocabulary.
using System;

namespace LayerGen.Recreations.HeldOut9;

public static class MixtureOfSoftmaxes_SumOverComponents
{
    public static float[] Mix(float[] componentLogits, int components, int vocab)
    {
        int block = components * vocab;
        int tokens = componentLogits.Length / block;
        var mixture = new float[tokens * vocab];
        var exps = new float[block];
        for (int i = 0; i < tokens; i++)
        {
            float tokenSum = 0f;
            for (int c = 0; c < components; c++)
            {
                int row = i * block + c * vocab;
                float m = float.NegativeInfinity;
                for (int w = 0; w < vocab; w++) m = MathF.Max(m, componentLogits[row + w]);
                for (int w = 0; w < vocab; w++)
                {
                    exps[c * vocab + w] = MathF.Exp(componentLogits[row + w] - m);
                    tokenSum += exps[c * vocab + w]; //~ LG0002
                }
            }

            for (int c = 0; c < components; c++)
            {
                for (int w = 0; w < vocab; w++)
                {
                    mixture[i * vocab + w] += exps[c * vocab + w] / tokenSum / components;
                }
            }
        }

        return mixture;
    }
}
