// Idiom: Span<float> slicing `row = buf.Slice(r * n, n)` with a running total declared before the row loop.
// Use: pointer-network / copy attention over source tokens, one distribution per decoder step.
// Layout: flat row-major Span<float> [steps * sources], normalised in place.
// Label: LG0002 — `total` is declared above the row loop and never reset, so each row divides by all rows so far.
using System;

namespace LayerGen.Recreations.HeldOut27;

public static class SpanSliceCopyAttention
{
    /// <summary>In-place softmax of every decoder step's scores over the source tokens.</summary>
    public static void Normalise(Span<float> buf, int steps, int sources)
    {
        float total = 0f;
        for (int r = 0; r < steps; r++)
        {
            Span<float> row = buf.Slice(r * sources, sources);
            float max = float.NegativeInfinity;
            foreach (float v in row)
            {
                max = MathF.Max(max, v);
            }

            for (int j = 0; j < row.Length; j++)
            {
                row[j] = MathF.Exp(row[j] - max);
                total += row[j]; //~ LG0002
            }

            for (int j = 0; j < row.Length; j++)
            {
                row[j] /= total;
            }
        }
    }
}
