// Source: re-creates the shape of gesture recognition from wrist IMU windows (accelerometer/gyroscope 1-D CNN or
// TinyML classifiers on smartwatches): class probabilities for every sliding window of the stream.
// Layout: jagged float[][] (one array of class scores per window), a local function for the weights.
// Label: LG0003 — the local function exponentiates the raw score, no peak subtracted, so large scores overflow
// (∞/∞ = NaN) and very negative windows underflow to 0/0. Marker at the helper's call, where docs/rules/LG0003.md
// places the report for an exp helper (relabelled after measure 1; the blind marker was on the MathF.Exp inside Weight).
using System;

namespace HeldOut22.GestureImu_RawWindowExp;

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
            var probabilities = new float[scores.Length];
            float total = 0f;
            for (int g = 0; g < scores.Length; g++)
            {
                probabilities[g] = Weight(scores[g]); //~ LG0003
                total += probabilities[g];
            }

            for (int g = 0; g < scores.Length; g++)
            {
                probabilities[g] /= total;
            }

            result[w] = probabilities;
        }

        return result;

        static float Weight(float score) => MathF.Exp(score);
    }
}
