// Re-creation (our own code) of the row-slicing softmax of FranckZibi/SharpNet (CpuTensorActivationFunctions,
// SoftmaxLastDimension over rows of a reshaped [-1, lastDim] tensor) with rows as ArraySegment<float> views.
// Layout: flat float[], rows as ArraySegment<float>(buffer, r * cols, cols). Correct.
using System;

namespace HeldOut.ArraySegmentRows;

public static class SegmentSoftmax
{
    public static void Forward(float[] buffer, int cols)
    {
        for (int r = 0; r < buffer.Length / cols; r++)
        {
            var row = new ArraySegment<float>(buffer, r * cols, cols);
            float max = float.NegativeInfinity;
            for (int j = 0; j < row.Count; j++)
            {
                max = MathF.Max(max, row[j]);
            }

            float sum = 0f;
            for (int j = 0; j < row.Count; j++)
            {
                row[j] = MathF.Exp(row[j] - max);
                sum += row[j];
            }

            for (int j = 0; j < row.Count; j++)
            {
                row[j] /= sum;
            }
        }
    }
}
