// Source: AdaBoost's exponential-loss sample weights (Freund & Schapire 1997; Friedman, Hastie & Tibshirani 2000;
// the one-vs-rest reweighting of scikit-learn-style AdaBoostClassifier): w_i ∝ exp(−y_i F(x_i)) over the training
// samples of each binary problem.
// Layout: float[samples, classes] ensemble scores and sbyte[samples, classes] ±1 labels; the softmax axis is the sample
// axis (a column); a per-class minimum-margin array (the shift is the smallest margin); per-class totals array.
// Correct.
using System;

namespace LayerGen.Recreations.HeldOut16.AdaBoost_SampleWeights;

public static class ExponentialLoss
{
    /// <summary>Sample weights of every one-vs-rest problem, normalised over the samples.</summary>
    public static float[,] Reweight(float[,] score, sbyte[,] label)
    {
        int n = score.GetLength(0), k = score.GetLength(1);
        var minMargin = new float[k];
        Array.Fill(minMargin, float.PositiveInfinity);
        for (int i = 0; i < n; i++)
            for (int c = 0; c < k; c++)
            {
                float margin = label[i, c] * score[i, c];
                if (margin < minMargin[c]) minMargin[c] = margin;
            }

        var w = new float[n, k];
        var total = new float[k];
        for (int i = 0; i < n; i++)
            for (int c = 0; c < k; c++)
            {
                w[i, c] = MathF.Exp(minMargin[c] - label[i, c] * score[i, c]);
                total[c] += w[i, c];
            }
        for (int i = 0; i < n; i++)
            for (int c = 0; c < k; c++)
                w[i, c] /= total[c];
        return w;
    }
}
