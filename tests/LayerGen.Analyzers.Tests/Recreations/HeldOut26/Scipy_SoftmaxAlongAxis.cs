// Re-creation (our own code) of the shape of scipy/special/_logsumexp.py, softmax(x, axis=None):
// x_max = np.amax(x, axis=axis, keepdims=True); exp_x_shifted = np.exp(x - x_max);
// return exp_x_shifted / np.sum(exp_x_shifted, axis=axis, keepdims=True).
// Layout: an n-d array as int[] Shape + flat double[] Data; the axis picks the fibre (outer, axis, inner strides);
// keepdims results are flat arrays indexed [outer * inner + i].
// Correct.
using System;

namespace Recreations.Scipy_SoftmaxAlongAxis;

/// <summary>A minimal n-d array: shape plus row-major flat data.</summary>
public sealed class NdArray(int[] shape, double[] data)
{
    /// <summary>Dimension sizes.</summary>
    public int[] Shape { get; } = shape;

    /// <summary>Row-major elements.</summary>
    public double[] Data { get; } = data;
}

/// <summary>scipy.special.softmax ported by hand.</summary>
public static class SpecialFunctions
{
    /// <summary>Softmax along <paramref name="axis"/>; a new array of the same shape.</summary>
    public static NdArray Softmax(NdArray x, int axis)
    {
        if (axis < 0) axis += x.Shape.Length;
        var (outer, n, inner) = Split(x.Shape, axis);
        double[] xMax = AMaxKeepDims(x.Data, outer, n, inner);
        var expShifted = new double[x.Data.Length];
        for (int o = 0; o < outer; o++)
            for (int k = 0; k < n; k++)
                for (int i = 0; i < inner; i++)
                {
                    int at = (o * n + k) * inner + i;
                    expShifted[at] = Math.Exp(x.Data[at] - xMax[o * inner + i]);
                }

        double[] sums = SumKeepDims(expShifted, outer, n, inner);
        var result = new double[x.Data.Length];
        for (int o = 0; o < outer; o++)
            for (int k = 0; k < n; k++)
                for (int i = 0; i < inner; i++)
                {
                    int at = (o * n + k) * inner + i;
                    result[at] = expShifted[at] / sums[o * inner + i];
                }

        return new NdArray((int[])x.Shape.Clone(), result);
    }

    private static (int Outer, int N, int Inner) Split(int[] shape, int axis)
    {
        int outer = 1, inner = 1;
        for (int d = 0; d < axis; d++) outer *= shape[d];
        for (int d = axis + 1; d < shape.Length; d++) inner *= shape[d];
        return (outer, shape[axis], inner);
    }

    /// <summary>np.amax(x, axis, keepdims=True), one value per (outer, inner) fibre.</summary>
    private static double[] AMaxKeepDims(double[] data, int outer, int n, int inner)
    {
        var m = new double[outer * inner];
        for (int o = 0; o < outer; o++)
            for (int i = 0; i < inner; i++)
            {
                double best = double.NegativeInfinity;
                for (int k = 0; k < n; k++) best = Math.Max(best, data[(o * n + k) * inner + i]);
                m[o * inner + i] = best;
            }
        return m;
    }

    /// <summary>np.sum(x, axis, keepdims=True), one value per (outer, inner) fibre.</summary>
    private static double[] SumKeepDims(double[] data, int outer, int n, int inner)
    {
        var s = new double[outer * inner];
        for (int o = 0; o < outer; o++)
            for (int i = 0; i < inner; i++)
            {
                double total = 0.0;
                for (int k = 0; k < n; k++) total += data[(o * n + k) * inner + i];
                s[o * inner + i] = total;
            }
        return s;
    }
}
