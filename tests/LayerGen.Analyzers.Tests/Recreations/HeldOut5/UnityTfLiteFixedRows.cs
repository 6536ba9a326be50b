// Source: Unity TensorFlow Lite classification samples in C# (output tensor copied into a float[] and softmaxed in an
// unsafe block for speed). Layout: flat float[batch, classes]; pointer to each row inside one fixed block.
// Correct: per-row pointer max, shifted exp, division by the row's sum.
using System;

namespace LayerGen.Recreations.HeldOut5.UnityTfLiteFixedRowsNs;

public static unsafe class UnityTfLiteFixedRows
{
    public static void Softmax(float[] x, float[] y, int batch, int classes)
    {
        fixed (float* px = x, py = y)
        {
            for (int b = 0; b < batch; b++)
            {
                float* src = px + b * classes;
                float* dst = py + b * classes;
                float m = src[0];
                for (int c = 1; c < classes; c++)
                {
                    if (src[c] > m) m = src[c];
                }
                float s = 0f;
                for (int c = 0; c < classes; c++)
                {
                    dst[c] = MathF.Exp(src[c] - m);
                    s += dst[c];
                }
                float inv = 1f / s;
                for (int c = 0; c < classes; c++) dst[c] *= inv;
            }
        }
    }
}
