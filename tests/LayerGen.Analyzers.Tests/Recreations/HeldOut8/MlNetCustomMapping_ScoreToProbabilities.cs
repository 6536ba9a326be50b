// Source: ML.NET CustomMapping turning a multiclass model's raw Score column into probabilities
// (mlContext.Transforms.CustomMapping(Action<TSrc, TDst>, contractName)), re-created.
// Layout: input/output classes with float[] properties, a static Map action called once per row by the pipeline.
// Correct: the mapping normalises one row's Score.
using System;

namespace LayerGen.Recreations.HeldOut8;

public sealed class ScoreRow
{
    public float[] Score { get; set; } = Array.Empty<float>();
}

public sealed class ProbabilityRow
{
    public float[] Probabilities { get; set; } = Array.Empty<float>();
}

public static class MlNetCustomMapping_ScoreToProbabilities
{
    public static readonly Action<ScoreRow, ProbabilityRow> Mapping = Map;

    public static void Map(ScoreRow input, ProbabilityRow output)
    {
        float[] score = input.Score;
        float max = float.MinValue;
        foreach (float s in score) if (s > max) max = s;
        var probs = new float[score.Length];
        float sum = 0f;
        for (int i = 0; i < score.Length; i++) sum += probs[i] = MathF.Exp(score[i] - max);
        for (int i = 0; i < probs.Length; i++) probs[i] /= sum;
        output.Probabilities = probs;
    }
}
