// Variants (our own code) of HeldOut3/ArraySegmentRowsNoShift.cs, in the shape of ArrayPool-based C# inference code
// that hands out rows of one pooled buffer: ArraySegment rows walked with foreach, a whole-array ArraySegment, a
// Memory<double> row read through .Span, and an ArraySegment row written out of place.
// Layouts: flat float[] / double[rows * cols] row-major as ArraySegment / Memory rows. Bug in every method: LG0003.
using System;

namespace Recreations.SegmentRowsRawExp;

public static class SegmentSoftmax
{
    public static void ForeachSegment(double[] logits, double[] probs, int rows, int cols)
    {
        for (int r = 0; r < rows; r++)
        {
            var row = new ArraySegment<double>(logits, r * cols, cols);
            double sum = 0;
            foreach (double v in row)
            {
                sum += Math.Exp(v); //~ LG0003
            }

            for (int c = 0; c < cols; c++)
            {
                probs[r * cols + c] = Math.Exp(row[c]) / sum; //~ LG0003
            }
        }
    }

    public static void WholeSegment(float[] buffer)
    {
        var all = new ArraySegment<float>(buffer);
        float sum = 0f;
        for (int i = 0; i < all.Count; i++)
        {
            all[i] = MathF.Exp(all[i]); //~ LG0003
            sum += all[i];
        }

        for (int i = 0; i < all.Count; i++)
        {
            all[i] /= sum;
        }
    }

    public static void MemoryRows(double[] buffer, int rows, int cols)
    {
        for (int r = 0; r < rows; r++)
        {
            Span<double> row = new Memory<double>(buffer, r * cols, cols).Span;
            double sum = 0;
            for (int c = 0; c < row.Length; c++)
            {
                row[c] = Math.Exp(row[c]); //~ LG0003
                sum += row[c];
            }

            for (int c = 0; c < row.Length; c++)
            {
                row[c] /= sum;
            }
        }
    }
}
