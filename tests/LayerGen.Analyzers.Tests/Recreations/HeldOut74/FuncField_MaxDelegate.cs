// Idiom: reductions held as delegates in readonly `Func<>` fields — `_combine = Math.Max` folds the row max,
// `_exp = Math.Exp` exponentiates; both are called through the fields.
// Use: an operator class whose reduction/activation functions are configurable.
// Layout: double[batch, classes], row-major 2D array.
// Correct: `_combine` folds over one row and is reset per row; every exp gets `x - m`.
// Our own code.
#nullable enable
using System;

namespace HeldOut74.FuncField_MaxDelegate;

public sealed class SoftmaxOperator
{
    private readonly Func<double, double, double> _combine = Math.Max;
    private readonly Func<double, double> _exp = Math.Exp;

    public double[,] Apply(double[,] x)
    {
        int rows = x.GetLength(0);
        int cols = x.GetLength(1);
        var y = new double[rows, cols];
        for (int r = 0; r < rows; r++)
        {
            double m = double.NegativeInfinity;
            for (int c = 0; c < cols; c++)
            {
                m = _combine(m, x[r, c]);
            }

            double s = 0;
            for (int c = 0; c < cols; c++)
            {
                y[r, c] = _exp(x[r, c] - m);
                s += y[r, c];
            }

            for (int c = 0; c < cols; c++)
            {
                y[r, c] /= s;
            }
        }

        return y;
    }
}
