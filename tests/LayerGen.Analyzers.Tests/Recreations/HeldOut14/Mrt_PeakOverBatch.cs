// Source: minimum risk training for NMT (Shen et al. 2016; THUMT `mrt`), a port that takes the best candidate score
// of the whole mini-batch as the stabiliser.
// Layout: IReadOnlyList<List<MrtCandidate>> (record with a LogProb property); nested foreach for the peak before the
// sentence loop; alpha applied after the shift.
// Bug LG0001: the maximum spans every source sentence's candidates, not one sentence's candidate set.
using System;
using System.Collections.Generic;

namespace LayerGen.Recreations.HeldOut14;

public sealed record MrtCandidate(int[] Tokens, double LogProb);

public static class Mrt_PeakOverBatch
{
    public static double[][] Q(IReadOnlyList<List<MrtCandidate>> batch, double alpha)
    {
        double best = double.NegativeInfinity;
        foreach (List<MrtCandidate> sentence in batch)
            foreach (MrtCandidate c in sentence)
                if (c.LogProb > best) best = c.LogProb; //~ LG0001

        var q = new double[batch.Count][];
        for (int b = 0; b < batch.Count; b++)
        {
            var w = new double[batch[b].Count];
            double z = 0;
            for (int i = 0; i < w.Length; i++)
            {
                w[i] = Math.Exp(alpha * (batch[b][i].LogProb - best));
                z += w[i];
            }
            for (int i = 0; i < w.Length; i++)
                w[i] /= z;
            q[b] = w;
        }
        return q;
    }
}
