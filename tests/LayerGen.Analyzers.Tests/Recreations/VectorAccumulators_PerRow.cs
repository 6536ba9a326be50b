// Correct twins of VectorAccumulators_TooWideReductions: the same SIMD accumulators (Vector<double> max read by v[k],
// Vector128 sum reduced with Vector128.Sum, Vector256 max halved with GetLower/GetUpper) created inside the row loop,
// so each row's lanes are folded alone; the horizontal reduction and the scalar tail finish the same per-row fold.
// Layout: flat [rows, cols] row-major, Span row slices; softmax axis = cols. Correct.
using System;
using System.Numerics;
using System.Runtime.Intrinsics;

namespace Recreations.VectorAccumulatorsPerRow;

public static class SimdSoftmax
{
    // Vector<double> max seeded per row; horizontal max by indexing the lanes.
    public static void VectorTMaxHoisted(double[] x, double[] y, int rows, int cols)
    {
        for (int r = 0; r < rows; r++)
        {
            var vmax = new Vector<double>(double.NegativeInfinity);
            ReadOnlySpan<double> row = x.AsSpan(r * cols, cols);
            int i = 0;
            for (; i <= row.Length - Vector<double>.Count; i += Vector<double>.Count)
            {
                vmax = Vector.Max(vmax, new Vector<double>(row.Slice(i)));
            }

            double max = double.NegativeInfinity;
            for (int lane = 0; lane < Vector<double>.Count; lane++)
            {
                max = Math.Max(max, vmax[lane]);
            }

            for (; i < row.Length; i++)
            {
                max = Math.Max(max, row[i]);
            }

            double sum = 0.0;
            for (int j = 0; j < cols; j++)
            {
                y[r * cols + j] = Math.Exp(row[j] - max);
                sum += y[r * cols + j];
            }

            for (int j = 0; j < cols; j++)
            {
                y[r * cols + j] /= sum;
            }
        }
    }

    // Vector128 sum of the row's exps, cleared at the top of each row.
    public static void Vector128SumHoisted(float[] x, float[] y, int rows, int cols)
    {
        var vsum = Vector128<float>.Zero;
        for (int r = 0; r < rows; r++)
        {
            vsum = Vector128<float>.Zero;
            ReadOnlySpan<float> row = x.AsSpan(r * cols, cols);
            Span<float> dst = y.AsSpan(r * cols, cols);
            float max = float.NegativeInfinity;
            for (int j = 0; j < row.Length; j++)
            {
                max = MathF.Max(max, row[j]);
            }

            for (int j = 0; j < row.Length; j++)
            {
                dst[j] = MathF.Exp(row[j] - max);
            }

            int i = 0;
            for (; i + Vector128<float>.Count <= dst.Length; i += Vector128<float>.Count)
            {
                vsum += Vector128.Create((ReadOnlySpan<float>)dst.Slice(i, Vector128<float>.Count));
            }

            float sum = Vector128.Sum(vsum);
            for (; i < dst.Length; i++)
            {
                sum += dst[i];
            }

            for (int j = 0; j < dst.Length; j++)
            {
                dst[j] /= sum;
            }
        }
    }

    // Vector256 max seeded per row; halves folded with Vector128.Max, then the four lanes read with GetElement.
    public static void Vector256HalvesHoisted(float[] x, float[] y, int rows, int cols)
    {
        for (int r = 0; r < rows; r++)
        {
            var vmax = Vector256.Create(float.MinValue);
            ReadOnlySpan<float> row = x.AsSpan(r * cols, cols);
            int i = 0;
            for (; i + Vector256<float>.Count <= row.Length; i += Vector256<float>.Count)
            {
                vmax = Vector256.Max(vmax, Vector256.Create(row.Slice(i, Vector256<float>.Count)));
            }

            Vector128<float> half = Vector128.Max(vmax.GetLower(), vmax.GetUpper());
            float max = half.GetElement(0);
            for (int lane = 1; lane < Vector128<float>.Count; lane++)
            {
                max = MathF.Max(max, half.GetElement(lane));
            }

            for (; i < row.Length; i++)
            {
                max = MathF.Max(max, row[i]);
            }

            float sum = 0f;
            for (int j = 0; j < cols; j++)
            {
                y[r * cols + j] = MathF.Exp(row[j] - max);
                sum += y[r * cols + j];
            }

            for (int j = 0; j < cols; j++)
            {
                y[r * cols + j] /= sum;
            }
        }
    }
}
