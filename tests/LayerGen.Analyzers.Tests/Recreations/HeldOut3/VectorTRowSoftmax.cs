// Re-creates: a System.Numerics Vector<float> softmax (max reduced lane-wise with Vector.Max, then horizontally;
// scalar tail), called once per row by a batch wrapper.
// Layout: 1-D row softmax; caller walks a flat [rows, cols] buffer; softmax axis = cols. float.
// Correct.
using System;
using System.Numerics;

namespace LayerGen.Recreations.HeldOut3.VectorTRowSoftmax;

public static class SimdSoftmax
{
    public static void Rows(float[] x, float[] y, int cols)
    {
        for (int o = 0; o < x.Length; o += cols)
        {
            Row(x.AsSpan(o, cols), y.AsSpan(o, cols));
        }
    }

    public static void Row(ReadOnlySpan<float> x, Span<float> y)
    {
        int i = 0;
        float max = float.NegativeInfinity;
        if (Vector.IsHardwareAccelerated && x.Length >= Vector<float>.Count)
        {
            var vmax = new Vector<float>(float.NegativeInfinity);
            for (; i <= x.Length - Vector<float>.Count; i += Vector<float>.Count)
            {
                vmax = Vector.Max(vmax, new Vector<float>(x.Slice(i)));
            }

            for (int lane = 0; lane < Vector<float>.Count; lane++)
            {
                max = MathF.Max(max, vmax[lane]);
            }
        }

        for (; i < x.Length; i++)
        {
            max = MathF.Max(max, x[i]);
        }

        float sum = 0f;
        for (int j = 0; j < x.Length; j++)
        {
            y[j] = MathF.Exp(x[j] - max);
            sum += y[j];
        }

        float scale = 1f / sum;
        for (int j = 0; j < y.Length; j++)
        {
            y[j] *= scale;
        }
    }
}
