// ListMLE (Plackett–Luce likelihood) for one query with a fixed ground-truth order in a static readonly table; each output
// is log Σ_{k ≥ i} exp(s_π(k)) − s_π(i), the suffix log-sum-exp kept online (running max and rescaled sum) counting down.
// Shape of: Xia et al. 2008 (ListMLE), allRank's listMLE with its reversed cumulative log-sum-exp (from memory).
// expect: gradient
using System;
using LayerGen;

namespace HeldOut8;

[DifferentiableLayer(6)]
public partial class ListMleFixedOrderFloat
{
    private static readonly int[] Order = { 2, 0, 5, 1, 4, 3 };

    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y)
    {
        float max = float.NegativeInfinity;
        float sum = 0.0f;
        for (int i = Order.Length - 1; i >= 0; i--)
        {
            float s = x[Order[i]];
            if (s > max)
            {
                sum = sum * MathF.Exp(max - s) + 1.0f;
                max = s;
            }
            else
            {
                sum += MathF.Exp(s - max);
            }
            y[i] = max + MathF.Log(sum) - s;
        }
    }
}
