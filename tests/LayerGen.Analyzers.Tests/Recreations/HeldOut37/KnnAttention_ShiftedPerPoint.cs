// Idiom: point-cloud k-NN attention (Point Transformer style), scaled dot product of each point's query with its neighbours' keys
// Layout: int[,] knn [points, k], float[,] queries/keys [n, d], flat float[] weights with stride k
// Correct
using System;

namespace HeldOut37.KnnAttention_ShiftedPerPoint;

public static class KnnAttention
{
    public static float[] NeighbourWeights(float[,] query, float[,] key, int[,] knn)
    {
        int points = knn.GetLength(0), k = knn.GetLength(1), d = query.GetLength(1);
        float scale = 1f / MathF.Sqrt(d);
        var w = new float[points * k];
        for (int p = 0; p < points; p++)
        {
            int row = p * k;
            float best = float.NegativeInfinity;
            for (int s = 0; s < k; s++)
            {
                int j = knn[p, s];
                float dot = 0f;
                for (int c = 0; c < d; c++)
                {
                    dot += query[p, c] * key[j, c];
                }

                w[row + s] = dot * scale;
                best = MathF.Max(best, w[row + s]);
            }

            float total = 0f;
            for (int s = 0; s < k; s++)
            {
                w[row + s] = MathF.Exp(w[row + s] - best);
                total += w[row + s];
            }

            float inv = 1f / total;
            for (int s = 0; s < k; s++)
            {
                w[row + s] *= inv;
            }
        }

        return w;
    }
}
