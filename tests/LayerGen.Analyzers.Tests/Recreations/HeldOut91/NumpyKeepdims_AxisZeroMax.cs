// Idiom: a hand translation of `shifted = x - x.max(axis=0)` (the batch axis, a common porting slip) followed by
// `exp / exp.sum(axis=1)`, written with a `shape` tuple and flat indexing `x[i * shape.cols + j]` as in NumPy's C order.
// Use: softmax over classes for a batch. Layout: flat float[n * classes], row-major; MathF.Exp.
// Bug LG0004: the max runs over axis 0 (per class, across samples) while the sum runs over axis 1 (per sample).
// Our own code.
using System;

namespace HeldOut91.NumpyKeepdims_AxisZeroMax;

public static class Functional
{
    public static float[] softmax(float[] x, (int rows, int cols) shape)
    {
        float[] x_max = new float[shape.cols];
        Array.Fill(x_max, float.NegativeInfinity);
        for (int i = 0; i < shape.rows; i++)
        {
            for (int j = 0; j < shape.cols; j++)
            {
                x_max[j] = MathF.Max(x_max[j], x[i * shape.cols + j]); //~ LG0004
            }
        }
        float[] e_x = new float[x.Length];
        for (int i = 0; i < shape.rows; i++)
        {
            float row_sum = 0f;
            for (int j = 0; j < shape.cols; j++)
            {
                e_x[i * shape.cols + j] = MathF.Exp(x[i * shape.cols + j] - x_max[j]);
                row_sum += e_x[i * shape.cols + j];
            }
            for (int j = 0; j < shape.cols; j++)
            {
                e_x[i * shape.cols + j] /= row_sum;
            }
        }
        return e_x;
    }
}
