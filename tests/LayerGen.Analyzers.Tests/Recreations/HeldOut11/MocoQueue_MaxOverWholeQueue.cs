// Re-creates the shape of the MoCo contrastive head (He et al. 2020, facebookresearch/moco `MoCo.forward`): per query,
// the softmax over 1 + K logits — its positive key (l_pos) followed by the K negatives of the memory queue (l_neg) —
// at temperature tau.
// Layout: float[] lPos [N] and float[,] lNeg [N, K]; probabilities float[N, K + 1], positive in column 0.
// Bug (LG0001): the shift is one max over every query's positive and the whole [N, K] negative matrix.
using System;
using System.Linq;

namespace HeldOut11;

public static class MocoQueue_MaxOverWholeQueue
{
    public static void ContrastiveProbabilities(float[] lPos, float[,] lNeg, float tau, float[,] probability)
    {
        int queries = lNeg.GetLength(0);
        int queue = lNeg.GetLength(1);
        float top = lPos.Max();
        foreach (float negative in lNeg)
            top = negative > top ? negative : top; //~ LG0001
        for (int n = 0; n < queries; n++)
        {
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
