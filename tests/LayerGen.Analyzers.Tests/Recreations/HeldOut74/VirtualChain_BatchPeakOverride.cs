// Idiom: a virtual/override chain — the base `Forward` folds a peak per row and hands it to a protected `NormaliseRow`;
// a "fast" subclass overrides `Forward` to fold one peak over the whole 2D array (`foreach` over float[,]) and reuses
// the base's row helper.
// Use: a softmax layer "optimised" by hoisting the max out of the row loop.
// Layout: float[batch, classes], row-major 2D array.
// Bug: LG0001 — the override's peak spans every row of the batch; a row far below the batch peak underflows to 0/0.
// Our own code.
#nullable enable
using System;

namespace HeldOut74.VirtualChain_BatchPeakOverride;

public class SoftmaxBase
{
    public virtual void Forward(float[,] x, float[,] y)
    {
        for (int r = 0; r < x.GetLength(0); r++)
        {
            float peak = float.NegativeInfinity;
            for (int c = 0; c < x.GetLength(1); c++)
            {
                peak = MathF.Max(peak, x[r, c]);
            }

            NormaliseRow(x, y, r, peak);
        }
    }

    protected static void NormaliseRow(float[,] x, float[,] y, int r, float peak)
    {
        float s = 0f;
        for (int c = 0; c < x.GetLength(1); c++)
        {
            y[r, c] = MathF.Exp(x[r, c] - peak);
            s += y[r, c];
        }

        for (int c = 0; c < x.GetLength(1); c++)
        {
            y[r, c] /= s;
        }
    }
}

public sealed class HoistedPeakSoftmax : SoftmaxBase
{
    public override void Forward(float[,] x, float[,] y)
    {
        float peak = float.NegativeInfinity;
        foreach (float v in x) peak = MathF.Max(peak, v); //~ LG0001
        for (int r = 0; r < x.GetLength(0); r++)
        {
            NormaliseRow(x, y, r, peak);
        }
    }
}
