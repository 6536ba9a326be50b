// Re-creates the shape of a softmin (Boltzmann) load-balancing dispatcher (the "soft" join-the-shortest-queue
// policies of queueing/scheduling papers; Envoy/Finagle-style weighted-least-request pickers made stochastic): per
// server pool, P(server k) = exp(-beta * queue_k) / sum_j exp(-beta * queue_j).
// Layout: Dictionary<string, double[]> queue lengths per pool, deconstructed foreach; the shift is the pool's
// shortest queue.
// Correct: the minimum and the sum run over the servers of one pool.
using System;
using System.Collections.Generic;

namespace HeldOut11;

public static class SoftminDispatch_PoolQueues
{
    public static Dictionary<string, double[]> DispatchProbabilities(Dictionary<string, double[]> queueLengths, double beta)
    {
        var result = new Dictionary<string, double[]>(queueLengths.Count);
        foreach (var (pool, lengths) in queueLengths)
        {
            double shortest = double.PositiveInfinity;
            foreach (double q in lengths)
                shortest = Math.Min(shortest, q);
            var p = new double[lengths.Length];
            double total = 0.0;
            for (int k = 0; k < lengths.Length; k++)
            {
                p[k] = Math.Exp(-beta * (lengths[k] - shortest));
                total += p[k];
            }
            for (int k = 0; k < p.Length; k++)
                p[k] /= total;
            result[pool] = p;
        }
        return result;
    }
}
