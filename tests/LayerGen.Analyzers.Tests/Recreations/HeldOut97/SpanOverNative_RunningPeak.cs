// Idiom: fixed on a 2D float array, a ReadOnlySpan<float> built from the pinned pointer, Slice per row, NativeMemory
// output buffer wrapped in a Span<float>.
// Use: batch inference glue that hands the probabilities to native code in a NativeMemory block (caller frees).
// Layout: float[batch, classes] (row-major 2D) in, native float* of batch * classes out; softmax over each row.
// Bug (LG0001): `peak` is declared once before the row loop and never reset, so row r is shifted by the maximum of rows
// 0..r; a row far below an earlier row underflows to 0/0.
// Our own code.
#nullable enable
using System;
using System.Runtime.InteropServices;

namespace HeldOut97.SpanOverNative_RunningPeak;

public static unsafe class InferenceGlue
{
    public static float* Softmax(float[,] x)
    {
        int batch = x.GetLength(0);
        int classes = x.GetLength(1);
        float* output = (float*)NativeMemory.Alloc((nuint)(batch * classes), sizeof(float));
        var y = new Span<float>(output, batch * classes);

        fixed (float* px = x)
        {
            var all = new ReadOnlySpan<float>(px, batch * classes);
            float peak = float.NegativeInfinity;
            for (int r = 0; r < batch; r++)
            {
                ReadOnlySpan<float> row = all.Slice(r * classes, classes);
                for (int j = 0; j < row.Length; j++)
                    peak = MathF.Max(peak, row[j]); //~ LG0001

                Span<float> dst = y.Slice(r * classes, classes);
                float sum = 0f;
                for (int j = 0; j < row.Length; j++)
                    sum += dst[j] = MathF.Exp(row[j] - peak);

                for (int j = 0; j < dst.Length; j++)
                    dst[j] /= sum;
            }
        }

        return output;
    }
}
