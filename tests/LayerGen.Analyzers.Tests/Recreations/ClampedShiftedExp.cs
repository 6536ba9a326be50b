// Re-creation (our own code) of the clamped-exp softmax in OliverKandir/branch-predictor-simplescalar,
// src/5.c ("softmax_stable.c": the row max is subtracted, then the exp is clamped), as a C# port.
// Layout: row-major float[batch, classes]. The exponent x - rowMax is clamped from below with Math.Max
// (underflow guard) before MathF.Exp. Correct: a max per row is subtracted; the clamp only replaces
// exp(< -87) by exp(-87) ~ 1.6e-38, below float resolution next to the row's 1.
using System;

namespace Recreations.ClampedShiftedExp;

public static class ClampedSoftmax
{
    private const float ExponentFloor = -87f;

    public static float[,] Forward(float[,] logits)
    {
        int rows = logits.GetLength(0);
        int cols = logits.GetLength(1);
        var probs = new float[rows, cols];
        for (int i = 0; i < rows; i++)
        {
            float rowMax = float.NegativeInfinity;
            for (int j = 0; j < cols; j++)
            {
                rowMax = MathF.Max(rowMax, logits[i, j]);
            }

            float sum = 0f;
            for (int j = 0; j < cols; j++)
            {
                float e = MathF.Exp(Math.Max(logits[i, j] - rowMax, ExponentFloor));
                probs[i, j] = e;
                sum += e;
            }

            for (int j = 0; j < cols; j++)
            {
                probs[i, j] /= sum;
            }
        }

        return probs;
    }
}
