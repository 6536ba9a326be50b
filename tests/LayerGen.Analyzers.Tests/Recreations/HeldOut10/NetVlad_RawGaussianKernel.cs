// Re-creation (our own code) of the shape of NetVLAD's soft assignment (Arandjelović et al. 2016) written from the
// formula with the Gaussian kernel exp(−α‖x − c‖²) computed directly.
// Layout: float[N, K] squared distances (rank 2), assignment written to float[N, K].
// Bug (LG0003): exp(−α d) with nothing subtracted; with α in the hundreds (the paper's "large α") every kernel value
// underflows to 0 and the assignment is 0 / 0.
using System;

namespace LayerGen.Recreations.HeldOut10;

public static class NetVladRawGaussianKernel
{
    public static void Assign(float[,] squaredDistances, float alpha, float[,] assignment)
    {
        int n = squaredDistances.GetLength(0);
        int k = squaredDistances.GetLength(1);
        for (int i = 0; i < n; i++)
        {
            float sum = 0f;
            for (int c = 0; c < k; c++)
            {
                float kernel = MathF.Exp(-alpha * squaredDistances[i, c]); //~ LG0003
                assignment[i, c] = kernel;
                sum += kernel;
            }

            for (int c = 0; c < k; c++)
                assignment[i, c] /= sum;
        }
    }
}
