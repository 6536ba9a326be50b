// Source: ArraySegment-based batch softmax in C# (each row an ArraySegment over one shared exp buffer).
// Layout: flat float[rows, cols]; softmax per row.
// Bug (LG0002): the total runs from the start of the shared buffer to the end of the current row (every earlier row
// included), not over the row's segment.
using System;

namespace LayerGen.Recreations.HeldOut5.ArraySegmentPrefixTotalNs;

public static class ArraySegmentPrefixTotal
{
    public static void Softmax(float[] x, float[] buffer, int rows, int cols)
    {
        for (int r = 0; r < rows; r++)
        {
            var seg = new ArraySegment<float>(x, r * cols, cols);
            float m = float.MinValue;
            foreach (float v in seg) m = MathF.Max(m, v);
            for (int j = 0; j < seg.Count; j++)
            {
                buffer[seg.Offset + j] = MathF.Exp(seg[j] - m);
            }
            float total = 0f;
            for (int i = 0; i < seg.Offset + seg.Count; i++)
            {
                total += buffer[i]; //~ LG0002
            }
            for (int j = 0; j < seg.Count; j++)
            {
                buffer[seg.Offset + j] /= total;
            }
        }
    }
}
