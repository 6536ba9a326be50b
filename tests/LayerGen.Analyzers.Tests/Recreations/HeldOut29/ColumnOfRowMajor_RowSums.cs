// Idiom: softmax over a column of a row-major matrix (one distribution over time steps per channel), max kept per column
// in a small buffer filled by a time-outer, channel-inner walk. Use: attention pooling over time.
// Layout: flat row-major double[time * channels].
// Bug (LG0004): the max runs down each column (over time), but the normaliser is summed along each row (over channels,
// the contiguous walk) and every entry of time step t is divided by that row's sum: max and sum on different axes.
using System;

namespace LayerGen.Recreations.HeldOut29;

/// <summary>Column softmax whose sum runs along the rows.</summary>
public static class ColumnMaxRowSum
{
    /// <summary>Intended: weights[t * channels + c] = softmax over t of scores[t * channels + c].</summary>
    public static void Weights(double[] scores, int time, int channels, double[] weights)
    {
        double[] colMax = new double[channels];
        for (int c = 0; c < channels; c++) colMax[c] = double.NegativeInfinity;
        for (int t = 0; t < time; t++)
        {
            for (int c = 0; c < channels; c++)
            {
                if (scores[t * channels + c] > colMax[c]) colMax[c] = scores[t * channels + c]; //~ LG0004
            }
        }

        for (int t = 0; t < time; t++)
        {
            double rowSum = 0.0;
            for (int c = 0; c < channels; c++)
            {
                weights[t * channels + c] = Math.Exp(scores[t * channels + c] - colMax[c]);
                rowSum += weights[t * channels + c];
            }

            for (int c = 0; c < channels; c++)
            {
                weights[t * channels + c] /= rowSum;
            }
        }
    }
}
