// Source: SCAN self-labelling step (Van Gansbeke et al. 2020; `ConfidenceBasedCE`), the weak-view softmax written with
// LINQ ranges over a 2-D array.
// Layout: `double[batch, clusters]`, `Enumerable.Range(...).Max(...)` nested, probabilities out `double[,]`.
// Bug: LG0001 — the stabilising peak is the maximum over the whole batch, not over each sample's clusters.
using System;
using System.Linq;

namespace LayerGen.Recreations.HeldOut19;

public static class ScanPeakOverBatch
{
    /// <summary>Weak-view probabilities; returns the number of samples above the confidence threshold.</summary>
    public static int ConfidentSamples(double[,] weakLogits, double threshold, double[,] probabilities)
    {
        int batch = weakLogits.GetLength(0), clusters = weakLogits.GetLength(1);
        double peak = Enumerable.Range(0, batch).Max(i => Enumerable.Range(0, clusters).Max(k => weakLogits[i, k])); //~ LG0001

        int confident = 0;
        for (int i = 0; i < batch; i++)
        {
            double z = 0.0;
            for (int k = 0; k < clusters; k++)
            {
                probabilities[i, k] = Math.Exp(weakLogits[i, k] - peak);
                z += probabilities[i, k];
            }
            double best = 0.0;
            for (int k = 0; k < clusters; k++)
            {
                probabilities[i, k] /= z;
                best = Math.Max(best, probabilities[i, k]);
            }
            if (best > threshold) confident++;
        }
        return confident;
    }
}
