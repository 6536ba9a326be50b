// Source: ONNX frame classifiers in C# with [N, C, L] output, softmax over classes per frame (Softmax(axis = 1)).
// Layout: flat [N, C, L], class stride L.
// Bug (LG0001): the max is taken once per sample over its whole [C, L] block (every frame), not per frame.
using System;

namespace LayerGen.Recreations.HeldOut5.AudioFramesMaxOverSampleBlockNs;

public static class AudioFramesMaxOverSampleBlock
{
    public static void Softmax(float[] x, float[] y, int n, int classes, int frames)
    {
        int block = classes * frames;
        for (int b = 0; b < n; b++)
        {
            float m = float.NegativeInfinity;
            for (int i = 0; i < block; i++)
            {
                m = MathF.Max(m, x[b * block + i]); //~ LG0001
            }
            for (int l = 0; l < frames; l++)
            {
                float s = 0f;
                for (int c = 0; c < classes; c++)
                {
                    y[b * block + c * frames + l] = MathF.Exp(x[b * block + c * frames + l] - m);
                    s += y[b * block + c * frames + l];
                }
                for (int c = 0; c < classes; c++) y[b * block + c * frames + l] /= s;
            }
        }
    }
}
