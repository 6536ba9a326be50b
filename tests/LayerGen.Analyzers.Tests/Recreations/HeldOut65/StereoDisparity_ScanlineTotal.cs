// Idiom: stereo soft-argmin over a 3D cost volume cost[y, x, d], processed scanline by scanline: per pixel min cost,
// Gibbs weights exp(-(c - cmin)), with the normaliser accumulated per scanline (reset for each y, not each pixel).
// Use: differentiable stereo matching. Layout: double[H, W, D] (disparity innermost), probabilities double[H, W, D].
// Our own code. Bug LG0002: the sum runs over every pixel of the scanline, not over one pixel's disparities.
using System;

namespace HeldOut65.StereoDisparity_ScanlineTotal;

public static class ScanlineStereo
{
    public static double[,,] Probabilities(double[,,] cost)
    {
        int height = cost.GetLength(0), width = cost.GetLength(1), depth = cost.GetLength(2);
        var p = new double[height, width, depth];
        for (int y = 0; y < height; y++)
        {
            double lineTotal = 0.0;
            for (int x = 0; x < width; x++)
            {
                double cmin = double.PositiveInfinity;
                for (int d = 0; d < depth; d++)
                {
                    cmin = Math.Min(cmin, cost[y, x, d]);
                }

                for (int d = 0; d < depth; d++)
                {
                    p[y, x, d] = Math.Exp(-(cost[y, x, d] - cmin));
                    lineTotal += p[y, x, d]; //~ LG0002
                }
            }

            for (int x = 0; x < width; x++)
            {
                for (int d = 0; d < depth; d++)
                {
                    p[y, x, d] /= lineTotal;
                }
            }
        }

        return p;
    }
}
