// HeldOut15 — DoReMi_DomainWeights
// Source: DoReMi domain reweighting (Xie et al. 2023; sangmichaelxie/doremi): each step
// u ← u + η·λ with λ_i = the clipped excess loss of domain i, α = softmax(u), and the smoothed
// weights (1 − c)·α + c / k; the state is kept as log weights u, never as log α.
// Layout: initial log weights double[domains]; per-step clipped excess losses double[steps, domains];
// the smoothed weights of every step returned as double[steps][].
// Correct: every step's softmax subtracts the step's largest log weight.
using System;

namespace LayerGen.Recreations.HeldOut15;

public static class DoReMi_DomainWeights
{
    /// <summary>Smoothed domain weights after each step.</summary>
    public static double[][] Run(double[] initialLogWeights, double[,] excess, double eta, double smoothing)
    {
        int steps = excess.GetLength(0), k = initialLogWeights.Length;
        var u = (double[])initialLogWeights.Clone();
        var history = new double[steps][];
        for (int t = 0; t < steps; t++)
        {
            for (int i = 0; i < k; i++) u[i] += eta * Math.Max(excess[t, i], 0.0);
            double top = u[0];
            for (int i = 1; i < k; i++) if (u[i] > top) top = u[i];
            var alpha = new double[k];
            double z = 0;
            for (int i = 0; i < k; i++) z += alpha[i] = Math.Exp(u[i] - top);
            for (int i = 0; i < k; i++) alpha[i] = (1 - smoothing) * alpha[i] / z + smoothing / k;
            history[t] = alpha;
        }
        return history;
    }
}
