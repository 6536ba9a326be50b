// Look-alikes written for LG0005 (our own code; the first re-creates accord-net/framework,
// Sources/Accord.MachineLearning/VectorMachines/Learning/Probabilistic/ProbabilisticNewtonMethod.cs, objective: the
// logistic loss written as softplus `log(1 + exp(±yz))` per sample). `log(1 + v)` of an exp or of a softmax output is
// a softplus or a log1p: it is never -inf, and no log of a probability. The class also computes a softmax, so the
// model has probabilities to confuse them with. Correct as far as LG0005 is concerned: no diagnostic.
using System;

namespace Recreations.Backward.Softplus_NotLogOfProbability;

public static class SoftplusLosses
{
    public static double LogisticObjective(double[] margins, int[] labels, double[] costs)
    {
        double f = 0;
        for (int i = 0; i < labels.Length; i++)
        {
            double yz = labels[i] * margins[i];
            if (yz >= 0)
                f += costs[i] * Math.Log(1 + Math.Exp(-yz));
            else
                f += costs[i] * (-yz + Math.Log(1 + Math.Exp(yz)));
        }

        return f;
    }

    public static float SoftplusOfProbabilities(float[] logits, float[] probabilities)
    {
        float max = float.NegativeInfinity;
        for (int i = 0; i < logits.Length; i++)
            max = MathF.Max(max, logits[i]);
        float sum = 0f;
        for (int i = 0; i < logits.Length; i++)
        {
            probabilities[i] = MathF.Exp(logits[i] - max);
            sum += probabilities[i];
        }

        float bonus = 0f;
        for (int i = 0; i < logits.Length; i++)
        {
            probabilities[i] /= sum;
            bonus += MathF.Log(1f + probabilities[i]);
        }

        return bonus;
    }
}
