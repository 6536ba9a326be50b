// HeldOut58 — a NumPy/MATLAB vectorised softmax ("x - x.max(); np.exp; / sum") ported with System.Numerics.Tensors
// TensorPrimitives calls on each row's span slice. Our own code.
// Layout: float[] flat row-major [batch, classes], Span Slice per row; softmax per row.
// Correct.
using System;
using System.Numerics.Tensors;

namespace HeldOut58.Vectorised_TensorPrimitivesSlices;

public static class VectorPort
{
    public static void Softmax(float[] x, float[] y, int classes)
    {
        Span<float> all = y;
        for (int off = 0; off < x.Length; off += classes)
        {
            ReadOnlySpan<float> row = x.AsSpan().Slice(off, classes);
            Span<float> dst = all.Slice(off, classes);
            float max = TensorPrimitives.Max(row);
            TensorPrimitives.Subtract(row, max, dst);
            TensorPrimitives.Exp(dst, dst);
            float sum = TensorPrimitives.Sum(dst);
            TensorPrimitives.Divide(dst, sum, dst);
        }
    }
}
