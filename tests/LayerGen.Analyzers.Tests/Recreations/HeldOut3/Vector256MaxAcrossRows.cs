// Re-creates: a Vector256 batch softmax whose lane-wise max accumulator is created once before the row loop (hoisted
// "for speed") and so keeps folding every row into it.
// Layout: flat [rows, cols] row-major, Span row slices; softmax axis = cols. float.
// Bug: LG0001 (vector max accumulated across rows).
using System;
using System.Runtime.Intrinsics;

namespace LayerGen.Recreations.HeldOut3.Vector256MaxAcrossRows;

public static class Avx2Softmax
{
    public static void Forward(float[] x, float[] y, int rows, int cols)
    {
        var vmax = Vector256.Create(float.NegativeInfinity);
        for (int r = 0; r < rows; r++)
        {
            ReadOnlySpan<float> row = x.AsSpan(r * cols, cols);
            Span<float> dst = y.AsSpan(r * cols, cols);

            int i = 0;
            for (; i + Vector256<float>.Count <= row.Length; i += Vector256<float>.Count)
            {
                vmax = Vector256.Max(vmax, Vector256.Create(row.Slice(i, Vector256<float>.Count))); //~ LG0001
            }

            float max = float.NegativeInfinity;
            for (int lane = 0; lane < Vector256<float>.Count; lane++)
            {
                max = MathF.Max(max, vmax.GetElement(lane));
            }

            for (; i < row.Length; i++)
            {
                max = MathF.Max(max, row[i]);
            }

            float sum = 0f;
            for (int j = 0; j < row.Length; j++)
            {
                dst[j] = MathF.Exp(row[j] - max);
                sum += dst[j];
            }

            for (int j = 0; j < dst.Length; j++)
            {
                dst[j] /= sum;
            }
        }
    }
}
