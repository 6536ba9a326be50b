// Re-creates: masked softmax in C# transformer ports (padding mask as bool[]): masked positions are excluded from the
// max and the sum, and a row whose every position is masked is written as zeros instead of 0/0.
// Layout: flat [rows, cols] row-major with a bool mask of the same shape; softmax axis = cols. double.
// Correct.
using System;

namespace LayerGen.Recreations.HeldOut3.PaddingMaskSkipsEmptyRows;

public static class MaskedSoftmax
{
    public static void Forward(double[] x, bool[] keep, double[] y, int rows, int cols)
    {
        for (int r = 0; r < rows; r++)
        {
            int o = r * cols;
            double max = double.NegativeInfinity;
            for (int c = 0; c < cols; c++)
            {
                if (keep[o + c] && x[o + c] > max)
                {
                    max = x[o + c];
                }
            }

            if (double.IsNegativeInfinity(max))
            {
                y.AsSpan(o, cols).Clear();
                continue;
            }

            double sum = 0;
            for (int c = 0; c < cols; c++)
            {
                double e = keep[o + c] ? Math.Exp(x[o + c] - max) : 0.0;
                y[o + c] = e;
                sum += e;
            }

            for (int c = 0; c < cols; c++)
            {
                y[o + c] /= sum;
            }
        }
    }
}
