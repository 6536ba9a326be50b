// Idiom: a generic-math kernel over unmanaged T* pointers (T : unmanaged, IFloatingPointIeee754<T>), T.Exp, T.Zero.
// Use: one softmax kernel shared by the float and double builds of a native-interop tensor library.
// Layout: T* of batch * classes, row-major, row offset o = r * classes; softmax over each row.
// Correct.
// Our own code.
#nullable enable
using System;
using System.Numerics;

namespace HeldOut97.GenericPointer_TExp;

public static unsafe class GenericKernels
{
    public static void Softmax<T>(T* x, T* y, int batch, int classes)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        for (int r = 0; r < batch; r++)
        {
            int o = r * classes;
            T max = T.NegativeInfinity;
            for (int j = 0; j < classes; j++)
            {
                if (x[o + j] > max) max = x[o + j];
            }

            T sum = T.Zero;
            for (int j = 0; j < classes; j++)
            {
                y[o + j] = T.Exp(x[o + j] - max);
                sum += y[o + j];
            }

            for (int j = 0; j < classes; j++)
                y[o + j] /= sum;
        }
    }
}
