// Source: ML.NET CustomMapping-style post-processing of a multiclass Score column, re-created as a batch helper that
// runs over the materialised rows (e.g. after CreateEnumerable<ScoreRow>(...).ToList()).
// Layout: List<BatchScoreRow> with float[] Score properties; LINQ Aggregate for the max, one output array per row.
// Bug (LG0001): one max over the scores of every row in the batch is subtracted in each row's softmax; a row far
// below the batch's best score underflows to 0/0.
using System;
using System.Collections.Generic;
using System.Linq;

namespace LayerGen.Recreations.HeldOut8;

public static class MlNetCustomMapping_BatchMax
{
    public static List<float[]> Probabilities(List<BatchScoreRow> rows)
    {
        float max = rows.Aggregate(float.MinValue, (m, r) => MathF.Max(m, r.Score.Max())); //~ LG0001
        var result = new List<float[]>(rows.Count);
        foreach (BatchScoreRow row in rows)
        {
            var p = new float[row.Score.Length];
            float sum = 0f;
            for (int i = 0; i < p.Length; i++)
            {
                p[i] = MathF.Exp(row.Score[i] - max);
                sum += p[i];
            }
            for (int i = 0; i < p.Length; i++) p[i] /= sum;
            result.Add(p);
        }
        return result;
    }
}

public sealed class BatchScoreRow
{
    public float[] Score { get; set; } = Array.Empty<float>();
}
