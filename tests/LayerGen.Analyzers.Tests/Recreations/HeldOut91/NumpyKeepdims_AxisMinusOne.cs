// Idiom: a hand translation of `e = NumPy.exp(x - x.max(axis=-1, keepdims=True)); e / e.sum(axis=-1, keepdims=True)`:
// `amax(x, axis)` and `sum(x, axis)` helpers returning keepdims [n, 1] arrays, `axis = -1` normalised to the last axis.
// Use: softmax over the last axis of a 2D batch. Layout: double[n, classes]; Math.Exp.
// Correct. Our own code.
using System;

namespace HeldOut91.NumpyKeepdims_AxisMinusOne;

public static class NumPy
{
    private static int normalize_axis(int axis, int ndim) => axis < 0 ? axis + ndim : axis;

    public static double[,] amax(double[,] x, int axis)
    {
        int ax = normalize_axis(axis, 2);
        int rows = x.GetLength(0), cols = x.GetLength(1);
        double[,] out_ = ax == 1 ? new double[rows, 1] : new double[1, cols];
        if (ax == 1)
        {
            for (int i = 0; i < rows; i++)
            {
                double m = double.NegativeInfinity;
                for (int j = 0; j < cols; j++) m = Math.Max(m, x[i, j]);
                out_[i, 0] = m;
            }
        }
        else
        {
            for (int j = 0; j < cols; j++)
            {
                double m = double.NegativeInfinity;
                for (int i = 0; i < rows; i++) m = Math.Max(m, x[i, j]);
                out_[0, j] = m;
            }
        }
        return out_;
    }

    public static double[,] sum_last(double[,] x)
    {
        int rows = x.GetLength(0), cols = x.GetLength(1);
        double[,] out_ = new double[rows, 1];
        for (int i = 0; i < rows; i++)
        {
            double s = 0.0;
            for (int j = 0; j < cols; j++) s += x[i, j];
            out_[i, 0] = s;
        }
        return out_;
    }
}

public static class Activations
{
    public static double[,] softmax(double[,] x, int axis = -1)
    {
        int rows = x.GetLength(0), cols = x.GetLength(1);
        double[,] x_max = NumPy.amax(x, axis);
        double[,] e_x = new double[rows, cols];
        for (int i = 0; i < rows; i++)
            for (int j = 0; j < cols; j++)
                e_x[i, j] = Math.Exp(x[i, j] - x_max[i, 0]);
        double[,] denom = NumPy.sum_last(e_x);
        for (int i = 0; i < rows; i++)
            for (int j = 0; j < cols; j++)
                e_x[i, j] /= denom[i, 0];
        return e_x;
    }
}
