// Idiom: `ref double origin = ref MemoryMarshal.GetArrayDataReference(z)` with `Unsafe.Add(ref origin, c * batch + b)`
// reads, then the exps summed through a `MemoryMarshal.CreateSpan(ref origin, z.Length)` view of the whole buffer.
// Use: per-sample softmax over the classes. Layout: double[classes * batch], class-major (one column per sample).
// Bug (LG0002): the normaliser is one sum over the whole buffer (every sample), not over the sample's column.
// Our own code.
using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace HeldOut76.ReinterpretView_WholeViewSum;

public static class ColumnMajor
{
    public static void Softmax(double[] z, int classes, int batch)
    {
        ref double origin = ref MemoryMarshal.GetArrayDataReference(z);
        for (int b = 0; b < batch; b++)
        {
            double m = double.NegativeInfinity;
            for (int c = 0; c < classes; c++)
            {
                m = Math.Max(m, Unsafe.Add(ref origin, c * batch + b));
            }

            for (int c = 0; c < classes; c++)
            {
                ref double cell = ref Unsafe.Add(ref origin, c * batch + b);
                cell = Math.Exp(cell - m);
            }
        }

        Span<double> all = MemoryMarshal.CreateSpan(ref origin, z.Length);
        double total = 0.0;
        foreach (double e in all)
        {
            total += e; //~ LG0002
        }

        for (int i = 0; i < all.Length; i++)
        {
            all[i] /= total;
        }
    }
}
