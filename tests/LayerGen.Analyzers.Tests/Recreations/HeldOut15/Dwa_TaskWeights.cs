// HeldOut15 — Dwa_TaskWeights
// Source: Dynamic Weight Average for multi-task learning (Liu, Johns & Davison 2019, "MTAN";
// lorenmt/mtan): w_k = L_k(t−1) / L_k(t−2), λ_k = K · exp(w_k / T) / Σ_i exp(w_i / T).
// Layout: loss history of a sweep of runs double[runs, epochs, tasks] (rank 3); the weights of
// each run use its last two epochs; result double[runs, tasks]; softmax over the tasks.
// Correct: each run's peak and sum run over its own tasks.
using System;

namespace LayerGen.Recreations.HeldOut15;

public static class Dwa_TaskWeights
{
    /// <summary>Next-epoch task weights λ (summing to K) for every run of the sweep.</summary>
    public static double[,] NextWeights(double[,,] history, double temperature)
    {
        int runs = history.GetLength(0), epochs = history.GetLength(1), tasks = history.GetLength(2);
        var lambda = new double[runs, tasks];
        Span<double> ratio = stackalloc double[tasks];
        for (int r = 0; r < runs; r++)
        {
            double top = double.NegativeInfinity;
            for (int k = 0; k < tasks; k++)
            {
                ratio[k] = history[r, epochs - 1, k] / history[r, epochs - 2, k] / temperature;
                top = Math.Max(top, ratio[k]);
            }
            double z = 0;
            for (int k = 0; k < tasks; k++)
            {
                lambda[r, k] = Math.Exp(ratio[k] - top);
                z += lambda[r, k];
            }
            for (int k = 0; k < tasks; k++) lambda[r, k] = tasks * lambda[r, k] / z;
        }
        return lambda;
    }
}
