// Idiom: `row.Select((v, j) => (Value: v, Index: j)).MaxBy(t => t.Value)` gives the row's peak and its argmax.
// Use: classifier output — probabilities plus the predicted class per sample.
// Layout: jagged float[batch][classes]; result (float[][] Probs, int[] Predicted).
// Correct: the MaxBy runs over one row; its value shifts that row's exps.
// Our own code.
#nullable enable
using System;
using System.Linq;

namespace HeldOut83.MaxBy_RowArgmax;

public static class Prediction
{
    public static (float[][] Probs, int[] Predicted) Softmax(float[][] logits)
    {
        var probs = new float[logits.Length][];
        var predicted = new int[logits.Length];
        for (int r = 0; r < logits.Length; r++)
        {
            var best = logits[r].Select((v, j) => (Value: v, Index: j)).MaxBy(t => t.Value);
            predicted[r] = best.Index;
            float z = logits[r].Sum(v => MathF.Exp(v - best.Value));
            probs[r] = logits[r].Select(v => MathF.Exp(v - best.Value) / z).ToArray();
        }
        return (probs, predicted);
    }
}
