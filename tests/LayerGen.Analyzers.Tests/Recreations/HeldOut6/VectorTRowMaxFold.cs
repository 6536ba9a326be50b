// Source: System.Numerics.Vector<float> softmax kernels in C# NN libraries (vector max fold + scalar tail, scalar exp,
// vector scale), re-created per row of a flat batch.
// Layout: flat float[] [rows, cols]; row r at r * cols.
// Correct: the vector max fold and the scalar tail cover exactly one row.
using System;
using System.Numerics;

namespace HeldOut6.VectorTRowMaxFold;

public static class VectorRowSoftmax
{
    public static void Forward(float[] x, float[] y, int rows, int cols)
    {
        int width = Vector<float>.Count;
        for (int r = 0; r < rows; r++)
        {
            int o = r * cols;
            int j = 0;
            var vmax = new Vector<float>(float.NegativeInfinity);
            for (; j + width <= cols; j += width)
            {
                vmax = Vector.Max(vmax, new Vector<float>(x, o + j));
            }

            float max = float.NegativeInfinity;
            for (int k = 0; k < width; k++) max = MathF.Max(max, vmax[k]);
            for (; j < cols; j++) max = MathF.Max(max, x[o + j]);

            float sum = 0f;
            for (int k = 0; k < cols; k++)
            {
                y[o + k] = MathF.Exp(x[o + k] - max);
                sum += y[o + k];
            }

            var vinv = new Vector<float>(1f / sum);
            j = 0;
            for (; j + width <= cols; j += width)
            {
                (new Vector<float>(y, o + j) * vinv).CopyTo(y, o + j);
            }

            for (; j < cols; j++) y[o + j] /= sum;
        }
    }
}
