// Correct twins (our own code) of RecordRows_BatchMaximum.cs: each row object's score array is shifted by its own
// maximum (Max, Aggregate or a loop over that row). Look-alike: the batch's best score computed with a fold of
// per-row folds, but only reported (for a confidence threshold), never subtracted.
// Layouts: List<ScoreRow> (float[] property), ScorePair[] (struct, double[] field), IReadOnlyList<ListRow>
// (List<float> member). Correct: no diagnostic.
using System;
using System.Collections.Generic;
using System.Linq;

namespace Recreations.RecordRowsPerRowMaximum;

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

public static class RecordRowsPerRowMaximum
{
    public static float[][] OwnRowMaximum(List<ScoreRow> rows, out float batchBest)
    {
        batchBest = rows.Aggregate(float.NegativeInfinity, (m, r) => MathF.Max(m, r.Score.Max()));
        var result = new float[rows.Count][];
        for (int k = 0; k < rows.Count; k++)
        {
            float[] s = rows[k].Score;
            float max = s.Max();
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
        var result = new double[batch.Length][];
        int k = 0;
        foreach (ScorePair pair in batch)
        {
            double max = pair.Logits.Aggregate(double.NegativeInfinity, Math.Max);
            var p = new double[pair.Logits.Length];
            double sum = 0;
            for (int i = 0; i < p.Length; i++)
            {
                p[i] = Math.Exp(pair.Logits[i] - max);
                sum += p[i];
            }

            for (int i = 0; i < p.Length; i++) p[i] /= sum;
            result[k++] = p;
        }

        return result;
    }

    public static List<float[]> LoopOverListMembers(IReadOnlyList<ListRow> rows)
    {
        var result = new List<float[]>();
        foreach (ListRow row in rows)
        {
            float max = float.NegativeInfinity;
            for (int i = 0; i < row.Values.Count; i++) max = MathF.Max(max, row.Values[i]);
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
