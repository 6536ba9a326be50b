// Source: batch code in C# that hands rows around as ArraySegment<float> (older .NET Framework-era NN libraries,
// SharpLearning-style row views): softmax of each row segment into the matching output segment.
// Layout: row-major [rows, cols] float; ArraySegment per row for input and output; foreach max.
// Correct.
using System;

namespace LayerGen.HeldOut4.ArraySegmentBatchRows;

public static class SegmentSoftmax
{
    public static void Forward(float[] x, float[] y, int rows, int cols)
    {
        for (int r = 0; r < rows; r++)
        {
            var src = new ArraySegment<float>(x, r * cols, cols);
            var dst = new ArraySegment<float>(y, r * cols, cols);
            float max = float.NegativeInfinity;
            foreach (float v in src)
                max = MathF.Max(max, v);

            float sum = 0f;
            for (int c = 0; c < src.Count; c++)
            {
                dst[c] = MathF.Exp(src[c] - max);
                sum += dst[c];
            }

            for (int c = 0; c < dst.Count; c++)
                dst[c] /= sum;
        }
    }
}
