// Source: Ultra Fast Lane Detection (Qin et al. 2020) row-anchor decoding, [cells + 1, rowAnchors, lanes] head output
//         (re-created shape, our own code).
// Layout: flat float[(cells + 1) · anchors · lanes], channel first; a `cellPeak` array filled plane by plane, then the
//         per-(anchor, lane) softmax down the cell axis.
// Label: LG0004 — each cell's peak is taken over its whole anchors × lanes plane, while the sum runs down the cell axis
//        of one (anchor, lane).
using System;

namespace HeldOut25.LaneDetection;

/// <summary>Row-anchor lane locations with one shift per grid cell.</summary>
public static class PeakPerCell
{
    /// <summary>Returns the expected grid column (1-based) of every (anchor, lane); probabilities go to the caller's buffer.</summary>
    public static float[] Locate(float[] output, int cells, int anchors, int lanes, float[] probabilities)
    {
        int plane = anchors * lanes;
        var cellPeak = new float[cells];
        for (int c = 0; c < cells; c++)
        {
            cellPeak[c] = float.MinValue;
            for (int i = 0; i < plane; i++)
            {
                cellPeak[c] = MathF.Max(cellPeak[c], output[c * plane + i]); //~ LG0004
            }
        }

        var locations = new float[plane];
        for (int fibre = 0; fibre < plane; fibre++)
        {
            float sum = 0f;
            for (int c = 0; c < cells; c++)
            {
                probabilities[c * plane + fibre] = MathF.Exp(output[c * plane + fibre] - cellPeak[c]);
                sum += probabilities[c * plane + fibre];
            }

            float expected = 0f;
            for (int c = 0; c < cells; c++)
            {
                probabilities[c * plane + fibre] /= sum;
                expected += probabilities[c * plane + fibre] * (c + 1);
            }

            locations[fibre] = expected;
        }

        return locations;
    }
}
