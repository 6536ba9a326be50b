// HeldOut60 — idiom: Parallel.For with localInit/localFinally, the thread-local state being a scratch row
// (allocation-free batch inference; style after the localInit/localFinally sum examples in TPL tutorials).
// Layout: double[][] jagged in, double[][] jagged out; scratch double[classes] per worker.
// Correct: the scratch holds the row's exps; max and sum are locals of each iteration.
using System;
using System.Threading.Tasks;

namespace HeldOut60.LocalInit_ThreadScratchRows;

public static class ScratchSoftmax
{
    public static void Run(double[][] logits, double[][] output, int classes)
    {
        Parallel.For(
            0,
            logits.Length,
            () => new double[classes],
            (row, state, scratch) =>
            {
                double[] z = logits[row];
                double max = double.NegativeInfinity;
                for (int k = 0; k < classes; k++)
                {
                    max = Math.Max(max, z[k]);
                }

                double sum = 0.0;
                for (int k = 0; k < classes; k++)
                {
                    scratch[k] = Math.Exp(z[k] - max);
                    sum += scratch[k];
                }

                double[] dst = output[row];
                for (int k = 0; k < classes; k++)
                {
                    dst[k] = scratch[k] / sum;
                }

                return scratch;
            },
            scratch => Array.Clear(scratch));
    }
}
