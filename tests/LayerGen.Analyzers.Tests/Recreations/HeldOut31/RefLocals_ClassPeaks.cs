// Idiom: in-place softmax (output written over the input) with ref locals, whose first pass sweeps the whole buffer
// linearly (Unsafe.Add(ref head, i)) and keeps a max per class i % n, "as in feature normalisation"
// (allocation-free attention-score kernel).
// Layout: Span<float> scores [rows * n], row-major; ref float row = ref Unsafe.Add(ref head, r * n).
// Bug LG0004: the max runs over the rows of each class column, the sum along each row.
using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace HeldOut31.RefLocals;

/// <summary>In-place batched softmax with per-class peaks.</summary>
public static class ClassPeakRefSoftmax
{
    /// <summary>Replaces each n-wide row of <paramref name="scores"/> by its softmax.</summary>
    public static void Forward(Span<float> scores, int rows, int n)
    {
        ref float head = ref MemoryMarshal.GetReference(scores);
        Span<float> classMax = n <= 256 ? stackalloc float[n] : new float[n];
        classMax.Fill(float.NegativeInfinity);
        for (int i = 0; i < rows * n; i++)
        {
            classMax[i % n] = MathF.Max(classMax[i % n], Unsafe.Add(ref head, i)); //~ LG0004
        }

        for (int r = 0; r < rows; r++)
        {
            ref float row = ref Unsafe.Add(ref head, r * n);
            float sum = 0f;
            for (int j = 0; j < n; j++)
            {
                ref float cell = ref Unsafe.Add(ref row, j);
                cell = MathF.Exp(cell - classMax[j]);
                sum += cell;
            }

            for (int j = 0; j < n; j++)
            {
                Unsafe.Add(ref row, j) /= sum;
            }
        }
    }
}
