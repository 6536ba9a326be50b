// Source: attention-based deep multiple-instance learning (Ilse, Tomczak & Welling 2018; the shape of
// AttentionDeepMIL's `Attention.forward`): each instance of a bag gets a score w·tanh(V h), the scores are softmaxed
// over the bag's instances and the bag embedding is the attention-weighted sum of the instance embeddings.
// Layout: records, Bag(IReadOnlyList<Instance>) with a Score property per instance; LINQ Max/Select/Sum per bag.
// Correct.
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut24.MilAttention;

/// <summary>One instance of a bag: its attention score and its embedding.</summary>
public sealed record Instance(float Score, float[] Embedding);

/// <summary>A bag of instances with one label for the whole bag.</summary>
public sealed record Bag(string Id, IReadOnlyList<Instance> Instances);

/// <summary>Attention MIL pooling.</summary>
public static class AttentionPooling
{
    /// <summary>The attention weight of each instance of the bag (softmax over the bag's instances).</summary>
    public static float[] InstanceWeights(Bag bag)
    {
        float peak = bag.Instances.Max(instance => instance.Score);
        float[] unnormalised = bag.Instances.Select(instance => MathF.Exp(instance.Score - peak)).ToArray();
        float total = unnormalised.Sum();
        return unnormalised.Select(u => u / total).ToArray();
    }

    /// <summary>The bag embedding: the attention-weighted sum of its instance embeddings.</summary>
    public static float[] Pool(Bag bag)
    {
        float[] weights = InstanceWeights(bag);
        int dim = bag.Instances[0].Embedding.Length;
        var pooled = new float[dim];
        for (int i = 0; i < weights.Length; i++)
        {
            for (int d = 0; d < dim; d++)
            {
                pooled[d] += weights[i] * bag.Instances[i].Embedding[d];
            }
        }

        return pooled;
    }
}
