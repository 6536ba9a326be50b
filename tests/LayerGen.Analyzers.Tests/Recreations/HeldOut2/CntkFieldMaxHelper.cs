// Re-creates: a CNTK C# example's (microsoft/CNTK Examples/TrainingCSharp) manual evaluation softmax, refactored into a class
// Layout: float[,] row-major [batch, classes]; the max is stored in a field by a private helper
// Expected: LG0001 — the helper folds the max over the whole batch
using System;

namespace HeldOut2.CntkFieldMaxHelper;

public sealed class OutputEvaluator
{
    private float _max;

    public float[,] Softmax(float[,] logits)
    {
        ComputeMax(logits); //~ LG0001
        int batch = logits.GetLength(0);
        int classes = logits.GetLength(1);
        var p = new float[batch, classes];
        for (int b = 0; b < batch; b++)
        {
            float sum = 0f;
            for (int c = 0; c < classes; c++)
            {
                p[b, c] = MathF.Exp(logits[b, c] - _max);
                sum += p[b, c];
            }

            for (int c = 0; c < classes; c++)
            {
                p[b, c] /= sum;
            }
        }

        return p;
    }

    private void ComputeMax(float[,] logits)
    {
        _max = float.MinValue;
        for (int b = 0; b < logits.GetLength(0); b++)
        {
            for (int c = 0; c < logits.GetLength(1); c++)
            {
                if (logits[b, c] > _max) _max = logits[b, c];
            }
        }
    }
}
