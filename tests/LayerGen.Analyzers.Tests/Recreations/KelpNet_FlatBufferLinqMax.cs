// Variant (our own code) of KelpNet's Softmax.NeedPreviousForward (harujoh/KelpNet, KelpNet.Functions.Activations.Softmax: rows at i + b * length
// in one flat Data buffer) where the per-row max loop was replaced by one LINQ call over the flattened
// batch buffer, x.Data.Max().
// Layout: flat double[] [batch, length], index i + b * length. Bug (LG0001): the max spans the whole
// flattened batch; sums stay per row.
using System;
using System.Linq;

namespace Recreations.KelpNetFlatBufferLinqMax;

public static class FlatBatchSoftmax
{
    public static double[] Forward(double[] data, int length, int batchCount)
    {
        var y = new double[data.Length];
        double maxval = data.Max(); //~ LG0001
        for (int b = 0; b < batchCount; b++)
        {
            double sumval = 0;
            for (int i = 0; i < length; i++)
            {
                y[i + b * length] = Math.Exp(data[i + b * length] - maxval);
                sumval += y[i + b * length];
            }

            for (int i = 0; i < length; i++)
            {
                y[i + b * length] /= sumval;
            }
        }

        return y;
    }
}
