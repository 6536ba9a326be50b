// Idiom: a generic softmax over `Func<int, T>` element accessors with an `Action<int, T>` writer, called with lambdas
// that capture the row (row-major 2D) or the sample (class-major flat).
// Use: one softmax routine for any storage: the caller supplies how to read and write element i of one slice.
// Layout: float[batch, classes] row-major (`Rows`); flat double[classes * batch] class-major, x[c * batch + b] (`ClassMajor`).
// Correct: the helper folds max and sum over its own n elements, and each call is given exactly one slice.
// Our own code.
using System;
using System.Numerics;

namespace HeldOut78.FuncAccessor_GenericSoftmax;

public static class AccessorSoftmax
{
    public static void Softmax<T>(int n, Func<int, T> at, Action<int, T> put) where T : IFloatingPointIeee754<T>
    {
        T max = T.NegativeInfinity;
        for (int i = 0; i < n; i++) max = T.Max(max, at(i));
        T sum = T.Zero;
        for (int i = 0; i < n; i++) sum += T.Exp(at(i) - max);
        for (int i = 0; i < n; i++) put(i, T.Exp(at(i) - max) / sum);
    }

    public static float[,] Rows(float[,] x)
    {
        int batch = x.GetLength(0), classes = x.GetLength(1);
        var y = new float[batch, classes];
        for (int r = 0; r < batch; r++)
        {
            int row = r;
            Softmax<float>(classes, j => x[row, j], (j, v) => y[row, j] = v);
        }
        return y;
    }

    public static double[] ClassMajor(double[] x, int classes)
    {
        int batch = x.Length / classes;
        var y = new double[x.Length];
        for (int b = 0; b < batch; b++)
        {
            int s = b;
            Softmax<double>(classes, c => x[c * batch + s], (c, v) => y[c * batch + s] = v);
        }
        return y;
    }
}
