// Bug variants: the logits carry a penalty computed from positions (a distance to the diagonal, a causal distance, a
// recency), and the exp is left unshifted because the penalty is ≥ 0. The penalty is no maximum: it changes with every
// element and reads none of the logits, which stay unbounded above, so exp overflows once a logit passes ~88 (float)
// or ~709 (double). LG0003 at each exp.
// Source: fast_align's diagonal tension (Dyer et al. 2013, clab/fast_align), ALiBi attention biases (Press et al.
// 2022, ofirpress/attention_with_linear_biases), recency-weighted attention over an interaction history (SASRec-style
// time decay), a soft sliding window that penalises keys beyond the window.
// Layouts: flat float[] causal [n · n] with a per-head slope; jagged double[][] histories with a decay per step from
// the end; column-major double[keys, queries] with a squared distance in locals; ReadOnlySpan<float> row with a
// ternary window penalty.
using System;

namespace Recreations.PositionPenaltyRawExp;

public static class PositionPenalties
{
    public static void AlibiCausal(float[] scores, float[] probabilities, int n, float slope)
    {
        for (int i = 0; i < n; i++)
        {
            float z = 0f;
            for (int j = 0; j <= i; j++)
            {
                probabilities[i * n + j] = MathF.Exp(scores[i * n + j] - slope * (i - j)); //~ LG0003
                z += probabilities[i * n + j];
            }

            for (int j = 0; j <= i; j++)
                probabilities[i * n + j] /= z;
        }
    }

    public static double[][] RecencyDecay(double[][] histories, double gamma)
    {
        var weights = new double[histories.Length][];
        for (int b = 0; b < histories.Length; b++)
        {
            double[] history = histories[b];
            int last = history.Length - 1;
            weights[b] = new double[history.Length];
            double total = 0.0;
            for (int t = 0; t < history.Length; t++)
            {
                weights[b][t] = Math.Exp(history[t] - gamma * (last - t)); //~ LG0003
                total += weights[b][t];
            }

            for (int t = 0; t < history.Length; t++)
                weights[b][t] /= total;
        }

        return weights;
    }

    public static void SquaredDistanceColumns(double[,] scores, double[,] posterior, double width)
    {
        int keys = scores.GetLength(0), queries = scores.GetLength(1);
        for (int q = 0; q < queries; q++)
        {
            double z = 0.0;
            for (int k = 0; k < keys; k++)
            {
                double offset = (double)k / keys - (double)q / queries;
                double penalty = offset * offset / width;
                posterior[k, q] = Math.Exp(scores[k, q] - penalty); //~ LG0003
                z += posterior[k, q];
            }

            for (int k = 0; k < keys; k++)
                posterior[k, q] /= z;
        }
    }

    public static void SoftWindow(ReadOnlySpan<float> row, Span<float> weights, int window, float beta)
    {
        float z = 0f;
        for (int j = 0; j < row.Length; j++)
        {
            weights[j] = MathF.Exp(row[j] - (j < window ? 0f : beta * (j - window))); //~ LG0003
            z += weights[j];
        }

        for (int j = 0; j < row.Length; j++)
            weights[j] /= z;
    }
}
