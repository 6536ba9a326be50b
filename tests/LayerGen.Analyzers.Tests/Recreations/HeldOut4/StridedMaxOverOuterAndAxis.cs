// Source: ONNX Softmax(axis) in C# interpreters ([outer, axis, inner] view): the stabilising max is computed once per
// inner position, "since the outer loop only repeats the same layout".
// Layout: flat [outer, axis, inner]; innerMax[i] over every (o, a); sums per (o, i) fibre along axis.
// Bug: the max for inner position i spans all outer blocks, more than the one fibre being normalised.
using System;

namespace LayerGen.HeldOut4.StridedMaxOverOuterAndAxis;

public static class FibreSoftmax
{
    public static void Forward(float[] x, float[] y, int outer, int axis, int inner)
    {
        var innerMax = new float[inner];
        for (int i = 0; i < inner; i++)
        {
            float m = float.MinValue;
            for (int p = i; p < x.Length; p += inner)
                m = MathF.Max(m, x[p]); //~ LG0001
            innerMax[i] = m;
        }

        for (int o = 0; o < outer; o++)
        {
            for (int i = 0; i < inner; i++)
            {
                int first = o * axis * inner + i;
                float s = 0f;
                for (int a = 0; a < axis; a++)
                {
                    y[first + a * inner] = MathF.Exp(x[first + a * inner] - innerMax[i]);
                    s += y[first + a * inner];
                }

                for (int a = 0; a < axis; a++)
                    y[first + a * inner] /= s;
            }
        }
    }
}
