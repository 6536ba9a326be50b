// Source: PointNet part segmentation (Qi et al. 2017), the Conv1d head's output read directly as [parts, points]
//         (NCW, channel first) for one cloud (re-created shape, our own code).
// Layout: flat float[parts · points], channel-strided: part p of point n at p · points + n; a peak array per part.
// Label: LG0004 — each part's peak is taken over all points (along the point axis), while the sum runs over the parts of
//        one point.
using System;

namespace HeldOut25.PointNet;

/// <summary>Per-point part probabilities from a channel-first segmentation head.</summary>
public static class PeakPerPart
{
    /// <summary>Returns the part probabilities in the input's [parts, points] layout.</summary>
    public static float[] PartProbabilities(float[] scores, int parts, int points)
    {
        var partPeak = new float[parts];
        for (int p = 0; p < parts; p++)
        {
            partPeak[p] = float.NegativeInfinity;
            for (int n = 0; n < points; n++)
            {
                partPeak[p] = MathF.Max(partPeak[p], scores[p * points + n]); //~ LG0004
            }
        }

        var probabilities = new float[scores.Length];
        for (int n = 0; n < points; n++)
        {
            float z = 0f;
            for (int p = 0; p < parts; p++)
            {
                int at = p * points + n;
                probabilities[at] = MathF.Exp(scores[at] - partPeak[p]);
                z += probabilities[at];
            }

            for (int p = 0; p < parts; p++)
            {
                probabilities[p * points + n] /= z;
            }
        }

        return probabilities;
    }
}
