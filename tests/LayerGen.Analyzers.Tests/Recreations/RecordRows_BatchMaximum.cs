// Variants (our own code) of HeldOut8/MlNetCustomMapping_BatchMax.cs: ML.NET-style post-processing over materialised
// rows whose score column is an array (or list) member of each row object. One maximum folds the scores of every
// row (a fold of per-row folds: Aggregate, Max of Max, a foreach of Max) and is subtracted in each row's softmax, so
// a row far below the batch's best score underflows to 0/0.
// Layouts: List<ScoreRow> (class, float[] property), ScorePair[] (struct, double[] field), IReadOnlyList<ScoreRow>
// (List<float> member). Bug in every method: LG0001.
using System;
using System.Collections.Generic;
using System.Linq;

namespace Recreations.RecordRowsBatchMaximum;

public sealed class ScoreRow
{
    public float[] Score { get; set; } = Array.Empty<float>();
}

public struct ScorePair
{
    public double[] Logits;
    public int Label;
}

public sealed class ListRow
{
    public List<float> Values { get; } = new();
}

public static class RecordRowsBatchMaximum
{
    public static float[][] MaxOfRowMaxima(List<ScoreRow> rows)
    {
        float max = rows.Max(r => r.Score.Max()); //~ LG0001
        var result = new float[rows.Count][];
        for (int k = 0; k < rows.Count; k++)
        {
            float[] s = rows[k].Score;
            var p = new float[s.Length];
            float sum = 0f;
            for (int i = 0; i < s.Length; i++)
            {
                p[i] = MathF.Exp(s[i] - max);
                sum += p[i];
            }

            for (int i = 0; i < p.Length; i++) p[i] /= sum;
            result[k] = p;
        }

        return result;
    }

    public static double[][] ForEachOfStructRows(ScorePair[] batch)
    {
        double max = double.NegativeInfinity;
        foreach (ScorePair pair in batch) max = Math.Max(max, pair.Logits.Max()); //~ LG0001

        var result = new double[batch.Length][];
        for (int k = 0; k < batch.Length; k++)
        {
            double[] z = batch[k].Logits;
            var p = new double[z.Length];
            double sum = 0;
            for (int i = 0; i < z.Length; i++)
            {
                p[i] = Math.Exp(z[i] - max);
                sum += p[i];
            }

            for (int i = 0; i < p.Length; i++) p[i] /= sum;
            result[k] = p;
        }

        return result;
    }

    public static List<float[]> AggregateOverListMembers(IReadOnlyList<ListRow> rows)
    {
        float max = rows.Aggregate(float.NegativeInfinity, (m, r) => r.Values.Max() > m ? r.Values.Max() : m); //~ LG0001
        var result = new List<float[]>();
        foreach (ListRow row in rows)
        {
            var p = new float[row.Values.Count];
            float sum = 0f;
            for (int i = 0; i < p.Length; i++)
            {
                p[i] = MathF.Exp(row.Values[i] - max);
                sum += p[i];
            }

            for (int i = 0; i < p.Length; i++) p[i] /= sum;
            result.Add(p);
        }

        return result;
    }
}
