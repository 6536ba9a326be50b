// Source: WaveNet mu-law generation (softmax of logits / temperature per step, then sample), re-created with a
// do-while generation loop over a flat [steps, classes] logits buffer.
// Layout: flat float[] [steps * classes], do-while over steps, per-step max.
// Bug (LG0002): the partition function is declared above the generation loop and never reset per step.
using System;

namespace LayerGen.Recreations.HeldOut9;

public static class WaveNetMuLaw_PartitionAcrossSteps
{
    public static double[] Distributions(float[] logits, int classes, double temperature)
    {
        var probs = new double[logits.Length];
        double partition = 0.0;
        int step = 0;
        do
        {
            int o = step * classes;
            double peak = logits[o];
            for (int k = 1; k < classes; k++)
            {
                if (logits[o + k] > peak) peak = logits[o + k];
            }

            for (int k = 0; k < classes; k++)
            {
                probs[o + k] = Math.Exp((logits[o + k] - peak) / temperature);
                partition += probs[o + k]; //~ LG0002
            }

            for (int k = 0; k < classes; k++)
            {
                probs[o + k] /= partition;
            }

            step++;
        }
        while (step * classes < logits.Length);

        return probs;
    }
}
