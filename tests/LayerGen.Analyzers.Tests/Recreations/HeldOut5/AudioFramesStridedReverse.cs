// Source: ONNX sound-event / frame classifiers in C# whose output is [N, C, L] (batch, classes, frames) and is
// softmaxed over classes per frame, i.e. ONNX Softmax(axis = 1). Layout: flat [N, C, L], class stride L.
// Correct: per-(n, l) fibre max and sum, class loops written in reverse.
using System;

namespace LayerGen.Recreations.HeldOut5.AudioFramesStridedReverseNs;

public static class AudioFramesStridedReverse
{
    public static void Softmax(float[] x, float[] y, int n, int classes, int frames)
    {
        for (int b = 0; b < n; b++)
        {
            for (int l = 0; l < frames; l++)
            {
                int baseIndex = b * classes * frames + l;
                float m = float.NegativeInfinity;
                for (int c = classes - 1; c >= 0; c--)
                {
                    float v = x[baseIndex + c * frames];
                    if (v > m) m = v;
                }
                float s = 0f;
                for (int c = classes - 1; c >= 0; c--)
                {
                    float e = MathF.Exp(x[baseIndex + c * frames] - m);
                    y[baseIndex + c * frames] = e;
                    s += e;
                }
                for (int c = classes - 1; c >= 0; c--) y[baseIndex + c * frames] /= s;
            }
        }
    }
}
