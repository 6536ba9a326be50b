// Source: Point Transformer vector attention (Zhao et al. 2021; the POSTECH-CVLab/point-transformer layer: softmax
// over the k nearest neighbours, separately for every channel), re-created.
// Layout: float[points, neighbours, channels]; the softmax axis is the middle dimension; reverse neighbour loops.
// Correct: one max and one sum per (point, channel) fibre over the neighbours.
using System;

namespace LayerGen.Recreations.HeldOut8;

public static class PointTransformer_NeighbourAxisRank3
{
    public static float[,,] NeighbourWeights(float[,,] w)
    {
        int points = w.GetLength(0), neighbours = w.GetLength(1), channels = w.GetLength(2);
        var a = new float[points, neighbours, channels];
        for (int p = 0; p < points; p++)
        {
            for (int c = 0; c < channels; c++)
            {
                float m = w[p, neighbours - 1, c];
                for (int k = neighbours - 2; k >= 0; k--)
                    if (w[p, k, c] > m) m = w[p, k, c];

                float s = 0f;
                for (int k = neighbours - 1; k >= 0; k--)
                {
                    a[p, k, c] = MathF.Exp(w[p, k, c] - m);
                    s += a[p, k, c];
                }

                float inv = 1f / s;
                for (int k = 0; k < neighbours; k++) a[p, k, c] *= inv;
            }
        }
        return a;
    }
}
