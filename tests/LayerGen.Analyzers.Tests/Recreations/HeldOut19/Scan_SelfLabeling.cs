// Source: SCAN self-labelling step (Van Gansbeke et al. 2020; wvangansbeke/Unsupervised-Classification
// `ConfidenceBasedCE`): softmax of the weakly augmented view, confident samples (max probability above a threshold)
// become pseudo-labels, and the strongly augmented view is trained with a class-balanced cross-entropy written as
// log-softmax from the logits.
// Layout: `double[batch, clusters]` weak and strong logits, `Parallel.For` over samples with a local peak, a private
// log-sum-exp helper for the strong view, pseudo-label counts in a `Dictionary<int, int>`.
// Correct.
using System;
using System.Collections.Generic;
using System.Threading.Tasks;

namespace LayerGen.Recreations.HeldOut19;

public static class ScanSelfLabeling
{
    /// <summary>Weak-view probabilities and the confidence-masked, class-balanced loss on the strong view.</summary>
    public static double Loss(double[,] weakLogits, double[,] strongLogits, double threshold, double[,] weakProbabilities)
    {
        int batch = weakLogits.GetLength(0), clusters = weakLogits.GetLength(1);
        var target = new int[batch];
        var confidence = new double[batch];

        Parallel.For(0, batch, i =>
        {
            double peak = double.NegativeInfinity;
            for (int k = 0; k < clusters; k++) peak = Math.Max(peak, weakLogits[i, k]);
            double z = 0.0;
            for (int k = 0; k < clusters; k++)
            {
                weakProbabilities[i, k] = Math.Exp(weakLogits[i, k] - peak);
                z += weakProbabilities[i, k];
            }
            int arg = 0;
            for (int k = 0; k < clusters; k++)
            {
                weakProbabilities[i, k] /= z;
                if (weakProbabilities[i, k] > weakProbabilities[i, arg]) arg = k;
            }
            target[i] = arg;
            confidence[i] = weakProbabilities[i, arg];
        });

        var counts = new Dictionary<int, int>();
        int confident = 0;
        for (int i = 0; i < batch; i++)
        {
            if (confidence[i] <= threshold) continue;
            counts[target[i]] = counts.GetValueOrDefault(target[i]) + 1;
            confident++;
        }
        if (confident == 0) return 0.0;

        double loss = 0.0, weightSum = 0.0;
        for (int i = 0; i < batch; i++)
        {
            if (confidence[i] <= threshold) continue;
            double weight = (double)confident / counts[target[i]];
            loss -= weight * (strongLogits[i, target[i]] - LogSumExp(strongLogits, i));
            weightSum += weight;
        }
        return loss / weightSum;
    }

    private static double LogSumExp(double[,] logits, int row)
    {
        int n = logits.GetLength(1);
        double m = logits[row, 0];
        for (int k = 1; k < n; k++) if (logits[row, k] > m) m = logits[row, k];
        double s = 0.0;
        for (int k = 0; k < n; k++) s += Math.Exp(logits[row, k] - m);
        return m + Math.Log(s);
    }
}
