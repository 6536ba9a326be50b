// Correct twins (our own code) of HelperLeft_NegatedShiftBatchPeak.cs: the shift written reversed and negated,
// exp(-(max - v)), by each row's own max, inline with an inverse temperature, through a private static helper, and
// -1 * (max - v) in 1D.
// Layouts: double[,] rows (inline); float[][] jagged rows (helper Exp(-(m - v) / t)); double[] 1D.
// Correct: no diagnostic.
using System;
using System.Linq;

namespace Recreations.HelperLeftNegatedShiftRowPeak;

public static class HelperLeftNegatedShiftRowPeak
{
    public static void Boltzmann(double[,] q, double[,] policy, double temperature)
    {
        int rows = q.GetLength(0), cols = q.GetLength(1);
        double invT = 1.0 / temperature;
        for (int r = 0; r < rows; r++)
        {
            double peak = double.MinValue;
            for (int c = 0; c < cols; c++) peak = Math.Max(peak, q[r, c]);
            double sum = 0;
            for (int c = 0; c < cols; c++)
            {
                policy[r, c] = Math.Exp(-(peak - q[r, c]) * invT);
                sum += policy[r, c];
            }

            for (int c = 0; c < cols; c++)
            {
                policy[r, c] /= sum;
            }
        }
    }

    private static float Below(float v, float m, float t) => MathF.Exp(-(m - v) / t);

    public static void Attention(float[][] scores, float[][] weights, float temperature)
    {
        for (int r = 0; r < scores.Length; r++)
        {
            float peak = float.MinValue;
            foreach (var s in scores[r])
                if (s > peak) peak = s;

            float sum = 0f;
            for (int c = 0; c < scores[r].Length; c++)
            {
                weights[r][c] = Below(scores[r][c], peak, temperature);
                sum += weights[r][c];
            }

            for (int c = 0; c < scores[r].Length; c++)
            {
                weights[r][c] /= sum;
            }
        }
    }

    public static double[] Probabilities(double[] logits)
    {
        double max = logits.Max();
        var e = new double[logits.Length];
        double total = 0;
        for (int i = 0; i < logits.Length; i++)
        {
            e[i] = Math.Exp(-1 * (max - logits[i]));
            total += e[i];
        }

        for (int i = 0; i < e.Length; i++)
        {
            e[i] /= total;
        }

        return e;
    }
}
