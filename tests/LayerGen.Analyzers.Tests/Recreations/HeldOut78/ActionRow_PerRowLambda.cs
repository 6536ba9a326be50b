// Idiom: an `Action<int> row = r => { ... }` lambda that owns its max and sum locals, invoked once per row.
// Use: classifier head over a [batch, classes] float matrix, probabilities written to a new matrix.
// Layout: float[batch, classes], row-major (one softmax per first index).
// Correct: max and sum are declared inside the lambda body, so every call starts them afresh.
// Our own code.
using System;

namespace HeldOut78.ActionRow_PerRowLambda;

public static class RowLambdaSoftmax
{
    public static float[,] Softmax(float[,] logits)
    {
        int batch = logits.GetLength(0), classes = logits.GetLength(1);
        var probs = new float[batch, classes];
        Action<int> row = r =>
        {
            float max = float.NegativeInfinity;
            for (int c = 0; c < classes; c++) max = MathF.Max(max, logits[r, c]);
            float sum = 0f;
            for (int c = 0; c < classes; c++)
            {
                probs[r, c] = MathF.Exp(logits[r, c] - max);
                sum += probs[r, c];
            }
            for (int c = 0; c < classes; c++) probs[r, c] /= sum;
        };
        for (int r = 0; r < batch; r++) row(r);
        return probs;
    }
}
