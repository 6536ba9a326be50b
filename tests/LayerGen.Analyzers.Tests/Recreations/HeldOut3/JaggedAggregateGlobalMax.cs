// Re-creates: a LINQ batch softmax over jagged rows from C# course code: one max for the batch folded with
// Aggregate over the rows' maxima, then each row exponentiated and normalised by its own sum.
// Layout: float[][] (rows of logits); softmax axis = each inner array.
// Bug: LG0001 (max over all rows).
using System;
using System.Linq;

namespace LayerGen.Recreations.HeldOut3.JaggedAggregateGlobalMax;

public static class JaggedSoftmax
{
    public static float[][] Forward(float[][] rows)
    {
        float max = rows.Aggregate(float.MinValue, (m, row) => MathF.Max(m, row.Max())); //~ LG0001
        return rows
            .Select(row =>
            {
                float[] e = row.Select(v => MathF.Exp(v - max)).ToArray();
                float s = e.Sum();
                return e.Select(v => v / s).ToArray();
            })
            .ToArray();
    }
}
