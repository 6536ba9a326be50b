// Idiom: softmax along one axis of an [outer, axis, inner] tensor — one thread per (outer, inner) pair, the thread id
// decomposed as o = id / inner, i = id % inner, walking the axis with stride `inner` (the ONNX Softmax(axis) kernel shape).
// Use: softmax over the class axis of activations whose batch may sit before or after it (NCHW-style channels).
// Layout: flat double[outer * axis * inner], strided: element (o, a, i) at (o * axis + a) * inner + i.
// Correct.
// Our own code.
#nullable enable
using System;
using System.Threading.Tasks;

namespace HeldOut96.StridedAxis_OuterInnerThreads;

public static class AxisSoftmax
{
    public static double[] Forward(double[] x, int outer, int axis, int inner)
    {
        var y = new double[x.Length];
        Parallel.For(0, outer * inner, id =>
        {
            int o = id / inner;
            int i = id % inner;
            int baseOffset = o * axis * inner + i;

            double m = double.NegativeInfinity;
            for (int a = 0; a < axis; a++)
            {
                m = Math.Max(m, x[baseOffset + a * inner]);
            }

            double s = 0.0;
            for (int a = 0; a < axis; a++)
            {
                s += Math.Exp(x[baseOffset + a * inner] - m);
            }

            for (int a = 0; a < axis; a++)
            {
                int at = baseOffset + a * inner;
                y[at] = Math.Exp(x[at] - m) / s;
            }
        });
        return y;
    }
}
