// Idiom: stereo soft argmin over a flat pixel-major cost volume, with the cost "normalised" per disparity plane: the
// subtracted minimum is each disparity's minimum over all pixels, while each softmax runs over one pixel's disparities.
// Layout: flat float[height * width * maxDisp] (disparity innermost, pixel p at offset p * maxDisp); probabilities out
// in the same layout, disparity float[pixels].
// Inspired by: hand-written cost-volume regressions over HWD buffers (read for style only; own code).
// Bug: LG0004 (minimum per disparity over the pixels, sum per pixel over the disparities).
using System;

namespace HeldOut61.StereoSoftArgmin_PlaneMinima;

public static class SoftArgmin
{
    public static float[] Disparity(float[] cost, int height, int width, int maxDisp, float[] prob)
    {
        int pixels = height * width;
        var planeMin = new float[maxDisp];
        Array.Fill(planeMin, float.MaxValue);
        for (int p = 0; p < pixels; p++)
        {
            for (int d = 0; d < maxDisp; d++)
            {
                planeMin[d] = MathF.Min(planeMin[d], cost[p * maxDisp + d]); //~ LG0004
            }
        }

        var disp = new float[pixels];
        for (int p = 0; p < pixels; p++)
        {
            int o = p * maxDisp;
            float z = 0f;
            for (int d = 0; d < maxDisp; d++)
            {
                prob[o + d] = MathF.Exp(planeMin[d] - cost[o + d]);
                z += prob[o + d];
            }

            float acc = 0f;
            for (int d = 0; d < maxDisp; d++)
            {
                prob[o + d] /= z;
                acc += d * prob[o + d];
            }

            disp[p] = acc;
        }

        return disp;
    }
}
