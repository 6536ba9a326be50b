// Source: GC-Net / PSMNet soft-argmin disparity regression, re-created on a flat cost volume with one minimum per
// disparity plane computed up front.
// Layout: flat float[] cost [D * H * W], planes of H * W, softmax over d per pixel (stride H * W).
// Bug (LG0004): the min (max of -cost) runs over the pixels of each disparity plane, the sum over disparities.
using System;

namespace LayerGen.Recreations.HeldOut9;

public static class StereoDisparity_MinCostPerPlane
{
    public static void Probabilities(float[] cost, int disparities, float[] prob)
    {
        int plane = cost.Length / disparities;
        var planeMin = new float[disparities];
        for (int k = 0; k < disparities; k++)
        {
            planeMin[k] = float.MaxValue;
            for (int p = 0; p < plane; p++)
            {
                planeMin[k] = MathF.Min(planeMin[k], cost[k * plane + p]); //~ LG0004
            }
        }

        for (int p = 0; p < plane; p++)
        {
            float sum = 0f;
            for (int k = 0; k < disparities; k++)
            {
                prob[k * plane + p] = MathF.Exp(planeMin[k] - cost[k * plane + p]);
                sum += prob[k * plane + p];
            }

            for (int k = 0; k < disparities; k++)
            {
                prob[k * plane + p] /= sum;
            }
        }
    }
}
