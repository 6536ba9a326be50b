// Idiom: a static `Np` helper library over double[,] with NumPy signatures — Max(a, axis: 1, keepDims: true),
// Subtract/Divide broadcasting a (rows, 1) column, Exp, Sum(a, axis: 1, keepDims: true) — and a softmax written as the
// one-liner a scipy user would expect.
// Use: scoring a batch of feature vectors in a ported logistic-regression model.
// Layout: double[batch, classes], row-major; softmax over axis 1.
// Correct.
// Our own code.
#nullable enable
using System;

namespace HeldOut88.AxisHelpers2D_RowSoftmax;

public static class Np
{
    public static double[,] Max(double[,] a, int axis, bool keepDims = false)
    {
        int rows = a.GetLength(0), cols = a.GetLength(1);
        if (axis == 1)
        {
            var m = new double[rows, 1];
            for (int i = 0; i < rows; i++)
            {
                double best = double.NegativeInfinity;
                for (int j = 0; j < cols; j++) best = Math.Max(best, a[i, j]);
                m[i, 0] = best;
            }

            return m;
        }

        var c = new double[1, cols];
        for (int j = 0; j < cols; j++)
        {
            double best = double.NegativeInfinity;
            for (int i = 0; i < rows; i++) best = Math.Max(best, a[i, j]);
            c[0, j] = best;
        }

        return c;
    }

    public static double[,] Sum(double[,] a, int axis, bool keepDims = false)
    {
        int rows = a.GetLength(0), cols = a.GetLength(1);
        if (axis == 1)
        {
            var s = new double[rows, 1];
            for (int i = 0; i < rows; i++)
            {
                double acc = 0.0;
                for (int j = 0; j < cols; j++) acc += a[i, j];
                s[i, 0] = acc;
            }

            return s;
        }

        var c = new double[1, cols];
        for (int j = 0; j < cols; j++)
        {
            double acc = 0.0;
            for (int i = 0; i < rows; i++) acc += a[i, j];
            c[0, j] = acc;
        }

        return c;
    }

    // Element (i, j) of a combined with b[i or 0, j or 0], numpy broadcasting for a length-1 axis.
    private static double[,] Zip(double[,] a, double[,] b, Func<double, double, double> f)
    {
        int rows = a.GetLength(0), cols = a.GetLength(1);
        bool rowB = b.GetLength(0) == 1, colB = b.GetLength(1) == 1;
        var r = new double[rows, cols];
        for (int i = 0; i < rows; i++)
            for (int j = 0; j < cols; j++)
                r[i, j] = f(a[i, j], b[rowB ? 0 : i, colB ? 0 : j]);
        return r;
    }

    public static double[,] Subtract(double[,] a, double[,] b) => Zip(a, b, static (x, y) => x - y);

    public static double[,] Divide(double[,] a, double[,] b) => Zip(a, b, static (x, y) => x / y);

    public static double[,] Exp(double[,] a)
    {
        var r = new double[a.GetLength(0), a.GetLength(1)];
        for (int i = 0; i < a.GetLength(0); i++)
            for (int j = 0; j < a.GetLength(1); j++)
                r[i, j] = Math.Exp(a[i, j]);
        return r;
    }
}

public static class LogisticModel
{
    public static double[,] PredictProba(double[,] logits)
    {
        var shifted = Np.Subtract(logits, Np.Max(logits, axis: 1, keepDims: true));
        var e = Np.Exp(shifted);
        return Np.Divide(e, Np.Sum(e, axis: 1, keepDims: true));
    }
}
