// HeldOut15 — DenseCrf_MeanField
// Source: mean-field inference for CRF segmentation (Krähenbühl & Koltun 2011; CRF-as-RNN, Zheng
// et al. 2015; lucasb-eyer/pydensecrf `inference`), here with a 4-neighbour Potts message:
// Q_p(l) ∝ exp(−U_p(l) − w · Σ_{q ∈ N(p)} (1 − Q_q(l))).
// Layout: unaries and marginals double[labels, height, width] (class-major, rank 3); the softmax
// runs over the labels axis (the first) at each pixel.
// Correct: each pixel's energies are shifted by their own maximum over the labels.
using System;

namespace LayerGen.Recreations.HeldOut15;

public static class DenseCrf_MeanField
{
    /// <summary>Runs mean-field iterations and returns the label marginals Q.</summary>
    public static double[,,] Infer(double[,,] unary, double potts, int iterations)
    {
        int labels = unary.GetLength(0), h = unary.GetLength(1), w = unary.GetLength(2);
        var q = new double[labels, h, w];
        for (int l = 0; l < labels; l++)
            for (int y = 0; y < h; y++)
                for (int x = 0; x < w; x++) q[l, y, x] = 1.0 / labels;
        var energy = new double[labels];
        for (int it = 0; it < iterations; it++)
        {
            var next = new double[labels, h, w];
            for (int y = 0; y < h; y++)
                for (int x = 0; x < w; x++)
                {
                    double peak = double.NegativeInfinity;
                    for (int l = 0; l < labels; l++)
                    {
                        double message = 0;
                        if (y > 0) message += 1 - q[l, y - 1, x];
                        if (y + 1 < h) message += 1 - q[l, y + 1, x];
                        if (x > 0) message += 1 - q[l, y, x - 1];
                        if (x + 1 < w) message += 1 - q[l, y, x + 1];
                        energy[l] = -unary[l, y, x] - potts * message;
                        peak = Math.Max(peak, energy[l]);
                    }
                    double z = 0;
                    for (int l = 0; l < labels; l++) z += next[l, y, x] = Math.Exp(energy[l] - peak);
                    for (int l = 0; l < labels; l++) next[l, y, x] /= z;
                }
            q = next;
        }
        return q;
    }
}
