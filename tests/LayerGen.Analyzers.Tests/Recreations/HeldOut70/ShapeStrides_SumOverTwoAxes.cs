// Idiom: a tensor type with `Dims`/`Pitch` arrays and a flat `Buffer` (use: softmax over the class axis of a [batch, steps, classes] sequence output).
// Layout: double tensor [batch, steps, classes]; Pitch[0] = steps * classes, Pitch[1] = classes, class stride 1.
// Bug LG0002: the max is per (batch, step), but the normaliser `z` is reset per batch item only and sums every step's exps.
// Our own code.
#nullable enable
using System;

namespace HeldOut70.ShapeStrides_SumOverTwoAxes;

public sealed class Tensor3
{
    public Tensor3(int batch, int steps, int classes)
    {
        Dims = new[] { batch, steps, classes };
        Pitch = new[] { steps * classes, classes, 1 };
        Buffer = new double[batch * steps * classes];
    }

    public int[] Dims { get; }

    public int[] Pitch { get; }

    public double[] Buffer { get; }
}

public static class SequenceSoftmax
{
    public static Tensor3 ClassProbabilities(Tensor3 logits)
    {
        var result = new Tensor3(logits.Dims[0], logits.Dims[1], logits.Dims[2]);
        double[] src = logits.Buffer;
        double[] dst = result.Buffer;
        for (int b = 0; b < logits.Dims[0]; b++)
        {
            double z = 0.0;
            for (int s = 0; s < logits.Dims[1]; s++)
            {
                int baseOff = b * logits.Pitch[0] + s * logits.Pitch[1];
                double m = src[baseOff];
                for (int k = 1; k < logits.Dims[2]; k++)
                {
                    if (src[baseOff + k] > m) m = src[baseOff + k];
                }

                for (int k = 0; k < logits.Dims[2]; k++)
                {
                    dst[baseOff + k] = Math.Exp(src[baseOff + k] - m);
                    z += dst[baseOff + k]; //~ LG0002
                }
            }

            for (int s = 0; s < logits.Dims[1]; s++)
            {
                int baseOff = b * logits.Pitch[0] + s * logits.Pitch[1];
                for (int k = 0; k < logits.Dims[2]; k++)
                {
                    dst[baseOff + k] /= z;
                }
            }
        }

        return result;
    }
}
