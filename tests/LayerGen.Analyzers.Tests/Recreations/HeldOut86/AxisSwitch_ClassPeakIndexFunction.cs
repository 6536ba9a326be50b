// known gap: the local index function `Index(c, b)` switches on `order`, a parameter not known at the call, and its two arms map a cell differently, so the index has no one reading and the per-class peak is not seen (a plain or known-layout index function is read)
// gap: -LG0004@35
// Idiom: a local index function whose body is a `switch` expression on the storage order
// Use: output layer of a small MLP that keeps activations class-major (Z = W·X) or sample-major
// Layout: flat float[], either class-major x[c * batch + b] or sample-major x[b * classes + c]; softmax per sample
// Bug: LG0004, the peak is folded per class over the batch while the sum runs per sample over the classes
// Our own code
using System;

namespace HeldOut86.AxisSwitch_ClassPeakIndexFunction;

public enum Order
{
    ClassMajor,
    SampleMajor,
}

public static class OutputLayer
{
    public static float[] Probabilities(float[] z, int classes, int batch, Order order)
    {
        int Index(int c, int b) => order switch
        {
            Order.ClassMajor => c * batch + b,
            Order.SampleMajor => b * classes + c,
            _ => throw new ArgumentOutOfRangeException(nameof(order)),
        };

        var peaks = new float[classes];
        for (int c = 0; c < classes; c++)
        {
            float m = float.NegativeInfinity;
            for (int b = 0; b < batch; b++)
            {
                m = MathF.Max(m, z[Index(c, b)]); //~ LG0004
            }

            peaks[c] = m;
        }

        var p = new float[z.Length];
        for (int b = 0; b < batch; b++)
        {
            float s = 0f;
            for (int c = 0; c < classes; c++)
            {
                int i = Index(c, b);
                p[i] = MathF.Exp(z[i] - peaks[c]);
                s += p[i];
            }

            for (int c = 0; c < classes; c++)
            {
                p[Index(c, b)] /= s;
            }
        }

        return p;
    }
}
