// Idiom: `softmax(x, axis=-1)` on a flat buffer with a shape tuple: the negative axis is normalised against the rank,
// the strides are computed from the shape, and the softmax walks (outer, axis, inner) with those strides.
// Use: per-position vocabulary probabilities of a small sequence model, shape (batch, seq, vocab).
// Layout: flat float[], shape (batch, seq, vocab) row-major; axis -1 resolves to 2 (inner stride 1).
// Correct.
// Our own code.
#nullable enable
using System;

namespace HeldOut88.NegativeAxis3D_LastAxis;

public static class Functional
{
    public static int NormalizeAxis(int axis, int ndim)
    {
        if (axis < -ndim || axis >= ndim) throw new ArgumentOutOfRangeException(nameof(axis));
        return axis < 0 ? axis + ndim : axis;
    }

    public static int[] StridesOf(int[] shape)
    {
        var strides = new int[shape.Length];
        int acc = 1;
        for (int d = shape.Length - 1; d >= 0; d--)
        {
            strides[d] = acc;
            acc *= shape[d];
        }

        return strides;
    }

    public static float[] Softmax(float[] x, int[] shape, int axis = -1)
    {
        int ax = NormalizeAxis(axis, shape.Length);
        int[] strides = StridesOf(shape);
        int n = shape[ax];
        int inner = strides[ax];
        int outer = x.Length / (n * inner);
        var y = new float[x.Length];
        for (int o = 0; o < outer; o++)
        {
            for (int i = 0; i < inner; i++)
            {
                int start = o * n * inner + i;
                float m = float.NegativeInfinity;
                for (int k = 0; k < n; k++) m = MathF.Max(m, x[start + k * inner]);
                float s = 0f;
                for (int k = 0; k < n; k++)
                {
                    float e = MathF.Exp(x[start + k * inner] - m);
                    y[start + k * inner] = e;
                    s += e;
                }

                for (int k = 0; k < n; k++) y[start + k * inner] /= s;
            }
        }

        return y;
    }

    public static float[] NextTokenProbabilities(float[] logits, int batch, int seq, int vocab) =>
        Softmax(logits, new[] { batch, seq, vocab }, axis: -1);
}
