// Source: Ultra Fast Lane Detection (Qin et al. 2020; cfzd/Ultra-Fast-Lane-Detection and its ONNX ports): the head outputs
//         [cells + 1, rowAnchors, lanes]; a softmax over the first `cells` grid cells (axis 0, the "no lane" cell left
//         out) gives each (anchor, lane) its expected column; the lane is absent where the "no lane" cell wins the argmax
//         (re-created shape, our own code).
// Layout: flat float[(cells + 1) · anchors · lanes], channel first: cell c of fibre f at c · plane + f; `MathF.Max` fold
//         down the strided fibre; probabilities written into a caller's buffer [cells, anchors, lanes].
// Label: Correct.
using System;

namespace HeldOut25.LaneDetection;

/// <summary>Row-anchor lane locations from an Ultra-Fast-Lane-Detection head.</summary>
public static class RowAnchorLocations
{
    /// <summary>Returns the expected grid column (1-based, 0 when absent) of every (anchor, lane).</summary>
    public static float[] Locate(float[] output, int cells, int anchors, int lanes, float[] probabilities)
    {
        int plane = anchors * lanes;
        var locations = new float[plane];
        for (int a = 0; a < anchors; a++)
        {
            for (int l = 0; l < lanes; l++)
            {
                int fibre = a * lanes + l;
                float peak = output[fibre];
                for (int c = 1; c < cells; c++)
                {
                    peak = MathF.Max(peak, output[c * plane + fibre]);
                }

                float sum = 0f;
                for (int c = 0; c < cells; c++)
                {
                    float e = MathF.Exp(output[c * plane + fibre] - peak);
                    probabilities[c * plane + fibre] = e;
                    sum += e;
                }

                float expected = 0f;
                for (int c = 0; c < cells; c++)
                {
                    probabilities[c * plane + fibre] /= sum;
                    expected += probabilities[c * plane + fibre] * (c + 1);
                }

                bool absent = output[cells * plane + fibre] >= peak;
                locations[fibre] = absent ? 0f : expected;
            }
        }

        return locations;
    }
}
