// Idiom: sepsis stage classifier over all ICU stays, stage logits packed flat (stride = number of stages), `while`
// loops. Use: sepsis alerting service, batch re-score after a model update.
// Layout: flat float[stays * stages], offset `n * stages`; MathF.Exp.
// Bug (LG0001): `running` is initialised once above the stay loop and never reset, so each stay is shifted by the
// maximum over all stays so far; a stay far below an earlier one underflows to 0/0.
using System;

namespace HeldOut54.SepsisStage_RunningMaxAcrossStays;

public static class FlatSepsisStages
{
    public static float[] StageProbabilities(float[] logits, int stages)
    {
        var probs = new float[logits.Length];
        int stays = logits.Length / stages;
        float running = float.MinValue;
        int n = 0;
        while (n < stays)
        {
            int o = n * stages;
            int k = 0;
            while (k < stages)
            {
                if (logits[o + k] > running) running = logits[o + k]; //~ LG0001
                k++;
            }

            float sum = 0f;
            k = 0;
            while (k < stages)
            {
                probs[o + k] = MathF.Exp(logits[o + k] - running);
                sum += probs[o + k];
                k++;
            }

            k = 0;
            while (k < stages)
            {
                probs[o + k] /= sum;
                k++;
            }

            n++;
        }

        return probs;
    }
}
