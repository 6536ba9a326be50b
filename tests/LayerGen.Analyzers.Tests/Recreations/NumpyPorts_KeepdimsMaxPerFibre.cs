// Re-creation (our own code) of a numpy-style softmax(x, axis) port over a flat buffer with outer/axis/inner strides
// (the shape of tinygrad's Tensor._softmax and scipy's softmax(x, axis) when written with explicit loops), where the
// keepdims max buffer holds one slot per (outer, inner) fibre, or is refilled for every outer slice.
// Layout: flat double[] with int[] shape; sums per (outer, inner) fibre in a buffer of outer * inner.
// Correct: each max spans the axis only (keyed by outer and inner in the first method, reset per outer slice in the
// second).
using System;

namespace Recreations.NumpyPorts_KeepdimsMaxPerFibre;

/// <summary>Softmax along an axis of a flat row-major buffer.</summary>
public static class AxisSoftmax
{
    /// <summary>The axis loop outermost, then the outer slices, then the inner positions.</summary>
    public static double[] AxisFirst(double[] x, int[] shape, int axis)
    {
        int size = shape[axis];
        int outer = 1, inner = 1;
        for (int d = 0; d < axis; d++) outer *= shape[d];
        for (int d = axis + 1; d < shape.Length; d++) inner *= shape[d];

        var peak = new double[outer * inner];
        Array.Fill(peak, double.NegativeInfinity);
        for (int a = 0; a < size; a++)
            for (int o = 0; o < outer; o++)
                for (int i = 0; i < inner; i++)
                    peak[o * inner + i] = Math.Max(peak[o * inner + i], x[(o * size + a) * inner + i]);

        var y = new double[x.Length];
        var total = new double[outer * inner];
        for (int o = 0; o < outer; o++)
            for (int a = 0; a < size; a++)
                for (int i = 0; i < inner; i++)
                {
                    int at = (o * size + a) * inner + i;
                    y[at] = Math.Exp(x[at] - peak[o * inner + i]);
                    total[o * inner + i] += y[at];
                }

        for (int o = 0; o < outer; o++)
            for (int a = 0; a < size; a++)
                for (int i = 0; i < inner; i++)
                    y[(o * size + a) * inner + i] /= total[o * inner + i];

        return y;
    }

    /// <summary>One outer slice at a time, its max buffer refilled; a guarded fold.</summary>
    public static float[] InnerFirst(float[] x, int[] shape, int axis)
    {
        int size = shape[axis];
        int outer = 1, inner = 1;
        for (int d = 0; d < axis; d++) outer *= shape[d];
        for (int d = axis + 1; d < shape.Length; d++) inner *= shape[d];

        var peak = new float[inner];
        var y = new float[x.Length];
        for (int o = 0; o < outer; o++)
        {
            peak.AsSpan().Fill(float.MinValue);
            for (int i = 0; i < inner; i++)
                for (int a = 0; a < size; a++)
                {
                    float v = x[o * size * inner + a * inner + i];
                    if (v > peak[i]) peak[i] = v;
                }

            for (int i = 0; i < inner; i++)
            {
                float sum = 0f;
                for (int a = 0; a < size; a++)
                {
                    int at = o * size * inner + a * inner + i;
                    y[at] = MathF.Exp(x[at] - peak[i]);
                    sum += y[at];
                }

                for (int a = 0; a < size; a++) y[o * size * inner + a * inner + i] /= sum;
            }
        }

        return y;
    }
}
