// Source: ONNX `Softmax(axis = 1)` on [outer, axis, inner] buffers in C# post-processing (do-while walks with
// `+= stride`), re-created with the max loop walking the contiguous inner dimension instead of the axis.
// Layout: flat float[] [outer, axis, inner]; one softmax over `axis` per (o, i) fibre (stride inner).
// Bug LG0004: the max for x[o, a, i] is taken over the inner index (contiguous run of row (o, a)), while the sum
// runs over the axis.
using System;

namespace HeldOut6.DoWhileStrideInnerMax;

public static class StridedAxisSoftmax
{
    public static void Forward(float[] x, float[] y, int outer, int axis, int inner)
    {
        var runMax = new float[outer * axis];
        for (int o = 0; o < outer; o++)
        {
            for (int a = 0; a < axis; a++)
            {
                int idx = (o * axis + a) * inner;
                int end = idx + inner;
                float m = float.NegativeInfinity;
                do
                {
                    m = MathF.Max(m, x[idx]); //~ LG0004
                    idx++;
                }
                while (idx < end);
                runMax[o * axis + a] = m;
            }
        }

        for (int o = 0; o < outer; o++)
        {
            for (int i = 0; i < inner; i++)
            {
                int idx = o * axis * inner + i;
                int end = idx + axis * inner;
                float s = 0f;
                int a = 0;
                do
                {
                    y[idx] = MathF.Exp(x[idx] - runMax[o * axis + a]);
                    s += y[idx];
                    idx += inner;
                    a++;
                }
                while (idx < end);

                for (int k = o * axis * inner + i; k < end; k += inner) y[k] /= s;
            }
        }
    }
}
