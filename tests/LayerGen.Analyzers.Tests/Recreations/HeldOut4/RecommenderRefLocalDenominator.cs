// Source: sampled-softmax / in-batch softmax for recommenders in C# (two-tower retrieval demos): per-user softmax
// over candidate scores, the normaliser kept in a one-slot array and accessed through a ref local.
// Layout: row-major [users, candidates] double; per-user max; `ref double z = ref norm[0]` bound before the user loop.
// Bug: the normaliser behind the ref local is never reset per user, so it sums every user's exps so far.
using System;

namespace LayerGen.HeldOut4.RecommenderRefLocalDenominator;

public static class InBatchSoftmax
{
    public static void Scores(double[] logits, double[] probs, int users, int candidates)
    {
        var norm = new double[1];
        ref double z = ref norm[0];
        for (int u = 0; u < users; u++)
        {
            int start = u * candidates;
            double top = logits[start];
            for (int j = 1; j < candidates; j++)
                top = logits[start + j] > top ? logits[start + j] : top;

            for (int j = 0; j < candidates; j++)
            {
                probs[start + j] = Math.Exp(logits[start + j] - top);
                z += probs[start + j]; //~ LG0002
            }

            for (int j = 0; j < candidates; j++)
                probs[start + j] /= z;
        }
    }
}
