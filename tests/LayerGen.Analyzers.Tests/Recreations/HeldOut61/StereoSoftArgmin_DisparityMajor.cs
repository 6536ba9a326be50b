// Idiom: stereo matching soft argmin over a cost volume (GC-Net): p[d] = exp(-(cost[d] - costMin)) / Z per pixel over
// the disparities, disparity = sum d p[d].
// Layout: cost volume double[disparities, h, w] (disparity-major; the softmax runs along the first index at a fixed
// pixel); probabilities out double[disparities, h, w], disparity map double[h, w].
// Inspired by: GC-Net / PSMNet disparity regression (read for style only; own code).
// Correct.
using System;

namespace HeldOut61.StereoSoftArgmin_DisparityMajor;

public static class SoftArgmin
{
    public static double[,] Disparity(double[,,] cost, double[,,] prob)
    {
        int nd = cost.GetLength(0), h = cost.GetLength(1), w = cost.GetLength(2);
        var disp = new double[h, w];
        for (int y = 0; y < h; y++)
        {
            for (int x = 0; x < w; x++)
            {
                double cMin = double.MaxValue;
                for (int d = 0; d < nd; d++)
                {
                    cMin = Math.Min(cMin, cost[d, y, x]);
                }

                double z = 0.0;
                for (int d = 0; d < nd; d++)
                {
                    prob[d, y, x] = Math.Exp(cMin - cost[d, y, x]);
                    z += prob[d, y, x];
                }

                double dHat = 0.0;
                for (int d = 0; d < nd; d++)
                {
                    prob[d, y, x] /= z;
                    dHat += d * prob[d, y, x];
                }

                disp[y, x] = dHat;
            }
        }

        return disp;
    }
}
