// Idiom: early returns (empty span, wrong shape) and an in-place Span<float> softmax.
// Use: in-place activation over a row-major span.
// Layout: Span<float>, row-major, `width` per row, overwritten in place.
// Bug (LG0002): rows are shifted by their own max, but the exps of the whole span are summed into one total that divides every row.
// Our own code.
using System;

namespace HeldOut90.EarlyReturn_SpanWholeTotal;

public static class InPlace
{
    public static void Softmax(Span<float> data, int width)
    {
        if (data.IsEmpty)
        {
            return;
        }

        if (width <= 0 || data.Length % width != 0)
        {
            throw new ArgumentException("width must divide the span length", nameof(width));
        }

        for (int start = 0; start < data.Length; start += width)
        {
            Span<float> row = data.Slice(start, width);
            float peak = row[0];
            for (int i = 1; i < row.Length; i++)
            {
                peak = MathF.Max(peak, row[i]);
            }

            for (int i = 0; i < row.Length; i++)
            {
                row[i] = MathF.Exp(row[i] - peak);
            }
        }

        float total = 0f;
        foreach (float e in data)
        {
            total += e; //~ LG0002
        }

        for (int i = 0; i < data.Length; i++)
        {
            data[i] /= total;
        }
    }
}
