// Source: RotatE self-adversarial negative sampling (Sun et al. 2019, DeepGraphLearning/KnowledgeGraphEmbedding:
// softmax(negative_score * adversarial_temperature) over each positive triple's negatives), re-created.
// Layout: double[batch, negatives] scores, alpha = adversarial temperature.
// Bug (LG0003): exp(alpha * score) with no max subtracted; large scores overflow to infinity (NaN weights).
using System;

namespace LayerGen.Recreations.HeldOut8;

public static class RotatESelfAdversarial_RawWeights
{
    public static double[,] NegativeWeights(double[,] negativeScore, double alpha)
    {
        int batch = negativeScore.GetLength(0), negatives = negativeScore.GetLength(1);
        var w = new double[batch, negatives];
        for (int b = 0; b < batch; b++)
        {
            double z = 0;
            for (int j = 0; j < negatives; j++)
            {
                w[b, j] = Math.Exp(alpha * negativeScore[b, j]); //~ LG0003
                z += w[b, j];
            }
            for (int j = 0; j < negatives; j++) w[b, j] /= z;
        }
        return w;
    }
}
