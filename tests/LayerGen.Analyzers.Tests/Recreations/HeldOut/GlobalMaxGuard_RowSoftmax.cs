// Re-creation (our own code) of defensive inference code (input validation before a softmax, as in
// justinamiller/SmallMind's SoftmaxOps argument checks) that computes the largest logit of the whole batch only to
// reject non-finite input, then runs a correct per-row softmax.
// Layout: row-major double[rows, cols]; global max used in a guard only, row max for the exps. Correct.
using System;

namespace HeldOut.GlobalMaxGuardRowSoftmax;

public static class GuardedBatchSoftmax
{
    public static double[,] Forward(double[,] x)
    {
        int rows = x.GetLength(0);
        int cols = x.GetLength(1);
        double largest = double.NegativeInfinity;
        foreach (double v in x)
        {
            largest = Math.Max(largest, v);
        }

        if (double.IsNaN(largest) || double.IsPositiveInfinity(largest))
        {
            throw new ArgumentException($"Logits must be finite; largest is {largest}.", nameof(x));
        }

        var p = new double[rows, cols];
        for (int i = 0; i < rows; i++)
        {
            double max = double.NegativeInfinity;
            for (int j = 0; j < cols; j++)
            {
                max = Math.Max(max, x[i, j]);
            }

            double sum = 0;
            for (int j = 0; j < cols; j++)
            {
                p[i, j] = Math.Exp(x[i, j] - max);
                sum += p[i, j];
            }

            for (int j = 0; j < cols; j++)
            {
                p[i, j] /= sum;
            }
        }

        return p;
    }
}
