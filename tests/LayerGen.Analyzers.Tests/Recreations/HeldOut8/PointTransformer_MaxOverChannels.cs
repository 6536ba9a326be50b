// Source: Point Transformer vector attention (Zhao et al. 2021; per-channel softmax over the k neighbours),
// re-created as a port that hoists one "stabiliser" per point.
// Layout: float[points, neighbours, channels]; the softmax axis is the neighbour dimension of each (point, channel).
// Bug (LG0001): the max is taken over all neighbours and all channels of a point, wider than the neighbour axis; a
// channel whose logits sit far below another channel's underflows to 0/0.
using System;

namespace LayerGen.Recreations.HeldOut8;

public static class PointTransformer_MaxOverChannels
{
    public static float[,,] NeighbourWeights(float[,,] w)
    {
        int points = w.GetLength(0), neighbours = w.GetLength(1), channels = w.GetLength(2);
        var a = new float[points, neighbours, channels];
        for (int p = 0; p < points; p++)
        {
            float peak = float.MinValue;
            for (int k = 0; k < neighbours; k++)
                for (int c = 0; c < channels; c++)
                    peak = MathF.Max(peak, w[p, k, c]); //~ LG0001

            for (int c = 0; c < channels; c++)
            {
                float s = 0f;
                for (int k = 0; k < neighbours; k++)
                {
                    a[p, k, c] = MathF.Exp(w[p, k, c] - peak);
                    s += a[p, k, c];
                }
                for (int k = 0; k < neighbours; k++) a[p, k, c] /= s;
            }
        }
        return a;
    }
}
