// Idiom: recursion over a ragged jagged batch carrying an accumulator parameter — Walk(x, y, i + 1, peak).
// Use: per-list softmax over variable-length score lists.
// Layout: ragged double[][].
// Bug (LG0001): the peak is folded with the carried peak of the earlier rows and handed on, never reset, so row i is
// shifted by the max of rows 0..i; a row far below an earlier one underflows to 0/0.
// Our own code.
#nullable enable
using System;
using System.Linq;

namespace HeldOut77.RaggedRows_CarriedPeak;

public static class CarriedPeak
{
    public static double[][] Softmax(double[][] x)
    {
        var y = new double[x.Length][];
        Walk(x, y, 0, double.NegativeInfinity);
        return y;
    }

    private static void Walk(double[][] x, double[][] y, int i, double carried)
    {
        if (i >= x.Length)
        {
            return;
        }

        double peak = Math.Max(carried, x[i].Max()); //~ LG0001
        double[] e = x[i].Select(v => Math.Exp(v - peak)).ToArray();
        double total = e.Sum();
        y[i] = e.Select(v => v / total).ToArray();
        Walk(x, y, i + 1, peak);
    }
}
