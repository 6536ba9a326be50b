// unsafe
// Variant (our own code) of the row-pointer softmax of justinamiller/SmallMind (SoftmaxOps, fixed pointers at
// offset i * cols): the sum lives outside the row loop next to the pointers and is never reset, so later rows are
// divided by the running total of every row so far.
// Layout: flat float[] through float* row pointers. Bug (LG0002): one sum across rows.
using System;

namespace HeldOut.UnsafeSumOutsideRows;

public static unsafe class PointerSoftmax
{
    public static void Forward(float[] input, float[] output, int rows, int cols)
    {
        fixed (float* pIn = input, pOut = output)
        {
            float sum = 0f;
            for (int i = 0; i < rows; i++)
            {
                float* src = pIn + i * cols;
                float* dst = pOut + i * cols;
                float max = float.NegativeInfinity;
                for (int j = 0; j < cols; j++)
                {
                    max = MathF.Max(max, src[j]);
                }

                for (int j = 0; j < cols; j++)
                {
                    dst[j] = MathF.Exp(src[j] - max);
                    sum += dst[j]; //~ LG0002
                }

                for (int j = 0; j < cols; j++)
                {
                    dst[j] /= sum;
                }
            }
        }
    }
}
