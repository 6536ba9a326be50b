// Source: hand-optimised span maths in hobby NN libraries (NN01 MathEx `Softmax(this Span<float>, ...)` and
// `Max(this ReadOnlySpan<float>)` built on MemoryMarshal.GetReference), re-created on a batch with Unsafe.Add.
// Layout: flat float [rows, cols] span; row r starts at r * cols.
// Correct: the ref walks one row for its max, its exps and its scale.
using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace HeldOut6.SpanGetReferenceUnsafeAddRows;

public static class RefRowSoftmax
{
    public static void Forward(ReadOnlySpan<float> input, Span<float> output, int rows, int cols)
    {
        ref float src = ref MemoryMarshal.GetReference(input);
        ref float dst = ref MemoryMarshal.GetReference(output);
        for (int r = 0; r < rows; r++)
        {
            ref float rowIn = ref Unsafe.Add(ref src, r * cols);
            ref float rowOut = ref Unsafe.Add(ref dst, r * cols);
            float max = rowIn;
            for (int j = 1; j < cols; j++)
            {
                max = MathF.Max(max, Unsafe.Add(ref rowIn, j));
            }

            float sum = 0f;
            for (int j = 0; j < cols; j++)
            {
                float e = MathF.Exp(Unsafe.Add(ref rowIn, j) - max);
                Unsafe.Add(ref rowOut, j) = e;
                sum += e;
            }

            float scale = 1f / sum;
            for (int j = 0; j < cols; j++)
            {
                Unsafe.Add(ref rowOut, j) *= scale;
            }
        }
    }
}
