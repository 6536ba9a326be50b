// Source: UltraFace post-processing in C# face-blur apps (Deface.NET family): scores [N, 2] per anchor.
// Layout: flat [anchors, 2], softmax over the 2 classes of each anchor.
// Bug (LG0001): the shift is the peak over every anchor's scores, not each anchor's own pair.
using System;

namespace LayerGen.Recreations.HeldOut5.UltraFaceScoresGlobalPeakNs;

public static class UltraFaceScoresGlobalPeak
{
    public static void FaceProbabilities(float[] scores, float[] probs, int anchors)
    {
        float peak = float.NegativeInfinity;
        for (int i = 0; i < anchors * 2; i++)
        {
            peak = scores[i] > peak ? scores[i] : peak; //~ LG0001
        }

        for (int a = 0; a < anchors; a++)
        {
            int o = a * 2;
            float eb = MathF.Exp(scores[o] - peak);
            float ef = MathF.Exp(scores[o + 1] - peak);
            float z = eb + ef;
            probs[o] = eb / z;
            probs[o + 1] = ef / z;
        }
    }
}
