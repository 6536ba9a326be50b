// Re-creates the shape of the advantage weights of AWAC / CRR "exp" mode (Nair et al. 2020; Wang et al. 2020; the
// batch-normalised variant in d3rlpy/rlkit): per minibatch, w_b = softmax over the minibatch of A_b / beta with
// A = Q - V.
// Layout: IReadOnlyList<Transition[]> minibatches of a readonly record struct; LINQ SelectMany for the shift.
// Bug (LG0001): the shift is the max advantage over every minibatch of the replay sample, not the minibatch's own.
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut11;

public readonly record struct CriticEstimate(float Q, float V);

public static class Awac_MaxOverReplaySample
{
    public static float[][] AdvantageWeights(IReadOnlyList<CriticEstimate[]> minibatches, float beta)
    {
        float peak = minibatches.SelectMany(batch => batch).Max(t => (t.Q - t.V) / beta); //~ LG0001
        var weights = new float[minibatches.Count][];
        for (int m = 0; m < minibatches.Count; m++)
        {
            CriticEstimate[] batch = minibatches[m];
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
