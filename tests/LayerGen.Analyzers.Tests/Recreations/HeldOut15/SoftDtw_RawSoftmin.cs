// HeldOut15 — SoftDtw_RawSoftmin
// Source: soft-DTW (Cuturi & Blondel 2017), written straight from the paper's definition
// softmin_γ(a, b, c) = -γ log(e^{-a/γ} + e^{-b/γ} + e^{-c/γ}) (tslearn, pysdtw).
// Layout: predecessor costs as a flat row-major double[] [cells · 3]; softmin per cell.
// Bug (LG0003): the exponentials take the raw costs with no minimum subtracted
// (a cost below about -709γ overflows to +∞ and the weights become NaN).
using System;

namespace LayerGen.Recreations.HeldOut15;

public static class SoftDtw_RawSoftmin
{
    /// <summary>Soft-min over the three predecessors of each cell; flat [cells, 3] in and out.</summary>
    public static void SoftMinStep(double[] predecessors, double gamma, double[] values, double[] weights)
    {
        int cells = predecessors.Length / 3;
        for (int c = 0; c < cells; c++)
        {
            int o = 3 * c;
            double z = 0;
            for (int k = 0; k < 3; k++)
            {
                double e = Math.Exp(-predecessors[o + k] / gamma); //~ LG0003
                weights[o + k] = e;
                z += e;
            }
            values[c] = -gamma * Math.Log(z);
            for (int k = 0; k < 3; k++) weights[o + k] /= z;
        }
    }
}
