// Re-creates: a batch softmax that gathers its row statistics in a small mutable struct declared once before the
// row loop; the Max field is re-seeded per row, the Sum field keeps accumulating.
// Layout: flat [rows, cols] row-major double[]; softmax axis = cols.
// Bug: LG0002 (struct field sum never reset per row).
using System;

namespace LayerGen.Recreations.HeldOut3.StructAccumulatorSumNotReset;

public struct RowAccumulator
{
    public double Max;
    public double Sum;
}

public static class AccumulatorSoftmax
{
    public static void Forward(double[] x, double[] y, int rows, int cols)
    {
        var acc = new RowAccumulator();
        for (int r = 0; r < rows; r++)
        {
            int o = r * cols;
            acc.Max = double.NegativeInfinity;
            for (int c = 0; c < cols; c++)
            {
                acc.Max = Math.Max(acc.Max, x[o + c]);
            }

            for (int c = 0; c < cols; c++)
            {
                y[o + c] = Math.Exp(x[o + c] - acc.Max);
                acc.Sum += y[o + c]; //~ LG0002
            }

            for (int c = 0; c < cols; c++)
            {
                y[o + c] /= acc.Sum;
            }
        }
    }
}
