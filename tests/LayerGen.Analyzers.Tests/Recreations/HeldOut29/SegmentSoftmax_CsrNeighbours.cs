// Idiom: segment softmax over graph neighbours (GAT, Veličković et al. 2018; PyG/DGL edge_softmax): edge scores are
// LeakyReLU(e_ij) and are normalised over the incoming edges of each node, given by CSR offsets (node n owns edges
// offsets[n] .. offsets[n + 1]). Use: graph attention coefficients. Layout: flat float edge spans + int offsets.
// Correct: max and sum per node segment; a node with no edges is skipped (it owns no coefficients).
using System;

namespace LayerGen.Recreations.HeldOut29;

/// <summary>GAT attention coefficients as a softmax per CSR segment.</summary>
public static class CsrNeighbourSoftmax
{
    /// <summary>Writes alpha[e] = softmax over the segment of e of LeakyReLU(scores).</summary>
    public static void Coefficients(ReadOnlySpan<float> scores, ReadOnlySpan<int> offsets, Span<float> alpha, float slope)
    {
        int nodes = offsets.Length - 1;
        for (int n = 0; n < nodes; n++)
        {
            int start = offsets[n], end = offsets[n + 1];
            if (start == end) continue;

            float max = float.NegativeInfinity;
            for (int e = start; e < end; e++)
            {
                max = MathF.Max(max, Leaky(scores[e], slope));
            }

            float sum = 0f;
            for (int e = start; e < end; e++)
            {
                alpha[e] = MathF.Exp(Leaky(scores[e], slope) - max);
                sum += alpha[e];
            }

            for (int e = start; e < end; e++)
            {
                alpha[e] /= sum;
            }
        }

        static float Leaky(float v, float negativeSlope) => v > 0f ? v : negativeSlope * v;
    }
}
