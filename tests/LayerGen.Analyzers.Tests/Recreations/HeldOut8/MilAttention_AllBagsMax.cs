// Source: attention-based MIL pooling (Ilse et al. 2018, AttentionDeepMIL), re-created for a mini-batch of bags.
// Layout: jagged float[bag][instance] of different lengths, foreach loops for the max.
// Bug (LG0001): the max is folded over the instances of every bag in the mini-batch, then each bag is normalised
// on its own; a bag whose scores are far below the batch's best underflows to 0/0.
using System;

namespace LayerGen.Recreations.HeldOut8;

public static class MilAttention_AllBagsMax
{
    public static float[][] InstanceWeights(float[][] bags)
    {
        float max = float.NegativeInfinity;
        foreach (float[] bag in bags)
            foreach (float s in bag)
                max = MathF.Max(max, s); //~ LG0001

        var result = new float[bags.Length][];
        for (int b = 0; b < bags.Length; b++)
        {
            float[] bag = bags[b];
            var a = new float[bag.Length];
            float total = 0f;
            for (int i = 0; i < bag.Length; i++)
            {
                a[i] = MathF.Exp(bag[i] - max);
                total += a[i];
            }
            for (int i = 0; i < bag.Length; i++) a[i] /= total;
            result[b] = a;
        }
        return result;
    }
}
