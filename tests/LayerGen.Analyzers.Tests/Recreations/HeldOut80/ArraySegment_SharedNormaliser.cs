// Idiom: a list of ArraySegment<float> rows walked with foreach; per-row peak with Aggregate(-inf, MathF.Max).
// Use: softmax of variable-position rows cut out of one receive buffer (rows handed in as segments).
// Layout: IReadOnlyList<ArraySegment<float>>, one segment per row; jagged float[][] out.
// Bug: LG0002 — the normaliser z is declared above the row loop and never reset, so row r is divided by the exps of rows 0..r.
// Our own code.
#nullable enable
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut80.ArraySegment_SharedNormaliser;

public static class SegmentRows
{
    public static float[][] Normalise(IReadOnlyList<ArraySegment<float>> rows)
    {
        var result = new float[rows.Count][];
        float z = 0f;
        int r = 0;
        foreach (ArraySegment<float> seg in rows)
        {
            float hi = seg.Aggregate(float.NegativeInfinity, MathF.Max);
            var e = new float[seg.Count];
            for (int j = 0; j < e.Length; j++)
            {
                e[j] = MathF.Exp(seg[j] - hi);
                z += e[j]; //~ LG0002
            }

            for (int j = 0; j < e.Length; j++)
            {
                e[j] /= z;
            }

            result[r++] = e;
        }

        return result;
    }
}
