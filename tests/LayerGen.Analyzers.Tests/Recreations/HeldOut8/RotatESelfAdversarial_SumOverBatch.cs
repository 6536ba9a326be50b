// Source: RotatE self-adversarial negative sampling (DeepGraphLearning/KnowledgeGraphEmbedding), re-created as a
// two-pass kernel over a flat batch.
// Layout: flat double[batch * negatives]; per-triple max over alpha * score; the exps are written in one pass and
// normalised in a second pass over the whole buffer.
// Bug (LG0002): the normaliser accumulates the exps of every positive triple in the batch, so each triple's weights
// add to about 1/batch.
using System;

namespace LayerGen.Recreations.HeldOut8;

public static class RotatESelfAdversarial_SumOverBatch
{
    public static double[] NegativeWeights(double[] negativeScore, int negatives, double alpha)
    {
        var w = new double[negativeScore.Length];
        double total = 0;
        for (int b = 0; b * negatives < negativeScore.Length; b++)
        {
            int o = b * negatives;
            double hardest = double.NegativeInfinity;
            for (int j = 0; j < negatives; j++) hardest = Math.Max(hardest, alpha * negativeScore[o + j]);
            for (int j = 0; j < negatives; j++)
            {
                w[o + j] = Math.Exp(alpha * negativeScore[o + j] - hardest);
                total += w[o + j]; //~ LG0002
            }
        }

        for (int i = 0; i < w.Length; i++) w[i] /= total;
        return w;
    }
}
