// Idiom: `continue` for padded (inactive) or empty rows; padded rows get an all-zero output and are never normalised.
// Use: sequence batch with padding rows, softmax over the vocabulary of the active rows only.
// Layout: List<float[]> rows plus bool[] active mask per row.
// Correct.
// Our own code.
using System;
using System.Collections.Generic;

namespace HeldOut90.MaskedRows_SkipEmpty;

public static class PaddedBatch
{
    public static List<float[]> Softmax(List<float[]> rows, bool[] active)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(active);
        var outputs = new List<float[]>(rows.Count);
        for (int r = 0; r < rows.Count; r++)
        {
            float[] row = rows[r];
            var p = new float[row.Length];
            outputs.Add(p);
            if (!active[r] || row.Length == 0)
            {
                continue;
            }

            float hi = row[0];
            foreach (float v in row)
            {
                hi = v > hi ? v : hi;
            }

            float acc = 0f;
            for (int k = 0; k < row.Length; k++)
            {
                p[k] = MathF.Exp(row[k] - hi);
                acc += p[k];
            }

            for (int k = 0; k < row.Length; k++)
            {
                p[k] /= acc;
            }
        }

        return outputs;
    }
}
