// Source: GC-Net / PSMNet disparity regression (soft argmin: p_d = softmax_d(-cost), disparity = sum d p_d),
// re-created for a C# stereo-matching pipeline.
// Layout: float[D, H, W] cost volume, softmax over the first axis per pixel, min cost as the shift. Correct.
using System;

namespace LayerGen.Recreations.HeldOut9;

public static class StereoDisparity_SoftArgminOverD
{
    public static float[,] Regress(float[,,] cost, float[,,] prob)
    {
        int d = cost.GetLength(0);
        int h = cost.GetLength(1);
        int w = cost.GetLength(2);
        var disparity = new float[h, w];
        for (int y = 0; y < h; y++)
        {
            for (int x = 0; x < w; x++)
            {
                float best = cost[0, y, x];
                for (int k = 1; k < d; k++)
                {
                    best = MathF.Min(best, cost[k, y, x]);
                }

                float sum = 0f;
                for (int k = 0; k < d; k++)
                {
                    prob[k, y, x] = MathF.Exp(-(cost[k, y, x] - best));
                    sum += prob[k, y, x];
                }

                float expected = 0f;
                for (int k = 0; k < d; k++)
                {
                    prob[k, y, x] /= sum;
                    expected += k * prob[k, y, x];
                }

                disparity[y, x] = expected;
            }
        }

        return disparity;
    }
}
