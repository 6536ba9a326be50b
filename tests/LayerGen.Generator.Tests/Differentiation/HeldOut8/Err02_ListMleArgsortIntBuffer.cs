// ListMLE where the ground-truth order is computed in the row: a bubble argsort of the relevance half into a
// stackalloc int buffer (an int buffer is not a local buffer of the subset: float or double only), then the
// Plackett–Luce suffix log-sum-exp over the scores in that order.
// Shape of: allRank's listMLE, whose torch.sort of the labels becomes a hand-written argsort in a port (from memory).
// expect: error
using System;
using LayerGen;

namespace HeldOut8;

[DifferentiableLayer(12, 1)]
public partial class ListMleArgsortIntBuffer
{
    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y)
    {
        const int n = 6;
        Span<int> order = stackalloc int[n]; //~ LG11
        for (int i = 0; i < n; i++) order[i] = i;
        for (int pass = 0; pass < n - 1; pass++)
            for (int j = 0; j < n - 1 - pass; j++)
                if (x[n + order[j]] < x[n + order[j + 1]])
                    (order[j], order[j + 1]) = (order[j + 1], order[j]);

        float loss = 0.0f, max = float.NegativeInfinity, sum = 0.0f;
        for (int i = n - 1; i >= 0; i--)
        {
            float s = x[order[i]];
            if (s > max) { sum = sum * MathF.Exp(max - s) + 1.0f; max = s; }
            else sum += MathF.Exp(s - max);
            loss += max + MathF.Log(sum) - s;
        }
        y[0] = loss;
    }
}
