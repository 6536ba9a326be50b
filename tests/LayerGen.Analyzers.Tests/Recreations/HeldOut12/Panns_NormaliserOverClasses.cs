// Source: PANNs decision-level attention pooling (Kong et al. 2020; audioset_tagging_cnn `AttBlock`): per class, a
// softmax over frames. Layout: class-major float[classes, frames]; exps in a `Parallel.For` over classes, then one
// serial sum over the whole buffer, then a parallel division.
// Bug: LG0002 — the normaliser sums every class's frames, not one class's.
using System;
using System.Threading.Tasks;

namespace LayerGen.Recreations.HeldOut12;

public static class Panns_NormaliserOverClasses
{
    public static float[,] Pool(float[,] attention)
    {
        int classes = attention.GetLength(0), frames = attention.GetLength(1);
        var norm = new float[classes, frames];
        Parallel.For(0, classes, c =>
        {
            float peak = float.NegativeInfinity;
            for (int t = 0; t < frames; t++)
            {
                peak = MathF.Max(peak, attention[c, t]);
            }

            for (int t = 0; t < frames; t++)
            {
                norm[c, t] = MathF.Exp(attention[c, t] - peak);
            }
        });

        float z = 0f;
        for (int c = 0; c < classes; c++)
        {
            for (int t = 0; t < frames; t++)
            {
                z += norm[c, t]; //~ LG0002
            }
        }

        Parallel.For(0, classes, c =>
        {
            for (int t = 0; t < frames; t++)
            {
                norm[c, t] /= z;
            }
        });

        return norm;
    }
}
