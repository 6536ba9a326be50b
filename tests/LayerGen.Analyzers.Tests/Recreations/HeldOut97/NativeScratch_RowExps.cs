// Idiom: NativeMemory.Alloc scratch buffer for the exponentials, freed in finally; spans in and out.
// Use: a native-backed inference runtime that avoids GC allocations per call.
// Layout: ReadOnlySpan<float> of batch * classes, row-major, offset o = r * classes; softmax over each row.
// Correct.
// Our own code.
#nullable enable
using System;
using System.Runtime.InteropServices;

namespace HeldOut97.NativeScratch_RowExps;

public static unsafe class NativeSoftmax
{
    public static void Forward(ReadOnlySpan<float> x, Span<float> y, int batch, int classes)
    {
        float* e = (float*)NativeMemory.Alloc((nuint)classes, (nuint)sizeof(float));
        try
        {
            for (int r = 0; r < batch; r++)
            {
                int o = r * classes;
                float max = float.NegativeInfinity;
                for (int j = 0; j < classes; j++)
                    max = MathF.Max(max, x[o + j]);

                float sum = 0f;
                for (int j = 0; j < classes; j++)
                {
                    e[j] = MathF.Exp(x[o + j] - max);
                    sum += e[j];
                }

                for (int j = 0; j < classes; j++)
                    y[o + j] = e[j] / sum;
            }
        }
        finally
        {
            NativeMemory.Free(e);
        }
    }
}
