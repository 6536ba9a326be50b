// Source: ONNX `Softmax(axis)` reference kernels in C# runtimes (flat [outer, axis, inner] walk with stride `inner`;
// e.g. Hailo/TensorShader-style channel softmax on non-last axes), re-created with reverse loops and `+= inner`.
// Layout: flat double[] [outer, axis, inner]; one softmax over `axis` per (o, i) fibre.
// Correct: the max, sum and division walk one fibre (start o * axis * inner + i, stride inner).
using System;

namespace HeldOut6.ReverseStrideAxisInner;

public static class AxisSoftmax
{
    public static void Forward(double[] x, double[] y, int outer, int axis, int inner)
    {
        for (int o = outer - 1; o >= 0; o--)
        {
            for (int i = inner - 1; i >= 0; i--)
            {
                int first = o * axis * inner + i;
                int last = first + (axis - 1) * inner;
                double m = double.NegativeInfinity;
                for (int idx = last; idx >= first; idx -= inner)
                {
                    if (x[idx] > m) m = x[idx];
                }

                double s = 0;
                for (int idx = first; idx <= last; idx += inner)
                {
                    y[idx] = Math.Exp(x[idx] - m);
                    s += y[idx];
                }

                for (int idx = first; idx <= last; idx += inner) y[idx] /= s;
            }
        }
    }
}
