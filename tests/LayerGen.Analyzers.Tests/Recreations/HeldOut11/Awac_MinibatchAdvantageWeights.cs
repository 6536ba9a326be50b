// Re-creates the shape of the advantage weights of AWAC / CRR "exp" mode (Nair et al. 2020; Wang et al. 2020; the
// batch-normalised variant in d3rlpy/rlkit): per minibatch, w_b = softmax over the minibatch of A_b / beta with
// A = Q - V.
// Layout: IReadOnlyList<Transition[]> minibatches of a readonly record struct with Q and V properties; LINQ Max with
// a selector per minibatch.
// Correct: the max and the sum run over one minibatch.
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut11;

public readonly record struct CriticPair(float Q, float V);

public static class Awac_MinibatchAdvantageWeights
{
    public static float[][] AdvantageWeights(IReadOnlyList<CriticPair[]> minibatches, float beta)
    {
        var weights = new float[minibatches.Count][];
        for (int m = 0; m < minibatches.Count; m++)
        {
            CriticPair[] batch = minibatches[m];
            float peak = batch.Max(t => (t.Q - t.V) / beta);
            var w = new float[batch.Length];
            float total = 0f;
            for (int b = 0; b < batch.Length; b++)
            {
                w[b] = MathF.Exp((batch[b].Q - batch[b].V) / beta - peak);
                total += w[b];
            }
            for (int b = 0; b < batch.Length; b++)
                w[b] /= total;
            weights[m] = w;
        }
        return weights;
    }
}
