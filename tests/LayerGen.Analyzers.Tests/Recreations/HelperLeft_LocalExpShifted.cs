// Correct twins (our own code) of HelperLeft_LocalExpRaw.cs: the same exp helpers that keep the exp (or its exponent)
// in a local before returning it, called on logits shifted by their slice's max; and a "safe exp" that clamps its
// local after computing it (documented as no LG0003 in docs/rules/LG0003.md).
// Layouts: double[] 1D; float[,] rows; double[][] jagged rows with the row peak passed to a local function declared
// after the loops; double[] 1D with the clamped helper.
// Correct: no diagnostic.
using System;

namespace Recreations.HelperLeftLocalExpShifted;

public static class HelperLeftLocalExpShifted
{
    private static double SafeExp(double v)
    {
        var e = Math.Exp(v);
        return e;
    }

    private static float Exp2(float v)
    {
        float r;
        r = MathF.Exp(v);
        return r;
    }

    private static double CappedExp(double v)
    {
        var e = Math.Exp(Math.Min(v, 80.0));
        return e;
    }

    public static double[] Probabilities(double[] logits)
    {
        double max = double.NegativeInfinity;
        foreach (var l in logits) max = Math.Max(max, l);
        var probs = new double[logits.Length];
        double total = 0;
        for (int i = 0; i < logits.Length; i++)
        {
            probs[i] = SafeExp(logits[i] - max);
            total += probs[i];
        }

        for (int i = 0; i < probs.Length; i++)
        {
            probs[i] /= total;
        }

        return probs;
    }

    public static void RowSoftmax(float[,] scores, float[,] output)
    {
        int rows = scores.GetLength(0), cols = scores.GetLength(1);
        for (int r = 0; r < rows; r++)
        {
            float max = float.MinValue;
            for (int c = 0; c < cols; c++) max = MathF.Max(max, scores[r, c]);
            float sum = 0f;
            for (int c = 0; c < cols; c++)
            {
                output[r, c] = Exp2(scores[r, c] - max);
                sum += output[r, c];
            }

            for (int c = 0; c < cols; c++)
            {
                output[r, c] /= sum;
            }
        }
    }

    public static void TemperedRows(double[][] logits, double[][] output, double temperature)
    {
        for (int r = 0; r < logits.Length; r++)
        {
            double peak = double.MinValue;
            foreach (var v in logits[r]) peak = Math.Max(peak, v);
            double sum = 0;
            for (int c = 0; c < logits[r].Length; c++)
            {
                output[r][c] = Tempered(logits[r][c], peak, temperature);
                sum += output[r][c];
            }

            for (int c = 0; c < logits[r].Length; c++)
            {
                output[r][c] /= sum;
            }
        }

        static double Tempered(double logit, double peak, double t)
        {
            var z = (logit - peak) / t;
            var e = Math.Exp(z);
            return e;
        }
    }

    public static double[] Capped(double[] logits)
    {
        var probs = new double[logits.Length];
        double total = 0;
        for (int i = 0; i < logits.Length; i++)
        {
            probs[i] = CappedExp(logits[i]);
            total += probs[i];
        }

        for (int i = 0; i < probs.Length; i++)
        {
            probs[i] /= total;
        }

        return probs;
    }
}
