// Source: hand-vectorised softmax kernels in C# (System.Runtime.Intrinsics Vector256 max reduction with a scalar
// tail, as in llama.cpp-style C# inference engines), exps in scalar code.
// Layout: float[] flat [rows, cols]; softmax over the columns of each row; rows handled by a row helper.
// Correct.
using System;
using System.Runtime.Intrinsics;

namespace HeldOut7.Vector256RowMax
{
    public static class SimdSoftmax
    {
        public static void Rows(float[] data, int cols)
        {
            for (int start = 0; start < data.Length; start += cols)
            {
                Row(data.AsSpan(start, cols));
            }
        }

        private static void Row(Span<float> row)
        {
            int i = 0;
            float max = float.NegativeInfinity;
            if (row.Length >= Vector256<float>.Count)
            {
                var acc = Vector256.Create(float.NegativeInfinity);
                for (; i <= row.Length - Vector256<float>.Count; i += Vector256<float>.Count)
                {
                    acc = Vector256.Max(acc, Vector256.Create((ReadOnlySpan<float>)row.Slice(i, Vector256<float>.Count)));
                }

                for (int lane = 0; lane < Vector256<float>.Count; lane++)
                {
                    max = MathF.Max(max, acc[lane]);
                }
            }

            for (; i < row.Length; i++)
            {
                max = MathF.Max(max, row[i]);
            }

            float sum = 0f;
            for (int k = 0; k < row.Length; k++)
            {
                row[k] = MathF.Exp(row[k] - max);
                sum += row[k];
            }

            for (int k = 0; k < row.Length; k++)
            {
                row[k] /= sum;
            }
        }
    }
}
