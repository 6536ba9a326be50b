// Idiom: a user struct `Score` wrapping a float with `operator +`, `operator -`, an implicit conversion to float and a
// static `Score.Max(a, b)`; probabilities are built as `Score` values and accumulated with the user `+`.
// Use: per-row scoring of a batch of candidates. Layout: flat row-major `Score[]`, `width` candidates per row.
// Bug LG0002: the partition `Score partition` is declared above the row loop and gathers the exps of every row, so the
// rows are normalised by one batch total.
// Our own code.
using System;

namespace HeldOut94.UserStruct_BatchPartition;

public readonly struct Score
{
    public Score(float value) => Value = value;

    public float Value { get; }

    public static Score Max(Score a, Score b) => a.Value >= b.Value ? a : b;

    public static Score operator +(Score a, Score b) => new(a.Value + b.Value);

    public static Score operator -(Score a, Score b) => new(a.Value - b.Value);

    public static implicit operator float(Score s) => s.Value;
}

public static class Batch
{
    public static float[] Normalise(Score[] scores, int width)
    {
        var output = new float[scores.Length];
        Score partition = new(0f);
        for (int row = 0; row < scores.Length / width; row++)
        {
            Score best = new(float.NegativeInfinity);
            for (int i = row * width; i < (row + 1) * width; i++)
            {
                best = Score.Max(best, scores[i]);
            }

            for (int i = row * width; i < (row + 1) * width; i++)
            {
                var e = new Score(MathF.Exp(scores[i] - best));
                output[i] = e;
                partition += e; //~ LG0002
            }
        }

        for (int i = 0; i < output.Length; i++)
        {
            output[i] /= partition;
        }

        return output;
    }
}
