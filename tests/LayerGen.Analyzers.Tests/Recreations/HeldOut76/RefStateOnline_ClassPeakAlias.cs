// Idiom: running peaks updated through a ref alias into a peaks array, `ref float p = ref peak[c]; if (v > p) p = v;`,
// while the samples stream by.
// Use: per-sample softmax over the classes. Layout: flat float[batch * classes], row-major.
// Bug (LG0004): peak[c] is the max of class c over every sample (the batch axis); the sum runs over the classes of one
// sample.
// Our own code.
using System;

namespace HeldOut76.RefStateOnline_ClassPeakAlias;

public static class Streaming
{
    public static float[] Softmax(float[] x, int classes)
    {
        var peak = new float[classes];
        peak.AsSpan().Fill(float.NegativeInfinity);
        for (int o = 0; o < x.Length; o += classes)
        {
            for (int c = 0; c < classes; c++)
            {
                ref float p = ref peak[c];
                if (x[o + c] > p) p = x[o + c]; //~ LG0004
            }
        }

        var y = new float[x.Length];
        for (int o = 0; o < x.Length; o += classes)
        {
            float z = 0f;
            for (int c = 0; c < classes; c++)
            {
                z += y[o + c] = MathF.Exp(x[o + c] - peak[c]);
            }

            for (int c = 0; c < classes; c++)
            {
                y[o + c] /= z;
            }
        }

        return y;
    }
}
