// Idiom: an array of `ReadOnlyMemory<double>` row slices cut from one backing array, outputs as `Memory<double>` slices (use: batched classifier output).
// Layout: `ReadOnlyMemory<double>[] rows`, one sample per memory slice; outputs likewise.
// Bug LG0001: the peak is folded over every row's span (the whole batch) before the per-row softmax.
// Our own code.
#nullable enable
using System;

namespace HeldOut70.MemoryRows_BatchPeak;

public static class MemorySoftmax
{
    public static ReadOnlyMemory<double>[] SliceRows(double[] backing, int width)
    {
        var rows = new ReadOnlyMemory<double>[backing.Length / width];
        for (int r = 0; r < rows.Length; r++)
        {
            rows[r] = new ReadOnlyMemory<double>(backing, r * width, width);
        }

        return rows;
    }

    public static void Softmax(ReadOnlyMemory<double>[] rows, Memory<double>[] outputs)
    {
        double peak = double.NegativeInfinity;
        foreach (ReadOnlyMemory<double> row in rows)
        {
            foreach (double v in row.Span)
            {
                peak = Math.Max(peak, v); //~ LG0001
            }
        }

        for (int r = 0; r < rows.Length; r++)
        {
            ReadOnlySpan<double> src = rows[r].Span;
            Span<double> dst = outputs[r].Span;
            double total = 0.0;
            for (int j = 0; j < src.Length; j++)
            {
                dst[j] = Math.Exp(src[j] - peak);
                total += dst[j];
            }

            for (int j = 0; j < src.Length; j++)
            {
                dst[j] /= total;
            }
        }
    }
}
