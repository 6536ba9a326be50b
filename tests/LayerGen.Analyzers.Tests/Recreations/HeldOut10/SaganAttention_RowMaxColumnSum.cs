// Re-creation (our own code) of the shape of SAGAN's attention map (Zhang et al. 2019) with energy stored [i, j]
// (input location first) and the shift computed "per row" as in a row-major softmax.
// Layout: float[N, N] energy[i, j]; softmax over i for each output location j (columns); row maxima in a float[].
// Bug (LG0004): the maximum is taken over j for each i (a row), while the sum runs over i for each j (a column).
using System;

namespace LayerGen.Recreations.HeldOut10;

public static class SaganAttentionRowMaxColumnSum
{
    public static void AttentionMap(float[,] energy, float[,] beta)
    {
        int n = energy.GetLength(0);
        var rowMax = new float[n];
        for (int i = 0; i < n; i++)
        {
            float m = float.NegativeInfinity;
            for (int j = 0; j < n; j++)
                m = MathF.Max(m, energy[i, j]); //~ LG0004
            rowMax[i] = m;
        }

        for (int j = 0; j < n; j++)
        {
            float columnSum = 0f;
            for (int i = 0; i < n; i++)
            {
                beta[i, j] = MathF.Exp(energy[i, j] - rowMax[i]);
                columnSum += beta[i, j];
            }

            for (int i = 0; i < n; i++)
                beta[i, j] /= columnSum;
        }
    }
}
