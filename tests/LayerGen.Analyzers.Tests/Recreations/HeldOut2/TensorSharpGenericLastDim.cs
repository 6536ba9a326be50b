// Re-creates: TensorSharp (zhongkaifu/TensorSharp) TensorSharp/Cpu/CpuOps Softmax over the last dimension, in generic math
// Layout: flat T[] rows with a row stride (rows may be padded), T : IFloatingPointIeee754<T>
// Expected: Correct
using System;
using System.Numerics;

namespace HeldOut2.TensorSharpGenericLastDim;

public static class CpuSoftmax
{
    public static void SoftmaxLastDim<T>(T[] src, T[] dst, int rows, int cols, int rowStride)
        where T : IFloatingPointIeee754<T>
    {
        for (int r = 0; r < rows; r++)
        {
            int start = r * rowStride;
            T maxV = T.NegativeInfinity;
            for (int c = 0; c < cols; c++)
            {
                maxV = T.Max(maxV, src[start + c]);
            }

            T sum = T.Zero;
            for (int c = 0; c < cols; c++)
            {
                T e = T.Exp(src[start + c] - maxV);
                dst[start + c] = e;
                sum += e;
            }

            for (int c = 0; c < cols; c++)
            {
                dst[start + c] /= sum;
            }
        }
    }
}
