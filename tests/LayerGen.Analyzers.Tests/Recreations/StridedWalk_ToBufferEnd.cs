// Variants (our own code) of HeldOut4/StridedMaxOverOuterAndAxis.cs, in the shapes of ONNX Softmax(axis) kernels in C#
// interpreters over a flat [outer, axis, inner] buffer: a max or sum for inner position i walks p = i, i + inner, …
// up to the end of the whole buffer (Length, or outer·axis·inner), so it spans every outer block, not one fibre.
// Layouts: flat float[] and double[] [outer, axis, inner]; for and while loops; bound x.Length or a size product.
// Bug: LG0001 (max over outer × axis) or LG0002 (sum over outer × axis).
using System;

namespace Recreations.StridedWalk_ToBufferEnd;

public static class AxisSoftmax
{
    public static void SumToEndInDouble(double[] x, double[] y, int outer, int axis, int inner)
    {
        int total = outer * axis * inner;
        for (int o = 0; o < outer; o++)
        {
            for (int i = 0; i < inner; i++)
            {
                int first = o * axis * inner + i;
                double m = double.NegativeInfinity;
                for (int a = 0; a < axis; a++)
                    m = Math.Max(m, x[first + a * inner]);
                for (int a = 0; a < axis; a++)
                    y[first + a * inner] = Math.Exp(x[first + a * inner] - m);
                double s = 0.0;
                for (int p = i; p < total; p += inner)
                    s += y[p]; //~ LG0002
                for (int a = 0; a < axis; a++)
                    y[first + a * inner] /= s;
            }
        }
    }

    public static void WhileMaxToLength(float[] x, float[] y, int outer, int axis, int inner)
    {
        var maxAt = new float[inner];
        for (int i = 0; i < inner; i++)
        {
            float m = float.NegativeInfinity;
            int p = i;
            while (p < x.Length)
            {
                if (x[p] > m) //~ LG0001
                    m = x[p];
                p += inner;
            }

            maxAt[i] = m;
        }

        for (int o = 0; o < outer; o++)
        {
            for (int i = 0; i < inner; i++)
            {
                int first = o * axis * inner + i;
                float s = 0f;
                for (int a = 0; a < axis; a++)
                {
                    y[first + a * inner] = MathF.Exp(x[first + a * inner] - maxAt[i]);
                    s += y[first + a * inner];
                }

                for (int a = 0; a < axis; a++)
                    y[first + a * inner] /= s;
            }
        }
    }
}
