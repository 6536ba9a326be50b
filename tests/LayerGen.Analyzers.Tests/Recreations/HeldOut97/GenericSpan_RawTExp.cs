// Idiom: a generic-math kernel over Span<T> with MemoryMarshal.GetReference and Unsafe.Add (bounds-check-free), T.Exp.
// Use: generic probability head of a hobby inference engine (float and double models).
// Layout: Span<T> of classes * batch, column-major: sample b's class c at c * batch + b; softmax over each column.
// Bug (LG0003): T.Exp is applied to the raw logit, no maximum subtracted, before dividing by the column's sum.
// Our own code.
#nullable enable
using System;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace HeldOut97.GenericSpan_RawTExp;

public static class ProbabilityHead
{
    public static void Softmax<T>(ReadOnlySpan<T> z, Span<T> p, int classes, int batch)
        where T : IExponentialFunctions<T>
    {
        ref T z0 = ref MemoryMarshal.GetReference(z);
        ref T p0 = ref MemoryMarshal.GetReference(p);
        for (int b = 0; b < batch; b++)
        {
            T denom = T.Zero;
            for (int c = 0; c < classes; c++)
            {
                T e = T.Exp(Unsafe.Add(ref z0, c * batch + b)); //~ LG0003
                Unsafe.Add(ref p0, c * batch + b) = e;
                denom += e;
            }

            for (int c = 0; c < classes; c++)
                Unsafe.Add(ref p0, c * batch + b) /= denom;
        }
    }
}
