// Source: re-creates the shape of gesture recognition from wrist IMU windows (accelerometer/gyroscope 1-D CNN or
// TinyML classifiers on smartwatches): class probabilities for every sliding window of the stream.
// Layout: jagged float[][] (one array of class scores per window), local functions for the peak and the weights.
// Label: Correct — each window's scores are shifted by that window's own peak.
using System;

namespace HeldOut22.GestureImu_WindowClassScores;

/// <summary>Per-window gesture probabilities.</summary>
public static class GestureClassifier
{
    /// <summary>For every window, the softmax of its class scores.</summary>
    public static float[][] WindowProbabilities(float[][] windowScores)
    {
        var result = new float[windowScores.Length][];
        for (int w = 0; w < windowScores.Length; w++)
        {
            float[] scores = windowScores[w];
            float peak = Peak(scores);
            var probabilities = new float[scores.Length];
            float total = 0f;
            for (int g = 0; g < scores.Length; g++)
            {
                probabilities[g] = Weight(scores[g], peak);
                total += probabilities[g];
            }

            for (int g = 0; g < scores.Length; g++)
            {
                probabilities[g] /= total;
            }

            result[w] = probabilities;
        }

        return result;

        static float Peak(float[] values)
        {
            float peak = float.NegativeInfinity;
            foreach (float v in values)
            {
                peak = MathF.Max(peak, v);
            }

            return peak;
        }

        static float Weight(float score, float peak) => MathF.Exp(score - peak);
    }
}
