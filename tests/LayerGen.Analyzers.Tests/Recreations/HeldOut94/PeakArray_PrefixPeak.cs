// Idiom: generic math with per-row peaks stored in an array `rowPeak[b]`, filled from a running `T.Max` fold, then
// per-row sums of `T.Exp(x[b][c] - rowPeak[b])` over jagged rows.
// Use: batch probabilities. Layout: jagged `T[][]`.
// Bug LG0001: the running value `run` is declared once above the row loop and never reset, so `rowPeak[b]` is the
// max of rows 0..b (a prefix max over the batch); a row after a much higher one underflows to 0/0.
// Our own code.
using System.Numerics;

namespace HeldOut94.PeakArray_PrefixPeak;

public static class PrefixPeak
{
    public static T[][] Softmax<T>(T[][] x)
        where T : IFloatingPointIeee754<T>
    {
        var rowPeak = new T[x.Length];
        T run = T.NegativeInfinity;
        for (int b = 0; b < x.Length; b++)
        {
            for (int c = 0; c < x[b].Length; c++)
            {
                run = T.Max(run, x[b][c]); //~ LG0001
            }

            rowPeak[b] = run;
        }

        var y = new T[x.Length][];
        for (int b = 0; b < x.Length; b++)
        {
            y[b] = new T[x[b].Length];
            T s = T.Zero;
            for (int c = 0; c < x[b].Length; c++)
            {
                y[b][c] = T.Exp(x[b][c] - rowPeak[b]);
                s += y[b][c];
            }

            for (int c = 0; c < y[b].Length; c++)
            {
                y[b][c] /= s;
            }
        }

        return y;
    }

    public static double[][] SoftmaxDouble(double[][] x) => Softmax(x);
}
