// Idiom: `fixed` statement pinning managed arrays, then walking pointers `*p++` through the rows.
// Use: softmax per sample over a managed double[] batch handed to pointer code.
// Layout: flat double[batch * classes] pinned with `fixed`, row-major, walking pointers (no index arithmetic).
// Bug (LG0002): `norm` is declared before the sample loop and never reset, so each sample is divided by the running
// total of every sample so far.
// Our own code.
using System;

namespace HeldOut89.PointerWalk_SumNeverReset;

public static unsafe class PinnedSoftmax
{
    public static void Run(double[] logits, double[] probs, int classes)
    {
        int batch = logits.Length / classes;
        fixed (double* px = logits, py = probs)
        {
            double* src = px;
            double* dst = py;
            double norm = 0.0;
            for (int b = 0; b < batch; b++)
            {
                double* rowStart = src;
                double hi = double.NegativeInfinity;
                for (int k = 0; k < classes; k++)
                {
                    hi = Math.Max(hi, *src++);
                }

                double* write = dst;
                src = rowStart;
                for (int k = 0; k < classes; k++)
                {
                    double e = Math.Exp(*src++ - hi);
                    *write++ = e;
                    norm += e; //~ LG0002
                }

                for (int k = 0; k < classes; k++)
                {
                    *dst++ /= norm;
                }
            }
        }
    }
}
