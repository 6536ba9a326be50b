// Idiom: focal loss with per-class alpha weights, float
// Layout: row-major float[batch, classes]
// Bug (LG0001): the running max is initialised once above the sample loop and never reset per row
using System;

namespace HeldOut41.FocalLoss_MaxCarriedAcrossRows;

public sealed class FocalCriterion
{
    private readonly float[] _alpha;
    private readonly float _gamma;

    public FocalCriterion(float[] alpha, float gamma)
    {
        _alpha = alpha;
        _gamma = gamma;
    }

    public float Loss(float[,] logits, int[] targets, float[,] probs)
    {
        int batch = logits.GetLength(0), classes = logits.GetLength(1);
        float total = 0f;
        float max = float.NegativeInfinity;
        for (int i = 0; i < batch; i++)
        {
            for (int c = 0; c < classes; c++)
                if (logits[i, c] > max) max = logits[i, c]; //~ LG0001
            float sum = 0f;
            for (int c = 0; c < classes; c++)
            {
                probs[i, c] = MathF.Exp(logits[i, c] - max);
                sum += probs[i, c];
            }
            for (int c = 0; c < classes; c++)
                probs[i, c] /= sum;
            int t = targets[i];
            float ce = max + MathF.Log(sum) - logits[i, t];
            total += _alpha[t] * MathF.Pow(1f - probs[i, t], _gamma) * ce;
        }
        return total / batch;
    }
}
