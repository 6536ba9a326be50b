// Re-creates: online (single-pass, flash-attention style) softmax in C# LLM inference ports: a running max m and a
// running sum d rescaled by exp(mOld - m) whenever the max grows; a second pass writes exp(x - m) / d.
// Layout: flat [rows, cols] row-major float[]; softmax axis = cols.
// Correct.
using System;

namespace LayerGen.Recreations.HeldOut3.OnlineSoftmaxRescale;

public static class OnlineSoftmax
{
    public static void Forward(float[] x, float[] y, int rows, int cols)
    {
        for (int r = 0; r < rows; r++)
        {
            int o = r * cols;
            float m = float.NegativeInfinity;
            float d = 0f;
            for (int c = 0; c < cols; c++)
            {
                float v = x[o + c];
                float mNew = MathF.Max(m, v);
                d = d * MathF.Exp(m - mNew) + MathF.Exp(v - mNew);
                m = mNew;
            }

            for (int c = 0; c < cols; c++)
            {
                y[o + c] = MathF.Exp(x[o + c] - m) / d;
            }
        }
    }
}
