// HeldOut15 — Ments_SoftTreePolicy
// Source: maximum entropy Monte-Carlo planning, MENTS (Xiao et al. 2019, NeurIPS): the soft value
// V = τ log Σ_a exp(Q_sft(a) / τ) and the exploration policy π(a) = (1 − λ) exp((Q_sft(a) − V) / τ) + λ / |A|.
// Layout: the search tree in CSR form: the children of node n are edges childStart[n] ..
// childStart[n + 1] − 1, with their soft Q values in a flat double[] by edge.
// Correct: V is a shifted log-sum-exp (max + τ log Σ exp((Q − max)/τ)), so the policy exp never overflows.
using System;

namespace LayerGen.Recreations.HeldOut15;

public static class Ments_SoftTreePolicy
{
    /// <summary>Soft values per node and the exploration policy per edge.</summary>
    public static double[] Policy(int[] childStart, double[] qSoft, double tau, double lambda, double[] softValue)
    {
        var pi = new double[qSoft.Length];
        for (int n = 0; n + 1 < childStart.Length; n++)
        {
            int first = childStart[n], end = childStart[n + 1], count = end - first;
            if (count == 0) continue;
            double best = qSoft[first];
            for (int e = first + 1; e < end; e++) best = Math.Max(best, qSoft[e]);
            double sum = 0;
            for (int e = first; e < end; e++) sum += Math.Exp((qSoft[e] - best) / tau);
            double v = best + tau * Math.Log(sum);
            softValue[n] = v;
            for (int e = first; e < end; e++)
                pi[e] = (1 - lambda) * Math.Exp((qSoft[e] - v) / tau) + lambda / count;
        }
        return pi;
    }
}
