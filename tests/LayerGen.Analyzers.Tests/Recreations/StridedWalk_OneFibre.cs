// Variants (our own code) of HeldOut4/StridedMaxOverOuterAndAxis.cs, the correct twins of StridedWalk_ToBufferEnd.cs:
// the strided walk p = first, first + inner, … stops at the end of its own fibre (first + axis·inner), and a
// column-major [classes, batch] buffer walked by `i += batch` to the end is one column (no outer blocks).
// Layouts: flat float[] [outer, axis, inner], double[] column-major [classes, batch]. Correct.
using System;

namespace Recreations.StridedWalk_OneFibre;

public static class AxisSoftmax
{
    public static void FibreBoundedWalk(float[] x, float[] y, int outer, int axis, int inner)
    {
        for (int o = 0; o < outer; o++)
        {
            for (int i = 0; i < inner; i++)
            {
                int first = o * axis * inner + i;
                int end = first + axis * inner;
                float m = float.NegativeInfinity;
                for (int p = first; p < end; p += inner)
                    m = MathF.Max(m, x[p]);
                float s = 0f;
                for (int p = first; p < end; p += inner)
                {
                    y[p] = MathF.Exp(x[p] - m);
                    s += y[p];
                }

                for (int p = first; p < end; p += inner)
                    y[p] /= s;
            }
        }
    }

    public static void ColumnMajorToEnd(double[] z, double[] a, int classes, int batch)
    {
        int n = classes * batch;
        for (int b = 0; b < batch; b++)
        {
            double m = double.NegativeInfinity;
            for (int k = b; k < n; k += batch)
                m = Math.Max(m, z[k]);
            double s = 0.0;
            for (int k = b; k < n; k += batch)
            {
                a[k] = Math.Exp(z[k] - m);
                s += a[k];
            }

            for (int k = b; k < z.Length; k += batch)
                a[k] /= s;
        }
    }
}
