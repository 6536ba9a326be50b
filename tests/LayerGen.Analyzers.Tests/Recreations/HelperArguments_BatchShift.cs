// Variants (our own code) of ExpHelperArguments_RawOrBatchShift.cs: the exp of a softmax is taken by a helper that is
// given the shift as an argument, and the caller passes one peak taken over the whole batch instead of each row's.
// The helpers are local functions declared after the loops that call them (also static, after a return, nested in the
// loop's block) or private methods, and their exponent scales or offsets the shifted value ((s - shift) * factor,
// c * (v - m) + d, (v - m) / t).
// Layouts: double[,] rows (a local function after the loops); float[][] jagged rows scaled by an inverse temperature
// (a private static method); double[] flat rows of a fixed width (a static local function after a return); float[,]
// columns as the softmax axis (a local function nested in the loop body).
// Bugs: LG0001 at the batch-wide peak in every method.
using System;

namespace Recreations.HelperArgumentsBatchShift;

public sealed class HelperArgumentsBatchShift
{
    public static void RowsWithTrailingHelper(double[,] x, double[,] y)
    {
        int rows = x.GetLength(0), cols = x.GetLength(1);
        double peak = double.MinValue;
        for (int q = 0; q < rows; q++)
            for (int c = 0; c < cols; c++)
                peak = Math.Max(peak, x[q, c]); //~ LG0001

        for (int r = 0; r < rows; r++)
        {
            double sum = 0;
            for (int c = 0; c < cols; c++)
            {
                y[r, c] = Shifted(x[r, c], peak);
                sum += y[r, c];
            }

            for (int c = 0; c < cols; c++) y[r, c] /= sum;
        }

        double Shifted(double v, double m) => Math.Exp(v - m);
    }

    public static float[][] ScaledJagged(float[][] logits, float inverseTemperature)
    {
        float shift = float.NegativeInfinity;
        foreach (var row in logits)
            foreach (var v in row)
                shift = MathF.Max(shift, v); //~ LG0001

        var result = new float[logits.Length][];
        for (int r = 0; r < logits.Length; r++)
        {
            var row = logits[r];
            var p = new float[row.Length];
            float total = 0f;
            for (int c = 0; c < row.Length; c++)
            {
                p[c] = Scaled(row[c], shift, inverseTemperature);
                total += p[c];
            }

            for (int c = 0; c < row.Length; c++) p[c] /= total;
            result[r] = p;
        }

        return result;
    }

    public static void FlatRowsWithBias(double[] x, double[] y, int width, double gain, double bias)
    {
        if (width <= 0)
        {
            return;
        }

        int rows = x.Length / width;
        double top = double.NegativeInfinity;
        for (int k = 0; k < rows * width; k++) top = Math.Max(top, x[k]); //~ LG0001

        for (int r = 0; r < rows; r++)
        {
            double z = 0;
            for (int c = 0; c < width; c++)
            {
                y[r * width + c] = Affine(x[r * width + c], top, gain, bias);
                z += y[r * width + c];
            }

            for (int c = 0; c < width; c++) y[r * width + c] /= z;
        }

        return;

        static double Affine(double v, double m, double a, double b) => Math.Exp(a * (v - m) + b);
    }

    public static void ColumnsWithNestedHelper(float[,] scores, float[,] weights, float temperature)
    {
        int classes = scores.GetLength(0), batch = scores.GetLength(1);
        float best = float.MinValue;
        for (int k = 0; k < classes; k++)
            for (int b = 0; b < batch; b++)
                best = MathF.Max(best, scores[k, b]); //~ LG0001

        for (int b = 0; b < batch; b++)
        {
            float sum = 0f;
            for (int k = 0; k < classes; k++)
            {
                weights[k, b] = Tempered(scores[k, b], best);
                sum += weights[k, b];

                float Tempered(float v, float m) => MathF.Exp((v - m) / temperature);
            }

            for (int k = 0; k < classes; k++) weights[k, b] /= sum;
        }
    }

    private static float Scaled(float s, float shift, float factor) => MathF.Exp((s - shift) * factor);
}
