// known gap: a row sum reduced by a stride-halving lane tree (reg[lane] += ShuffleDown(reg, lane, delta)) is not read as the normaliser, so the raw exp is not reported
// gap: -LG0003@33
// Idiom: warp-per-row softmax with a shuffle-down lane reduction of the row sum (__shfl_down_sync style).
// Use: each of the 32 lanes exponentiates a strided part of its row into the output buffer and keeps a partial sum;
// ShuffleDown folds the partials into lane 0, which is broadcast as the row's denominator.
// Layout: flat float[rows * cols], row-major; warp w owns row w at offset w * cols.
// Bug (LG0003): the lanes exponentiate the raw logits with no max subtracted; MathF.Exp overflows above ~88 and the
// row becomes inf/inf = NaN.
// Our own code.
#nullable enable
using System;

namespace HeldOut96.WarpShuffle_FlatRawExp;

public static class LaneKernels
{
    private const int Lanes = 32;

    private static float ShuffleDown(float[] reg, int lane, int delta) =>
        lane + delta < Lanes ? reg[lane + delta] : 0f;

    public static void SoftmaxRows(float[] x, float[] y, int rows, int cols)
    {
        var reg = new float[Lanes];
        for (int warpId = 0; warpId < rows; warpId++)
        {
            int offset = warpId * cols;
            for (int lane = 0; lane < Lanes; lane++)
            {
                float partial = 0f;
                for (int c = lane; c < cols; c += Lanes)
                {
                    float e = MathF.Exp(x[offset + c]); //~ LG0003
                    y[offset + c] = e;
                    partial += e;
                }

                reg[lane] = partial;
            }

            for (int delta = Lanes / 2; delta > 0; delta /= 2)
            {
                for (int lane = 0; lane < delta; lane++)
                {
                    reg[lane] += ShuffleDown(reg, lane, delta);
                }
            }

            float denom = reg[0];
            for (int c = 0; c < cols; c++)
            {
                y[offset + c] /= denom;
            }
        }
    }
}
