// Idiom: a max fold written as a switch expression with a constant pattern and a `when` guard
//        (`best = v switch { double.NaN => best, var w when w > best => w, _ => best }`)
// Use: softmax that tolerates NaN padding in the max
// Layout: double[batch, classes], row-major 2-D array, softmax per row
// Correct
// Our own code
using System;

namespace HeldOut86.RelationalGuards_NaNSkippingFold;

public static class GuardedSoftmax
{
    public static double[,] Rows(double[,] x)
    {
        int rows = x.GetLength(0);
        int cols = x.GetLength(1);
        var y = new double[rows, cols];
        for (int r = 0; r < rows; r++)
        {
            double best = double.NegativeInfinity;
            for (int c = 0; c < cols; c++)
            {
                best = x[r, c] switch
                {
                    double.NaN => best,
                    var w when w > best => w,
                    _ => best,
                };
            }

            double sum = 0.0;
            for (int c = 0; c < cols; c++)
            {
                y[r, c] = Math.Exp(x[r, c] - best);
                sum += y[r, c];
            }

            for (int c = 0; c < cols; c++)
            {
                y[r, c] /= sum;
            }
        }

        return y;
    }
}
