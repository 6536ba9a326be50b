// Re-creation (our own code) of the shape of scipy/special/_logsumexp.py, softmax(x, axis=None), as ported with
// the axis argument dropped from np.amax: x_max = np.amax(x) (no axis, no keepdims) while the sum keeps axis=axis.
// Layout: int[] Shape + flat float[] Data; per-fibre loops with outer/axis/inner strides, sums in a keepdims array.
// Bug (LG0001): one maximum over the whole array is subtracted from every fibre.
using System;
using System.Linq;

namespace Recreations.Scipy_AmaxWithoutAxis;

/// <summary>A minimal n-d float array.</summary>
public sealed class FloatArray(int[] shape, float[] data)
{
    /// <summary>Dimension sizes.</summary>
    public int[] Shape { get; } = shape;

    /// <summary>Row-major elements.</summary>
    public float[] Data { get; } = data;
}

/// <summary>scipy.special.softmax ported by hand, single precision.</summary>
public static class SpecialSoftmax
{
    /// <summary>Softmax along <paramref name="axis"/>, written into a new array.</summary>
    public static FloatArray Softmax(FloatArray x, int axis)
    {
        if (axis < 0) axis += x.Shape.Length;
        int n = x.Shape[axis];
        int outer = 1, inner = 1;
        for (int d = 0; d < axis; d++) outer *= x.Shape[d];
        for (int d = axis + 1; d < x.Shape.Length; d++) inner *= x.Shape[d];

        float xMax = x.Data.Max(); //~ LG0001
        var y = new float[x.Data.Length];
        var sums = new float[outer * inner];
        for (int o = 0; o < outer; o++)
            for (int k = 0; k < n; k++)
                for (int i = 0; i < inner; i++)
                {
                    int at = (o * n + k) * inner + i;
                    y[at] = MathF.Exp(x.Data[at] - xMax);
                    sums[o * inner + i] += y[at];
                }

        for (int o = 0; o < outer; o++)
            for (int k = 0; k < n; k++)
                for (int i = 0; i < inner; i++)
                    y[(o * n + k) * inner + i] /= sums[o * inner + i];

        return new FloatArray((int[])x.Shape.Clone(), y);
    }
}
