// Source: michalgrzyska/Deface.NET ObjectDetection/UltraFace (scores output [1, N, 2]: background, face) and the
// ONNX Runtime UltraFace samples. Layout: flat [anchors, 2], softmax over the 2 classes of each anchor.
// Correct: each anchor shifts by the larger of its own two scores (Math.Max).
using System;

namespace LayerGen.Recreations.HeldOut5.UltraFaceScorePairsNs;

public static class UltraFaceScorePairs
{
    public static void FaceProbabilities(float[] scores, float[] probs, int anchors)
    {
        for (int a = 0; a < anchors; a++)
        {
            int o = a * 2;
            float background = scores[o];
            float face = scores[o + 1];
            float peak = Math.Max(background, face);
            float eb = MathF.Exp(background - peak);
            float ef = MathF.Exp(face - peak);
            float z = eb + ef;
            probs[o] = eb / z;
            probs[o + 1] = ef / z;
        }
    }
}
