// Source: focal loss from scratch (Lin et al. 2017) as in hand-written C# training loops; the row statistics come
// from a helper that returns a (max, sum) tuple.
// Layout: double[][] jagged [batch][classes]; softmax over classes.
// Correct.
using System;

namespace HeldOut7.FocalLossShifted
{
    public static class FocalLossStable
    {
        public static double Compute(double[][] logits, int[] labels, double gamma, double[][] probs)
        {
            double loss = 0;
            for (int n = 0; n < logits.Length; n++)
            {
                var (peak, total) = RowStats(logits[n]);
                for (int k = 0; k < logits[n].Length; k++)
                {
                    probs[n][k] = Math.Exp(logits[n][k] - peak) / total;
                }

                double pt = probs[n][labels[n]];
                loss -= Math.Pow(1 - pt, gamma) * Math.Log(Math.Max(pt, 1e-300));
            }

            return loss / logits.Length;
        }

        private static (double Max, double Sum) RowStats(double[] row)
        {
            double max = double.MinValue;
            for (int i = 0; i < row.Length; i++)
            {
                if (row[i] > max)
                {
                    max = row[i];
                }
            }

            double sum = 0;
            for (int i = 0; i < row.Length; i++)
            {
                sum += Math.Exp(row[i] - max);
            }

            return (max, sum);
        }
    }
}
