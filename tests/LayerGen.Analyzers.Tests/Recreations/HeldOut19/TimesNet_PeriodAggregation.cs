// Source: TimesNet (Wu et al. 2023; thuml/Time-Series-Library `TimesBlock` and `FFT_for_Period`): the top-k
// frequencies are chosen from the batch-mean amplitude; each sample weights its k period-wise 2-D convolution
// outputs by the softmax of its own amplitudes at those frequencies and adds the residual.
// Layout: `float[batch, freqs]` amplitudes read through an index list `int[] topList`, rank-3 `float[batch, k, length]`
// period outputs, `stackalloc` weights, reverse loops; the dominant frequency of the batch is also reported.
// Correct.
using System;

namespace LayerGen.Recreations.HeldOut19;

public static class TimesNetPeriodAggregation
{
    /// <summary>Aggregates the k period branches of every sample; returns the batch's dominant frequency.</summary>
    public static int Aggregate(
        float[,] amplitude, int[] topList, float[,,] periodOutputs, float[,] residual, float[,] output, float[,] weights)
    {
        int batch = amplitude.GetLength(0), k = topList.Length, length = periodOutputs.GetLength(2);

        // Batch-mean amplitude of the selected frequencies: its max picks the period reported to the logger.
        int dominant = topList[0];
        float best = float.NegativeInfinity;
        for (int j = 0; j < k; j++)
        {
            float mean = 0f;
            for (int b = 0; b < batch; b++) mean += amplitude[b, topList[j]];
            mean /= batch;
            if (mean > best) { best = mean; dominant = topList[j]; }
        }

        Span<float> w = stackalloc float[k];
        for (int b = 0; b < batch; b++)
        {
            float peak = float.NegativeInfinity;
            for (int j = k - 1; j >= 0; j--) peak = MathF.Max(peak, amplitude[b, topList[j]]);

            float z = 0f;
            for (int j = k - 1; j >= 0; j--)
            {
                w[j] = MathF.Exp(amplitude[b, topList[j]] - peak);
                z += w[j];
            }

            for (int j = 0; j < k; j++) weights[b, j] = w[j] / z;
            for (int t = 0; t < length; t++)
            {
                float acc = residual[b, t];
                for (int j = 0; j < k; j++) acc += weights[b, j] * periodOutputs[b, j, t];
                output[b, t] = acc;
            }
        }
        return dominant;
    }
}
