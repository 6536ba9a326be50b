// Idiom: `Unsafe.Add(ref origin, offset)` walks over a flat buffer from `MemoryMarshal.GetArrayDataReference`.
// Use: softmax per sample of class-major activations (`Z = W·X`, [classes, batch]) without bounds checks.
// Layout: flat double[classes * batch], column-major: class c of sample b at c * batch + b.
// Correct: for each sample b the walk steps by `batch` through that sample's classes only, for the max and the sum.
// Our own code.
using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace HeldOut89.UnsafeAdd_ColumnMajorWalk;

public static class ClassMajorSoftmax
{
    public static double[] Softmax(double[] z, int classes, int batch)
    {
        var p = new double[z.Length];
        ref double zin = ref MemoryMarshal.GetArrayDataReference(z);
        ref double pout = ref MemoryMarshal.GetArrayDataReference(p);
        for (int b = 0; b < batch; b++)
        {
            ref double head = ref Unsafe.Add(ref zin, b);
            double peak = head;
            for (int c = 1; c < classes; c++)
            {
                double v = Unsafe.Add(ref head, c * batch);
                if (v > peak) peak = v;
            }

            double sum = 0.0;
            for (int c = 0; c < classes; c++)
            {
                double e = Math.Exp(Unsafe.Add(ref head, c * batch) - peak);
                Unsafe.Add(ref pout, c * batch + b) = e;
                sum += e;
            }

            double scale = 1.0 / sum;
            for (int c = 0; c < classes; c++)
            {
                Unsafe.Add(ref pout, c * batch + b) *= scale;
            }
        }

        return p;
    }
}
