// Idiom: MemoryMarshal.Cast<byte, double> over a received frame, range slices of the cast span, foreach folds.
// Use: decoding a batch of class scores streamed from a native service as little-endian doubles.
// Layout: Span<byte> holding double[batch * classes], row-major; softmax over each row.
// Bug (LG0001): the peak is folded over the prefix all[..((r + 1) * classes)] (this row and every earlier row), not over
// the row alone; a row far below an earlier one underflows to 0/0.
// Our own code.
#nullable enable
using System;
using System.Runtime.InteropServices;

namespace HeldOut97.CastBytes_PrefixPeak;

public static class FrameDecoder
{
    public static void Softmax(Span<byte> frame, double[] output, int batch, int classes)
    {
        ReadOnlySpan<double> all = MemoryMarshal.Cast<byte, double>(frame);
        for (int r = 0; r < batch; r++)
        {
            ReadOnlySpan<double> seen = all[..((r + 1) * classes)];
            ReadOnlySpan<double> row = all.Slice(r * classes, classes);

            double peak = double.NegativeInfinity;
            foreach (double v in seen)
                peak = Math.Max(peak, v); //~ LG0001

            double norm = 0;
            foreach (double v in row)
                norm += Math.Exp(v - peak);

            for (int c = 0; c < classes; c++)
                output[r * classes + c] = Math.Exp(row[c] - peak) / norm;
        }
    }
}
