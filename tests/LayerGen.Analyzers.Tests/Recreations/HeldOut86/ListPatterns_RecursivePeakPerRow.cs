// Idiom: list-pattern recursion `[var head, .. var rest]` folding the peak of one row in an accumulator-passing helper
// Use: classifier head, class probabilities per sample
// Layout: jagged float[batch][classes], one softmax per inner array
// Correct: the helper is given one row at a time
// Our own code
using System;

namespace HeldOut86.ListPatterns_RecursivePeakPerRow;

public static class RowSoftmax
{
    private static float Peak(ReadOnlySpan<float> s, float acc) => s switch
    {
        [] => acc,
        [var head, .. var rest] => Peak(rest, head > acc ? head : acc),
    };

    public static float[][] Forward(float[][] logits)
    {
        var probs = new float[logits.Length][];
        for (int b = 0; b < logits.Length; b++)
        {
            float[] row = logits[b];
            float peak = Peak(row, float.NegativeInfinity);
            var p = new float[row.Length];
            float z = 0f;
            for (int k = 0; k < row.Length; k++)
            {
                p[k] = MathF.Exp(row[k] - peak);
                z += p[k];
            }

            for (int k = 0; k < p.Length; k++)
            {
                p[k] /= z;
            }

            probs[b] = p;
        }

        return probs;
    }
}
