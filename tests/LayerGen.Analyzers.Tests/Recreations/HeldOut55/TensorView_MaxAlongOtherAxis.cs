// Idiom: a rank-2 float view (`readonly record struct` with `Shape`/`Strides`/`Offset`) and a softmax along `axis`; the
// stabilising maxima are precomputed into a `float[]` indexed by the position along the softmax axis, each taken across
// the OTHER axis (one max per class over the batch), then every slice along `axis` is exponentiated and summed.
// Layout: strided float view (row-major or transposed by strides). Bug: LG0004 (max over the other axis than the sum).
using System;

namespace HeldOut55.TensorView_MaxAlongOtherAxis;

/// <summary>A rank-2 strided view of floats.</summary>
public readonly record struct FloatView(float[] Data, int[] Shape, int[] Strides, int Offset)
{
    public float this[int i, int j]
    {
        get => Data[Offset + i * Strides[0] + j * Strides[1]];
        set => Data[Offset + i * Strides[0] + j * Strides[1]] = value;
    }
}

public static class FloatViewOps
{
    /// <summary>Softmax along <paramref name="axis"/> (0 or 1) of <paramref name="x"/>, written to <paramref name="y"/>.</summary>
    public static void Softmax(FloatView x, FloatView y, int axis)
    {
        int other = 1 - axis;
        int n = x.Shape[axis];
        int m = x.Shape[other];

        var peak = new float[n];
        for (int k = 0; k < n; k++)
        {
            peak[k] = float.NegativeInfinity;
            for (int s = 0; s < m; s++)
            {
                float v = axis == 1 ? x[s, k] : x[k, s];
                peak[k] = MathF.Max(peak[k], v); //~ LG0004
            }
        }

        for (int s = 0; s < m; s++)
        {
            float sum = 0f;
            for (int k = 0; k < n; k++)
            {
                float e = MathF.Exp((axis == 1 ? x[s, k] : x[k, s]) - peak[k]);
                if (axis == 1) y[s, k] = e; else y[k, s] = e;
                sum += e;
            }

            for (int k = 0; k < n; k++)
            {
                if (axis == 1) y[s, k] /= sum; else y[k, s] /= sum;
            }
        }
    }
}
