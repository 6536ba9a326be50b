// Re-creation (our own code) of the shape of DANet's source masks (Chen et al. 2017), normalised in a second pass.
// Layout: float[C, bins] rank 2 (source-major), per-bin maximum over sources in a float[] of bin peaks.
// Bug (LG0002): the normaliser accumulates over every bin and source (one total for the spectrogram), so the masks of
// one bin no longer sum to 1 over the sources.
using System;

namespace LayerGen.Recreations.HeldOut10;

public static class DeepAttractorTotalOverBins
{
    public static void Masks(float[,] affinity, float[,] masks)
    {
        int sources = affinity.GetLength(0);
        int bins = affinity.GetLength(1);
        var binPeak = new float[bins];
        for (int tf = 0; tf < bins; tf++)
        {
            binPeak[tf] = affinity[0, tf];
            for (int c = 1; c < sources; c++)
                binPeak[tf] = MathF.Max(binPeak[tf], affinity[c, tf]);
        }

        float total = 0f;
        for (int c = 0; c < sources; c++)
        {
            for (int tf = 0; tf < bins; tf++)
            {
                masks[c, tf] = MathF.Exp(affinity[c, tf] - binPeak[tf]);
                total += masks[c, tf]; //~ LG0002
            }
        }

        for (int c = 0; c < sources; c++)
            for (int tf = 0; tf < bins; tf++)
                masks[c, tf] /= total;
    }
}
