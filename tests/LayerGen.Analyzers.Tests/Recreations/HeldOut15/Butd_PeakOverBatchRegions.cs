// HeldOut15 — Butd_PeakOverBatchRegions
// Source: bottom-up and top-down attention (Anderson et al. 2018), a batched port that computes one
// "stability" peak for the batch first.
// Layout: ragged region scores float[][] (one row per image); region weights float[][].
// Bug (LG0001): the peak is folded with nested foreach over every image's regions and subtracted from
// each image's scores (an image far below the batch's best underflows to 0/0).
using System;

namespace LayerGen.Recreations.HeldOut15;

public static class Butd_PeakOverBatchRegions
{
    /// <summary>Region attention weights per image.</summary>
    public static float[][] Weights(float[][] scores)
    {
        float peak = float.NegativeInfinity;
        foreach (float[] image in scores)
            foreach (float s in image)
                peak = peak < s ? s : peak; //~ LG0001

        var alphas = new float[scores.Length][];
        for (int img = 0; img < scores.Length; img++)
        {
            var alpha = new float[scores[img].Length];
            float z = 0f;
            for (int r = 0; r < alpha.Length; r++) z += alpha[r] = MathF.Exp(scores[img][r] - peak);
            for (int r = 0; r < alpha.Length; r++) alpha[r] /= z;
            alphas[img] = alpha;
        }
        return alphas;
    }
}
