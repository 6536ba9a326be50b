// Source: AVX2 softmax kernels in C# runtimes (System.Runtime.Intrinsics, rows padded to multiples of 8).
// Layout: flat float[rows, cols], cols a multiple of 8; softmax per row.
// Correct: Vector256 max per row, scalar exp and sum, Vector256 multiply by 1 / sum.
using System;
using System.Runtime.Intrinsics;

namespace LayerGen.Recreations.HeldOut5.Vector256RowsScaleByInverseNs;

public static class Vector256RowsScaleByInverse
{
    public static void Softmax(float[] x, float[] y, int rows, int cols)
    {
        for (int r = 0; r < rows; r++)
        {
            int o = r * cols;
            Vector256<float> vm = Vector256.Create(float.NegativeInfinity);
            for (int j = 0; j < cols; j += 8)
            {
                vm = Vector256.Max(vm, Vector256.Create(new ReadOnlySpan<float>(x, o + j, 8)));
            }
            float m = vm.GetElement(0);
            for (int lane = 1; lane < 8; lane++) m = MathF.Max(m, vm.GetElement(lane));

            float s = 0f;
            for (int j = 0; j < cols; j++)
            {
                y[o + j] = MathF.Exp(x[o + j] - m);
                s += y[o + j];
            }
            Vector256<float> inv = Vector256.Create(1f / s);
            for (int j = 0; j < cols; j += 8)
            {
                (Vector256.Create(new ReadOnlySpan<float>(y, o + j, 8)) * inv).CopyTo(y.AsSpan(o + j, 8));
            }
        }
    }
}
