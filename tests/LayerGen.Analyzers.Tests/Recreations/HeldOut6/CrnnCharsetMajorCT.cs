// Source: CRNN recognisers whose ONNX export keeps the charset first ([C, T], e.g. OcrLite/chineseocr_lite CrnnNet
// `scoreToTextLine(output, h, w)` ports), re-created on a float[,] indexed [class, time].
// Layout: float[classes, time]; the softmax runs over classes for each time step (down a column).
// Bug LG0004: the max is each class's maximum over time, while the sum runs over classes at one time step.
using System;

namespace HeldOut6.CrnnCharsetMajorCT;

public static class CharsetMajorSoftmax
{
    public static float[,] PerTimestep(float[,] scores)
    {
        int classes = scores.GetLength(0);
        int time = scores.GetLength(1);
        var classPeak = new float[classes];
        for (int c = 0; c < classes; c++)
        {
            float m = float.MinValue;
            for (int t = 0; t < time; t++)
            {
                m = MathF.Max(m, scores[c, t]); //~ LG0004
            }

            classPeak[c] = m;
        }

        var probs = new float[classes, time];
        for (int t = 0; t < time; t++)
        {
            float sum = 0f;
            for (int c = 0; c < classes; c++)
            {
                probs[c, t] = MathF.Exp(scores[c, t] - classPeak[c]);
                sum += probs[c, t];
            }

            for (int c = 0; c < classes; c++)
            {
                probs[c, t] /= sum;
            }
        }

        return probs;
    }
}
