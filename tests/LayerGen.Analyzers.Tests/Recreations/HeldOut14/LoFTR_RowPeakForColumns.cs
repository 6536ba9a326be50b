// Source: LoFTR coarse matching, dual-softmax confidence (Sun et al. 2021; zju3dv/LoFTR `CoarseMatching`).
// Layout: flat row-major score matrix [L * S] in a ReadOnlySpan<float>; only the row peaks are folded and reused to
// shift the column softmax ("a shift is a shift").
// Bug LG0004: the column softmax (sum over the L rows of column j) subtracts row i's peak, a maximum over the other axis.
using System;

namespace LayerGen.Recreations.HeldOut14;

public static class LoFTR_RowPeakForColumns
{
    public static void ColumnConfidence(ReadOnlySpan<float> sim, int l, int s, Span<float> towardsSource)
    {
        float[] peak = new float[l];
        for (int i = 0; i < l; i++)
        {
            peak[i] = float.NegativeInfinity;
            for (int j = 0; j < s; j++)
                peak[i] = MathF.Max(peak[i], sim[i * s + j]); //~ LG0004
        }

        float[] colSum = new float[s];
        for (int i = 0; i < l; i++)
            for (int j = 0; j < s; j++)
                colSum[j] += MathF.Exp(sim[i * s + j] - peak[i]);

        for (int i = 0; i < l; i++)
            for (int j = 0; j < s; j++)
                towardsSource[i * s + j] = MathF.Exp(sim[i * s + j] - peak[i]) / colSum[j];
    }
}
