// Source: RETRO chunked cross-attention (Borgeaud et al. 2022; lucidrains/RETRO-pytorch `ChunkedCrossAttention`):
//   the queries of chunk c attend jointly over all tokens of all neighbours retrieved for that chunk.
// Layout: rank-4 float[chunks, queries, neighbours, retLen] scores; the softmax axis is the two-dimensional
//   (neighbour, retrieved token) block of one (chunk, query); while loops over the block; scalar values per
//   retrieved token [chunks, neighbours, retLen] are mixed into the output.
// Correct.
using System;

namespace LayerGen.Corpus.HeldOut17;

/// <summary>RETRO chunked cross-attention weights and outputs.</summary>
public static class RetroChunkedCrossAttention
{
    /// <summary>Writes the weights into <paramref name="weights"/> and returns the output [chunks, queries].</summary>
    public static float[,] Attend(float[,,,] scores, float[,,] values, float[,,,] weights)
    {
        int chunks = scores.GetLength(0);
        int queries = scores.GetLength(1);
        int neighbours = scores.GetLength(2);
        int retLen = scores.GetLength(3);
        var output = new float[chunks, queries];

        for (int c = 0; c < chunks; c++)
        {
            for (int q = 0; q < queries; q++)
            {
                float peak = float.NegativeInfinity;
                int n = 0;
                while (n < neighbours)
                {
                    int r = 0;
                    while (r < retLen)
                    {
                        peak = Math.Max(peak, scores[c, q, n, r]);
                        r++;
                    }

                    n++;
                }

                float mass = 0f;
                for (n = 0; n < neighbours; n++)
                {
                    for (int r = 0; r < retLen; r++)
                    {
                        mass += weights[c, q, n, r] = MathF.Exp(scores[c, q, n, r] - peak);
                    }
                }

                float mixed = 0f;
                for (n = 0; n < neighbours; n++)
                {
                    for (int r = 0; r < retLen; r++)
                    {
                        weights[c, q, n, r] /= mass;
                        mixed += weights[c, q, n, r] * values[c, n, r];
                    }
                }

                output[c, q] = mixed;
            }
        }

        return output;
    }
}
