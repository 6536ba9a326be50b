// Idiom: the temperature-scaled softmax of a port, `np.exp(x / T) / np.exp(x / T).sum(axis=1, keepdims=True)`,
// written against double[,] with a GetLength-based shape tuple; the scale is not a cap, so the exponent is unbounded.
// Use: temperature sampling distribution for a batch of decoder steps.
// Layout: double[steps, vocab], row-major; softmax per row.
// Bug: LG0003 — `Math.Exp(logits[i, j] / temperature)` with no maximum subtracted (∞ above ~709 · T).
// Our own code.
#nullable enable
using System;

namespace HeldOut88.SoftCap_TemperatureOnly;

public static class Sampler
{
    public static double[,] Distribution(double[,] logits, double temperature = 0.7)
    {
        var (steps, vocab) = (logits.GetLength(0), logits.GetLength(1));
        var p = new double[steps, vocab];
        for (int i = 0; i < steps; i++)
        {
            double rowSum = 0.0;
            for (int j = 0; j < vocab; j++)
            {
                p[i, j] = Math.Exp(logits[i, j] / temperature); //~ LG0003
                rowSum += p[i, j];
            }

            for (int j = 0; j < vocab; j++) p[i, j] /= rowSum;
        }

        return p;
    }
}
