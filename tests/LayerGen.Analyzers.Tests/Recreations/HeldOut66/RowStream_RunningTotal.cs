// Idiom: a streaming iterator over (orderId, float[] logits) tuples written with an explicit enumerator and `while
// (cursor.MoveNext())`, `yield return` per row; the "running total" is declared once above the stream loop.
// Layout: `IEnumerable<(string OrderId, float[] Logits)>`, float, `MathF.Max` fold in `foreach`; one softmax per row.
// Twin of RowStream_YieldPerRow; own code.
// Bug LG0002: `sum` is never reset per row, so every row after the first is divided by the total of all rows so far.
using System;
using System.Collections.Generic;

namespace HeldOut66.RowStream_RunningTotal;

public static class OrderRiskStream
{
    public static IEnumerable<(string OrderId, float[] Probabilities)> Normalise(IEnumerable<(string OrderId, float[] Logits)> rows)
    {
        float sum = 0f;
        using var cursor = rows.GetEnumerator();
        while (cursor.MoveNext())
        {
            var (orderId, logits) = cursor.Current;
            float max = float.NegativeInfinity;
            foreach (float z in logits)
            {
                max = MathF.Max(max, z);
            }

            var probabilities = new float[logits.Length];
            for (int j = 0; j < logits.Length; j++)
            {
                probabilities[j] = MathF.Exp(logits[j] - max);
                sum += probabilities[j]; //~ LG0002
            }

            for (int j = 0; j < probabilities.Length; j++)
            {
                probabilities[j] /= sum;
            }

            yield return (orderId, probabilities);
        }
    }
}
