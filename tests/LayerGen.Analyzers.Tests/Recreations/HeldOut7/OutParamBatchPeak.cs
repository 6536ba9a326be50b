// Source: C# layers with out-parameter statistics helpers (BufferStatistics(buffer, out min, out max) used for
// logging and, here, reused as the softmax shift of a flat batch).
// Layout: double[] flat [rows, cols]; softmax over the columns of each row.
// Bug LG0001: the helper's maximum runs over the whole buffer, not over one row.
using System;

namespace HeldOut7.OutParamBatchPeak
{
    public static class FlatSoftmax
    {
        public static void Forward(double[] x, double[] y, int cols)
        {
            BufferStatistics(x, out _, out double peak); //~ LG0001
            for (int start = 0; start < x.Length; start += cols)
            {
                double sum = 0;
                for (int c = 0; c < cols; c++)
                {
                    y[start + c] = Math.Exp(x[start + c] - peak);
                    sum += y[start + c];
                }

                for (int c = 0; c < cols; c++)
                {
                    y[start + c] /= sum;
                }
            }
        }

        private static void BufferStatistics(double[] values, out double min, out double max)
        {
            min = double.PositiveInfinity;
            max = double.NegativeInfinity;
            foreach (double v in values)
            {
                if (v < min) min = v;
                if (v > max) max = v;
            }
        }
    }
}
