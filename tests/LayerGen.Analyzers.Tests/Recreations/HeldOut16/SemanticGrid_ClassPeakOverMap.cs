// Source: Bayesian multi-class semantic mapping (voxel label fusion): the class posterior of a cell is the softmax of
// its class log-probabilities.
// Layout: channel-last flat float[] [cells · classes]; a per-class peak array filled by a strided walk (i += classes)
// over the whole map, then a per-cell pass over the classes.
// Bug: LG0004 (peak per class over all cells, sum per cell over the classes).
using System;

namespace LayerGen.Recreations.HeldOut16.SemanticGrid_ClassPeakOverMap;

public static class SemanticMap
{
    /// <summary>Class posteriors, laid out like the belief.</summary>
    public static float[] Posterior(float[] logBelief, int classes)
    {
        var classPeak = new float[classes];
        for (int k = 0; k < classes; k++)
        {
            classPeak[k] = float.NegativeInfinity;
            for (int i = k; i < logBelief.Length; i += classes)
                classPeak[k] = MathF.Max(classPeak[k], logBelief[i]); //~ LG0004
        }

        var probability = new float[logBelief.Length];
        for (int c = 0; c < logBelief.Length / classes; c++)
        {
            int o = c * classes;
            float z = 0f;
            for (int k = 0; k < classes; k++)
            {
                probability[o + k] = MathF.Exp(logBelief[o + k] - classPeak[k]);
                z += probability[o + k];
            }
            for (int k = 0; k < classes; k++) probability[o + k] /= z;
        }
        return probability;
    }
}
