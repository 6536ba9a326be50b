// known gap: the unshifted exp inside a private helper that exponentiates logit / temperature (two parameters) is not reported
// gap: -LG0003@26
// Source: deep mutual learning (Zhang et al. 2018) with temperature-softened peers: softmax(logits / T) over classes.
// Layout: jagged float[][] rows walked with while loops; a private helper computes the tempered exponential.
// Bug: LG0003, the helper exponentiates logit / T with no maximum subtracted (marker on the line that calls it).
using System;

namespace HeldOut24.MutualLearningRaw;

/// <summary>Softened peer targets, jagged rows.</summary>
public static class TemperedTargets
{
    /// <summary>softmax(logits / T) per row.</summary>
    public static float[][] Soften(float[][] logits, float temperature)
    {
        var targets = new float[logits.Length][];
        int r = 0;
        while (r < logits.Length)
        {
            float[] row = logits[r];
            var soft = new float[row.Length];
            float sum = 0f;
            int c = 0;
            while (c < row.Length)
            {
                soft[c] = Tempered(row[c], temperature); //~ LG0003
                sum += soft[c];
                c++;
            }

            c = 0;
            while (c < row.Length)
            {
                soft[c] /= sum;
                c++;
            }

            targets[r] = soft;
            r++;
        }

        return targets;
    }

    private static float Tempered(float logit, float temperature) => MathF.Exp(logit / temperature);
}
