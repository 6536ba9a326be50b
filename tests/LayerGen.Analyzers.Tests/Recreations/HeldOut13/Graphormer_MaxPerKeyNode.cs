// Source: Graphormer spatial encoding (Ying et al. 2021), with the stabiliser collected per key node (column of the
// biased score matrix) while the softmax runs over keys per query.
// Layout: flat row-major float[] [nodes · nodes], int[,] distances, float[] column peaks.
// Bug: LG0004 — the maximum runs over queries for each key, the sum over keys for each query.
using System;

namespace LayerGen.Recreations.HeldOut13;

public static class Graphormer_MaxPerKeyNode
{
    public static float[] Weights(float[] scores, int[,] shortestPath, float[] spatialBias)
    {
        int n = shortestPath.GetLength(0);
        int far = spatialBias.Length - 1;
        var biased = new float[n * n];
        var keyPeak = new float[n];
        Array.Fill(keyPeak, float.NegativeInfinity);
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++)
            {
                int d = shortestPath[i, j];
                biased[i * n + j] = scores[i * n + j] + spatialBias[d < 0 || d > far ? far : d];
                keyPeak[j] = MathF.Max(keyPeak[j], biased[i * n + j]); //~ LG0004
            }

        var attn = new float[n * n];
        for (int i = 0; i < n; i++)
        {
            float sum = 0f;
            for (int j = 0; j < n; j++)
            {
                attn[i * n + j] = MathF.Exp(biased[i * n + j] - keyPeak[j]);
                sum += attn[i * n + j];
            }
            for (int j = 0; j < n; j++)
                attn[i * n + j] /= sum;
        }
        return attn;
    }
}
