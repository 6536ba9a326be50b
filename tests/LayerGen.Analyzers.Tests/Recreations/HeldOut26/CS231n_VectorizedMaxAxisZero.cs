// Re-creation (our own code) of the shape of the CS231n assignment 1 reference, cs231n/classifiers/softmax.py,
// softmax_loss_vectorized: scores = X.dot(W); scores -= np.max(scores, axis=1, keepdims=True); exp; divide by
// np.sum(..., axis=1, keepdims=True). Layout: numpy emulated by hand, keepdims helpers returning double[1, C] or
// double[N, 1] and a broadcasting subtract/divide.
// Bug (LG0004): the porter wrote axis=0 for the max (one max per class, over the samples) while the sum runs along
// axis 1 (per sample). The max is folded inside the Max helper; the marker sits on its call line.
using System;

namespace Recreations.CS231n_VectorizedMaxAxisZero;

/// <summary>softmax_loss_vectorized's forward half, ported with numpy-like helpers.</summary>
public static class VectorizedSoftmaxClassifier
{
    /// <summary>Class probabilities of every sample (rows of X·W).</summary>
    public static double[,] Probabilities(double[,] X, double[,] W)
    {
        double[,] scores = Dot(X, W);
        double[,] maxScores = Max(scores, axis: 0); //~ LG0004
        double[,] expScores = Exp(Subtract(scores, maxScores));
        double[,] sumExp = Sum(expScores, axis: 1);
        return Divide(expScores, sumExp);
    }

    private static double[,] Dot(double[,] a, double[,] b)
    {
        var c = new double[a.GetLength(0), b.GetLength(1)];
        for (int i = 0; i < a.GetLength(0); i++)
            for (int j = 0; j < b.GetLength(1); j++)
                for (int k = 0; k < a.GetLength(1); k++)
                    c[i, j] += a[i, k] * b[k, j];
        return c;
    }

    /// <summary>np.max(a, axis, keepdims=True).</summary>
    private static double[,] Max(double[,] a, int axis)
    {
        int rows = a.GetLength(0), cols = a.GetLength(1);
        var m = axis == 0 ? new double[1, cols] : new double[rows, 1];
        for (int i = 0; i < m.GetLength(0); i++)
            for (int j = 0; j < m.GetLength(1); j++)
                m[i, j] = double.NegativeInfinity;
        for (int i = 0; i < rows; i++)
            for (int j = 0; j < cols; j++)
            {
                int r = axis == 0 ? 0 : i, c = axis == 0 ? j : 0;
                m[r, c] = Math.Max(m[r, c], a[i, j]);
            }
        return m;
    }

    /// <summary>np.sum(a, axis, keepdims=True).</summary>
    private static double[,] Sum(double[,] a, int axis)
    {
        int rows = a.GetLength(0), cols = a.GetLength(1);
        var s = axis == 0 ? new double[1, cols] : new double[rows, 1];
        for (int i = 0; i < rows; i++)
            for (int j = 0; j < cols; j++)
                s[axis == 0 ? 0 : i, axis == 0 ? j : 0] += a[i, j];
        return s;
    }

    private static double[,] Exp(double[,] a)
    {
        var e = new double[a.GetLength(0), a.GetLength(1)];
        for (int i = 0; i < a.GetLength(0); i++)
            for (int j = 0; j < a.GetLength(1); j++)
                e[i, j] = Math.Exp(a[i, j]);
        return e;
    }

    /// <summary>a - b with numpy broadcasting of b's size-1 dimensions.</summary>
    private static double[,] Subtract(double[,] a, double[,] b)
    {
        var r = new double[a.GetLength(0), a.GetLength(1)];
        for (int i = 0; i < a.GetLength(0); i++)
            for (int j = 0; j < a.GetLength(1); j++)
                r[i, j] = a[i, j] - b[b.GetLength(0) == 1 ? 0 : i, b.GetLength(1) == 1 ? 0 : j];
        return r;
    }

    /// <summary>a / b with numpy broadcasting of b's size-1 dimensions.</summary>
    private static double[,] Divide(double[,] a, double[,] b)
    {
        var r = new double[a.GetLength(0), a.GetLength(1)];
        for (int i = 0; i < a.GetLength(0); i++)
            for (int j = 0; j < a.GetLength(1); j++)
                r[i, j] = a[i, j] / b[b.GetLength(0) == 1 ? 0 : i, b.GetLength(1) == 1 ? 0 : j];
        return r;
    }
}
