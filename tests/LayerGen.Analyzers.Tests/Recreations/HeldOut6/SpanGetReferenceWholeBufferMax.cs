// Source: span softmax kernels with MemoryMarshal.GetReference (NN01 MathEx; Genix.Core `Maximum` softmax helpers),
// re-created as a batched version whose max helper is handed the whole buffer.
// Layout: flat double [rows, cols] span; row r at r * cols.
// Bug LG0001: MaxOf walks the whole batch span, so every row subtracts the batch maximum.
using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace HeldOut6.SpanGetReferenceWholeBufferMax;

public static class RefBatchSoftmax
{
    private static double MaxOf(ReadOnlySpan<double> values)
    {
        ref double p = ref MemoryMarshal.GetReference(values);
        double m = double.NegativeInfinity;
        for (int i = 0; i < values.Length; i++)
        {
            m = Math.Max(m, Unsafe.Add(ref p, i));
        }

        return m;
    }

    public static void Forward(ReadOnlySpan<double> input, Span<double> output, int cols)
    {
        double shift = MaxOf(input); //~ LG0001
        for (int start = 0; start < input.Length; start += cols)
        {
            double sum = 0;
            for (int j = start; j < start + cols; j++)
            {
                output[j] = Math.Exp(input[j] - shift);
                sum += output[j];
            }

            for (int j = start; j < start + cols; j++)
            {
                output[j] /= sum;
            }
        }
    }
}
