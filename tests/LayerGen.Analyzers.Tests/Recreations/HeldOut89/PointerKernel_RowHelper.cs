// Idiom: P/Invoke-shaped kernel `Softmax(float* x, float* y, int rows, int cols)` delegating each row to a pointer
// helper.
// Use: the managed twin of a native softmax kernel (same signature as the C export it replaces).
// Layout: unmanaged float rows, row-major, contiguous.
// Correct: the helper is given one row (`x + r * cols`, `cols`) and folds its max and sum over that row only.
// Our own code.
using System;

namespace HeldOut89.PointerKernel_RowHelper;

public static unsafe class NativeKernels
{
    public static void Softmax(float* x, float* y, int rows, int cols)
    {
        for (int r = 0; r < rows; r++)
        {
            SoftmaxRow(x + (nint)r * cols, y + (nint)r * cols, cols);
        }
    }

    private static void SoftmaxRow(float* src, float* dst, int n)
    {
        float max = *src;
        for (float* p = src + 1; p < src + n; p++)
        {
            if (*p > max)
            {
                max = *p;
            }
        }

        float sum = 0f;
        for (int i = 0; i < n; i++)
        {
            dst[i] = MathF.Exp(src[i] - max);
            sum += dst[i];
        }

        for (int i = 0; i < n; i++)
        {
            dst[i] /= sum;
        }
    }
}
