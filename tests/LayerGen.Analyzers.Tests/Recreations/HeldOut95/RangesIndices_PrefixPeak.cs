// Idiom: ranges and indices — a Range value per row, and the peak taken with x[..rowRange.End].Max().
// Use: batched scoring head over a flat float buffer.
// Layout: flat float[batch * classes], row-major.
// Bug (LG0001): x[..rowRange.End] is the prefix from the start of the buffer to the end of this row, so the peak spans
// this row and every earlier row.
// Our own code.
#nullable enable
using System;
using System.Linq;

namespace HeldOut95.RangesIndices_PrefixPeak;

public static class PrefixSoftmax
{
    public static float[] Forward(float[] x, int classes)
    {
        var y = new float[x.Length];
        int rows = x.Length / classes;
        for (int r = 0; r < rows; r++)
        {
            Range rowRange = (r * classes)..((r + 1) * classes);
            float peak = x[..rowRange.End].Max(); //~ LG0001
            var (offset, length) = rowRange.GetOffsetAndLength(x.Length);

            float total = 0f;
            for (int k = offset; k < offset + length; k++)
            {
                y[k] = MathF.Exp(x[k] - peak);
                total += y[k];
            }
            foreach (ref float p in y.AsSpan(rowRange))
                p /= total;
        }
        return y;
    }
}
