// Idiom: loop-carried accumulators declared and seeded once above the loop and reset at the *end* of each row's body
// (after the row is written); the row offset is carried too and advanced in the same tail.
// Use: a softmax over the time steps of each channel (each channel's series is one slice).
// Layout: flat double[channels * steps], row-major (channel rows).
// Correct: the reset at the bottom of the loop body runs before the next row, so each row starts clean.
// Our own code.
using System;

namespace HeldOut75.ResetAtEnd_RowTail;

public static class TailReset
{
    public static double[] Softmax(double[] x, int steps)
    {
        var y = new double[x.Length];
        int o = 0;
        double max = double.NegativeInfinity, sum = 0.0;
        while (o < x.Length)
        {
            for (int t = 0; t < steps; t++) max = Math.Max(max, x[o + t]);
            for (int t = 0; t < steps; t++) sum += y[o + t] = Math.Exp(x[o + t] - max);
            for (int t = 0; t < steps; t++) y[o + t] /= sum;

            max = double.NegativeInfinity;
            sum = 0.0;
            o += steps;
        }
        return y;
    }
}
