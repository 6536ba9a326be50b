// unsafe
// Re-creation (our own code) of the pointer softmax in justinamiller/SmallMind, SoftmaxOps.LogSoftmax /
// SoftmaxRowIndexed (fixed pointers, a row pointer at offset i * cols) combined with a stackalloc scratch row as in
// nijnstein/NN01's MathEx span kernels: exps go to a stack buffer, then are scaled into the output row.
// Layout: flat float[] through float* row pointers, stackalloc scratch. Correct.
using System;

namespace HeldOut.UnsafeStackallocRows;

public static unsafe class PointerSoftmax
{
    public static void Forward(float[] input, float[] output, int rows, int cols)
    {
        float* scratch = stackalloc float[cols];
        fixed (float* pIn = input, pOut = output)
        {
            for (int i = 0; i < rows; i++)
            {
                float* src = pIn + i * cols;
                float* dst = pOut + i * cols;
                float max = src[0];
                for (int j = 1; j < cols; j++)
                {
                    if (src[j] > max)
                    {
                        max = src[j];
                    }
                }

                float sum = 0f;
                for (int j = 0; j < cols; j++)
                {
                    scratch[j] = MathF.Exp(src[j] - max);
                    sum += scratch[j];
                }

                for (int j = 0; j < cols; j++)
                {
                    dst[j] = scratch[j] / sum;
                }
            }
        }
    }
}
