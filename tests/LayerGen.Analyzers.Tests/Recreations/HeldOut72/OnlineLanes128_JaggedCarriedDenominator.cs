// known gap: the tail's den += Math.Exp(...) of the same carried denominator is reported as a second LG0002 (at its if statement)
// gap: +LG0002@49
// Idiom: one-pass online softmax in Vector128<double> lanes (running max and rescaled running sum per lane), lanes
// merged into a scalar denominator at the end of each row; scalar tail.
// Use: double-precision attention over a jagged list of score rows.
// Layout: jagged double[rows][n] in, same shape out.
// Bug (LG0002): the merged denominator `den` is declared before the row loop and never reset; the lane state is
// per row, but each row is divided by the denominators of all rows so far.
// Our own code.
using System;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace HeldOut72.OnlineLanes128_JaggedCarriedDenominator;

public static class JaggedOnline
{
    public static double[][] Weights(double[][] scores)
    {
        double[][] w = new double[scores.Length][];
        double den = 0.0;
        for (int q = 0; q < scores.Length; q++)
        {
            double[] row = scores[q];
            ref double r0 = ref MemoryMarshal.GetArrayDataReference(row);
            var runMax = Vector128.Create(double.NegativeInfinity);
            var runSum = Vector128<double>.Zero;
            int k = 0;
            while (k + 2 <= row.Length)
            {
                var v = Vector128.LoadUnsafe(ref r0, (nuint)k);
                var hi = Vector128.Max(runMax, v);
                runSum = runSum * Vector128.Exp(runMax - hi) + Vector128.Exp(v - hi);
                runMax = hi;
                k += 2;
            }

            double m = Math.Max(runMax.GetElement(0), runMax.GetElement(1));
            if (k < row.Length && row[k] > m)
            {
                m = row[k];
            }

            for (int l = 0; l < 2; l++)
            {
                den += runSum.GetElement(l) * Math.Exp(runMax.GetElement(l) - m); //~ LG0002
            }

            if (k < row.Length)
            {
                den += Math.Exp(row[k] - m);
            }

            w[q] = new double[row.Length];
            for (int j = 0; j < row.Length; j++)
            {
                w[q][j] = Math.Exp(row[j] - m) / den;
            }
        }

        return w;
    }
}
