// Correct twins (our own code) of SegmentRows_RawExp.cs and HeldOut3/ArraySegmentRowsNoShift.cs: the same
// ArraySegment / Memory rows of one pooled buffer, each subtracting its row's maximum (a loop over the segment, a
// foreach with Math.Max, LINQ Max over the segment).
// Layouts: flat float[] / double[rows * cols] row-major as ArraySegment / Memory rows. Correct.
using System;
using System.Linq;

namespace Recreations.SegmentRowsShiftedExp;

public static class SegmentSoftmax
{
    public static void InPlaceSegments(float[] buffer, int rows, int cols)
    {
        for (int r = 0; r < rows; r++)
        {
            var row = new ArraySegment<float>(buffer, r * cols, cols);
            float max = float.NegativeInfinity;
            for (int i = 0; i < row.Count; i++)
            {
                max = MathF.Max(max, row[i]);
            }

            float sum = 0f;
            for (int i = 0; i < row.Count; i++)
            {
                row[i] = MathF.Exp(row[i] - max);
                sum += row[i];
            }

            for (int i = 0; i < row.Count; i++)
            {
                row[i] /= sum;
            }
        }
    }

    public static void ForeachSegment(double[] logits, double[] probs, int rows, int cols)
    {
        for (int r = 0; r < rows; r++)
        {
            var row = new ArraySegment<double>(logits, r * cols, cols);
            double max = double.NegativeInfinity;
            foreach (double v in row)
            {
                max = Math.Max(max, v);
            }

            double sum = 0;
            foreach (double v in row)
            {
                sum += Math.Exp(v - max);
            }

            for (int c = 0; c < cols; c++)
            {
                probs[r * cols + c] = Math.Exp(row[c] - max) / sum;
            }
        }
    }

    public static void LinqMaxSegment(double[] buffer, int rows, int cols)
    {
        for (int r = 0; r < rows; r++)
        {
            var row = new ArraySegment<double>(buffer, r * cols, cols);
            double max = row.Max();
            double sum = 0;
            for (int c = 0; c < row.Count; c++)
            {
                row[c] = Math.Exp(row[c] - max);
                sum += row[c];
            }

            for (int c = 0; c < row.Count; c++)
            {
                row[c] /= sum;
            }
        }
    }

    public static void MemoryRows(double[] buffer, int rows, int cols)
    {
        for (int r = 0; r < rows; r++)
        {
            Span<double> row = new Memory<double>(buffer, r * cols, cols).Span;
            double max = double.NegativeInfinity;
            for (int c = 0; c < row.Length; c++)
            {
                max = Math.Max(max, row[c]);
            }

            double sum = 0;
            for (int c = 0; c < row.Length; c++)
            {
                row[c] = Math.Exp(row[c] - max);
                sum += row[c];
            }

            for (int c = 0; c < row.Length; c++)
            {
                row[c] /= sum;
            }
        }
    }
}
