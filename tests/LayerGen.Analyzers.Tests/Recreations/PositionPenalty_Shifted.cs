// Correct twins of PositionPenalty_RawExp: the same position penalties (diagonal tension, ALiBi slope, recency decay,
// soft window), each shifted by the maximum of the penalised logits of its own slice, so every exponent is ≤ 0 and
// one element of each slice is exp(0) = 1. Also weights that are a position decay alone (no logits: nothing can
// overflow), and a penalty written beside the slice maximum in one subtrahend (m + penalty).
// Source: fast_align (Dyer et al. 2013), ALiBi (Press et al. 2022), recency-weighted attention, exponential
// moving-average weights.
// Layouts: flat float[] causal [n · n]; jagged double[][]; column-major double[keys, queries]; ReadOnlySpan<float>.
using System;

namespace Recreations.PositionPenaltyShifted;

public static class ShiftedPenalties
{
    public static void AlibiCausal(float[] scores, float[] probabilities, int n, float slope)
    {
        for (int i = 0; i < n; i++)
        {
            float m = float.NegativeInfinity;
            for (int j = 0; j <= i; j++)
                m = MathF.Max(m, scores[i * n + j] - slope * (i - j));

            float z = 0f;
            for (int j = 0; j <= i; j++)
            {
                probabilities[i * n + j] = MathF.Exp(scores[i * n + j] - slope * (i - j) - m);
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
            double top = double.NegativeInfinity;
            for (int t = 0; t < history.Length; t++)
                top = Math.Max(top, history[t] - gamma * (last - t));

            double total = 0.0;
            for (int t = 0; t < history.Length; t++)
            {
                weights[b][t] = Math.Exp(history[t] - (gamma * (last - t) + top));
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
        var penalised = new double[keys];
        for (int q = 0; q < queries; q++)
        {
            double best = double.NegativeInfinity;
            for (int k = 0; k < keys; k++)
            {
                double offset = (double)k / keys - (double)q / queries;
                penalised[k] = scores[k, q] - offset * offset / width;
                if (penalised[k] > best)
                    best = penalised[k];
            }

            double z = 0.0;
            for (int k = 0; k < keys; k++)
            {
                posterior[k, q] = Math.Exp(penalised[k] - best);
                z += posterior[k, q];
            }

            for (int k = 0; k < keys; k++)
                posterior[k, q] /= z;
        }
    }

    public static void SoftWindow(ReadOnlySpan<float> row, Span<float> weights, int window, float beta)
    {
        float m = float.NegativeInfinity;
        for (int j = 0; j < row.Length; j++)
            m = MathF.Max(m, row[j] - (j < window ? 0f : beta * (j - window)));

        float z = 0f;
        for (int j = 0; j < row.Length; j++)
        {
            weights[j] = MathF.Exp(row[j] - (j < window ? 0f : beta * (j - window)) - m);
            z += weights[j];
        }

        for (int j = 0; j < row.Length; j++)
            weights[j] /= z;
    }

    public static double[] DecayWeights(int steps, double gamma)
    {
        var weights = new double[steps];
        double total = 0.0;
        for (int t = 0; t < steps; t++)
        {
            weights[t] = Math.Exp(-gamma * (steps - 1 - t));
            total += weights[t];
        }

        for (int t = 0; t < steps; t++)
            weights[t] /= total;
        return weights;
    }
}
