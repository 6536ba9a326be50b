// Idiom: one-pass per-thread softmax — each thread exponentiates and accumulates its row in a single loop, then scales
// by the reciprocal (a "fused" kernel that skips the max pass).
// Use: one thread per sample over jagged rows, dispatched with a plain loop over thread ids.
// Layout: jagged double[batch][classes].
// Bug (LG0003): the single pass exponentiates the raw logits with no max subtracted; double.Exp overflows above ~709 and
// the row becomes inf/inf = NaN.
// Our own code.
#nullable enable
using System;

namespace HeldOut96.OnlineThread_JaggedRawExp;

public static class FusedRowKernel
{
    public static double[][] Dispatch(double[][] rows)
    {
        var outRows = new double[rows.Length][];
        for (int threadId = 0; threadId < rows.Length; threadId++)
        {
            outRows[threadId] = Kernel(rows[threadId]);
        }

        return outRows;
    }

    private static double[] Kernel(double[] row)
    {
        var e = new double[row.Length];
        double sum = 0.0;
        for (int j = 0; j < row.Length; j++)
        {
            sum += e[j] = double.Exp(row[j]); //~ LG0003
        }

        double scale = 1.0 / sum;
        for (int j = 0; j < e.Length; j++)
        {
            e[j] *= scale;
        }

        return e;
    }
}
