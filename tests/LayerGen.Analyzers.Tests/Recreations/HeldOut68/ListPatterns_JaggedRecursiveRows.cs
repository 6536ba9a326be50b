// Idiom: list patterns and recursion instead of loops: `xs switch { [] => ..., [var head, .. var tail] => ... }` folds one
// row's max and its shifted exp-sum (head/tail recursion as in the Gleam language tour's "List recursion"; our own code).
// Use: class probabilities per sample. Layout: jagged float[batch][classes], one softmax per row; MathF.Exp.
// Correct.
using System;

namespace HeldOut68.ListPatterns_JaggedRecursiveRows;

public static class RecursiveSoftmax
{
    static float MaxOf(ReadOnlySpan<float> xs) => xs switch
    {
        [] => float.NegativeInfinity,
        [var head, .. var tail] => MathF.Max(head, MaxOf(tail)),
    };

    static float SumExp(ReadOnlySpan<float> xs, float shift) => xs switch
    {
        [] => 0f,
        [var head, .. var tail] => MathF.Exp(head - shift) + SumExp(tail, shift),
    };

    public static float[][] Softmax(float[][] logits)
    {
        var result = new float[logits.Length][];
        for (int r = 0; r < logits.Length; r++)
        {
            float[] row = logits[r];
            float max = MaxOf(row);
            float sum = SumExp(row, max);
            result[r] = Array.ConvertAll(row, v => MathF.Exp(v - max) / sum);
        }

        return result;
    }
}
