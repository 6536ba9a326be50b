// Source: TimesNet (Wu et al. 2023; thuml/Time-Series-Library `TimesBlock`), the period weights computed for the
// whole batch first and normalised in a second pass.
// Layout: jagged `float[][]` amplitudes [batch][freqs] read through `int[] topList`, flat weights [batch · k].
// Bug: LG0002 — the normaliser `total` runs over every sample of the batch.
using System;

namespace LayerGen.Recreations.HeldOut19;

public static class TimesNetWeightSumOverBatch
{
    /// <summary>Softmax period weights [batch · k] of the selected frequencies.</summary>
    public static float[] PeriodWeights(float[][] amplitude, int[] topList)
    {
        int k = topList.Length;
        var weights = new float[amplitude.Length * k];
        float total = 0f;
        for (int b = 0; b < amplitude.Length; b++)
        {
            float[] amp = amplitude[b];
            float peak = amp[topList[0]];
            for (int j = 1; j < k; j++) peak = MathF.Max(peak, amp[topList[j]]);
            for (int j = 0; j < k; j++)
            {
                weights[b * k + j] = MathF.Exp(amp[topList[j]] - peak);
                total += weights[b * k + j]; //~ LG0002
            }
        }

        for (int i = 0; i < weights.Length; i++) weights[i] /= total;
        return weights;
    }
}
