// Idiom: `yield return` generator of ArraySegment<float> rows over a flat buffer, consumed by foreach.
// Use: normalising a flat score buffer row by row through a private segment iterator.
// Layout: flat float[] row-major, `width` classes per row.
// Bug (LG0002): the normaliser `running` is declared above the foreach over the yielded segments and never reset,
// so row r is divided by the exp-sum of rows 0..r.
// Our own code.
using System;
using System.Collections.Generic;

namespace HeldOut71.YieldReturn_TotalAcrossYields;

public static class SegmentStream
{
    static IEnumerable<ArraySegment<float>> Rows(float[] flat, int width)
    {
        for (int start = 0; start + width <= flat.Length; start += width)
            yield return new ArraySegment<float>(flat, start, width);
    }

    public static float[] Normalise(float[] logits, int width)
    {
        var output = new float[logits.Length];
        float running = 0f;
        int offset = 0;
        foreach (ArraySegment<float> seg in Rows(logits, width))
        {
            float top = float.NegativeInfinity;
            for (int k = 0; k < seg.Count; k++) top = MathF.Max(top, seg[k]);
            for (int k = 0; k < seg.Count; k++)
            {
                float e = MathF.Exp(seg[k] - top);
                output[offset + k] = e;
                running += e; //~ LG0002
            }
            for (int k = 0; k < seg.Count; k++) output[offset + k] /= running;
            offset += width;
        }
        return output;
    }
}
