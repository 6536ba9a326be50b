// Re-creation (our own code) of softmax code that writes the max shift reversed and negated, exp(-(max - v)) (the
// "distance below the max" spelling of Boltzmann exploration and attention scores), with a temperature.
// Variant with realistic bugs introduced: the peak subtracted is the whole batch's, not each row's, inline and in a
// helper; and a 1D softmax whose "shift" is the mean (exp(x - mean) overflows once max - mean > ~709).
// Layouts: double[,] rows with an inverse temperature (inline); float[][] jagged rows through a private static helper
// Exp(-(m - v) / t); double[] 1D with the mean.
// Bugs: LG0001 at each batch-wide peak; LG0003 at the exp shifted by the mean.
using System;

namespace Recreations.HelperLeftNegatedShiftBatchPeak;

public static class HelperLeftNegatedShiftBatchPeak
{
    public static void Boltzmann(double[,] q, double[,] policy, double temperature)
    {
        int rows = q.GetLength(0), cols = q.GetLength(1);
        double invT = 1.0 / temperature;
        double peak = double.MinValue;
        for (int r = 0; r < rows; r++)
            for (int c = 0; c < cols; c++)
                peak = Math.Max(peak, q[r, c]); //~ LG0001

        for (int r = 0; r < rows; r++)
        {
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
        float peak = float.MinValue;
        foreach (var row in scores)
            foreach (var s in row)
                if (s > peak) peak = s; //~ LG0001

        for (int r = 0; r < scores.Length; r++)
        {
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

    public static double[] Centered(double[] logits)
    {
        double mean = 0;
        foreach (var l in logits) mean += l;
        mean /= logits.Length;
        var e = new double[logits.Length];
        double total = 0;
        for (int i = 0; i < logits.Length; i++)
        {
            e[i] = Math.Exp(-1 * (mean - logits[i])); //~ LG0003
            total += e[i];
        }

        for (int i = 0; i < e.Length; i++)
        {
            e[i] /= total;
        }

        return e;
    }
}
