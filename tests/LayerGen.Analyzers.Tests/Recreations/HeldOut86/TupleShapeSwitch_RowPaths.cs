// Idiom: a tuple pattern `(rows, cols) switch` choosing the code path from the shape (empty, one sample, a batch)
// Use: inference helper that special-cases a single sample
// Layout: double[batch, classes], row-major 2-D array; softmax per row
// Correct: both paths take the max and the sum over the row they normalise
// Our own code
using System;

namespace HeldOut86.TupleShapeSwitch_RowPaths;

public static class ShapeDispatch
{
    public static double[,] Softmax(double[,] x)
    {
        var y = new double[x.GetLength(0), x.GetLength(1)];
        switch ((x.GetLength(0), x.GetLength(1)))
        {
            case (0, _) or (_, 0):
                return y;
            case (1, var n):
                SingleRow(x, y, n);
                return y;
            case var (rows, cols):
                for (int r = 0; r < rows; r++)
                {
                    double m = x[r, 0];
                    for (int c = 1; c < cols; c++)
                    {
                        if (x[r, c] > m)
                        {
                            m = x[r, c];
                        }
                    }

                    double s = 0.0;
                    for (int c = 0; c < cols; c++)
                    {
                        s += y[r, c] = Math.Exp(x[r, c] - m);
                    }

                    for (int c = 0; c < cols; c++)
                    {
                        y[r, c] /= s;
                    }
                }

                return y;
        }
    }

    private static void SingleRow(double[,] x, double[,] y, int n)
    {
        double m = double.NegativeInfinity;
        for (int c = 0; c < n; c++)
        {
            m = Math.Max(m, x[0, c]);
        }

        double s = 0.0;
        for (int c = 0; c < n; c++)
        {
            y[0, c] = Math.Exp(x[0, c] - m);
            s += y[0, c];
        }

        for (int c = 0; c < n; c++)
        {
            y[0, c] /= s;
        }
    }
}
