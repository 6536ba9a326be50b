// Re-creation (our own code) of the defensive 1D softmax of Amzo/NEUNEX (softmax.calculate, which returns early for
// an empty input) combined with the argmax-returning helpers of reinforcement-learning code: early returns for 0
// and 1 entries, then a stable softmax returned with the best index as a named tuple.
// Layout: 1D double[], early returns, (double[] Probabilities, int Best) tuple. Correct.
using System;

namespace HeldOut.EarlyReturnTupleResult;

public static class GuardedSoftmax
{
    public static (double[] Probabilities, int Best) Compute(double[] logits)
    {
        if (logits.Length == 0)
        {
            return (Array.Empty<double>(), -1);
        }

        if (logits.Length == 1)
        {
            return (new[] { 1.0 }, 0);
        }

        int best = 0;
        for (int i = 1; i < logits.Length; i++)
        {
            if (logits[i] > logits[best])
            {
                best = i;
            }
        }

        double max = logits[best];
        var p = new double[logits.Length];
        double sum = 0;
        for (int i = 0; i < logits.Length; i++)
        {
            p[i] = Math.Exp(logits[i] - max);
            sum += p[i];
        }

        for (int i = 0; i < p.Length; i++)
        {
            p[i] /= sum;
        }

        return (p, best);
    }
}
