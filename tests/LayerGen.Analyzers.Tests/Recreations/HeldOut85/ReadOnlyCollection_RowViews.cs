// Idiom: ReadOnlyCollection<T> rows (IList wrappers from Array.AsReadOnly) exposed by an API that must not leak arrays.
// Use: per-row softmax over read-only rows handed out by a model wrapper.
// Layout: ReadOnlyCollection<ReadOnlyCollection<float>>, one inner collection per sample.
// Correct: the peak is seeded with row[0] and folded over that row; the sum is per row.
// Our own code.
#nullable enable
using System;
using System.Collections.ObjectModel;

namespace HeldOut85.ReadOnlyCollection_RowViews;

public static class ReadOnlyRows
{
    public static ReadOnlyCollection<ReadOnlyCollection<float>> Softmax(ReadOnlyCollection<ReadOnlyCollection<float>> rows)
    {
        var output = new ReadOnlyCollection<float>[rows.Count];
        for (int r = 0; r < rows.Count; r++)
        {
            ReadOnlyCollection<float> row = rows[r];
            float best = row[0];
            for (int i = 1; i < row.Count; i++)
            {
                if (row[i] > best)
                    best = row[i];
            }

            var p = new float[row.Count];
            float sum = 0f;
            for (int i = 0; i < p.Length; i++)
            {
                p[i] = MathF.Exp(row[i] - best);
                sum += p[i];
            }

            for (int i = 0; i < p.Length; i++)
                p[i] /= sum;
            output[r] = Array.AsReadOnly(p);
        }

        return Array.AsReadOnly(output);
    }
}
