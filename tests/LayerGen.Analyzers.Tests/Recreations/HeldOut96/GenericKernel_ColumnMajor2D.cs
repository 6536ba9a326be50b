// Idiom: a generic-math kernel (where T : IFloatingPointIeee754<T>) with one thread per sample, launched with
// Parallel.For; reductions with T.Max and T.Exp as an ILGPU-style kernel would write them for float or double.
// Use: softmax of activations stored [classes, batch] (Z = W·X), each thread normalising one sample column.
// Layout: T[classes, batch] (2D array, column-major samples).
// Correct.
// Our own code.
#nullable enable
using System;
using System.Numerics;
using System.Threading.Tasks;

namespace HeldOut96.GenericKernel_ColumnMajor2D;

public static class GenericColumnKernel<T> where T : IFloatingPointIeee754<T>
{
    public static T[,] Launch(T[,] z)
    {
        int classes = z.GetLength(0);
        int batch = z.GetLength(1);
        var a = new T[classes, batch];
        Parallel.For(0, batch, sample => Kernel(sample, z, a, classes));
        return a;
    }

    private static void Kernel(int sample, T[,] z, T[,] a, int classes)
    {
        T top = T.NegativeInfinity;
        for (int k = 0; k < classes; k++)
        {
            top = T.Max(top, z[k, sample]);
        }

        T partition = T.Zero;
        for (int k = 0; k < classes; k++)
        {
            T e = T.Exp(z[k, sample] - top);
            a[k, sample] = e;
            partition += e;
        }

        for (int k = 0; k < classes; k++)
        {
            a[k, sample] /= partition;
        }
    }
}
