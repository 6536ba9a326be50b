// Source: Soft-NMS (Bodla et al. 2017) after a softmax classification head, the detections as record structs and
// their probabilities in a matrix.
// Layout: `readonly record struct ScoredBox(float[] Logits, float X1, float Y1, float X2, float Y2)` array,
// `float[,]` probabilities [boxes, classes], linear decay 1 − IoU.
// Bug: LG0003 — the class logits are exponentiated raw.
using System;

namespace LayerGen.Recreations.HeldOut19;

/// <summary>A box with its classifier logits.</summary>
public readonly record struct ScoredBox(float[] Logits, float X1, float Y1, float X2, float Y2);

public static class SoftNmsRawClassExp
{
    /// <summary>Class probabilities of every box and the linearly decayed foreground scores.</summary>
    public static float[] Scores(ScoredBox[] boxes, float[,] probabilities, float overlap)
    {
        var scores = new float[boxes.Length];
        for (int i = 0; i < boxes.Length; i++)
        {
            float[] logits = boxes[i].Logits;
            float z = 0f;
            for (int c = 0; c < logits.Length; c++)
            {
                probabilities[i, c] = MathF.Exp(logits[c]); //~ LG0003
                z += probabilities[i, c];
            }
            float best = 0f;
            for (int c = 0; c < logits.Length; c++)
            {
                probabilities[i, c] /= z;
                if (c > 0) best = MathF.Max(best, probabilities[i, c]);
            }
            scores[i] = best;
        }

        for (int i = 0; i < boxes.Length; i++)
            for (int j = i + 1; j < boxes.Length; j++)
            {
                float iou = Overlap(boxes[i], boxes[j]);
                if (iou > overlap) scores[j] *= 1f - iou;
            }
        return scores;
    }

    private static float Overlap(in ScoredBox a, in ScoredBox b)
    {
        float w = MathF.Min(a.X2, b.X2) - MathF.Max(a.X1, b.X1);
        float h = MathF.Min(a.Y2, b.Y2) - MathF.Max(a.Y1, b.Y1);
        if (w <= 0f || h <= 0f) return 0f;
        float inter = w * h;
        return inter / ((a.X2 - a.X1) * (a.Y2 - a.Y1) + (b.X2 - b.X1) * (b.Y2 - b.Y1) - inter);
    }
}
