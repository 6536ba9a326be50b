// Source: LoFTR coarse matching, dual-softmax confidence (Sun et al. 2021; zju3dv/LoFTR `CoarseMatching`,
// match_type "dual_softmax": conf = softmax(sim, dim 1) * softmax(sim, dim 2)).
// Layout: flat row-major score matrix [L * S] in a ReadOnlySpan<float>, one pass folds the row and the column peaks
// into two arrays, a second pass sums both ways, a third multiplies the two probabilities.
// Correct.
using System;

namespace LayerGen.Recreations.HeldOut14;

public static class LoFTR_DualSoftmax
{
    public static void Confidence(ReadOnlySpan<float> sim, int l, int s, float temperature, Span<float> conf)
    {
        float[] rowPeak = new float[l];
        float[] colPeak = new float[s];
        Array.Fill(rowPeak, float.NegativeInfinity);
        Array.Fill(colPeak, float.NegativeInfinity);
        for (int i = 0; i < l; i++)
        {
            for (int j = 0; j < s; j++)
            {
                float v = sim[i * s + j];
                if (v > rowPeak[i]) rowPeak[i] = v;
                if (v > colPeak[j]) colPeak[j] = v;
            }
        }

        float[] rowSum = new float[l];
        float[] colSum = new float[s];
        for (int i = 0; i < l; i++)
        {
            for (int j = 0; j < s; j++)
            {
                float v = sim[i * s + j];
                rowSum[i] += MathF.Exp((v - rowPeak[i]) / temperature);
                colSum[j] += MathF.Exp((v - colPeak[j]) / temperature);
            }
        }

        for (int i = 0; i < l; i++)
        {
            for (int j = 0; j < s; j++)
            {
                float v = sim[i * s + j];
                float towardsTarget = MathF.Exp((v - rowPeak[i]) / temperature) / rowSum[i];
                float towardsSource = MathF.Exp((v - colPeak[j]) / temperature) / colSum[j];
                conf[i * s + j] = towardsTarget * towardsSource;
            }
        }
    }
}
