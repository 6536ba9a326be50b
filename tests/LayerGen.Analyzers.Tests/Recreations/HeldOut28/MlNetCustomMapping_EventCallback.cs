// HeldOut28. Idiom: an ML.NET CustomMapping-style Action<TIn, TOut> mapping held in a static property (a lambda with a
// block body over the input row's Score array), plus an event raised after every mapped row.
// Use: custom transform turning a multiclass trainer's raw scores into probabilities. Layout: one float[] per data
// row (1-D), a batch as an array of input rows. Correct.
using System;

namespace LayerGen.HeldOut28.MlNetCustomMapping_EventCallback;

/// <summary>Input columns.</summary>
public sealed class ScoreRow
{
    public float[] Score { get; set; } = [];
}

/// <summary>Output columns.</summary>
public sealed class ProbabilityRow
{
    public float[] Probability { get; set; } = [];
}

/// <summary>The mapping and the transformer that runs it.</summary>
public sealed class SoftmaxTransform
{
    public event Action<int, float[]>? RowMapped;

    public static Action<ScoreRow, ProbabilityRow> Mapping => (input, output) =>
    {
        var scores = input.Score;
        var top = float.NegativeInfinity;
        foreach (var s in scores)
        {
            top = s > top ? s : top;
        }

        var probs = new float[scores.Length];
        var z = 0f;
        for (var k = 0; k < scores.Length; k++)
        {
            probs[k] = MathF.Exp(scores[k] - top);
            z += probs[k];
        }

        for (var k = 0; k < probs.Length; k++)
        {
            probs[k] /= z;
        }

        output.Probability = probs;
    };

    public ProbabilityRow[] Transform(ScoreRow[] rows)
    {
        var map = Mapping;
        var result = new ProbabilityRow[rows.Length];
        for (var i = 0; i < rows.Length; i++)
        {
            result[i] = new ProbabilityRow();
            map(rows[i], result[i]);
            RowMapped?.Invoke(i, result[i].Probability);
        }

        return result;
    }
}
