// Idiom: a `yield return` iterator that streams scored order rows out of a data pipeline and normalises each row's
// fraud-class logits as it goes (no materialisation of the batch).
// Layout: `IEnumerable<ScoredOrder>` records with a `double[] Logits` member; one softmax per row; `Math.Max` fold.
// Own code (iterator style after common ETL `IEnumerable` transforms).
// Correct: max, sum and division per row.
using System;
using System.Collections.Generic;

namespace HeldOut66.RowStream_YieldPerRow;

public sealed record ScoredOrder(string OrderId, double[] Logits);

public sealed record OrderRisk(string OrderId, double[] Probabilities);

public static class OrderRiskStream
{
    public static IEnumerable<OrderRisk> Normalise(IEnumerable<ScoredOrder> rows)
    {
        foreach (var row in rows)
        {
            double[] logits = row.Logits;
            double max = logits[0];
            for (int j = 1; j < logits.Length; j++)
            {
                max = Math.Max(max, logits[j]);
            }

            var probabilities = new double[logits.Length];
            double sum = 0;
            for (int j = 0; j < logits.Length; j++)
            {
                probabilities[j] = Math.Exp(logits[j] - max);
                sum += probabilities[j];
            }

            for (int j = 0; j < probabilities.Length; j++)
            {
                probabilities[j] /= sum;
            }

            yield return new OrderRisk(row.OrderId, probabilities);
        }
    }
}
