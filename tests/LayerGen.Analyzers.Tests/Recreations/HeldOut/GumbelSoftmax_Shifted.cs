// Pattern (our own code, no single source file read): Gumbel-softmax sampling as in reinforcement-learning code:
// logits plus Gumbel noise divided by a temperature tau, then a softmax with the maximum of those
// perturbed values subtracted.
// Layout: 1D double[] logits and noise; y = (x + g) / tau, exp(y - max y). Correct.
using System;

namespace HeldOut.GumbelSoftmaxShifted;

public static class GumbelSoftmax
{
    public static double[] Sample(double[] logits, double[] gumbel, double tau)
    {
        var y = new double[logits.Length];
        double max = double.NegativeInfinity;
        for (int j = 0; j < y.Length; j++)
        {
            y[j] = (logits[j] + gumbel[j]) / tau;
            max = Math.Max(max, y[j]);
        }

        double sum = 0;
        for (int j = 0; j < y.Length; j++)
        {
            y[j] = Math.Exp(y[j] - max);
            sum += y[j];
        }

        for (int j = 0; j < y.Length; j++)
        {
            y[j] /= sum;
        }

        return y;
    }
}
