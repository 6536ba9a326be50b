// Re-created (our own code) from the probability estimates of a LIBLINEAR port (foreverzet/Sharpkit.Learn,
// src/Liblinear/Linear.cs predictProbability): each one-vs-rest decision value goes through a sigmoid 1 / (1 + exp(-v)),
// then the sigmoids are divided by their sum. The exp sits in the sigmoid's denominator: an overflow gives 1 / ∞ = 0,
// never NaN, so there is no raw softmax numerator here. Correct: nothing to report.
// Second method: the same over a row-major batch in float with the constant on the other side (2 / (exp(-v) + 1) / 2).
using System;

namespace Recreations.LogisticOneVsRestNormalised;

public static class OneVsRest
{
    public static void Probabilities(double[] decisionValues, double[] probabilities)
    {
        for (int k = 0; k < decisionValues.Length; k++)
            probabilities[k] = 1 / (1 + Math.Exp(-decisionValues[k]));

        double sum = 0;
        for (int k = 0; k < probabilities.Length; k++) sum += probabilities[k];
        for (int k = 0; k < probabilities.Length; k++) probabilities[k] = probabilities[k] / sum;
    }

    public static void Batch(float[,] scores, float[,] probabilities)
    {
        for (int r = 0; r < scores.GetLength(0); r++)
        {
            float total = 0f;
            for (int k = 0; k < scores.GetLength(1); k++)
            {
                probabilities[r, k] = 2f / (MathF.Exp(-scores[r, k]) + 1f) / 2f;
                total += probabilities[r, k];
            }

            for (int k = 0; k < scores.GetLength(1); k++) probabilities[r, k] /= total;
        }
    }
}
