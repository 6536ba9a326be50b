// HeldOut15 — SoftTriple_PeakOverAllCenters
// Source: SoftTriple loss (Qian et al. 2019; idstcv/SoftTriple), the centre softmax inside each class.
// Layout: one sample's similarities as float[classes, centres]; centre weights float[classes, centres].
// Bug (LG0001): one peak is taken over every centre of every class, then each class's softmax over
// its own centres subtracts it (a class far below the best class underflows to 0/0).
using System;

namespace LayerGen.Recreations.HeldOut15;

public static class SoftTriple_PeakOverAllCenters
{
    /// <summary>Centre weights per class and the relaxed class similarities of one sample.</summary>
    public static float[] Relax(float[,] sims, float gamma, float[,] centreWeights)
    {
        int classes = sims.GetLength(0), centres = sims.GetLength(1);
        float peak = float.NegativeInfinity;
        for (int c = 0; c < classes; c++)
            for (int k = 0; k < centres; k++)
                peak = Math.Max(peak, sims[c, k]); //~ LG0001

        var classSims = new float[classes];
        for (int c = 0; c < classes; c++)
        {
            float z = 0f;
            for (int k = 0; k < centres; k++)
            {
                centreWeights[c, k] = MathF.Exp((sims[c, k] - peak) / gamma);
                z += centreWeights[c, k];
            }
            float mix = 0f;
            for (int k = 0; k < centres; k++)
            {
                centreWeights[c, k] /= z;
                mix += centreWeights[c, k] * sims[c, k];
            }
            classSims[c] = mix;
        }
        return classSims;
    }
}
