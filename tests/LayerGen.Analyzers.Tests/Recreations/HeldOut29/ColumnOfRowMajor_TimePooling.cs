// Idiom: softmax over a column of a row-major matrix, written cache-friendly: the time loop is outer and the channel loop
// inner, with one running max and one running sum per column kept in small buffers. Use: attention pooling over time,
// one distribution over time steps per channel. Layout: flat row-major float[time * channels].
// Correct: colMax[c] and colSum[c] both accumulate down column c only; the division uses the same column's sum.
using System;

namespace LayerGen.Recreations.HeldOut29;

/// <summary>Per-channel softmax over time of a row-major [time, channels] buffer.</summary>
public static class ColumnTimePooling
{
    /// <summary>Writes weights[t * channels + c] = softmax over t of scores[t * channels + c].</summary>
    public static void Weights(float[] scores, int time, int channels, float[] weights)
    {
        float[] colMax = new float[channels];
        Array.Fill(colMax, float.NegativeInfinity);
        for (int t = 0; t < time; t++)
        {
            for (int c = 0; c < channels; c++)
            {
                colMax[c] = MathF.Max(colMax[c], scores[t * channels + c]);
            }
        }

        float[] colSum = new float[channels];
        for (int t = 0; t < time; t++)
        {
            for (int c = 0; c < channels; c++)
            {
                float e = MathF.Exp(scores[t * channels + c] - colMax[c]);
                weights[t * channels + c] = e;
                colSum[c] += e;
            }
        }

        for (int t = 0; t < time; t++)
        {
            for (int c = 0; c < channels; c++)
            {
                weights[t * channels + c] /= colSum[c];
            }
        }
    }
}
