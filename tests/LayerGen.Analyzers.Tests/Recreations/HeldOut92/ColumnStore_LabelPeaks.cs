// Idiom: read-only column store keyed by label plus an ordered label list; each label column's peak taken with LINQ
// .Max(); rows assembled as float[] probability vectors.
// Use: converting a column-oriented prediction frame into row-major probability rows.
// Layout: IReadOnlyDictionary<string, float[]> label -> column over rows; output float[row][label].
// Bug (LG0004): the peak is taken per label column over all rows (batch axis) while the normaliser sums per row over
// the labels (class axis).
// Our own code.
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut92.ColumnStore_LabelPeaks;

public static class LabelPeaks
{
    public static float[][] ToRows(IReadOnlyDictionary<string, float[]> columns, IReadOnlyList<string> labels)
    {
        int n = columns[labels[0]].Length;
        var peakByLabel = new Dictionary<string, float>();
        foreach (string label in labels)
        {
            peakByLabel[label] = columns[label].Max(); //~ LG0004
        }

        var rows = new float[n][];
        for (int i = 0; i < n; i++)
        {
            var p = new float[labels.Count];
            float norm = 0f;
            for (int k = 0; k < labels.Count; k++)
            {
                p[k] = MathF.Exp(columns[labels[k]][i] - peakByLabel[labels[k]]);
                norm += p[k];
            }

            for (int k = 0; k < p.Length; k++)
            {
                p[k] /= norm;
            }

            rows[i] = p;
        }

        return rows;
    }
}
