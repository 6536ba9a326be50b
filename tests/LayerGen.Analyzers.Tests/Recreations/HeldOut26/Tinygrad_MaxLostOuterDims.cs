// Re-creation (our own code) of the shape of tinygrad's Tensor._softmax(axis) (m = x - x.max(axis, keepdim=True);
// e = m.exp(); ss = e.sum(axis, keepdim=True)) ported with explicit outer/axis/inner strides, where the porter's
// keepdim buffer for the max kept only the inner dimensions (one slot per inner index, shared by every outer index).
// Layout: int[] shape + flat float[]; sums per (outer, inner) fibre, max per inner index.
// Bug (LG0001): the max spans every outer slice as well as the axis (a whole-batch max for a (batch, classes) tensor).
using System;

namespace Recreations.Tinygrad_MaxLostOuterDims;

/// <summary>tinygrad's softmax on a flat buffer with an axis.</summary>
public static class StridedSoftmax
{
    /// <summary>Softmax along <paramref name="axis"/> of data with <paramref name="shape"/>; a new buffer.</summary>
    public static float[] Softmax(float[] data, int[] shape, int axis)
    {
        if (axis < 0) axis += shape.Length;
        int n = shape[axis];
        int outer = 1, inner = 1;
        for (int d = 0; d < axis; d++) outer *= shape[d];
        for (int d = axis + 1; d < shape.Length; d++) inner *= shape[d];

        var m = new float[inner];
        Array.Fill(m, float.NegativeInfinity);
        for (int o = 0; o < outer; o++)
            for (int k = 0; k < n; k++)
                for (int i = 0; i < inner; i++)
                    m[i] = MathF.Max(m[i], data[(o * n + k) * inner + i]); //~ LG0001

        var e = new float[data.Length];
        var ss = new float[outer * inner];
        for (int o = 0; o < outer; o++)
            for (int k = 0; k < n; k++)
                for (int i = 0; i < inner; i++)
                {
                    int at = (o * n + k) * inner + i;
                    e[at] = MathF.Exp(data[at] - m[i]);
                    ss[o * inner + i] += e[at];
                }

        for (int o = 0; o < outer; o++)
            for (int k = 0; k < n; k++)
                for (int i = 0; i < inner; i++)
                    e[(o * n + k) * inner + i] /= ss[o * inner + i];

        return e;
    }
}
