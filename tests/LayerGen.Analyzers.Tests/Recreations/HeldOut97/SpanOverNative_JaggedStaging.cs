// Idiom: jagged rows staged into one NativeMemory.AlignedAlloc block (as for a native call), a Span<double> over the
// block, Slice per row, double.Exp, AlignedFree in finally.
// Use: a managed wrapper that prepares contiguous buffers for a native library and normalises its scores on the way back.
// Layout: jagged double[batch][classes] in, contiguous native double[batch * classes] row-major, jagged out; softmax per row.
// Correct.
// Our own code.
#nullable enable
using System;
using System.Runtime.InteropServices;

namespace HeldOut97.SpanOverNative_JaggedStaging;

public static unsafe class StagedSoftmax
{
    public static double[][] Run(double[][] rows, int classes)
    {
        int batch = rows.Length;
        void* block = NativeMemory.AlignedAlloc((nuint)(batch * classes * sizeof(double)), 64);
        try
        {
            var buffer = new Span<double>(block, batch * classes);
            for (int r = 0; r < batch; r++)
                rows[r].AsSpan(0, classes).CopyTo(buffer.Slice(r * classes, classes));

            var result = new double[batch][];
            for (int r = 0; r < batch; r++)
            {
                Span<double> row = buffer.Slice(r * classes, classes);
                double max = double.NegativeInfinity;
                foreach (double v in row)
                    max = Math.Max(max, v);

                double sum = 0;
                for (int j = 0; j < row.Length; j++)
                {
                    row[j] = double.Exp(row[j] - max);
                    sum += row[j];
                }

                var p = new double[classes];
                for (int j = 0; j < classes; j++)
                    p[j] = row[j] / sum;
                result[r] = p;
            }

            return result;
        }
        finally
        {
            NativeMemory.AlignedFree(block);
        }
    }
}
