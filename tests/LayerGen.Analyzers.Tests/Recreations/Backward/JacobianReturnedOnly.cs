// Look-alike written for LG0006 (our own code, the shape of the Jacobian-returning Derivative methods of
// AiDotNet's SoftmaxActivation and of the softmax_jacobian helpers of several Python courses): a method that
// returns the softmax Jacobian itself, e.g. for a gradient check, and never multiplies it by a gradient.
// Not reported: LG0006 needs the Jacobian to meet an upstream gradient.
using System;

namespace Recreations.Backward.JacobianReturnedOnly;

public static class SoftmaxJacobian
{
    public static double[,] Of(double[] logits)
    {
        double max = double.NegativeInfinity;
        foreach (double v in logits)
        {
            max = Math.Max(max, v);
        }

        var y = new double[logits.Length];
        double sum = 0;
        for (int i = 0; i < y.Length; i++)
        {
            y[i] = Math.Exp(logits[i] - max);
            sum += y[i];
        }

        for (int i = 0; i < y.Length; i++)
        {
            y[i] /= sum;
        }

        var jacobian = new double[y.Length, y.Length];
        for (int i = 0; i < y.Length; i++)
        {
            for (int j = 0; j < y.Length; j++)
            {
                jacobian[i, j] = (i == j ? y[i] : 0.0) - y[i] * y[j];
            }
        }

        return jacobian;
    }
}
