// Source: Graphormer spatial encoding (Ying et al. 2021; microsoft/Graphormer `GraphAttnBias`): a learned scalar
// b[φ(i, j)] indexed by the shortest-path distance is added to each node pair's score; unreachable pairs (φ = −1)
// use the last ("far") bias slot; softmax over keys per query node.
// Layout: flat row-major float[] [nodes · nodes] scores, int[,] distances, output rows written through Span slices.
// Correct.
using System;

namespace LayerGen.Recreations.HeldOut13;

public static class Graphormer_SpatialAttention
{
    public static float[] Weights(float[] scores, int[,] shortestPath, float[] spatialBias)
    {
        int n = shortestPath.GetLength(0);
        var attn = new float[n * n];
        int far = spatialBias.Length - 1;
        for (int i = 0; i < n; i++)
        {
            Span<float> row = attn.AsSpan(i * n, n);
            float top = float.NegativeInfinity;
            for (int j = 0; j < n; j++)
            {
                int d = shortestPath[i, j];
                row[j] = scores[i * n + j] + spatialBias[d < 0 || d > far ? far : d];
                if (row[j] > top)
                    top = row[j];
            }

            float sum = 0f;
            for (int j = 0; j < n; j++)
            {
                row[j] = MathF.Exp(row[j] - top);
                sum += row[j];
            }
            for (int j = 0; j < n; j++)
                row[j] /= sum;
        }
        return attn;
    }
}
