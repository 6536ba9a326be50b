// Source: C# NN code with `out` helpers (Accord.NET-style helpers, course code): a Peak helper returns the maximum
// through an out parameter and the batch softmax calls it once on the whole buffer.
// Layout: row-major [rows, cols] double, flat; Peak(data, out max) called with the full array; per-row sums.
// Bug: the max comes from every row of the batch, not the row being normalised.
using System;

namespace LayerGen.HeldOut4.OutParamPeakHelperWholeBuffer;

public static class BatchSoftmax
{
    public static void Forward(double[] x, double[] y, int rows, int cols)
    {
        Peak(x, out double max); //~ LG0001
        for (int r = 0; r < rows; r++)
        {
            double sum = 0.0;
            for (int c = 0; c < cols; c++)
            {
                y[r * cols + c] = Math.Exp(x[r * cols + c] - max);
                sum += y[r * cols + c];
            }

            for (int c = 0; c < cols; c++)
                y[r * cols + c] /= sum;
        }
    }

    private static void Peak(double[] data, out double max)
    {
        max = double.NegativeInfinity;
        for (int i = 0; i < data.Length; i++)
            max = Math.Max(max, data[i]);
    }
}
