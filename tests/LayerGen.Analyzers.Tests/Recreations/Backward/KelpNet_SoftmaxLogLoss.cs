// Re-creation (our own code) of harujoh/KelpNet, KelpNet.Loss.LossFunctions.SoftmaxCrossEntropy with its
// SoftmaxLog helper: log-probabilities x - max - log(sum(exp(x - max))), loss = -logY[label], gradient
// exp(logY) - onehot.
// Layout: one vector, log-softmax in a private helper. Correct: the log is of a sum of exps, not of a
// probability; exp(logY) is a probability but nothing takes its log. No diagnostic.
using System;
using System.Linq;

namespace Recreations.Backward.KelpNetSoftmaxLogLoss;

public static class LossFunctions
{
    public static double[] SoftmaxCrossEntropy(double[] input, int label, out double loss)
    {
        double[] logY = SoftmaxLog(input);
        loss = -logY[label];
        var gx = new double[logY.Length];
        for (int i = 0; i < logY.Length; i++)
        {
            gx[i] = Math.Exp(logY[i]);
        }

        gx[label] -= 1;
        return gx;
    }

    private static double[] SoftmaxLog(double[] x)
    {
        double max = x.Max();
        double sum = 0;
        for (int i = 0; i < x.Length; i++)
        {
            sum += Math.Exp(x[i] - max);
        }

        double logZ = Math.Log(sum) + max;
        return x.Select(v => v - logZ).ToArray();
    }
}
