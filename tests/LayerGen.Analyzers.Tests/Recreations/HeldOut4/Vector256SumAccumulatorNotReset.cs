// Source: AVX softmax kernels ported to System.Runtime.Intrinsics.Vector256 in C# inference code: scalar max per
// row, exps and the denominator accumulated eight lanes at a time, horizontal sum at the end.
// Layout: row-major [rows, cols] float, cols a multiple of 8; a Vector256 accumulator hoisted before the row loop.
// Bug: the vector accumulator is never cleared per row, so each row's sum includes all earlier rows' exps.
using System;
using System.Runtime.Intrinsics;

namespace LayerGen.HeldOut4.Vector256SumAccumulatorNotReset;

public static class Avx256Softmax
{
    public static void Forward(float[] x, float[] y, int rows, int cols)
    {
        Vector256<float> acc = Vector256<float>.Zero;
        Span<float> lanes = stackalloc float[8];
        for (int r = 0; r < rows; r++)
        {
            int start = r * cols;
            float max = x[start];
            for (int c = 1; c < cols; c++)
                max = MathF.Max(max, x[start + c]);

            for (int c = 0; c < cols; c += 8)
            {
                for (int l = 0; l < 8; l++)
                    lanes[l] = MathF.Exp(x[start + c + l] - max);
                var e = Vector256.Create<float>(lanes);
                e.CopyTo(y, start + c);
                acc = Vector256.Add(acc, e); //~ LG0002
            }

            float inv = 1f / Vector256.Sum(acc);
            for (int c = 0; c < cols; c++)
                y[start + c] *= inv;
        }
    }
}
