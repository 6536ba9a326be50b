// Idiom: per-user distribution over items from an item-major score matrix (scores produced as items x users by a GEMM)
// Layout: float[items, users] (column = user), softmax down each user's column
// Bug (LG0001): one peak over the whole matrix (every user), subtracted from each user's column
using System;

namespace HeldOut36.UserItem_ColumnPerUserGlobalPeak;

public static class ItemMajorScores
{
    public static float[,] PerUserDistribution(float[,] scores)
    {
        int items = scores.GetLength(0);
        int users = scores.GetLength(1);
        float peak = float.MinValue;
        for (int i = 0; i < items; i++)
        {
            for (int u = 0; u < users; u++)
            {
                peak = MathF.Max(peak, scores[i, u]); //~ LG0001
            }
        }

        var result = new float[items, users];
        for (int u = 0; u < users; u++)
        {
            float total = 0f;
            for (int i = 0; i < items; i++)
            {
                result[i, u] = MathF.Exp(scores[i, u] - peak);
                total += result[i, u];
            }

            for (int i = 0; i < items; i++)
            {
                result[i, u] /= total;
            }
        }

        return result;
    }
}
