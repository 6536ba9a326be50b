// HeldOut60 — idiom: a ThreadLocal<double[]> scratch row shared by the Parallel.For iterations of one thread
// (latency-sensitive scoring that avoids a per-row allocation).
// Layout: double[][] jagged logits and outputs; scratch double[classes] per thread.
// Correct: the row's own maximum is subtracted and the row's own sum divides it.
using System;
using System.Threading;
using System.Threading.Tasks;

namespace HeldOut60.ThreadLocalScratch_ShiftedRows;

public static class ScratchRows
{
    public static void Softmax(double[][] logits, double[][] probs, int classes)
    {
        using var scratch = new ThreadLocal<double[]>(() => new double[classes]);
        Parallel.For(0, logits.Length, r =>
        {
            double[] tmp = scratch.Value!;
            double[] z = logits[r];
            double top = z[0];
            for (int k = 1; k < classes; k++)
            {
                if (z[k] > top)
                {
                    top = z[k];
                }
            }

            double norm = 0.0;
            for (int k = 0; k < classes; k++)
            {
                tmp[k] = Math.Exp(z[k] - top);
                norm += tmp[k];
            }

            for (int k = 0; k < classes; k++)
            {
                probs[r][k] = tmp[k] / norm;
            }
        });
    }
}
