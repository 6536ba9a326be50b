// Idiom: neural Turing machine read heads as small objects, content weights exp(beta * K[n]) normalised over the slots
// Layout: List<ReadHead>, each with its own float[slots] similarity and weight buffers
// Bug (LG0003): exp of beta * similarity with no max subtracted (beta is an unbounded softplus output in real NTMs)
using System;
using System.Collections.Generic;

namespace HeldOut42.NtmAddressing_RawStrengthExp;

public sealed class ReadHead
{
    public ReadHead(float beta, int slots)
    {
        Beta = beta;
        Similarity = new float[slots];
        Weights = new float[slots];
    }

    public float Beta { get; set; }
    public float[] Similarity { get; }
    public float[] Weights { get; }
}

public static class Addressing
{
    public static void ContentWeights(List<ReadHead> heads)
    {
        foreach (ReadHead head in heads)
        {
            float total = 0f;
            for (int n = 0; n < head.Similarity.Length; n++)
            {
                head.Weights[n] = MathF.Exp(head.Beta * head.Similarity[n]); //~ LG0003
                total += head.Weights[n];
            }

            for (int n = 0; n < head.Weights.Length; n++)
                head.Weights[n] /= total;
        }
    }
}
