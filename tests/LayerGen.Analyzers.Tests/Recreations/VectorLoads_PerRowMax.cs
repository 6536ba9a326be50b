// Variants (our own code) of SIMD softmax kernels over a flat row-major [rows, cols] buffer (cols a multiple of the
// vector width): the silent twins of VectorLoads_WholeBufferMax. Each row resets its lane-wise max accumulator, loads
// only its own row (new Vector<T>(array, rowStart + j), a span slice of the row, Vector.LoadUnsafe of a row element,
// Vector256.Create of a row slice with bound j <= cols - 8) and reduces it over the lanes before its own exps.
// Correct: no diagnostic.
using System;
using System.Numerics;
using System.Runtime.Intrinsics;

namespace Recreations.VectorLoadsPerRowMax;

public static class PerRowVectorMax
{
    public static void ArrayOffsetLoad(double[] x, double[] y, int rows, int cols)
    {
        int w = Vector<double>.Count;
        for (int r = 0; r < rows; r++)
        {
            int o = r * cols;
            var vmax = new Vector<double>(double.MinValue);
            for (int j = 0; j < cols; j += w)
            {
                vmax = Vector.Max(vmax, new Vector<double>(x, o + j));
            }

            double max = vmax[0];
            for (int lane = 1; lane < w; lane++) max = Math.Max(max, vmax[lane]);
            double sum = 0;
            for (int c = 0; c < cols; c++)
            {
                y[o + c] = Math.Exp(x[o + c] - max);
                sum += y[o + c];
            }

            for (int c = 0; c < cols; c++) y[o + c] /= sum;
        }
    }

    public static void LoadUnsafeElement(float[] x, float[] y, int rows, int cols)
    {
        for (int r = 0; r < rows; r++)
        {
            var vmax = new Vector<float>(float.MinValue);
            for (int j = 0; j < cols; j += Vector<float>.Count)
            {
                vmax = Vector.Max(vmax, Vector.LoadUnsafe(ref x[r * cols + j]));
            }

            float max = float.MinValue;
            for (int lane = 0; lane < Vector<float>.Count; lane++) max = MathF.Max(max, vmax.GetElement(lane));
            float sum = 0f;
            for (int c = 0; c < cols; c++)
            {
                y[r * cols + c] = MathF.Exp(x[r * cols + c] - max);
                sum += y[r * cols + c];
            }

            for (int c = 0; c < cols; c++) y[r * cols + c] /= sum;
        }
    }

    public static void Vector256RowSlice(float[] x, float[] y, int rows, int cols)
    {
        for (int r = 0; r < rows; r++)
        {
            var vmax = Vector256.Create(float.MinValue);
            for (int j = 0; j <= cols - 8; j += 8)
            {
                vmax = Vector256.Max(vmax, Vector256.Create((ReadOnlySpan<float>)x.AsSpan(r * cols + j, 8)));
            }

            float max = float.MinValue;
            for (int lane = 0; lane < 8; lane++) max = MathF.Max(max, vmax.GetElement(lane));
            float sum = 0f;
            for (int c = 0; c < cols; c++)
            {
                y[r * cols + c] = MathF.Exp(x[r * cols + c] - max);
                sum += y[r * cols + c];
            }

            for (int c = 0; c < cols; c++) y[r * cols + c] /= sum;
        }
    }

    // 1-D: one softmax over the whole buffer, the vector max over all of it (correct).
    public static void WholeVector(float[] x, float[] y)
    {
        var vmax = new Vector<float>(float.MinValue);
        int i = 0;
        for (; i <= x.Length - Vector<float>.Count; i += Vector<float>.Count)
        {
            vmax = Vector.Max(vmax, new Vector<float>(x, i));
        }

        float max = float.MinValue;
        for (int lane = 0; lane < Vector<float>.Count; lane++) max = MathF.Max(max, vmax[lane]);
        for (; i < x.Length; i++) max = MathF.Max(max, x[i]);
        float sum = 0f;
        for (int k = 0; k < x.Length; k++)
        {
            y[k] = MathF.Exp(x[k] - max);
            sum += y[k];
        }

        for (int k = 0; k < x.Length; k++) y[k] /= sum;
    }
}
