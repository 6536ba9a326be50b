// Re-creates the shape of the MoCo contrastive head (He et al. 2020, facebookresearch/moco `MoCo.forward`): per query,
// the softmax over 1 + K logits — its positive key (l_pos) followed by the K negatives of the memory queue (l_neg) —
// at temperature tau.
// Layout: float[] lPos [N] and float[,] lNeg [N, K] kept apart (never concatenated); probabilities float[N, K + 1]
// with the positive in column 0.
// Correct: the max starts at the query's positive and runs over its own queue row; the sum covers the same 1 + K.
using System;

namespace HeldOut11;

public static class MocoQueue_PositivePlusQueue
{
    public static void ContrastiveProbabilities(float[] lPos, float[,] lNeg, float tau, float[,] probability)
    {
        int queries = lNeg.GetLength(0);
        int queue = lNeg.GetLength(1);
        for (int n = 0; n < queries; n++)
        {
            float top = lPos[n];
            for (int k = 0; k < queue; k++)
                top = MathF.Max(top, lNeg[n, k]);
            probability[n, 0] = MathF.Exp((lPos[n] - top) / tau);
            float sum = probability[n, 0];
            for (int k = 0; k < queue; k++)
            {
                probability[n, k + 1] = MathF.Exp((lNeg[n, k] - top) / tau);
                sum += probability[n, k + 1];
            }
            for (int k = 0; k <= queue; k++)
                probability[n, k] /= sum;
        }
    }
}
