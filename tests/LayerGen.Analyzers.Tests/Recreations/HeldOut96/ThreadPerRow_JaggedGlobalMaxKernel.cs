// known gap: the batch-wide max folded in a private helper method is reported at the helper call, not at the fold (a local function is reported at the fold)
// gap: -LG0001@50 +LG0001@20
// Idiom: one thread per row, with a separate "max kernel" pass run before the row kernels.
// Use: batched softmax over jagged sample rows; the first pass finds the largest logit to subtract.
// Layout: jagged double[batch][classes]; rows launched with Parallel.For, the max pass is a grid-wide loop.
// Bug (LG0001): the max pass folds every row of the batch into one scalar, so a sample far below the batch peak
// underflows to 0/0.
// Our own code.
#nullable enable
using System;
using System.Threading.Tasks;

namespace HeldOut96.ThreadPerRow_JaggedGlobalMaxKernel;

public static class JaggedRowLaunch
{
    public static double[][] Run(double[][] scores)
    {
        int batch = scores.Length;
        double peak = MaxKernel(scores);
        var result = new double[batch][];
        Parallel.For(0, batch, tid =>
        {
            double[] src = scores[tid];
            var dst = new double[src.Length];
            double acc = 0.0;
            for (int j = 0; j < src.Length; j++)
            {
                dst[j] = Math.Exp(src[j] - peak);
                acc += dst[j];
            }

            for (int j = 0; j < dst.Length; j++)
            {
                dst[j] /= acc;
            }

            result[tid] = dst;
        });
        return result;
    }

    private static double MaxKernel(double[][] rows)
    {
        double m = double.NegativeInfinity;
        foreach (double[] row in rows)
        {
            foreach (double v in row)
            {
                if (v > m) m = v; //~ LG0001
            }
        }

        return m;
    }
}
