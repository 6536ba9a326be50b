// Idiom: a `delegate*<double, double>` function pointer taken from `&Math.Exp`, called on max-shifted logits.
// Use: per-row class probabilities of a jagged batch of scores.
// Layout: jagged double[batch][classes], one softmax per row.
// Correct: each row's max is folded over that row (`if (row[j] > max)`) and subtracted inside the pointer call.
// Our own code.
using System;

#nullable enable

namespace HeldOut82.FunctionPointer_ShiftedJagged;

public static unsafe class PointerSoftmax
{
    public static double[][] Rows(double[][] logits)
    {
        delegate*<double, double> exp = &Math.Exp;
        var probs = new double[logits.Length][];
        for (int r = 0; r < logits.Length; r++)
        {
            double[] row = logits[r];
            double max = double.NegativeInfinity;
            for (int j = 0; j < row.Length; j++)
            {
                if (row[j] > max) max = row[j];
            }

            var p = new double[row.Length];
            double sum = 0.0;
            for (int j = 0; j < row.Length; j++)
            {
                p[j] = exp(row[j] - max);
                sum += p[j];
            }

            for (int j = 0; j < p.Length; j++) p[j] /= sum;
            probs[r] = p;
        }

        return probs;
    }
}
