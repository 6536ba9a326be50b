// Idiom: soft-argmin over a stereo cost volume (GC-Net style): per pixel, p(d) = softmax_d(-cost[d, y, x]) and the
// sub-pixel disparity sum_d d * p(d). Use: differentiable stereo matching. Layout: flat float[D * H * W] cost volume with
// the disparity axis OUTERMOST (element (d, pixel) at d * plane + pixel), so each softmax is strided by the plane size.
// Inspired by Kendall et al., "End-to-End Learning of Geometry and Context for Deep Stereo Regression" (soft argmin).
// Our own code. Correct: per-pixel min cost over the disparities, per-pixel sum.
using System;

namespace HeldOut65.StereoDisparity_StridedCostVolume;

public static class SoftArgminStereo
{
    public static float[] Disparity(float[] cost, int disparities, int height, int width, float[] prob)
    {
        int plane = height * width;
        var disparity = new float[plane];
        for (int px = 0; px < plane; px++)
        {
            float low = float.PositiveInfinity;
            for (int d = 0; d < disparities; d++)
            {
                low = MathF.Min(low, cost[d * plane + px]);
            }

            float z = 0f;
            for (int d = 0; d < disparities; d++)
            {
                float e = MathF.Exp(low - cost[d * plane + px]);
                prob[d * plane + px] = e;
                z += e;
            }

            float expected = 0f;
            for (int d = 0; d < disparities; d++)
            {
                prob[d * plane + px] /= z;
                expected += d * prob[d * plane + px];
            }

            disparity[px] = expected;
        }

        return disparity;
    }
}
