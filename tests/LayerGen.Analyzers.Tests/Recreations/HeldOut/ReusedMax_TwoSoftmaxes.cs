// Re-creation (our own code) of a policy/value head as in franzvrolijk/reinforcement-learning (Activation.cs softmax
// of a policy vector) next to an attention softmax over a row-major batch, in one method that reuses the variable
// names max and sum: first a 1D softmax of the policy logits, then a per-row softmax of the attention scores.
// Layout: 1D double[] then row-major double[rows, cols], shared local names. Correct.
using System;

namespace HeldOut.ReusedMaxTwoSoftmaxes;

public static class Heads
{
    public static (double[] Policy, double[,] Attention) Forward(double[] policyLogits, double[,] scores)
    {
        double max = double.NegativeInfinity;
        for (int k = 0; k < policyLogits.Length; k++)
        {
            max = Math.Max(max, policyLogits[k]);
        }

        double sum = 0;
        var policy = new double[policyLogits.Length];
        for (int k = 0; k < policy.Length; k++)
        {
            policy[k] = Math.Exp(policyLogits[k] - max);
            sum += policy[k];
        }

        for (int k = 0; k < policy.Length; k++)
        {
            policy[k] /= sum;
        }

        int rows = scores.GetLength(0);
        int cols = scores.GetLength(1);
        var attention = new double[rows, cols];
        for (int i = 0; i < rows; i++)
        {
            max = double.NegativeInfinity;
            for (int j = 0; j < cols; j++)
            {
                max = Math.Max(max, scores[i, j]);
            }

            sum = 0;
            for (int j = 0; j < cols; j++)
            {
                attention[i, j] = Math.Exp(scores[i, j] - max);
                sum += attention[i, j];
            }

            for (int j = 0; j < cols; j++)
            {
                attention[i, j] /= sum;
            }
        }

        return (policy, attention);
    }
}
