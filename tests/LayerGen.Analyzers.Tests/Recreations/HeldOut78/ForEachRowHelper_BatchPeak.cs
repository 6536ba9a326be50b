// Idiom: a `ForEachRow(rows, (row, i) => ...)` visitor helper called twice: a first pass folds a captured `top`, the
// second pass normalises each row.
// Use: jagged batch of logits, one distribution per row.
// Layout: jagged float[batch][classes].
// Bug LG0001: the first pass folds `top` over every row of the batch; a row 1000 below the batch maximum gives 0/0.
// Our own code.
using System;

namespace HeldOut78.ForEachRowHelper_BatchPeak;

public static class JaggedBatch
{
    private static void ForEachRow(float[][] rows, Action<float[], int> visit)
    {
        for (int i = 0; i < rows.Length; i++) visit(rows[i], i);
    }

    public static float[][] Softmax(float[][] logits)
    {
        float top = float.NegativeInfinity;
        ForEachRow(logits, (row, _) =>
        {
            foreach (float v in row) top = MathF.Max(top, v); //~ LG0001
        });
        var probs = new float[logits.Length][];
        ForEachRow(logits, (row, i) =>
        {
            var p = new float[row.Length];
            float z = 0f;
            for (int j = 0; j < row.Length; j++)
            {
                p[j] = MathF.Exp(row[j] - top);
                z += p[j];
            }
            for (int j = 0; j < row.Length; j++) p[j] /= z;
            probs[i] = p;
        });
        return probs;
    }
}
