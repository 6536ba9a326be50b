// Idiom: GAT on a small dense graph, attention logits for every node pair masked by the adjacency matrix
// Layout: flat float[] scores and byte[] adjacency [n * n], row i = destination node, stride n
// Correct
using System;

namespace HeldOut37.DenseAdjacency_MaskedRows;

public static class DenseGat
{
    public static float[] MaskedAttention(float[] scores, byte[] adjacency, int n)
    {
        var att = new float[n * n];
        for (int i = 0; i < n; i++)
        {
            int row = i * n;
            float m = float.NegativeInfinity;
            for (int j = 0; j < n; j++)
            {
                if (adjacency[row + j] != 0 && scores[row + j] > m) m = scores[row + j];
            }

            if (float.IsNegativeInfinity(m))
            {
                continue; // isolated node
            }

            float s = 0f;
            for (int j = 0; j < n; j++)
            {
                if (adjacency[row + j] == 0)
                {
                    continue;
                }

                att[row + j] = MathF.Exp(scores[row + j] - m);
                s += att[row + j];
            }

            for (int j = 0; j < n; j++)
            {
                att[row + j] /= s;
            }
        }

        return att;
    }
}
