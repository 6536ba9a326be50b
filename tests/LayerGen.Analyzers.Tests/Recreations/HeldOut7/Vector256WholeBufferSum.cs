// Source: hand-vectorised C# softmax kernels (Vector256 sum reductions); the exps are formed per row, then one
// vectorised reduction runs over the whole flat buffer to get "the" denominator.
// Layout: float[] flat [rows, cols]; softmax over the columns of each row.
// Bug LG0002: the vector sum spans every row of the buffer.
using System;
using System.Runtime.Intrinsics;

namespace HeldOut7.Vector256WholeBufferSum
{
    public static class SimdBatchSoftmax
    {
        public static void Forward(float[] data, int cols)
        {
            for (int start = 0; start < data.Length; start += cols)
            {
                float max = data[start];
                for (int c = 1; c < cols; c++)
                {
                    max = Math.Max(max, data[start + c]);
                }

                for (int c = 0; c < cols; c++)
                {
                    data[start + c] = MathF.Exp(data[start + c] - max);
                }
            }

            var acc = Vector256<float>.Zero;
            int i = 0;
            for (; i <= data.Length - Vector256<float>.Count; i += Vector256<float>.Count)
            {
                acc += Vector256.Create((ReadOnlySpan<float>)data.AsSpan(i, Vector256<float>.Count)); //~ LG0002
            }

            float total = Vector256.Sum(acc);
            for (; i < data.Length; i++)
            {
                total += data[i];
            }

            for (int k = 0; k < data.Length; k++)
            {
                data[k] /= total;
            }
        }
    }
}
