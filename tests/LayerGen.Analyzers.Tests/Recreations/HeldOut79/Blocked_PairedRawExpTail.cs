// Idiom: blocked loop with a remainder tail — the exp pass unrolled by two with two partial sums (s0, s1) and an
// `if (i < a.Length)` tail.
// Use: softmax of each row of a jagged logit batch.
// Layout: jagged double[][]; returns new rows.
// Bug: every exp (both block lanes and the tail) is of the raw logit, no max subtracted (overflow above ~709).
// Our own code.
using System;

namespace HeldOut79.Blocked_PairedRawExpTail;

public static class PairedExp
{
    public static double[][] Forward(double[][] x)
    {
        var y = new double[x.Length][];
        for (int r = 0; r < x.Length; r++)
        {
            double[] a = x[r];
            var e = new double[a.Length];
            double s0 = 0, s1 = 0;
            int i = 0;
            for (; i + 1 < a.Length; i += 2)
            {
                e[i] = Math.Exp(a[i]); //~ LG0003
                e[i + 1] = Math.Exp(a[i + 1]); //~ LG0003
                s0 += e[i];
                s1 += e[i + 1];
            }
            if (i < a.Length) s0 += e[i] = Math.Exp(a[i]); //~ LG0003
            double inv = 1.0 / (s0 + s1);
            for (i = 0; i < a.Length; i++) e[i] *= inv;
            y[r] = e;
        }
        return y;
    }
}
