// Source: Faster R-CNN region proposal network objectness (Caffe `rpn_cls_score` reshaped to [2, A*H, W] and
// softmaxed over the 2-class axis; ONNX/OpenCV C# ports), re-created shape: background scores in channels 0..A-1,
// foreground in A..2A-1, one two-way softmax per anchor and pixel.
// Layout: flat float[] [2A, H, W], class axis stride A*H*W, Math.Max of the two logits. Correct.
using System;

namespace LayerGen.Recreations.HeldOut9;

public static class RpnObjectness_TwoPlaneSoftmax
{
    public static void Objectness(float[] scores, int anchors, int height, int width, float[] probs)
    {
        int plane = height * width;
        int classStride = anchors * plane;
        for (int a = 0; a < anchors; a++)
        {
            for (int p = 0; p < plane; p++)
            {
                int bgIdx = a * plane + p;
                int fgIdx = classStride + bgIdx;
                float m = Math.Max(scores[bgIdx], scores[fgIdx]);
                float eb = MathF.Exp(scores[bgIdx] - m);
                float ef = MathF.Exp(scores[fgIdx] - m);
                float s = eb + ef;
                probs[bgIdx] = eb / s;
                probs[fgIdx] = ef / s;
            }
        }
    }
}
