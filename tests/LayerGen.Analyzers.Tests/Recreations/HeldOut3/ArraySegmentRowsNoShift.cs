// Re-creates: a batch softmax over ArraySegment<float> rows of one pooled buffer (ArrayPool-based inference code):
// exp of each element of the segment, summed and divided per segment.
// Layout: flat [rows, cols] as ArraySegment<float> per row; softmax axis = cols. float.
// Bug: LG0003 (exp of the raw logit).
using System;

namespace LayerGen.Recreations.HeldOut3.ArraySegmentRowsNoShift;

public static class SegmentSoftmax
{
    public static void Forward(float[] buffer, int rows, int cols)
    {
        for (int r = 0; r < rows; r++)
        {
            var row = new ArraySegment<float>(buffer, r * cols, cols);
            float sum = 0f;
            for (int i = 0; i < row.Count; i++)
            {
                row[i] = MathF.Exp(row[i]); //~ LG0003
                sum += row[i];
            }

            for (int i = 0; i < row.Count; i++)
            {
                row[i] /= sum;
            }
        }
    }
}
