// Variants (our own code) of SIMD softmax kernels over a flat row-major [rows, cols] buffer (cols a multiple of the
// vector width) whose lane-wise max accumulator walks the whole buffer before the row loop, then is reduced over its
// lanes: one max for every row. Spellings of the vector load: new Vector<T>(array, offset), a span slice, Vector.LoadUnsafe
// of an element reference, Vector256.Create of a span slice; loop bounds o < x.Length and o <= x.Length - w; float and double.
// Bugs: LG0001 (the max spans every row; each row's sum is its own).
using System;
using System.Numerics;
using System.Runtime.Intrinsics;

namespace Recreations.VectorLoadsWholeBufferMax;

public static class WholeBufferVectorMax
{
    // new Vector<double>(x, o), o < x.Length; lanes reduced with a loop over vmax[lane].
    public static void ArrayOffsetLoad(double[] x, double[] y, int rows, int cols)
    {
        int w = Vector<double>.Count;
        var vmax = new Vector<double>(double.MinValue);
        for (int o = 0; o < x.Length; o += w)
        {
            vmax = Vector.Max(vmax, new Vector<double>(x, o)); //~ LG0001
        }

        double max = vmax[0];
        for (int lane = 1; lane < w; lane++) max = Math.Max(max, vmax[lane]);
        for (int r = 0; r < rows; r++)
        {
            double sum = 0;
            for (int c = 0; c < cols; c++)
            {
                y[r * cols + c] = Math.Exp(x[r * cols + c] - max);
                sum += y[r * cols + c];
            }

            for (int c = 0; c < cols; c++) y[r * cols + c] /= sum;
        }
    }

    // new Vector<float>(x.AsSpan(o)): a span slice from o to the end.
    public static void SpanSliceLoad(float[] x, float[] y, int rows, int cols)
    {
        var vmax = new Vector<float>(float.MinValue);
        for (int o = 0; o < x.Length; o += Vector<float>.Count)
        {
            vmax = Vector.Max(vmax, new Vector<float>(x.AsSpan(o))); //~ LG0001
        }

        float max = float.MinValue;
        for (int lane = 0; lane < Vector<float>.Count; lane++) max = MathF.Max(max, vmax[lane]);
        for (int r = 0; r < rows; r++)
        {
            float sum = 0f;
            for (int c = 0; c < cols; c++)
            {
                y[r * cols + c] = MathF.Exp(x[r * cols + c] - max);
                sum += y[r * cols + c];
            }

            for (int c = 0; c < cols; c++) y[r * cols + c] /= sum;
        }
    }

    // Vector.LoadUnsafe(ref x[o]).
    public static void LoadUnsafeElement(float[] x, float[] y, int rows, int cols)
    {
        var vmax = new Vector<float>(float.MinValue);
        for (int o = 0; o < x.Length; o += Vector<float>.Count)
        {
            vmax = Vector.Max(vmax, Vector.LoadUnsafe(ref x[o])); //~ LG0001
        }

        float max = float.MinValue;
        for (int lane = 0; lane < Vector<float>.Count; lane++) max = MathF.Max(max, vmax.GetElement(lane));
        for (int r = 0; r < rows; r++)
        {
            float sum = 0f;
            for (int c = 0; c < cols; c++)
            {
                y[r * cols + c] = MathF.Exp(x[r * cols + c] - max);
                sum += y[r * cols + c];
            }

            for (int c = 0; c < cols; c++) y[r * cols + c] /= sum;
        }
    }

    // Vector256.Create(x.AsSpan(o, 8)), bound o <= x.Length - 8.
    public static void Vector256SliceLoad(float[] x, float[] y, int rows, int cols)
    {
        var vmax = Vector256.Create(float.MinValue);
        for (int o = 0; o <= x.Length - 8; o += 8)
        {
            vmax = Vector256.Max(vmax, Vector256.Create((ReadOnlySpan<float>)x.AsSpan(o, 8))); //~ LG0001
        }

        float max = float.MinValue;
        for (int lane = 0; lane < 8; lane++) max = MathF.Max(max, vmax.GetElement(lane));
        for (int r = 0; r < rows; r++)
        {
            float sum = 0f;
            for (int c = 0; c < cols; c++)
            {
                y[r * cols + c] = MathF.Exp(x[r * cols + c] - max);
                sum += y[r * cols + c];
            }

            for (int c = 0; c < cols; c++) y[r * cols + c] /= sum;
        }
    }
}
