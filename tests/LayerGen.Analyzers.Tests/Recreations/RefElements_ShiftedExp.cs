// Correct twins (our own code) of RefElements_RawExp.cs and HeldOut3/MemoryMarshalRawExp.cs: the same managed
// references (MemoryMarshal.GetReference / GetArrayDataReference / CreateSpan, CollectionsMarshal.AsSpan,
// Unsafe.Add, a ref local per row), each subtracting the row's maximum, read through the same references.
// Layouts: ReadOnlySpan<float> / Span<float> / List<float> 1-D; flat float[] / double[rows * cols] row-major. Correct.
using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Recreations.RefElementsShiftedExp;

public static class RefSoftmax
{
    public static void SpanReferences(ReadOnlySpan<float> x, Span<float> y)
    {
        ref float src = ref MemoryMarshal.GetReference(x);
        ref float dst = ref MemoryMarshal.GetReference(y);
        float max = float.NegativeInfinity;
        for (int i = 0; i < x.Length; i++)
        {
            max = MathF.Max(max, Unsafe.Add(ref src, i));
        }

        float sum = 0f;
        for (int i = 0; i < x.Length; i++)
        {
            Unsafe.Add(ref dst, i) = MathF.Exp(Unsafe.Add(ref src, i) - max);
            sum += Unsafe.Add(ref dst, i);
        }

        for (int i = 0; i < x.Length; i++)
        {
            Unsafe.Add(ref dst, i) /= sum;
        }
    }

    public static void FlatRows(float[] x, float[] y, int rows, int cols)
    {
        ref float src = ref MemoryMarshal.GetArrayDataReference(x);
        ref float dst = ref MemoryMarshal.GetArrayDataReference(y);
        for (int r = 0; r < rows; r++)
        {
            float max = float.NegativeInfinity;
            for (int c = 0; c < cols; c++)
            {
                max = MathF.Max(max, Unsafe.Add(ref src, r * cols + c));
            }

            float sum = 0f;
            for (int c = 0; c < cols; c++)
            {
                float e = MathF.Exp(Unsafe.Add(ref src, r * cols + c) - max);
                Unsafe.Add(ref dst, r * cols + c) = e;
                sum += e;
            }

            float inv = 1f / sum;
            for (int c = 0; c < cols; c++)
            {
                Unsafe.Add(ref dst, r * cols + c) *= inv;
            }
        }
    }

    public static void RowReferences(double[] x, int rows, int cols)
    {
        ref double start = ref MemoryMarshal.GetArrayDataReference(x);
        for (int r = 0; r < rows; r++)
        {
            ref double row = ref Unsafe.Add(ref start, r * cols);
            double max = Unsafe.Add(ref row, 0);
            for (int c = 1; c < cols; c++)
            {
                if (Unsafe.Add(ref row, c) > max)
                {
                    max = Unsafe.Add(ref row, c);
                }
            }

            double sum = 0;
            for (int c = 0; c < cols; c++)
            {
                Unsafe.Add(ref row, c) = Math.Exp(Unsafe.Add(ref row, c) - max);
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
        float max = float.NegativeInfinity;
        foreach (float v in view)
        {
            max = MathF.Max(max, v);
        }

        float sum = 0f;
        for (int i = 0; i < view.Length; i++)
        {
            view[i] = MathF.Exp(view[i] - max);
            sum += view[i];
        }

        for (int i = 0; i < view.Length; i++)
        {
            view[i] /= sum;
        }
    }
}
