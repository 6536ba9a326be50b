// Source: ONNX Softmax(axis) kernels in C# runtimes ([outer, axis, inner] view, Barracuda 0.7-era code): the max
// is precomputed per (outer, axis) position before the per-fibre normalisation.
// Layout: flat [outer, axis, inner]; peaks[o * axis + a] over the contiguous inner run; sums along axis.
// Bug: the max runs over the inner axis while the sum runs over the softmax axis (different axes).
using System;

namespace LayerGen.HeldOut4.StridedMaxOverInnerFibre;

public static class OnnxSoftmax
{
    public static void Forward(double[] x, double[] y, int outer, int axis, int inner)
    {
        var peaks = new double[outer * axis];
        for (int o = 0; o < outer; o++)
        {
            for (int a = 0; a < axis; a++)
            {
                int run = (o * axis + a) * inner;
                double m = double.NegativeInfinity;
                for (int i = 0; i < inner; i++)
                    m = Math.Max(m, x[run + i]); //~ LG0004
                peaks[o * axis + a] = m;
            }
        }

        for (int o = 0; o < outer; o++)
        {
            for (int i = 0; i < inner; i++)
            {
                double s = 0.0;
                for (int a = 0; a < axis; a++)
                {
                    int p = (o * axis + a) * inner + i;
                    y[p] = Math.Exp(x[p] - peaks[o * axis + a]);
                    s += y[p];
                }

                for (int a = 0; a < axis; a++)
                    y[(o * axis + a) * inner + i] /= s;
            }
        }
    }
}
