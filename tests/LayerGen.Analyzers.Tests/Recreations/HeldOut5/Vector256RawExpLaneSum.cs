// Source: AVX2 softmax kernels in C# (row sums accumulated in a Vector256 and reduced with Vector256.Sum).
// Layout: flat float[rows, cols], cols a multiple of 8; softmax per row.
// Bug (LG0003): exp of the raw logits, no max subtracted; the sum is a per-row Vector256 accumulator.
using System;
using System.Runtime.Intrinsics;

namespace LayerGen.Recreations.HeldOut5.Vector256RawExpLaneSumNs;

public static class Vector256RawExpLaneSum
{
    public static void Softmax(float[] x, float[] y, int rows, int cols)
    {
        for (int r = 0; r < rows; r++)
        {
            int o = r * cols;
            for (int j = 0; j < cols; j++)
            {
                y[o + j] = MathF.Exp(x[o + j]); //~ LG0003
            }
            Vector256<float> acc = Vector256<float>.Zero;
            for (int j = 0; j < cols; j += 8)
            {
                acc += Vector256.Create(new ReadOnlySpan<float>(y, o + j, 8));
            }
            float s = Vector256.Sum(acc);
            for (int j = 0; j < cols; j++) y[o + j] /= s;
        }
    }
}
