// Source: post-hoc temperature scaling (Guo et al. 2017) fitted in C# (a grid or Newton loop over T minimising the
// validation NLL of softmax(logits / T)), re-created on jagged float rows.
// Layout: float[N][K] validation logits; softmax over K per sample at temperature T.
// Correct: scaled probabilities subtract max/T (x / T - max / T); the NLL uses the same per-row log-sum-exp.
using System;

namespace HeldOut6.TemperatureCalibrationNll;

public static class TemperatureScaling
{
    public static void ScaledProbabilities(float[][] logits, float temperature, float[][] probs)
    {
        for (int n = 0; n < logits.Length; n++)
        {
            float[] z = logits[n];
            float zMax = z[0];
            for (int k = 1; k < z.Length; k++)
            {
                if (z[k] > zMax) zMax = z[k];
            }

            float total = 0f;
            for (int k = 0; k < z.Length; k++)
            {
                probs[n][k] = MathF.Exp(z[k] / temperature - zMax / temperature);
                total += probs[n][k];
            }

            for (int k = 0; k < z.Length; k++)
            {
                probs[n][k] /= total;
            }
        }
    }

    public static double Nll(float[][] logits, int[] labels, float temperature)
    {
        double nll = 0;
        for (int n = 0; n < logits.Length; n++)
        {
            double m = double.NegativeInfinity;
            foreach (float v in logits[n]) m = Math.Max(m, v / temperature);
            double s = 0;
            foreach (float v in logits[n]) s += Math.Exp(v / temperature - m);
            nll -= logits[n][labels[n]] / temperature - m - Math.Log(s);
        }

        return nll / logits.Length;
    }

    public static float Fit(float[][] logits, int[] labels)
    {
        float best = 1f;
        double bestNll = double.PositiveInfinity;
        for (float t = 0.25f; t <= 5f; t += 0.05f)
        {
            double nll = Nll(logits, labels, t);
            if (nll < bestNll)
            {
                bestNll = nll;
                best = t;
            }
        }

        return best;
    }
}
