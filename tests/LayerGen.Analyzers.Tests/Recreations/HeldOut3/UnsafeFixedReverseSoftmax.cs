// Re-creates: unsafe pointer softmax in C# inference engines (fixed buffers, per-row pointers, loops run backwards
// as in ports of C kernels), max seeded from the row's first element.
// Layout: flat [rows, cols] row-major through float*; softmax axis = cols. float.
// Correct.
using System;

namespace LayerGen.Recreations.HeldOut3.UnsafeFixedReverseSoftmax;

public static class PointerSoftmax
{
    public static unsafe void Forward(float[] x, float[] y, int rows, int cols)
    {
        fixed (float* px = x, py = y)
        {
            for (int r = 0; r < rows; r++)
            {
                float* src = px + r * cols;
                float* dst = py + r * cols;
                float max = src[0];
                for (int c = cols - 1; c > 0; c--)
                {
                    if (src[c] > max)
                    {
                        max = src[c];
                    }
                }

                float sum = 0f;
                for (int c = cols - 1; c >= 0; c--)
                {
                    dst[c] = MathF.Exp(src[c] - max);
                    sum += dst[c];
                }

                for (int c = 0; c < cols; c++)
                {
                    dst[c] /= sum;
                }
            }
        }
    }
}
