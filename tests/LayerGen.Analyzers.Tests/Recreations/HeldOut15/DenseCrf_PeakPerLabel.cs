// HeldOut15 — DenseCrf_PeakPerLabel
// Source: mean-field CRF inference (Krähenbühl & Koltun 2011; CRF-as-RNN), the initial
// "softmax of the negative unaries" step, label-major like the network output.
// Layout: unaries as jagged float[labels][pixels] (label-major); marginals likewise; the softmax
// runs over the labels at each pixel.
// Bug (LG0004): the shift is each label's peak over all pixels, while the sum runs over the labels
// of each pixel.
using System;

namespace LayerGen.Recreations.HeldOut15;

public static class DenseCrf_PeakPerLabel
{
    /// <summary>Initial marginals Q = softmax(−U) over the labels of each pixel.</summary>
    public static float[][] Initialise(float[][] unary)
    {
        int labels = unary.Length, pixels = unary[0].Length;
        var labelPeak = new float[labels];
        for (int l = 0; l < labels; l++)
        {
            labelPeak[l] = float.NegativeInfinity;
            for (int p = 0; p < pixels; p++) labelPeak[l] = MathF.Max(labelPeak[l], -unary[l][p]); //~ LG0004
        }

        var q = new float[labels][];
        for (int l = 0; l < labels; l++) q[l] = new float[pixels];
        for (int p = 0; p < pixels; p++)
        {
            float z = 0f;
            for (int l = 0; l < labels; l++)
            {
                q[l][p] = MathF.Exp(-unary[l][p] - labelPeak[l]);
                z += q[l][p];
            }
            for (int l = 0; l < labels; l++) q[l][p] /= z;
        }
        return q;
    }
}
