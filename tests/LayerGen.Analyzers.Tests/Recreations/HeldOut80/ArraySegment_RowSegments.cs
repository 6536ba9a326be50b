// Idiom: ArraySegment<double> row views over a flat array (new ArraySegment<double>(data, offset, count)), LINQ Max per segment.
// Use: class probabilities of a mini-batch returned by a hand-written dense layer.
// Layout: flat row-major double[batch * classes]; a fresh output array of the same shape.
// Label: Correct.
// Our own code.
#nullable enable
using System;
using System.Linq;

namespace HeldOut80.ArraySegment_RowSegments;

public static class SegmentSoftmax
{
    public static double[] Softmax(double[] data, int classes)
    {
        var output = new double[data.Length];
        for (int offset = 0; offset < data.Length; offset += classes)
        {
            var seg = new ArraySegment<double>(data, offset, classes);
            var dst = new ArraySegment<double>(output, offset, classes);
            double max = seg.Max();
            double sum = 0;
            for (int j = 0; j < seg.Count; j++)
            {
                dst[j] = Math.Exp(seg[j] - max);
                sum += dst[j];
            }

            for (int j = 0; j < dst.Count; j++)
            {
                dst[j] /= sum;
            }
        }

        return output;
    }
}
