// Re-creates: softmax via log-sum-exp as in C# probabilistic code (Accord.NET Special.LogSumExp users, HMM forward passes)
// Layout: jagged double[][] rows, exp(x - logsumexp(x)) per row
// Expected: Correct
using System;

namespace HeldOut2.LogSumExpSoftmax;

public static class Probabilistic
{
    public static double[][] Softmax(double[][] logits)
    {
        var result = new double[logits.Length][];
        for (int i = 0; i < logits.Length; i++)
        {
            double[] row = logits[i];
            double m = double.NegativeInfinity;
            for (int j = 0; j < row.Length; j++)
            {
                m = Math.Max(m, row[j]);
            }

            double acc = 0;
            for (int j = 0; j < row.Length; j++)
            {
                acc += Math.Exp(row[j] - m);
            }

            double logSumExp = m + Math.Log(acc);
            result[i] = new double[row.Length];
            for (int j = 0; j < row.Length; j++)
            {
                result[i][j] = Math.Exp(row[j] - logSumExp);
            }
        }

        return result;
    }
}
