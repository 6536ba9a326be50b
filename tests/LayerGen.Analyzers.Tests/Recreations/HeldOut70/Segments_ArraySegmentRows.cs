// Idiom: `ArraySegment<double>` rows over one flat array, LINQ `Max()` on a segment, writes through the output segment (use: per-sample probabilities).
// Layout: flat double[] row-major, `new ArraySegment<double>(data, r * n, n)` per row.
// Correct: `seg.Max()` is taken on one segment (not the backing array); the sum is accumulated per segment.
// Our own code.
#nullable enable
using System;
using System.Linq;

namespace HeldOut70.Segments_ArraySegmentRows;

public static class SegmentSoftmax
{
    public static double[] Softmax(double[] data, int n)
    {
        var result = new double[data.Length];
        for (int r = 0; r < data.Length / n; r++)
        {
            var seg = new ArraySegment<double>(data, r * n, n);
            var outSeg = new ArraySegment<double>(result, r * n, n);
            double max = seg.Max();
            double sum = 0.0;
            for (int i = 0; i < seg.Count; i++)
            {
                outSeg[i] = Math.Exp(seg[i] - max);
                sum += outSeg[i];
            }

            for (int i = 0; i < outSeg.Count; i++)
            {
                outSeg[i] /= sum;
            }
        }

        return result;
    }
}
