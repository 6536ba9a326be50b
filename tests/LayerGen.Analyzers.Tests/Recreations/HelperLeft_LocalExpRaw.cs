// Re-creation (our own code) of careful authors' exp helpers that keep the exp in a local before returning it (a
// "safe exp" wrapper left for a later clamp, a float helper assigned after its declaration, a tempered exponent
// computed into a local first), as in hand-written classifier and sampling code.
// Variant with realistic bugs introduced: each helper is called on the raw logits (no max subtracted anywhere).
// Layouts: double[] 1D with a private static helper; float[,] rows with a static helper assigned after declaration;
// double[][] jagged rows with a local function declared after the loops (exponent through a local).
// Bug (LG0003): exp of un-shifted logits; the exp sits in the helper, so each marker is on the line calling it.
using System;

namespace Recreations.HelperLeftLocalExpRaw;

public static class HelperLeftLocalExpRaw
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

    public static double[] Probabilities(double[] logits)
    {
        var probs = new double[logits.Length];
        double total = 0;
        for (int i = 0; i < logits.Length; i++)
        {
            probs[i] = SafeExp(logits[i]); //~ LG0003
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
            float sum = 0f;
            for (int c = 0; c < cols; c++)
            {
                output[r, c] = Exp2(scores[r, c]); //~ LG0003
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
            double sum = 0;
            for (int c = 0; c < logits[r].Length; c++)
            {
                output[r][c] = Tempered(logits[r][c], temperature); //~ LG0003
                sum += output[r][c];
            }

            for (int c = 0; c < logits[r].Length; c++)
            {
                output[r][c] /= sum;
            }
        }

        static double Tempered(double logit, double t)
        {
            var z = logit / t;
            var e = Math.Exp(z);
            return e;
        }
    }
}
