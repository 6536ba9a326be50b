// Idiom: a `scipy.special.softmax(x, axis=...)` look-alike for double[,] that handles axis 0 and 1 (and -1/-2), and
// callers that pass the axis the way scipy users do: `Softmax(logits, axis: 1)` for sample rows,
// `Softmax(z, axis: 0)` for class-major activations.
// Use: a ported evaluation script scoring two models with different output layouts.
// Layout: double[batch, classes] (axis 1) and double[classes, batch] (axis 0).
// Correct.
// Our own code.
#nullable enable
using System;

namespace HeldOut88.SpecialSoftmax_AxisCaller;

public static class Special
{
    public static double[,] Softmax(double[,] x, int axis = -1)
    {
        if (axis < 0) axis += 2;
        int n0 = x.GetLength(0), n1 = x.GetLength(1);
        int slices = axis == 1 ? n0 : n1;
        int length = axis == 1 ? n1 : n0;
        var y = new double[n0, n1];
        for (int s = 0; s < slices; s++)
        {
            double max = double.NegativeInfinity;
            for (int k = 0; k < length; k++)
            {
                double v = axis == 1 ? x[s, k] : x[k, s];
                if (v > max) max = v;
            }

            double sum = 0.0;
            for (int k = 0; k < length; k++)
            {
                double e = Math.Exp((axis == 1 ? x[s, k] : x[k, s]) - max);
                if (axis == 1) y[s, k] = e; else y[k, s] = e;
                sum += e;
            }

            for (int k = 0; k < length; k++)
            {
                if (axis == 1) y[s, k] /= sum; else y[k, s] /= sum;
            }
        }

        return y;
    }
}

public static class Evaluation
{
    public static double[,] ScoreRowModel(double[,] logits) => Special.Softmax(logits, axis: 1);

    public static double[,] ScoreColumnModel(double[,] z) => Special.Softmax(z, axis: 0);
}
