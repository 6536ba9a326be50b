// Idiom: a row collection class implementing `IReadOnlyList<float[]>`, LINQ over it, per-row maxima stored in an array first (use: batch of logit rows from a model).
// Layout: `RowBatch : IReadOnlyList<float[]>`, each element one sample's class logits.
// Correct: `maxima[i]` is row i's own `Max()`; each row's sum and division use that row and its own maximum.
// Our own code.
#nullable enable
using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut70.RowCollection_ReadOnlyListRows;

public sealed class RowBatch : IReadOnlyList<float[]>
{
    private readonly List<float[]> _rows = new();

    public RowBatch(IEnumerable<float[]> rows) => _rows.AddRange(rows);

    public int Count => _rows.Count;

    public float[] this[int index] => _rows[index];

    public IEnumerator<float[]> GetEnumerator() => _rows.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

public static class BatchSoftmax
{
    public static List<float[]> Softmax(RowBatch batch)
    {
        float[] maxima = batch.Select(row => row.Max()).ToArray();
        var result = new List<float[]>(batch.Count);
        for (int i = 0; i < batch.Count; i++)
        {
            float[] row = batch[i];
            float sum = row.Sum(v => MathF.Exp(v - maxima[i]));
            var p = new float[row.Length];
            for (int c = 0; c < row.Length; c++)
            {
                p[c] = MathF.Exp(row[c] - maxima[i]) / sum;
            }

            result.Add(p);
        }

        return result;
    }
}
