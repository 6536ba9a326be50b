// Variants (our own code) of HeldOut3/MemoryMarshalRawExp.cs, in the style of hand-tuned "no bounds checks" C#
// inference kernels: elements reached through managed references (MemoryMarshal.GetReference of a span,
// GetArrayDataReference of an array, a ref local per row set with Unsafe.Add, an in-place exp through Unsafe.Add,
// CollectionsMarshal.AsSpan of a List and MemoryMarshal.CreateSpan over a reference).
// Layouts: ReadOnlySpan<float> / Span<float> / List<float> 1-D; flat double[rows * cols] row-major. Bug in every method: LG0003.
using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Recreations.RefElementsRawExp;

public static class RefSoftmax
{
    public static void SpanReferences(ReadOnlySpan<float> x, Span<float> y)
    {
        ref float src = ref MemoryMarshal.GetReference(x);
        ref float dst = ref MemoryMarshal.GetReference(y);
        float sum = 0f;
        for (int i = 0; i < x.Length; i++)
        {
            Unsafe.Add(ref dst, i) = MathF.Exp(Unsafe.Add(ref src, i)); //~ LG0003
            sum += Unsafe.Add(ref dst, i);
        }

        for (int i = 0; i < x.Length; i++)
        {
            Unsafe.Add(ref dst, i) /= sum;
        }
    }

    public static void RowReferences(double[] x, int rows, int cols)
    {
        ref double start = ref MemoryMarshal.GetArrayDataReference(x);
        for (int r = 0; r < rows; r++)
        {
            ref double row = ref Unsafe.Add(ref start, r * cols);
            double sum = 0;
            for (int c = 0; c < cols; c++)
            {
                Unsafe.Add(ref row, c) = Math.Exp(Unsafe.Add(ref row, c)); //~ LG0003
                sum += Unsafe.Add(ref row, c);
            }

            for (int c = 0; c < cols; c++)
            {
                Unsafe.Add(ref row, c) /= sum;
            }
        }
    }

    public static void ListSpan(List<float> scores)
    {
        Span<float> s = CollectionsMarshal.AsSpan(scores);
        ref float first = ref MemoryMarshal.GetReference(s);
        Span<float> view = MemoryMarshal.CreateSpan(ref first, s.Length);
        float sum = 0f;
        for (int i = 0; i < view.Length; i++)
        {
            view[i] = MathF.Exp(view[i]); //~ LG0003
            sum += view[i];
        }

        for (int i = 0; i < view.Length; i++)
        {
            view[i] /= sum;
        }
    }
}
