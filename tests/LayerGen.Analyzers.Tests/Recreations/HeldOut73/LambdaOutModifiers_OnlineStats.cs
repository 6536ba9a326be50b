// Idiom: C# 14 lambda parameter modifiers without types: `RowStats online = (row, out max, out sum) => { ... }`, a
// one-pass online softmax (running max, sum rescaled by exp(oldMax - v) when the max grows).
// Use: streaming row softmax over a flat buffer.
// Layout: flat double[batch * classes], row-major, rows passed as x.AsSpan(o, n).
// Correct: every exp argument is <= 0; the final exps use the row max.
// Our own code.
#nullable enable
using System;

namespace HeldOut73.LambdaOutModifiers_OnlineStats;

public delegate void RowStats(ReadOnlySpan<double> row, out double max, out double sum);

public static class Streaming
{
    public static double[] Softmax(double[] x, int n)
    {
        RowStats online = (row, out max, out sum) =>
        {
            max = double.NegativeInfinity;
            sum = 0.0;
            foreach (double v in row)
            {
                if (v > max)
                {
                    sum = sum * Math.Exp(max - v) + 1.0;
                    max = v;
                }
                else
                {
                    sum += Math.Exp(v - max);
                }
            }
        };

        var y = new double[x.Length];
        for (int o = 0; o < x.Length; o += n)
        {
            online(x.AsSpan(o, n), out double m, out double s);
            for (int j = 0; j < n; j++) y[o + j] = Math.Exp(x[o + j] - m) / s;
        }

        return y;
    }
}
