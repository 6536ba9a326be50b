// Idiom: NumPy-style broadcasting helpers on `double[,]` (`ReduceMaxPerRow` with keepdims semantics, `SubtractColumnVector`, `Exp`, `ReduceSumPerRow`, `DivideColumnVector`) composed into a softmax (use: a port of `e = exp(x - x.max(axis=1, keepdims=True)); e / e.sum(axis=1, keepdims=True)`).
// Layout: `double[,]` [batch, classes]; a [batch] vector broadcast across columns.
// Correct: the per-row maxima are stored in a vector and broadcast back over their own rows; the sums likewise.
// Our own code.
#nullable enable
using System;

namespace HeldOut70.Broadcast_KeepDimsHelpers;

public static class Broadcast
{
    public static double[] ReduceMaxPerRow(double[,] a)
    {
        var result = new double[a.GetLength(0)];
        for (int i = 0; i < a.GetLength(0); i++)
        {
            double m = double.NegativeInfinity;
            for (int j = 0; j < a.GetLength(1); j++)
            {
                m = Math.Max(m, a[i, j]);
            }

            result[i] = m;
        }

        return result;
    }

    public static double[] ReduceSumPerRow(double[,] a)
    {
        var result = new double[a.GetLength(0)];
        for (int i = 0; i < a.GetLength(0); i++)
        {
            for (int j = 0; j < a.GetLength(1); j++)
            {
                result[i] += a[i, j];
            }
        }

        return result;
    }

    public static double[,] SubtractColumnVector(double[,] a, double[] v)
    {
        var r = new double[a.GetLength(0), a.GetLength(1)];
        for (int i = 0; i < a.GetLength(0); i++)
        {
            for (int j = 0; j < a.GetLength(1); j++)
            {
                r[i, j] = a[i, j] - v[i];
            }
        }

        return r;
    }

    public static double[,] DivideColumnVector(double[,] a, double[] v)
    {
        var r = new double[a.GetLength(0), a.GetLength(1)];
        for (int i = 0; i < a.GetLength(0); i++)
        {
            for (int j = 0; j < a.GetLength(1); j++)
            {
                r[i, j] = a[i, j] / v[i];
            }
        }

        return r;
    }

    public static double[,] Exp(double[,] a)
    {
        var r = new double[a.GetLength(0), a.GetLength(1)];
        for (int i = 0; i < a.GetLength(0); i++)
        {
            for (int j = 0; j < a.GetLength(1); j++)
            {
                r[i, j] = Math.Exp(a[i, j]);
            }
        }

        return r;
    }
}

public static class BroadcastSoftmax
{
    public static double[,] Softmax(double[,] x)
    {
        double[] rowMax = Broadcast.ReduceMaxPerRow(x);
        double[,] e = Broadcast.Exp(Broadcast.SubtractColumnVector(x, rowMax));
        return Broadcast.DivideColumnVector(e, Broadcast.ReduceSumPerRow(e));
    }
}
