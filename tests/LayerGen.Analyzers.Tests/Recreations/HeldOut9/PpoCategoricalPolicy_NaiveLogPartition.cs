// Source: PPO categorical policy log-probabilities (Unity ML-Agents / CleanRL shape), re-created in game-agent C#
// code with log Z written out directly.
// Layout: float[][] logits per agent step (jagged), log-probabilities out.
// Bug (LG0003): log Z = log sum exp(logits) exponentiates the raw logits (no max subtracted).
using System;

namespace LayerGen.Recreations.HeldOut9;

public static class PpoCategoricalPolicy_NaiveLogPartition
{
    public static float[][] LogProbabilities(float[][] logits)
    {
        var logPi = new float[logits.Length][];
        for (int b = 0; b < logits.Length; b++)
        {
            float[] row = logits[b];
            float z = 0f;
            foreach (float x in row)
            {
                z += MathF.Exp(x); //~ LG0003
            }

            float logZ = MathF.Log(z);
            logPi[b] = new float[row.Length];
            for (int a = 0; a < row.Length; a++)
            {
                logPi[b][a] = row[a] - logZ;
            }
        }

        return logPi;
    }
}
