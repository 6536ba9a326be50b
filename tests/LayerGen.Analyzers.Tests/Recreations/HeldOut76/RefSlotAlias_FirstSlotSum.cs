// Idiom: a ref local `ref double acc = ref norms[0]` bound once to one slot of a statistics array (meant to be re-bound
// to `norms[b]` per sample) and accumulated through the alias; the output written and re-read.
// Use: per-sample softmax of a 2D batch. Layout: double[batch, classes] in, double[batch, classes] out.
// Bug (LG0002): the alias points at one slot for every sample and is never reset: the divisor is the running sum of
// all samples so far.
// Our own code.
using System;

namespace HeldOut76.RefSlotAlias_FirstSlotSum;

public static class Aliased
{
    public static double[,] Softmax(double[,] x, double[] norms)
    {
        int batch = x.GetLength(0), classes = x.GetLength(1);
        var y = new double[batch, classes];
        ref double acc = ref norms[0];
        for (int b = 0; b < batch; b++)
        {
            double peak = double.NegativeInfinity;
            for (int c = 0; c < classes; c++)
            {
                peak = Math.Max(peak, x[b, c]);
            }

            for (int c = 0; c < classes; c++)
            {
                y[b, c] = Math.Exp(x[b, c] - peak);
                acc += y[b, c]; //~ LG0002
            }

            for (int c = 0; c < classes; c++)
            {
                y[b, c] /= acc;
            }
        }

        return y;
    }
}
