// Idiom: a `delegate*<float, float, float>` combiner taken from `&MathF.Max`, folded through the pointer.
// Use: normalising a span of scores, `width` classes per row.
// Layout: ReadOnlySpan<float> of batch * width, row-major, rows addressed by `start = r * width`.
// Bug (LG0001): `peak` is declared above the row loop and never reset, so row r is shifted by the max of rows 0..r;
// a row far below an earlier one underflows to 0/0 = NaN.
// Our own code.
using System;

#nullable enable

namespace HeldOut82.PointerCombiner_MaxNeverReset;

public static class Scores
{
    public static unsafe float[] Normalise(ReadOnlySpan<float> scores, int width)
    {
        delegate*<float, float, float> pick = &MathF.Max;
        var output = new float[scores.Length];
        int rows = scores.Length / width;
        float peak = float.NegativeInfinity;
        for (int r = 0; r < rows; r++)
        {
            int start = r * width;
            for (int k = start; k < start + width; k++) peak = pick(peak, scores[k]); //~ LG0001
            float total = 0f;
            for (int k = start; k < start + width; k++)
            {
                output[k] = MathF.Exp(scores[k] - peak);
                total += output[k];
            }

            for (int k = start; k < start + width; k++) output[k] /= total;
        }

        return output;
    }
}
