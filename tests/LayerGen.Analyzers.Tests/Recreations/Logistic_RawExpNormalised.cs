// Buggy siblings of Logistic_OneVsRestNormalised.cs (a LIBLINEAR port's one-vs-rest probabilities): the sigmoid is
// replaced by a plain exp of the decision value (double vector, float row-major batch), then normalised by the sum:
// a softmax of raw scores, whose exp overflows above ~709 (double) and ~88 (float).
using System;

namespace Recreations.LogisticRawExpNormalised;

public static class OneVsRest
{
    public static void Probabilities(double[] decisionValues, double[] probabilities)
    {
        for (int k = 0; k < decisionValues.Length; k++)
            probabilities[k] = Math.Exp(decisionValues[k]); //~ LG0003

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
                probabilities[r, k] = MathF.Exp(scores[r, k]); //~ LG0003
                total += probabilities[r, k];
            }

            for (int k = 0; k < scores.GetLength(1); k++) probabilities[r, k] /= total;
        }
    }
}
